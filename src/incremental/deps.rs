//! What each output shows: the indicators, agencies, pages and lists
//! whose change makes it again ([`deps`]), checked against what changed
//! ([`Deps::touches`]).

use super::hashes::Changed;
use crate::render::{Job, Renderer};

/// What one output shows.
#[derive(Default)]
pub struct Deps {
    /// Re-rendered after any change.
    always: bool,
    /// Re-rendered when any indicator changed.
    any_indicator: bool,
    /// Re-rendered when any agency's row in the lists changed.
    any_row: bool,
    /// Re-rendered when a name in the search index changed.
    names: bool,
    /// Re-rendered when any page's list data changed, or the lists' order.
    any_page_meta: bool,
    order: bool,
    indicators: Vec<usize>,
    /// Parts of indicators of many units (see
    /// [`Hashes::indicator_parts`](super::hashes::Hashes::indicator_parts)).
    indicator_parts: Vec<(usize, usize)>,
    agencies: Vec<usize>,
    /// Agencies whose name (only) the output shows.
    agency_names: Vec<usize>,
    page_meta: Vec<usize>,
    pub(super) page_body: Vec<usize>,
    /// Pages whose photo files the output is.
    images: Vec<usize>,
}

impl Deps {
    /// An indicator whose agencies were renamed counts as changed itself
    /// (see `apply`), so listing the indicator is enough.
    fn with_indicators(&mut self, is: &[usize]) {
        self.indicators.extend_from_slice(is);
    }

    pub(super) fn touches(&self, c: &Changed) -> bool {
        self.always
            || (self.any_indicator && !c.indicators.is_empty())
            || (self.any_row && c.rows)
            || (self.names && c.names)
            || (self.any_page_meta && (!c.page_meta.is_empty() || c.order))
            || (self.order && c.order)
            || self.indicators.iter().any(|i| c.indicators.contains(i))
            || self
                .indicator_parts
                .iter()
                .any(|p| c.indicator_parts.contains(p))
            || self.agencies.iter().any(|a| c.agencies.contains(a))
            || self.agency_names.iter().any(|a| c.agency_names.contains(a))
            || self.page_meta.iter().any(|p| c.page_meta.contains(p))
            || self.page_body.iter().any(|p| c.page_body.contains(p))
            || self.images.iter().any(|p| c.images.contains(p))
    }
}

/// The pages on list page `page` (1-based) of a paginated list.
fn on_list_page(pages: &[usize], page: usize, size: usize) -> &[usize] {
    let start = ((page - 1) * size).min(pages.len());
    &pages[start..(start + size).min(pages.len())]
}

/// The agencies whose names an indicator's views show: its entities, its
/// owner, the agencies that answer for it.
pub(super) fn indicator_agencies(r: &Renderer, i: usize) -> Vec<usize> {
    let d = r.derived;
    let f = &d.indicators[i];
    let mut v: Vec<usize> = f
        .series
        .iter()
        .filter_map(|s| d.agency_index.get(&s.entity).copied())
        .collect();
    v.extend(
        r.inputs.indicators[i]
            .owner
            .as_ref()
            .and_then(|o| d.agency_index.get(o)),
    );
    v.extend(&f.responsible);
    v
}

/// The records an output shows.
pub fn deps(r: &Renderer, job: Job, jobs_changed: bool) -> Deps {
    let d = r.derived;
    let size = r.inputs.config.page_size.max(1);
    let mut dep = Deps::default();
    match job {
        Job::Dashboard => {
            dep.any_indicator = true;
            dep.any_row = true;
            dep.any_page_meta = true;
        }
        Job::Indicators | Job::DataJson | Job::TargetsWithStatus(_) => dep.any_indicator = true,
        Job::SearchIndex => {
            dep.names = true;
            dep.any_page_meta = true;
        }
        Job::Agencies | Job::AgenciesBy(..) | Job::Reporting | Job::ReportingOf(_) => {
            dep.any_row = true;
            dep.names = true;
        }
        Job::Feed => return feed(r),
        Job::Sitemap => {
            dep.any_page_meta = true;
            dep.always = jobs_changed;
        }
        Job::NotFound | Job::Search | Job::Robots => {}
        Job::Tags => dep.order = true,
        Job::Tag { tag, page } => {
            dep.order = true;
            dep.page_meta
                .extend(on_list_page(&d.tags[tag].pages, page, size));
        }
        Job::Section { section, page } => {
            dep.order = true;
            let s = &d.sections[section];
            dep.page_meta.extend(on_list_page(&s.pages, page, size));
            dep.page_meta.extend(s.index_page);
            dep.page_body.extend(s.index_page);
        }
        Job::Page(pi) => return page(r, pi),
        Job::Archive { archive, page } => {
            dep.order = true;
            let a = &d.archives[archive];
            dep.page_meta.extend(on_list_page(&a.pages, page, size));
            dep.page_meta.extend(d.sections[a.section].index_page);
        }
        Job::Image { page, .. } => dep.images.push(page),
        Job::Indicator(i) | Job::Csv(i) | Job::ChartFile(i, _) | Job::Card(i) => {
            return indicator(r, i);
        }
        Job::IndicatorJson(i) => dep.with_indicators(&[i]),
        Job::IndicatorGroup(i, g) => {
            dep.indicator_parts.extend([(i, 0), (i, g + 1)]);
            dep.agency_names
                .extend(d.indicators[i].groups.groups.get(g).and_then(|g| g.parent));
        }
        Job::Agency(a) => return agency(r, a),
    }
    dep
}

