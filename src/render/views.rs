//! What each template gets: small JSON views built from the records and the
//! derived facts, numbers and dates already formatted for the site's
//! language. Each page gets only what it shows.

use serde_json::{Value, json};

use super::renderer::Renderer;
use super::text::{self, Fmt};
use crate::derive::TaskStatus;
use crate::derive::status::Status;
use crate::locale::format_date;
use crate::model::{Indicator, Page};

pub fn status_icon(s: Status) -> &'static str {
    match s {
        Status::Achieved => "✔",
        Status::Missed => "✖",
        Status::OnTrack => "↗",
        Status::AtRisk => "⚠",
        Status::NoData => "…",
    }
}

pub fn task_icon(s: TaskStatus) -> &'static str {
    match s {
        TaskStatus::Done => "✔",
        TaskStatus::DoneLate => "✔",
        TaskStatus::Open => "○",
        TaskStatus::Overdue => "⚠",
    }
}

/// A target status as templates show it: its key (for the CSS class),
/// its words and its icon.
#[derive(serde::Serialize)]
pub struct StatusView {
    pub key: &'static str,
    pub label: String,
    pub icon: &'static str,
}

/// A link to an indicator's page with its status; in a list of what is
/// due, the year it is due.
#[derive(serde::Serialize)]
pub struct IndicatorLink<'a> {
    pub name: &'a str,
    pub short_name: &'a str,
    pub url: String,
    pub status: Option<StatusView>,
    #[serde(rename = "year", skip_serializing_if = "Option::is_none")]
    pub due_year: Option<Option<i32>>,
}

