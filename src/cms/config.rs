//! `/admin/config.yml`: the backend, media and slug settings, and one
//! collection per section of pages and per kind of data file, with the
//! ids the selects offer.

use serde_yaml::{Mapping, Value};

use crate::config::{CmsConfig, Language};
use crate::load::Inputs;

use super::agencies::agency_collection;
use super::fields::{Words, map, s};
use super::indicators::indicator_collection;
use super::sections::section_collection;

/// The ids the selects offer, each with a readable label, in the site
/// language's order of names.
pub(super) struct Choices {
    pub indicators: Vec<(String, String)>,
    pub agencies: Vec<(String, String)>,
    /// Agencies and the region: what an observation or a parent can name.
    pub entities: Vec<(String, String)>,
    pub tags: Vec<(String, String)>,
}

/// The ids of the site's indicators, agencies and tags.
fn choices(inputs: &Inputs) -> Choices {
    let lang = inputs.config.language;
    let sorted = |mut v: Vec<(String, String)>| {
        crate::collate::sort_by_name(lang, &mut v, |(l, _)| l.as_str());
        v.dedup();
        v
    };
    let indicators = sorted(
        inputs
            .indicators
            .iter()
            .map(|i| (format!("{} ({})", i.name, i.id), i.id.clone()))
            .collect(),
    );
    let agencies = sorted(
        inputs
            .agencies
            .iter()
            .map(|a| (format!("{} ({})", a.name, a.id), a.id.clone()))
            .collect(),
    );
    let region = &inputs.config.region;
    let mut entities = agencies.clone();
    if !inputs.agencies.iter().any(|a| a.id == region.id) {
        entities.push((
            format!("{} ({})", region.name, region.id),
            region.id.clone(),
        ));
    }
    let entities = sorted(entities);
    let tags = sorted(
        inputs
            .pages
            .iter()
            .flat_map(|p| p.meta.tags.iter())
            .map(|t| (t.clone(), t.clone()))
            .collect(),
    );
    Choices {
        indicators,
        agencies,
        entities,
        tags,
    }
}

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

/// Top-level folders of Markdown pages, with the label their `_index.md`
/// gives (else the folder's name), in folder order.
pub(super) fn sections(inputs: &Inputs) -> Vec<(String, String)> {
    let mut out: std::collections::BTreeMap<String, String> = Default::default();
    for p in &inputs.pages {
        let Some(first) = p.section.first() else {
            continue;
        };
        let entry = out.entry(first.clone()).or_insert_with(|| first.clone());
        if p.is_section_index && p.section.len() == 1 && !p.meta.title.trim().is_empty() {
            *entry = p.meta.title.clone();
        }
    }
    out.into_iter().collect()
}

/// A collection of YAML records in `content/data/<name>/`, one file each,
/// named after its `name` field: `labels` are the plural and the singular.
pub(super) fn data_collection(name: &str, labels: [&str; 2], prefix: &str, fields: Value) -> Value {
    map([
        ("name", s(name)),
        ("label", s(labels[0])),
        ("label_singular", s(labels[1])),
        ("folder", s(&format!("{prefix}content/data/{name}"))),
        ("create", Value::Bool(true)),
        ("extension", s("yaml")),
        ("format", s("yaml")),
        ("identifier_field", s("name")),
        ("slug", s("{{slug}}")),
        ("summary", s("{{name}}")),
        ("omit_empty_optional_fields", Value::Bool(true)),
        ("fields", fields),
    ])
}

/// A section's collection name: its folder, unless a data collection has
/// that name.
pub(super) fn collection_name(folder: &str) -> String {
    match folder {
        "indicators" | "agencies" => format!("section-{folder}"),
        f => f.to_string(),
    }
}
