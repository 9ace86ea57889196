//! Load: files on disk → typed, located records.
//!
//! Steps:
//! 1. `content/site.yaml` (required);
//! 2. `content/data/indicators/*.yaml` and `content/data/agencies/*.yaml`;
//! 3. every other `*.md` under `content/` (front matter + body);
//! 4. `content/static/**`, copied later as is.
//!
//! Every file is read under the input policy of [`files`] (regular files
//! inside the site, never hidden ones, size-limited). Every problem becomes a
//! located diagnostic; loading goes on so that one run reports them all.

pub mod blocks;
mod cms;
pub mod csv;
pub mod files;
pub mod fingerprint;
pub mod frontmatter;
pub mod images;
pub mod yaml;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use files::Root;

use crate::config::SiteConfig;
use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos};
use crate::model::{
    Agency, AgencyIx, FrontMatter, Indicator, IndicatorIx, Page, PageIx, PagePositions, StaticFile,
    StaticSource, TiVec,
};

/// Everything a site's `content/` holds.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub root: PathBuf,
    pub config: SiteConfig,
    pub indicators: TiVec<IndicatorIx, Indicator>,
    pub agencies: TiVec<AgencyIx, Agency>,
    pub pages: TiVec<PageIx, Page>,
    pub statics: Vec<StaticFile>,
    /// Ids of indicator and agency files that failed to load: references to
    /// them are not reported again.
    pub unloaded: std::collections::HashSet<String>,
}

/// Loads the site at `root`. Returns what could be loaded and every problem
/// met on the way; `None` when `site.yaml` itself is unusable.
pub fn load(root: &Path) -> (Option<Inputs>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let site = Root::new(root);
    if !site.is_dir(Path::new("content")) {
        diags.push(
            Diagnostic::new("content", Pos::default(), "no `content/` folder here")
                .with_hint("run baocao in a site folder, or pass `--site DIR`; `baocao new site DIR` makes one")
                .code(Code::NoContentFolder),
        );
        return (None, diags);
    }
    let config = load_config(&site, &mut diags);

    let mut indicator_files = Vec::new();
    let mut csv_files = Vec::new();
    let mut agency_files = Vec::new();
    let mut page_files = Vec::new();
    let mut statics = Vec::new();
    site.walk(Path::new("content"), &mut diags, |rel| {
        let parts: Vec<&str> = rel.iter().filter_map(|c| c.to_str()).collect();
        match parts.as_slice() {
            ["content", "site.yaml"] => {}
            ["content", "data", "indicators", f] if is_yaml(f) => {
                indicator_files.push(rel.to_path_buf())
            }
            ["content", "data", "indicators", f] if f.ends_with(".csv") => {
                csv_files.push(rel.to_path_buf())
            }
            ["content", "data", "agencies", f] if is_yaml(f) => {
                agency_files.push(rel.to_path_buf())
            }
            ["content", "data", ..] => {}
            ["content", "static", rest @ ..] => statics.push(StaticFile {
                rel: rest.join("/"),
                source: StaticSource::Disk(rel.to_path_buf()),
            }),
            [.., f] if f.ends_with(".md") => page_files.push(rel.to_path_buf()),
            _ => {}
        }
    });

    let mut unloaded = std::collections::HashSet::new();
    let indicators = load_all(
        &site,
        &indicator_files,
        &mut diags,
        &mut unloaded,
        load_indicator,
    );
    orphan_csv(&csv_files, &indicator_files, &mut diags);
    let agencies = load_all(&site, &agency_files, &mut diags, &mut unloaded, load_agency);
    let pages = load_all(&site, &page_files, &mut diags, &mut unloaded, load_page);
    statics.sort_by(|a, b| a.rel.cmp(&b.rel));

    let inputs = config.map(|config| Inputs {
        root: root.to_path_buf(),
        config,
        indicators: indicators.into(),
        agencies: agencies.into(),
        pages: pages.into(),
        statics,
        unloaded,
    });
    (inputs, diags)
}

