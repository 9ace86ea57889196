//! What a chart request is: which indicator, what it draws, for whom,
//! which year. Pure data, shared by the request, the data, the drawing and
//! the cache of drawn charts.

use crate::model::ix::IndicatorIx;

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
    pub indicator: IndicatorIx,
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
