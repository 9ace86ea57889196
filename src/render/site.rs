//! The site-wide view every template sees as `site`: title, language,
//! root, the header's menu and the Content-Security-Policy.

use serde_json::{Value, json};

use super::markdown;
use super::renderer::Renderer;
use crate::web::urls;

impl Renderer<'_> {
    /// What every template sees as `site` (set once, in Tera's global
    /// context, with the UI strings as `t`).
    pub fn site_view(&self) -> Value {
        let c = &self.inputs.config;
        json!({
            "title": c.title,
            "description": c.description,
            "language": c.language.code(),
            "root": self.base_path,
            "base_url": self.base_url,
            "region": c.region.name,
            "menu": self.menu(),
            "today": crate::locale::format_date(self.derived.today, c.language),
            "csp": self.csp(),
            "urls": self.site_urls(),
        })
    }

    /// The addresses templates link to by name (`site.urls.feed`), from
    /// the one table of them: templates get URLs, never build them.
    fn site_urls(&self) -> serde_json::Map<String, Value> {
        urls::SITE_LINKS
            .iter()
            .map(|(name, url)| (name.to_string(), Value::from(self.link(url))))
            .collect()
    }

    /// The header's links: `menu:` from site.yaml, or without one the
    /// dashboard, indicators, agencies and every top-level section.
    fn menu(&self) -> Vec<Value> {
        let c = &self.inputs.config;
        if !c.menu.is_empty() {
            return c
                .menu
                .iter()
                .map(|m| {
                    json!({
                        "title": m.title,
                        "url": if m.url.starts_with('/') { self.link(&m.url) }
                            else if markdown::safe_url(&m.url) { m.url.clone() }
                            else { String::new() },
                    })
                })
                .collect();
        }
        let mut items = vec![
            json!({"title": self.theme.t("dashboard"), "url": self.link("/")}),
            json!({"title": self.theme.t("indicators"), "url": self.link(urls::INDICATORS)}),
            json!({"title": self.theme.t("agencies"), "url": self.link(urls::AGENCIES)}),
        ];
        for (si, s) in self.derived.sections.iter().enumerate() {
            if s.segments.len() == 1 {
                items.push(json!({"title": self.section_title(si), "url": self.link(&s.url)}));
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
