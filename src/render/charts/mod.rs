//! Glue between the derived data and the chart drawing in `crate::charts`:
//! decides what a chart request shows (which entities, and whether it is a
//! line, a ranking, one number or progress), builds its data with short
//! labels, draws each distinct chart once (the cache) in both layouts, and
//! makes the standalone files: an SVG per indicator chart for other sites
//! to embed, a PNG card for sharing.

mod request;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::Renderer;
use super::text;
use crate::charts::names::{Named, labels};
use crate::charts::{self, Band, ChartData, Series as ChartSeries, TargetMark, Width};
use crate::derive::Series;
use crate::derive::compare::{self, MAX_LINES};
use crate::derive::status::{Condition, conditions};
use crate::model::{AgencyKind, Direction};

/// What a chart request draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plan {
    /// Lines of the entities, with the median and the band of all when set.
    Line { median: bool, band: bool },
    /// One row per entity for a year, best first.
    Ranked,
    /// One number, large.
    Stat,
    /// The latest value on a track toward the target.
    Progress,
}

/// Why a line chart was asked for and a ranking drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The block asked for every entity, too many to draw as lines.
    Every,
    /// The block listed more entities than a line chart draws.
    Listed,
}

/// A chart to draw, resolved: which indicator, what, for whom, which year.
#[derive(Debug, Clone)]
pub struct ChartRequest {
    pub indicator: usize,
    pub plan: Plan,
    /// Line, stat, progress: the entities drawn, the home one first.
    /// Ranked: the entities ranked; empty for all with a value.
    pub entities: Vec<String>,
    /// The year of a ranking; the latest when absent.
    pub year: Option<i32>,
    pub why: Option<Why>,
}

impl ChartRequest {
    /// The name of the standalone file: `line`, `bar` (rankings), `stat`,
    /// `progress`.
    pub fn file_kind(&self) -> &'static str {
        match self.plan {
            Plan::Line { .. } => "line",
            Plan::Ranked => "bar",
            Plan::Stat => "stat",
            Plan::Progress => "progress",
        }
    }
}

/// What identifies a drawn chart: the request's indicator, plan,
/// entities and year, and the layout.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    indicator: usize,
    plan: Plan,
    entities: Vec<String>,
    year: Option<i32>,
    width: Width,
}

impl Key {
    fn of(req: &ChartRequest, width: Width) -> Key {
        Key {
            indicator: req.indicator,
            plan: req.plan,
            entities: req.entities.clone(),
            year: req.year,
            width,
        }
    }
}

/// Drawn charts by what they show.
#[derive(Default)]
pub struct Cache(Mutex<HashMap<Key, Arc<str>>>);

impl Cache {
    fn get_or(&self, key: Key, draw: impl FnOnce() -> Option<String>) -> Option<Arc<str>> {
        if let Some(svg) = self.0.lock().expect("chart cache").get(&key) {
            return Some(svg.clone());
        }
        // Drawn outside the lock; two threads may draw the same chart once
        // each, both give the same bytes.
        let svg: Arc<str> = draw()?.into();
        self.0.lock().expect("chart cache").insert(key, svg.clone());
        Some(svg)
    }

    /// Takes in the charts `other` drew (from the same records).
    pub fn absorb(&self, other: Cache) {
        let drawn = other.0.into_inner().expect("chart cache");
        self.0.lock().expect("chart cache").extend(drawn);
    }

    /// Drops the charts of the indicators given, so they are drawn again.
    pub fn forget(&self, indicators: &std::collections::HashSet<usize>) {
        self.0
            .lock()
            .expect("chart cache")
            .retain(|k, _| !indicators.contains(&k.indicator));
    }
}

/// The SVG of a chart in one layout (drawn once per request and layout).
pub fn draw(r: &Renderer, req: &ChartRequest, width: Width) -> Option<Arc<str>> {
    r.chart_cache.get_or(Key::of(req, width), || {
        let data = chart_data(r, req);
        if data.series.iter().all(|s| s.points.is_empty()) {
            return None;
        }
        Some(match req.plan {
            Plan::Line { .. } => charts::line_svg(&data, width),
            Plan::Ranked => {
                let year = ranked_year(r, req)?;
                charts::ranked_svg(&data, year, width)
            }
            Plan::Stat => charts::stat_svg(&data, width),
            Plan::Progress => charts::progress_svg(&data, width),
        })
    })
}

