//! An indicator (`content/data/indicators/<id>.yaml`): its targets and
//! their conditions, its observations and the parts of a composite index.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use super::csv_file::{CsvFormat, CsvOrigin};
use super::date::Day;
use super::locator::Locator;
use crate::diagnostics::Pos;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    Percent,
    Score,
    Rank,
    Count,
    Money,
}

impl IndicatorKind {
    /// As written in the YAML and in `data/indicators.json`.
    pub fn as_str(&self) -> &'static str {
        match self {
            IndicatorKind::Percent => "percent",
            IndicatorKind::Score => "score",
            IndicatorKind::Rank => "rank",
            IndicatorKind::Count => "count",
            IndicatorKind::Money => "money",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

/// `content/data/indicators/<id>.yaml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub file: PathBuf,
    /// Full name, shown as the page title.
    pub name: String,
    /// Short name for charts and tables (SIPAS, PAR INDEX).
    pub short_name: Option<String>,
    /// Unit label: "%", "điểm", "bậc", "hồ sơ".
    #[serde(default)]
    pub unit: String,
    pub kind: IndicatorKind,
    /// Defaults to lower_is_better for ranks, higher_is_better otherwise.
    pub direction: Option<Direction>,
    /// Decimals shown; defaults to 2 for percent and score, 0 otherwise.
    pub decimals: Option<u8>,
    pub source: Option<String>,
    /// The agency accountable for the indicator.
    pub owner: Option<String>,
    /// When the data officer last updated the values (shown on the page).
    pub updated: Option<Day>,
    /// How many months after a year ends its figure is due (6: the 2020
    /// figure by 30 June 2021). Until then nobody is "not reported" for
    /// that year. Without it, a year is due once any entity has a value
    /// for it.
    pub due_months: Option<u32>,
    /// Peers shown beside the region in this indicator's charts; replaces
    /// the site's `compare:`.
    pub compare: Option<Vec<String>>,
    /// How `<id>.csv` beside this file is written, when it is not detected.
    pub csv: Option<CsvFormat>,
    /// Markdown.
    pub description: Option<String>,
    /// The parts of a composite index, in the order they are published.
    #[serde(default)]
    pub components: Vec<Component>,
    /// The components of an observation add up to its value.
    #[serde(default)]
    pub components_add_up: bool,
    #[serde(default)]
    pub targets: Vec<Target>,
    #[serde(default)]
    pub observations: Vec<Observation>,
    /// Where the parts of the YAML file are (`owner`, `targets[2]`,
    /// `observations[40].entity`).
    #[serde(skip)]
    pub at: Locator,
    /// Observations read from `<id>.csv` follow those of the YAML file;
    /// this says where each of them is.
    #[serde(skip)]
    pub csv_origin: Option<std::sync::Arc<CsvOrigin>>,
}

/// The parts of an observation a message can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObsPart {
    Row,
    Year,
    Entity,
    Value,
}

impl Indicator {
    /// The file and position of part of observation `i`: a line of the
    /// YAML file, or a row and column of the CSV file.
    pub fn observation_at(&self, i: usize, part: ObsPart) -> (&std::path::Path, Pos) {
        if let Some(csv) = &self.csv_origin
            && i >= csv.first
            && let Some(cell) = csv.cells.get(i - csv.first)
        {
            let col = match part {
                ObsPart::Row => 1,
                ObsPart::Year => cell.cols[0],
                ObsPart::Entity => cell.cols[1],
                ObsPart::Value => cell.cols[2],
            };
            return (&csv.file, Pos::new(cell.line as usize, col as usize));
        }
        let path = match part {
            ObsPart::Row => format!("observations[{i}]"),
            ObsPart::Year => format!("observations[{i}].year"),
            ObsPart::Entity => format!("observations[{i}].entity"),
            ObsPart::Value => format!("observations[{i}].value"),
        };
        (&self.file, self.at.locate(&path))
    }

    pub fn direction(&self) -> Direction {
        self.direction
            .unwrap_or(if self.kind == IndicatorKind::Rank {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            })
    }
    pub fn decimals(&self) -> u8 {
        self.decimals.unwrap_or(match self.kind {
            IndicatorKind::Percent | IndicatorKind::Score => 2,
            _ => 0,
        })
    }
    pub fn label(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }
}

/// A target for one year: every condition given must hold.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub year: i32,
    pub above: Option<f64>,
    pub at_least: Option<f64>,
    pub below: Option<f64>,
    pub at_most: Option<f64>,
    pub equals: Option<f64>,
    /// Change against the previous year's value, in the better direction.
    pub improve_by: Option<ImproveBy>,
    /// Shown instead of a generated description.
    pub label: Option<String>,
}

/// One condition of a target.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
#[serde(tag = "op", content = "value", rename_all = "snake_case")]
pub enum Condition {
    Above(f64),
    AtLeast(f64),
    Below(f64),
    AtMost(f64),
    Equals(f64),
    ImproveBy(ImproveBy),
}

pub fn conditions(t: &Target) -> Vec<Condition> {
    let mut c = Vec::new();
    if let Some(v) = t.above {
        c.push(Condition::Above(v));
    }
    if let Some(v) = t.at_least {
        c.push(Condition::AtLeast(v));
    }
    if let Some(v) = t.below {
        c.push(Condition::Below(v));
    }
    if let Some(v) = t.at_most {
        c.push(Condition::AtMost(v));
    }
    if let Some(v) = t.equals {
        c.push(Condition::Equals(v));
    }
    if let Some(v) = t.improve_by {
        c.push(Condition::ImproveBy(v));
    }
    c
}

impl Condition {
    /// The threshold value, for conditions that have one.
    pub fn threshold(&self) -> Option<f64> {
        match *self {
            Condition::Above(v)
            | Condition::AtLeast(v)
            | Condition::Below(v)
            | Condition::AtMost(v)
            | Condition::Equals(v) => Some(v),
            Condition::ImproveBy(_) => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ImproveBy {
    pub min: f64,
    pub max: Option<f64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub year: i32,
    /// The region's id when absent.
    pub entity: Option<String>,
    /// Absent only when `status` says why (not ranked, not published).
    pub value: Option<f64>,
    /// For a rank: how many were ranked that year ("hạng 21/63").
    pub of: Option<u32>,
    pub note: Option<String>,
    /// Why there is no value: `not_ranked` or `not_published`.
    pub status: Option<ObsStatus>,
    /// The group published with the value: "Khá", "Trung bình cao".
    pub group: Option<String>,
    /// The value of each of the indicator's `components`, by id.
    pub components: Option<Box<BTreeMap<String, f64>>>,
    /// Where the figure was published.
    pub source: Option<Box<Source>>,
}

/// Why an observation has no value. Shown as words, never as a zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObsStatus {
    /// The unit was assessed but not given a place (PAPI some years).
    NotRanked,
    /// Nothing was published for that year (PCI past the top 30).
    NotPublished,
}

impl ObsStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            ObsStatus::NotRanked => "not_ranked",
            ObsStatus::NotPublished => "not_published",
        }
    }
}

/// A publication: `source: { title: ..., url: https://... }`.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: Option<String>,
}

/// A part of a composite index (a PAR INDEX field, a PAPI dimension).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    pub id: String,
    pub name: String,
    /// The most it can score (PAPI: 10 per dimension).
    pub max: Option<f64>,
    /// Its unit when it has no maximum.
    pub unit: Option<String>,
}
