//! A composite index's components on its indicator page: the latest
//! year's parts with their maximum, share and change, every year's parts
//! in a table, and a chart of each part as a share of its maximum.

use serde_json::{Value, json};

use super::renderer::Renderer;
use crate::charts::{self, ChartData, Series as ChartSeries};
use crate::locale::{format_change, format_number};

impl Renderer<'_> {
    /// `None` when the indicator has no components or its home entity no
    /// value of them.
    pub fn components_view(&self, i: usize) -> Value {
        let ind = &self.inputs.indicators[i];
        let facts = &self.derived.indicators[i];
        let lang = self.inputs.config.language;
        let Some(series) = facts
            .primary_series()
            .filter(|_| !ind.components.is_empty())
        else {
            return Value::Null;
        };
        let with: Vec<_> = series
            .points
            .iter()
            .filter(|p| p.components.is_some())
            .collect();
        let Some(latest) = with.last() else {
            return Value::Null;
        };
        let previous = with
            .iter()
            .rev()
            .nth(1)
            .filter(|p| p.year == latest.year - 1);
        let dec = ind.decimals();
        let part = |p: &crate::derive::Point, id: &str| {
            p.components.as_ref().and_then(|m| m.get(id)).copied()
        };
        let rows: Vec<Value> = ind
            .components
            .iter()
            .map(|c| {
                let v = part(latest, &c.id);
                let before = previous.and_then(|p| part(p, &c.id));
                let unit = c.unit.as_deref().unwrap_or("");
                json!({
                    "name": c.name,
                    "value": v.map(|v| format_number(v, dec, lang)),
                    "max": c.max.map(|m| format_number(m, if m.fract() == 0.0 { 0 } else { dec }, lang)),
                    "unit": unit,
                    "share": v.zip(c.max).map(|(v, m)| format_number(100.0 * v / m, 1, lang) + "%"),
                    "share_value": v.zip(c.max).map(|(v, m)| (v / m).clamp(0.0, 1.0)),
                    "change": v.zip(before).map(|(v, b)| format_change(v - b, dec, unit, lang)),
                    "change_sign": v.zip(before).map(|(v, b)| if v > b { "improved" } else if v < b { "worsened" } else { "unchanged" }),
                })
            })
            .collect();
        let years: Vec<i32> = with.iter().map(|p| p.year).collect();
        let by_year: Vec<Value> = ind
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
                json!({"name": c.name, "cells": cells})
            })
            .collect();
        json!({
            "year": latest.year,
            "previous": previous.map(|p| p.year),
            "entity": self.entity_name(&series.entity),
            "rows": rows,
            "has_max": ind.components.iter().any(|c| c.max.is_some()),
            "years": years,
            "by_year": by_year,
            "svg": self.components_chart(i, latest),
        })
    }

    /// Each component as a share of its maximum, largest first; only when
    /// every component has a maximum.
    fn components_chart(&self, i: usize, latest: &crate::derive::Point) -> Option<String> {
        let ind = &self.inputs.indicators[i];
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
        Some(charts::responsive(|w| {
            charts::ranked_svg(&data, latest.year, w)
        }))
    }
}
