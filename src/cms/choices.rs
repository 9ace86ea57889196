//! What the editor offers to choose from: the site's indicator, agency and
//! tag ids for the selects, and its sections of pages.

use serde_yaml::Mapping;

use super::fields::{Words, select};
use crate::load::Inputs;

/// The ids the selects offer, each with a readable label, in the site
/// language's order of names.
pub(super) struct Choices {
    pub indicators: Vec<(String, String)>,
    pub agencies: Vec<(String, String)>,
    /// Agencies and the region: what an observation or a parent can name.
    pub entities: Vec<(String, String)>,
    pub tags: Vec<(String, String)>,
}

/// The ids of the site's indicators, agencies and tags.
pub(super) fn choices(inputs: &Inputs) -> Choices {
    let lang = inputs.config.language;
    let sorted = |mut v: Vec<(String, String)>| {
        crate::collate::sort_by_name(lang, &mut v, |(l, _)| l.as_str());
        v.dedup();
        v
    };
    let indicators = sorted(
        inputs
            .indicators
            .iter()
            .map(|i| (format!("{} ({})", i.name, i.id), i.id.clone()))
            .collect(),
    );
    // Agencies in the site's order: by place, past "Ủy ban nhân dân" and
    // the kind of unit (as the agencies' lists have them).
    let by_place = |mut v: Vec<(&str, &str)>| -> Vec<(String, String)> {
        v.sort_by(|a, b| crate::collate::compare_agencies(lang, a.0, b.0).then(a.1.cmp(b.1)));
        v.dedup();
        v.into_iter()
            .map(|(name, id)| (format!("{name} ({id})"), id.to_string()))
            .collect()
    };
    let names: Vec<(&str, &str)> = (inputs.agencies.iter())
        .map(|a| (a.name.as_str(), a.id.as_str()))
        .collect();
    let agencies = by_place(names.clone());
    let region = &inputs.config.region;
    let mut names = names;
    if !inputs.agencies.iter().any(|a| a.id == region.id) {
        names.push((region.name.as_str(), region.id.as_str()));
    }
    let entities = by_place(names);
    let tags = sorted(
        inputs
            .pages
            .iter()
            .flat_map(|p| p.meta.tags.iter())
            .map(|t| (t.clone(), t.clone()))
            .collect(),
    );
    Choices {
        indicators,
        agencies,
        entities,
        tags,
    }
}

/// Top-level folders of Markdown pages, with the label their `_index.md`
/// gives (else the folder's name), in folder order.
pub(super) fn sections(inputs: &Inputs) -> Vec<(String, String)> {
    let mut out: std::collections::BTreeMap<String, String> = Default::default();
    for p in &inputs.pages {
        let Some(first) = p.section.first() else {
            continue;
        };
        let entry = out.entry(first.clone()).or_insert_with(|| first.clone());
        if p.is_section_index && p.section.len() == 1 && !p.meta.title.trim().is_empty() {
            *entry = p.meta.title.clone();
        }
    }
    out.into_iter().collect()
}

impl Choices {
    /// The indicators a duty or a page relates to: many, or none.
    pub(super) fn related_indicators(&self, w: &Words) -> Mapping {
        select(
            "indicators",
            w.w("Chỉ số liên quan", "Indicators"),
            &self.indicators,
            true,
            false,
        )
    }
}