/// A CSV file holds the observations of the indicator whose YAML file has
/// its name; one without is a mistake (a renamed or misspelt file).
fn orphan_csv(csv_files: &[PathBuf], indicator_files: &[PathBuf], diags: &mut Diagnostics) {
    for csv in csv_files {
        let stem = csv.file_stem();
        if !indicator_files.iter().any(|y| y.file_stem() == stem) {
            let name = stem.map(|s| s.to_string_lossy()).unwrap_or_default();
            diags.push(
                Diagnostic::new(csv, Pos::new(1, 1), format!("no indicator `{name}.yaml` for this CSV file"))
                    .with_hint(format!(
                        "a CSV file holds the observations of the indicator described in the YAML file of the same name: add `{name}.yaml` (name, unit, kind) or rename the CSV file"
                    ))
                    .code(Code::CsvWithoutIndicator),
            );
        }
    }
}

fn is_yaml(f: &str) -> bool {
    f.ends_with(".yaml") || f.ends_with(".yml")
}

/// What loading one file gives: the record and any problems that still
/// let it be used, or only problems.
pub(crate) type Loaded<T> = Result<(T, Vec<Diagnostic>), Vec<Diagnostic>>;

fn load_all<T: Send>(
    root: &Root,
    files: &[PathBuf],
    diags: &mut Diagnostics,
    unloaded: &mut std::collections::HashSet<String>,
    f: fn(&Root, &Path) -> Loaded<T>,
) -> Vec<T> {
    let results: Vec<_> = files.par_iter().map(|rel| f(root, rel)).collect();
    let mut out = Vec::with_capacity(results.len());
    for (r, rel) in results.into_iter().zip(files) {
        match r {
            Ok((v, soft)) => {
                out.push(v);
                soft.into_iter().for_each(|d| diags.push(d));
            }
            Err(es) => {
                es.into_iter().for_each(|d| diags.push(d));
                if let Some(stem) = rel.file_stem() {
                    unloaded.insert(stem.to_string_lossy().into_owned());
                }
            }
        }
    }
    out
}

fn load_config(root: &Root, diags: &mut Diagnostics) -> Option<SiteConfig> {
    let rel = Path::new("content/site.yaml");
    if std::fs::symlink_metadata(root.path.join(rel)).is_err() {
        diags.push(
            Diagnostic::new(rel, Pos::default(), "`content/site.yaml` is missing")
                .with_hint(format!(
                    "create it with at least `title`, `base_url` and `region` ({})",
                    crate::guide::SEE_FORMAT
                ))
                .code(Code::SiteYamlMissing),
        );
        return None;
    }
    let text = match root.read_text(rel) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    match yaml::parse::<SiteConfig>(&text, rel, 0) {
        Ok(p) => {
            p.errors.into_iter().for_each(|d| diags.push(d));
            let mut c = p.value;
            c.base_url_pos = p.index.locate("base_url");
            c.page_size_pos = p.index.locate("page_size");
            c.theme_pos = p.index.locate("theme");
            c.compare_pos = (0..c.compare.len())
                .map(|i| p.index.locate(&format!("compare[{i}]")))
                .collect();
            for (g, group) in c.groups.iter_mut().enumerate() {
                group.indicator_pos = (0..group.indicators.len())
                    .map(|k| p.index.locate(&format!("groups[{g}].indicators[{k}]")))
                    .collect();
            }
            for (g, r) in c.regions.iter_mut().enumerate() {
                r.member_pos = (0..r.members.len())
                    .map(|k| p.index.locate(&format!("regions[{g}].members[{k}]")))
                    .collect();
            }
            if let Some(cms) = &c.cms {
                cms::check_cms(cms, &p.index, rel, diags);
            }
            // Checked here, where its position is known: it goes into URLs.
            if !crate::web::slug::is_slug(&c.region.id) {
                diags.push(
                    Diagnostic::new(
                        rel,
                        p.index.locate("region.id"),
                        format!("`region.id` `{}` is not an id", c.region.id),
                    )
                    .with_hint(format!(
                        "ids are lowercase ASCII with hyphens, e.g. `{}`",
                        crate::web::slug::slugify(&c.region.id)
                    ))
                    .code(Code::RegionIdNotId),
                );
            }
            Some(c)
        }
        Err(es) => {
            es.into_iter().for_each(|d| diags.push(d));
            None
        }
    }
}

