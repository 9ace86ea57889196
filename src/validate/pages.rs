//! Pages as a whole: not inside another page's folder, a title, tags that
//! can have a page, known indicators and agencies, a URL that is neither
//! empty, reserved nor the dashboard's, and no two pages with one URL.
//!
//! Steps per page: folder → front matter → URL → the URLs seen before.

use std::collections::BTreeMap;
use std::path::Path;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::refs::{dangling, unknown_ref};
use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos, display_path};
use crate::load::Inputs;
use crate::model::Page;
use crate::web::urls;

/// The ids a page may name.
struct Known<'a> {
    indicators: Vec<&'a str>,
    indicator_set: HashSet<&'a str>,
    agencies: Vec<&'a str>,
    agency_set: HashSet<&'a str>,
}

pub(super) fn pages(inputs: &Inputs, drafts: bool, d: &mut Diagnostics) {
    let indicators: Vec<&str> = inputs.indicators.iter().map(|i| i.id.as_str()).collect();
    let agencies: Vec<&str> = inputs.agencies.iter().map(|a| a.id.as_str()).collect();
    let known = Known {
        indicator_set: indicators.iter().copied().collect(),
        agency_set: agencies.iter().copied().collect(),
        indicators,
        agencies,
    };
    let mut urls_seen: BTreeMap<String, &Page> = BTreeMap::new();
    let bundles = bundles(inputs);
    for p in &inputs.pages {
        if in_page_folder(p, &bundles, d) {
            continue;
        }
        front_matter(inputs, p, &known, d);
        let Some(url) = url(p, drafts, d) else {
            continue;
        };
        if let Some(first) = urls_seen.get(&url).copied() {
            d.push(same_url(p, first, &url));
        } else {
            urls_seen.insert(url, p);
        }
    }
}

/// Folders that are pages (`news/tin/index.md`), with their page: they
/// hold photos, not other pages.
fn bundles(inputs: &Inputs) -> HashMap<&Path, &Path> {
    inputs
        .pages
        .iter()
        .filter(|p| p.bundle)
        .filter_map(|p| Some((p.file.parent()?, p.file.as_path())))
        .collect()
}

/// Reports a page inside another page's folder.
fn in_page_folder(p: &Page, bundles: &HashMap<&Path, &Path>, d: &mut Diagnostics) -> bool {
    let f = &p.file;
    let folder = f.parent().filter(|_| p.bundle);
    let Some((dir, page)) = f
        .ancestors()
        .skip(1)
        .filter(|a| Some(*a) != folder)
        .find_map(|a| bundles.get(a).map(|page| (a, *page)))
    else {
        return false;
    };
    d.push(
        Diagnostic::new(
            f,
            Pos::default(),
            format!(
                "this page is in the folder of the page {}: a page's folder holds its photos, not other pages",
                display_path(page)
            ),
        )
        .with_hint(format!("move it out of {}/", display_path(dir)))
        .code(Code::PageInPageFolder),
    );
    true
}

/// The title, the tags, and the indicators and agencies the page names.
fn front_matter(inputs: &Inputs, p: &Page, known: &Known, d: &mut Diagnostics) {
    let f = &p.file;
    if crate::model::is_blank(&p.meta.title) {
        d.push(
            Diagnostic::new(f, p.pos.title, "the title is empty")
                .with_hint("write a title: it is the page's heading and link text")
                .code(Code::TitleEmpty),
        );
    }
    for (t, pos) in p.meta.tags.iter().zip(&p.pos.tags) {
        if crate::web::slug::slugify(t).is_empty() {
            d.push(
                Diagnostic::new(
                    f,
                    *pos,
                    format!("the tag `{t}` has no letter or digit, so it can have no page"),
                )
                .with_hint("write the tag in words, e.g. `cải cách hành chính`, or remove it")
                .code(Code::TagWithoutLetters),
            );
        }
    }
    for (id, pos) in p.meta.indicators.iter().zip(&p.pos.indicators) {
        if dangling(inputs, known.indicator_set.contains(id.as_str()), id) {
            d.push(unknown_ref(f, *pos, "indicator", id, &known.indicators));
        }
    }
    for (id, pos) in p.meta.agencies.iter().zip(&p.pos.agencies) {
        if dangling(inputs, known.agency_set.contains(id.as_str()), id) {
            d.push(unknown_ref(f, *pos, "agency", id, &known.agencies));
        }
    }
}

/// The page's URL when it has a good one and is built; else reports why
/// it has none (a draft is not built, and says nothing).
fn url(p: &Page, drafts: bool, d: &mut Diagnostics) -> Option<String> {
    let f = &p.file;
    let parts = urls::page_parts(p);
    if !p.is_section_index && parts.slug.is_empty() {
        d.push(
            Diagnostic::new(
                f,
                if p.meta.slug.is_some() {
                    p.pos.slug
                } else {
                    Pos::default()
                },
                "the page's slug is empty: its name has no letter or digit",
            )
            .with_hint("set `slug:` in the front matter, e.g. slug: tin-moi")
            .code(Code::SlugEmpty),
        );
        return None;
    }
    let segs = &parts.segments;
    if let Some(first) = segs.first()
        && urls::RESERVED_SECTIONS.contains(&first.as_str())
    {
        d.push(
            Diagnostic::new(f, Pos::default(), format!("the folder `content/{first}/` collides with the pages baocao makes at /{first}/"))
                .with_hint("move the page to another folder, e.g. content/news/")
                .code(Code::ReservedSection),
        );
        return None;
    }
    if segs.iter().any(String::is_empty) {
        d.push(
            Diagnostic::new(
                f,
                Pos::default(),
                "a folder name on this page's path has no letter or digit",
            )
            .with_hint("rename the folder")
            .code(Code::FolderNameEmpty),
        );
        return None;
    }
    if p.meta.draft && !drafts {
        return None;
    }
    if parts.url == "/" {
        d.push(
            Diagnostic::new(
                f,
                Pos::default(),
                "`content/_index.md` would replace the dashboard at /",
            )
            .with_hint("put section pages in a folder, e.g. content/news/_index.md")
            .code(Code::IndexAtRoot),
        );
        return None;
    }
    Some(parts.url)
}

/// Two pages with one URL, reported where the fix most likely goes: on
/// the page whose `slug:` chose the URL.
fn same_url(p: &Page, first: &Page, url: &str) -> Diagnostic {
    let (here, other) = if p.meta.slug.is_none() && first.meta.slug.is_some() {
        (first, p)
    } else {
        (p, first)
    };
    Diagnostic::new(
        &here.file,
        if here.meta.slug.is_some() {
            here.pos.slug
        } else {
            here.pos.title
        },
        format!(
            "this page has the URL {url}, like {}",
            display_path(&other.file)
        ),
    )
    .with_hint("give one of them another file name or `slug:`")
    .code(Code::SameUrl)
}
