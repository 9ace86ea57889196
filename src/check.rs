//! `baocao check`: a build that writes nothing, then a check of the links
//! the site's Markdown writes and those the theme's templates write whole.
//!
//! Steps:
//! 1. build into memory with [`crate::build_gathering`] (every build error
//!    is reported as by `build`), noting the path of each output file;
//! 2. take from the renderer the links, images and anchors each page's
//!    Markdown wrote, with their offsets, gathered while it was rendered
//!    ([`crate::render::links`]); an indicator's description is rendered
//!    here for its links;
//! 3. resolve each link that stays on the site (site paths such as
//!    `/indicators/sipas/`, relative paths such as `../x/`, `#anchors`, and
//!    absolute URLs under the base URL) against the output paths: the
//!    target must exist, and an anchor must be one the target page has,
//!    as the renderer knows it: its template's ids, its Markdown's, its
//!    blocks' and charts' ([`anchors`]);
//! 4. report each broken link at the line and column of the Markdown (or
//!    indicator YAML) file that wrote it;
//! 5. the same for the links the theme's templates write whole
//!    ([`templates`]), at the template's line and column.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;

use crate::diagnostics::{Code, Diagnostic, Pos, did_you_mean};
use crate::model::IndicatorIx;
use crate::render::links::Written;
use crate::render::markdown::RenderedMarkdown;
use crate::render::{Renderer, markdown};

mod anchors;
mod charts;
mod templates;
use crate::web::urls;
use crate::{BuildError, BuildOptions, BuildReport};

/// What a successful check found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub build: BuildReport,
    /// Internal links and images checked.
    pub links: usize,
}

/// Builds the site in memory, then checks its internal links. Broken links
/// are content errors, located in the file that wrote them.
pub fn check(opts: &BuildOptions) -> Result<CheckReport, BuildError> {
    check_with(opts, &|_| {})
}

/// [`check`], calling `on_file` with each output path as it is rendered
/// (for progress displays).
pub fn check_with(
    opts: &BuildOptions,
    on_file: &(dyn Fn(&str) + Sync),
) -> Result<CheckReport, BuildError> {
    let outputs = Mutex::new(BTreeSet::new());
    let mut judged = (0, Vec::new());
    let build = crate::build_gathering(
        opts,
        &|rel, _| {
            on_file(rel);
            outputs
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(rel.to_string());
            Ok(())
        },
        &mut |r| {
            let outputs = outputs.lock().unwrap_or_else(|e| e.into_inner());
            judged = check_links(r, &outputs);
        },
    )?;
    let (links, errors) = judged;
    if errors.is_empty() {
        Ok(CheckReport { build, links })
    } else {
        Err(BuildError::Content(errors))
    }
}

/// A text whose links are judged: a page's Markdown, or an indicator's
/// description.
struct Text<'a> {
    /// The output file that shows it (`news/a/index.html`).
    output: String,
    /// The file that holds it, relative to the site.
    file: &'a Path,
    links: Vec<Written>,
    /// Where a link's offset in the text is in the file.
    place: Place<'a>,
}

enum Place<'a> {
    /// A page's body: its text and the file's line of its first line.
    Body { text: &'a str, line: usize },
    /// An indicator's description, in its YAML file.
    Description(&'a crate::model::Locator),
}

/// Checks the links of every page's Markdown and indicator description
/// against the output paths of the build. Returns how many links were
/// checked and the broken ones.
fn check_links(r: &Renderer, outputs: &BTreeSet<String>) -> (usize, Vec<Diagnostic>) {
    let descriptions = descriptions(r);
    let texts = texts(r, &descriptions);
    let judge = Judge::new(r, outputs, &descriptions);
    let mut errors = Vec::new();
    let mut checked = 0;
    for text in &texts {
        for link in &text.links {
            let Some((code, message, hint)) = judge.link(link, &text.output, &mut checked) else {
                continue;
            };
            let message = message.replace(URL, &link.url);
            let pos = text.place.pos(text.file, link);
            errors.push(
                Diagnostic::new(text.file, pos, message)
                    .with_hint_opt(hint)
                    .code(code),
            );
        }
    }
    errors.extend(templates::broken(r, |link| {
        let (code, message, hint) = judge.link(link, "", &mut checked)?;
        Some((code, message.replace(URL, &link.url), hint))
    }));
    errors.sort();
    errors.dedup();
    (checked, errors)
}

/// The pages' Markdown as rendered, and the indicators' descriptions.
fn texts<'a>(
    r: &'a Renderer,
    descriptions: &'a [(IndicatorIx, RenderedMarkdown)],
) -> Vec<Text<'a>> {
    let mut out = Vec::new();
    for (p, md) in r.inputs.pages.iter().zip(&r.markdown) {
        let Some(md) = md else { continue };
        out.push(Text {
            output: urls::file_for(&urls::page(p)),
            file: &p.file,
            links: md.links.links.clone(),
            place: Place::Body {
                text: &p.body,
                line: p.body_line,
            },
        });
    }
    for (i, md) in descriptions {
        let ind = &r.inputs.indicators[*i];
        out.push(Text {
            output: urls::file_for(&urls::indicator(&ind.id)),
            file: &ind.file,
            links: md.links.links.clone(),
            place: Place::Description(&ind.at),
        });
    }
    out
}

