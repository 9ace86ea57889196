//! Agency views: the list (grouped by kind and parent, and sorted views
//! that need no JavaScript), each agency's page with its scorecard and how
//! it was computed, and the reporting status of every agency.

use serde_json::{Value, json};

mod page;
mod reporting;
mod scorecard;

pub use page::{AgencyPage, ObservedRow};

use super::Renderer;
use super::views::IndicatorLink;
use crate::derive::TaskStatus;
use crate::locale::format_number;
use crate::model::AgencyKind;

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

/// Sites with more agencies than this fold the agency list by parent.
const FOLD_ABOVE: usize = 40;

/// A parent with more units than this shows only those furthest behind in
/// the grouped list; its own page lists them all.
const SUBGROUP_ROWS: usize = 40;
/// How many of a large parent's units the grouped list shows.
const SUBGROUP_SHOWN: usize = 10;

/// `/agencies/reporting/<parent id>/`.
pub fn reporting_url(parent: &str) -> String {
    format!("/agencies/reporting/{parent}/")
}

/// Rows on one page of a sorted agency list.
pub const SORTED_PAGE: usize = 500;

/// `/agencies/by/<key>/`, then `/agencies/by/<key>/2/`…
pub fn sorted_url(sort: Sort, page: usize) -> String {
    super::section_page_url(&format!("/agencies/by/{}/", sort.key()), page)
}

pub const KINDS: [AgencyKind; 5] = [
    AgencyKind::Province,
    AgencyKind::Department,
    AgencyKind::District,
    AgencyKind::Commune,
    AgencyKind::Other,
];

