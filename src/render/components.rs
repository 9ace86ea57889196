//! A composite index's components on its indicator page: the latest
//! year's parts with their maximum, share and change, every year's parts
//! in a table, and a chart of each part as a share of its maximum.

use serde::Serialize;

use super::renderer::Renderer;
use crate::charts::{self, ChartData, Series as ChartSeries};
use crate::derive::Point;
use crate::locale::{format_change, format_number};
use crate::model::IndicatorIx;

/// A composite index's components (`components` of `indicator.html`).
#[derive(Serialize)]
pub struct ComponentsView<'a> {
    year: i32,
    previous: Option<i32>,
    entity: String,
    rows: Vec<ComponentRow<'a>>,
    has_max: bool,
    years: Vec<i32>,
    by_year: Vec<ComponentYears<'a>>,
    svg: Option<String>,
    /// The ids the chart writes, for `check`.
    #[serde(skip)]
    pub chart_ids: Vec<String>,
}

/// A component in the latest year: its value, maximum, share and change.
#[derive(Serialize)]
pub struct ComponentRow<'a> {
    name: &'a str,
    value: Option<String>,
    max: Option<String>,
    unit: &'a str,
    share: Option<String>,
    /// The share as a number from 0 to 1 (none when not a number, as
    /// JSON has none).
    share_value: Option<f64>,
    change: Option<String>,
    change_sign: Option<&'static str>,
}

/// A component's value in every year.
#[derive(Serialize)]
pub struct ComponentYears<'a> {
    name: &'a str,
    cells: Vec<String>,
}

/// The value of component `id` in a year.
fn part(p: &Point, id: &str) -> Option<f64> {
    p.components.as_ref().and_then(|m| m.get(id)).copied()
}

impl Renderer<'_> {
    /// `None` when the indicator has no components or its home entity no
    /// value of them.
    pub fn components_view(&self, i: IndicatorIx) -> Option<ComponentsView<'_>> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let lang = self.inputs.config.language;
        let series = facts
            .primary_series()
            .filter(|_| !ind.components.is_empty())?;
        let with: Vec<_> = series
            .points
            .iter()
            .filter(|p| p.components.is_some())
            .collect();
        let latest = with.last()?;
        let previous = with
            .iter()
            .rev()
            .nth(1)
            .filter(|p| p.year == latest.year - 1);
        let dec = ind.decimals();
        let rows = self.component_rows(i, latest, previous.copied());
        let (svg, chart_ids) = self.components_chart(i, latest).unzip();
        let years: Vec<i32> = with.iter().map(|p| p.year).collect();
        let by_year = ind
            .components
            .iter()
            .map(|c| {
                let cells: Vec<String> = with
                    .iter()
                    .map(|p| {
                        part(p, &c.id)
                            .map(|v| format_number(v, dec, lang))
                            .unwrap_or_default()
                    })
                    .collect();
                ComponentYears {
                    name: &c.name,
                    cells,
                }
            })
            .collect();
        Some(ComponentsView {
            year: latest.year,
            previous: previous.map(|p| p.year),
            entity: self.entity_name(&series.entity),
            rows,
            has_max: ind.components.iter().any(|c| c.max.is_some()),
            years,
            by_year,
            svg,
            chart_ids: chart_ids.unwrap_or_default(),
        })
    }

    /// Each component in the latest year beside the year before.
    fn component_rows(
        &self,
        i: IndicatorIx,
        latest: &Point,
        previous: Option<&Point>,
    ) -> Vec<ComponentRow<'_>> {
        let ind = self.indicator_of(i);
        let lang = self.inputs.config.language;
        let dec = ind.decimals();
        ind.components
            .iter()
            .map(|c| {
                let v = part(latest, &c.id);
                let before = previous.and_then(|p| part(p, &c.id));
                let unit = c.unit.as_deref().unwrap_or("");
                ComponentRow {
                    name: &c.name,
                    value: v.map(|v| format_number(v, dec, lang)),
                    max: c
                        .max
                        .map(|m| format_number(m, if m.fract() == 0.0 { 0 } else { dec }, lang)),
                    unit,
                    share: v
                        .zip(c.max)
                        .map(|(v, m)| format_number(100.0 * v / m, 1, lang) + "%"),
                    share_value: v
                        .zip(c.max)
                        .map(|(v, m)| (v / m).clamp(0.0, 1.0))
                        .filter(|s| s.is_finite()),
                    change: v
                        .zip(before)
                        .map(|(v, b)| format_change(v - b, dec, unit, lang)),
                    change_sign: v.zip(before).map(|(v, b)| {
                        if v > b {
                            "improved"
                        } else if v < b {
                            "worsened"
                        } else {
                            "unchanged"
                        }
                    }),
                }
            })
            .collect()
    }

    /// Each component as a share of its maximum, largest first; only when
    /// every component has a maximum.
    fn components_chart(&self, i: IndicatorIx, latest: &Point) -> Option<(String, Vec<String>)> {
        let ind = self.indicator_of(i);
        let parts = latest.components.as_ref()?;
        if ind.components.iter().any(|c| c.max.is_none()) {
            return None;
        }
        let series: Vec<ChartSeries> = ind
            .components
            .iter()
            .filter_map(|c| {
                let v = parts.get(&c.id)?;
                Some(ChartSeries {
                    id: c.id.clone(),
                    label: c.name.clone(),
                    name: c.name.clone(),
                    points: vec![(latest.year, 100.0 * v / c.max?)],
                    median: false,
                    gaps: Vec::new(),
                })
            })
            .collect();
        if series.len() < 2 {
            return None;
        }
        let data = ChartData {
            title: self
                .theme
                .fill("components_chart", &[("year", &latest.year.to_string())]),
            unit: "%".into(),
            decimals: 1,
            lower_is_better: false,
            rank: false,
            lang: self.inputs.config.language,
            series,
            targets: Vec::new(),
            highlight: None,
            band: None,
        };
        let svg = charts::responsive(|w| charts::ranked_svg(&data, latest.year, w));
        Some((svg, charts::ids("bar", &data.title)))
    }
}
