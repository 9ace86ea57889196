//! Validate: what each file cannot check alone. Every reference must name
//! something that exists, no two observations share a year and an entity,
//! no two pages share a URL. All problems are collected, none stops the run.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::derive::urls;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos, did_you_mean};
use crate::load::Inputs;
use crate::model::Target;

const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Checks `inputs` as a whole; `drafts` says whether draft pages are built.
pub fn validate(inputs: &Inputs, drafts: bool) -> Diagnostics {
    let mut d = validate_data(inputs);
    pages(inputs, drafts, &mut d);
    d
}

/// The checks of site.yaml, indicators and agencies. Pages refer to those
/// by id only, so after an edit that keeps every id, pages need no new check.
pub fn validate_data(inputs: &Inputs) -> Diagnostics {
    let mut d = Diagnostics::new();
    config(inputs, &mut d);
    indicators(inputs, &mut d);
    agencies(inputs, &mut d);
    d
}

fn config(inputs: &Inputs, d: &mut Diagnostics) {
    let c = &inputs.config;
    let file = "content/site.yaml";
    if !(c.base_url.starts_with("https://") || c.base_url.starts_with("http://")) {
        d.push(
            Diagnostic::new(
                file,
                c.base_url_pos,
                format!("`base_url` must be an absolute URL, found `{}`", c.base_url),
            )
            .with_hint("write it with its scheme, e.g. https://cchc.example.gov.vn/"),
        );
    }
    if c.page_size == 0 {
        d.push(
            Diagnostic::new(file, c.page_size_pos, "`page_size` must be at least 1")
                .with_hint("the default is 10"),
        );
    }
    if !crate::theme::is_theme_name(&c.theme) {
        d.push(
            Diagnostic::new(
                file,
                c.theme_pos,
                format!(
                    "`theme` must be the name of a folder under `themes/`, found `{}`",
                    c.theme
                ),
            )
            .with_hint("write a plain name such as `theme: default` or `theme: tinh-yen-bai`; a theme is never a path"),
        );
    } else if c.theme != "default"
        && std::fs::symlink_metadata(inputs.root.join("themes").join(&c.theme)).is_err()
    {
        d.push(
            Diagnostic::new(
                file,
                c.theme_pos,
                format!(
                    "the theme `{}` has no folder `themes/{}/`",
                    c.theme, c.theme
                ),
            )
            .with_hint("create the folder, or write `theme: default`"),
        );
    }
}

fn agency_ids(inputs: &Inputs) -> HashSet<&str> {
    inputs.agencies.iter().map(|a| a.id.as_str()).collect()
}

/// Whether a reference to `id` should be reported: not when the file that
/// defines it failed to load (its own error is already reported).
fn dangling(inputs: &Inputs, known: bool, id: &str) -> bool {
    !known && !inputs.unloaded.contains(id)
}

fn unknown_ref(
    file: &std::path::Path,
    pos: Pos,
    what: &str,
    id: &str,
    known: &[&str],
) -> Diagnostic {
    let hint = did_you_mean(id, known.iter().copied())
        .or_else(|| Some(format!("known ids: {}", preview(known))));
    Diagnostic::new(file, pos, format!("no {what} has the id `{id}`")).with_hint_opt(hint)
}

fn preview(ids: &[&str]) -> String {
    let mut v: Vec<&str> = ids.to_vec();
    v.sort();
    if v.len() > 8 {
        format!("{}, … ({} in all)", v[..8].join(", "), v.len())
    } else if v.is_empty() {
        "none yet".to_string()
    } else {
        v.join(", ")
    }
}