impl Renderer<'_> {
    pub fn fmt<'a>(&self, ind: &'a Indicator) -> Fmt<'a> {
        Fmt {
            ind,
            lang: self.inputs.config.language,
        }
    }

    pub fn status_view(&self, s: Option<Status>) -> Option<StatusView> {
        s.map(|s| StatusView {
            key: s.key(),
            label: self.theme.t(&format!("status_{}", s.key())).to_string(),
            icon: status_icon(s),
        })
    }

    pub fn task_view(&self, s: TaskStatus) -> Value {
        json!({
            "key": s.key(),
            "label": self.theme.t(&format!("task_{}", s.key())),
            "icon": task_icon(s),
        })
    }

    /// The name of an entity: the region's or an agency's.
    pub fn entity_name(&self, id: &str) -> String {
        if let Some(&a) = self.derived.agency_index.get(id) {
            return self.inputs.agencies[a].name.clone();
        }
        if id == self.inputs.config.region.id {
            return self.inputs.config.region.name.clone();
        }
        id.to_string()
    }

    pub fn entity_url(&self, id: &str) -> Option<String> {
        self.derived
            .agency_index
            .get(id)
            .map(|&a| self.link(&self.derived.agencies[a].url))
    }

    /// A card for lists and the dashboard: latest value, change, targets
    /// (made once per indicator).
    pub fn indicator_card(&self, i: usize) -> Value {
        self.memo.card(i, || self.card_view(i))
    }

    /// What [`Renderer::indicator_card`] makes.
    pub(super) fn card_view(&self, i: usize) -> Value {
        let ind = &self.inputs.indicators[i];
        let facts = &self.derived.indicators[i];
        let f = self.fmt(ind);
        let series = facts.primary_series();
        let latest = series.and_then(|s| s.latest());
        let change = series.and_then(|s| Some((s.previous()?, s.latest()?))).map(|(p, l)| {
            // Places out of different numbers ranked are not compared.
            if f.is_rank() {
                let (before, after) = (facts.ranked_of(p.year, p.of), facts.ranked_of(l.year, l.of));
                if let (Some(b), Some(a)) = (before, after)
                    && a != b
                {
                    return json!({
                        "text": self.theme.fill("not_comparable", &[
                            ("since", &p.year.to_string()),
                            ("before", &b.to_string()),
                            ("year", &l.year.to_string()),
                            ("after", &a.to_string()),
                        ]),
                        "direction": "unchanged",
                        "label": "",
                        "since": p.year,
                        "not_comparable": true,
                    });
                }
            }
            let delta = l.value - p.value;
            let better = crate::derive::status::improvement(p.value, l.value, ind.direction());
            json!({
                "text": f.change(delta),
                "direction": if better > 0.0 { "improved" } else if better < 0.0 { "worsened" } else { "unchanged" },
                "label": self.theme.t(if better > 0.0 { "improved" } else if better < 0.0 { "worsened" } else { "unchanged" }),
                "since": p.year,
            })
        });
        let targets: Vec<Value> = facts
            .targets
            .iter()
            .map(|t| {
                let target = &ind.targets[t.index];
                json!({
                    "text": text::target(target, &f, self.theme),
                    "year": target.year,
                    "status": self.status_view(Some(t.primary.status)),
                })
            })
            .collect();
        json!({
            "id": ind.id,
            "name": ind.name,
            "short_name": ind.label(),
            "url": self.link(&facts.url),
            "entity": self.entity_name(&facts.primary),
            "entity_is_region": facts.primary == self.inputs.config.region.id,
            "latest": latest.map(|p| json!({"text": f.value_of(p.value, facts.ranked_of(p.year, p.of)), "year": p.year, "note": p.note, "group": p.group})),
            "successor": self.successor_value(i),
            "change": change,
            "spark": series.and_then(|s| crate::charts::sparkline_svg(&s.pairs(), ind.direction() == crate::model::Direction::LowerIsBetter)),
            "targets": targets,
            "status": self.status_view(facts.status),
        })
    }

    /// When the indicator's home unit has ended: its successor's latest
    /// value, shown beside the unit's own ("Lào Cai, hạng 12/34, 2025").
    pub fn successor_value(&self, i: usize) -> Value {
        let ind = &self.inputs.indicators[i];
        let facts = &self.derived.indicators[i];
        let f = self.fmt(ind);
        let Some(&home) = self.derived.agency_index.get(&facts.primary) else {
            return Value::Null;
        };
        let lineage = &self.derived.agencies[home].lineage;
        lineage
            .successors
            .iter()
            .find_map(|&a| {
                let id = &self.inputs.agencies[a].id;
                let s = facts.series.iter().find(|s| &s.entity == id)?;
                let p = s.latest()?;
                Some(json!({
                    "entity": self.inputs.agencies[a].label(),
                    "url": self.link(&self.derived.agencies[a].url),
                    "text": f.value_of(p.value, facts.ranked_of(p.year, p.of)),
                    "year": p.year,
                    "group": p.group,
                }))
            })
            .unwrap_or(Value::Null)
    }

    /// A page in a list: title, link, date, summary.
    pub fn page_card(&self, pi: usize) -> Value {
        let p = &self.inputs.pages[pi];
        let facts = self.derived.pages[pi].as_ref();
        json!({
            "title": p.meta.title,
            "url": facts.map(|f| self.link(&f.url)),
            "date": self.date_view(p),
            "summary": self.summary(pi),
            "author": p.meta.author,
            "lang": self.page_lang(p),
            "thumb": self.thumb_html(pi, true),
        })
    }

    /// The page's `language` when it differs from the site's (for `lang`).
    pub fn page_lang(&self, p: &Page) -> Option<&'static str> {
        p.meta
            .language
            .filter(|l| *l != self.inputs.config.language)
            .map(|l| l.code())
    }

    pub fn date_view(&self, p: &Page) -> Value {
        match p.meta.date {
            Some(d) => json!({
                "text": format_date(d.day, self.inputs.config.language),
                "iso": d.rfc3339.as_str(),
            }),
            None => Value::Null,
        }
    }

    pub fn summary(&self, pi: usize) -> String {
        let p = &self.inputs.pages[pi];
        if let Some(s) = &p.meta.summary {
            return s.clone();
        }
        self.markdown
            .get(pi)
            .and_then(|m| m.as_ref())
            .map(|m| super::markdown::truncate_words(&m.first_paragraph, 280))
            .unwrap_or_default()
    }

    pub fn agency_link(&self, a: usize) -> Value {
        json!({ "name": self.inputs.agencies[a].name, "url": self.link(&self.derived.agencies[a].url) })
    }

    pub fn indicator_link(&self, i: usize) -> IndicatorLink<'_> {
        IndicatorLink {
            name: &self.inputs.indicators[i].name,
            short_name: self.inputs.indicators[i].label(),
            url: self.link(&self.derived.indicators[i].url),
            status: self.status_view(self.derived.indicators[i].status),
            due_year: None,
        }
    }

    /// Years × entities, with notes and sources numbered below the table;
    /// a year declared without a value says why in words; computed
    /// averages come last, marked as computed.
    pub fn values_table(&self, i: usize, entities: &[String]) -> super::table::ValuesTable<'_> {
        let facts = &self.derived.indicators[i];
        let wanted: rustc_hash::FxHashSet<&str> = entities.iter().map(String::as_str).collect();
        let series: Vec<_> = facts
            .series
            .iter()
            .filter(|s| entities.is_empty() || wanted.contains(s.entity.as_str()))
            .collect();
        self.values_table_of(i, &series)
    }

    /// "Bình quân cả nước", "Bình quân Trung du và miền núi phía Bắc".
    pub fn average_name(&self, over: crate::derive::averages::Over) -> String {
        use crate::derive::averages::Over;
        match over {
            Over::Nation => self.theme.t("average_nation").to_string(),
            Over::Region(k) => self.theme.fill(
                "average_of",
                &[("name", &self.inputs.config.regions[k].name)],
            ),
        }
    }

    /// Each target with its status and the inputs of the judgement.
    pub fn targets_view(&self, i: usize) -> Vec<Value> {
        let ind = &self.inputs.indicators[i];
        let facts = &self.derived.indicators[i];
        let f = self.fmt(ind);
        facts
            .targets
            .iter()
            .map(|t| {
                let target = &ind.targets[t.index];
                // Many units: the page counts them by status instead.
                let per_entity: Vec<Value> = if facts.series.len() > 1 && !self.is_many(i) {
                    facts
                        .series
                        .iter()
                        .zip(&t.evaluations)
                        .map(|(s, e)| {
                            json!({
                                "entity": self.entity_name(&s.entity),
                                "status": self.status_view(Some(e.status)),
                                "explanation": text::explain_target(e, target, &f, self.theme),
                            })
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                json!({
                        "text": text::target(target, &f, self.theme),
                        "year": target.year,
                        "entity": self.entity_name(&facts.primary),
                "entity_is_region": facts.primary == self.inputs.config.region.id,
                        "status": self.status_view(Some(t.primary.status)),
                        "explanation": text::explain_target(&t.primary, target, &f, self.theme),
                        "per_entity": per_entity,
                    })
            })
            .collect()
    }
}