/// The indicators' descriptions rendered (index, Markdown), for their
/// links and anchors.
fn descriptions(r: &Renderer) -> Vec<(IndicatorIx, RenderedMarkdown)> {
    let opts = markdown::MarkdownOptions {
        base_path: &r.base_path,
        sanitize: true,
        embed_hosts: &[],
    };
    let render =
        |d: &str| markdown::render::<()>(d, &opts, |_, _, _| Ok(String::new()), |_| None).ok();
    r.inputs
        .indicators
        .iter_enumerated()
        .filter_map(|(i, ind)| Some((i, render(ind.description.as_deref()?)?)))
        .collect()
}

impl Place<'_> {
    /// The position in `file` of `link`.
    fn pos(&self, file: &Path, link: &Written) -> Pos {
        match self {
            Place::Body { text, line } => {
                let p = pos_of(text, link.at);
                Pos::new(line + p.line - 1, p.col)
            }
            Place::Description(at) => {
                // The description is a YAML scalar: look for the address
                // in the file from where the description begins.
                let start = at.locate("description");
                let text = std::fs::read_to_string(file).unwrap_or_default();
                let from: usize = text
                    .split_inclusive('\n')
                    .take(start.line.saturating_sub(1))
                    .map(str::len)
                    .sum();
                match text.get(from..).and_then(|t| t.find(&link.url)) {
                    Some(i) => pos_of(&text, from + i),
                    None => start,
                }
            }
        }
    }
}

/// What links are judged against.
struct Judge<'a> {
    outputs: &'a BTreeSet<String>,
    anchors: anchors::Anchors<'a>,
    base_url: &'a str,
    base_path: &'a str,
}

impl<'a> Judge<'a> {
    fn new(
        r: &'a Renderer,
        outputs: &'a BTreeSet<String>,
        descriptions: &'a [(IndicatorIx, RenderedMarkdown)],
    ) -> Self {
        Judge {
            outputs,
            anchors: anchors::Anchors::new(r, descriptions),
            base_url: &r.base_url,
            base_path: &r.base_path,
        }
    }

    /// What is wrong with `link`, written on the page `page` (an output
    /// path); counts the links that stay on the site in `checked`.
    fn link(
        &self,
        link: &Written,
        page: &str,
        checked: &mut usize,
    ) -> Option<(Code, String, Option<String>)> {
        let url = if !link.html && markdown::needs_base_path(&link.url, self.base_path) {
            format!("{}{}", self.base_path, &link.url[1..])
        } else {
            link.url.clone()
        };
        let target = resolve(&url, page, self.base_url, self.base_path)?;
        *checked += 1;
        match target {
            Target::OutsideBase => Some((
                Code::LinkLeavesSite,
                format!(
                    "link to `{URL}` leaves the site: the site lives under `{}`",
                    self.base_path
                ),
                Some("write site paths from the site's root (`/indicators/sipas/`); baocao adds the base path".to_string()),
            )),
            Target::AboveRoot => Some((
                Code::LinkAboveRoot,
                format!("link to `{URL}` goes above the site's root"),
                None,
            )),
            Target::Path { path, fragment } => match find_file(self.outputs, &path) {
                None => Some(missing(self.outputs, link, &path)),
                Some(key) => self.anchor(key, page, fragment?),
            },
        }
    }

    /// A missing anchor `frag` of the output `key`, linked from `page`.
    fn anchor(
        &self,
        key: &str,
        page: &str,
        frag: String,
    ) -> Option<(Code, String, Option<String>)> {
        if frag.is_empty() {
            return None;
        }
        let ids = self.anchors.missing(key, &frag)?;
        let page = if key == page {
            "this page".to_string()
        } else {
            format!("the page `/{}`", page_url(key))
        };
        Some((
            Code::LinkToMissingAnchor,
            format!("link to `{URL}`: {page} has no heading or element with the id `{frag}`"),
            did_you_mean(&frag, ids),
        ))
    }
}

/// Stands for the link in messages until it is known how the source wrote it.
const URL: &str = "\u{1}";

fn missing(
    outputs: &BTreeSet<String>,
    link: &Written,
    path: &str,
) -> (Code, String, Option<String>) {
    let what = if link.image { "image" } else { "link to" };
    let looks_like_file = path
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.') && !last.ends_with(".html"));
    let candidates: Vec<String> = outputs
        .iter()
        .map(|k| format!("/{}", page_url(k)))
        .collect();
    let wanted = format!("/{path}");
    let hint = did_you_mean(&wanted, candidates.iter().map(String::as_str));
    if looks_like_file {
        (
            Code::LinkToMissingFile,
            format!(
                "{what} `{URL}`: no such file; files are copied from `content/static/` (this one would be `content/static/{}`)",
                path.trim_end_matches('/')
            ),
            hint,
        )
    } else {
        (
            Code::LinkToMissingPage,
            format!("{what} `{URL}`: no page or file of the site has this address"),
            hint,
        )
    }
}

