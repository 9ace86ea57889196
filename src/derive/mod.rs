//! Derive: what the records imply. Latest values and changes per entity,
//! target statuses, responsibility statuses, who cites what, and the URL of
//! every page. Nothing here formats text; that is the render stage's job.

mod agencies;
pub mod averages;
pub mod compare;
pub mod groups;
mod indicators;
pub mod lineage;
mod pages;
pub mod related;
pub mod scorecard;
pub mod status;

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use crate::load::Inputs;
use crate::model::Day;
use agencies::{Refs, agencies_by_name, agencies_facts, standing};
use indicators::{indicators_facts, name_ranks, ordered_facts};
pub use pages::derive_pages;
use status::{Evaluation, Status};

/// One value of an indicator for one entity.
#[derive(Debug, Clone, Default)]
pub struct Point {
    pub year: i32,
    pub value: f64,
    /// For a rank: how many were ranked, as declared (`of:`).
    pub of: Option<u32>,
    pub note: Option<String>,
    /// The group published with the value ("Khá").
    pub group: Option<String>,
    /// The value of each component, by id.
    pub components: Option<Box<BTreeMap<String, f64>>>,
    pub source: Option<Box<crate::model::Source>>,
}

/// A year an entity has no value for, and why (`status:`).
#[derive(Debug, Clone)]
pub struct Gap {
    pub year: i32,
    pub status: crate::model::ObsStatus,
    pub note: Option<String>,
    pub source: Option<Box<crate::model::Source>>,
}

/// An indicator's values for one entity, sorted by year.
#[derive(Debug, Clone, Default)]
pub struct Series {
    pub entity: String,
    pub points: Vec<Point>,
    /// Years declared without a value, sorted.
    pub gaps: Vec<Gap>,
}

impl Series {
    pub fn latest(&self) -> Option<&Point> {
        self.points.last()
    }
    /// The value of the year before the latest, when there is one.
    pub fn previous(&self) -> Option<&Point> {
        let latest = self.latest()?;
        self.points
            .iter()
            .rev()
            .nth(1)
            .filter(|p| p.year == latest.year - 1)
    }
    pub fn pairs(&self) -> Vec<(i32, f64)> {
        self.points.iter().map(|p| (p.year, p.value)).collect()
    }
}

/// A target judged for each entity with values.
#[derive(Debug, Clone)]
pub struct TargetFacts {
    /// Index into the indicator's `targets`.
    pub index: usize,
    /// Per entity (same order as the indicator's series).
    pub evaluations: Vec<Evaluation>,
    /// For the indicator's primary entity.
    pub primary: Evaluation,
}

#[derive(Debug, Clone)]
pub struct IndicatorFacts {
    pub url: String,
    /// One per entity with values: the region first, then by entity id.
    pub series: Vec<Series>,
    /// The entity the dashboard shows: the region if it has values, else the
    /// owner, else the first entity.
    pub primary: String,
    pub targets: Vec<TargetFacts>,
    /// Pages that cite the indicator, newest first.
    pub cited_by: Vec<usize>,
    /// Agencies with a responsibility linked to the indicator.
    pub responsible: Vec<usize>,
    /// The latest year with any value.
    pub last_year: Option<i32>,
    /// The latest year whose figure is due (see [`due_year`]).
    pub due_year: Option<i32>,
    /// The worst status of the primary entity's targets.
    pub status: Option<Status>,
    /// The entities by parent, with their places in the latest year.
    pub groups: groups::Groups,
    /// National and regional averages, computed.
    pub averages: Vec<averages::Average>,
}

impl IndicatorFacts {
    pub fn primary_series(&self) -> Option<&Series> {
        self.series.iter().find(|s| s.entity == self.primary)
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    Overdue,
    Open,
    DoneLate,
    Done,
}

impl TaskStatus {
    pub fn key(&self) -> &'static str {
        match self {
            TaskStatus::Done => "done",
            TaskStatus::DoneLate => "done_late",
            TaskStatus::Open => "open",
            TaskStatus::Overdue => "overdue",
        }
    }
}

/// Judged against `today`: a `done` date after today does not count yet.
pub fn task_status(due: Day, done: Option<Day>, today: Day) -> TaskStatus {
    match done.filter(|d| *d <= today) {
        Some(d) if d <= due => TaskStatus::Done,
        Some(_) => TaskStatus::DoneLate,
        None if today > due => TaskStatus::Overdue,
        None => TaskStatus::Open,
    }
}

