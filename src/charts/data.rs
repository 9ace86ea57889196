//! What a chart is drawn from: the series, targets and band of one
//! indicator, and how its values are written.

use crate::config::Language;

use super::text::clean;

/// One chart's data.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// Accessible name, e.g. "SIPAS – Yên Bái, 2017–2019".
    pub title: String,
    /// "%", "điểm", "bậc"…
    pub unit: String,
    pub decimals: u8,
    /// Ranks: the best (smallest) value is drawn at the top.
    pub lower_is_better: bool,
    /// The values are places in a ranking: written "hạng 35", not "35 bậc".
    pub rank: bool,
    pub lang: Language,
    /// Line: one per entity (at most six are drawn); ranked: one point per
    /// entity for the chosen year.
    pub series: Vec<Series>,
    pub targets: Vec<TargetMark>,
    /// Entity id drawn emphasised (the site's region).
    pub highlight: Option<String>,
    /// Line charts: a faint band for the entities not drawn.
    pub band: Option<Band>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Series {
    pub id: String,
    /// What the chart writes: the short label.
    pub label: String,
    /// The full name, for `<desc>`.
    pub name: String,
    /// Sorted by year.
    pub points: Vec<(i32, f64)>,
    /// A reference line: the median of all entities, or a computed
    /// average (drawn thin, dotted, unmarked).
    pub median: bool,
    /// Years declared without a value (not ranked, not published): the
    /// line breaks there instead of joining its neighbours.
    pub gaps: Vec<i32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TargetMark {
    pub year: i32,
    /// Already-localised condition text like "Mục tiêu 2020: trên 92%".
    pub label: String,
    /// Threshold line.
    pub value: Option<f64>,
    /// Range.
    pub band: Option<(f64, f64)>,
}

/// Per year, the lower and upper quartile of all entities.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub years: Vec<(i32, f64, f64)>,
    /// How many entities it is drawn from, and what they are ("tỉnh, thành phố").
    pub of: usize,
    pub noun: String,
}

impl ChartData {
    /// A value as a label or `<desc>` writes it: "86,40%", "hạng 35".
    pub fn value_text(&self, v: f64) -> String {
        if self.rank {
            crate::locale::rank_place(v.round().max(0.0) as usize, None, self.lang)
        } else {
            crate::locale::format_value(v, self.decimals, &clean(&self.unit), self.lang)
        }
    }
}

/// Finite points of a series.
pub(crate) fn points(s: &Series) -> Vec<(i32, f64)> {
    s.points
        .iter()
        .copied()
        .filter(|(_, v)| v.is_finite())
        .collect()
}

/// Value suffix for axis ticks: only "%" sits on the numbers.
pub(crate) fn tick_label(v: f64, decimals: u8, unit: &str, lang: Language) -> String {
    let n = crate::locale::format_number(v, decimals, lang);
    if unit == "%" { format!("{n}%") } else { n }
}