fn indicators(inputs: &Inputs, d: &mut Diagnostics) {
    let agencies = agency_ids(inputs);
    let agency_list: Vec<&str> = {
        let mut v: Vec<&str> = agencies.iter().copied().collect();
        v.sort();
        v
    };
    let region = inputs.config.region.id.as_str();
    let mut entities = agency_list.clone();
    entities.push(region);
    for ind in &inputs.indicators {
        let f = &ind.file;
        if let Some(owner) = &ind.owner
            && dangling(inputs, agencies.contains(owner.as_str()), owner)
        {
            d.push(unknown_ref(f, ind.owner_pos, "agency", owner, &agency_list));
        }
        if ind.decimals.is_some_and(|n| n > 6) {
            d.push(Diagnostic::new(
                f,
                ind.decimals_pos,
                "`decimals` must be between 0 and 6",
            ));
        }
        for t in &ind.targets {
            target(t, f, d);
        }
        let mut seen: HashMap<(i32, &str), Pos> = HashMap::default();
        for o in &ind.observations {
            let entity = o.entity.as_deref().unwrap_or(region);
            if !YEARS.contains(&o.year) {
                d.push(
                    Diagnostic::new(f, o.pos, format!("the year {} is out of range", o.year))
                        .with_hint("write a four-digit year such as 2020"),
                );
            }
            if entity != region && dangling(inputs, agencies.contains(entity), entity) {
                d.push(
                    unknown_ref(f, o.entity_pos, "entity", entity, &entities)
                        .with_hint_opt(did_you_mean(entity, entities.iter().copied()).or_else(|| {
                            Some(format!("an entity is the region (`{region}`) or an agency id from content/data/agencies/"))
                        })),
                );
            }
            if let Some(first) = seen.insert((o.year, entity), o.pos) {
                d.push(
                    Diagnostic::new(
                        f,
                        o.pos,
                        format!("a second observation for {} in {} (the first is on line {})", entity, o.year, first.line),
                    )
                    .with_hint("keep one value per year and entity; put the other in a `note` if it matters"),
                );
            }
        }
    }
}

fn target(t: &Target, f: &std::path::Path, d: &mut Diagnostics) {
    if !YEARS.contains(&t.year) {
        d.push(Diagnostic::new(
            f,
            t.pos,
            format!("the target year {} is out of range", t.year),
        ));
    }
    if crate::derive::status::conditions(t).is_empty() {
        d.push(
            Diagnostic::new(
                f,
                t.pos,
                format!("the target for {} has no condition", t.year),
            )
            .with_hint(
                "add one of `above`, `at_least`, `below`, `at_most`, `equals` or `improve_by`",
            ),
        );
    }
    if let Some(ib) = t.improve_by {
        if ib.min < 0.0 {
            d.push(
                Diagnostic::new(f, t.pos, "`improve_by.min` cannot be negative").with_hint(
                    "improvements are measured in the better direction, so write a positive number",
                ),
            );
        }
        if ib.max.is_some_and(|m| m < ib.min) {
            d.push(Diagnostic::new(
                f,
                t.pos,
                "`improve_by.max` is smaller than `improve_by.min`",
            ));
        }
    }
}

fn agencies(inputs: &Inputs, d: &mut Diagnostics) {
    let region = inputs.config.region.id.as_str();
    let by_id: HashMap<&str, &crate::model::Agency> =
        inputs.agencies.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut parents_known: Vec<&str> = by_id.keys().copied().collect();
    parents_known.push(region);
    parents_known.sort();
    let indicator_ids: Vec<&str> = inputs.indicators.iter().map(|i| i.id.as_str()).collect();
    let indicator_set: HashSet<&str> = indicator_ids.iter().copied().collect();
    for a in &inputs.agencies {
        let f = &a.file;
        if crate::render::agencies::RESERVED_IDS.contains(&a.id.as_str()) {
            d.push(
                Diagnostic::new(
                    f,
                    Pos::default(),
                    format!(
                        "the agency id `{}` collides with the page /agencies/{}/",
                        a.id, a.id
                    ),
                )
                .with_hint("rename the file, e.g. to `co-quan-{}.yaml`"),
            );
        }
        if let Some(p) = &a.parent {
            if p == &a.id {
                d.push(Diagnostic::new(
                    f,
                    a.parent_pos,
                    "an agency cannot be its own parent",
                ));
            } else if p != region && dangling(inputs, by_id.contains_key(p.as_str()), p) {
                d.push(unknown_ref(f, a.parent_pos, "agency", p, &parents_known));
            } else {
                // Walk up: a cycle would make the hierarchy endless.
                let mut seen: HashSet<&str> = [a.id.as_str()].into_iter().collect();
                let mut cur = by_id.get(p.as_str()).copied();
                while let Some(c) = cur {
                    if !seen.insert(c.id.as_str()) {
                        d.push(
                            Diagnostic::new(
                                f,
                                a.parent_pos,
                                format!("the parent chain of `{}` loops back on itself", a.id),
                            )
                            .with_hint("one agency in the chain must have another parent"),
                        );
                        break;
                    }
                    cur = c.parent.as_deref().and_then(|p| by_id.get(p).copied());
                }
            }
        }
        for h in a.heads.iter().chain(a.head.iter()) {
            if let (Some(s), Some(u)) = (h.since, h.until)
                && u < s
            {
                d.push(Diagnostic::new(
                    f,
                    h.pos,
                    format!("{} leaves office ({u}) before taking it ({s})", h.name),
                ));
            }
        }
        for r in &a.responsibilities {
            for (id, pos) in r.indicators.iter().zip(&r.indicator_pos) {
                if dangling(inputs, indicator_set.contains(id.as_str()), id) {
                    d.push(unknown_ref(f, *pos, "indicator", id, &indicator_ids));
                }
            }
        }
    }
}

