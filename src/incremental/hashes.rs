//! What changed since the last build: a hash of what each indicator,
//! agency and page shows (records, derived facts, rendered Markdown,
//! photo files) and of the order of the lists, compared build to build.

use std::collections::{BTreeSet, HashSet};
use std::hash::{Hash, Hasher};

use crate::model::{AgencyIx, IndicatorIx, PageIx, TiSlice, TiVec};
use crate::render::Renderer;
use crate::render::markdown::RenderedMarkdown;

fn hash_of(v: impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    v.hash(&mut h);
    h.finish()
}

/// Hashes formatted text without building the string.
/// A hash of formatted text (xxh3: records of a commune site format to
/// megabytes).
fn hash_fmt(args: std::fmt::Arguments) -> u64 {
    struct W(xxhash_rust::xxh3::Xxh3);
    impl std::fmt::Write for W {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.update(s.as_bytes());
            Ok(())
        }
    }
    let mut w = W(xxhash_rust::xxh3::Xxh3::new());
    let _ = std::fmt::write(&mut w, args);
    w.0.digest()
}

/// A hash of what each record shows, to tell what changed.
#[derive(Default)]
pub(super) struct Hashes {
    indicators: TiVec<IndicatorIx, u64>,
    /// For an indicator of many units: what every page shows of it (its
    /// description, targets, the groups' make-up), then each group's
    /// values, places and statuses. A unit's page shows only these two.
    indicator_parts: TiVec<IndicatorIx, Vec<u64>>,
    agencies: TiVec<AgencyIx, u64>,
    /// Title, date, summary, tags, URL…: what lists show of a page.
    page_meta: TiVec<PageIx, u64>,
    /// The rendered Markdown.
    page_body: TiVec<PageIx, u64>,
    /// The photo files of each page's folder.
    images: TiVec<PageIx, u64>,
    /// The lists: sections, tags, pages by date.
    order: u64,
    /// What the agency lists show of each agency (its row, its reporting).
    rows: TiVec<AgencyIx, u64>,
    /// Each agency's name, which other views show.
    agency_names: TiVec<AgencyIx, u64>,
    /// The names the search index and the agency lists hold: indicators',
    /// agencies' (and their short names, in the ranking chart), heads'.
    names: u64,
    /// The latest year any indicator has a value for.
    latest_year: Option<i32>,
}

impl Hashes {
    /// The data parts only (what `data_of` computes), copied.
    pub(super) fn data_only(&self) -> Hashes {
        Hashes {
            indicators: self.indicators.clone(),
            indicator_parts: self.indicator_parts.clone(),
            agencies: self.agencies.clone(),
            rows: self.rows.clone(),
            agency_names: self.agency_names.clone(),
            names: self.names,
            latest_year: self.latest_year,
            ..Default::default()
        }
    }

    /// [`Hashes::data_of`], computing the indicators' hashes only for
    /// `edited` and taking the others from `old`.
    pub(super) fn data_of_indicators(r: &Renderer, old: &Hashes, edited: &[IndicatorIx]) -> Hashes {
        let mut h = Hashes::data_of_agencies(r);
        h.indicators = old.indicators.clone();
        h.indicator_parts = old.indicator_parts.clone();
        for &i in edited {
            let (ind, f) = (&r.inputs.indicators[i], &r.derived.indicators[i]);
            h.indicators[i] = hash_fmt(format_args!("{ind:?}{f:?}"));
            h.indicator_parts[i] = indicator_parts(r, i);
        }
        h
    }

    pub(super) fn data_of(r: &Renderer) -> Hashes {
        let mut h = Hashes::data_of_agencies(r);
        h.indicators = record_hashes(&r.inputs.indicators, &r.derived.indicators);
        h.indicator_parts = (r.inputs.indicators.keys())
            .map(|i| indicator_parts(r, i))
            .collect();
        h
    }

