//! An agency's row in the lists (and among its parent's units on its
//! page): its head, parent, tasks by status, score, what it has not
//! reported.

use serde::Serialize;

use crate::derive::TaskStatus;
use crate::locale::format_number;
use crate::model::AgencyIx;
use crate::render::renderer::Renderer;
use crate::render::views::AgencyLink;

/// An agency in a list: its head, parent, tasks by status, score and how
/// many indicators it has not reported.
#[derive(Serialize)]
pub struct AgencyRow<'a> {
    name: &'a str,
    url: String,
    kind: String,
    head: Option<HeadName<'a>>,
    parent: Option<AgencyLink<'a>>,
    overdue: usize,
    open: usize,
    done: usize,
    tasks: usize,
    score: Option<String>,
    missing: usize,
}

impl AgencyRow<'_> {
    /// Nothing to show past the name and head: no task, no score.
    pub fn idle(&self) -> bool {
        self.tasks == 0 && self.score.is_none()
    }
}

/// The row as JSON: what `incremental` hashes to tell whether the lists
/// showing the row change.
impl std::fmt::Display for AgencyRow<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let json = serde_json::to_string(self).map_err(|_| std::fmt::Error)?;
        f.write_str(&json)
    }
}

/// The present head of an agency.
#[derive(Serialize)]
pub struct HeadName<'a> {
    name: &'a str,
    title: Option<&'a str>,
}

impl Renderer<'_> {
    /// Agency `a`'s row.
    pub fn agency_row(&self, a: AgencyIx) -> AgencyRow<'_> {
        let (ag, f) = self.agency_as_row(a);
        let count = |s: TaskStatus| f.tasks.iter().filter(|t| t.0 == s).count();
        AgencyRow {
            name: &ag.name,
            url: self.link(&f.url),
            kind: self
                .theme
                .t(&format!("kind_{}", ag.kind.as_str()))
                .to_string(),
            head: f.heads.last().map(|h| HeadName {
                name: &h.name,
                title: h.title.as_deref(),
            }),
            parent: f.parent.map(|p| self.agency_link(p)),
            overdue: count(TaskStatus::Overdue),
            open: count(TaskStatus::Open),
            done: count(TaskStatus::Done) + count(TaskStatus::DoneLate),
            tasks: f.tasks.len(),
            score: f
                .scorecard
                .score
                .map(|s| format_number(s, 0, self.inputs.config.language)),
            missing: f.not_reported.len(),
        }
    }
}
