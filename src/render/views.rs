//! What each template gets: small typed views built from the records and
//! the derived facts, numbers and dates already formatted for the site's
//! language, their fields named as templates read them. Each page gets
//! only what it shows.

use serde::Serialize;
use serde_json::Value;

use super::renderer::Renderer;
use super::text::{self, Fmt};
use crate::derive::TaskStatus;
use crate::derive::status::Status;
use crate::locale::format_date;
use crate::model::{AgencyIx, Indicator, IndicatorIx, Page, PageIx};

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

/// An indicator's card (`partials/card.html`): latest value, change,
/// targets. Made once per indicator, kept as a JSON tree by the memo.
#[derive(Serialize)]
pub struct Card<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub short_name: &'a str,
    pub url: String,
    pub entity: String,
    pub entity_is_region: bool,
    pub latest: Option<Latest<'a>>,
    pub successor: Option<Successor<'a>>,
    pub change: Option<Change>,
    pub spark: Option<String>,
    pub targets: Vec<CardTarget>,
    pub status: Option<StatusView>,
}

/// The latest value of a card.
#[derive(Serialize)]
pub struct Latest<'a> {
    pub text: String,
    pub year: i32,
    pub note: Option<&'a str>,
    pub group: Option<&'a str>,
}

/// The change since the year before; `not_comparable` (only then there)
/// when the two places are out of different numbers ranked.
#[derive(Serialize)]
pub struct Change {
    pub text: String,
    pub direction: &'static str,
    pub label: String,
    pub since: i32,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub not_comparable: bool,
}

/// A target on a card.
#[derive(Serialize)]
pub struct CardTarget {
    pub text: String,
    pub year: i32,
    pub status: Option<StatusView>,
    /// Of a median headline: how many units reach the target ("46/240
    /// đơn vị đạt"), the status being the median's.
    pub units: Option<String>,
}

/// The latest value of the unit that took over an ended home unit.
#[derive(Serialize)]
pub struct Successor<'a> {
    pub entity: &'a str,
    pub url: String,
    pub text: String,
    pub year: i32,
    pub group: Option<&'a str>,
}

/// A page in a list: title, link, date, summary, thumbnail.
#[derive(Serialize)]
pub struct PageCard<'a> {
    pub title: &'a str,
    pub url: Option<String>,
    pub date: Option<DateView<'a>>,
    pub summary: String,
    pub author: Option<&'a str>,
    pub lang: Option<&'static str>,
    pub thumb: Option<String>,
}

/// A date in words and as RFC 3339 (for `<time datetime>`).
#[derive(Serialize)]
pub struct DateView<'a> {
    pub text: String,
    pub iso: &'a str,
}

/// A link to an agency's page.
#[derive(Serialize)]
pub struct AgencyLink<'a> {
    pub name: &'a str,
    pub url: String,
}

/// A target on an indicator's page: its status and why, and per unit
/// when a few units share it.
#[derive(Serialize)]
pub struct TargetView {
    pub text: String,
    pub year: i32,
    pub entity: String,
    pub entity_is_region: bool,
    pub status: Option<StatusView>,
    pub explanation: Vec<String>,
    pub per_entity: Vec<EntityTarget>,
}

/// A target judged for one unit.
#[derive(Serialize)]
pub struct EntityTarget {
    pub entity: String,
    pub status: Option<StatusView>,
    pub explanation: Vec<String>,
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

    /// A task's status, as a target's is shown.
    pub fn task_view(&self, s: TaskStatus) -> StatusView {
        StatusView {
            key: s.key(),
            label: self.theme.t(&format!("task_{}", s.key())).to_string(),
            icon: task_icon(s),
        }
    }

    /// The name of an entity: the region's or an agency's.
    pub fn entity_name(&self, id: &str) -> String {
        if let Some(&a) = self.derived.agency_index.get(id) {
            return self.agency_named(a).0.name.clone();
        }
        if id == self.inputs.config.region.id {
            return self.inputs.config.region.name.clone();
        }
        id.to_string()
    }

    /// Whose values indicator `i`'s headline gives: an entity's name, or
    /// "trung vị của 3.332 đơn vị".
    pub fn primary_name(&self, i: IndicatorIx) -> String {
        let facts = self.indicator_facts(i);
        match &facts.primary {
            crate::derive::Primary::Entity(id) => self.entity_name(id),
            crate::derive::Primary::Median(m) => {
                let lang = self.inputs.config.language;
                let n = crate::locale::format_number(m.latest_units() as f64, 0, lang);
                self.theme
                    .fill("median_of", &[("n", &n), ("noun", self.entity_noun(i))])
            }
        }
    }

