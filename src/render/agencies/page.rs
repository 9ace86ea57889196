//! `/agencies/<id>/`: who heads the agency, what it was made responsible
//! for and whether it was done (its own duties and those taken over from
//! units that ended), its scorecard, the indicators it leads and reports
//! (a chart each, or past a few one compact table), its units and the
//! pages citing it.

use serde::Serialize;
use serde_json::Value;

use crate::model::{AgencyIx, Day, IndicatorIx};
use crate::render::blocks::{ChartKind, ChartRequest, ChartView};
use crate::render::renderer::Renderer;
use crate::render::views::{AgencyLink, IndicatorLink, PageCard, StatusView};

/// Up to this many indicators, an agency's page draws a chart of each.
const OBSERVED_CHARTS: usize = 3;

/// `/agencies/<id>/` (`agency.html`): the typed parts are those that grow
/// with the number of indicators (a commune's fifty).
#[derive(Serialize)]
pub struct AgencyPage<'a> {
    title: &'a str,
    agency: AgencyHeader<'a>,
    row: super::row::AgencyRow<'a>,
    scorecard: super::scorecard::ScorecardView<'a>,
    heads: Vec<HeadView<'a>>,
    head: Option<HeadView<'a>>,
    tasks: Vec<TaskView<'a>>,
    taken_over: Vec<TakenOver<'a>>,
    lineage: Lineage<'a>,
    owned: Vec<Value>,
    observed: Vec<ObservedChart<'a>>,
    observed_places: bool,
    /// The places are among the units of the agency's parent (a
    /// commune's among its province's); else among all of its kind.
    places_in_parent: bool,
    observed_table: Vec<ObservedRow>,
    reported: Vec<IndicatorLink<'a>>,
    not_reported: Vec<IndicatorLink<'a>>,
    parent: Option<Parent<'a>>,
    /// The units under it with a task or a score, as rows.
    children: Vec<super::row::AgencyRow<'a>>,
    /// Those without: their names only, not rows of dashes and zeros
    /// (forty communes' cards on a phone).
    children_idle: Vec<super::row::AgencyRow<'a>>,
    children_count: usize,
    cited_by: Vec<PageCard<'a>>,
}

/// The agency's id, name and kind in words.
#[derive(Serialize)]
pub struct AgencyHeader<'a> {
    id: &'a str,
    name: &'a str,
    kind: String,
}

/// A head of the agency, and since and until when.
#[derive(Serialize, Clone)]
pub struct HeadView<'a> {
    name: &'a str,
    title: Option<&'a str>,
    since: Option<String>,
    until: Option<String>,
}

/// A duty: its due date, whether it was done and under which head, its
/// indicators, and to whom it was handed over.
#[derive(Serialize)]
pub struct TaskView<'a> {
    task: &'a str,
    due: String,
    due_iso: String,
    done: Option<String>,
    status: StatusView,
    head: Option<&'a str>,
    indicators: Vec<IndicatorLink<'a>>,
    note: Option<&'a str>,
    handed_over: Option<String>,
}

/// A duty taken over from a unit that ended.
#[derive(Serialize)]
pub struct TakenOver<'a> {
    task: &'a str,
    due: String,
    due_iso: String,
    status: StatusView,
    from: AgencyLink<'a>,
}

/// When the agency ended, the units it became and those it came from.
#[derive(Serialize)]
pub struct Lineage<'a> {
    ended: Option<String>,
    successors: Vec<AgencyLink<'a>>,
    predecessors: Vec<AgencyLink<'a>>,
}

/// A chart of an indicator the agency reports.
#[derive(Serialize)]
pub struct ObservedChart<'a> {
    indicator: IndicatorLink<'a>,
    chart: ChartView<'a>,
}

/// The agency above: another agency's link, or the region (no link).
#[derive(Serialize)]
pub struct Parent<'a> {
    name: &'a str,
    url: Option<String>,
}

/// One indicator in an agency's compact table.
#[derive(Serialize)]
pub struct ObservedRow {
    /// An [`IndicatorLink`], shared (see [`Memo`](crate::render::memo::Memo)).
    indicator: tera::Value,
    value: Option<String>,
    year: Option<i32>,
    change: Option<String>,
    place: Option<String>,
    /// A [`StatusView`], shared.
    status: Option<tera::Value>,
    spark: Option<String>,
}

