//! Chart data: what a chart request draws, as `crate::charts` takes it:
//! each entity's series with a short label (and its lifespan, for a unit
//! that ended or was formed), the averages, median and band drawn for
//! reference, and the targets.

use super::spec::{ChartRequest, Plan};
use crate::charts::names::{Named, labels};
use crate::charts::{self, Band, ChartData, Series as ChartSeries, TargetMark};
use crate::derive::Series;
use crate::derive::compare;
use crate::derive::status::{Condition, conditions};
use crate::model::{Direction, Indicator};
use crate::render::renderer::Renderer;
use crate::render::text;

/// The chart series id of the national average.
const NATION_AVERAGE_ID: &str = "\u{0}avg0";

/// What `req` draws: the series of its entities, reference lines, band
/// and target marks.
pub fn chart_data(r: &Renderer, req: &ChartRequest) -> ChartData {
    let ind = &r.inputs.indicators[req.indicator];
    let facts = &r.derived.indicators[req.indicator];
    let targets = target_marks(r, ind);
    let series = r.request_series(req);
    let mut out = entity_series(r, req, &series);
    let (median, band) = match req.plan {
        Plan::Line { median, band } => (median, band),
        _ => (false, false),
    };
    out.extend(reference_lines(r, req, median));
    ChartData {
        title: r.chart_title(req, &series),
        unit: ind.unit.clone(),
        decimals: ind.decimals(),
        lower_is_better: ind.direction() == Direction::LowerIsBetter,
        rank: ind.kind == crate::model::IndicatorKind::Rank,
        lang: r.inputs.config.language,
        series: out,
        targets,
        highlight: facts.primary_entity().map(str::to_owned),
        band: band.then(|| quartile_band(r, req)).flatten(),
    }
}

/// The targets of `ind` a chart marks: those with a threshold or a band.
fn target_marks(r: &Renderer, ind: &Indicator) -> Vec<TargetMark> {
    let f = r.fmt(ind);
    ind.targets
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
        .collect()
}

/// The series of the entities `req` shows, labelled; a ranking's only of
/// its year.
fn entity_series(r: &Renderer, req: &ChartRequest, series: &[&Series]) -> Vec<ChartSeries> {
    let ids: Vec<&str> = series.iter().map(|s| s.entity.as_str()).collect();
    let labels = r.chart_labels(&ids);
    let year = match req.plan {
        Plan::Ranked => ranked_year(r, req),
        _ => None,
    };
    series
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
        .collect()
}

/// The reference lines of a line chart: computed averages, the nation's
/// (unless the `median` of every unit is drawn: it plays that part) and
/// that of the home entity's region; then the median.
fn reference_lines(r: &Renderer, req: &ChartRequest, median: bool) -> Vec<ChartSeries> {
    let facts = &r.derived.indicators[req.indicator];
    let mut out = Vec::new();
    if matches!(req.plan, Plan::Line { .. }) {
        let mut averages = r.chart_averages(req);
        if median {
            averages.retain(|a| a.id != NATION_AVERAGE_ID);
        }
        out.extend(averages);
    }
    if median {
        let label = charts::median_label(r.inputs.config.language).to_string();
        out.push(ChartSeries {
            id: "\u{0}median".into(),
            name: format!("{label} ({})", facts.series.len()),
            label,
            points: compare::quantile_by_year(&facts.series, 0.5, crate::derive::Median::MIN_UNITS),
            median: true,
            gaps: Vec::new(),
        });
    }
    out
}

/// The band from the lower to the upper quartile of every entity, by year;
/// none for fewer than two years.
fn quartile_band(r: &Renderer, req: &ChartRequest) -> Option<Band> {
    let facts = &r.derived.indicators[req.indicator];
    let lo = compare::quantile_by_year(&facts.series, 0.25, 4);
    let hi = compare::quantile_by_year(&facts.series, 0.75, 4);
    let years: Vec<(i32, f64, f64)> = lo.iter().zip(&hi).map(|(a, b)| (a.0, a.1, b.1)).collect();
    (years.len() >= 2).then(|| Band {
        years,
        of: facts.series.len(),
        noun: r.entity_noun(req.indicator).to_string(),
    })
}

impl Renderer<'_> {
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
        let home = facts.primary_entity();
        facts
            .averages
            .iter()
            .filter(|a| match a.over {
                Over::Nation => true,
                Over::Region(k) => home
                    .is_some_and(|h| self.inputs.config.regions[k].members.iter().any(|m| m == h)),
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
}

pub(super) fn ranked_year(r: &Renderer, req: &ChartRequest) -> Option<i32> {
    req.year.or(r.derived.indicators[req.indicator].last_year)
}
