//! Validate: what each file cannot check alone. Every reference must name
//! something that exists, no two observations share a year and an entity,
//! no two pages share a URL. All problems are collected, none stops the run.

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos, did_you_mean};
use crate::load::Inputs;
use crate::load::blocks::{Block, BlockKind};
use crate::model::IndicatorIx;
use crate::web::urls;
use refs::{agency_ids, dangling, no_values, unknown_ref};

mod agencies;
mod indicators;
mod indices;
mod lineage;
mod pages;
mod refs;

/// Checks `inputs` as a whole; `drafts` says whether draft pages are built.
pub fn validate(inputs: &Inputs, drafts: bool) -> Diagnostics {
    let mut d = validate_data(inputs);
    pages::pages(inputs, drafts, &mut d);
    blocks(inputs, drafts, &mut d);
    statics(inputs, &mut d);
    d
}

/// Files baocao makes at the top of every site, whatever its content.
const GENERATED_FILES: &[&str] = &[
    "index.html",
    "404.html",
    "feed.xml",
    "sitemap.xml",
    "robots.txt",
    "search-index.json",
    "search/index.html",
    "data/indicators.json",
];

/// Folders whose every file baocao makes.
const GENERATED_TREES: &[&str] = &["indicators/", "agencies/", "tags/"];

/// The name two paths share on a file system that ignores case and
/// Unicode normalisation (macOS, Windows).
pub(crate) fn folded(path: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    path.nfc().collect::<String>().to_lowercase()
}

/// Files of `content/static/` are copied to the output root: none may take
/// the place of a file baocao makes, or of another static file on a file
/// system that ignores case or Unicode normalisation.
fn statics(inputs: &Inputs, d: &mut Diagnostics) {
    let mut generated: HashSet<String> = GENERATED_FILES.iter().map(|f| f.to_string()).collect();
    generated.extend(crate::theme::STATIC.iter().map(|(n, _)| n.to_string()));
    let mut sections = HashSet::default();
    for p in &inputs.pages {
        let parts = urls::page_parts(p);
        generated.insert(urls::file_for(&parts.url));
        generated.insert(urls::file_for(&parts.section));
        sections.insert(parts.section.trim_start_matches('/').to_string());
    }
    let mut seen: HashMap<String, &str> = HashMap::default();
    for s in &inputs.statics {
        let file = std::path::Path::new("content/static").join(&s.rel);
        let key = folded(&s.rel);
        let paged = key
            .strip_suffix("/index.html")
            .and_then(|k| k.rsplit_once("/page/"))
            .is_some_and(|(section, n)| {
                sections.contains(&format!("{section}/")) && n.bytes().all(|b| b.is_ascii_digit())
            });
        if generated.contains(&key) || paged || GENERATED_TREES.iter().any(|t| key.starts_with(t)) {
            d.push(
                Diagnostic::new(
                    &file,
                    Pos::default(),
                    format!("this file would be published as /{}, where baocao writes a page of its own", s.rel),
                )
                .with_hint(if crate::theme::STATIC.iter().any(|(n, _)| *n == key) {
                    "to change the theme's file, put yours in themes/<name>/static/ instead".to_string()
                } else {
                    "rename it or move it into a folder of its own, e.g. content/static/files/".to_string()
                })
                .code(Code::StaticTakesGeneratedAddress),
            );
        } else if let Some(first) = seen.insert(key, &s.rel) {
            d.push(
                Diagnostic::new(
                    &file,
                    Pos::default(),
                    format!(
                        "this file and content/static/{first} differ only in capital letters or accents' encoding: on Windows and macOS they are one file"
                    ),
                )
                .with_hint("rename one of them")
                .code(Code::StaticNamesClash),
            );
        }
    }
}

