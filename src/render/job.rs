//! The template each job's page is rendered with: [`super::Renderer`]
//! fills it with the job's view, and `check` knows from it the ids the
//! page may have.

use super::jobs::Job;

impl Job {
    /// The template the job's page is rendered with (`check` knows the
    /// ids a page may have from it); `None` for files made directly.
    pub fn template(self) -> Option<&'static str> {
        Some(match self {
            Job::Dashboard => "index.html",
            Job::Indicators => "indicators.html",
            Job::TargetsWithStatus(_) => "targets_status.html",
            Job::Indicator(_) => "indicator.html",
            Job::Agencies => "agencies.html",
            Job::AgenciesBy(..) => "agencies_sorted.html",
            Job::Reporting | Job::ReportingOf(_) => "reporting.html",
            Job::Agency(_) => "agency.html",
            Job::Section { .. } => "section.html",
            Job::Page(_) => "page.html",
            Job::NotFound => "404.html",
            Job::Tags => "tags.html",
            Job::Tag { .. } => "tag.html",
            Job::Search => "search.html",
            Job::Feed => "feed.xml",
            Job::Sitemap => "sitemap.xml",
            Job::IndicatorGroup(..) => "indicator_group.html",
            Job::Archive { .. } => "archive.html",
            Job::Robots
            | Job::SearchIndex
            | Job::DataJson
            | Job::IndicatorJson(_)
            | Job::Csv(_)
            | Job::ChartFile(..)
            | Job::Card(_)
            | Job::Image { .. } => return None,
        })
    }
}
