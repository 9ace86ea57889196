//! What the checks of validate share: the years a value may have, and the
//! reports of a reference to something that does not exist. A leaf: the
//! checks read it, never validate.rs, which calls them.

use rustc_hash::FxHashSet as HashSet;

use crate::diagnostics::{Code, Diagnostic, Pos, did_you_mean};
use crate::load::Inputs;

pub(super) const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

pub(super) fn agency_ids(inputs: &Inputs) -> HashSet<&str> {
    inputs.agencies.iter().map(|a| a.id.as_str()).collect()
}

/// Whether a reference to `id` should be reported: not when the file that
/// defines it failed to load (its own error is already reported).
pub(super) fn dangling(inputs: &Inputs, known: bool, id: &str) -> bool {
    !known && !inputs.unloaded.contains(id)
}

pub(super) fn unknown_ref(
    file: &std::path::Path,
    pos: Pos,
    what: &str,
    id: &str,
    known: &[&str],
) -> Diagnostic {
    let hint = did_you_mean(id, known.iter().copied())
        .or_else(|| Some(format!("known ids: {}", preview(known))));
    Diagnostic::new(file, pos, format!("no {what} has the id `{id}`"))
        .with_hint_opt(hint)
        .code(Code::UnknownId)
}

/// "the indicator `x` has no values for the entity `y`", with the likely fix.
pub(super) fn no_values(
    file: &std::path::Path,
    pos: Pos,
    indicator: &str,
    e: &str,
    known: &[&str],
) -> Diagnostic {
    Diagnostic::new(
        file,
        pos,
        format!("the indicator `{indicator}` has no values for the entity `{e}`"),
    )
    .with_hint_opt(did_you_mean(e, known.iter().copied()).or_else(|| {
        let mut shown: Vec<&str> = known.iter().copied().take(12).collect();
        if known.len() > 12 {
            shown.push("…");
        }
        Some(format!("entities with values: {}", shown.join(", ")))
    }))
    .code(Code::NoValuesForEntity)
}

fn preview(ids: &[&str]) -> String {
    let mut v: Vec<&str> = ids.to_vec();
    v.sort();
    if v.len() > 8 {
        format!("{}, … ({} in all)", v[..8].join(", "), v.len())
    } else if v.is_empty() {
        "none yet".to_string()
    } else {
        v.join(", ")
    }
}