/// The id a data file gets from its name; it becomes part of URLs, so it
/// must be a slug.
fn id_from_file(rel: &Path) -> Result<String, Diagnostic> {
    let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if crate::web::slug::is_slug(stem) {
        Ok(stem.to_string())
    } else {
        Err(Diagnostic::new(
            rel,
            Pos::default(),
            format!("the file name `{stem}` cannot be an id: ids are lowercase ASCII letters, digits and hyphens"),
        )
        .with_hint(match crate::web::slug::slugify(stem) {
            s if s.is_empty() => "rename the file with lowercase letters, digits and hyphens, e.g. `chi-so-moi.yaml`".to_string(),
            s => match rel.extension().and_then(|e| e.to_str()) {
                Some(ext) => format!("rename the file to `{s}.{ext}`"),
                None => format!("rename the file to `{s}`"),
            },
        })
        .code(Code::FileNameNotId))
    }
}

fn read(root: &Root, rel: &Path) -> Result<String, Vec<Diagnostic>> {
    root.read_text(rel).map_err(|d| vec![d])
}

pub(crate) fn load_indicator(root: &Root, rel: &Path) -> Loaded<Indicator> {
    let id = id_from_file(rel).map_err(|d| vec![d])?;
    let text = read(root, rel)?;
    let p = yaml::parse_checked::<Indicator>(&text, rel, 0, plain_indicator)?;
    let mut ind = p.value;
    ind.id = id;
    ind.file = rel.to_path_buf();
    let index = p.index.clone();
    ind.at = crate::model::Locator::new(move |path| index.locate(path));
    let mut errors = p.errors;
    errors.extend(empty_name(&ind.name, rel, &p.index));
    // Observations from `<id>.csv`, after those of the YAML file.
    let csv_rel = rel.with_extension("csv");
    if std::fs::symlink_metadata(root.path.join(&csv_rel)).is_ok() {
        let text = read(root, &csv_rel)?;
        let components: Vec<&str> = ind.components.iter().map(|c| c.id.as_str()).collect();
        let read = csv::parse(&text, &csv_rel, ind.csv.unwrap_or_default(), &components)?;
        ind.csv_origin = Some(std::sync::Arc::new(crate::model::CsvOrigin {
            file: csv_rel,
            first: ind.observations.len(),
            cells: read.cells,
        }));
        ind.observations.extend(read.observations);
    } else if ind.csv.is_some() {
        errors.push(
            Diagnostic::new(
                rel,
                p.index.locate_key("csv"),
                format!(
                    "`csv` describes `{}`, which does not exist",
                    csv_rel.display()
                ),
            )
            .with_hint("put the CSV file beside this one, with the same name, or remove `csv`")
            .code(Code::CsvMissing),
        );
    }
    Ok((ind, errors))
}

