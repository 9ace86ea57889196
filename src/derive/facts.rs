//! The facts derive makes of each indicator, agency, page, section and tag.
//! Children of derive read them here, never from derive/mod.rs, which
//! re-exports them (`crate::derive::IndicatorFacts` keeps its path).

use super::series::{Median, Series};
use super::status::{Evaluation, Status};
use super::tasks::TaskStatus;
use super::{averages, groups, lineage, scorecard};
use crate::model::{AgencyIx, IndicatorIx, PageIx};

/// A target judged for each entity with values.
#[derive(Debug, Clone)]
pub struct TargetFacts {
    /// Index into the indicator's `targets`.
    pub index: usize,
    /// Per entity (same order as the indicator's series).
    pub evaluations: Vec<Evaluation>,
    /// For the indicator's primary series (see [`Primary`]).
    pub primary: Evaluation,
}

#[derive(Debug, Clone)]
pub struct IndicatorFacts {
    pub url: String,
    /// One per entity with values: the region first, then by entity id.
    pub series: Vec<Series>,
    /// Whose values the headline, the status and the owner's scorecard
    /// speak for.
    pub primary: Primary,
    pub targets: Vec<TargetFacts>,
    /// Pages that cite the indicator, newest first.
    pub cited_by: Vec<PageIx>,
    /// Agencies with a responsibility linked to the indicator.
    pub responsible: Vec<AgencyIx>,
    /// The latest year with any value.
    pub last_year: Option<i32>,
    /// The latest year whose figure is due (see [`super::due_year`]).
    pub due_year: Option<i32>,
    /// The worst status of the primary entity's targets.
    pub status: Option<Status>,
    /// The entities by parent, with their places in the latest year.
    pub groups: groups::Groups,
    /// National and regional averages, computed.
    pub averages: Vec<averages::Average>,
}

/// Whose values an indicator's headline gives.
#[derive(Debug, Clone)]
pub enum Primary {
    /// One entity's: the region's if it has values (or nobody has), else
    /// the owner's if it has, else the only entity's.
    Entity(String),
    /// Several units, none of them the region or the owner: the median of
    /// their values, year by year. No one unit speaks for the others.
    Median(Median),
}

impl IndicatorFacts {
    /// The series the headline gives: the primary entity's, or the
    /// units' median.
    pub fn primary_series(&self) -> Option<&Series> {
        match &self.primary {
            Primary::Entity(id) => self.series.iter().find(|s| &s.entity == id),
            Primary::Median(m) => Some(&m.series),
        }
    }

    /// The primary entity's id; `None` when the headline is a median.
    pub fn primary_entity(&self) -> Option<&str> {
        match &self.primary {
            Primary::Entity(id) => Some(id),
            Primary::Median(_) => None,
        }
    }

    /// How many were ranked in `year`: as a point declares (`of:`), else
    /// how many entities have a value that year, when they are more than
    /// one and every place is within their number (the data then holds the
    /// whole ranking, not a few places of a larger one).
    pub fn ranked_of(&self, year: i32, declared: Option<u32>) -> Option<usize> {
        declared.map(|n| n as usize).or_else(|| {
            let places: Vec<f64> = self
                .series
                .iter()
                .filter_map(|s| s.points.iter().find(|p| p.year == year).map(|p| p.value))
                .collect();
            let n = places.len();
            (n > 1 && places.iter().all(|&v| v <= n as f64)).then_some(n)
        })
    }
}

#[derive(Debug, Clone)]
pub struct AgencyFacts {
    pub url: String,
    pub parent: Option<AgencyIx>,
    pub children: Vec<AgencyIx>,
    pub owned: Vec<IndicatorIx>,
    /// Per responsibility: status, and index into `heads` of the head in
    /// office on the due date.
    pub tasks: Vec<(TaskStatus, Option<usize>)>,
    /// Every head known, oldest first (`heads:` then `head:`).
    pub heads: Vec<crate::model::Head>,
    /// Indicators with observations whose entity is this agency.
    pub observed: Vec<IndicatorIx>,
    /// For each of `observed`, the index of this agency's series in it.
    pub observed_series: Vec<usize>,
    pub cited_by: Vec<PageIx>,
    pub scorecard: scorecard::Scorecard,
    /// Owned or observed indicators with / without a value for the site's
    /// latest reporting year.
    pub reported: Vec<IndicatorIx>,
    pub not_reported: Vec<IndicatorIx>,
    /// Successors, predecessors and duties handed over.
    pub lineage: lineage::Lineage,
}

#[derive(Debug, Clone)]
pub struct PageFacts {
    pub url: String,
    pub slug: String,
    /// Section URL the page is listed in.
    pub section: String,
    /// The section's URL segments.
    pub segments: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct SectionFacts {
    pub url: String,
    pub segments: Vec<String>,
    /// The `_index.md` of the section, if any.
    pub index_page: Option<PageIx>,
    /// Listed pages, newest first.
    pub pages: Vec<PageIx>,
}

/// A tag: every spelling that slugs the same is one tag.
#[derive(Debug, Clone)]
pub struct TagFacts {
    pub slug: String,
    /// The spelling used first (by the newest page).
    pub name: String,
    /// Pages with the tag, newest first.
    pub pages: Vec<PageIx>,
}