/// Both layouts, for a page: the theme's CSS shows the one that fits.
pub fn draw_both(r: &Renderer, req: &ChartRequest) -> Option<String> {
    let wide = draw(r, req, Width::Wide)?;
    let narrow = draw(r, req, Width::Narrow)?;
    Some(format!("{wide}\n{narrow}"))
}

/// The chart series id of the national average.
const NATION_AVERAGE_ID: &str = "\u{0}avg0";

fn ranked_year(r: &Renderer, req: &ChartRequest) -> Option<i32> {
    req.year.or(r.derived.indicators[req.indicator].last_year)
}

impl Renderer<'_> {
    /// `/indicators/<id>/<kind>.svg`: a standalone file other sites embed
    /// (the wide layout).
    pub fn standalone_svg(&self, req: &ChartRequest) -> Vec<u8> {
        let svg = draw(self, req, Width::Wide).unwrap_or_else(|| Arc::from(""));
        let mut out = String::with_capacity(svg.len() + 64);
        out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.push_str(&svg);
        out.push('\n');
        out.into_bytes()
    }

    /// `/indicators/<id>/card.png`: 1200×630, for Open Graph and Twitter.
    pub fn card_png(&self, i: usize) -> Vec<u8> {
        let ind = &self.inputs.indicators[i];
        let req = ChartRequest {
            indicator: i,
            plan: Plan::Line {
                median: false,
                band: false,
            },
            entities: vec![self.derived.indicators[i].primary.clone()],
            year: None,
            why: None,
        };
        let series = self.request_series(&req);
        let data = chart_data(self, &req);
        let subtitle = self.chart_summary(i, &series);
        charts::card_png(&ind.name, &subtitle, &data)
    }

    /// The URL of the card an indicator page (or a page citing it) shares.
    pub fn card_url(&self, i: usize) -> Option<String> {
        (!self.derived.indicators[i].series.is_empty() && !self.is_many(i))
            .then(|| self.permalink(&format!("{}card.png", self.derived.indicators[i].url)))
    }

    /// What the entities of an indicator are, for captions: "tỉnh, thành
    /// phố", "huyện", "sở, ngành" or "đơn vị".
    pub fn entity_noun(&self, i: usize) -> &str {
        let region = &self.inputs.config.region.id;
        let kinds: Vec<Option<AgencyKind>> = self.derived.indicators[i]
            .series
            .iter()
            .map(|s| {
                self.derived
                    .agency_index
                    .get(&s.entity)
                    .map(|&a| self.inputs.agencies[a].kind)
                    .or((&s.entity == region).then_some(AgencyKind::Province))
            })
            .collect();
        let all = |k: AgencyKind| kinds.iter().all(|x| *x == Some(k));
        self.theme.t(if all(AgencyKind::Province) {
            "entities_provinces"
        } else if all(AgencyKind::District) {
            "entities_districts"
        } else if all(AgencyKind::Department) {
            "entities_departments"
        } else {
            "entities_other"
        })
    }

    /// Chart labels of entities: short names, unique within the list.
    pub fn chart_labels(&self, entities: &[&str]) -> Vec<String> {
        let named: Vec<Named> = entities
            .iter()
            .map(|id| match self.derived.agency_index.get(*id) {
                Some(&a) => Named {
                    name: &self.inputs.agencies[a].name,
                    short_name: self.inputs.agencies[a].short_name.as_deref(),
                },
                None if *id == self.inputs.config.region.id => Named {
                    name: &self.inputs.config.region.name,
                    short_name: None,
                },
                None => Named {
                    name: id,
                    short_name: None,
                },
            })
            .collect();
        let mut out = labels(&named, &self.inputs.config.region.name);
        for (label, id) in out.iter_mut().zip(entities) {
            if let Some(span) = self.lifespan(id) {
                label.push_str(&format!(" ({span})"));
            }
        }
        out
    }

    /// "đến 30/6/2025" for a unit that ended, "từ 1/7/2025" for one formed
    /// from units that ended: said wherever its series is drawn.
    pub fn lifespan(&self, id: &str) -> Option<String> {
        let &a = self.derived.agency_index.get(id)?;
        let short = |d: crate::model::Day| format!("{}/{}/{}", d.0.day(), d.0.month(), d.0.year());
        if let Some(u) = self.inputs.agencies[a].until {
            return Some(self.theme.fill("ended_on", &[("date", &short(u))]));
        }
        let since = self.derived.agencies[a].lineage.since?;
        Some(self.theme.fill("since_on", &[("date", &short(since))]))
    }

    /// The averages a line chart of `req` draws: the nation's, and the
    /// region's of the home entity.
    pub fn chart_averages(&self, req: &ChartRequest) -> Vec<ChartSeries> {
        use crate::derive::averages::Over;
        let facts = &self.derived.indicators[req.indicator];
        let home = &facts.primary;
        facts
            .averages
            .iter()
            .filter(|a| match a.over {
                Over::Nation => true,
                Over::Region(k) => self.inputs.config.regions[k].members.contains(home),
            })
            .map(|a| {
                let name = self.average_name(a.over);
                let label = match a.over {
                    Over::Region(k) => match &self.inputs.config.regions[k].short_name {
                        Some(short) => self.theme.fill("average_of", &[("name", short)]),
                        None => name.clone(),
                    },
                    Over::Nation => name.clone(),
                };
                ChartSeries {
                    id: format!(
                        "\u{0}avg{}",
                        match a.over {
                            Over::Nation => 0,
                            Over::Region(k) => k + 1,
                        }
                    ),
                    label,
                    name: format!("{name} ({})", self.theme.t("computed")),
                    points: a.points.iter().map(|p| (p.0, p.1)).collect(),
                    median: true,
                    gaps: Vec::new(),
                }
            })
            .collect()
    }

    /// The caption of a ranking: why it is a ranking, and the home
    /// entity's place ("Yên Bái: hạng 22/63, tăng 3 bậc so với năm 2019").
    pub fn ranked_summary(&self, req: &ChartRequest) -> String {
        let i = req.indicator;
        let ind = &self.inputs.indicators[i];
        let facts = &self.derived.indicators[i];
        let lang = self.inputs.config.language;
        let Some(year) = ranked_year(self, req) else {
            return self.theme.t("no_data_yet").to_string();
        };
        let series = self.request_series(req);
        let owned: Vec<Series> = series.iter().map(|s| (*s).clone()).collect();
        let places = compare::places(&owned, year, ind.direction());
        let mut out = String::new();
        if let Some(why) = req.why {
            out.push_str(&self.theme.fill(
                match why {
                    Why::Every => "chart_ranked_every",
                    Why::Listed => "chart_ranked_listed",
                },
                &[
                    ("n", &places.len().to_string()),
                    ("noun", self.entity_noun(i)),
                    ("year", &year.to_string()),
                    ("max", &MAX_LINES.to_string()),
                ],
            ));
            out.push(' ');
        }
        let home = &facts.primary;
        match places.iter().find(|p| p.0 == home) {
            Some(&(_, place, of)) => {
                let label = self.chart_labels(&[home.as_str()]).remove(0);
                out.push_str(&format!(
                    "{label}: {}",
                    crate::locale::rank_place(place, Some(of), lang)
                ));
                out.push_str(
                    &self
                        .theme
                        .fill("chart_in_year", &[("year", &year.to_string())]),
                );
                // The place a year before, among those with values then.
                // Only a move among as many as now says something.
                let prev = compare::places(&owned, year - 1, ind.direction());
                if let Some(&(_, before, _)) = prev.iter().find(|p| p.0 == home && p.2 == of) {
                    out.push_str(&self.theme.fill(
                        "chart_summary_rank_change",
                        &[
                            (
                                "change",
                                &crate::locale::rank_change(before as i64, place as i64, lang),
                            ),
                            ("year", &(year - 1).to_string()),
                        ],
                    ));
                }
                out.push('.');
            }
            None => out.push_str(&self.theme.fill(
                "chart_ranked_plain",
                &[
                    ("n", &places.len().to_string()),
                    ("noun", self.entity_noun(i)),
                    ("year", &year.to_string()),
                ],
            )),
        }
        out
    }
}

