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
    /// Groups of units whose average charts and tables show beside the
    /// national one (the six socio-economic regions).
    #[serde(default)]
    pub regions: Vec<RegionGroup>,
    /// The browser editor (Decap CMS) at `/admin/`; absent: no admin page.
    pub cms: Option<CmsConfig>,
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

/// `regions: [{ id, name, members: [ids] }]` in `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionGroup {
    pub id: String,
    pub name: String,
    /// What charts write where space is short ("TD&MNPB").
    pub short_name: Option<String>,
    pub members: Vec<String>,
    /// Where each of `members` is written.
    #[serde(skip)]
    pub member_pos: Vec<Pos>,
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

/// `cms:` in site.yaml: where the editor commits and which script it runs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CmsConfig {
    /// Where the editor commits in production.
    pub backend: CmsBackend,
    /// `owner/name` of the repository (GitHub and GitLab).
    pub repo: Option<String>,
    #[serde(default = "default_branch")]
    pub branch: String,
    /// The OAuth server the GitHub or GitLab login goes through, when it
    /// is not Netlify's.
    pub auth_url: Option<String>,
    /// The site folder inside the repository (`site` when `content/` is at
    /// `site/content/`); empty when the site is the repository.
    #[serde(default)]
    pub folder: String,
    /// The Decap CMS script: an `https://` URL, or a path on the site
    /// (`/admin/decap-cms.js` from `content/static/`).
    #[serde(default = "default_cms_script")]
    pub script: String,
    /// Its Subresource Integrity hash (`sha384-…`); required for a script
    /// from another host.
    pub integrity: Option<String>,
    /// Let `npx decap-server` edit the checkout when the admin page is
    /// opened on 127.0.0.1 or localhost.
    #[serde(default = "yes")]
    pub local: bool,
}

fn default_branch() -> String {
    "main".to_string()
}

fn yes() -> bool {
    true
}

/// The pinned Decap CMS release the admin page loads by default, and its
/// hash (`openssl dgst -sha384 -binary decap-cms.js | openssl base64 -A`
/// of `dist/decap-cms.js` in the npm package).
pub const DEFAULT_CMS_SCRIPT: &str = "https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js";
pub const DEFAULT_CMS_INTEGRITY: &str =
    "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";

fn default_cms_script() -> String {
    DEFAULT_CMS_SCRIPT.to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CmsBackend {
    Github,
    Gitlab,
    GitGateway,
}

impl CmsBackend {
    pub fn as_str(&self) -> &'static str {
        match self {
            CmsBackend::Github => "github",
            CmsBackend::Gitlab => "gitlab",
            CmsBackend::GitGateway => "git-gateway",
        }
    }
}
