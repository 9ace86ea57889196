//! The [`Renderer`] every view renders with, and what the render steps
//! share: the [`Sink`] output files go to, their [`Body`], the [`Stats`] of
//! a render.
//!
//! A leaf of `render`: the views reach it, it reaches none of them (what
//! the renderer holds lives in leaves too: the rendered Markdown in
//! `rendered`, the charts drawn in `charts::cache`, the cards and blocks
//! made in `memo`, what jobs read in `reads`).

use std::io;
use std::sync::Mutex;

use super::charts::cache::Cache;
use super::memo::Memo;
use super::reads::Reads;
use super::rendered::RenderedMarkdown;
use crate::derive::Derived;
use crate::load::Inputs;
use crate::model::{IndicatorIx, PageIx, TiVec};
use crate::theme::Theme;

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
    pub markdown: TiVec<PageIx, Option<RenderedMarkdown>>,
    /// Per page, the indicators its chart and table blocks show.
    pub block_uses: TiVec<PageIx, Vec<IndicatorIx>>,
    /// Charts drawn so far, by what they show: each is drawn once and
    /// reused by every page that shows it.
    pub chart_cache: Cache,
    /// Cards and blocks made so far.
    pub(super) memo: Memo,
    /// Whether to record what each job reads (`serve`), kept in `reads`.
    pub recording: bool,
    /// What each job rendered read, by its URL, when `recording`.
    pub reads: Mutex<Vec<(String, Reads)>>,
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
            markdown: TiVec::new(),
            block_uses: TiVec::new(),
            chart_cache: Cache::default(),
            memo: Memo::new(inputs.indicators.len()),
            recording: false,
            reads: Mutex::default(),
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
}

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
