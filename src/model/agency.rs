//! An agency (`content/data/agencies/<id>.yaml`): its heads over time and
//! what they were made responsible for.

use std::path::PathBuf;

use serde::Deserialize;

use super::date::Day;
use super::locator::Locator;
use crate::diagnostics::Pos;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum AgencyKind {
    Province,
    Department,
    District,
    Commune,
    Other,
}

impl AgencyKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            AgencyKind::Province => "province",
            AgencyKind::Department => "department",
            AgencyKind::District => "district",
            AgencyKind::Commune => "commune",
            AgencyKind::Other => "other",
        }
    }
}

/// `content/data/agencies/<id>.yaml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub file: PathBuf,
    pub name: String,
    /// Used where space is short (chart labels): "Yên Bái" for "Ủy ban nhân
    /// dân tỉnh Yên Bái". Without it, charts drop the administrative prefix.
    pub short_name: Option<String>,
    pub kind: AgencyKind,
    /// Another agency's id, or the region's.
    pub parent: Option<String>,
    #[serde(skip)]
    pub parent_pos: Pos,
    /// The current head, when there has been one.
    pub head: Option<Head>,
    /// Heads over time, each with `since` and optional `until`.
    #[serde(default)]
    pub heads: Vec<Head>,
    #[serde(default)]
    pub responsibilities: Vec<Responsibility>,
    /// The last day the unit existed (a province merged on 1 July 2025
    /// ends on 30 June 2025).
    pub until: Option<Day>,
    /// The units that carry on its work after `until`.
    #[serde(default)]
    pub successors: Vec<String>,
    /// The units it was formed from.
    #[serde(default)]
    pub formed_from: Vec<String>,
    /// Where the parts of the YAML file are.
    #[serde(skip)]
    pub at: Locator,
}

impl Agency {
    /// The short name charts and lists show, else the name.
    pub fn label(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    pub name: String,
    pub title: Option<String>,
    pub since: Option<Day>,
    pub until: Option<Day>,
    #[serde(skip)]
    pub pos: Pos,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    pub task: String,
    pub due: Day,
    /// Absent: not done yet.
    pub done: Option<Day>,
    #[serde(default)]
    pub indicators: Vec<String>,
    /// Free text shown beside the task (e.g. where a date comes from).
    pub note: Option<String>,
    #[serde(skip)]
    pub pos: Pos,
    #[serde(skip)]
    pub indicator_pos: Vec<Pos>,
}
