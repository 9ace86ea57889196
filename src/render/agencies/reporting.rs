//! `/agencies/reporting/`: which agencies have not reported the indicators
//! due for the latest year, the most missing first; past a few hundred
//! agencies, a page per parent for the units under it.

use serde::Serialize;

use super::{ListView, reporting_url};
use crate::model::{AgencyIx, TiVec};
use crate::render::renderer::Renderer;
use crate::render::views::{AgencyLink, IndicatorLink};

/// `/agencies/reporting/` and `/agencies/reporting/<parent>/`
/// (`reporting.html`).
#[derive(Serialize)]
pub struct Reporting<'a> {
    title: String,
    year: Option<i32>,
    rows: Vec<ReportRow<'a>>,
    complete: Vec<AgencyLink<'a>>,
    sorts: Vec<super::SortLink<'a>>,
    /// Split by parent: each parent's count of units and of those late.
    parents: Vec<ParentCount<'a>>,
    /// Split by parent: the verdict over every parent's units, first.
    split_summary: Option<String>,
    /// Split by parent, and no unit late: the table of zeros folds away.
    all_in: bool,
    /// A parent's page: the parent.
    parent: Option<AgencyLink<'a>>,
}

/// An agency that has not reported everything due.
#[derive(Serialize)]
pub struct ReportRow<'a> {
    agency: AgencyLink<'a>,
    reported: Vec<IndicatorLink<'a>>,
    missing: Vec<IndicatorLink<'a>>,
}

/// A parent's line in the split list, linking to its page.
#[derive(Serialize)]
pub struct ParentCount<'a> {
    name: &'a str,
    url: String,
    count: usize,
    late: usize,
    missing: usize,
}

/// Past this many agencies, the reporting list has a page per parent.
const REPORTING_SPLIT_ABOVE: usize = 400;

impl Renderer<'_> {
    /// `/agencies/reporting/`: who has not reported, the most missing
    /// first; who reported everything, in one line of names.
    pub fn reporting(&self) -> Reporting<'_> {
        if !self.reporting_split() {
            let all: Vec<AgencyIx> = self.inputs.agencies.keys().collect();
            return self.reporting_of_these(&all, self.theme.t("reporting_status").to_string());
        }
        // Thousands of units: those without a parent here, the others on
        // one page per parent, summed up in a table.
        let f = self.agencies_as_rows().1;
        let top: Vec<AgencyIx> = f.keys().filter(|&a| f[a].parent.is_none()).collect();
        let mut v = self.reporting_of_these(&top, self.theme.t("reporting_status").to_string());
        v.parents = self
            .reporting_parents()
            .into_iter()
            .map(|p| {
                let kids = &self.agency_facts(p).children;
                let late = kids
                    .iter()
                    .filter(|&&c| !f[c].not_reported.is_empty())
                    .count();
                let missing: usize = kids.iter().map(|&c| f[c].not_reported.len()).sum();
                ParentCount {
                    name: &self.agency_named(p).0.name,
                    url: self.link(&reporting_url(&self.agency_named(p).0.id)),
                    count: kids.len(),
                    late,
                    missing,
                }
            })
            .collect();
        let late: usize = v.parents.iter().map(|p| p.late).sum();
        let lang = self.inputs.config.language;
        let count = |n: usize| crate::locale::format_number(n as f64, 0, lang);
        v.all_in = late == 0;
        v.split_summary = Some(if late == 0 {
            self.theme.t("reporting_split_none").to_string()
        } else {
            let parents = v.parents.iter().filter(|p| p.late > 0).count();
            self.theme.fill(
                "reporting_split_summary",
                &[("late", &count(late)), ("parents", &count(parents))],
            )
        });
        v
    }

    /// Whether the reporting list is split by parent: past a few hundred
    /// agencies one page would run to megabytes.
    pub fn reporting_split(&self) -> bool {
        self.inputs.agencies.len() > REPORTING_SPLIT_ABOVE
    }

    /// The agencies with a reporting page of their own (their units'), by
    /// name.
    pub fn reporting_parents(&self) -> Vec<AgencyIx> {
        if !self.reporting_split() {
            return Vec::new();
        }
        self.by_name()
            .into_iter()
            .filter(|&a| !self.agency_facts(a).children.is_empty())
            .collect()
    }

    /// `/agencies/reporting/<parent>/`: the units under one parent.
    pub fn reporting_of(&self, parent: AgencyIx) -> Reporting<'_> {
        let name = &self.agency_named(parent).0.name;
        let title = format!("{} — {name}", self.theme.t("reporting_status"));
        let mut kids = self.agency_facts(parent).children.clone();
        kids.sort_unstable();
        let mut v = self.reporting_of_these(&kids, title);
        v.parent = Some(self.agency_link(parent));
        v
    }

    fn reporting_of_these(&self, these: &[AgencyIx], title: String) -> Reporting<'_> {
        let f = self.agencies_as_rows().1;
        let mut keep: TiVec<AgencyIx, bool> = vec![false; f.len()].into();
        for &a in these {
            keep[a] = true;
        }
        let order: Vec<AgencyIx> = self.by_name().into_iter().filter(|&a| keep[a]).collect();
        let mut late: Vec<AgencyIx> = order
            .iter()
            .copied()
            .filter(|&a| !f[a].not_reported.is_empty())
            .collect();
        // Stable: by name inside an equal count.
        late.sort_by(|&a, &b| f[b].not_reported.len().cmp(&f[a].not_reported.len()));
        let complete: Vec<_> = order
            .iter()
            .copied()
            .filter(|&a| f[a].not_reported.is_empty() && !f[a].reported.is_empty())
            .map(|a| self.agency_link(a))
            .collect();
        let rows = late
            .into_iter()
            .map(|a| {
                let f = self.agency_as_row(a).1;
                ReportRow {
                    agency: self.agency_link(a),
                    reported: f
                        .reported
                        .iter()
                        .map(|&i| self.unit_due_link(a, i))
                        .collect(),
                    missing: (f.not_reported.iter())
                        .map(|&i| self.unit_due_link(a, i))
                        .collect(),
                }
            })
            .collect();
        Reporting {
            title,
            year: self.latest_year(),
            rows,
            complete,
            sorts: self.sort_links(ListView::Reporting),
            parents: Vec::new(),
            split_summary: None,
            all_in: false,
            parent: None,
        }
    }
}