impl Renderer<'_> {
    /// `/agencies/<id>/` of agency `a`.
    pub fn agency(&self, a: AgencyIx) -> AgencyPage<'_> {
        let ag = self.agency_record(a);
        let f = self.agency_facts(a);
        let heads = self.agency_heads(a);
        let (observed_table, observed) = self.agency_observed(a);
        let (children_idle, children): (Vec<_>, Vec<_>) = (f.children.iter())
            .map(|&c| self.agency_row(c))
            .partition(super::row::AgencyRow::idle);
        AgencyPage {
            title: &ag.name,
            agency: AgencyHeader {
                id: &ag.id,
                name: &ag.name,
                kind: self
                    .theme
                    .t(&format!("kind_{}", ag.kind.as_str()))
                    .to_string(),
            },
            row: self.agency_row(a),
            scorecard: self.scorecard_view(&f.scorecard),
            head: heads.last().cloned(),
            heads,
            tasks: self.agency_tasks(a),
            taken_over: self.agency_taken_over(a),
            lineage: self.agency_lineage(a),
            owned: self.agency_owned(a),
            observed,
            observed_places: observed_table.iter().any(|r| r.place.is_some()),
            places_in_parent: f.parent.is_some(),
            observed_table,
            reported: f
                .reported
                .iter()
                .map(|&i| self.unit_due_link(a, i))
                .collect(),
            not_reported: (f.not_reported.iter())
                .map(|&i| self.unit_due_link(a, i))
                .collect(),
            parent: self.agency_parent(a),
            children_count: f.children.len(),
            children_idle,
            children,
            cited_by: f.cited_by.iter().map(|&pi| self.page_card(pi)).collect(),
        }
    }

    /// A date as the site's language writes it.
    fn day_text(&self, d: Day) -> String {
        crate::locale::format_date(d, self.inputs.config.language)
    }

    /// Who has headed agency `a`, the present head last.
    fn agency_heads(&self, a: AgencyIx) -> Vec<HeadView<'_>> {
        let date = |d: Day| self.day_text(d);
        self.agency_facts(a)
            .heads
            .iter()
            .map(|h| HeadView {
                name: &h.name,
                title: h.title.as_deref(),
                since: h.since.map(date),
                until: h.until.map(date),
            })
            .collect()
    }

    /// Links to the units that took over from agency `a`, if it ended.
    fn successor_links(&self, a: AgencyIx) -> Vec<AgencyLink<'_>> {
        self.agency_facts(a)
            .lineage
            .successors
            .iter()
            .map(|&s| self.agency_link(s))
            .collect()
    }

    /// What agency `a` was made responsible for: each duty, its due date,
    /// whether it was done and under which head, its indicators, and to
    /// whom it was handed over if the agency ended.
    fn agency_tasks(&self, a: AgencyIx) -> Vec<TaskView<'_>> {
        let ag = self.agency_record(a);
        let f = self.agency_facts(a);
        let date = |d: Day| self.day_text(d);
        let handed_to = self
            .successor_links(a)
            .iter()
            .map(|s| s.name)
            .collect::<Vec<_>>()
            .join(", ");
        ag.responsibilities
            .iter()
            .zip(&f.tasks)
            .enumerate()
            .map(|(k, (r, (status, head)))| {
                let indicators: Vec<_> = r
                    .indicators
                    .iter()
                    .filter_map(|id| self.derived.indicator_index.get(id))
                    .map(|&i| self.indicator_link(i))
                    .collect();
                let handed_over = f.lineage.handed_over.get(k).copied().unwrap_or(false);
                TaskView {
                    task: &r.task,
                    due: date(r.due),
                    due_iso: r.due.to_string(),
                    done: r.done.filter(|d| *d <= self.derived.today).map(date),
                    status: self.task_view(*status),
                    head: head.map(|h| f.heads[h].name.as_str()),
                    indicators,
                    note: r.note.as_deref(),
                    handed_over: handed_over
                        .then(|| self.theme.fill("handed_over", &[("names", &handed_to)])),
                }
            })
            .collect()
    }

    /// Duties handed over to agency `a` by units that ended, judged today.
    fn agency_taken_over(&self, a: AgencyIx) -> Vec<TakenOver<'_>> {
        self.agency_facts(a)
            .lineage
            .taken_over
            .iter()
            .map(|&(p, k)| {
                let r = &self.agency_record(p).responsibilities[k];
                let (status, _) = self.agency_facts(p).tasks[k];
                TakenOver {
                    task: &r.task,
                    due: self.day_text(r.due),
                    due_iso: r.due.to_string(),
                    status: self.task_view(status),
                    from: self.agency_link(p),
                }
            })
            .collect()
    }

    /// When agency `a` ended, the units it became and those it came from.
    fn agency_lineage(&self, a: AgencyIx) -> Lineage<'_> {
        let l = &self.agency_facts(a).lineage;
        Lineage {
            ended: self.agency_record(a).until.map(|u| {
                self.theme
                    .fill("unit_ended", &[("date", &self.day_text(u))])
            }),
            successors: self.successor_links(a),
            predecessors: l
                .predecessors
                .iter()
                .map(|&p| self.agency_link(p))
                .collect(),
        }
    }

    /// Cards of the indicators agency `a` leads, the worst first.
    fn agency_owned(&self, a: AgencyIx) -> Vec<Value> {
        let mut owned = self.agency_facts(a).owned.clone();
        self.worst_first(&mut owned);
        owned.iter().map(|&i| self.indicator_card(i)).collect()
    }

    /// The indicators agency `a` reports: a chart of each, or past
    /// [`OBSERVED_CHARTS`] (a commune's fifty) one compact table instead.
    fn agency_observed(&self, a: AgencyIx) -> (Vec<ObservedRow>, Vec<ObservedChart<'_>>) {
        let f = self.agency_facts(a);
        if f.observed.len() > OBSERVED_CHARTS {
            // Not again what a card of the agency's own indicators shows:
            // the same series (the province's own, on its page).
            let id = Some(self.agency_record(a).id.as_str());
            let table = f
                .observed
                .iter()
                .zip(&f.observed_series)
                .filter(|&(&i, _)| {
                    !(f.owned.contains(&i) && self.indicator_facts(i).primary_entity() == id)
                })
                .map(|(&i, &k)| self.unit_row(i, k, || self.observed_row(i, k)))
                .collect();
            return (table, Vec::new());
        }
        let charts = f
            .observed
            .iter()
            .zip(&f.observed_series)
            .zip(self.agency_chart_requests(a))
            .map(|((&i, &k), req)| self.unit_row(i, k, || self.observed_chart(i, &req)))
            .collect();
        (Vec::new(), charts)
    }

    /// The charts of agency `a`'s page: a line of each indicator it
    /// reports, none past [`OBSERVED_CHARTS`] (a table shows them then).
    pub fn agency_chart_requests(&self, a: AgencyIx) -> Vec<ChartRequest> {
        let f = self.agency_facts(a);
        if f.observed.len() > OBSERVED_CHARTS {
            return Vec::new();
        }
        let id = std::slice::from_ref(&self.agency_record(a).id);
        f.observed
            .iter()
            .map(|&i| self.chart_request(i, ChartKind::Line, id, &[], None, false))
            .collect()
    }

    /// The chart of indicator `i` drawn for `req`, with the indicator's link.
    fn observed_chart(&self, i: IndicatorIx, req: &ChartRequest) -> ObservedChart<'_> {
        self.indicator_facts(i); // what the chart shows
        ObservedChart {
            indicator: self.indicator_link(i),
            chart: self.chart_view(req),
        }
    }

    /// The agency above agency `a`: another agency, the site's region, or
    /// none.
    fn agency_parent(&self, a: AgencyIx) -> Option<Parent<'_>> {
        let ag = self.agency_record(a);
        match self.agency_facts(a).parent {
            Some(p) => {
                let link = self.agency_link(p);
                Some(Parent {
                    name: link.name,
                    url: Some(link.url),
                })
            }
            None => match &ag.parent {
                Some(p) if p == &self.inputs.config.region.id => Some(Parent {
                    name: &self.inputs.config.region.name,
                    url: None,
                }),
                _ => None,
            },
        }
    }

    /// One indicator in an agency's table: its latest value, change, place
    /// among the units of the same parent, status and trend.
    fn observed_row(&self, i: IndicatorIx, k: usize) -> ObservedRow {
        // Read here, for the link and status shared through the memo below.
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let f = self.fmt(ind);
        let series = &facts.series[k];
        let latest = series.latest();
        let change = series.previous().zip(series.latest());
        let of = |p: &crate::derive::Point| {
            if f.is_rank() {
                facts.ranked_of(p.year, p.of)
            } else {
                None
            }
        };
        ObservedRow {
            indicator: self.memo.indicator_link(i, || {
                tera::Value::from_serializable(&self.indicator_link(i))
            }),
            // A place says "hạng 43/63", not a bare "43/63".
            value: latest.map(|p| f.value_of(p.value, of(p))),
            year: latest.map(|p| p.year),
            change: change.map(|(p, l)| f.change(l.value - p.value)),
            place: self.standing_text(i, k),
            status: self.unit_status(i, k),
            spark: crate::charts::sparkline_svg(
                &series.pairs(),
                ind.direction() == crate::model::Direction::LowerIsBetter,
            ),
        }
    }
}
