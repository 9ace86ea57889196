//! The agency lists: `/agencies/` grouped by kind, then by parent (a large
//! parent's units folded, those furthest behind shown), with the units
//! that ended apart; and the sorted lists `/agencies/by/<key>/`, paginated,
//! that need no JavaScript.

use serde::Serialize;

use super::{KINDS, ListView, SORTED_PAGE, Sort, sorted_url};
use crate::model::{AgencyIx, AgencyKind};
use crate::render::lists::Pagination;
use crate::render::renderer::Renderer;
use crate::render::views::AgencyLink;

/// `/agencies/` (`agencies.html`).
#[derive(Serialize)]
pub struct AgenciesList<'a> {
    title: &'a str,
    all_url: String,
    groups: Vec<KindGroup<'a>>,
    former: Vec<FormerUnit<'a>>,
    sorts: Vec<super::SortLink<'a>>,
    ranking: Option<super::scorecard::RankingChart<'a>>,
}

/// The agencies of one kind, by parent.
#[derive(Serialize)]
pub struct KindGroup<'a> {
    kind: &'static str,
    label: String,
    count: usize,
    subgroups: Vec<Subgroup<'a>>,
    idle: usize,
}

/// The agencies of one kind under one parent (or none).
#[derive(Serialize)]
pub struct Subgroup<'a> {
    parent: Option<AgencyLink<'a>>,
    count: usize,
    overdue: usize,
    agencies: Vec<super::row::AgencyRow<'a>>,
    folded: bool,
    more: Option<String>,
}

/// A unit that has ended: when, and who took over.
#[derive(Serialize)]
pub struct FormerUnit<'a> {
    agency: AgencyLink<'a>,
    until: Option<String>,
    successors: Vec<AgencyLink<'a>>,
}

/// `/agencies/by/<key>/` (`agencies_sorted.html`).
#[derive(Serialize)]
pub struct AgenciesSorted<'a> {
    title: String,
    sorts: Vec<super::SortLink<'a>>,
    rows: Vec<super::row::AgencyRow<'a>>,
    pagination: Pagination,
}

/// Sites with more agencies than this fold the agency list by parent.
const FOLD_ABOVE: usize = 40;

