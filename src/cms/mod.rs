//! The browser editor: with `cms:` in site.yaml, `/admin/index.html` loads
//! Decap CMS and `/admin/config.yml` describes baocao's content model to it
//! (sections of Markdown pages, indicator and agency data files), with
//! selects filled from the site's ids, so what the editor saves is what
//! baocao reads (docs/CONTENT-FORMAT.md).
//!
//! Everything here is built as YAML values and serialised by serde_yaml:
//! user text is quoted by the serialiser, never pasted into YAML, and the
//! keys keep the order they are inserted in, so the output is the same on
//! every build.

mod agencies;
mod choices;
mod collection;
mod config;
mod fields;
mod indicators;
mod page;
mod sections;

use crate::load::Inputs;
pub use page::csp;

/// Where the admin page and its files are written.
pub const INDEX: &str = "admin/index.html";
pub const CONFIG: &str = "admin/config.yml";
pub const PREVIEW: &str = "admin/preview.js";

/// The admin files of a site with `cms:`, as (path under the output root,
/// bytes); nothing without it.
pub fn files(inputs: &Inputs, base_path: &str) -> Vec<(&'static str, Vec<u8>)> {
    let Some(cms) = &inputs.config.cms else {
        return Vec::new();
    };
    vec![
        (
            INDEX,
            page::admin_page(&inputs.config, cms, base_path).into_bytes(),
        ),
        (
            CONFIG,
            config::config_yml(inputs, cms, base_path).into_bytes(),
        ),
        (PREVIEW, page::preview_js(inputs, base_path).into_bytes()),
    ]
}
