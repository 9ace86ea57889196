//! Page facts: each built page's URL and section, the sections, tags and
//! archives that list pages, and the one order every list uses.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use super::facts::{PageFacts, SectionFacts, TagFacts};
use super::related;
use crate::load::Inputs;
use crate::model::{Page, PageIx, TiSlice, TiVec};
use crate::web::{slug, urls};

/// Sort keys for pages: newest first, undated pages last, then by URL.
fn page_keys(
    pages: &TiSlice<PageIx, Page>,
    facts: &TiSlice<PageIx, Option<PageFacts>>,
) -> TiVec<PageIx, (std::cmp::Reverse<Option<i64>>, String)> {
    pages
        .iter()
        .zip(facts)
        .map(|(p, f)| {
            (
                std::cmp::Reverse(p.meta.date.map(|d| d.timestamp)),
                f.as_ref().map(|f| f.url.clone()).unwrap_or_default(),
            )
        })
        .collect()
}

/// What derive makes of the pages alone: their URLs and the lists they
/// are in. Data edits leave it as it is, so `serve` reuses it.
#[derive(Debug, Clone)]
pub struct PageLists {
    pub pages: TiVec<PageIx, Option<PageFacts>>,
    /// Each page's place in every list: newest first, then by URL (a
    /// section's list puts the pages with a `weight` before the others).
    pub rank: TiVec<PageIx, usize>,
    pub sections: Vec<SectionFacts>,
    pub tags: Vec<TagFacts>,
    pub dated: Vec<PageIx>,
    pub related: TiVec<PageIx, Vec<PageIx>>,
    pub archives: Vec<related::ArchiveFacts>,
}

/// URLs, sections, tags and the order of pages.
pub fn derive_pages(inputs: &Inputs, drafts: bool) -> PageLists {
    let pages = page_facts(inputs, drafts);
    // Every list sorts pages the same way: rank them once, then compare ranks.
    let rank = ranks(&inputs.pages, &pages);
    let order = |a: &PageIx, b: &PageIx| rank[*a].cmp(&rank[*b]);
    let sections = sections(inputs, &pages, &rank);
    let mut dated: Vec<PageIx> = (inputs.pages.keys())
        .filter(|&pi| pages[pi].is_some() && !inputs.pages[pi].is_section_index)
        .collect();
    dated.sort_by(&order);
    let tags = tags(inputs, &dated);
    let related = related::related(inputs, &pages, &rank, &sections);
    let archives = related::archives(inputs, &pages, &rank, &sections);
    PageLists {
        pages,
        rank,
        sections,
        tags,
        dated,
        related,
        archives,
    }
}

/// Each page's URL and section; `None` for a draft not built.
fn page_facts(inputs: &Inputs, drafts: bool) -> TiVec<PageIx, Option<PageFacts>> {
    inputs
        .pages
        .iter()
        .map(|p| {
            (drafts || !p.meta.draft).then(|| {
                let parts = urls::page_parts(p);
                PageFacts {
                    url: parts.url,
                    slug: parts.slug,
                    section: parts.section,
                    segments: parts.segments,
                }
            })
        })
        .collect()
}

/// Each page's place in the order of [`page_keys`].
fn ranks(
    pages: &TiSlice<PageIx, Page>,
    facts: &TiSlice<PageIx, Option<PageFacts>>,
) -> TiVec<PageIx, usize> {
    let keys = page_keys(pages, facts);
    let mut by_key: Vec<PageIx> = keys.keys().collect();
    by_key.sort_by(|a, b| keys[*a].cmp(&keys[*b]));
    let mut rank: TiVec<PageIx, usize> = vec![0usize; keys.len()].into();
    for (r, &pi) in by_key.iter().enumerate() {
        rank[pi] = r;
    }
    rank
}

/// Sections: every folder holding a built page, and every `_index.md`;
/// their pages with a `weight` first, lowest first, then newest first.
fn sections(
    inputs: &Inputs,
    pages: &TiSlice<PageIx, Option<PageFacts>>,
    rank: &TiSlice<PageIx, usize>,
) -> Vec<SectionFacts> {
    let mut sections: BTreeMap<String, SectionFacts> = BTreeMap::new();
    for (pi, p) in inputs.pages.iter_enumerated() {
        let Some(f) = &pages[pi] else { continue };
        let segments = f.segments.clone();
        if segments.is_empty() && !p.is_section_index {
            continue; // pages at content/ root are not listed
        }
        let s = sections
            .entry(f.section.clone())
            .or_insert_with(|| SectionFacts {
                url: f.section.clone(),
                segments,
                index_page: None,
                pages: Vec::new(),
            });
        if p.is_section_index {
            s.index_page = Some(pi);
        } else {
            s.pages.push(pi);
        }
    }
    let mut sections: Vec<SectionFacts> = sections.into_values().collect();
    for s in &mut sections {
        s.pages.sort_by_key(|&pi| {
            let w = inputs.pages[pi].meta.weight;
            (w.is_none(), w, rank[pi])
        });
    }
    sections
}

/// The tags of the `dated` pages (newest first), in the reader's order of
/// names.
fn tags(inputs: &Inputs, dated: &[PageIx]) -> Vec<TagFacts> {
    let mut tags: BTreeMap<String, TagFacts> = BTreeMap::new();
    // A site has few tags and many pages: slug each spelling once.
    let mut slugs: HashMap<&str, String> = HashMap::default();
    for &pi in dated {
        for name in &inputs.pages[pi].meta.tags {
            let slug = slugs
                .entry(name.as_str())
                .or_insert_with(|| slug::slugify(name));
            if slug.is_empty() {
                continue;
            }
            let t = tags.entry(slug.clone()).or_insert_with(|| TagFacts {
                slug: slug.clone(),
                name: name.trim().to_string(),
                pages: Vec::new(),
            });
            if t.pages.last() != Some(&pi) {
                t.pages.push(pi);
            }
        }
    }
    let mut tags: Vec<TagFacts> = tags.into_values().collect();
    crate::collate::sort_by_name(inputs.config.language, &mut tags, |t| t.name.as_str());
    tags
}
