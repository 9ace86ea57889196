//! Glue between the derived data and the chart drawing in `crate::charts`:
//! picks the series, targets and labels of a chart request, draws each
//! distinct chart once (the cache), and makes the standalone files: an SVG
//! per indicator chart for other sites to embed, a PNG card for sharing.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::Renderer;
use super::blocks::{ChartKind, ChartRequest};
use super::text;
use crate::charts::{self, ChartData, Series as ChartSeries, TargetMark};
use crate::derive::Series;
use crate::derive::status::{Condition, conditions};

/// Drawn charts by key: indicator, kind, entities, year.
#[derive(Default)]
pub struct Cache(Mutex<HashMap<String, Arc<str>>>);

impl Cache {
    fn get_or(&self, key: String, draw: impl FnOnce() -> Option<String>) -> Option<Arc<str>> {
        if let Some(svg) = self.0.lock().expect("chart cache").get(&key) {
            return Some(svg.clone());
        }
        // Drawn outside the lock; two threads may draw the same chart once
        // each, both give the same bytes.
        let svg: Arc<str> = draw()?.into();
        self.0.lock().expect("chart cache").insert(key, svg.clone());
        Some(svg)
    }
}

fn key(req: &ChartRequest) -> String {
    format!(
        "{}|{}|{}|{:?}",
        req.indicator,
        req.kind.as_str(),
        req.entities.join(","),
        req.year
    )
}

/// The SVG of a chart, drawn from the series given (once per request).
pub fn draw(r: &Renderer, req: &ChartRequest, series: &[&Series]) -> Option<Arc<str>> {
    r.chart_cache.get_or(key(req), || {
        let data = chart_data(r, req, series);
        if data.series.iter().all(|s| s.points.is_empty()) {
            return None;
        }
        Some(match req.kind {
            ChartKind::Line => charts::line_svg(&data),
            ChartKind::Bar => {
                let year = req.year.or(r.derived.indicators[req.indicator].last_year)?;
                charts::bar_svg(&data, year)
            }
            ChartKind::Progress => charts::progress_svg(&data),
        })
    })
}

impl Renderer<'_> {
    /// The series a request shows: the entities it names, or all.
    pub fn request_series(&self, req: &ChartRequest) -> Vec<&Series> {
        self.derived.indicators[req.indicator]
            .series
            .iter()
            .filter(|s| req.entities.is_empty() || req.entities.contains(&s.entity))
            .collect()
    }

    /// The charts an indicator page shows, as requests: its line chart (up
    /// to six entities), and a bar chart when several entities have a value
    /// in the latest year.
    pub fn indicator_requests(&self, i: usize) -> Vec<ChartRequest> {
        let facts = &self.derived.indicators[i];
        let mut out = Vec::new();
        if facts.series.is_empty() {
            return out;
        }
        let entities: Vec<String> = facts
            .series
            .iter()
            .take(6)
            .map(|s| s.entity.clone())
            .collect();
        out.push(ChartRequest {
            indicator: i,
            kind: ChartKind::Line,
            entities,
            year: None,
        });
        if let Some(y) = facts.last_year {
            let n = facts
                .series
                .iter()
                .filter(|s| s.points.iter().any(|p| p.year == y))
                .count();
            if n > 1 {
                out.push(ChartRequest {
                    indicator: i,
                    kind: ChartKind::Bar,
                    entities: Vec::new(),
                    year: Some(y),
                });
            }
        }
        out
    }

    /// `/indicators/<id>/<kind>.svg`: a standalone file other sites embed.
    pub fn standalone_svg(&self, req: &ChartRequest) -> Vec<u8> {
        let series = self.request_series(req);
        let svg = draw(self, req, &series).unwrap_or_else(|| Arc::from(""));
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
            kind: ChartKind::Line,
            entities: vec![self.derived.indicators[i].primary.clone()],
            year: None,
        };
        let series = self.request_series(&req);
        let data = chart_data(self, &req, &series);
        let subtitle = self.chart_summary(i, &series);
        charts::card_png(&ind.name, &subtitle, &data)
    }

    /// The URL of the card an indicator page (or a page citing it) shares.
    pub fn card_url(&self, i: usize) -> Option<String> {
        (!self.derived.indicators[i].series.is_empty())
            .then(|| self.permalink(&format!("{}card.png", self.derived.indicators[i].url)))
    }
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
    let bar_year = req.year.or(facts.last_year);
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
                points: match (req.kind, bar_year) {
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

impl Cache {
    /// Drops the charts of the indicators given, so they are drawn again.
    pub fn forget(&self, indicators: &std::collections::HashSet<usize>) {
        self.0.lock().expect("chart cache").retain(|k, _| {
            let i: Option<usize> = k.split('|').next().and_then(|s| s.parse().ok());
            i.is_none_or(|i| !indicators.contains(&i))
        });
    }
}
