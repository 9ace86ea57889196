//! Paginated lists of pages, shared by sections, tags and archives: the
//! cards of one list page, the links to its neighbours, its title and URL.

use super::renderer::Renderer;
use super::views::PageCard;
use crate::model::PageIx;

/// `/news/` for page 1, `/news/page/2/` after.
pub fn section_page_url(section: &str, page: usize) -> String {
    if page <= 1 {
        section.to_string()
    } else {
        format!("{section}page/{page}/")
    }
}

/// The links between the pages of a list: which page this is, of how
/// many, and the neighbours; the sorted agency lists add the range of rows.
#[derive(serde::Serialize)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    pub label: String,
    pub newer: Option<String>,
    pub older: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<String>,
}

impl Renderer<'_> {
    /// One page of a paginated list: its items (only those) and the links
    /// to its neighbours; `url_of(n)` is the URL of list page `n`.
    pub(super) fn list_page(
        &self,
        pages: &[PageIx],
        page: usize,
        url_of: impl Fn(usize) -> String,
    ) -> (Vec<PageCard<'_>>, Pagination) {
        let size = self.inputs.config.page_size.max(1);
        let total = pages.len().div_ceil(size).max(1);
        let items: Vec<_> = pages
            .iter()
            .skip((page - 1) * size)
            .take(size)
            .enumerate()
            .map(|(k, &pi)| {
                let mut card = self.page_card(pi);
                // The first two are on the first screen.
                if k < 2 {
                    card.thumb = self.thumb_html(pi, false);
                }
                card
            })
            .collect();
        let label = self.theme.fill(
            "page_n",
            &[("n", &page.to_string()), ("total", &total.to_string())],
        );
        let pagination = Pagination {
            current: page,
            total,
            label,
            newer: (page > 1).then(|| self.link(&url_of(page - 1))),
            older: (page < total).then(|| self.link(&url_of(page + 1))),
            range: None,
        };
        (items, pagination)
    }

    /// "Title – Page 2/5" after the first page.
    pub(super) fn list_title(title: &str, pagination: &Pagination) -> String {
        if pagination.current > 1 {
            format!("{title} – {}", pagination.label)
        } else {
            title.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paginates_section_urls() {
        assert_eq!(section_page_url("/news/", 1), "/news/");
        assert_eq!(section_page_url("/news/", 3), "/news/page/3/");
    }
}
