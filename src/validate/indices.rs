//! What an observation of a published index may carry beyond its value:
//! a status instead of a value, components, a group, a source.

use crate::diagnostics::{Code, Diagnostic, Diagnostics, did_you_mean};
use crate::model::{Indicator, ObsPart, Observation};

/// How far the components' sum may be from the total: half a unit of the
/// last decimal the indicator shows, per component (each is rounded when
/// published).
fn sum_tolerance(ind: &Indicator, parts: usize) -> f64 {
    0.5 * 10f64.powi(-i32::from(ind.decimals())) * parts.max(1) as f64 + 1e-9
}

/// The indicator's own `components:`: ids that are unique and usable as
/// CSV columns, a positive `max`.
pub(super) fn declared(ind: &Indicator, d: &mut Diagnostics) {
    let f = &ind.file;
    for (k, c) in ind.components.iter().enumerate() {
        let at = || ind.at.locate(&format!("components[{k}]"));
        let id_ok = !c.id.is_empty()
            && c.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !id_ok {
            d.push(
                Diagnostic::new(f, at(), format!("`{}` cannot be a component id", c.id))
                    .with_hint("write lowercase ASCII letters, digits and hyphens, e.g. `thu-tuc-hanh-chinh`")
                    .code(Code::ComponentBadId),
            );
        } else if ind.components[..k].iter().any(|o| o.id == c.id) {
            d.push(
                Diagnostic::new(
                    f,
                    at(),
                    format!("the component `{}` is declared twice", c.id),
                )
                .with_hint("give each component its own id")
                .code(Code::ComponentBadId),
            );
        }
        if c.max.is_some_and(|m| m <= 0.0 || m.is_nan()) {
            d.push(
                Diagnostic::new(f, at(), "a component's `max` must be above zero")
                    .with_hint(
                        "write the most the component can score, e.g. `max: 10`, or leave it out",
                    )
                    .code(Code::ComponentAboveMax),
            );
        }
    }
}

/// Observation `i`: a value or a status saying why there is none; known
/// components within their maximum, adding up when the indicator says so;
/// a source that is a web address.
pub(super) fn observation(ind: &Indicator, i: usize, o: &Observation, d: &mut Diagnostics) {
    let at = |part| ind.observation_at(i, part);
    match (o.value, o.status) {
        (None, None) => {
            let (f, pos) = at(ObsPart::Row);
            d.push(
                Diagnostic::new(f, pos, format!("the observation of {} has no value", o.year))
                    .with_hint("write `value: ...`; when nothing was published or the unit was not ranked, write `status: not_published` or `status: not_ranked` instead")
                    .code(Code::ValueMissing),
            );
        }
        (Some(_), Some(s)) => {
            let (f, pos) = at(ObsPart::Value);
            d.push(
                Diagnostic::new(
                    f,
                    pos,
                    format!("an observation with a value cannot be `{}`", s.as_str()),
                )
                .with_hint("keep the value and remove `status`, or remove the value: a status says why there is none")
                .code(Code::ValueAndStatus),
            );
        }
        _ => {}
    }
    if let Some(parts) = &o.components {
        components(ind, i, o, parts, d);
    }
    if let Some(url) = o.source.as_ref().and_then(|s| s.url.as_deref())
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        let (f, _) = at(ObsPart::Row);
        let pos = if f == ind.file {
            ind.at.locate(&format!("observations[{i}].source.url"))
        } else {
            at(ObsPart::Row).1
        };
        d.push(
            Diagnostic::new(f, pos, format!("`{url}` is not a web address"))
                .with_hint("write the whole address of the publication, starting with https://")
                .code(Code::SourceNotWeb),
        );
    }
}

fn components(
    ind: &Indicator,
    i: usize,
    o: &Observation,
    parts: &std::collections::BTreeMap<String, f64>,
    d: &mut Diagnostics,
) {
    let (f, row) = ind.observation_at(i, ObsPart::Row);
    let in_yaml = f == ind.file;
    let at_part = |id: &str| {
        if in_yaml {
            ind.at.locate(&format!("observations[{i}].components.{id}"))
        } else {
            row
        }
    };
    let ids: Vec<&str> = ind.components.iter().map(|c| c.id.as_str()).collect();
    for (id, v) in parts {
        let Some(c) = ind.components.iter().find(|c| &c.id == id) else {
            let hint = if ids.is_empty() {
                Some("declare the indicator's parts first: `components: [{ id: ..., name: ..., max: ... }]`".to_string())
            } else {
                did_you_mean(id, ids.iter().copied())
                    .or_else(|| Some(format!("the components are {}", ids.join(", "))))
            };
            d.push(
                Diagnostic::new(
                    f,
                    at_part(id),
                    format!("the indicator has no component `{id}`"),
                )
                .with_hint_opt(hint)
                .code(Code::ComponentUnknown),
            );
            continue;
        };
        if let Some(max) = c.max
            && *v > max
        {
            d.push(
                Diagnostic::new(
                    f,
                    at_part(id),
                    format!("{} is {v}, above its maximum {max}", c.name),
                )
                .with_hint("check the number, or the component's `max`")
                .code(Code::ComponentAboveMax),
            );
        }
    }
    if let (true, Some(total)) = (ind.components_add_up, o.value) {
        let sum: f64 = parts.values().sum();
        let all = ind.components.iter().all(|c| parts.contains_key(&c.id));
        if all && (sum - total).abs() > sum_tolerance(ind, parts.len()) {
            let (f, pos) = ind.observation_at(i, ObsPart::Value);
            d.push(
                Diagnostic::new(
                    f,
                    pos,
                    format!(
                        "the components add up to {}, not to the value {total}",
                        (sum * 1e4).round() / 1e4
                    ),
                )
                .with_hint("check each component and the total; if they are not meant to add up, remove `components_add_up`")
                .code(Code::ComponentsDoNotAddUp),
            );
        }
    }
}