/// `news/a/index.html` → `news/a/`; `style.css` → `style.css`.
fn page_url(key: &str) -> String {
    key.strip_suffix("index.html").unwrap_or(key).to_string()
}

/// The built file a site path (without its leading `/`) is served from.
fn find_file<'a>(outputs: &'a BTreeSet<String>, path: &str) -> Option<&'a str> {
    let candidates = if path.is_empty() || path.ends_with('/') {
        vec![format!("{path}index.html")]
    } else {
        vec![path.to_string(), format!("{path}/index.html")]
    };
    candidates
        .into_iter()
        .find_map(|c| outputs.get(&c).map(String::as_str))
}

#[derive(Debug, PartialEq)]
enum Target {
    /// A path under the output root (no leading `/`, percent-decoded) and
    /// the anchor, if any.
    Path {
        path: String,
        fragment: Option<String>,
    },
    /// A site-absolute path that does not start with the base path.
    OutsideBase,
    /// A relative path with more `..` than folders.
    AboveRoot,
}

/// Where `url`, found in the page `page` (an output path), leads; `None`
/// for links that leave the site (other hosts, `mailto:` …).
fn resolve(url: &str, page: &str, base_url: &str, base_path: &str) -> Option<Target> {
    let url = url.trim();
    if url.is_empty() || url.starts_with("//") {
        return None;
    }
    let (rest, fragment) = match url.split_once('#') {
        Some((a, f)) => (a, Some(crate::web::percent::lenient(f))),
        None => (url, None),
    };
    let rest = rest.split('?').next().unwrap_or("");
    let site_relative: String = if has_scheme(rest) {
        let base = format!("{base_url}/");
        if rest == base_url {
            String::new()
        } else if let Some(r) = rest.strip_prefix(&base) {
            r.to_string()
        } else {
            return None;
        }
    } else if rest.starts_with('/') {
        match rest.strip_prefix(base_path) {
            Some(r) => r.to_string(),
            None if rest == base_path.trim_end_matches('/') => String::new(),
            None => return Some(Target::OutsideBase),
        }
    } else if rest.is_empty() {
        // `#anchor` or `?query`: this page.
        return Some(Target::Path {
            path: page.to_string(),
            fragment,
        });
    } else {
        let dir = match page.rfind('/') {
            Some(i) => &page[..=i],
            None => "",
        };
        format!("{dir}{rest}")
    };
    let mut parts: Vec<&str> = Vec::new();
    let segments: Vec<&str> = site_relative.split('/').collect();
    for seg in &segments {
        match *seg {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Some(Target::AboveRoot);
                }
            }
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    let ends_dir = segments
        .last()
        .is_some_and(|s| matches!(*s, "" | "." | ".."));
    if ends_dir && !path.is_empty() {
        path.push('/');
    }
    Some(Target::Path {
        path: crate::web::percent::lenient(&path),
        fragment,
    })
}

fn has_scheme(s: &str) -> bool {
    match s.find(':') {
        Some(i) if i > 0 => {
            let scheme = &s[..i];
            scheme
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        _ => false,
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn pos_of(text: &str, at: usize) -> Pos {
    let at = at.min(text.len());
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    Pos::new(line, text[line_start..at].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(p: &str, f: Option<&str>) -> Option<Target> {
        Some(Target::Path {
            path: p.into(),
            fragment: f.map(String::from),
        })
    }

    #[test]
    fn resolves_links() {
        let r = |u: &str| resolve(u, "news/a/index.html", "https://x.vn/cchc", "/cchc/");
        assert_eq!(
            r("/cchc/indicators/sipas/"),
            path("indicators/sipas/", None)
        );
        assert_eq!(r("/cchc/style.css"), path("style.css", None));
        assert_eq!(r("/cchc/"), path("", None));
        assert_eq!(r("/cchc"), path("", None));
        assert_eq!(r("/indicators/"), Some(Target::OutsideBase));
        assert_eq!(r("../b/#x"), path("news/b/", Some("x")));
        assert_eq!(r("#x"), path("news/a/index.html", Some("x")));
        assert_eq!(r("../../../../x"), Some(Target::AboveRoot));
        assert_eq!(r("https://x.vn/cchc/news/"), path("news/", None));
        assert_eq!(r("https://other.vn/"), None);
        assert_eq!(r("mailto:a@b.vn"), None);
        assert_eq!(r("//cdn.vn/x.js"), None);
        assert_eq!(r("/cchc/tin-t%E1%BB%A9c/?p=1"), path("tin-tức/", None));
        assert_eq!(r(".."), path("news/", None));
    }
}
