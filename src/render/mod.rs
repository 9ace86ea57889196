//! Render: records and facts → the bytes of every output file.
//!
//! Steps:
//! 1. Markdown of every built page, in parallel (chart and table blocks are
//!    resolved here, so their errors are located in the page's file);
//! 2. the list of output jobs: dashboard, indicator list and pages, agency
//!    list and pages, section lists (paginated), pages, 404;
//! 3. each job renders its template with only the data its page shows, in
//!    parallel, and hands the bytes to the sink (disk or memory);
//! 4. the photos of each page, into the page's folder ([`images`]);
//! 5. static files of the theme and of `content/static/`.

pub mod agencies;
pub mod archives;
pub mod blocks;
pub mod charts;
mod components;
pub mod dashboard;
pub mod feeds;
pub mod images;
mod indicator_pages;
mod jobs;
pub mod links;
mod lists;
pub mod many;
pub mod markdown;
mod memo;
mod nesting;
mod page_markdown;
mod run;
mod sanitize;
mod sections;
mod site;
mod table;
mod tags;
pub mod text;
pub mod views;

use std::io;

use serde_json::{Value, json};

use crate::derive::Derived;
use crate::load::Inputs;
use crate::theme::Theme;
use markdown::RenderedMarkdown;

pub use jobs::Job;
pub use lists::section_page_url;

/// Receives every output file: its path under the output root and what it
/// holds.
pub type Sink<'a> = dyn Fn(&str, Body<'_>) -> io::Result<()> + Sync + 'a;

/// What one output file holds: bytes the build made, or a site file copied
/// as it is (opened under the input policy, never read whole by the disk
/// writer).
pub enum Body<'a> {
    Bytes(&'a [u8]),
    File(&'a mut std::fs::File),
}

impl<'a> Body<'a> {
    /// The whole content in memory (for sinks that keep the site there).
    pub fn into_bytes(self) -> io::Result<std::borrow::Cow<'a, [u8]>> {
        match self {
            Body::Bytes(b) => Ok(std::borrow::Cow::Borrowed(b)),
            Body::File(f) => {
                use std::io::Read;
                let mut v = Vec::new();
                f.read_to_end(&mut v)?;
                Ok(std::borrow::Cow::Owned(v))
            }
        }
    }
}

pub struct Renderer<'a> {
    pub inputs: &'a Inputs,
    pub derived: &'a Derived,
    pub theme: &'a Theme,
    /// The photos of each page, processed.
    pub images: &'a crate::images::Images,
    /// The base URL without its trailing slash: `https://a.gov.vn/cchc`.
    pub base_url: String,
    /// The base URL's path, with slashes: `/cchc/` or `/`.
    pub base_path: String,
    /// Per page (index-aligned with `inputs.pages`), once rendered.
    pub markdown: Vec<Option<RenderedMarkdown>>,
    /// Per page, the indicators its chart and table blocks show.
    pub block_uses: Vec<Vec<usize>>,
    /// Charts drawn so far, by what they show: each is drawn once and
    /// reused by every page that shows it.
    pub chart_cache: charts::Cache,
    /// Cards and blocks made so far.
    memo: memo::Memo,
}

/// What a render produced.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    pub files: usize,
    pub pages: usize,
}

/// Splits a base URL into (`https://host/path` without trailing `/`, `/path/`).
pub fn split_base_url(base: &str) -> (String, String) {
    let trimmed = base.trim_end_matches('/');
    let after_scheme = trimmed.find("://").map(|i| i + 3).unwrap_or(0);
    let path = match trimmed[after_scheme..].find('/') {
        Some(i) => &trimmed[after_scheme + i..],
        None => "",
    };
    (trimmed.to_string(), format!("{path}/"))
}

