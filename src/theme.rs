//! The theme: Tera templates, static files and UI strings.
//!
//! Lookup is site → built-in: a file in the site's `themes/<name>/`
//! replaces the built-in file of the same name and nothing else. The
//! built-in theme (`themes/default/` in this repository) is compiled into
//! the binary, so a site needs only `content/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tera::Tera;

use crate::config::SiteConfig;
use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos};
use crate::load::Root;
use crate::model::{StaticFile, StaticSource};

pub mod ids;

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../themes/default/templates/", $name)))),*]
    };
}

/// The built-in templates, by name.
pub const TEMPLATES: &[(&str, &str)] = builtin!(
    "base.html",
    "index.html",
    "indicators.html",
    "targets_status.html",
    "indicator.html",
    "agencies.html",
    "agency.html",
    "section.html",
    "page.html",
    "404.html",
    "partials/status.html",
    "partials/card.html",
    "partials/strip.html",
    "partials/chart.html",
    "partials/indicator_table.html",
    "partials/values_table.html",
    "partials/components.html",
    "partials/many.html",
    "indicator_group.html",
    "partials/entries.html",
    "partials/archives.html",
    "archive.html",
    "tags.html",
    "agencies_sorted.html",
    "reporting.html",
    "partials/agency_row.html",
    "partials/agency_head.html",
    "partials/sorts.html",
    "partials/cited_by.html",
    "tag.html",
    "search.html",
    "feed.xml",
    "sitemap.xml",
);

/// The built-in static files, copied to the output root.
pub const STATIC: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!("../themes/default/static/style.css"),
    ),
    (
        "search.js",
        include_bytes!("../themes/default/static/search.js"),
    ),
    (
        "print.js",
        include_bytes!("../themes/default/static/print.js"),
    ),
    (
        "favicon.svg",
        include_bytes!("../themes/default/static/favicon.svg"),
    ),
    // The fonts charts are measured with (`crate::charts`), as web fonts.
    (
        "fonts/noto-sans-vi-regular.woff2",
        include_bytes!("../themes/default/static/fonts/noto-sans-vi-regular.woff2"),
    ),
    (
        "fonts/noto-sans-vi-bold.woff2",
        include_bytes!("../themes/default/static/fonts/noto-sans-vi-bold.woff2"),
    ),
    (
        "fonts/OFL.txt",
        include_bytes!("../themes/default/static/fonts/OFL.txt"),
    ),
];

const I18N: &[(&str, &str)] = &[
    ("vi", include_str!("../themes/default/i18n/vi.yaml")),
    ("en", include_str!("../themes/default/i18n/en.yaml")),
];

pub struct Theme {
    pub tera: Tera,
    /// UI strings of the site's language.
    pub strings: BTreeMap<String, String>,
    pub statics: Vec<StaticFile>,
    /// The ids each template writes, read from its source, for `check`.
    pub ids: ids::TemplateIds,
}

impl Theme {
    /// A UI string; a missing key shows as itself so a gap is visible.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.strings.get(key).map(String::as_str).unwrap_or(key)
    }

    /// A UI string with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }
}

pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// The site's theme folder (relative to the site), when it has one.
/// `theme:` is a plain name (checked by validation); the folder must lie
/// inside the site like every input.
fn site_theme_dir(root: &Root, config: &SiteConfig) -> Option<PathBuf> {
    if !is_theme_name(&config.theme) {
        return None;
    }
    let rel = PathBuf::from("themes").join(&config.theme);
    std::fs::symlink_metadata(root.path.join(&rel))
        .is_ok()
        .then_some(rel)
}

/// A theme is named by a folder name under `themes/`, never a path.
pub fn is_theme_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

/// Loads the theme of `config`: its templates compiled, the UI strings of
/// the site's language and the static files, each of the site's theme
/// folder over the built-in one. Every error of the three is reported.
pub fn load(site: &Path, config: &SiteConfig) -> Result<Theme, Vec<Diagnostic>> {
    let root = Root::new(site);
    let mut diags = Diagnostics::new();
    // A theme folder the policy refuses is reported once, then ignored.
    let dir = site_theme_dir(&root, config).filter(|d| match root.resolve(d) {
        Ok(_) => true,
        Err(e) => {
            diags.push(e);
            false
        }
    });
    let templates = templates(&root, dir.as_deref(), &mut diags);
    let mut errors: Vec<Diagnostic> = diags.into_sorted();
    let tera = match compile(&templates, &config.theme) {
        Ok(tera) => Some(tera),
        Err(e) => {
            errors.push(e);
            None
        }
    };
    let strings = strings(&root, dir.as_deref(), config.language.code(), &mut errors);
    let statics = statics(&root, dir.as_deref(), &mut errors);
    match tera {
        Some(tera) if errors.is_empty() => Ok(Theme {
            tera,
            strings,
            statics,
            ids: ids::TemplateIds::gather(
                templates.iter().map(|(n, (_, t))| (n.as_str(), t.as_str())),
            ),
        }),
        _ => Err(errors),
    }
}

/// Templates by name: the file each comes from (for messages) and its text.
type Templates = BTreeMap<String, (PathBuf, String)>;