    /// Everything but the indicators' own hashes.
    fn data_of_agencies(r: &Renderer) -> Hashes {
        let (inputs, derived) = (r.inputs, r.derived);
        Hashes {
            agencies: record_hashes(&inputs.agencies, &derived.agencies),
            rows: (inputs.agencies.keys())
                .map(|a| {
                    let f = &derived.agencies[a];
                    // A unit that ended is listed apart, with its successors.
                    hash_fmt(format_args!(
                        "{}{:?}{:?}{:?}{:?}",
                        r.agency_row(a),
                        f.reported,
                        f.not_reported,
                        inputs.agencies[a].until,
                        f.lineage.successors
                    ))
                })
                .collect(),
            // Charts label agencies by short name with their span ("đến
            // 30/6/2025"), name their kind, carry a unit on with its
            // successors; averages are over provinces.
            agency_names: inputs
                .agencies
                .iter()
                .zip(&derived.agencies)
                .map(|(a, f)| {
                    hash_of((
                        (&a.name, &a.short_name, a.kind, a.until),
                        (&f.lineage.successors, f.lineage.since),
                    ))
                })
                .collect(),
            latest_year: derived.latest_year,
            names: hash_fmt(format_args!(
                "{:?}{:?}",
                inputs
                    .indicators
                    .iter()
                    .map(|i| (&i.name, &i.short_name, &i.description))
                    .collect::<Vec<_>>(),
                derived
                    .agencies
                    .iter()
                    .zip(&inputs.agencies)
                    .map(|(f, a)| (&a.name, &a.short_name, f.heads.last().map(|h| &h.name)))
                    .collect::<Vec<_>>(),
            )),
            ..Default::default()
        }
    }

    /// `old`'s hashes of the pages, computed again for `pages` (only
    /// edited and re-rendered pages can show anything new), and the
    /// lists' order.
    pub(super) fn pages_again(&mut self, old: &Hashes, r: &Renderer, pages: &BTreeSet<PageIx>) {
        self.page_meta = old.page_meta.clone();
        self.page_body = old.page_body.clone();
        self.images = old.images.clone();
        for &pi in pages {
            self.page_meta[pi] = page_meta_hash(r, pi);
            self.page_body[pi] = markdown_hash(&r.markdown[pi]);
            self.images[pi] = images_hash(r, pi);
        }
        self.order = order_hash(r);
    }

    pub(super) fn of(r: &Renderer) -> Hashes {
        let mut h = Hashes::data_of(r);
        h.page_meta = (r.inputs.pages.keys())
            .map(|pi| page_meta_hash(r, pi))
            .collect();
        h.page_body = r.markdown.iter().map(markdown_hash).collect();
        h.images = (r.inputs.pages.keys())
            .map(|pi| images_hash(r, pi))
            .collect();
        h.order = order_hash(r);
        h
    }
}

/// A hash of a page's rendered Markdown: its HTML as bytes (formatting
/// tens of kilobytes of HTML with `{:?}` escaped every character), the
/// rest as text.
fn markdown_hash(m: &Option<RenderedMarkdown>) -> u64 {
    let Some(m) = m else { return 0 };
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(m.html.as_bytes());
    h.update(&(m.html.len() as u64).to_le_bytes());
    h.update(
        &hash_fmt(format_args!(
            "{:?}{:?}{:?}",
            m.first_paragraph, m.headings, m.too_deep_line
        ))
        .to_le_bytes(),
    );
    h.digest()
}

/// The names and keys of page `pi`'s photo files.
fn images_hash(r: &Renderer, pi: PageIx) -> u64 {
    hash_fmt(format_args!("{:?}", r.image_files(pi)))
}

/// A hash of each record with its derived facts.
fn record_hashes<K: From<usize>, R: std::fmt::Debug, F: std::fmt::Debug>(
    records: &TiSlice<K, R>,
    facts: &TiSlice<K, F>,
) -> TiVec<K, u64> {
    records
        .iter()
        .zip(facts)
        .map(|(r, f)| hash_fmt(format_args!("{r:?}{f:?}")))
        .collect()
}

/// See [`Hashes::indicator_parts`]; empty for an indicator of few units.
pub(super) fn indicator_parts(r: &Renderer, i: IndicatorIx) -> Vec<u64> {
    if !r.is_many(i) {
        return Vec::new();
    }
    let (ind, f) = (&r.inputs.indicators[i], &r.derived.indicators[i]);
    // Who is in each group, not in which order (that is the values').
    let members = |g: &crate::derive::groups::Group| -> Vec<&str> {
        let mut m: Vec<&str> = g
            .series
            .iter()
            .map(|&k| f.series[k].entity.as_str())
            .collect();
        m.sort_unstable();
        m
    };
    // Everything every page may show of it: a unit's page shows its
    // overall status through the indicator's link. Not the headline's
    // value (the units' median moves with most edits): only pages that
    // read all of the indicator show it.
    let head = hash_fmt(format_args!(
        "{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}",
        ind.name,
        ind.short_name,
        ind.unit,
        ind.kind,
        ind.direction(),
        ind.decimals(),
        ind.targets,
        ind.description,
        f.url,
        f.status,
        f.last_year,
        f.due_year,
        f.groups
            .groups
            .iter()
            .map(|g| (g.parent, members(g)))
            .collect::<Vec<_>>(),
    ));
    let mut parts = vec![head];
    parts.extend(f.groups.groups.iter().map(|g| {
        let mut sorted = g.series.clone();
        sorted.sort_unstable();
        hash_fmt(format_args!(
            "{:?}",
            sorted
                .iter()
                .map(|&k| (
                    &f.series[k],
                    f.groups.standing[k],
                    f.targets
                        .iter()
                        .map(|t| &t.evaluations[k])
                        .collect::<Vec<_>>()
                ))
                .collect::<Vec<_>>()
        ))
    }));
    parts
}

