//! "Các tin khác" at the end of a page, and the archives of a section.
//!
//! Related pages ([`related`]), for every built page but a section index:
//! 1. count what each other dated page shares with it: tags (as one tag
//!    whatever their spelling), indicators and agencies, one point each;
//! 2. keep the [`RELATED`] with the most points, the newest first among
//!    equals;
//! 3. when fewer share anything, add the newest pages of its section;
//! 4. list them newest first.
//!
//! Archives ([`archives`]): a section's dated pages by year
//! (`/news/2020/`) and by month (`/news/2020/06/`), newest first; an
//! archive whose address a page or a section already has is not made, nor
//! are the archives of a section whose pages are all of one month.

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;

use super::facts::{PageFacts, SectionFacts};
use crate::load::Inputs;
use crate::model::{FrontMatter, PageIx, TiSlice, TiVec};
use crate::web::slug;

/// How many related pages a page lists.
pub const RELATED: usize = 5;

/// Steps 1–4 for every page (empty for pages that are not listed).
pub fn related(
    inputs: &Inputs,
    pages: &TiSlice<PageIx, Option<PageFacts>>,
    rank: &TiSlice<PageIx, usize>,
    sections: &[SectionFacts],
) -> TiVec<PageIx, Vec<PageIx>> {
    let n = inputs.pages.len();
    let listed = |pi: PageIx| pages[pi].is_some() && !inputs.pages[pi].is_section_index;
    let candidate = |pi: PageIx| listed(pi) && inputs.pages[pi].meta.date.is_some();
    // What each page shares: its keys, and the pages under each key.
    let keys: TiVec<PageIx, Vec<String>> = (inputs.pages.keys())
        .map(|pi| {
            if listed(pi) {
                shared_keys(&inputs.pages[pi].meta)
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut postings: HashMap<&str, Vec<PageIx>> = HashMap::new();
    for (pi, ks) in keys.iter_enumerated() {
        if candidate(pi) {
            for k in ks {
                postings.entry(k.as_str()).or_default().push(pi);
            }
        }
    }
    let section_of: HashMap<&str, &SectionFacts> =
        sections.iter().map(|s| (s.url.as_str(), s)).collect();
    let related: Vec<Vec<PageIx>> = (0..n)
        .into_par_iter()
        .map(PageIx::from)
        .map_init(
            || TiVec::from(vec![0u32; n]),
            |score, pi| {
                if !listed(pi) {
                    return Vec::new();
                }
                let mut top = most_shared(pi, &keys[pi], &postings, score, rank);
                if top.len() < RELATED {
                    let section = pages[pi].as_ref().map_or("", |f| f.section.as_str());
                    if let Some(s) = section_of.get(section) {
                        top.extend(newest_of_section(pi, s, &top, &candidate));
                    }
                }
                top.sort_by_key(|&q| rank[q]);
                top
            },
        )
        .collect();
    related.into()
}

/// What a page can share with another, one key each, sorted: its tags (as
/// slugs, `t:`), indicators (`i:`) and agencies (`a:`).
fn shared_keys(meta: &FrontMatter) -> Vec<String> {
    let mut k: Vec<String> = meta
        .tags
        .iter()
        .map(|t| slug::slugify(t))
        .filter(|s| !s.is_empty())
        .map(|s| format!("t:{s}"))
        .chain(meta.indicators.iter().map(|i| format!("i:{i}")))
        .chain(meta.agencies.iter().map(|a| format!("a:{a}")))
        .collect();
    k.sort_unstable();
    k.dedup();
    k
}

/// Steps 1 and 2 for page `pi`: the (at most) [`RELATED`] pages sharing
/// most of its `keys`, newest first among equals. `postings` lists the
/// pages under each key; `score` is all zeros, and is left so.
fn most_shared(
    pi: PageIx,
    keys: &[String],
    postings: &HashMap<&str, Vec<PageIx>>,
    score: &mut TiSlice<PageIx, u32>,
    rank: &TiSlice<PageIx, usize>,
) -> Vec<PageIx> {
    let mut touched = Vec::new();
    for k in keys {
        for &q in postings.get(k.as_str()).into_iter().flatten() {
            if q != pi {
                if score[q] == 0 {
                    touched.push(q);
                }
                score[q] += 1;
            }
        }
    }
    // The best RELATED: most shared, then newest.
    let better = |a: PageIx, b: PageIx| (score[b], rank[a]) < (score[a], rank[b]);
    let mut top: Vec<PageIx> = Vec::with_capacity(RELATED + 1);
    for &q in &touched {
        let at = top.iter().position(|&t| better(q, t)).unwrap_or(top.len());
        if at < RELATED {
            top.insert(at, q);
            top.truncate(RELATED);
        }
    }
    for &q in &touched {
        score[q] = 0;
    }
    top
}

/// Step 3 for page `pi`: the newest dated pages of its section `s`, not
/// already `chosen`, enough to make [`RELATED`].
fn newest_of_section(
    pi: PageIx,
    s: &SectionFacts,
    chosen: &[PageIx],
    candidate: &dyn Fn(PageIx) -> bool,
) -> Vec<PageIx> {
    let taken: HashSet<PageIx> = chosen.iter().copied().collect();
    s.pages
        .iter()
        .copied()
        .filter(|&q| q != pi && candidate(q) && !taken.contains(&q))
        .take(RELATED - chosen.len())
        .collect()
}

/// The pages of one section in one year or one month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveFacts {
    /// Index into the sections.
    pub section: usize,
    pub year: i32,
    /// 1–12 for a month's archive.
    pub month: Option<u8>,
    /// `/news/2020/` or `/news/2020/06/`.
    pub url: String,
    /// Newest first.
    pub pages: Vec<PageIx>,
}

/// The archives of every section, section by section, each year before
/// its months, newest first.
pub fn archives(
    inputs: &Inputs,
    pages: &TiSlice<PageIx, Option<PageFacts>>,
    rank: &TiSlice<PageIx, usize>,
    sections: &[SectionFacts],
) -> Vec<ArchiveFacts> {
    let taken: HashSet<&str> = pages
        .iter()
        .flatten()
        .map(|f| f.url.as_str())
        .chain(sections.iter().map(|s| s.url.as_str()))
        .collect();
    let mut out = Vec::new();
    for (si, s) in sections.iter().enumerate() {
        // Newest year first; within a year, newest month first.
        let mut years: BTreeMap<
            std::cmp::Reverse<i32>,
            BTreeMap<std::cmp::Reverse<i8>, Vec<PageIx>>,
        > = BTreeMap::new();
        for &pi in &s.pages {
            let Some(d) = inputs.pages[pi].meta.date else {
                continue;
            };
            years
                .entry(std::cmp::Reverse(d.day.year()))
                .or_default()
                .entry(std::cmp::Reverse(d.day.0.month()))
                .or_default()
                .push(pi);
        }
        // A section whose pages are all of one month is its own archive.
        if years.values().map(BTreeMap::len).sum::<usize>() < 2 {
            continue;
        }
        for (std::cmp::Reverse(year), months) in years {
            let url = format!("{}{year}/", s.url);
            if !taken.contains(url.as_str()) {
                let mut all: Vec<PageIx> = months.values().flatten().copied().collect();
                all.sort_by_key(|&pi| rank[pi]);
                out.push(ArchiveFacts {
                    section: si,
                    year,
                    month: None,
                    url: url.clone(),
                    pages: all,
                });
            }
            for (std::cmp::Reverse(month), list) in months {
                let url = format!("{url}{month:02}/");
                if taken.contains(url.as_str()) {
                    continue;
                }
                out.push(ArchiveFacts {
                    section: si,
                    year,
                    month: Some(month as u8),
                    url,
                    pages: list,
                });
            }
        }
    }
    out
}