/// The built-in templates, with the `.html` and `.xml` files of the site's
/// theme folder `dir` over them.
fn templates(root: &Root, dir: Option<&Path>, diags: &mut Diagnostics) -> Templates {
    let mut templates: Templates = TEMPLATES
        .iter()
        .map(|(n, s)| {
            (
                n.to_string(),
                (
                    PathBuf::from("themes/default/templates").join(n),
                    s.to_string(),
                ),
            )
        })
        .collect();
    if let Some(dir) = dir {
        let under = dir.join("templates");
        for rel in files_under(root, &under, diags) {
            let name = relative_name(&rel, &under);
            if !(name.ends_with(".html") || name.ends_with(".xml")) {
                continue;
            }
            match root.read_text(&rel) {
                Ok(text) => {
                    templates.insert(name, (rel, text));
                }
                Err(d) => diags.push(d),
            }
        }
    }
    templates
}

/// The templates compiled by Tera, autoescaped; an error is located in the
/// template's file (in the folder of `theme` when Tera names none).
fn compile(templates: &Templates, theme: &str) -> Result<Tera, Diagnostic> {
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".xml", ".svg"]);
    match tera.add_raw_templates(templates.iter().map(|(n, (_, t))| (n.as_str(), t.as_str()))) {
        Ok(()) => Ok(tera),
        Err(e) => {
            let file = match e.kind() {
                tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                    templates.get(r.filename()).map(|(rel, _)| rel.clone())
                }
                tera::ErrorKind::MissingParent { current, .. } => {
                    templates.get(current).map(|(rel, _)| rel.clone())
                }
                _ => None,
            };
            let rel_dir = PathBuf::from("themes").join(theme);
            Err(template_error(
                &e,
                &file.unwrap_or_else(|| rel_dir.join("templates")),
            ))
        }
    }
}

/// The UI strings of language `lang`: the built-in ones, with those of
/// `i18n/<lang>.yaml` in the site's theme folder `dir` over them.
fn strings(
    root: &Root,
    dir: Option<&Path>,
    lang: &str,
    errors: &mut Vec<Diagnostic>,
) -> BTreeMap<String, String> {
    let mut strings: BTreeMap<String, String> = BTreeMap::new();
    let builtin = I18N
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap_or("");
    let builtin_rel = PathBuf::from(format!("themes/default/i18n/{lang}.yaml"));
    match crate::load::yaml::parse::<BTreeMap<String, String>>(builtin, &builtin_rel, 0) {
        Ok(p) => strings.extend(p.value),
        Err(es) => errors.extend(es),
    }
    if let Some(dir) = dir {
        let rel = dir.join("i18n").join(format!("{lang}.yaml"));
        if std::fs::symlink_metadata(root.path.join(&rel)).is_ok() {
            match root
                .read_text(&rel)
                .map_err(|d| vec![d])
                .and_then(|t| crate::load::yaml::parse::<BTreeMap<String, String>>(&t, &rel, 0))
            {
                Ok(p) => strings.extend(p.value),
                Err(es) => errors.extend(es),
            }
        }
    }
    strings
}

/// The built-in static files, with those under `static/` in the site's
/// theme folder `dir` over them, in the order of their names.
fn statics(root: &Root, dir: Option<&Path>, errors: &mut Vec<Diagnostic>) -> Vec<StaticFile> {
    let mut statics: BTreeMap<String, StaticFile> = STATIC
        .iter()
        .map(|(n, b)| {
            (
                n.to_string(),
                StaticFile {
                    rel: n.to_string(),
                    source: StaticSource::Embedded(b),
                },
            )
        })
        .collect();
    if let Some(dir) = dir {
        let under = dir.join("static");
        let mut diags = Diagnostics::new();
        for rel in files_under(root, &under, &mut diags) {
            let name = relative_name(&rel, &under);
            statics.insert(
                name.clone(),
                StaticFile {
                    rel: name,
                    source: StaticSource::Disk(rel),
                },
            );
        }
        errors.extend(diags.into_sorted());
    }
    statics.into_values().collect()
}

/// The files under `dir` (relative to the site) that the input policy
/// allows, relative to the site.
fn files_under(root: &Root, dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let mut out = Vec::new();
    root.walk(dir, diags, |rel| out.push(rel.to_path_buf()));
    out
}

/// `a/b.html` for `themes/x/templates/a/b.html` under `themes/x/templates`.
fn relative_name(rel: &Path, under: &Path) -> String {
    crate::diagnostics::display_path(rel.strip_prefix(under).unwrap_or(rel))
}

/// A Tera error as a located diagnostic in the template's file.
pub fn template_error(e: &tera::Error, file: &Path) -> Diagnostic {
    match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            let s = r.span();
            Diagnostic::new(
                file,
                Pos::new(s.start_line, s.start_col + 1),
                format!("template error: {}", r.message()),
            )
            .with_hint("see the Tera 2 documentation for template syntax")
            .code(Code::TemplateError)
        }
        other => Diagnostic::new(file, Pos::default(), format!("template error: {other}"))
            .code(Code::TemplateError),
    }
}

/// The file a template name comes from, for messages.
pub fn template_file(root: &Path, config: &SiteConfig, name: &str) -> PathBuf {
    let root = Root::new(root);
    match site_theme_dir(&root, config) {
        Some(dir) if root.resolve(&dir.join("templates").join(name)).is_ok() => {
            dir.join("templates").join(name)
        }
        _ => PathBuf::from("themes/default/templates").join(name),
    }
}
