//! A page of the site's own writing (`page.html`: its Markdown, table of
//! contents, indicators, agencies, related pages and social card), and the
//! 404 page.

use serde::Serialize;
use serde_json::Value;

use super::rendered::Heading;
use super::renderer::Renderer;
use super::views::{AgencyLink, DateView, PageCard};
use crate::model::PageIx;

/// A page of the site's own writing (`page.html`).
#[derive(Serialize)]
pub struct PageView<'a> {
    title: &'a str,
    description: String,
    date: Option<DateView<'a>>,
    updated: Option<DateView<'a>>,
    author: Option<&'a str>,
    tags: Vec<super::tags::TagLink<'a>>,
    content: String,
    toc: Option<Vec<&'a Heading>>,
    indicators: Vec<Value>,
    agencies: Vec<AgencyLink<'a>>,
    section: Option<TitledLink>,
    lang: Option<&'static str>,
    hero: Option<String>,
    related: Vec<PageCard<'a>>,
    og_image: Option<String>,
    og_image_width: u32,
    og_image_height: u32,
    og_image_alt: Option<&'a str>,
}

/// A link with its title: a section's, an archive year's.
#[derive(Serialize)]
pub struct TitledLink {
    pub title: String,
    pub url: String,
}

/// A page's social card: a chart's card, or its photo.
#[derive(Debug, Serialize)]
pub struct OgImage<'a> {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: Option<&'a str>,
}

/// A page that shows only its title (`404.html`, `search.html`).
#[derive(serde::Serialize)]
pub struct Titled<'a> {
    pub title: &'a str,
}

impl Renderer<'_> {
    /// Page `pi`, at its own URL.
    pub(super) fn page(&self, pi: PageIx) -> PageView<'_> {
        let p = self.page_meta(pi);
        let md = self.page_body(pi);
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
        let section = self
            .page_facts(pi)
            .map(|f| f.section.clone())
            .unwrap_or_default();
        let section_title = self
            .lists()
            .lists
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
            .map(|url| OgImage {
                url,
                width: 1200,
                height: 630,
                alt: None,
            })
            .or_else(|| self.photo_card(pi));
        let (og_image_width, og_image_height) =
            og.as_ref().map_or((1200, 630), |o| (o.width, o.height));
        PageView {
            title: &p.meta.title,
            description: self.summary(pi),
            date: self.date_view(p),
            updated: p.meta.updated.as_ref().map(|d| DateView {
                text: crate::locale::format_date(d.day, self.inputs.config.language),
                iso: d.rfc3339.as_str(),
            }),
            author: p.meta.author.as_deref(),
            tags: self.tag_links(&p.meta.tags),
            content: md.map(|m| m.html.clone()).unwrap_or_default(),
            toc: md
                .map(|m| {
                    m.headings
                        .iter()
                        .filter(|h| h.level <= 3)
                        .collect::<Vec<_>>()
                })
                .filter(|h| h.len() >= 3),
            indicators,
            agencies,
            section: section_title.map(|title| TitledLink {
                title,
                url: self.link(&section),
            }),
            lang: self.page_lang(p),
            hero: self.hero_html(pi),
            related: self.related(pi),
            og_image_alt: og.as_ref().and_then(|o| o.alt),
            og_image: og.map(|o| o.url),
            og_image_width,
            og_image_height,
        }
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
