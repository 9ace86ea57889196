//! The collection of agency data files: the agency, its heads over time
//! and the responsibilities they were given.

use serde_yaml::{Mapping, Value};

use super::choices::Choices;
use super::collection::data_collection;
use super::fields::{Words, day, field, fields, hint, s, select, with};

/// The collection of agency files.
pub(super) fn agency_collection(prefix: &str, ch: &Choices, w: &Words) -> Value {
    let kinds = kinds(w);
    data_collection(
        "agencies",
        [w.w("Cơ quan", "Agencies"), w.w("Cơ quan", "Agency")],
        prefix,
        fields(vec![
            field("name", w.w("Tên", "Name"), "string", true),
            field("short_name", w.w("Tên ngắn", "Short name"), "string", false),
            select("kind", w.w("Loại", "Kind"), &kinds, false, true),
            select(
                "parent",
                w.w("Trực thuộc", "Parent"),
                &ch.entities,
                false,
                false,
            ),
            with(
                field("head", w.w("Người đứng đầu", "Head"), "object", false),
                [("fields", heads(w, false))],
            ),
            with(
                field(
                    "heads",
                    w.w("Người đứng đầu qua các thời kỳ", "Heads over time"),
                    "list",
                    false,
                ),
                [
                    ("summary", s("{{fields.name}} ({{fields.since}})")),
                    ("fields", heads(w, true)),
                ],
            ),
            responsibilities(ch, w),
        ]),
    )
}

/// The kinds of agency (label, value).
fn kinds(w: &Words) -> Vec<(String, String)> {
    [
        ("province", w.w("Tỉnh", "Province")),
        ("department", w.w("Sở, ngành", "Department")),
        ("district", w.w("Huyện", "District")),
        ("commune", w.w("Xã", "Commune")),
        ("other", w.w("Khác", "Other")),
    ]
    .iter()
    .map(|(v, l)| (l.to_string(), v.to_string()))
    .collect()
}

/// A head's fields: name, title, since and until. In the optional `head:`
/// object the name cannot be required: Decap would refuse to save an
/// agency without a head.
fn heads(w: &Words, name_required: bool) -> Value {
    fields(vec![
        field("name", w.w("Họ và tên", "Name"), "string", name_required),
        field("title", w.w("Chức vụ", "Title"), "string", false),
        day("since", w.w("Từ ngày", "Since"), false, w.0),
        day("until", w.w("Đến ngày", "Until"), false, w.0),
    ])
}

/// The responsibilities given: task, due and done days, the indicators
/// they move.
fn responsibilities(ch: &Choices, w: &Words) -> Mapping {
    with(
        field(
            "responsibilities",
            w.w("Nhiệm vụ được giao", "Responsibilities"),
            "list",
            false,
        ),
        [
            ("summary", s("{{fields.due}}: {{fields.task}}")),
            (
                "fields",
                fields(vec![
                    field("task", w.w("Nhiệm vụ", "Task"), "text", true),
                    day("due", w.w("Hạn", "Due"), true, w.0),
                    hint(
                        day("done", w.w("Hoàn thành ngày", "Done on"), false, w.0),
                        w.w("Để trống: chưa xong", "Empty: not done yet"),
                    ),
                    ch.related_indicators(w),
                    field("note", w.w("Ghi chú", "Note"), "string", false),
                ]),
            ),
        ],
    )
}