    /// Of a median headline, how many units reach target `t`: "46/240
    /// đơn vị đạt" (achieved), "… đạt hoặc đúng tiến độ" while some are
    /// still on their way.
    fn units_reaching(&self, i: IndicatorIx, t: &crate::derive::TargetFacts) -> Option<String> {
        use crate::derive::status::Status;
        let facts = self.indicator_facts(i);
        facts.primary_entity().is_none().then(|| {
            let lang = self.inputs.config.language;
            let good = t.evaluations.iter().filter(|e| e.status.is_good()).count();
            let pending = (t.evaluations.iter())
                .any(|e| matches!(e.status, Status::OnTrack | Status::AtRisk));
            self.theme.fill(
                if pending {
                    "units_good"
                } else {
                    "units_achieved"
                },
                &[
                    ("n", &crate::locale::format_number(good as f64, 0, lang)),
                    (
                        "of",
                        &crate::locale::format_number(t.evaluations.len() as f64, 0, lang),
                    ),
                    ("noun", self.entity_noun(i)),
                ],
            )
        })
    }

    /// Whether indicator `i`'s headline is the site's region's own value.
    pub fn primary_is_region(&self, i: IndicatorIx) -> bool {
        self.indicator_facts(i).primary_entity() == Some(self.inputs.config.region.id.as_str())
    }

    pub fn entity_url(&self, id: &str) -> Option<String> {
        self.derived
            .agency_index
            .get(id)
            .map(|&a| self.link(&self.agency_named(a).1.url))
    }

    /// A card for lists and the dashboard: latest value, change, targets
    /// (made once per indicator).
    pub fn indicator_card(&self, i: IndicatorIx) -> Value {
        // Made once: its reads are noted here for every page showing it.
        self.indicator_facts(i);
        self.memo.card(i, || {
            serde_json::to_value(self.card_view(i)).expect("a card is plain data")
        })
    }