/// For the fast path of [`yaml::parse_checked`]: no text field of the
/// indicator holds what YAML reads otherwise when unquoted.
fn plain_indicator(ind: &Indicator) -> bool {
    let texts = [&ind.short_name, &ind.source, &ind.owner, &ind.description];
    !yaml::retypes(&ind.name)
        && (ind.unit.is_empty() || !yaml::retypes(&ind.unit))
        && texts
            .iter()
            .all(|t| t.as_deref().is_none_or(|s| !yaml::retypes(s)))
        && ind.compare.iter().flatten().all(|s| !yaml::retypes(s))
        && ind
            .targets
            .iter()
            .all(|t| t.label.as_deref().is_none_or(|s| !yaml::retypes(s)))
        && ind.observations.iter().all(|o| {
            o.entity.as_deref().is_none_or(|s| !yaml::retypes(s))
                && o.note.as_deref().is_none_or(|s| !yaml::retypes(s))
                && o.group.as_deref().is_none_or(|s| !yaml::retypes(s))
                && o.source.as_ref().is_none_or(|s| {
                    !yaml::retypes(&s.title) && s.url.as_deref().is_none_or(|u| !yaml::retypes(u))
                })
                && o.components
                    .iter()
                    .flat_map(|c| c.keys())
                    .all(|k| !yaml::retypes(k))
        })
        && ind.components.iter().all(|c| {
            !yaml::retypes(&c.id)
                && !yaml::retypes(&c.name)
                && c.unit.as_deref().is_none_or(|s| !yaml::retypes(s))
        })
}

/// A record's `name` is its page's heading and every link's text.
fn empty_name(name: &str, rel: &Path, index: &yaml::LazyIndex) -> Option<Diagnostic> {
    crate::model::is_blank(name).then(|| {
        Diagnostic::new(rel, index.locate("name"), "the name is empty")
            .with_hint("write the full name: it is the page's heading and link text")
            .code(Code::NameEmpty)
    })
}

pub(crate) fn load_agency(root: &Root, rel: &Path) -> Loaded<Agency> {
    let id = id_from_file(rel).map_err(|d| vec![d])?;
    let text = read(root, rel)?;
    let p = yaml::parse::<Agency>(&text, rel, 0)?;
    let mut a = p.value;
    a.id = id;
    a.file = rel.to_path_buf();
    a.parent_pos = p.index.locate("parent");
    let index = p.index.clone();
    a.at = crate::model::Locator::new(move |path| index.locate(path));
    let mut errors = p.errors;
    errors.extend(empty_name(&a.name, rel, &p.index));
    if a.short_name.as_deref().is_some_and(crate::model::is_blank) {
        errors.push(
            Diagnostic::new(rel, p.index.locate("short_name"), "the short name is empty")
                .with_hint("write the name charts show, e.g. `short_name: Văn Yên`, or leave the field out")
                .code(Code::ShortNameEmpty),
        );
    }
    if let Some(h) = a.head.as_mut() {
        h.pos = p.index.locate("head");
    }
    for (i, h) in a.heads.iter_mut().enumerate() {
        h.pos = p.index.locate(&format!("heads[{i}]"));
    }
    for (i, r) in a.responsibilities.iter_mut().enumerate() {
        r.pos = p.index.locate(&format!("responsibilities[{i}]"));
        r.indicator_pos = (0..r.indicators.len())
            .map(|j| {
                p.index
                    .locate(&format!("responsibilities[{i}].indicators[{j}]"))
            })
            .collect();
    }
    Ok((a, errors))
}

/// Loads the page `rel` (relative to the site): its front matter, located,
/// its body, and where it stands (section, name, bundle or not).
pub(crate) fn load_page(root: &Root, rel: &Path) -> Loaded<Page> {
    let text = root
        .read_text_within(rel, files::MAX_PAGE_BYTES)
        .map_err(|d| vec![d])?;
    let split = split_page(&text, rel)?;
    let p = yaml::parse::<FrontMatter>(split.yaml, rel, split.yaml_line - 1)?;
    let (folders, stem, bundle) = page_place(rel);
    let meta = p.value;
    let pos = page_positions(&p.index, &meta);
    Ok((
        Page {
            file: rel.to_path_buf(),
            section: folders,
            is_section_index: !bundle && stem == "_index",
            stem,
            bundle,
            meta,
            body: split.body.to_string(),
            body_line: split.body_line,
            pos,
        },
        p.errors,
    ))
}

