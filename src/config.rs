//! `content/site.yaml`: the site's settings.

use serde::Deserialize;

use crate::diagnostics::Pos;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Shown in the header and in every `<title>`.
    pub title: String,
    /// Absolute URL the site is published at; `--base-url` overrides it.
    pub base_url: String,
    /// UI strings, number and date formats.
    #[serde(default)]
    pub language: Language,
    #[serde(default)]
    pub description: String,
    /// The entity an observation has when it names none.
    pub region: Region,
    /// Name of a folder under `themes/` whose files override the built-in theme.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Header links, in order.
    #[serde(default)]
    pub menu: Vec<MenuItem>,
    /// Items per list page.
    #[serde(default = "default_page_size")]
    pub page_size: usize,
    #[serde(default)]
    pub markdown: MarkdownConfig,
    /// Peers shown beside the region in charts (entity ids), in this order;
    /// an indicator's or a chart block's own `compare:` replaces it.
    #[serde(default)]
    pub compare: Vec<String>,
    #[serde(skip)]
    pub compare_pos: Vec<Pos>,
    /// Dashboard themes, in order; indicators no group names come last.
    #[serde(default)]
    pub groups: Vec<Group>,
    #[serde(skip)]
    pub base_url_pos: Pos,
    #[serde(skip)]
    pub page_size_pos: Pos,
    #[serde(skip)]
    pub theme_pos: Pos,
}

fn default_theme() -> String {
    "default".to_string()
}

fn default_page_size() -> usize {
    10
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    Vi,
    En,
}

impl Language {
    pub fn code(&self) -> &'static str {
        match self {
            Language::Vi => "vi",
            Language::En => "en",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
}

/// A theme of the dashboard: a heading and the indicators under it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub name: String,
    pub indicators: Vec<String>,
    /// Where each of `indicators` is written.
    #[serde(skip)]
    pub indicator_pos: Vec<Pos>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuItem {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownConfig {
    #[serde(default)]
    pub raw_html: RawHtml,
    /// Hosts whose `<iframe>`s survive sanitising (video embeds).
    #[serde(default)]
    pub embed_hosts: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RawHtml {
    #[default]
    Sanitize,
    Allow,
}