fn pages(inputs: &Inputs, drafts: bool, d: &mut Diagnostics) {
    let indicator_ids: Vec<&str> = inputs.indicators.iter().map(|i| i.id.as_str()).collect();
    let indicator_set: HashSet<&str> = indicator_ids.iter().copied().collect();
    let agency_ids_list: Vec<&str> = inputs.agencies.iter().map(|a| a.id.as_str()).collect();
    let agency_set: HashSet<&str> = agency_ids_list.iter().copied().collect();
    let mut urls_seen: BTreeMap<String, &crate::model::Page> = BTreeMap::new();
    for p in &inputs.pages {
        let f = &p.file;
        if p.meta.title.trim().is_empty() {
            d.push(
                Diagnostic::new(f, p.pos.title, "the title is empty")
                    .with_hint("write a title: it is the page's heading and link text"),
            );
        }
        for (id, pos) in p.meta.indicators.iter().zip(&p.pos.indicators) {
            if dangling(inputs, indicator_set.contains(id.as_str()), id) {
                d.push(unknown_ref(f, *pos, "indicator", id, &indicator_ids));
            }
        }
        for (id, pos) in p.meta.agencies.iter().zip(&p.pos.agencies) {
            if dangling(inputs, agency_set.contains(id.as_str()), id) {
                d.push(unknown_ref(f, *pos, "agency", id, &agency_ids_list));
            }
        }
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
                .with_hint("set `slug:` in the front matter, e.g. slug: tin-moi"),
            );
            continue;
        }
        let segs = &parts.segments;
        if let Some(first) = segs.first()
            && urls::RESERVED_SECTIONS.contains(&first.as_str())
        {
            d.push(
                Diagnostic::new(f, Pos::default(), format!("the folder `content/{first}/` collides with the pages baocao makes at /{first}/"))
                    .with_hint("move the page to another folder, e.g. content/news/"),
            );
            continue;
        }
        if segs.iter().any(String::is_empty) {
            d.push(
                Diagnostic::new(
                    f,
                    Pos::default(),
                    "a folder name on this page's path has no letter or digit",
                )
                .with_hint("rename the folder"),
            );
            continue;
        }
        if p.meta.draft && !drafts {
            continue;
        }
        let url = parts.url;
        if url == "/" {
            d.push(
                Diagnostic::new(
                    f,
                    Pos::default(),
                    "`content/_index.md` would replace the dashboard at /",
                )
                .with_hint("put section pages in a folder, e.g. content/news/_index.md"),
            );
            continue;
        }
        if let Some(first) = urls_seen.get(&url).copied() {
            // Report it where the fix most likely goes: on the page whose
            // `slug:` chose the URL.
            let (here, other) = if p.meta.slug.is_none() && first.meta.slug.is_some() {
                (first, p)
            } else {
                (p, first)
            };
            d.push(
                Diagnostic::new(
                    &here.file,
                    if here.meta.slug.is_some() {
                        here.pos.slug
                    } else {
                        here.pos.title
                    },
                    format!(
                        "this page has the URL {url}, like {}",
                        crate::diagnostics::display_path(&other.file)
                    ),
                )
                .with_hint("give one of them another file name or `slug:`"),
            );
        } else {
            urls_seen.insert(url, p);
        }
    }
}