/// A parent with more units than this shows only those furthest behind in
/// the grouped list; its own page lists them all.
const SUBGROUP_ROWS: usize = 40;
/// How many of a large parent's units the grouped list shows.
const SUBGROUP_SHOWN: usize = 10;

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
    /// Whether an agency has anything to show in a list: tasks, a score,
    /// or indicators it leads or reports.
    fn has_anything(&self, a: AgencyIx) -> bool {
        let f = self.agency_facts(a);
        !f.tasks.is_empty()
            || f.scorecard.score.is_some()
            || !f.owned.is_empty()
            || !f.observed.is_empty()
    }

    /// `/agencies/`: grouped by kind, then by parent; agencies with nothing
    /// to show are counted, not listed (the lists by name have them all).
    pub fn agencies_list(&self) -> AgenciesList<'_> {
        let order = self.by_name();
        AgenciesList {
            title: self.theme.t("agencies"),
            all_url: self.link("/agencies/by/name/"),
            groups: KINDS
                .iter()
                .filter_map(|&k| self.kind_group(k, &order))
                .collect(),
            former: self.former_units(&order),
            sorts: self.sort_links(ListView::Grouped),
            ranking: self.ranking_chart(),
        }
    }

    /// The agencies of kind `k` that have not ended (`order`: all by name),
    /// in sub-groups by parent; none if there are none.
    fn kind_group(&self, k: AgencyKind, order: &[AgencyIx]) -> Option<KindGroup<'_>> {
        let (ags, fs) = self.agencies_as_rows();
        let all: Vec<AgencyIx> = order
            .iter()
            .copied()
            .filter(|&a| ags[a].kind == k && !fs[a].lineage.ended)
            .collect();
        if all.is_empty() {
            return None;
        }
        let members: Vec<AgencyIx> = all
            .iter()
            .copied()
            .filter(|&a| self.has_anything(a))
            .collect();
        let idle = all.len() - members.len();
        let parents = self.parents_by_name(&members);
        // On a large site each parent's agencies fold away under a line
        // that counts them.
        let fold = self.inputs.agencies.len() > FOLD_ABOVE && parents.len() > 1;
        let subgroups = parents
            .iter()
            .map(|&p| self.parent_subgroup(p, &members, fold))
            .collect();
        Some(KindGroup {
            kind: k.as_str(),
            label: self.theme.t(&format!("kind_{}", k.as_str())).to_string(),
            count: all.len(),
            subgroups,
            idle,
        })
    }

    /// The parents of `members` (none for those without one), each once, by
    /// name; no parent last.
    fn parents_by_name(&self, members: &[AgencyIx]) -> Vec<Option<AgencyIx>> {
        // Sub-groups by parent, in the order parents first appear by name.
        let mut parents: Vec<Option<AgencyIx>> = Vec::new();
        for &a in members {
            let p = self.agency_as_row(a).1.parent;
            if !parents.contains(&p) {
                parents.push(p);
            }
        }
        let lang = self.inputs.config.language;
        parents.sort_by(|a, b| match (a, b) {
            (Some(a), Some(b)) => crate::collate::compare_agencies(
                lang,
                &self.agency_named(*a).0.name,
                &self.agency_named(*b).0.name,
            ),
            (a, b) => a.is_some().cmp(&b.is_some()),
        });
        parents
    }

    /// The sub-group of `members` under parent `p`: a count, the overdue
    /// tasks, and a row each (for hundreds, those furthest behind).
    fn parent_subgroup(
        &self,
        p: Option<AgencyIx>,
        members: &[AgencyIx],
        fold: bool,
    ) -> Subgroup<'_> {
        let fs = self.agencies_as_rows().1;
        let mut under: Vec<AgencyIx> = members
            .iter()
            .copied()
            .filter(|&a| fs[a].parent == p)
            .collect();
        let count = under.len();
        let overdue: usize = under.iter().map(|&a| fs[a].scorecard.overdue).sum();
        // Hundreds under one parent (a province's communes): those furthest
        // behind here, all on the parent's page.
        let cut = p.is_some() && count > SUBGROUP_ROWS;
        if cut {
            self.behind_first(&mut under);
            under.truncate(SUBGROUP_SHOWN);
        }
        let rows: Vec<_> = under.iter().map(|&a| self.agency_row(a)).collect();
        let more = cut.then(|| {
            self.theme.fill(
                "units_shown",
                &[
                    ("shown", &rows.len().to_string()),
                    ("n", &count.to_string()),
                ],
            )
        });
        Subgroup {
            parent: p.map(|p| self.agency_link(p)),
            count,
            overdue,
            agencies: rows,
            folded: fold,
            more,
        }
    }

    /// Units that have ended, each with its last day and successors: apart
    /// from the current ones.
    fn former_units(&self, order: &[AgencyIx]) -> Vec<FormerUnit<'_>> {
        let lang = self.inputs.config.language;
        let (ags, fs) = self.agencies_as_rows();
        order
            .iter()
            .filter(|&&a| fs[a].lineage.ended)
            .map(|&a| {
                let l = &fs[a].lineage;
                FormerUnit {
                    agency: self.agency_link(a),
                    until: ags[a].until.map(|d| crate::locale::format_date(d, lang)),
                    successors: l.successors.iter().map(|&s| self.agency_link(s)).collect(),
                }
            })
            .collect()
    }

    /// Agencies furthest behind first: most overdue tasks, then lowest
    /// score, then by name (the order given).
    fn behind_first(&self, order: &mut [AgencyIx]) {
        let f = self.agencies_as_rows().1;
        order.sort_by(|&a, &b| {
            f[b].scorecard
                .overdue
                .cmp(&f[a].scorecard.overdue)
                .then_with(|| by_score(f[a].scorecard.score, f[b].scorecard.score))
        });
    }

    /// `/agencies/by/<key>/` (and its further pages): every agency, sorted,
    /// [`SORTED_PAGE`] to a page.
    pub fn agencies_sorted(&self, sort: Sort, page: usize) -> AgenciesSorted<'_> {
        let mut order = self.by_name();
        let f = self.agencies_as_rows().1;
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
        let rows: Vec<_> = order
            .iter()
            .skip(first)
            .take(SORTED_PAGE)
            .map(|&a| self.agency_row(a))
            .collect();
        let title = format!("{} – {}", self.theme.t("agencies"), label);
        let range = self.theme.fill(
            "rows_range",
            &[
                ("from", &(first + 1).to_string()),
                ("to", &(first + rows.len()).to_string()),
                ("n", &order.len().to_string()),
            ],
        );
        let pagination = Pagination {
            current: page,
            total,
            label: self.theme.fill(
                "page_n",
                &[("n", &page.to_string()), ("total", &total.to_string())],
            ),
            newer: (page > 1).then(|| self.link(&sorted_url(sort, page - 1))),
            older: (page < total).then(|| self.link(&sorted_url(sort, page + 1))),
            range: Some(range),
        };
        AgenciesSorted {
            title: if page > 1 {
                format!("{title} ({})", pagination.label)
            } else {
                title
            },
            sorts: self.sort_links(ListView::Sorted(sort)),
            rows,
            pagination,
        }
    }
}