/// A static file of the site that a file of the site's own theme
/// (`themes/<name>/static/`) would also write.
pub fn static_clashes(inputs: &Inputs, theme_statics: &[crate::model::StaticFile]) -> Diagnostics {
    let mut d = Diagnostics::new();
    let theme: HashMap<String, &str> = theme_statics
        .iter()
        .filter(|t| matches!(t.source, crate::model::StaticSource::Disk(_)))
        .map(|t| (folded(&t.rel), t.rel.as_str()))
        .collect();
    for s in &inputs.statics {
        if let Some(t) = theme.get(&folded(&s.rel)) {
            d.push(
                Diagnostic::new(
                    std::path::Path::new("content/static").join(&s.rel),
                    Pos::default(),
                    format!("the theme has a file for the same address (static/{t})"),
                )
                .with_hint("keep one of the two: the theme's or the site's")
                .code(Code::StaticClashesWithTheme),
            );
        }
    }
    d
}

/// The chart and table blocks of every built page: each parses, and names
/// an indicator and entities that have values.
fn blocks(inputs: &Inputs, drafts: bool, d: &mut Diagnostics) {
    let index = indicator_index(inputs);
    let found: Vec<Vec<Diagnostic>> = inputs
        .pages
        .raw
        .par_iter()
        .filter(|p| drafts || !p.meta.draft)
        .map(|p| {
            let (blocks, mut errors) = crate::load::blocks::find(&p.body, &p.file, p.body_line);
            for b in &blocks {
                if let Err(es) = block_refs(inputs, &|id| index.get(id).copied(), b, &p.file) {
                    errors.extend(es);
                }
            }
            errors
        })
        .collect();
    found.into_iter().flatten().for_each(|e| d.push(e));
}

/// Indicator id → its index in `inputs.indicators`.
fn indicator_index(inputs: &Inputs) -> HashMap<&str, IndicatorIx> {
    inputs
        .indicators
        .iter_enumerated()
        .map(|(i, ind)| (ind.id.as_str(), i))
        .collect()
}

/// What a chart or table block names exists: the indicator (its index is
/// returned) and, for each entity listed, values of that indicator.
pub fn block_refs(
    inputs: &Inputs,
    index: &dyn Fn(&str) -> Option<IndicatorIx>,
    b: &Block,
    file: &std::path::Path,
) -> Result<IndicatorIx, Vec<Diagnostic>> {
    let Some(i) = index(&b.indicator) else {
        if inputs.unloaded.contains(&b.indicator) {
            return Err(Vec::new());
        }
        let ids: Vec<&str> = inputs.indicators.iter().map(|i| i.id.as_str()).collect();
        return Err(vec![
            Diagnostic::new(
                file,
                b.indicator_pos,
                format!(
                    "the {} names the indicator `{}`, which does not exist",
                    match b.kind {
                        BlockKind::Chart => "chart",
                        BlockKind::IndicatorTable => "table",
                    },
                    b.indicator
                ),
            )
            .with_hint_opt(did_you_mean(&b.indicator, ids.iter().copied()).or_else(|| {
                Some("use the file name of an indicator in content/data/indicators/".into())
            }))
            .code(Code::BlockUnknownIndicator),
        ]);
    };
    let ind = &inputs.indicators[i];
    let region = inputs.config.region.id.as_str();
    let mut known: Vec<&str> = ind
        .observations
        .iter()
        .map(|o| o.entity.as_deref().unwrap_or(region))
        .collect();
    known.sort_unstable();
    known.dedup();
    let mut errors: Vec<Diagnostic> = b
        .entities
        .iter()
        .chain(&b.compare)
        .filter(|(e, _)| known.binary_search(&e.as_str()).is_err())
        .map(|(e, pos)| no_values(file, *pos, &ind.id, e, &known))
        .collect();
    if let (Some(_), Some((_, pos))) = (b.entities.first(), b.compare.first()) {
        errors.push(
            Diagnostic::new(
                file,
                *pos,
                "a chart takes `entities` (exactly these) or `compare` (the region and these peers), not both",
            )
            .with_hint("keep one of the two lists")
            .code(Code::EntitiesAndCompare),
        );
    }
    if errors.is_empty() {
        Ok(i)
    } else {
        Err(errors)
    }
}

