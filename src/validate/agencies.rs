//! Agencies as a whole: an id that is not a page of baocao's, a parent
//! that exists and does not lead back to the agency, heads with a name who
//! leave after they start, responsibilities that name known indicators.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::refs::{dangling, unknown_ref};
use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos};
use crate::load::Inputs;
use crate::model::Agency;
use crate::web::urls;

/// What an agency may name.
struct Known<'a> {
    inputs: &'a Inputs,
    region: &'a str,
    by_id: HashMap<&'a str, &'a Agency>,
    /// The agencies and the region, sorted.
    parents: Vec<&'a str>,
    indicators: Vec<&'a str>,
    indicator_set: HashSet<&'a str>,
}

pub(super) fn agencies(inputs: &Inputs, d: &mut Diagnostics) {
    let region = inputs.config.region.id.as_str();
    let by_id: HashMap<&str, &Agency> =
        inputs.agencies.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut parents: Vec<&str> = by_id.keys().copied().collect();
    parents.push(region);
    parents.sort();
    let indicators: Vec<&str> = inputs.indicators.iter().map(|i| i.id.as_str()).collect();
    let known = Known {
        inputs,
        region,
        by_id,
        parents,
        indicator_set: indicators.iter().copied().collect(),
        indicators,
    };
    for a in &inputs.agencies {
        if urls::RESERVED_AGENCY_IDS.contains(&a.id.as_str()) {
            d.push(
                Diagnostic::new(
                    &a.file,
                    Pos::default(),
                    format!(
                        "the agency id `{}` collides with the page /agencies/{}/",
                        a.id, a.id
                    ),
                )
                .with_hint(format!("rename the file, e.g. to `co-quan-{}.yaml`", a.id))
                .code(Code::ReservedAgencyId),
            );
        }
        if let Some(p) = &a.parent {
            parent(a, p, &known, d);
        }
        heads(a, d);
        for r in &a.responsibilities {
            for (id, pos) in r.indicators.iter().zip(&r.indicator_pos) {
                if dangling(inputs, known.indicator_set.contains(id.as_str()), id) {
                    d.push(unknown_ref(
                        &a.file,
                        *pos,
                        "indicator",
                        id,
                        &known.indicators,
                    ));
                }
            }
        }
    }
}

/// The agency's parent `p`: not itself, known, and not a loop.
fn parent(a: &Agency, p: &str, known: &Known, d: &mut Diagnostics) {
    let f = &a.file;
    if p == a.id {
        d.push(
            Diagnostic::new(f, a.parent_pos, "an agency cannot be its own parent")
                .code(Code::OwnParent),
        );
    } else if p != known.region && dangling(known.inputs, known.by_id.contains_key(p), p) {
        d.push(unknown_ref(f, a.parent_pos, "agency", p, &known.parents));
    } else {
        // Walk up: a cycle would make the hierarchy endless.
        let mut seen: HashSet<&str> = [a.id.as_str()].into_iter().collect();
        let mut cur = known.by_id.get(p).copied();
        while let Some(c) = cur {
            if !seen.insert(c.id.as_str()) {
                d.push(
                    Diagnostic::new(
                        f,
                        a.parent_pos,
                        format!("the parent chain of `{}` loops back on itself", a.id),
                    )
                    .with_hint("one agency in the chain must have another parent")
                    .code(Code::ParentLoop),
                );
                break;
            }
            cur = c
                .parent
                .as_deref()
                .and_then(|p| known.by_id.get(p).copied());
        }
    }
}

/// Each head has a name and leaves office after taking it.
fn heads(a: &Agency, d: &mut Diagnostics) {
    for h in a.heads.iter().chain(a.head.iter()) {
        if crate::model::is_blank(&h.name) {
            d.push(
                Diagnostic::new(&a.file, h.pos, "the head's name is empty")
                    .with_hint("write the full name of the person, e.g. `Nguyễn Văn A`")
                    .code(Code::HeadNameEmpty),
            );
        }
        if let (Some(s), Some(u)) = (h.since, h.until)
            && u < s
        {
            d.push(
                Diagnostic::new(
                    &a.file,
                    h.pos,
                    format!("{} leaves office ({u}) before taking it ({s})", h.name),
                )
                .code(Code::HeadLeavesBeforeTaking),
            );
        }
    }
}
