//! A page of the site's own writing (`page.html`: its Markdown, table of
//! contents, indicators, agencies, related pages and social card), and the
//! 404 page.

use serde_json::{Value, json};

use super::renderer::Renderer;

/// A page that shows only its title (`404.html`, `search.html`).
#[derive(serde::Serialize)]
pub struct Titled<'a> {
    pub title: &'a str,
}

impl Renderer<'_> {
    /// Page `pi`, at its own URL.
    pub(super) fn page(&self, pi: usize) -> Value {
        let p = &self.inputs.pages[pi];
        let md = self.markdown[pi].as_ref();
        let indicators: Vec<Value> = p
            .meta
            .indicators
            .iter()
            .filter_map(|id| self.derived.indicator_index.get(id))
            .map(|&i| self.indicator_card(i))
            .collect();
        let agencies: Vec<_> = p
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

    /// `/404.html`.
    pub(super) fn not_found(&self) -> Titled<'_> {
        Titled {
            title: self.theme.t("not_found_title"),
        }
    }

    /// `/search/`: the search box's page, its index read by the script.
    pub(super) fn search_page(&self) -> Titled<'_> {
        Titled {
            title: self.theme.t("search"),
        }
    }
}
