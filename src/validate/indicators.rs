//! An indicator file as a whole: its id, owner, peers and decimals, its
//! targets, and its observations (plausible values, known entities, one
//! value per year and entity).

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::indices;
use super::refs::{YEARS, agency_ids, dangling, no_values, unknown_ref};
use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos, did_you_mean};
use crate::load::Inputs;
use crate::model::{Indicator, IndicatorIx, IndicatorKind, ObsPart, Target};
use crate::web::urls;

/// The ids an indicator may name: the agencies (sorted) and the region.
struct Known<'a> {
    inputs: &'a Inputs,
    agencies: HashSet<&'a str>,
    agency_list: Vec<&'a str>,
    entities: Vec<&'a str>,
    region: &'a str,
}

pub(super) fn check(inputs: &Inputs, d: &mut Diagnostics) {
    let all: Vec<IndicatorIx> = inputs.indicators.keys().collect();
    check_some(inputs, &all, d);
}

/// The checks of the indicators `which` alone.
pub(super) fn check_some(inputs: &Inputs, which: &[IndicatorIx], d: &mut Diagnostics) {
    let agencies = agency_ids(inputs);
    let mut agency_list: Vec<&str> = agencies.iter().copied().collect();
    agency_list.sort();
    let region = inputs.config.region.id.as_str();
    let mut entities = agency_list.clone();
    entities.push(region);
    let known = Known {
        inputs,
        agencies,
        agency_list,
        entities,
        region,
    };
    // Each indicator on its own (in parallel), its problems kept in order.
    let found: Vec<Diagnostics> = which
        .par_iter()
        .map(|&i| {
            let ind = &inputs.indicators[i];
            let mut own = Diagnostics::new();
            header(ind, &known, &mut own);
            targets(ind, &mut own);
            indices::declared(ind, &mut own);
            observations(ind, &known, &mut own);
            own
        })
        .collect();
    found.into_iter().for_each(|f| d.extend(f));
}

/// The id, the owner, the decimals, the peers.
fn header(ind: &Indicator, k: &Known, d: &mut Diagnostics) {
    let (inputs, agencies, agency_list, region) = (k.inputs, &k.agencies, &k.agency_list, k.region);
    let f = &ind.file;
    if urls::RESERVED_INDICATOR_IDS.contains(&ind.id.as_str()) {
        d.push(
            Diagnostic::new(
                f,
                Pos::default(),
                format!(
                    "the indicator id `{}` collides with the page /indicators/{}/",
                    ind.id, ind.id
                ),
            )
            .with_hint(format!("rename the file, e.g. to `chi-so-{}.yaml`", ind.id))
            .code(Code::ReservedIndicatorId),
        );
    }
    if let Some(owner) = &ind.owner
        && dangling(inputs, agencies.contains(owner.as_str()), owner)
    {
        d.push(unknown_ref(
            f,
            ind.at.locate("owner"),
            "agency",
            owner,
            agency_list,
        ));
    }
    if ind.decimals.is_some_and(|n| n > 6) {
        d.push(
            Diagnostic::new(
                f,
                ind.at.locate("decimals"),
                "`decimals` must be between 0 and 6",
            )
            .code(Code::DecimalsTooMany),
        );
    }
    // An indicator's peers must have values of the indicator.
    let mut with_values: Vec<&str> = ind
        .observations
        .iter()
        .map(|o| o.entity.as_deref().unwrap_or(region))
        .collect();
    with_values.sort_unstable();
    with_values.dedup();
    for (i, id) in ind.compare.iter().flatten().enumerate() {
        if with_values.binary_search(&id.as_str()).is_err() {
            let pos = ind.at.locate(&format!("compare[{i}]"));
            d.push(no_values(f, pos, &ind.id, id, &with_values));
        }
    }
}

/// Each target: its conditions, plausible thresholds and changes.
fn targets(ind: &Indicator, d: &mut Diagnostics) {
    let f = &ind.file;
    for (i, t) in ind.targets.iter().enumerate() {
        let at = || ind.at.locate(&format!("targets[{i}]"));
        target(t, f, &at, d);
        let thresholds = [t.above, t.at_least, t.below, t.at_most, t.equals];
        for v in thresholds.into_iter().flatten() {
            if let Some(e) = out_of_range(ind.kind, v, || (f.as_path(), at())) {
                d.push(e);
            }
        }
        // A change is as large as a value can be, in either direction.
        let (_, hi) = value_range(ind.kind);
        let changes = t.improve_by.iter().flat_map(|ib| [Some(ib.min), ib.max]);
        for v in changes.flatten().filter(|v| v.abs() > hi) {
            d.push(
                Diagnostic::new(
                    f,
                    at(),
                    format!(
                        "the change {} is larger than any value of this indicator ({})",
                        short_number(v),
                        short_number(hi)
                    ),
                )
                .with_hint("check the number for extra digits")
                .code(Code::ChangeTooLarge),
            );
        }
    }
}