#[derive(Debug, Clone)]
pub struct AgencyFacts {
    pub url: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub owned: Vec<usize>,
    /// Per responsibility: status, and index into `heads` of the head in
    /// office on the due date.
    pub tasks: Vec<(TaskStatus, Option<usize>)>,
    /// Every head known, oldest first (`heads:` then `head:`).
    pub heads: Vec<crate::model::Head>,
    /// Indicators with observations whose entity is this agency.
    pub observed: Vec<usize>,
    /// For each of `observed`, the index of this agency's series in it.
    pub observed_series: Vec<usize>,
    pub cited_by: Vec<usize>,
    pub scorecard: scorecard::Scorecard,
    /// Owned or observed indicators with / without a value for the site's
    /// latest reporting year.
    pub reported: Vec<usize>,
    pub not_reported: Vec<usize>,
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
    pub index_page: Option<usize>,
    /// Listed pages, newest first.
    pub pages: Vec<usize>,
}

/// A tag: every spelling that slugs the same is one tag.
#[derive(Debug, Clone)]
pub struct TagFacts {
    pub slug: String,
    /// The spelling used first (by the newest page).
    pub name: String,
    /// Pages with the tag, newest first.
    pub pages: Vec<usize>,
}

/// Everything derived, index-aligned with `Inputs` (same order).
#[derive(Debug, Clone)]
pub struct Derived {
    pub today: Day,
    /// Every agency, by name in the reader's order (then by id).
    pub agencies_by_name: Vec<usize>,
    pub indicators: Vec<IndicatorFacts>,
    pub agencies: Vec<AgencyFacts>,
    /// `None` for pages that are not built (drafts without `--drafts`).
    pub pages: Vec<Option<PageFacts>>,
    pub sections: Vec<SectionFacts>,
    /// Sorted by slug.
    pub tags: Vec<TagFacts>,
    /// Every built page that is not a section index, newest first.
    pub dated: Vec<usize>,
    /// Each page's place in every list.
    pub rank: Vec<usize>,
    /// Per page: "Các tin khác", newest first.
    pub related: Vec<Vec<usize>>,
    /// Year and month archives of the sections.
    pub archives: Vec<related::ArchiveFacts>,
    pub agency_index: HashMap<String, usize>,
    /// The latest year any indicator has a value for.
    pub latest_year: Option<i32>,
    pub indicator_index: HashMap<String, usize>,
}

/// What derive makes of the pages alone: their URLs and the lists they
/// are in. Data edits leave it as it is, so `serve` reuses it.
#[derive(Debug, Clone)]
pub struct PageLists {
    pub pages: Vec<Option<PageFacts>>,
    /// Each page's place in every list: newest first, then by URL (a
    /// section's list puts the pages with a `weight` before the others).
    pub rank: Vec<usize>,
    pub sections: Vec<SectionFacts>,
    pub tags: Vec<TagFacts>,
    pub dated: Vec<usize>,
    pub related: Vec<Vec<usize>>,
    pub archives: Vec<related::ArchiveFacts>,
}

impl Derived {
    /// The page lists, to derive again after a data edit.
    pub fn page_lists(&self) -> PageLists {
        PageLists {
            pages: self.pages.clone(),
            rank: self.rank.clone(),
            sections: self.sections.clone(),
            tags: self.tags.clone(),
            dated: self.dated.clone(),
            related: self.related.clone(),
            archives: self.archives.clone(),
        }
    }
}

pub fn derive(inputs: &Inputs, today: Day, drafts: bool) -> Derived {
    derive_with(inputs, today, derive_pages(inputs, drafts))
}

/// Everything else, given the page lists.
pub fn derive_with(inputs: &Inputs, today: Day, lists: PageLists) -> Derived {
    let agency_index = index_of(inputs.agencies.iter().map(|a| &a.id));
    let indicator_index = index_of(inputs.indicators.iter().map(|i| &i.id));
    let by_name = agencies_by_name(inputs);
    let indicators = indicators_facts(inputs, &agency_index, &by_name);
    let own = Own {
        indicators,
        by_name,
        agency_index,
        indicator_index,
    };
    finish(inputs, today, lists, own)
}

/// What derive makes of each record alone, before linking them: the
/// indicators' facts, the agencies in name order, the id indexes.
struct Own {
    indicators: Vec<IndicatorFacts>,
    by_name: Vec<usize>,
    agency_index: HashMap<String, usize>,
    indicator_index: HashMap<String, usize>,
}

/// [`derive_with`] after an edit of the indicators `edited` alone (their
/// files, not their ids): the other indicators' own facts are `previous`'s.
/// What links indicators, agencies and pages is derived again.
pub fn derive_after_indicator_edits(
    inputs: &Inputs,
    today: Day,
    previous: Derived,
    edited: &[usize],
) -> Derived {
    let lists = previous.page_lists();
    let mut own = Own {
        indicators: previous.indicators,
        by_name: previous.agencies_by_name,
        agency_index: previous.agency_index,
        indicator_index: previous.indicator_index,
    };
    let name_rank = name_ranks(&own.by_name);
    for &i in edited {
        own.indicators[i] = ordered_facts(inputs, i, &own.agency_index, &name_rank);
    }
    for f in &mut own.indicators {
        f.cited_by.clear();
        f.responsible.clear();
        f.due_year = None;
    }
    finish(inputs, today, lists, own)
}

