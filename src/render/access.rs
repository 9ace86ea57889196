//! The records as views read them: each accessor returns a record (or its
//! derived facts) and notes the read in the recorder of the job being
//! rendered ([`super::reads`]), when the renderer records (`serve`).
//!
//! Views read per-record data only through these; what a view shows of a
//! list whose make-up it follows (the pages of a tag, which agencies are
//! units of another) is noted where it decides it: [`Renderer::lists`]
//! for the lists of pages, the per-record accessors for the records it
//! looks at to choose.

use super::reads::{self, Reads};
use super::rendered::RenderedMarkdown;
use super::renderer::Renderer;
use crate::derive::{AgencyFacts, Derived, IndicatorFacts, PageFacts};
use crate::model::{Agency, AgencyIx, Indicator, IndicatorIx, Page, PageIx, TiSlice};

impl Renderer<'_> {
    /// Adds a read to the job's recorder (nothing unless recording).
    #[inline]
    pub(super) fn note(&self, f: impl FnOnce(&mut Reads)) {
        if self.recording {
            reads::note(f);
        }
    }

    /// Indicator `i`'s record.
    pub fn indicator_of(&self, i: IndicatorIx) -> &Indicator {
        self.note(|r| r.indicator(i));
        &self.inputs.indicators[i]
    }

    /// Indicator `i`'s derived facts.
    pub fn indicator_facts(&self, i: IndicatorIx) -> &IndicatorFacts {
        self.note(|r| r.indicator(i));
        &self.derived.indicators[i]
    }

    /// Every indicator's record and facts (a list of them all).
    pub fn all_indicators(
        &self,
    ) -> impl Iterator<Item = (IndicatorIx, &Indicator, &IndicatorFacts)> {
        self.note(|r| r.indicators.extend(self.inputs.indicators.keys()));
        (self.inputs.indicators.iter_enumerated())
            .zip(&self.derived.indicators)
            .map(|((i, ind), f)| (i, ind, f))
    }

    /// Runs `f` with the reads of indicator `i` (of many units) counted as
    /// reads of what every page shows of it and of group `g` only: what a
    /// unit's row shows.
    pub fn narrowed<T>(&self, i: IndicatorIx, g: usize, f: impl FnOnce() -> T) -> T {
        if self.recording {
            reads::narrowed(i, [0, g + 1], f)
        } else {
            f()
        }
    }

    /// Runs `f`, which shows series `k` of indicator `i` (a unit's row):
    /// of an indicator of many units, what it reads of `i` counts as what
    /// every page shows of it and the unit's group only.
    pub fn unit_row<T>(&self, i: IndicatorIx, k: usize, f: impl FnOnce() -> T) -> T {
        let d = &self.derived.indicators[i];
        match d.groups.standing_group(k) {
            Some(g) if d.series.len() > crate::derive::groups::MANY => self.narrowed(i, g, f),
            _ => f(),
        }
    }

    /// Which series of indicator `i` is agency `a`'s (a read of what every
    /// page shows of `i`: its units, noted by [`Renderer::unit_row`]).
    pub fn unit_series(&self, a: AgencyIx, i: IndicatorIx) -> Option<usize> {
        let f = &self.derived.agencies[a];
        let n = f.observed.iter().position(|&o| o == i)?;
        f.observed_series.get(n).copied()
    }

    /// Agency `a`'s record, all of it.
    pub fn agency_record(&self, a: AgencyIx) -> &Agency {
        self.note(|r| r.agencies.push(a));
        &self.inputs.agencies[a]
    }

    /// Agency `a`'s derived facts, all of them.
    pub fn agency_facts(&self, a: AgencyIx) -> &AgencyFacts {
        self.note(|r| r.agencies.push(a));
        &self.derived.agencies[a]
    }

    /// Agency `a` as the lists show it (its row: name, head, parent,
    /// tasks by status, score, what it reported, its end and successors).
    pub fn agency_as_row(&self, a: AgencyIx) -> (&Agency, &AgencyFacts) {
        self.note(|r| r.rows.push(a));
        (&self.inputs.agencies[a], &self.derived.agencies[a])
    }

    /// Every agency as the lists show it (see [`Renderer::agency_as_row`]).
    pub fn agencies_as_rows(
        &self,
    ) -> (&TiSlice<AgencyIx, Agency>, &TiSlice<AgencyIx, AgencyFacts>) {
        self.note(|r| r.rows.extend(self.inputs.agencies.keys()));
        (&self.inputs.agencies, &self.derived.agencies)
    }

    /// Agency `a`'s name, short name, kind, end, URL, successors.
    pub fn agency_named(&self, a: AgencyIx) -> (&Agency, &AgencyFacts) {
        self.note(|r| r.agency_names.push(a));
        (&self.inputs.agencies[a], &self.derived.agencies[a])
    }

    /// Every agency by name (their names read).
    pub fn agencies_by_name(&self) -> &[AgencyIx] {
        self.note(|r| r.agency_names.extend(self.inputs.agencies.keys()));
        &self.derived.agencies_by_name
    }

    /// Page `pi`'s record (front matter) as lists show it.
    pub fn page_meta(&self, pi: PageIx) -> &Page {
        self.note(|r| r.page_meta.push(pi));
        &self.inputs.pages[pi]
    }

    /// Page `pi`'s derived facts (`None`: not built).
    pub fn page_facts(&self, pi: PageIx) -> Option<&PageFacts> {
        self.note(|r| r.page_meta.push(pi));
        self.derived.lists.pages[pi].as_ref()
    }

    /// Page `pi`'s rendered Markdown.
    pub fn page_body(&self, pi: PageIx) -> Option<&RenderedMarkdown> {
        self.note(|r| r.page_body.push(pi));
        self.markdown.get(pi).and_then(Option::as_ref)
    }

    /// The lists of pages (sections, tags, pages by date, related pages,
    /// archives): their make-up and order.
    pub fn lists(&self) -> &Derived {
        self.note(|r| r.order = true);
        self.derived
    }

    /// Every indicator's and agency's name, short name, description, head
    /// (what the search index holds), with their facts.
    #[allow(clippy::type_complexity)]
    pub fn every_name(
        &self,
    ) -> (
        impl Iterator<Item = (&Indicator, &IndicatorFacts)>,
        impl Iterator<Item = (&Agency, &AgencyFacts)>,
    ) {
        self.note(|r| r.names = true);
        (
            self.inputs.indicators.iter().zip(&self.derived.indicators),
            self.inputs.agencies.iter().zip(&self.derived.agencies),
        )
    }

    /// The latest year any indicator has a value for.
    pub fn latest_year(&self) -> Option<i32> {
        self.note(|r| r.latest_year = true);
        self.derived.latest_year
    }

    /// Notes that the output lists the site's outputs.
    pub fn reads_jobs(&self) {
        self.note(|r| r.jobs = true);
    }

    /// Notes that the output is page `pi`'s photo files.
    pub fn reads_images(&self, pi: PageIx) {
        self.note(|r| r.images.push(pi));
    }
}