/// The checks of site.yaml, indicators and agencies. Pages refer to those
/// by id only, so after an edit that keeps every id, pages need no new check.
pub fn validate_data(inputs: &Inputs) -> Diagnostics {
    let mut d = Diagnostics::new();
    config(inputs, &mut d);
    groups(inputs, &mut d);
    indicators::check(inputs, &mut d);
    agencies::agencies(inputs, &mut d);
    lineage::check(inputs, &mut d);
    d
}

/// [`validate_data`] after an edit of the indicators `edited` alone: what
/// the others, the agencies and the configuration hold was valid and has
/// not changed, and ids (file names) stay, so references to them hold.
pub fn validate_indicators(inputs: &Inputs, edited: &[IndicatorIx]) -> Diagnostics {
    let mut d = Diagnostics::new();
    indicators::check_some(inputs, edited, &mut d);
    lineage::values_after_until(inputs, edited, &mut d);
    d
}

fn config(inputs: &Inputs, d: &mut Diagnostics) {
    let c = &inputs.config;
    let file = "content/site.yaml";
    // Peers are entities: the region or agencies.
    let agencies = agency_ids(inputs);
    let mut entities: Vec<&str> = agencies.iter().copied().collect();
    entities.push(c.region.id.as_str());
    entities.sort_unstable();
    for (id, pos) in c.compare.iter().zip(&c.compare_pos) {
        if id != &c.region.id && dangling(inputs, agencies.contains(id.as_str()), id) {
            d.push(unknown_ref(
                std::path::Path::new(file),
                *pos,
                "entity",
                id,
                &entities,
            ));
        }
    }
    if !(c.base_url.starts_with("https://") || c.base_url.starts_with("http://")) {
        d.push(
            Diagnostic::new(
                file,
                c.base_url_pos,
                format!("`base_url` must be an absolute URL, found `{}`", c.base_url),
            )
            .with_hint("write it with its scheme, e.g. https://cchc.example.gov.vn/")
            .code(Code::BaseUrlNotAbsolute),
        );
    }
    if c.page_size == 0 {
        d.push(
            Diagnostic::new(file, c.page_size_pos, "`page_size` must be at least 1")
                .with_hint("the default is 10")
                .code(Code::PageSizeZero),
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
            .with_hint("write a plain name such as `theme: default` or `theme: tinh-yen-bai`; a theme is never a path")
            .code(Code::ThemeNotAName),
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
            .with_hint("create the folder, or write `theme: default`")
            .code(Code::ThemeNotFound),
        );
    }
}

/// Dashboard groups name indicators that exist, each at most once.
fn groups(inputs: &Inputs, d: &mut Diagnostics) {
    let ids: Vec<&str> = inputs.indicators.iter().map(|i| i.id.as_str()).collect();
    let known: HashSet<&str> = ids.iter().copied().collect();
    let file = std::path::Path::new("content/site.yaml");
    let mut seen: HashMap<&str, &str> = HashMap::default();
    let agencies = agency_ids(inputs);
    let mut agency_list: Vec<&str> = agencies.iter().copied().collect();
    agency_list.sort_unstable();
    for r in &inputs.config.regions {
        for (id, pos) in r.members.iter().zip(&r.member_pos) {
            if dangling(inputs, agencies.contains(id.as_str()), id) {
                d.push(unknown_ref(file, *pos, "agency", id, &agency_list));
            }
        }
    }
    for g in &inputs.config.groups {
        for (id, pos) in g.indicators.iter().zip(&g.indicator_pos) {
            if dangling(inputs, known.contains(id.as_str()), id) {
                d.push(unknown_ref(file, *pos, "indicator", id, &ids));
            } else if let Some(first) = seen.insert(id.as_str(), g.name.as_str()) {
                d.push(
                    Diagnostic::new(
                        file,
                        *pos,
                        format!("the indicator `{id}` is already in the group “{first}”"),
                    )
                    .with_hint("an indicator appears in one group; remove it from one of them")
                    .code(Code::IndicatorInTwoGroups),
                );
            }
        }
    }
}
