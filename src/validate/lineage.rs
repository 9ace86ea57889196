//! Units that end and the units that carry on (`until:`, `successors:`,
//! `formed_from:`): every id exists, a unit with successors has ended, no
//! unit succeeds itself through a chain, no value after a unit's end.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::refs::{dangling, unknown_ref};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::load::Inputs;
use crate::model::{Agency, IndicatorIx, ObsPart};

pub(super) fn check(inputs: &Inputs, d: &mut Diagnostics) {
    let by_id: HashMap<&str, &Agency> =
        inputs.agencies.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut known: Vec<&str> = by_id.keys().copied().collect();
    known.sort_unstable();
    for a in &inputs.agencies {
        let f = &a.file;
        for (field, ids) in [
            ("successors", &a.successors),
            ("formed_from", &a.formed_from),
        ] {
            for (i, id) in ids.iter().enumerate() {
                let pos = a.at.locate(&format!("{field}[{i}]"));
                if id == &a.id {
                    d.push(
                        Diagnostic::new(
                            f,
                            pos,
                            format!("an agency cannot be in its own `{field}`"),
                        )
                        .code(Code::LineageLoop),
                    );
                } else if dangling(inputs, by_id.contains_key(id.as_str()), id) {
                    d.push(unknown_ref(f, pos, "agency", id, &known));
                }
            }
        }
        if !a.successors.is_empty() && a.until.is_none() {
            d.push(
                Diagnostic::new(f, a.at.locate("successors"), "an agency with `successors` must say when it ended")
                    .with_hint("add `until:` with its last day, e.g. `until: 2025-06-30` for a unit merged on 1 July 2025")
                    .code(Code::SuccessorsWithoutUntil),
            );
        }
        if let Some(cycle) = successor_cycle(a, &by_id) {
            d.push(
                Diagnostic::new(
                    f,
                    a.at.locate("successors"),
                    format!(
                        "the successors of `{}` lead back to it: {}",
                        a.id,
                        cycle.join(" → ")
                    ),
                )
                .with_hint(
                    "a unit's successors are formed after it ends: remove one link of the chain",
                )
                .code(Code::LineageLoop),
            );
        }
    }
    let all: Vec<IndicatorIx> = inputs.indicators.keys().collect();
    after_until(inputs, &by_id, &all, d);
}

/// The values of the indicators `which` for years after their unit ended.
pub(super) fn values_after_until(inputs: &Inputs, which: &[IndicatorIx], d: &mut Diagnostics) {
    let by_id: HashMap<&str, &Agency> =
        inputs.agencies.iter().map(|a| (a.id.as_str(), a)).collect();
    after_until(inputs, &by_id, which, d);
}

/// The chain back to `a` through successors, when there is one.
fn successor_cycle<'a>(a: &'a Agency, by_id: &HashMap<&str, &'a Agency>) -> Option<Vec<&'a str>> {
    // Depth-first over successors, remembering the way back.
    let mut stack: Vec<(&str, Vec<&str>)> = vec![(a.id.as_str(), vec![a.id.as_str()])];
    let mut seen: HashSet<&str> = HashSet::default();
    while let Some((id, path)) = stack.pop() {
        let Some(cur) = by_id.get(id) else { continue };
        for s in &cur.successors {
            if s == &a.id && path.len() > 1 {
                let mut p = path.clone();
                p.push(s);
                return Some(p);
            }
            if seen.insert(s.as_str()) {
                let mut p = path.clone();
                p.push(s);
                stack.push((s.as_str(), p));
            }
        }
    }
    None
}

/// A value for a year after the unit ended.
fn after_until(
    inputs: &Inputs,
    by_id: &HashMap<&str, &Agency>,
    which: &[IndicatorIx],
    d: &mut Diagnostics,
) {
    let region = inputs.config.region.id.as_str();
    let ended: HashMap<&str, (i32, &Agency)> = by_id
        .iter()
        .filter_map(|(id, a)| a.until.map(|u| (*id, (u.year(), *a))))
        .collect();
    if ended.is_empty() {
        return;
    }
    for ind in which.iter().map(|&i| &inputs.indicators[i]) {
        for (i, o) in ind.observations.iter().enumerate() {
            let entity = o.entity.as_deref().unwrap_or(region);
            let Some(&(last, a)) = ended.get(entity) else {
                continue;
            };
            if o.year > last {
                let (f, pos) = ind.observation_at(i, ObsPart::Year);
                let until = a.until.map(|u| u.to_string()).unwrap_or_default();
                let hint = match a.successors.as_slice() {
                    [] => "check the year, or the agency's `until`".to_string(),
                    s => format!(
                        "from {} on, give the value to its successor: `entity: {}`",
                        last + 1,
                        s[0]
                    ),
                };
                d.push(
                    Diagnostic::new(
                        f,
                        pos,
                        format!(
                            "{} ended on {until}; it has no value for {}",
                            a.name, o.year
                        ),
                    )
                    .with_hint(hint)
                    .code(Code::ValueAfterUntil),
                );
            }
        }
    }
}
