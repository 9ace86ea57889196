//! The ids of the charts on the pages baocao makes from data, as the code
//! that makes them reports them: a chart's HTML's (`chart-sipas-line`)
//! and its drawing's (its `<title>` and `<desc>`, in both layouts).

use crate::render::{Job, Renderer};
use crate::web::urls;

/// The ids of the charts of every page made from data, by output path:
/// an indicator's charts and the chart of its components, an agency's
/// charts, the ranking on the list of agencies. Each such page is listed,
/// with no ids when it shows no chart, so that a `chart-…` anchor on it is
/// judged.
pub(super) fn pages(r: &Renderer) -> Vec<(String, Vec<String>)> {
    r.jobs()
        .into_iter()
        .filter_map(|job| {
            let ids: Vec<String> = match job {
                Job::Indicator(i) => r
                    .indicator_requests(i)
                    .iter()
                    .flat_map(|q| r.chart_ids(q))
                    .chain(r.components_view(i).into_iter().flat_map(|v| v.chart_ids))
                    .collect(),
                Job::Agency(a) => r
                    .agency_chart_requests(a)
                    .iter()
                    .flat_map(|q| r.chart_ids(q))
                    .collect(),
                Job::Agencies => r.ranking_chart().map(|c| c.chart_ids).unwrap_or_default(),
                _ => return None,
            };
            Some((urls::file_for(&r.url(job)), ids))
        })
        .collect()
}
