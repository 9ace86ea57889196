//! The list of output jobs: one per file the site holds (dashboard,
//! indicator list and pages, agency lists and pages, section, tag and
//! archive lists, pages, feeds and data, chart files, photos, 404), and the
//! URL each job writes.

use super::lists::section_page_url;
use super::renderer::Renderer;
use super::{agencies, dashboard, feeds};
use crate::model::{AgencyIx, IndicatorIx, PageIx};
use crate::web::urls;

/// One output file (or, for static files, none: they are copied).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Job {
    Dashboard,
    Indicators,
    /// The targets with one status (index into `dashboard::STATUS_KEYS`).
    TargetsWithStatus(usize),
    Indicator(IndicatorIx),
    Agencies,
    /// A sorted agency list, page from 1.
    AgenciesBy(agencies::Sort, usize),
    Reporting,
    /// The reporting of the units under one agency (its index).
    ReportingOf(AgencyIx),
    Agency(AgencyIx),
    Section {
        section: usize,
        page: usize,
    },
    Page(PageIx),
    NotFound,
    Tags,
    Tag {
        tag: usize,
        page: usize,
    },
    Search,
    Feed,
    Sitemap,
    Robots,
    SearchIndex,
    DataJson,
    /// `/data/indicators/<id>.json`: one indicator's values.
    IndicatorJson(IndicatorIx),
    /// The units of one parent in an indicator of many units (indicator,
    /// group).
    IndicatorGroup(IndicatorIx, usize),
    Csv(IndicatorIx),
    /// A standalone SVG of an indicator page's chart (indicator, index).
    ChartFile(IndicatorIx, usize),
    Card(IndicatorIx),
    /// List page `page` of archive `archive` (`/news/2020/06/`).
    Archive {
        archive: usize,
        page: usize,
    },
    /// File `k` of the photos of page `page`, in the page's folder.
    Image {
        page: PageIx,
        k: usize,
    },
}

impl Renderer<'_> {
    /// Every file the site writes, photos included, static files aside.
    pub fn jobs(&self) -> Vec<Job> {
        let mut jobs = vec![
            Job::Dashboard,
            Job::Indicators,
            Job::Agencies,
            Job::Reporting,
            Job::NotFound,
            Job::Tags,
            Job::Search,
            Job::Feed,
            Job::Sitemap,
            Job::Robots,
            Job::SearchIndex,
            Job::DataJson,
        ];
        jobs.extend((0..dashboard::STATUS_KEYS.len()).map(Job::TargetsWithStatus));
        let size = self.inputs.config.page_size.max(1);
        for (ti, t) in self.derived.lists.tags.iter().enumerate() {
            let n = t.pages.len().div_ceil(size).max(1);
            jobs.extend((1..=n).map(|page| Job::Tag { tag: ti, page }));
        }
        let sorted_pages = self
            .inputs
            .agencies
            .len()
            .div_ceil(agencies::SORTED_PAGE)
            .max(1);
        for k in agencies::Sort::ALL {
            jobs.extend((1..=sorted_pages).map(|page| Job::AgenciesBy(k, page)));
        }
        let indicators = self.inputs.indicators.keys();
        jobs.extend(indicators.clone().map(Job::Csv));
        jobs.extend(indicators.clone().map(Job::IndicatorJson));
        jobs.extend(self.reporting_parents().into_iter().map(Job::ReportingOf));
        for i in indicators.clone() {
            jobs.extend(
                self.group_pages(i)
                    .into_iter()
                    .map(|g| Job::IndicatorGroup(i, g)),
            );
        }
        for i in indicators.clone() {
            let n = self.indicator_requests(i).len();
            jobs.extend((0..n).map(|k| Job::ChartFile(i, k)));
            if n > 0 {
                jobs.push(Job::Card(i));
            }
        }
        jobs.extend(indicators.map(Job::Indicator));
        jobs.extend(self.inputs.agencies.keys().map(Job::Agency));
        for (si, s) in self.derived.lists.sections.iter().enumerate() {
            let n = s
                .pages
                .len()
                .div_ceil(self.inputs.config.page_size.max(1))
                .max(1);
            jobs.extend((1..=n).map(|page| Job::Section { section: si, page }));
        }
        for (ai, a) in self.derived.lists.archives.iter().enumerate() {
            let n = a.pages.len().div_ceil(size).max(1);
            jobs.extend((1..=n).map(|page| Job::Archive { archive: ai, page }));
        }
        jobs.extend(
            (self.inputs.pages.keys())
                .filter(|&pi| {
                    self.derived.lists.pages[pi].is_some()
                        && !self.inputs.pages[pi].is_section_index
                })
                .map(Job::Page),
        );
        for pi in self.inputs.pages.keys() {
            if self.derived.lists.pages[pi].is_some() {
                let n = self.image_files(pi).len();
                jobs.extend((0..n).map(|k| Job::Image { page: pi, k }));
            }
        }
        jobs
    }

    /// The URL a job writes.
    pub fn url(&self, job: Job) -> String {
        match job {
            Job::Dashboard => "/".into(),
            Job::Indicators => urls::INDICATORS.into(),
            Job::TargetsWithStatus(k) => dashboard::status_url(dashboard::STATUS_KEYS[k]),
            Job::Indicator(i) => self.derived.indicators[i].url.clone(),
            Job::Agencies => urls::AGENCIES.into(),
            Job::AgenciesBy(k, page) => agencies::sorted_url(k, page),
            Job::Reporting => urls::REPORTING.into(),
            Job::ReportingOf(a) => agencies::reporting_url(&self.inputs.agencies[a].id),
            Job::Agency(a) => self.derived.agencies[a].url.clone(),
            Job::Section { section, page } => {
                section_page_url(&self.derived.lists.sections[section].url, page)
            }
            Job::Page(pi) => self.derived.lists.pages[pi]
                .as_ref()
                .map(|f| f.url.clone())
                .unwrap_or_default(),
            Job::NotFound => urls::NOT_FOUND.into(),
            Job::Tags => urls::TAGS.into(),
            Job::Tag { tag, page } => feeds::tag_url(&self.derived.lists.tags[tag].slug, page),
            Job::Search => urls::SEARCH.into(),
            Job::Feed => urls::FEED.into(),
            Job::Sitemap => urls::SITEMAP.into(),
            Job::Robots => urls::ROBOTS.into(),
            Job::SearchIndex => urls::SEARCH_INDEX.into(),
            Job::DataJson => urls::DATA_JSON.into(),
            Job::IndicatorJson(i) => feeds::indicator_json_url(&self.inputs.indicators[i].id),
            Job::IndicatorGroup(i, g) => self.group_url(i, g),
            Job::Csv(i) => feeds::csv_url(&self.inputs.indicators[i].id),
            Job::ChartFile(i, k) => {
                let req = &self.indicator_requests(i)[k];
                format!("{}{}.svg", self.derived.indicators[i].url, req.file_kind())
            }
            Job::Card(i) => format!("{}card.png", self.derived.indicators[i].url),
            Job::Image { page, k } => self.image_file(page, k),
            Job::Archive { archive, page } => {
                section_page_url(&self.derived.lists.archives[archive].url, page)
            }
        }
    }
}