/// Lowest score first; no score last.
fn by_score(a: Option<f64>, b: Option<f64>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

impl Renderer<'_> {
    fn sort_links(&self, current: ListView) -> Vec<Value> {
        let mut v = vec![
            json!({"label": self.theme.t("sort_grouped"), "url": self.link("/agencies/"), "current": current == ListView::Grouped}),
        ];
        v.extend(Sort::ALL.iter().map(|&s| {
            json!({"label": self.theme.t(s.label()), "url": self.link(&sorted_url(s, 1)), "current": current == ListView::Sorted(s)})
        }));
        v
    }

    fn by_name(&self) -> Vec<usize> {
        self.derived.agencies_by_name.clone()
    }

    /// Whether an agency has anything to show in a list: tasks, a score,
    /// or indicators it leads or reports.
    fn has_anything(&self, a: usize) -> bool {
        let f = &self.derived.agencies[a];
        !f.tasks.is_empty()
            || f.scorecard.score.is_some()
            || !f.owned.is_empty()
            || !f.observed.is_empty()
    }

    /// `/agencies/`: grouped by kind, then by parent; agencies with nothing
    /// to show are counted, not listed (the lists by name have them all).
    pub fn agencies_list(&self) -> Value {
        let order = self.by_name();
        let groups: Vec<Value> = KINDS
            .iter()
            .filter_map(|k| {
                let all: Vec<usize> = order
                    .iter()
                    .copied()
                    .filter(|&a| {
                        self.inputs.agencies[a].kind == *k && !self.derived.agencies[a].lineage.ended
                    })
                    .collect();
                if all.is_empty() {
                    return None;
                }
                let members: Vec<usize> = all
                    .iter()
                    .copied()
                    .filter(|&a| self.has_anything(a))
                    .collect();
                let idle = all.len() - members.len();
                // Sub-groups by parent, in the order parents first appear by name.
                let mut parents: Vec<Option<usize>> = Vec::new();
                for &a in &members {
                    let p = self.derived.agencies[a].parent;
                    if !parents.contains(&p) {
                        parents.push(p);
                    }
                }
                let lang = self.inputs.config.language;
                parents.sort_by(|a, b| match (a, b) {
                    (Some(a), Some(b)) => crate::collate::compare(
                        lang,
                        &self.inputs.agencies[*a].name,
                        &self.inputs.agencies[*b].name,
                    ),
                    (a, b) => a.is_some().cmp(&b.is_some()),
                });
                // On a large site each parent's agencies fold away under a
                // line that counts them.
                let fold = self.inputs.agencies.len() > FOLD_ABOVE && parents.len() > 1;
                let subgroups: Vec<Value> = parents
                    .iter()
                    .map(|p| {
                        let mut under: Vec<usize> = members
                            .iter()
                            .copied()
                            .filter(|&a| self.derived.agencies[a].parent == *p)
                            .collect();
                        let count = under.len();
                        let overdue: usize = under
                            .iter()
                            .map(|&a| self.derived.agencies[a].scorecard.overdue)
                            .sum();
                        // Hundreds under one parent (a province's communes):
                        // those furthest behind here, all on the parent's page.
                        let cut = p.is_some() && count > SUBGROUP_ROWS;
                        if cut {
                            self.behind_first(&mut under);
                            under.truncate(SUBGROUP_SHOWN);
                        }
                        let rows: Vec<Value> = under.iter().map(|&a| self.agency_row(a)).collect();
                        json!({
                            "parent": p.map(|p| self.agency_link(p)),
                            "count": count,
                            "overdue": overdue,
                            "agencies": rows,
                            "folded": fold,
                            "more": cut.then(|| self.theme.fill("units_shown", &[("shown", &rows.len().to_string()), ("n", &count.to_string())])),
                        })
                    })
                    .collect();
                Some(json!({
                    "kind": k.as_str(),
                    "label": self.theme.t(&format!("kind_{}", k.as_str())),
                    "count": all.len(),
                    "subgroups": subgroups,
                    "idle": idle,
                }))
            })
            .collect();
        json!({
            "title": self.theme.t("agencies"),
            "all_url": self.link("/agencies/by/name/"),
            "groups": groups,
            "former": self.former_units(&order),
            "sorts": self.sort_links(ListView::Grouped),
            "ranking": self.ranking_chart(),
        })
    }

    /// Units that have ended, each with its last day and successors: apart
    /// from the current ones.
    fn former_units(&self, order: &[usize]) -> Vec<Value> {
        let lang = self.inputs.config.language;
        order
            .iter()
            .filter(|&&a| self.derived.agencies[a].lineage.ended)
            .map(|&a| {
                let l = &self.derived.agencies[a].lineage;
                json!({
                    "agency": self.agency_link(a),
                    "until": self.inputs.agencies[a].until.map(|d| crate::locale::format_date(d, lang)),
                    "successors": l.successors.iter().map(|&s| self.agency_link(s)).collect::<Vec<_>>(),
                })
            })
            .collect()
    }

    /// Agencies furthest behind first: most overdue tasks, then lowest
    /// score, then by name (the order given).
    fn behind_first(&self, order: &mut [usize]) {
        let f = &self.derived.agencies;
        order.sort_by(|&a, &b| {
            f[b].scorecard
                .overdue
                .cmp(&f[a].scorecard.overdue)
                .then_with(|| by_score(f[a].scorecard.score, f[b].scorecard.score))
        });
    }

    /// `/agencies/by/<key>/` (and its further pages): every agency, sorted,
    /// [`SORTED_PAGE`] to a page.
    pub fn agencies_sorted(&self, sort: Sort, page: usize) -> Value {
        let mut order = self.by_name();
        let f = &self.derived.agencies;
        match sort {
            // Lowest score first: who is behind comes first; no score last.
            Sort::Score => {
                order.sort_by(|&a, &b| by_score(f[a].scorecard.score, f[b].scorecard.score))
            }
            Sort::Overdue => {
                order.sort_by(|&a, &b| f[b].scorecard.overdue.cmp(&f[a].scorecard.overdue))
            }
            Sort::Name => {}
        }
        let label = self.theme.t(sort.label());
        let total = order.len().div_ceil(SORTED_PAGE).max(1);
        let first = (page - 1) * SORTED_PAGE;
        let rows: Vec<Value> = order
            .iter()
            .skip(first)
            .take(SORTED_PAGE)
            .map(|&a| self.agency_row(a))
            .collect();
        let title = format!("{} – {}", self.theme.t("agencies"), label);
        let pagination = json!({
            "current": page,
            "total": total,
            "label": self.theme.fill("page_n", &[("n", &page.to_string()), ("total", &total.to_string())]),
            "newer": (page > 1).then(|| self.link(&sorted_url(sort, page - 1))),
            "older": (page < total).then(|| self.link(&sorted_url(sort, page + 1))),
            "range": self.theme.fill("rows_range", &[("from", &(first + 1).to_string()), ("to", &(first + rows.len()).to_string()), ("n", &order.len().to_string())]),
        });
        json!({
            "title": if page > 1 { format!("{title} ({})", pagination["label"].as_str().unwrap_or("")) } else { title },
            "sorts": self.sort_links(ListView::Sorted(sort)),
            "rows": rows,
            "pagination": pagination,
        })
    }

    fn due_link(&self, i: usize) -> IndicatorLink<'_> {
        IndicatorLink {
            due_year: Some(self.derived.indicators[i].due_year),
            ..self.indicator_link(i)
        }
    }

    pub fn agency_row(&self, a: usize) -> Value {
        let f = &self.derived.agencies[a];
        let count = |s: TaskStatus| f.tasks.iter().filter(|t| t.0 == s).count();
        json!({
            "name": self.inputs.agencies[a].name,
            "url": self.link(&f.url),
            "kind": self.theme.t(&format!("kind_{}", self.inputs.agencies[a].kind.as_str())),
            "head": f.heads.last().map(|h| json!({"name": h.name, "title": h.title})),
            "parent": f.parent.map(|p| self.agency_link(p)),
            "overdue": count(TaskStatus::Overdue),
            "open": count(TaskStatus::Open),
            "done": count(TaskStatus::Done) + count(TaskStatus::DoneLate),
            "tasks": f.tasks.len(),
            "score": f.scorecard.score.map(|s| format_number(s, 0, self.inputs.config.language)),
            "missing": f.not_reported.len(),
        })
    }
}
