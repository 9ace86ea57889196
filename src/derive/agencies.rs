//! Agency facts: each agency's heads and tasks, parent and units,
//! lineage, scorecard and reporting; and the links between indicators,
//! agencies and the pages that cite them.

use rustc_hash::FxHashMap as HashMap;

use super::facts::{AgencyFacts, IndicatorFacts, PageFacts};
use super::status::Status;
use super::tasks::{TaskStatus, task_status};
use super::{lineage, scorecard};
use crate::load::Inputs;
use crate::model::{AgencyIx, Day, IndicatorIx, PageIx, TiSlice, TiVec};
use crate::web::urls;

/// Every agency, by name in the reader's order (then by id): sorted once,
/// for thousands of communes in fifty indicators.
pub(super) fn agencies_by_name(inputs: &Inputs) -> Vec<AgencyIx> {
    let lang = inputs.config.language;
    let mut by_name: Vec<AgencyIx> = inputs.agencies.keys().collect();
    by_name.sort_by(|&a, &b| {
        crate::collate::compare_agencies(lang, &inputs.agencies[a].name, &inputs.agencies[b].name)
            .then_with(|| inputs.agencies[a].id.cmp(&inputs.agencies[b].id))
    });
    by_name
}

/// Each agency's heads, tasks with their status, parent and children, and
/// lineage.
pub(super) fn agencies_facts(
    inputs: &Inputs,
    agency_index: &HashMap<String, AgencyIx>,
    today: Day,
) -> TiVec<AgencyIx, AgencyFacts> {
    let mut agencies: TiVec<AgencyIx, AgencyFacts> = inputs
        .agencies
        .iter()
        .map(|a| {
            let mut heads = a.heads.clone();
            heads.sort_by_key(|h| h.since);
            heads.extend(a.head.iter().cloned());
            let tasks = a
                .responsibilities
                .iter()
                .map(|r| (task_status(r.due, r.done, today), head_on(&heads, r.due)))
                .collect();
            AgencyFacts {
                url: urls::agency(&a.id),
                parent: a
                    .parent
                    .as_deref()
                    .and_then(|p| agency_index.get(p).copied()),
                children: Vec::new(),
                owned: Vec::new(),
                tasks,
                heads,
                observed: Vec::new(),
                observed_series: Vec::new(),
                cited_by: Vec::new(),
                scorecard: scorecard::Scorecard::default(),
                reported: Vec::new(),
                not_reported: Vec::new(),
                lineage: lineage::Lineage::default(),
            }
        })
        .collect();
    let tasks: TiVec<AgencyIx, _> = agencies.iter().map(|a| a.tasks.clone()).collect();
    let lineages = lineage::lineages(&inputs.agencies, agency_index, &tasks, today);
    for (f, l) in agencies.iter_mut().zip(lineages) {
        f.lineage = l;
    }
    for i in agencies.keys() {
        if let Some(p) = agencies[i].parent {
            agencies[p].children.push(i);
        }
    }
    let lang = inputs.config.language;
    for a in &mut agencies {
        a.children.sort_by(|&x, &y| {
            crate::collate::compare_agencies(
                lang,
                &inputs.agencies[x].name,
                &inputs.agencies[y].name,
            )
        });
    }
    agencies
}

/// Who names whom: owners, observed entities, responsibilities, citing
/// pages.
pub(super) struct Refs<'a> {
    pub(super) inputs: &'a Inputs,
    pub(super) pages: &'a TiSlice<PageIx, Option<PageFacts>>,
    pub(super) rank: &'a TiSlice<PageIx, usize>,
    pub(super) agency_index: &'a HashMap<String, AgencyIx>,
    pub(super) indicator_index: &'a HashMap<String, IndicatorIx>,
    /// Every agency in the reader's order of names.
    pub(super) by_name: &'a [AgencyIx],
}

