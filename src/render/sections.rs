//! The section pages: `/news/` and its further pages (`/news/page/2/`),
//! with the intro of the section's `_index.md`; and a section's title.

use serde::Serialize;

use super::archives::YearLink;
use super::lists::{Pagination, section_page_url};
use super::renderer::Renderer;
use super::views::PageCard;

/// A list page of a section (`section.html`).
#[derive(Serialize)]
pub struct Section<'a> {
    title: String,
    section: SectionHeader,
    pages: Vec<PageCard<'a>>,
    pagination: Pagination,
    archives: Vec<YearLink>,
}

/// The section's title, the intro of its `_index.md`, its first page.
#[derive(Serialize)]
pub struct SectionHeader {
    title: String,
    intro_html: Option<String>,
    url: String,
    lang: Option<&'static str>,
}

impl Renderer<'_> {
    /// List page `page` of section `si`.
    pub(super) fn section(&self, si: usize, page: usize) -> Section<'_> {
        let s = &self.lists().lists.sections[si];
        let (items, pagination) = self.list_page(&s.pages, page, |n| section_page_url(&s.url, n));
        let lang = s
            .index_page
            .and_then(|pi| self.page_lang(self.page_meta(pi)));
        let intro = s
            .index_page
            .and_then(|pi| self.page_body(pi))
            .map(|m| m.html.clone());
        let title = self.section_title(si);
        Section {
            title: Self::list_title(&title, &pagination),
            section: SectionHeader {
                title,
                intro_html: intro,
                url: self.link(&s.url),
                lang,
            },
            pages: items,
            pagination,
            archives: self.archive_links(si),
        }
    }

    /// A section's title: its `_index.md`'s, else the theme's name for
    /// its folder (`section_news`: "Tin tức"), else "Bài viết"; never the
    /// bare folder name.
    pub fn section_title(&self, si: usize) -> String {
        let s = &self.lists().lists.sections[si];
        if let Some(pi) = s.index_page {
            return self.page_meta(pi).meta.title.clone();
        }
        let key = format!("section_{}", s.segments.last().map_or("", String::as_str));
        match self.theme.strings.get(&key) {
            Some(t) => t.clone(),
            None => self.theme.t("articles").to_string(),
        }
    }
}