/// The agencies' facts, and everything that links indicators, agencies
/// and pages, from the indicators' own facts.
fn finish(inputs: &Inputs, today: Day, lists: PageLists, own: Own) -> Derived {
    let Own {
        mut indicators,
        by_name,
        agency_index,
        indicator_index,
    } = own;
    let PageLists {
        pages,
        rank,
        sections,
        tags,
        dated,
        related,
        archives,
    } = lists;
    let mut agencies = agencies_facts(inputs, &agency_index, today);
    let refs = Refs {
        inputs,
        pages: &pages,
        rank: &rank,
        agency_index: &agency_index,
        indicator_index: &indicator_index,
    };
    refs.link(&mut indicators, &mut agencies);
    let latest_year = indicators.iter().filter_map(|f| f.last_year).max();
    for (f, ind) in indicators.iter_mut().zip(&inputs.indicators) {
        f.due_year = due_year(ind.due_months, f.last_year, today);
    }
    for (ai, a) in inputs.agencies.iter().enumerate() {
        let (card, reported, not_reported) = standing(a, &agencies[ai], &indicators, today);
        let f = &mut agencies[ai];
        f.scorecard = card;
        f.reported = reported;
        f.not_reported = not_reported;
    }
    Derived {
        agencies_by_name: by_name,
        latest_year,
        today,
        tags,
        dated,
        rank,
        related,
        archives,
        indicators,
        agencies,
        pages,
        sections,
        agency_index,
        indicator_index,
    }
}

/// Each id's position in the list.
fn index_of<'a>(ids: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
    ids.enumerate().map(|(i, id)| (id.clone(), i)).collect()
}

/// The latest year whose figure is due on `today`. With `due_months`,
/// the figure of year Y is due at the end of month `due_months` after Y
/// ends (6: by 30 June of Y+1), and late from the next day; without, the
/// latest year any entity has a value for is due.
pub fn due_year(due_months: Option<u32>, last_year: Option<i32>, today: Day) -> Option<i32> {
    let Some(months) = due_months else {
        return last_year;
    };
    // Months counted from year 0: the due month of Y is 12(Y+1) + months - 1.
    let now = 12 * i64::from(today.0.year()) + i64::from(today.0.month()) - 1;
    let due_month = |y: i64| 12 * (y + 1) + i64::from(months) - 1;
    let mut y = i64::from(today.0.year());
    while due_month(y) >= now {
        y -= 1;
    }
    i32::try_from(y).ok()
}

#[cfg(test)]
mod due_tests {
    use super::*;

    #[test]
    fn a_years_figure_is_due_after_its_months() {
        let d = |s: &str| Day::parse(s).unwrap();
        // 6 months: the 2020 figure is due by 30 June 2021.
        assert_eq!(due_year(Some(6), Some(2021), d("2021-06-30")), Some(2019));
        assert_eq!(due_year(Some(6), Some(2021), d("2021-07-01")), Some(2020));
        // 0 months: due as the year ends.
        assert_eq!(due_year(Some(0), None, d("2021-01-01")), Some(2020));
        assert_eq!(due_year(Some(0), None, d("2020-12-31")), Some(2019));
        // 15 months: the 2019 figure by 31 March 2021.
        assert_eq!(due_year(Some(15), None, d("2021-04-01")), Some(2019));
        assert_eq!(due_year(Some(15), None, d("2021-03-31")), Some(2018));
        // Without: the latest year anybody reported.
        assert_eq!(due_year(None, Some(2019), d("2030-01-01")), Some(2019));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn task_statuses_follow_today() {
        let due = day("2020-06-30");
        assert_eq!(
            task_status(due, Some(day("2020-05-20")), day("2020-12-31")),
            TaskStatus::Done
        );
        assert_eq!(
            task_status(due, Some(day("2020-07-15")), day("2020-12-31")),
            TaskStatus::DoneLate
        );
        assert_eq!(task_status(due, None, day("2020-06-30")), TaskStatus::Open);
        assert_eq!(
            task_status(due, None, day("2020-07-01")),
            TaskStatus::Overdue
        );
        // Done in the future of `today`: not done yet on that day.
        assert_eq!(
            task_status(due, Some(day("2020-07-15")), day("2020-06-01")),
            TaskStatus::Open
        );
    }
}
