//! Parts of a collection that more than one kind of collection shares: a
//! folder of YAML data records, and a section's collection name.

use serde_yaml::Value;

use super::fields::{map, s};

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