/// Each observation: a plausible value, `of` on ranks only, a year in
/// range, a known entity, one value per year and entity.
fn observations(ind: &Indicator, k: &Known, d: &mut Diagnostics) {
    let (inputs, agencies, entities, region) = (k.inputs, &k.agencies, &k.entities, k.region);
    // Where each (year, entity) was first seen, by observation number.
    let mut seen: HashMap<(i32, &str), usize> = HashMap::default();
    for (i, o) in ind.observations.iter().enumerate() {
        let at = |part| ind.observation_at(i, part);
        let entity = o.entity.as_deref().unwrap_or(region);
        if let Some(v) = o.value
            && let Some(e) = out_of_range(ind.kind, v, || at(ObsPart::Value))
        {
            d.push(e);
        }
        indices::observation(ind, i, o, d);
        if let Some(of) = o.of {
            let (f, pos) = at(ObsPart::Row);
            if ind.kind != IndicatorKind::Rank {
                d.push(
                    Diagnostic::new(f, pos, "`of` (how many were ranked) belongs to ranks only")
                        .with_hint("remove it, or write `kind: rank` if the values are places in a ranking")
                        .code(Code::OfNotRank),
                );
            } else if let Some(v) = o.value
                && f64::from(of) < v
            {
                d.push(
                    Diagnostic::new(
                        f,
                        pos,
                        format!("place {v} of {of}: a place cannot be past the number ranked"),
                    )
                    .with_hint("check the place and `of`")
                    .code(Code::PlacePastOf),
                );
            }
        }
        if !YEARS.contains(&o.year) {
            let (f, pos) = at(ObsPart::Year);
            d.push(
                Diagnostic::new(f, pos, format!("the year {} is out of range", o.year))
                    .with_hint("write a four-digit year such as 2020")
                    .code(Code::YearOutOfRange),
            );
        }
        if entity != region && dangling(inputs, agencies.contains(entity), entity) {
            let (f, pos) = at(ObsPart::Entity);
            d.push(
                unknown_ref(f, pos, "entity", entity, entities)
                    .with_hint_opt(did_you_mean(entity, entities.iter().copied()).or_else(|| {
                        Some(format!("an entity is the region (`{region}`) or an agency id from content/data/agencies/"))
                    })),
            );
        }
        if let Some(first) = seen.insert((o.year, entity), i) {
            let (f, pos) = at(ObsPart::Row);
            let (first_file, first_pos) = ind.observation_at(first, ObsPart::Row);
            let where_first = if first_file == f {
                format!("line {}", first_pos.line)
            } else {
                format!("{} line {}", first_file.display(), first_pos.line)
            };
            d.push(
                Diagnostic::new(
                    f,
                    pos,
                    format!(
                        "a second observation for {} in {} (the first is on {where_first})",
                        entity, o.year
                    ),
                )
                .with_hint(
                    "keep one value per year and entity; put the other in a `note` if it matters",
                )
                .code(Code::DuplicateObservation),
            );
        }
    }
}

/// The values an indicator of each kind can hold: wide enough for any real
/// figure (a national budget in đồng), narrow enough that sums, changes
/// and growth rates stay finite.
fn value_range(kind: IndicatorKind) -> (f64, f64) {
    match kind {
        IndicatorKind::Percent => (-1e6, 1e6),
        IndicatorKind::Rank => (1.0, 1e6),
        IndicatorKind::Score | IndicatorKind::Count => (-1e15, 1e15),
        IndicatorKind::Money => (-1e18, 1e18),
    }
}

/// `0`, `92.5`, `1e6`, `-1.79e308`: short enough to read in a message.
fn short_number(v: f64) -> String {
    if v != 0.0 && (v.abs() >= 1e6 || v.abs() < 1e-4) {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

fn out_of_range<'a>(
    kind: IndicatorKind,
    v: f64,
    at: impl Fn() -> (&'a std::path::Path, Pos),
) -> Option<Diagnostic> {
    let (lo, hi) = value_range(kind);
    if !v.is_finite() || (lo..=hi).contains(&v) {
        // Non-finite numbers are reported where they are read.
        return None;
    }
    let name = match kind {
        IndicatorKind::Percent => "a percent",
        IndicatorKind::Rank => "a rank",
        IndicatorKind::Score => "a score",
        IndicatorKind::Count => "a count",
        IndicatorKind::Money => "an amount of money",
    };
    let (f, pos) = at();
    Some(
        Diagnostic::new(
            f,
            pos,
            format!(
                "the value {} is outside what {name} can be ({} to {})",
                short_number(v),
                short_number(lo),
                short_number(hi)
            ),
        )
        .with_hint(if kind == IndicatorKind::Rank {
            "a rank is a place counted from 1"
        } else {
            "check the number for extra digits; for a very large amount, count in a larger unit"
        })
        .code(Code::ValueOutOfRange),
    )
}

fn target(t: &Target, f: &std::path::Path, at: &dyn Fn() -> Pos, d: &mut Diagnostics) {
    if !YEARS.contains(&t.year) {
        d.push(
            Diagnostic::new(
                f,
                at(),
                format!("the target year {} is out of range", t.year),
            )
            .code(Code::TargetYearOutOfRange),
        );
    }
    if crate::model::conditions(t).is_empty() {
        d.push(
            Diagnostic::new(
                f,
                at(),
                format!("the target for {} has no condition", t.year),
            )
            .with_hint(
                "add one of `above`, `at_least`, `below`, `at_most`, `equals` or `improve_by`",
            )
            .code(Code::TargetWithoutCondition),
        );
    }
    if let Some(ib) = t.improve_by {
        if ib.min < 0.0 {
            d.push(
                Diagnostic::new(f, at(), "`improve_by.min` cannot be negative")
                    .with_hint(
                        "improvements are measured in the better direction, so write a positive number",
                    )
                    .code(Code::ImproveByNegative),
            );
        }
        if ib.max.is_some_and(|m| m < ib.min) {
            d.push(
                Diagnostic::new(f, at(), "`improve_by.max` is smaller than `improve_by.min`")
                    .code(Code::ImproveByReversed),
            );
        }
    }
}
