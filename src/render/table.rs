//! The values table as a typed view: years across, one row per unit, the
//! notes and sources numbered below, computed averages last. Serialized
//! straight into the template's context (no JSON tree in between): at the
//! commune scale it is the largest view there is.

use serde::Serialize;

use crate::derive::Series;
use crate::model::{IndicatorIx, Source};

use super::renderer::Renderer;

/// What `partials/values_table.html` shows as `table`.
#[derive(Serialize)]
pub struct ValuesTable<'a> {
    pub years: Vec<i32>,
    pub rows: Vec<Row<'a>>,
    pub averages: Vec<AverageRow>,
    pub notes: Vec<Note<'a>>,
    pub caption: String,
}

/// One unit's values, year by year.
#[derive(Serialize)]
pub struct Row<'a> {
    pub entity: String,
    pub url: Option<String>,
    pub cells: Vec<Cell<'a>>,
}

/// A year of a unit: a value (with its group), a year declared without a
/// value (in words), or nothing.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Cell<'a> {
    Value {
        text: String,
        note: Option<usize>,
        group: Option<&'a str>,
    },
    Gap {
        text: String,
        note: Option<usize>,
        gap: bool,
    },
    Empty {
        text: &'static str,
        note: Option<usize>,
    },
}

/// An average baocao computed, marked as computed.
#[derive(Serialize)]
pub struct AverageRow {
    pub entity: String,
    pub cells: Vec<AverageCell>,
    pub computed: bool,
}

/// A year of an average: its value and how many units it is over.
#[derive(Serialize)]
#[serde(untagged)]
pub enum AverageCell {
    Value { text: String, of: usize },
    Empty { text: &'static str },
}

/// A note or source under the table, numbered by its place.
#[derive(Serialize, PartialEq)]
pub struct Note<'a> {
    pub text: Option<&'a str>,
    pub source: Option<SourceLink<'a>>,
}

#[derive(Serialize, PartialEq)]
pub struct SourceLink<'a> {
    pub title: &'a str,
    pub url: Option<&'a str>,
}

/// The notes under a table, each written once and numbered from 1: a
/// note, a source (its title, and its address when it has one), or both.
#[derive(Default)]
struct Notes<'a> {
    list: Vec<Note<'a>>,
}

impl<'a> Notes<'a> {
    fn number(&mut self, note: Option<&'a str>, source: Option<&'a Source>) -> Option<usize> {
        if note.is_none() && source.is_none() {
            return None;
        }
        let v = Note {
            text: note,
            source: source.map(|s| SourceLink {
                title: &s.title,
                url: s.url.as_deref(),
            }),
        };
        Some(match self.list.iter().position(|x| *x == v) {
            Some(k) => k + 1,
            None => {
                self.list.push(v);
                self.list.len()
            }
        })
    }
}

impl<'r> Renderer<'r> {
    /// Years × these series of indicator `i`, with notes and sources
    /// numbered below the table; a year declared without a value says why
    /// in words; computed averages come last.
    pub fn values_table_of(&self, i: IndicatorIx, series: &[&'r Series]) -> ValuesTable<'r> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let f = self.fmt(ind);
        let years = years_of(series);
        let mut notes = Notes::default();
        let rows = series
            .iter()
            .map(|s| Row {
                entity: self.entity_name(&s.entity),
                url: self.entity_url(&s.entity),
                cells: years
                    .iter()
                    .map(|&y| {
                        if let Some(p) = s.points.iter().find(|p| p.year == y) {
                            let of = if f.is_rank() {
                                facts.ranked_of(p.year, p.of)
                            } else {
                                None
                            };
                            Cell::Value {
                                text: f.cell(p.value, of),
                                note: notes.number(p.note.as_deref(), p.source.as_deref()),
                                group: p.group.as_deref(),
                            }
                        } else if let Some(g) = s.gaps.iter().find(|g| g.year == y) {
                            Cell::Gap {
                                text: self
                                    .theme
                                    .t(&format!("obs_{}", g.status.as_str()))
                                    .to_string(),
                                note: notes.number(g.note.as_deref(), g.source.as_deref()),
                                gap: true,
                            }
                        } else {
                            Cell::Empty {
                                text: "",
                                note: None,
                            }
                        }
                    })
                    .collect(),
            })
            .collect();
        let averages = if series.is_empty() {
            Vec::new()
        } else {
            facts
                .averages
                .iter()
                .map(|a| AverageRow {
                    entity: self.average_name(a.over),
                    cells: years
                        .iter()
                        .map(|y| match a.points.iter().find(|p| p.0 == *y) {
                            Some(&(_, v, n)) => AverageCell::Value {
                                text: f.cell(v, None),
                                of: n,
                            },
                            None => AverageCell::Empty { text: "" },
                        })
                        .collect(),
                    computed: true,
                })
                .collect()
        };
        let unit = if f.is_rank() {
            self.theme.t("rank_unit")
        } else {
            ind.unit.as_str()
        };
        ValuesTable {
            years,
            rows,
            averages,
            notes: notes.list,
            caption: format!("{} ({unit})", ind.label()),
        }
    }
}

/// Every year any of the series has a value or a declared gap, in order.
fn years_of(series: &[&Series]) -> Vec<i32> {
    let mut years: Vec<i32> = series
        .iter()
        .flat_map(|s| {
            let gaps = s.gaps.iter().map(|g| g.year);
            s.points.iter().map(|p| p.year).chain(gaps)
        })
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}
