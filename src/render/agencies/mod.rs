//! Agency views: the list (grouped by kind and parent, and sorted views
//! that need no JavaScript), each agency's page with its scorecard and how
//! it was computed, and the reporting status of every agency.
//!
//! This file holds what they share: the sorts and the lists' URLs, the
//! links between the lists, an agency's row. The views: `list` (the
//! lists), `page` (an agency's page), `reporting`, `scorecard` (scores and
//! the ranking chart).

use serde::Serialize;

mod list;
mod page;
mod reporting;
mod row;
mod scorecard;

pub use page::{AgencyPage, ObservedRow};

use super::renderer::Renderer;
use super::views::IndicatorLink;
use crate::model::{AgencyIx, AgencyKind, IndicatorIx};
use crate::web::urls;

/// The sorted views of `/agencies/` (`/agencies/by/<key>/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Lowest score first: who is behind comes first.
    Score,
    /// Most overdue tasks first.
    Overdue,
    Name,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Score, Sort::Overdue, Sort::Name];

    /// Its URL segment.
    pub fn key(self) -> &'static str {
        match self {
            Sort::Score => "score",
            Sort::Overdue => "overdue",
            Sort::Name => "name",
        }
    }

    /// The i18n key of its label.
    fn label(self) -> &'static str {
        match self {
            Sort::Score => "sort_score",
            Sort::Overdue => "sort_overdue",
            Sort::Name => "sort_name",
        }
    }
}

/// Which of the agency lists a page is, for the links between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListView {
    Grouped,
    Sorted(Sort),
    Reporting,
}

/// `/agencies/reporting/<parent id>/`.
pub fn reporting_url(parent: &str) -> String {
    format!("/agencies/reporting/{parent}/")
}

/// Rows on one page of a sorted agency list.
pub const SORTED_PAGE: usize = 100;

/// `/agencies/by/<key>/`, then `/agencies/by/<key>/2/`…
pub fn sorted_url(sort: Sort, page: usize) -> String {
    super::lists::section_page_url(&format!("/agencies/by/{}/", sort.key()), page)
}

pub const KINDS: [AgencyKind; 5] = [
    AgencyKind::Province,
    AgencyKind::Department,
    AgencyKind::District,
    AgencyKind::Commune,
    AgencyKind::Other,
];

/// A link between the agency lists; `current` on the list shown.
#[derive(Serialize)]
pub struct SortLink<'a> {
    label: &'a str,
    url: String,
    current: bool,
}

impl Renderer<'_> {
    fn sort_links(&self, current: ListView) -> Vec<SortLink<'_>> {
        let mut v = vec![SortLink {
            label: self.theme.t("sort_grouped"),
            url: self.link(urls::AGENCIES),
            current: current == ListView::Grouped,
        }];
        v.extend(Sort::ALL.iter().map(|&s| SortLink {
            label: self.theme.t(s.label()),
            url: self.link(&sorted_url(s, 1)),
            current: current == ListView::Sorted(s),
        }));
        v
    }

    fn by_name(&self) -> Vec<AgencyIx> {
        self.agencies_by_name().to_vec()
    }

    fn due_link(&self, i: IndicatorIx) -> IndicatorLink<'_> {
        IndicatorLink {
            due_year: Some(self.indicator_facts(i).due_year),
            ..self.indicator_link(i)
        }
    }

    /// [`Renderer::due_link`] of indicator `i` in agency `a`'s row (what
    /// it reported or not): of an indicator of many units, what every page
    /// shows of it and `a`'s group.
    fn unit_due_link(&self, a: AgencyIx, i: IndicatorIx) -> IndicatorLink<'_> {
        match self.unit_series(a, i) {
            Some(k) => self.unit_row(i, k, || self.due_link(i)),
            None => self.due_link(i),
        }
    }
}
