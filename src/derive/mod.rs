//! Derive: what the records imply. Latest values and changes per entity,
//! target statuses, responsibility statuses, who cites what, and the URL of
//! every page. Nothing here formats text; that is the render stage's job.

mod agencies;
pub mod averages;
pub mod compare;
mod due;
mod facts;
pub mod groups;
mod indicators;
pub mod lineage;
mod pages;
pub mod related;
pub mod scorecard;
mod series;
pub mod status;
mod tasks;

use rustc_hash::FxHashMap as HashMap;

use crate::load::Inputs;
use crate::model::{AgencyIx, Day, IndicatorIx, TiVec};
use agencies::{Refs, agencies_by_name, agencies_facts, standing};
pub use due::{due_year, figure_due};
pub use facts::{
    AgencyFacts, IndicatorFacts, PageFacts, Primary, SectionFacts, TagFacts, TargetFacts,
};
use indicators::{indicators_facts, name_ranks, ordered_facts};
pub use pages::{PageLists, derive_pages};
pub use series::{Gap, Median, Point, Series, median};
pub use tasks::{TaskStatus, task_status};

/// Everything derived, index-aligned with `Inputs` (same order).
#[derive(Debug, Clone)]
pub struct Derived {
    pub today: Day,
    /// Every agency, by name in the reader's order (then by id).
    pub agencies_by_name: Vec<AgencyIx>,
    pub indicators: TiVec<IndicatorIx, IndicatorFacts>,
    pub agencies: TiVec<AgencyIx, AgencyFacts>,
    /// The pages' facts and lists (sections, tags, archives, the order of
    /// pages), kept as derived before the data so a data edit reuses them.
    pub lists: PageLists,
    pub agency_index: HashMap<String, AgencyIx>,
    /// The latest year any indicator has a value for.
    pub latest_year: Option<i32>,
    pub indicator_index: HashMap<String, IndicatorIx>,
}

pub fn derive(inputs: &Inputs, today: Day, drafts: bool) -> Derived {
    derive_with(inputs, today, derive_pages(inputs, drafts))
}

/// Everything else, given the page lists.
pub fn derive_with(inputs: &Inputs, today: Day, lists: PageLists) -> Derived {
    let agency_index: HashMap<String, AgencyIx> = index_of(inputs.agencies.iter().map(|a| &a.id));
    let indicator_index: HashMap<String, IndicatorIx> =
        index_of(inputs.indicators.iter().map(|i| &i.id));
    let by_name = agencies_by_name(inputs);
    let indicators = indicators_facts(inputs, &agency_index, &by_name, today);
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
    indicators: TiVec<IndicatorIx, IndicatorFacts>,
    by_name: Vec<AgencyIx>,
    agency_index: HashMap<String, AgencyIx>,
    indicator_index: HashMap<String, IndicatorIx>,
}

/// [`derive_with`] after an edit of the indicators `edited` alone (their
/// files, not their ids): the other indicators' own facts are `previous`'s.
/// What links indicators, agencies and pages is derived again.
pub fn derive_after_indicator_edits(
    inputs: &Inputs,
    today: Day,
    previous: Derived,
    edited: &[IndicatorIx],
) -> Derived {
    let lists = previous.lists;
    let mut own = Own {
        indicators: previous.indicators,
        by_name: previous.agencies_by_name,
        agency_index: previous.agency_index,
        indicator_index: previous.indicator_index,
    };
    let name_rank = name_ranks(&own.by_name);
    for &i in edited {
        own.indicators[i] = ordered_facts(inputs, i, &own.agency_index, &name_rank, today);
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
    let mut agencies = agencies_facts(inputs, &agency_index, today);
    let refs = Refs {
        inputs,
        pages: &lists.pages,
        rank: &lists.rank,
        agency_index: &agency_index,
        indicator_index: &indicator_index,
        by_name: &by_name,
    };
    refs.link(&mut indicators, &mut agencies);
    let latest_year = indicators.iter().filter_map(|f| f.last_year).max();
    for (f, ind) in indicators.iter_mut().zip(&inputs.indicators) {
        f.due_year = due_year(ind.due_months, f.last_year, today);
    }
    let until_of = |id: &str| agency_index.get(id).and_then(|&a| inputs.agencies[a].until);
    for (ai, a) in inputs.agencies.iter_enumerated() {
        let (card, reported, not_reported) =
            standing(a, &agencies[ai], &indicators, today, &until_of);
        let f = &mut agencies[ai];
        f.scorecard = card;
        f.reported = reported;
        f.not_reported = not_reported;
    }
    Derived {
        agencies_by_name: by_name,
        latest_year,
        today,
        indicators,
        agencies,
        lists,
        agency_index,
        indicator_index,
    }
}

/// Each id's position in the list.
fn index_of<'a, I: From<usize>>(ids: impl Iterator<Item = &'a String>) -> HashMap<String, I> {
    ids.enumerate()
        .map(|(i, id)| (id.clone(), I::from(i)))
        .collect()
}
