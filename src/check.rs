//! `baocao check`: a build that writes nothing, then a check of the links
//! the site's own pages make.
//!
//! Steps:
//! 1. build into memory with [`crate::build_into`] (every build error is
//!    reported as by `build`);
//! 2. for every HTML page, read the `href` of each `<a>` and the `src` of
//!    each `<img>` inside `<main>`;
//! 3. resolve each link that stays on the site (site paths such as
//!    `/indicators/sipas/`, relative paths such as `../x/`, `#anchors`, and
//!    absolute URLs under the base URL) against the built files: the target
//!    must exist, and an anchor must be an `id` in the target page;
//! 4. report each broken link at the line of the Markdown (or indicator
//!    YAML) file that wrote it.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::diagnostics::{Code, Diagnostic, Pos, did_you_mean};
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
    let files = Mutex::new(BTreeMap::new());
    let build = crate::build_into(opts, &|rel, body| {
        on_file(rel);
        // Links are looked for in generated pages; a copied file only
        // needs to exist.
        let bytes = match body {
            crate::render::Body::Bytes(b) => b.to_vec(),
            crate::render::Body::File(_) => Vec::new(),
        };
        files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_string(), bytes);
        Ok(())
    })?;
    let files = files.into_inner().unwrap_or_else(|e| e.into_inner());
    let sources = sources(opts);
    let base_url = match &opts.base_url {
        Some(b) => b.clone(),
        None => crate::load::load(&opts.site)
            .0
            .map(|i| i.config.base_url)
            .unwrap_or_default(),
    };
    let (links, errors) = check_links(&files, &sources, &base_url);
    if errors.is_empty() {
        Ok(CheckReport { build, links })
    } else {
        Err(BuildError::Content(errors))
    }
}

/// The source file of a built page whose text may hold the page's links.
#[derive(Debug, Clone)]
pub struct Source {
    /// Relative to the site root (`content/news/a.md`).
    pub file: PathBuf,
    /// The file's text.
    pub text: String,
}

/// Output file (`news/a/index.html`) → the file its Markdown came from.
fn sources(opts: &BuildOptions) -> HashMap<String, Source> {
    let mut out = HashMap::new();
    let Some(inputs) = crate::load::load(&opts.site).0 else {
        return out;
    };
    let read = |file: &Path| std::fs::read_to_string(inputs.root.join(file)).unwrap_or_default();
    for p in &inputs.pages {
        if p.meta.draft && !opts.drafts {
            continue;
        }
        out.insert(
            urls::file_for(&urls::page(p)),
            Source {
                file: p.file.clone(),
                text: read(&p.file),
            },
        );
    }
    for ind in &inputs.indicators {
        out.insert(
            urls::file_for(&urls::indicator(&ind.id)),
            Source {
                file: ind.file.clone(),
                text: read(&ind.file),
            },
        );
    }
    out
}

/// Checks the links of every HTML page of `files` (output path → bytes).
/// Returns how many links were checked and the broken ones.
pub fn check_links(
    files: &BTreeMap<String, Vec<u8>>,
    sources: &HashMap<String, Source>,
    base_url: &str,
) -> (usize, Vec<Diagnostic>) {
    let (base_url, base_path) = crate::render::split_base_url(base_url);
    let mut ids_cache: HashMap<&str, HashSet<String>> = HashMap::new();
    let mut errors = Vec::new();
    let mut checked = 0;
    for (rel, bytes) in files {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        let links = links_in_main(&html);
        // How many times each href was met on this page, to find the nth
        // occurrence in the source.
        let mut seen: HashMap<String, usize> = HashMap::new();
        for link in links {
            let n = {
                let c = seen.entry(link.url.clone()).or_default();
                *c += 1;
                *c
            };
            let Some(target) = resolve(&link.url, rel, &base_url, &base_path) else {
                continue;
            };
            checked += 1;
            let problem = match target {
                Target::OutsideBase => Some((
                    Code::LinkLeavesSite,
                    format!(
                        "link to `{URL}` leaves the site: the site lives under `{base_path}`"
                    ),
                    Some("write site paths from the site's root (`/indicators/sipas/`); baocao adds the base path".to_string()),
                )),
                Target::AboveRoot => Some((
                    Code::LinkAboveRoot,
                    format!("link to `{URL}` goes above the site's root"),
                    None,
                )),
                Target::Path { path, fragment } => {
                    match find_file(files, &path) {
                        None => Some(missing(files, &link, &path)),
                        Some(key) => fragment.and_then(|frag| {
                            if !key.ends_with(".html") || frag.is_empty() {
                                return None;
                            }
                            let ids = ids_cache.entry(key).or_insert_with(|| {
                                ids_in(&String::from_utf8_lossy(&files[key]))
                            });
                            if ids.contains(&frag) {
                                return None;
                            }
                            let page = if key == rel.as_str() {
                                "this page".to_string()
                            } else {
                                format!("the page `/{}`", page_url(key))
                            };
                            Some((
                                Code::LinkToMissingAnchor,
                                format!(
                                    "link to `{URL}`: {page} has no heading or element with the id `{frag}`"
                                ),
                                did_you_mean(&frag, ids.iter().map(String::as_str)),
                            ))
                        }),
                    }
                }
            };
            let Some((code, message, hint)) = problem else {
                continue;
            };
            // Shown as the Markdown wrote it, when it can be found there.
            let forms = written_forms(&link.url, &base_path);
            let located = sources
                .get(rel.as_str())
                .map(|src| (src, locate(&src.text, &forms, n)));
            let (file, pos, shown) = match located {
                Some((src, Some((pos, form)))) => (src.file.clone(), pos, form),
                Some((src, None)) => (
                    src.file.clone(),
                    Pos::new(1, 1),
                    crate::web::percent::lenient(&forms[0]),
                ),
                None => (
                    PathBuf::from("output").join(rel),
                    Pos::new(1, 1),
                    link.url.clone(),
                ),
            };
            let message = message.replace(URL, &shown);
            errors.push(
                Diagnostic::new(file, pos, message)
                    .with_hint_opt(hint)
                    .code(code),
            );
        }
    }
    errors.sort();
    errors.dedup();
    (checked, errors)
}

