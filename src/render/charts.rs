//! Glue between the derived data and the chart drawing in `crate::charts`:
//! picks the series, targets and labels of a chart request.

use super::Renderer;
use super::blocks::{ChartKind, ChartRequest};
use super::text;
use crate::charts::{self, ChartData, Series as ChartSeries, TargetMark};
use crate::derive::Series;
use crate::derive::status::{Condition, conditions};

/// The SVG of a chart, drawn from the series given.
pub fn draw(r: &Renderer, req: &ChartRequest, series: &[&Series]) -> Option<String> {
    let data = chart_data(r, req, series);
    if data.series.iter().all(|s| s.points.is_empty()) {
        return None;
    }
    Some(match req.kind {
        ChartKind::Line => charts::line_svg(&data),
        ChartKind::Bar => {
            let year = req
                .year
                .or_else(|| r.derived.indicators[req.indicator].last_year)?;
            charts::bar_svg(&data, year)
        }
        ChartKind::Progress => charts::progress_svg(&data),
    })
}

pub fn chart_data(r: &Renderer, req: &ChartRequest, series: &[&Series]) -> ChartData {
    let ind = &r.inputs.indicators[req.indicator];
    let facts = &r.derived.indicators[req.indicator];
    let f = r.fmt(ind);
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
                label: format!("{} {}", r.theme.t("target"), text::target(t, &f, r.theme)),
                value,
                band,
            })
        })
        .collect();
    ChartData {
        title: r.chart_title(req, series),
        unit: ind.unit.clone(),
        decimals: ind.decimals(),
        lower_is_better: ind.direction() == crate::model::Direction::LowerIsBetter,
        lang: r.inputs.config.language,
        series: series
            .iter()
            .map(|s| ChartSeries {
                id: s.entity.clone(),
                label: r.entity_name(&s.entity),
                points: match (req.kind, req.year.or(facts.last_year)) {
                    (ChartKind::Bar, Some(y)) => s
                        .points
                        .iter()
                        .filter(|p| p.year == y)
                        .map(|p| (p.year, p.value))
                        .collect(),
                    _ => s.pairs(),
                },
            })
            .collect(),
        targets,
        highlight: Some(facts.primary.clone()),
    }
}
