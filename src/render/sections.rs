//! The section pages: `/news/` and its further pages (`/news/page/2/`),
//! with the intro of the section's `_index.md`; and a section's title.

use serde_json::{Value, json};

use super::lists::section_page_url;
use super::renderer::Renderer;

impl Renderer<'_> {
    /// List page `page` of section `si`.
    pub(super) fn section(&self, si: usize, page: usize) -> Value {
        let s = &self.derived.sections[si];
        let (items, pagination) = self.list_page(&s.pages, page, |n| section_page_url(&s.url, n));
        let lang = s
            .index_page
            .and_then(|pi| self.page_lang(&self.inputs.pages[pi]));
        let intro = s
            .index_page
            .and_then(|pi| self.markdown[pi].as_ref())
            .map(|m| m.html.clone());
        let title = self.section_title(si);
        json!({
            "title": Self::list_title(&title, &pagination),
            "section": {"title": title, "intro_html": intro, "url": self.link(&s.url), "lang": lang},
            "pages": items,
            "pagination": pagination,
            "archives": self.archive_links(si),
        })
    }

    /// A section's title: its `_index.md`'s, else the theme's name for
    /// its folder (`section_news`: "Tin tức"), else "Bài viết"; never the
    /// bare folder name.
    pub fn section_title(&self, si: usize) -> String {
        let s = &self.derived.sections[si];
        if let Some(pi) = s.index_page {
            return self.inputs.pages[pi].meta.title.clone();
        }
        let key = format!("section_{}", s.segments.last().map_or("", String::as_str));
        match self.theme.strings.get(&key) {
            Some(t) => t.clone(),
            None => self.theme.t("articles").to_string(),
        }
    }
}