/// Stands for the link in messages until it is known how the source wrote it.
const URL: &str = "\u{1}";

fn missing(
    files: &BTreeMap<String, Vec<u8>>,
    link: &Link,
    path: &str,
) -> (Code, String, Option<String>) {
    let what = if link.image { "image" } else { "link to" };
    let looks_like_file = path
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.') && !last.ends_with(".html"));
    let candidates: Vec<String> = files.keys().map(|k| format!("/{}", page_url(k))).collect();
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
fn find_file<'a>(files: &'a BTreeMap<String, Vec<u8>>, path: &str) -> Option<&'a str> {
    let candidates = if path.is_empty() || path.ends_with('/') {
        vec![format!("{path}index.html")]
    } else {
        vec![path.to_string(), format!("{path}/index.html")]
    };
    candidates
        .into_iter()
        .find_map(|c| files.get_key_value(&c).map(|(k, _)| k.as_str()))
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

/// The ways the Markdown may have written `href`: the renderer adds the
/// base path to site paths and percent-encodes non-ASCII characters.
fn written_forms(href: &str, base_path: &str) -> Vec<String> {
    let mut forms = Vec::new();
    let mut push = |s: String| {
        if !s.is_empty() && !forms.contains(&s) {
            forms.push(s);
        }
    };
    if base_path != "/"
        && let Some(r) = href.strip_prefix(base_path)
    {
        push(format!("/{r}"));
        push(crate::web::percent::lenient(&format!("/{r}")));
    }
    push(href.to_string());
    push(crate::web::percent::lenient(href));
    forms
}

