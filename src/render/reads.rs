//! What one output read while it was rendered: the records (indicators,
//! parts of indicators of many units, agencies, agencies' rows and names,
//! pages' list data and bodies, photos) and the lists whose make-up it
//! followed. `serve` renders an output again only when something it read
//! changed (`incremental`).
//!
//! A leaf: the renderer's accessors ([`super::renderer::Renderer`]'s
//! `indicator`, `agency_record`, `page_meta`…) call [`note`], which adds
//! the read to the recorder of the job running on this thread, if any
//! ([`record`] sets it around one job; a job renders on one thread, with
//! no rayon inside, so no other job's reads can land in it).

use crate::model::ix::{AgencyIx, IndicatorIx, PageIx};
use std::cell::RefCell;

/// The reads of one output.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reads {
    /// Which outputs the site has (the sitemap lists them).
    pub jobs: bool,
    /// The lists' make-up and order: sections, tags, pages by date,
    /// related pages, archives.
    pub order: bool,
    /// Every name the search index holds.
    pub names: bool,
    /// The latest year any indicator has a value for.
    pub latest_year: bool,
    pub indicators: Vec<IndicatorIx>,
    /// (indicator, part) of indicators of many units: part 0 is what every
    /// page shows of it, part `g + 1` group `g`'s values.
    pub indicator_parts: Vec<(IndicatorIx, usize)>,
    pub agencies: Vec<AgencyIx>,
    /// Agencies whose row in the lists was read.
    pub rows: Vec<AgencyIx>,
    /// Agencies whose name (short name, kind, end, successors) was read.
    pub agency_names: Vec<AgencyIx>,
    /// Pages whose list data (title, date, summary, URL, thumbnail) was read.
    pub page_meta: Vec<PageIx>,
    /// Pages whose rendered Markdown was read.
    pub page_body: Vec<PageIx>,
    /// Pages whose photo files the output is.
    pub images: Vec<PageIx>,
    /// Reads of these indicators count as reads of these parts only
    /// (see [`narrowed`]); not a read itself.
    narrow: Vec<(IndicatorIx, [usize; 2])>,
}

impl Reads {
    /// Sorted, without repeats.
    fn tidy(mut self) -> Reads {
        fn t<T: Ord>(v: &mut Vec<T>) {
            v.sort_unstable();
            v.dedup();
            v.shrink_to_fit();
        }
        t(&mut self.indicators);
        t(&mut self.indicator_parts);
        t(&mut self.agencies);
        t(&mut self.rows);
        t(&mut self.agency_names);
        t(&mut self.page_meta);
        t(&mut self.page_body);
        t(&mut self.images);
        self.narrow = Vec::new();
        self
    }

    /// A read of indicator `i`: of the parts it is narrowed to, if it is.
    pub fn indicator(&mut self, i: IndicatorIx) {
        match self.narrow.iter().rev().find(|(n, _)| *n == i) {
            Some(&(_, parts)) => self.indicator_parts.extend(parts.map(|p| (i, p))),
            None => self.indicators.push(i),
        }
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Reads>> = const { RefCell::new(None) };
}

/// Runs `f` with a recorder of its own on this thread: what `f` returns,
/// and what it read. A recorder already there is put back afterwards.
pub fn record<T>(f: impl FnOnce() -> T) -> (T, Reads) {
    let outer = CURRENT.with(|c| c.replace(Some(Reads::default())));
    let out = f();
    let reads = CURRENT.with(|c| c.replace(outer)).unwrap_or_default();
    (out, reads.tidy())
}

/// Adds a read to the recorder of this thread, if one is there.
pub fn note(f: impl FnOnce(&mut Reads)) {
    CURRENT.with(|c| {
        if let Some(r) = c.borrow_mut().as_mut() {
            f(r);
        }
    });
}

/// Runs `f` with the reads of indicator `i` counted as reads of `parts`
/// (what a page showing one unit's row of an indicator of many units
/// shows of it); the parts count as read.
pub fn narrowed<T>(i: IndicatorIx, parts: [usize; 2], f: impl FnOnce() -> T) -> T {
    note(|r| {
        r.indicator_parts.extend(parts.map(|p| (i, p)));
        r.narrow.push((i, parts));
    });
    let out = f();
    note(|r| {
        r.narrow.pop();
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(n: usize) -> IndicatorIx {
        IndicatorIx::from(n)
    }

    fn a(n: usize) -> AgencyIx {
        AgencyIx::from(n)
    }

    #[test]
    fn records_only_inside_record() {
        note(|r| r.indicators.push(i(9)));
        let ((), reads) = record(|| {
            note(|r| r.indicators.push(i(3)));
            note(|r| r.indicators.push(i(1)));
            note(|r| r.indicators.push(i(3)));
            note(|r| r.order = true);
        });
        assert_eq!(reads.indicators, vec![i(1), i(3)]);
        assert!(reads.order);
        let ((), empty) = record(|| {});
        assert_eq!(empty, Reads::default());
    }

    #[test]
    fn nested_records_keep_apart() {
        let ((), outer) = record(|| {
            note(|r| r.agencies.push(a(1)));
            let ((), inner) = record(|| note(|r| r.agencies.push(a(2))));
            assert_eq!(inner.agencies, vec![a(2)]);
            note(|r| r.agencies.push(a(3)));
        });
        assert_eq!(outer.agencies, vec![a(1), a(3)]);
    }

    #[test]
    fn narrowed_reads_are_of_parts() {
        let ((), reads) = record(|| {
            narrowed(i(4), [0, 3], || note(|r| r.indicator(i(4))));
            note(|r| r.indicator(i(5)));
        });
        assert_eq!(reads.indicators, vec![i(5)]);
        assert_eq!(reads.indicator_parts, vec![(i(4), 0), (i(4), 3)]);
        let ((), after) = record(|| {
            narrowed(i(4), [0, 1], || {});
            note(|r| r.indicator(i(4)));
        });
        assert_eq!(after.indicators, vec![i(4)]);
    }
}
