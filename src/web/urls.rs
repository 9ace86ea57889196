//! URLs of everything baocao writes, and the file each URL is written to.
//!
//! URLs here are site paths (`/indicators/sipas/`); the base URL's own path
//! (`/cchc/` for a project site) is added when rendering.

use crate::model::Page;
use crate::web::slug::slugify;

/// The indicator list; the indicators' pages are under it.
pub const INDICATORS: &str = "/indicators/";

/// The agency list; the agencies' pages are under it.
pub const AGENCIES: &str = "/agencies/";
/// Which agencies reported, grouped by parent.
pub const REPORTING: &str = "/agencies/reporting/";
pub const TAGS: &str = "/tags/";
pub const SEARCH: &str = "/search/";
pub const FEED: &str = "/feed.xml";
pub const SITEMAP: &str = "/sitemap.xml";
pub const ROBOTS: &str = "/robots.txt";
pub const SEARCH_INDEX: &str = "/search-index.json";
/// Every indicator in one file, with the address of each one's own.
pub const DATA_JSON: &str = "/data/indicators.json";
pub const NOT_FOUND: &str = "/404.html";

/// The addresses templates link to by name (`site.urls.feed`): templates
/// get URLs and never build them, so a theme keeps working wherever the
/// site is published. The theme's own static files are among them.
pub const SITE_LINKS: &[(&str, &str)] = &[
    ("home", "/"),
    ("indicators", INDICATORS),
    ("agencies", AGENCIES),
    ("reporting", REPORTING),
    ("tags", TAGS),
    ("search", SEARCH),
    ("search_index", SEARCH_INDEX),
    ("feed", FEED),
    ("data_json", DATA_JSON),
    ("style", "/style.css"),
    ("print_js", "/print.js"),
    ("search_js", "/search.js"),
    ("favicon", "/favicon.svg"),
];

/// Ids an indicator may not have: baocao's own pages under `/indicators/`.
pub const RESERVED_INDICATOR_IDS: &[&str] = &["status"];

/// Ids an agency may not have: baocao's own pages under `/agencies/`.
pub const RESERVED_AGENCY_IDS: &[&str] = &["by", "reporting"];

pub fn indicator(id: &str) -> String {
    format!("{INDICATORS}{id}/")
}

pub fn agency(id: &str) -> String {
    format!("/agencies/{id}/")
}

/// The section a page belongs to, as URL segments.
pub fn section_segments(page: &Page) -> Vec<String> {
    page.section.iter().map(|s| slugify(s)).collect()
}

pub fn section(segments: &[String]) -> String {
    if segments.is_empty() {
        "/".to_string()
    } else {
        format!("/{}/", segments.join("/"))
    }
}

/// The page's slug: front matter `slug`, else the file name, slugged.
pub fn page_slug(page: &Page) -> String {
    slugify(page.meta.slug.as_deref().unwrap_or(&page.stem))
}

/// Everything a page's place on the site is made of, computed once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageParts {
    pub segments: Vec<String>,
    pub section: String,
    pub slug: String,
    pub url: String,
}

pub fn page_parts(page: &Page) -> PageParts {
    let segments = section_segments(page);
    let section = section(&segments);
    let slug = page_slug(page);
    let url = if page.is_section_index {
        section.clone()
    } else {
        format!("{section}{slug}/")
    };
    PageParts {
        segments,
        section,
        slug,
        url,
    }
}

/// `/news/<slug>/`, or the section's URL for an `_index.md`.
pub fn page(page: &Page) -> String {
    let segs = section_segments(page);
    if page.is_section_index {
        return section(&segs);
    }
    let mut s = section(&segs);
    s.push_str(&page_slug(page));
    s.push('/');
    s
}

/// The file a URL is written to: `/a/b/` → `a/b/index.html`,
/// `/feed.xml` → `feed.xml`.
pub fn file_for(url: &str) -> String {
    let trimmed = url.trim_start_matches('/');
    if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    }
}

/// Top-level URL segments baocao generates itself; a content folder with
/// one of these names would collide with them.
pub const RESERVED_SECTIONS: &[&str] =
    &["indicators", "agencies", "tags", "data", "static", "theme"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_urls_to_files() {
        assert_eq!(file_for("/"), "index.html");
        assert_eq!(file_for("/news/a/"), "news/a/index.html");
        assert_eq!(file_for("/feed.xml"), "feed.xml");
    }

    #[test]
    fn the_theme_files_templates_link_to_are_in_the_theme() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static");
        for (name, url) in SITE_LINKS {
            if url.ends_with('/') {
                continue;
            }
            let file = root.join(url.trim_start_matches('/'));
            let made_by_baocao = [FEED, DATA_JSON, SEARCH_INDEX].contains(url);
            assert!(
                made_by_baocao || file.is_file(),
                "{name}: {}",
                file.display()
            );
        }
    }

    #[test]
    fn the_built_in_templates_get_addresses_and_never_build_them() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
        for e in walkdir::WalkDir::new(&root) {
            let e = e.unwrap();
            if !e.file_type().is_file() {
                continue;
            }
            let text = std::fs::read_to_string(e.path()).unwrap();
            // `{{ site.root }}` alone is the home page; followed by a path,
            // it is an address built in the template.
            for (at, _) in text.match_indices("site.root") {
                let after = &text[at..];
                let built = after
                    .find("}}")
                    .is_some_and(|end| !after[end + 2..].starts_with('"'));
                assert!(
                    !built,
                    "{}: builds an address at byte {at}",
                    e.path().display()
                );
            }
        }
    }
}