/// The position of the `n`th (1-based) link to one of `forms` in `text`:
/// `](url`, `]: url`, `<url>` or `="url"`; else the first bare mention.
fn locate(text: &str, forms: &[String], n: usize) -> Option<(Pos, String)> {
    for form in forms {
        let mut hits: Vec<usize> = Vec::new();
        for (prefix, suffix) in [
            ("](", ""),
            ("](<", ""),
            ("]: ", ""),
            ("]:", ""),
            ("<", ">"),
            ("=\"", "\""),
            ("='", "'"),
        ] {
            let needle = format!("{prefix}{form}{suffix}");
            for (i, _) in text.match_indices(&needle) {
                let at = i + prefix.len();
                // `](url` must be followed by the end of the URL.
                let next = text[at + form.len()..].chars().next();
                let ends = suffix.is_empty()
                    && matches!(
                        next,
                        None | Some(')' | ' ' | '\t' | '\n' | '\r' | '>' | '"')
                    );
                if (ends || !suffix.is_empty()) && !hits.contains(&at) {
                    hits.push(at);
                }
            }
        }
        hits.sort();
        if let Some(&at) = hits.get(n - 1).or(hits.last()) {
            return Some((pos_of(text, at), form.clone()));
        }
    }
    forms.iter().find_map(|f| {
        text.find(f.as_str())
            .map(|at| (pos_of(text, at), f.clone()))
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn pos_of(text: &str, at: usize) -> Pos {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    Pos::new(line, text[line_start..at].chars().count() + 1)
}

/// A link found in a page.
#[derive(Debug, Clone, PartialEq)]
struct Link {
    /// As the browser sees it (entities decoded).
    url: String,
    /// An `<img src>` rather than an `<a href>`.
    image: bool,
}

/// The `href` of each `<a>` and `src` of each `<img>` between `<main` and
/// `</main>` (the whole page when it has no `<main>`).
fn links_in_main(html: &str) -> Vec<Link> {
    let start = html.find("<main").unwrap_or(0);
    let end = html[start..]
        .find("</main>")
        .map(|i| start + i)
        .unwrap_or(html.len());
    let mut out = Vec::new();
    for tag in tags(&html[start..end]) {
        let (attr, image) = match tag.name.as_str() {
            "a" => ("href", false),
            "img" => ("src", true),
            _ => continue,
        };
        if let Some(v) = tag.attrs.iter().find(|(k, _)| k == attr).map(|(_, v)| v) {
            out.push(Link {
                url: v.clone(),
                image,
            });
        }
    }
    out
}

/// Every `id` (and `<a name>`) of a page.
fn ids_in(html: &str) -> HashSet<String> {
    let mut ids = HashSet::new();
    for tag in tags(html) {
        for (k, v) in &tag.attrs {
            if k == "id" || (k == "name" && tag.name == "a") {
                ids.insert(v.clone());
            }
        }
    }
    ids
}

struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
}

/// The start tags of an HTML text, with their attributes (names in lower
/// case, values with entities decoded). Comments, scripts and styles are
/// skipped. Tolerates broken HTML.
fn tags(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        i += off + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map(|e| i + e + 3).unwrap_or(b.len());
            continue;
        }
        if i >= b.len() || !b[i].is_ascii_alphabetic() {
            continue;
        }
        let name_end = html[i..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .map(|e| i + e)
            .unwrap_or(b.len());
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                i = (i + 1).min(b.len());
                break;
            }
            let n_start = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/')
            {
                i += 1;
            }
            let key = html[n_start..i].to_ascii_lowercase();
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = String::new();
            if i < b.len() && b[i] == b'=' {
                i += 1;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                    let q = b[i] as char;
                    let v_start = i + 1;
                    let v_end = html[v_start..]
                        .find(q)
                        .map(|e| v_start + e)
                        .unwrap_or(b.len());
                    value = decode_entities(&html[v_start..v_end]);
                    i = (v_end + 1).min(b.len());
                } else {
                    let v_start = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = decode_entities(&html[v_start..i]);
                }
            }
            if key.is_empty() {
                i += 1;
            } else {
                attrs.push((key, value));
            }
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            i = html[i..]
                .to_ascii_lowercase()
                .find(&close)
                .map(|e| i + e)
                .unwrap_or(b.len());
        }
        out.push(Tag { name, attrs });
    }
    out
}

/// Decodes the entities an attribute value may hold.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        // An entity is short ASCII: look for its `;` in the first 12
        // bytes, cut at a character boundary (the text is Vietnamese).
        let mut end = rest.len().min(12);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let Some(semi) = rest[..end].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..semi];
        let c = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => ent
                .strip_prefix("#x")
                .or_else(|| ent.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
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
    fn decodes_entities_beside_vietnamese_letters_without_panicking() {
        // `&quot; ngoặc`: byte 12 falls inside `ặ`.
        assert_eq!(decode_entities("&quot; ngoặc: và"), "\" ngoặc: và");
        assert_eq!(decode_entities("& ngoặc ặặặ;"), "& ngoặc ặặặ;");
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

    #[test]
    fn reads_tags_and_entities() {
        let html = r#"<header><a href="/x">x</a></header><main id=main><!-- <a href="/c"> --><a class=k href="/a?b=1&amp;c=2">a</a><IMG SRC='/i.png' alt="&lt;"><h2 id="t&#7855;">t</h2></main>"#;
        let links = links_in_main(html);
        assert_eq!(
            links,
            vec![
                Link {
                    url: "/a?b=1&c=2".into(),
                    image: false
                },
                Link {
                    url: "/i.png".into(),
                    image: true
                },
            ]
        );
        let ids = ids_in(html);
        assert!(ids.contains("main") && ids.contains("tắ"));
    }

    #[test]
    fn locates_links_in_markdown() {
        let md = "---\ntitle: x\n---\nXem [a](/x/) và [b](/x/ \"t\").\n\n[c]: /y/\nẢnh <https://a.vn/>\n";
        let at = |f: &str, n| locate(md, &[f.to_string()], n).map(|(p, _)| p);
        assert_eq!(at("/x/", 1), Some(Pos::new(4, 9)));
        assert_eq!(at("/x/", 2), Some(Pos::new(4, 21)));
        assert_eq!(at("/y/", 1), Some(Pos::new(6, 6)));
        assert_eq!(locate(md, &["/z/".into()], 1), None);
        assert_eq!(
            written_forms("/cchc/t%E1%BB%A9c/", "/cchc/"),
            vec!["/t%E1%BB%A9c/", "/tức/", "/cchc/t%E1%BB%A9c/", "/cchc/tức/"]
        );
    }
}