/// What lists show of a page (its thumbnail too).
fn page_meta_hash(r: &Renderer, pi: PageIx) -> u64 {
    hash_fmt(format_args!(
        "{:?}{:?}{}{:?}{:?}",
        r.inputs.pages[pi].meta,
        r.derived.lists.pages[pi],
        r.summary(pi),
        r.thumb_html(pi, false),
        r.photo_card(pi),
    ))
}

/// The lists: sections, tags, pages by date, related pages, archives.
fn order_hash(r: &Renderer) -> u64 {
    let d = r.derived;
    hash_fmt(format_args!(
        "{:?}{:?}{:?}{:?}{:?}",
        d.lists.sections, d.lists.tags, d.lists.dated, d.lists.related, d.lists.archives
    ))
}

/// What changed between two builds.
#[derive(Default, Debug)]
pub struct Changed {
    pub(super) indicators: HashSet<IndicatorIx>,
    /// (indicator, part) as in [`Hashes::indicator_parts`].
    pub(super) indicator_parts: HashSet<(IndicatorIx, usize)>,
    pub(super) agencies: HashSet<AgencyIx>,
    pub(super) agency_names: HashSet<AgencyIx>,
    pub(super) page_meta: HashSet<PageIx>,
    pub(super) page_body: HashSet<PageIx>,
    pub(super) images: HashSet<PageIx>,
    pub(super) order: bool,
    /// Agencies whose row in the lists changed.
    pub(super) rows: HashSet<AgencyIx>,
    pub(super) names: bool,
    /// Which outputs the site has (set by the session).
    pub(super) jobs: bool,
    pub(super) latest_year: bool,
    /// What every page's header shows (the menu) changed (set by the
    /// session): every output is made again.
    pub(super) site: bool,
}

/// The records (or parts) whose hash differs, or that `a` lacks.
fn differing<K: From<usize> + Into<usize> + Copy + Eq + Hash>(
    a: &TiSlice<K, u64>,
    b: &TiSlice<K, u64>,
) -> HashSet<K> {
    b.keys().filter(|&k| a.get(k) != b.get(k)).collect()
}

impl Changed {
    pub(super) fn between(old: &Hashes, new: &Hashes) -> Changed {
        let empty = Vec::new();
        let indicator_parts = new
            .indicator_parts
            .iter_enumerated()
            .flat_map(|(i, parts)| {
                let before = old.indicator_parts.get(i).unwrap_or(&empty);
                differing(TiSlice::from_ref(before), TiSlice::from_ref(parts))
                    .into_iter()
                    .map(move |p: usize| (i, p))
            })
            .collect();
        Changed {
            indicators: differing(&old.indicators, &new.indicators),
            indicator_parts,
            agencies: differing(&old.agencies, &new.agencies),
            agency_names: differing(&old.agency_names, &new.agency_names),
            rows: differing(&old.rows, &new.rows),
            names: old.names != new.names,
            latest_year: old.latest_year != new.latest_year,
            ..Default::default()
        }
    }

    /// Adds the pages' changes.
    pub(super) fn pages_from(&mut self, old: &Hashes, new: &Hashes) {
        self.page_meta = differing(&old.page_meta, &new.page_meta);
        self.page_body = differing(&old.page_body, &new.page_body);
        self.images = differing(&old.images, &new.images);
        self.order = old.order != new.order;
    }
}

/// The agencies whose names indicator `i`'s charts, tables and cards show
/// (its units, its owner, the agencies that answer for it): a change of
/// their names counts as a change of the indicator (its charts are drawn
/// and cached, its blocks rendered into pages, by indicator).
pub(super) fn indicator_agencies(r: &Renderer, i: IndicatorIx) -> Vec<AgencyIx> {
    let d = r.derived;
    let f = &d.indicators[i];
    let mut v: Vec<AgencyIx> = f
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