/// A page's front matter and body; no front matter, one never closed or
/// one with no field is an error.
fn split_page<'t>(text: &'t str, rel: &Path) -> Result<frontmatter::Split<'t>, Vec<Diagnostic>> {
    let split = frontmatter::split(text).map_err(|e| {
        let (msg, hint, code) = match e {
            frontmatter::SplitError::Missing => (
                "a page must start with front matter: a line `---`, then `title: ...`, then `---`",
                "add front matter at the top of the file",
                Code::NoFrontMatter,
            ),
            frontmatter::SplitError::Unterminated => (
                "the front matter opened on line 1 is never closed",
                "add a line `---` after the last front matter field",
                Code::FrontMatterUnclosed,
            ),
        };
        vec![
            Diagnostic::new(rel, Pos::new(1, 1), msg)
                .with_hint(hint)
                .code(code),
        ]
    })?;
    if split
        .yaml
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(vec![
            Diagnostic::new(
                rel,
                Pos::new(split.yaml_line, 1),
                "the front matter is empty",
            )
            .with_hint("a page needs at least `title: ...` between the two `---` lines")
            .code(Code::FrontMatterEmpty),
        ]);
    }
    Ok(split)
}

/// Where the page `rel` (`content/...`) stands: the folders of its section,
/// its name (stem) and whether it is a bundle (a folder with `index.md`).
fn page_place(rel: &Path) -> (Vec<String>, String, bool) {
    let comps: Vec<String> = rel
        .iter()
        .skip(1)
        .map(|c| c.to_string_lossy().into_owned())
        .collect();
    let (file_name, folders) = comps.split_last().expect("a page path has a file name");
    // `news/tin/index.md`: the folder `tin` is the page, in `news`. An
    // `index.md` straight in a section (`news/index.md`) is a page named
    // `index`, as it always was.
    let bundle = file_name == "index.md" && folders.len() >= 2;
    let (stem, folders) = match folders.split_last() {
        Some((folder, parents)) if bundle => (folder.clone(), parents),
        _ => (
            file_name
                .strip_suffix(".md")
                .unwrap_or(file_name)
                .to_string(),
            folders,
        ),
    };
    (folders.to_vec(), stem, bundle)
}

/// Where each front matter field that validation may point at stands.
fn page_positions(index: &yaml::LazyIndex, meta: &FrontMatter) -> PagePositions {
    PagePositions {
        title: index.locate("title"),
        slug: index.locate("slug"),
        tags: (0..meta.tags.len())
            .map(|i| index.locate(&format!("tags[{i}]")))
            .collect(),
        indicators: (0..meta.indicators.len())
            .map(|i| index.locate(&format!("indicators[{i}]")))
            .collect(),
        agencies: (0..meta.agencies.len())
            .map(|i| index.locate(&format!("agencies[{i}]")))
            .collect(),
        image: index.locate("image"),
        image_src: index.locate("image.src"),
        image_alt: index.locate("image.alt"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walked(root: &Path) -> (Vec<String>, Vec<String>) {
        let mut diags = Diagnostics::new();
        let mut files = Vec::new();
        Root::new(root).walk(Path::new("content"), &mut diags, |rel| {
            files.push(crate::diagnostics::display_path(rel))
        });
        let errors = diags.iter().map(|d| d.location()).collect();
        (files, errors)
    }

    #[test]
    fn walks_past_hidden_folders_and_reports_bad_names() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in [
            "content/a.md",
            "content/.trash/b.md",
            "content/x/.git/c.md",
            "content/.d.md",
        ] {
            std::fs::create_dir_all(root.join(f).parent().unwrap()).unwrap();
            std::fs::write(root.join(f), "").unwrap();
        }
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let bad = root.join(std::ffi::OsStr::from_bytes(b"content/t\xe1"));
            std::fs::create_dir_all(bad.join("sub")).unwrap();
            std::fs::write(bad.join("sub/e.md"), "").unwrap();
        }
        let (files, errors) = walked(root);
        assert_eq!(files, ["content/a.md"]);
        #[cfg(unix)]
        assert_eq!(errors, ["content/t\u{fffd}"], "once, for the folder");
        #[cfg(not(unix))]
        assert!(errors.is_empty());
    }
}