pub fn chart_data(r: &Renderer, req: &ChartRequest) -> ChartData {
    let ind = &r.inputs.indicators[req.indicator];
    let facts = &r.derived.indicators[req.indicator];
    let f = r.fmt(ind);
    let lang = r.inputs.config.language;
    let targets = ind
        .targets
        .iter()
        .filter_map(|t| {
            let cs = conditions(t);
            let thresholds: Vec<f64> = cs.iter().filter_map(Condition::threshold).collect();
            let band = match cs.as_slice() {
                [
                    Condition::AtLeast(a) | Condition::Above(a),
                    Condition::AtMost(b) | Condition::Below(b),
                ]
                | [
                    Condition::AtMost(b) | Condition::Below(b),
                    Condition::AtLeast(a) | Condition::Above(a),
                ] => Some((*a, *b)),
                _ => None,
            };
            let value = thresholds.first().copied();
            (value.is_some() || band.is_some()).then(|| TargetMark {
                year: t.year,
                label: format!(
                    "{} {}",
                    r.theme.t("target"),
                    text::target_in(t, &f, r.theme)
                ),
                value,
                band,
            })
        })
        .collect();
    let series = r.request_series(req);
    let ids: Vec<&str> = series.iter().map(|s| s.entity.as_str()).collect();
    let labels = r.chart_labels(&ids);
    let year = match req.plan {
        Plan::Ranked => ranked_year(r, req),
        _ => None,
    };
    let mut out: Vec<ChartSeries> = series
        .iter()
        .zip(labels)
        .map(|(s, label)| ChartSeries {
            id: s.entity.clone(),
            label,
            name: r.entity_name(&s.entity),
            points: match year {
                Some(y) => s
                    .points
                    .iter()
                    .filter(|p| p.year == y)
                    .map(|p| (p.year, p.value))
                    .collect(),
                None => s.pairs(),
            },
            median: false,
            gaps: s.gaps.iter().map(|g| g.year).collect(),
        })
        .collect();
    let (median, band) = match req.plan {
        Plan::Line { median, band } => (median, band),
        _ => (false, false),
    };
    // Computed averages are drawn as reference lines: the nation's (unless
    // the median of every unit is drawn: it plays that part), and that of
    // the home entity's region.
    if matches!(req.plan, Plan::Line { .. }) {
        let mut averages = r.chart_averages(req);
        if median {
            averages.retain(|a| a.id != NATION_AVERAGE_ID);
        }
        out.extend(averages);
    }
    if median {
        let label = charts::median_label(lang).to_string();
        out.push(ChartSeries {
            id: "\u{0}median".into(),
            name: format!("{label} ({})", facts.series.len()),
            label,
            points: compare::quantile_by_year(&facts.series, 0.5, 3),
            median: true,
            gaps: Vec::new(),
        });
    }
    let band = band
        .then(|| {
            let lo = compare::quantile_by_year(&facts.series, 0.25, 4);
            let hi = compare::quantile_by_year(&facts.series, 0.75, 4);
            let years: Vec<(i32, f64, f64)> =
                lo.iter().zip(&hi).map(|(a, b)| (a.0, a.1, b.1)).collect();
            (years.len() >= 2).then(|| Band {
                years,
                of: facts.series.len(),
                noun: r.entity_noun(req.indicator).to_string(),
            })
        })
        .flatten();
    ChartData {
        title: r.chart_title(req, &series),
        unit: ind.unit.clone(),
        decimals: ind.decimals(),
        lower_is_better: ind.direction() == Direction::LowerIsBetter,
        rank: ind.kind == crate::model::IndicatorKind::Rank,
        lang,
        series: out,
        targets,
        highlight: Some(facts.primary.clone()),
        band,
    }
}