impl Refs<'_> {
    pub(super) fn link(
        &self,
        indicators: &mut TiSlice<IndicatorIx, IndicatorFacts>,
        agencies: &mut TiSlice<AgencyIx, AgencyFacts>,
    ) {
        let inputs = self.inputs;
        for (i, ind) in inputs.indicators.iter_enumerated() {
            if let Some(o) = ind.owner.as_deref().and_then(|o| self.agency_index.get(o)) {
                agencies[*o].owned.push(i);
            }
            for (k, s) in indicators[i].series.iter().enumerate() {
                if let Some(&a) = self.agency_index.get(&s.entity) {
                    agencies[a].observed.push(i);
                    agencies[a].observed_series.push(k);
                }
            }
        }
        // By kind, then by name: an indicator's page lists the province,
        // then its departments, then its districts' committees, each by
        // place, as they come (not "huyện Lục Yên, Sở Nội vụ, huyện Trấn
        // Yên" interleaved).
        for &ai in self.by_name {
            let a = &inputs.agencies[ai];
            for id in a.responsibilities.iter().flat_map(|r| &r.indicators) {
                if let Some(&ii) = self.indicator_index.get(id)
                    && !indicators[ii].responsible.contains(&ai)
                {
                    indicators[ii].responsible.push(ai);
                }
            }
        }
        for f in indicators.iter_mut() {
            // Stable: by name within each kind.
            f.responsible.sort_by_key(|&a| inputs.agencies[a].kind);
        }
        for (pi, p) in inputs.pages.iter_enumerated() {
            if self.pages[pi].is_none() || p.is_section_index {
                continue;
            }
            for &i in p
                .meta
                .indicators
                .iter()
                .filter_map(|id| self.indicator_index.get(id))
            {
                indicators[i].cited_by.push(pi);
            }
            for &a in p
                .meta
                .agencies
                .iter()
                .filter_map(|id| self.agency_index.get(id))
            {
                agencies[a].cited_by.push(pi);
            }
        }
        let order = |a: &PageIx, b: &PageIx| self.rank[*a].cmp(&self.rank[*b]);
        for cited in indicators
            .iter_mut()
            .map(|f| &mut f.cited_by)
            .chain(agencies.iter_mut().map(|f| &mut f.cited_by))
        {
            cited.sort_by(order);
            cited.dedup();
        }
    }
}

/// An agency's scorecard, and the indicators it owns or is observed in
/// that have / lack a value for their due year.
pub(super) fn standing(
    a: &crate::model::Agency,
    f: &AgencyFacts,
    indicators: &TiSlice<IndicatorIx, IndicatorFacts>,
    today: Day,
    until_of: &dyn Fn(&str) -> Option<Day>,
) -> (scorecard::Scorecard, Vec<IndicatorIx>, Vec<IndicatorIx>) {
    let tasks: Vec<(TaskStatus, Day)> = f
        .tasks
        .iter()
        .zip(&a.responsibilities)
        .map(|((s, _), r)| (*s, r.due))
        .collect();
    let targets: Vec<Status> = f
        .owned
        .iter()
        .flat_map(|&i| indicators[i].targets.iter().map(|t| t.primary.status))
        .collect();
    let card = scorecard::scorecard(&tasks, &targets, today);
    let mut reported = Vec::new();
    let mut not_reported = Vec::new();
    let mut concerned: Vec<IndicatorIx> = f.owned.iter().chain(&f.observed).copied().collect();
    concerned.sort_unstable();
    concerned.dedup();
    for i in concerned {
        let facts = &indicators[i];
        // The agency's own series if it has one, else the indicator's primary.
        let own = f
            .observed
            .iter()
            .position(|&o| o == i)
            .map(|n| &facts.series[f.observed_series[n]]);
        let series = own.or_else(|| facts.primary_series());
        // Nothing is due yet, or the series began after the due year.
        let (Some(due), Some(s)) = (facts.due_year, series) else {
            continue;
        };
        if s.points.first().is_some_and(|p| p.year > due) {
            continue;
        }
        // An agency that ended before the due year did owes no figure for
        // it: its successors do (Yên Bái, ended 30/6/2025, owes no 2025).
        // Nor does the owner of a unit that ended so, for that unit.
        let ended = |u: Option<Day>| u.is_some_and(|u| ended_before_end_of(u, due));
        if ended(a.until) || (own.is_none() && ended(facts.primary_entity().and_then(until_of))) {
            continue;
        }
        if s.points.iter().any(|p| p.year == due) {
            reported.push(i)
        } else {
            not_reported.push(i)
        }
    }
    (card, reported, not_reported)
}

/// Whether `until` comes before the last day of `year`.
fn ended_before_end_of(until: Day, year: i32) -> bool {
    let y = i32::from(until.0.year());
    y < year || (y == year && (until.0.month(), until.0.day()) != (12, 31))
}

/// The head in office on `day`, by index into `heads`.
fn head_on(heads: &[crate::model::Head], day: Day) -> Option<usize> {
    heads
        .iter()
        .enumerate()
        .rev()
        .find(|(_, h)| h.since.is_none_or(|s| s <= day) && h.until.is_none_or(|u| day <= u))
        .map(|(i, _)| i)
}
