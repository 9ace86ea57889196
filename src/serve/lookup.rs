//! A request's path → the output file it names, never outside the site.

use std::collections::BTreeMap;
use std::path::{Component, Path};

/// What a request path asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    /// An output path, served if the site has it.
    File(String),
    /// A folder asked for without its trailing slash: redirect here.
    Redirect(String),
    NotFound,
    /// Not a path at all: a bad `%` escape, bytes that are not UTF-8, an
    /// encoded slash (400, not the site's 404 page).
    Malformed,
}

/// Maps a request target (`/a/b/?x`) to an output path (`a/b/index.html`),
/// given the site's files and the base path. `..`, `.`, empty inner
/// segments, backslashes and NUL are never served.
pub fn lookup<V>(target: &str, base_path: &str, files: &BTreeMap<String, V>) -> Lookup {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Lookup::NotFound;
    }
    let Some(decoded) = crate::web::percent::path(path) else {
        return Lookup::Malformed;
    };
    let rel = match decoded.strip_prefix(base_path) {
        Some(r) => r.to_string(),
        None if decoded == base_path.trim_end_matches('/') => {
            return Lookup::Redirect(base_path.to_string());
        }
        None if decoded == "/" => return Lookup::Redirect(base_path.to_string()),
        None => return Lookup::NotFound,
    };
    if !is_site_path(&rel) {
        return Lookup::NotFound;
    }
    let key = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.clone()
    };
    if files.contains_key(&key) {
        return Lookup::File(key);
    }
    if !rel.is_empty() && !rel.ends_with('/') && files.contains_key(&format!("{rel}/index.html")) {
        return Lookup::Redirect(format!("{}/", path));
    }
    Lookup::NotFound
}

/// Whether a decoded path under the base path names a place in the site:
/// normal segments only, the last one possibly empty (a folder).
fn is_site_path(rel: &str) -> bool {
    if rel.contains(['\\', '\0']) {
        return false;
    }
    let segments: Vec<&str> = rel.split('/').collect();
    let last = segments.len() - 1;
    segments.iter().enumerate().all(|(i, s)| match *s {
        "" => i == last,
        "." | ".." => false,
        s => {
            let mut c = Path::new(s).components();
            matches!(c.next(), Some(Component::Normal(_))) && c.next().is_none()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> BTreeMap<String, Vec<u8>> {
        ["index.html", "a/index.html", "style.css", "404.html"]
            .into_iter()
            .map(|k| (k.to_string(), Vec::new()))
            .collect()
    }

    #[test]
    fn looks_up_paths() {
        let f = files();
        let file = |s: &str| Lookup::File(s.into());
        assert_eq!(lookup("/", "/", &f), file("index.html"));
        assert_eq!(lookup("/a/", "/", &f), file("a/index.html"));
        assert_eq!(lookup("/a/?x=1", "/", &f), file("a/index.html"));
        assert_eq!(lookup("/a", "/", &f), Lookup::Redirect("/a/".into()));
        assert_eq!(lookup("/style.css", "/", &f), file("style.css"));
        for bad in [
            "/../Cargo.toml",
            "/%2e%2e/",
            "/%2E%2E/Cargo.toml",
            "/a/../style.css",
            "/./style.css",
            "/a//",
            "//etc/passwd",
            "/a\\..\\x",
            "/%00",
            "*",
            "http://x/",
            "/b/",
        ] {
            assert_eq!(lookup(bad, "/", &f), Lookup::NotFound, "{bad}");
        }
        for malformed in ["/a%2fb", "/%ff", "/%zz", "/50%"] {
            assert_eq!(lookup(malformed, "/", &f), Lookup::Malformed, "{malformed}");
        }
        assert_eq!(lookup("/cchc/a/", "/cchc/", &f), file("a/index.html"));
        assert_eq!(lookup("/", "/cchc/", &f), Lookup::Redirect("/cchc/".into()));
        assert_eq!(lookup("/a/", "/cchc/", &f), Lookup::NotFound);
    }
}
