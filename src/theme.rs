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
use crate::diagnostics::{Diagnostic, Pos};
use crate::model::{StaticFile, StaticSource};

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
    "indicator.html",
    "agencies.html",
    "agency.html",
    "section.html",
    "page.html",
    "404.html",
    "partials/status.html",
    "partials/card.html",
    "partials/chart.html",
    "partials/indicator_table.html",
    "partials/values_table.html",
    "partials/entries.html",
    "tags.html",
    "agencies_sorted.html",
    "reporting.html",
    "partials/agency_row.html",
    "partials/agency_head.html",
    "partials/sorts.html",
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

/// The site's theme folder, when it has one.
fn site_theme_dir(root: &Path, config: &SiteConfig) -> Option<PathBuf> {
    let dir = root.join("themes").join(&config.theme);
    dir.is_dir().then_some(dir)
}

pub fn load(root: &Path, config: &SiteConfig) -> Result<Theme, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let dir = site_theme_dir(root, config);
    let rel_dir = PathBuf::from("themes").join(&config.theme);

    let mut templates: BTreeMap<String, (PathBuf, String)> = TEMPLATES
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
    if let Some(dir) = &dir {
        for (rel_name, abs) in files_under(&dir.join("templates")) {
            if !(rel_name.ends_with(".html") || rel_name.ends_with(".xml")) {
                continue;
            }
            let rel = rel_dir.join("templates").join(&rel_name);
            match crate::load::files::read_text(&abs, &rel) {
                Ok(text) => {
                    templates.insert(rel_name, (rel, text));
                }
                Err(d) => errors.push(d),
            }
        }
    }
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".xml", ".svg"]);
    if let Err(e) =
        tera.add_raw_templates(templates.iter().map(|(n, (_, t))| (n.as_str(), t.as_str())))
    {
        let file = match e.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                templates.get(r.filename()).map(|(rel, _)| rel.clone())
            }
            tera::ErrorKind::MissingParent { current, .. } => {
                templates.get(current).map(|(rel, _)| rel.clone())
            }
            _ => None,
        };
        errors.push(template_error(
            &e,
            &file.unwrap_or_else(|| rel_dir.join("templates")),
        ));
    }

    let lang = config.language.code();
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
    if let Some(dir) = &dir {
        let abs = dir.join("i18n").join(format!("{lang}.yaml"));
        if abs.is_file() {
            let rel = rel_dir.join("i18n").join(format!("{lang}.yaml"));
            match crate::load::files::read_text(&abs, &rel)
                .map_err(|d| vec![d])
                .and_then(|t| crate::load::yaml::parse::<BTreeMap<String, String>>(&t, &rel, 0))
            {
                Ok(p) => strings.extend(p.value),
                Err(es) => errors.extend(es),
            }
        }
    }

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
    if let Some(dir) = &dir {
        for (rel, abs) in files_under(&dir.join("static")) {
            statics.insert(
                rel.clone(),
                StaticFile {
                    rel,
                    source: StaticSource::Disk(abs),
                },
            );
        }
    }

    if errors.is_empty() {
        Ok(Theme {
            tera,
            strings,
            statics: statics.into_values().collect(),
        })
    } else {
        Err(errors)
    }
}

/// Regular files under `dir` (no symlinks followed), as (`a/b.html`, abs).
fn files_under(dir: &Path) -> Vec<(String, PathBuf)> {
    if !dir.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            Some((rel, e.path().to_path_buf()))
        })
        .collect()
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
        }
        other => Diagnostic::new(file, Pos::default(), format!("template error: {other}")),
    }
}

/// The file a template name comes from, for messages.
pub fn template_file(root: &Path, config: &SiteConfig, name: &str) -> PathBuf {
    match site_theme_dir(root, config) {
        Some(dir) if dir.join("templates").join(name).is_file() => PathBuf::from("themes")
            .join(&config.theme)
            .join("templates")
            .join(name),
        _ => PathBuf::from("themes/default/templates").join(name),
    }
}
