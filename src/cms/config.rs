//! `/admin/config.yml`: the backend, media and slug settings, and one
//! collection per section of pages and per kind of data file, with the
//! ids the selects offer.

use serde_yaml::{Mapping, Value};

use crate::config::{CmsConfig, Language};
use crate::load::Inputs;

use super::agencies::agency_collection;
use super::choices::{choices, sections};
use super::fields::{Words, map, s};
use super::indicators::indicator_collection;
use super::sections::section_collection;

/// The whole `config.yml`.
pub fn config_yml(inputs: &Inputs, cms: &CmsConfig, base_path: &str) -> String {
    let c = &inputs.config;
    let w = Words(c.language);
    let prefix = {
        let f = cms.folder.trim_matches('/');
        if f.is_empty() {
            String::new()
        } else {
            format!("{f}/")
        }
    };
    let mut backend = Mapping::new();
    backend.insert(s("name"), s(cms.backend.as_str()));
    if let Some(r) = &cms.repo {
        backend.insert(s("repo"), s(r));
    }
    backend.insert(s("branch"), s(&cms.branch));
    if let Some(a) = &cms.auth_url {
        backend.insert(s("base_url"), s(a));
    }
    let mut root = Mapping::new();
    root.insert(s("backend"), Value::Mapping(backend));
    if cms.local {
        root.insert(s("local_backend"), Value::Bool(true));
    }
    root.insert(s("locale"), s(c.language.code()));
    root.insert(s("site_url"), s(&c.base_url));
    root.insert(s("display_url"), s(&c.base_url));
    root.insert(
        s("media_folder"),
        s(&format!("{prefix}content/static/images")),
    );
    root.insert(s("public_folder"), s(&format!("{base_path}images")));
    root.insert(s("show_preview_links"), Value::Bool(false));
    // File names become ids and URLs: lowercase ASCII with hyphens, the
    // Vietnamese letters without their marks (Thử nghiệm → thu-nghiem).
    root.insert(
        s("slug"),
        map([
            ("encoding", s("ascii")),
            ("clean_accents", Value::Bool(true)),
            ("sanitize_replacement", s("-")),
        ]),
    );
    root.insert(s("editor"), map([("preview", Value::Bool(true))]));
    let ch = choices(inputs);
    let mut collections = Vec::new();
    for (folder, label) in sections(inputs) {
        let label = if label == "pages" {
            w.w("Trang", "Pages").to_string()
        } else {
            label
        };
        collections.push(section_collection(
            &folder, &label, &prefix, &ch, inputs, &w,
        ));
    }
    collections.push(indicator_collection(&prefix, &ch, &w));
    collections.push(agency_collection(&prefix, &ch, &w));
    root.insert(s("collections"), Value::Sequence(collections));
    let head = match c.language {
        Language::Vi => {
            "# Cấu hình trình biên tập (Decap CMS), do baocao tạo từ content/site.yaml và dữ liệu của trang.\n# Đừng sửa tệp này: sửa `cms:` trong content/site.yaml rồi dựng lại.\n"
        }
        Language::En => {
            "# The editor's configuration (Decap CMS), written by baocao from content/site.yaml and the site's data.\n# Do not edit: change `cms:` in content/site.yaml and build again.\n"
        }
    };
    let body = serde_yaml::to_string(&Value::Mapping(root)).unwrap_or_default();
    format!("{head}{body}")
}