impl<'a> Renderer<'a> {
    pub fn new(
        inputs: &'a Inputs,
        derived: &'a Derived,
        theme: &'a Theme,
        images: &'a crate::images::Images,
    ) -> Self {
        let (base_url, base_path) = split_base_url(&inputs.config.base_url);
        Renderer {
            inputs,
            derived,
            theme,
            images,
            base_url,
            base_path,
            markdown: Vec::new(),
            block_uses: Vec::new(),
            chart_cache: charts::Cache::default(),
            memo: memo::Memo::new(inputs.indicators.len()),
        }
    }

    /// A site path (`/a/`) as a link from any page (`/cchc/a/`).
    pub fn link(&self, url: &str) -> String {
        format!("{}{}", self.base_path, url.trim_start_matches('/'))
    }

    /// A site path as an absolute URL.
    pub fn permalink(&self, url: &str) -> String {
        format!("{}{}", self.base_url, url)
    }

    fn page(&self, pi: usize) -> Value {
        let p = &self.inputs.pages[pi];
        let md = self.markdown[pi].as_ref();
        let indicators: Vec<Value> = p
            .meta
            .indicators
            .iter()
            .filter_map(|id| self.derived.indicator_index.get(id))
            .map(|&i| self.indicator_card(i))
            .collect();
        let agencies: Vec<Value> = p
            .meta
            .agencies
            .iter()
            .filter_map(|id| self.derived.agency_index.get(id))
            .map(|&a| self.agency_link(a))
            .collect();
        let section = self.derived.pages[pi]
            .as_ref()
            .map(|f| f.section.clone())
            .unwrap_or_default();
        let section_title = self
            .derived
            .sections
            .iter()
            .position(|s| s.url == section)
            .map(|si| self.section_title(si));
        // The social card: the chart of an indicator the page cites, else
        // its photo.
        let og = p
            .meta
            .indicators
            .iter()
            .filter_map(|id| self.derived.indicator_index.get(id))
            .find_map(|&i| self.card_url(i))
            .map(|url| json!({"url": url, "width": 1200, "height": 630, "alt": null}))
            .or_else(|| self.photo_card(pi));
        json!({
            "title": p.meta.title,
            "description": self.summary(pi),
            "date": self.date_view(p),
            "updated": p.meta.updated.map(|d| json!({"text": crate::locale::format_date(d.day, self.inputs.config.language), "iso": d.rfc3339.as_str()})),
            "author": p.meta.author,
            "tags": self.tag_links(&p.meta.tags),
            "content": md.map(|m| m.html.clone()).unwrap_or_default(),
            "toc": md.map(|m| m.headings.iter().filter(|h| h.level <= 3).collect::<Vec<_>>()).filter(|h| h.len() >= 3),
            "indicators": indicators,
            "agencies": agencies,
            "section": section_title.map(|t| json!({"title": t, "url": self.link(&section)})),
            "lang": self.page_lang(p),
            "hero": self.hero_html(pi),
            "related": self.related(pi),
            "og_image": og.as_ref().map(|o| o["url"].clone()),
            "og_image_width": og.as_ref().map_or(json!(1200), |o| o["width"].clone()),
            "og_image_height": og.as_ref().map_or(json!(630), |o| o["height"].clone()),
            "og_image_alt": og.as_ref().map(|o| o["alt"].clone()),
        })
    }

    fn not_found(&self) -> Value {
        json!({ "title": self.theme.t("not_found_title") })
    }
}

/// HTML-escapes text for the few places that build HTML outside templates.
pub(crate) use crate::web::escape;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_base_urls() {
        assert_eq!(
            split_base_url("https://a.vn/"),
            ("https://a.vn".into(), "/".into())
        );
        assert_eq!(
            split_base_url("https://o.github.io/cchc/"),
            ("https://o.github.io/cchc".into(), "/cchc/".into())
        );
        assert_eq!(
            split_base_url("https://o.github.io/cchc"),
            ("https://o.github.io/cchc".into(), "/cchc/".into())
        );
    }
}
