//! The tag pages: `/tags/` (every tag and its count), each tag's list of
//! pages (`/tags/<slug>/`, paginated), and the links to a page's tags.

use serde_json::{Value, json};

use super::feeds;
use super::renderer::Renderer;

impl Renderer<'_> {
    /// `/tags/`: every tag, with how many pages carry it.
    pub(super) fn tags(&self) -> Value {
        let tags: Vec<Value> = self
            .derived
            .tags
            .iter()
            .map(|t| json!({"name": t.name, "url": self.link(&feeds::tag_url(&t.slug, 1)), "count": t.pages.len()}))
            .collect();
        json!({ "title": self.theme.t("tags"), "tags": tags })
    }

    /// List page `page` of tag `ti`.
    pub(super) fn tag(&self, ti: usize, page: usize) -> Value {
        let t = &self.derived.tags[ti];
        let (items, pagination) = self.list_page(&t.pages, page, |n| feeds::tag_url(&t.slug, n));
        json!({
            "title": Self::list_title(&t.name, &pagination),
            "tag": {"name": t.name, "count": t.pages.len()},
            "pages": items,
            "pagination": pagination,
        })
    }

    /// Links to the tag pages of a page's tags.
    pub fn tag_links(&self, tags: &[String]) -> Vec<Value> {
        tags.iter()
            .filter_map(|name| {
                let slug = crate::web::slug::slugify(name);
                (!slug.is_empty())
                    .then(|| json!({"name": name, "url": self.link(&feeds::tag_url(&slug, 1))}))
            })
            .collect()
    }
}