    /// What [`Renderer::indicator_card`] makes.
    pub(super) fn card_view(&self, i: IndicatorIx) -> Card<'_> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let f = self.fmt(ind);
        let series = facts.primary_series();
        let targets = facts
            .targets
            .iter()
            .map(|t| {
                let target = &ind.targets[t.index];
                CardTarget {
                    text: text::target_in(target, &f, self.theme),
                    year: target.year,
                    status: self.status_view(Some(t.primary.status)),
                    units: self.units_reaching(i, t),
                }
            })
            .collect();
        Card {
            id: &ind.id,
            name: &ind.name,
            short_name: ind.label(),
            url: self.link(&facts.url),
            entity: self.primary_name(i),
            entity_is_region: self.primary_is_region(i),
            latest: self.card_latest(i),
            successor: self.successor_value(i),
            change: self.card_change(i),
            spark: series.and_then(|s| {
                crate::charts::sparkline_svg(
                    &s.pairs(),
                    ind.direction() == crate::model::Direction::LowerIsBetter,
                )
            }),
            targets,
            status: self.status_view(facts.status),
        }
    }

    /// A card's latest value (of its home unit).
    pub(super) fn card_latest(&self, i: IndicatorIx) -> Option<Latest<'_>> {
        let facts = self.indicator_facts(i);
        let p = facts.primary_series()?.latest()?;
        Some(Latest {
            text: self
                .fmt(self.indicator_of(i))
                .value_of(p.value, facts.ranked_of(p.year, p.of)),
            year: p.year,
            note: p.note.as_deref(),
            group: p.group.as_deref(),
        })
    }

    /// A card's change since the year before.
    pub(super) fn card_change(&self, i: IndicatorIx) -> Option<Change> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let f = self.fmt(ind);
        let s = facts.primary_series()?;
        let (p, l) = (s.previous()?, s.latest()?);
        // Places out of different numbers ranked are not compared.
        if f.is_rank() {
            let (before, after) = (facts.ranked_of(p.year, p.of), facts.ranked_of(l.year, l.of));
            if let (Some(b), Some(a)) = (before, after)
                && a != b
            {
                return Some(Change {
                    text: self.theme.fill(
                        "not_comparable",
                        &[
                            ("since", &p.year.to_string()),
                            ("before", &b.to_string()),
                            ("year", &l.year.to_string()),
                            ("after", &a.to_string()),
                        ],
                    ),
                    direction: "unchanged",
                    label: String::new(),
                    since: p.year,
                    not_comparable: true,
                });
            }
        }
        let better = crate::derive::status::improvement(p.value, l.value, ind.direction());
        let direction = if better > 0.0 {
            "improved"
        } else if better < 0.0 {
            "worsened"
        } else {
            "unchanged"
        };
        Some(Change {
            text: f.change(l.value - p.value),
            direction,
            label: self.theme.t(direction).to_string(),
            since: p.year,
            not_comparable: false,
        })
    }

    /// When the indicator's home unit has ended: its successor's latest
    /// value, shown beside the unit's own ("Lào Cai, hạng 12/34, 2025").
    pub fn successor_value(&self, i: IndicatorIx) -> Option<Successor<'_>> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let f = self.fmt(ind);
        let &home = self.derived.agency_index.get(facts.primary_entity()?)?;
        let lineage = &self.agency_named(home).1.lineage;
        lineage.successors.iter().find_map(|&a| {
            let (ag, af) = self.agency_named(a);
            let id = &ag.id;
            let s = facts.series.iter().find(|s| &s.entity == id)?;
            let p = s.latest()?;
            Some(Successor {
                entity: ag.label(),
                url: self.link(&af.url),
                text: f.value_of(p.value, facts.ranked_of(p.year, p.of)),
                year: p.year,
                group: p.group.as_deref(),
            })
        })
    }

    /// A page in a list: title, link, date, summary.
    pub fn page_card(&self, pi: PageIx) -> PageCard<'_> {
        let p = self.page_meta(pi);
        let facts = self.page_facts(pi);
        PageCard {
            title: &p.meta.title,
            url: facts.map(|f| self.link(&f.url)),
            date: self.date_view(p),
            summary: self.summary(pi),
            author: p.meta.author.as_deref(),
            lang: self.page_lang(p),
            thumb: self.thumb_html(pi, true),
        }
    }

    /// The page's `language` when it differs from the site's (for `lang`).
    pub fn page_lang(&self, p: &Page) -> Option<&'static str> {
        p.meta
            .language
            .filter(|l| *l != self.inputs.config.language)
            .map(|l| l.code())
    }

    pub fn date_view<'p>(&self, p: &'p Page) -> Option<DateView<'p>> {
        p.meta.date.as_ref().map(|d| DateView {
            text: format_date(d.day, self.inputs.config.language),
            iso: d.rfc3339.as_str(),
        })
    }

    pub fn summary(&self, pi: PageIx) -> String {
        let p = self.page_meta(pi);
        if let Some(s) = &p.meta.summary {
            return s.clone();
        }
        // Read as part of the page's list data (noted above).
        self.markdown
            .get(pi)
            .and_then(|m| m.as_ref())
            .map(|m| super::markdown::truncate_words(&m.first_paragraph, 280))
            .unwrap_or_default()
    }

    pub fn agency_link(&self, a: AgencyIx) -> AgencyLink<'_> {
        let (ag, f) = self.agency_named(a);
        AgencyLink {
            name: &ag.name,
            url: self.link(&f.url),
        }
    }

    pub fn indicator_link(&self, i: IndicatorIx) -> IndicatorLink<'_> {
        IndicatorLink {
            name: &self.indicator_of(i).name,
            short_name: self.indicator_of(i).label(),
            url: self.link(&self.indicator_facts(i).url),
            status: self.status_view(self.indicator_facts(i).status),
            due_year: None,
        }
    }

    /// Years × entities, with notes and sources numbered below the table;
    /// a year declared without a value says why in words; computed
    /// averages come last, marked as computed.
    pub fn values_table(
        &self,
        i: IndicatorIx,
        entities: &[String],
    ) -> super::table::ValuesTable<'_> {
        let facts = self.indicator_facts(i);
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
    pub fn targets_view(&self, i: IndicatorIx) -> Vec<TargetView> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let f = self.fmt(ind);
        facts
            .targets
            .iter()
            .map(|t| {
                let target = &ind.targets[t.index];
                // Many units: the page counts them by status instead.
                let per_entity = if facts.series.len() > 1 && !self.is_many(i) {
                    facts
                        .series
                        .iter()
                        .zip(&t.evaluations)
                        .map(|(s, e)| EntityTarget {
                            entity: self.entity_name(&s.entity),
                            status: self.status_view(Some(e.status)),
                            explanation: text::explain_target(e, target, &f, self.theme),
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                TargetView {
                    text: text::target_in(target, &f, self.theme),
                    year: target.year,
                    entity: self.primary_name(i),
                    entity_is_region: self.primary_is_region(i),
                    status: self.status_view(Some(t.primary.status)),
                    explanation: text::explain_target(&t.primary, target, &f, self.theme),
                    per_entity,
                }
            })
            .collect()
    }
}