/// The feed: every page's list data, and the indicators its entries
/// cite (each entry lists them, with values).
fn feed(r: &Renderer) -> Deps {
    let d = r.derived;
    let mut dep = Deps {
        any_page_meta: true,
        ..Default::default()
    };
    let cited: Vec<usize> = d
        .dated
        .iter()
        .filter(|&&pi| r.inputs.pages[pi].meta.date.is_some())
        .take(crate::render::feeds::FEED_ENTRIES)
        .flat_map(|&pi| &r.inputs.pages[pi].meta.indicators)
        .filter_map(|id| d.indicator_index.get(id).copied())
        .collect();
    dep.with_indicators(&cited);
    dep
}

/// Page `pi`: itself, its related pages, its section's index, the
/// indicators and agencies its front matter names.
fn page(r: &Renderer, pi: usize) -> Deps {
    let d = r.derived;
    let mut dep = Deps::default();
    dep.page_meta.push(pi);
    dep.page_body.push(pi);
    dep.order = true; // the section's title comes from its _index.md
    // "Các tin khác" (which pages: `order`; what of them: their meta).
    dep.page_meta
        .extend(d.related.get(pi).into_iter().flatten());
    let m = &r.inputs.pages[pi].meta;
    let is: Vec<usize> = m
        .indicators
        .iter()
        .filter_map(|id| d.indicator_index.get(id).copied())
        .collect();
    dep.with_indicators(&is);
    dep.agency_names.extend(
        m.agencies
            .iter()
            .filter_map(|id| d.agency_index.get(id).copied()),
    );
    let section = d.pages[pi].as_ref().map(|f| f.section.as_str());
    if let Some(s) = d.sections.iter().find(|s| Some(s.url.as_str()) == section) {
        dep.page_meta.extend(s.index_page);
    }
    dep
}

/// Indicator `i`'s page, CSV, chart files and card: the indicator, the
/// pages citing it, and for many units the parents its page names.
fn indicator(r: &Renderer, i: usize) -> Deps {
    let d = r.derived;
    let mut dep = Deps::default();
    dep.with_indicators(&[i]);
    dep.page_meta.extend(&d.indicators[i].cited_by);
    // Many units: the page names their parents.
    if r.is_many(i) {
        dep.agency_names.extend(
            d.indicators[i]
                .groups
                .groups
                .iter()
                .filter_map(|g| g.parent),
        );
    }
    dep
}

/// Agency `a`'s page: the agency, its parent, units and lineage by name,
/// the indicators it owns, is observed in or answers for, the pages
/// citing it.
fn agency(r: &Renderer, a: usize) -> Deps {
    let d = r.derived;
    let f = &d.agencies[a];
    let mut dep = Deps::default();
    dep.agencies.push(a);
    dep.agency_names.extend(f.parent);
    dep.agency_names.extend(&f.children);
    let mut is: Vec<usize> = f.owned.clone();
    // Of an indicator of many units, a unit's page shows its row: what
    // every page shows of the indicator, and the unit's group.
    for (&i, &k) in f.observed.iter().zip(&f.observed_series) {
        match d.indicators[i].groups.standing_group(k) {
            Some(g) if r.is_many(i) => {
                dep.indicator_parts.extend([(i, 0), (i, g + 1)]);
            }
            _ => is.push(i),
        }
    }
    // The units under it, each with its row.
    dep.any_row |= !f.children.is_empty();
    // Its successors and predecessors by name; the duties it took
    // over, as their units hold them.
    dep.agency_names.extend(&f.lineage.successors);
    dep.agency_names.extend(&f.lineage.predecessors);
    dep.agencies
        .extend(f.lineage.taken_over.iter().map(|&(p, _)| p));
    for resp in &r.inputs.agencies[a].responsibilities {
        is.extend(
            resp.indicators
                .iter()
                .filter_map(|id| d.indicator_index.get(id).copied()),
        );
    }
    dep.with_indicators(&is);
    dep.page_meta.extend(&f.cited_by);
    dep
}
