//! The site-wide view every template sees as `site`: title, language,
//! root, the header's menu and the Content-Security-Policy.

use std::collections::BTreeMap;

use serde::Serialize;

use super::markdown;
use super::renderer::Renderer;
use crate::web::urls;

/// What every template sees as `site` (owned: it outlives the renderer
/// that makes it, in Tera's global context).
#[derive(Serialize)]
pub struct SiteView {
    title: String,
    description: String,
    language: &'static str,
    root: String,
    base_url: String,
    region: String,
    menu: Vec<MenuItem>,
    today: String,
    csp: String,
    urls: BTreeMap<&'static str, String>,
}

/// A link of the header's menu.
#[derive(Serialize)]
pub struct MenuItem {
    title: String,
    url: String,
}

impl Renderer<'_> {
    /// What every template sees as `site` (set once, in Tera's global
    /// context, with the UI strings as `t`).
    pub fn site_view(&self) -> SiteView {
        let c = &self.inputs.config;
        SiteView {
            title: c.title.clone(),
            description: c.description.clone(),
            language: c.language.code(),
            root: self.base_path.clone(),
            base_url: self.base_url.clone(),
            region: c.region.name.clone(),
            menu: self.menu(),
            today: crate::locale::format_date(self.derived.today, c.language),
            csp: self.csp(),
            urls: self.site_urls(),
        }
    }

    /// The addresses templates link to by name (`site.urls.feed`), from
    /// the one table of them: templates get URLs, never build them.
    fn site_urls(&self) -> BTreeMap<&'static str, String> {
        urls::SITE_LINKS
            .iter()
            .map(|&(name, url)| (name, self.link(url)))
            .collect()
    }

    /// The header's links: `menu:` from site.yaml, or without one the
    /// dashboard, indicators, agencies and every top-level section.
    fn menu(&self) -> Vec<MenuItem> {
        let c = &self.inputs.config;
        if !c.menu.is_empty() {
            return c
                .menu
                .iter()
                .map(|m| MenuItem {
                    title: m.title.clone(),
                    url: if m.url.starts_with('/') {
                        self.link(&m.url)
                    } else if markdown::safe_url(&m.url) {
                        m.url.clone()
                    } else {
                        String::new()
                    },
                })
                .collect();
        }
        let item = |key: &str, url: &str| MenuItem {
            title: self.theme.t(key).to_string(),
            url: self.link(url),
        };
        let mut items = vec![
            item("dashboard", "/"),
            item("indicators", urls::INDICATORS),
            item("agencies", urls::AGENCIES),
        ];
        for (si, s) in self.lists().lists.sections.iter().enumerate() {
            if s.segments.len() == 1 {
                items.push(MenuItem {
                    title: self.section_title(si),
                    url: self.link(&s.url),
                });
            }
        }
        items
    }

    /// The Content-Security-Policy every page carries: only the site's own
    /// scripts, styles and images, iframes from the allowed embed hosts.
    fn csp(&self) -> String {
        let frames: Vec<String> = self
            .inputs
            .config
            .markdown
            .embed_hosts
            .iter()
            .map(|h| format!("https://{h}"))
            .collect();
        let frames = if frames.is_empty() {
            "'none'".to_string()
        } else {
            frames.join(" ")
        };
        format!(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self'; frame-src {frames}; object-src 'none'; base-uri 'self'; form-action 'self'"
        )
    }
}
