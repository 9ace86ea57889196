//! The tag pages: `/tags/` (every tag and its count), each tag's list of
//! pages (`/tags/<slug>/`, paginated), and the links to a page's tags.

use serde::Serialize;

use super::feeds;
use super::lists::Pagination;
use super::renderer::Renderer;
use super::views::PageCard;

/// `/tags/` (`tags.html`).
#[derive(Serialize)]
pub struct Tags<'a> {
    title: &'a str,
    tags: Vec<TagCount<'a>>,
}

/// A tag with how many pages carry it.
#[derive(Serialize)]
pub struct TagCount<'a> {
    name: &'a str,
    url: String,
    count: usize,
}

/// A list page of a tag (`tag.html`).
#[derive(Serialize)]
pub struct Tag<'a> {
    title: String,
    tag: TagHeader<'a>,
    pages: Vec<PageCard<'a>>,
    pagination: Pagination,
}

#[derive(Serialize)]
pub struct TagHeader<'a> {
    name: &'a str,
    count: usize,
}

/// A link to a tag's page.
#[derive(Serialize)]
pub struct TagLink<'a> {
    name: &'a str,
    url: String,
}

impl Renderer<'_> {
    /// `/tags/`: every tag, with how many pages carry it.
    pub(super) fn tags(&self) -> Tags<'_> {
        let tags = self
            .lists()
            .lists
            .tags
            .iter()
            .map(|t| TagCount {
                name: &t.name,
                url: self.link(&feeds::tag_url(&t.slug, 1)),
                count: t.pages.len(),
            })
            .collect();
        Tags {
            title: self.theme.t("tags"),
            tags,
        }
    }

    /// List page `page` of tag `ti`.
    pub(super) fn tag(&self, ti: usize, page: usize) -> Tag<'_> {
        let t = &self.lists().lists.tags[ti];
        let (items, pagination) = self.list_page(&t.pages, page, |n| feeds::tag_url(&t.slug, n));
        Tag {
            title: Self::list_title(&t.name, &pagination),
            tag: TagHeader {
                name: &t.name,
                count: t.pages.len(),
            },
            pages: items,
            pagination,
        }
    }

    /// Links to the tag pages of a page's tags.
    pub fn tag_links<'t>(&self, tags: &'t [String]) -> Vec<TagLink<'t>> {
        tags.iter()
            .filter_map(|name| {
                let slug = crate::web::slug::slugify(name);
                (!slug.is_empty()).then(|| TagLink {
                    name,
                    url: self.link(&feeds::tag_url(&slug, 1)),
                })
            })
            .collect()
    }
}
