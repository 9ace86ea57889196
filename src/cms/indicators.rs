//! The collection of indicator data files: what an indicator is, its
//! targets and its observations.

use serde_yaml::{Mapping, Value};

use super::choices::Choices;
use super::collection::data_collection;
use super::fields::{Words, day, field, fields, hint, number, s, select, with};

/// The collection of indicator files.
pub(super) fn indicator_collection(prefix: &str, ch: &Choices, w: &Words) -> Value {
    let kinds = kinds(w);
    let directions = directions(w);
    data_collection(
        "indicators",
        [w.w("Chỉ số", "Indicators"), w.w("Chỉ số", "Indicator")],
        prefix,
        fields(vec![
            field("name", w.w("Tên", "Name"), "string", true),
            hint(
                field("short_name", w.w("Tên ngắn", "Short name"), "string", false),
                w.w(
                    "Dùng trên biểu đồ: SIPAS, PAR INDEX",
                    "For charts: SIPAS, PAR INDEX",
                ),
            ),
            field("unit", w.w("Đơn vị", "Unit"), "string", false),
            select("kind", w.w("Loại", "Kind"), &kinds, false, true),
            select(
                "direction",
                w.w("Chiều tốt", "Direction"),
                &directions,
                false,
                false,
            ),
            field("source", w.w("Nguồn", "Source"), "string", false),
            select(
                "owner",
                w.w("Cơ quan chịu trách nhiệm", "Owner"),
                &ch.agencies,
                false,
                false,
            ),
            day("updated", w.w("Cập nhật ngày", "Updated"), false, w.0),
            field(
                "description",
                w.w("Mô tả", "Description"),
                "markdown",
                false,
            ),
            targets(w),
            observations(ch, w),
        ]),
    )
}

/// The kinds of indicator (label, value).
fn kinds(w: &Words) -> Vec<(String, String)> {
    [
        ("percent", w.w("Tỷ lệ %", "Percent")),
        ("score", w.w("Điểm", "Score")),
        ("rank", w.w("Thứ hạng", "Rank")),
        ("count", w.w("Số lượng", "Count")),
        ("money", w.w("Tiền", "Money")),
    ]
    .iter()
    .map(|(v, l)| (l.to_string(), v.to_string()))
    .collect()
}

/// Which way is better (label, value).
fn directions(w: &Words) -> Vec<(String, String)> {
    [
        (
            "higher_is_better",
            w.w("Càng cao càng tốt", "Higher is better"),
        ),
        (
            "lower_is_better",
            w.w("Càng thấp càng tốt", "Lower is better"),
        ),
    ]
    .iter()
    .map(|(v, l)| (l.to_string(), v.to_string()))
    .collect()
}

/// Targets: a year and a condition on its value, or on the change since
/// the year before.
fn targets(w: &Words) -> Mapping {
    with(
        field("targets", w.w("Mục tiêu", "Targets"), "list", false),
        [
            ("summary", s("{{fields.year}}: {{fields.label}}")),
            (
                "fields",
                fields(vec![
                    number("year", w.w("Năm", "Year"), true, true),
                    number("above", w.w("Trên", "Above"), false, false),
                    number("at_least", w.w("Ít nhất", "At least"), false, false),
                    number("below", w.w("Dưới", "Below"), false, false),
                    number("at_most", w.w("Nhiều nhất", "At most"), false, false),
                    number("equals", w.w("Bằng", "Equals"), false, false),
                    with(
                        field(
                            "improve_by",
                            w.w(
                                "Cải thiện so với năm trước",
                                "Improve on the year before by",
                            ),
                            "object",
                            false,
                        ),
                        [(
                            "fields",
                            fields(vec![
                                // Optional inside an optional object, or
                                // Decap refuses a target without it.
                                number("min", w.w("Ít nhất", "At least"), false, false),
                                number("max", w.w("Nhiều nhất", "At most"), false, false),
                            ]),
                        )],
                    ),
                    field("label", w.w("Diễn đạt", "Label"), "string", false),
                ]),
            ),
        ],
    )
}

/// Observations written in the YAML file: year, entity, value.
fn observations(ch: &Choices, w: &Words) -> Mapping {
    hint(
        with(
            field(
                "observations",
                w.w("Số liệu", "Observations"),
                "list",
                false,
            ),
            [
                (
                    "summary",
                    s("{{fields.year}} · {{fields.value}} · {{fields.entity}}"),
                ),
                (
                    "fields",
                    fields(vec![
                        number("year", w.w("Năm", "Year"), true, true),
                        hint(
                            select(
                                "entity",
                                w.w("Địa phương, cơ quan", "Entity"),
                                &ch.entities,
                                false,
                                false,
                            ),
                            w.w("Để trống: của cả tỉnh", "Empty: the region's"),
                        ),
                        number("value", w.w("Giá trị", "Value"), false, true),
                        hint(
                            number("of", w.w("Trên tổng số", "Out of"), true, false),
                            w.w(
                                "Với thứ hạng: bao nhiêu đơn vị được xếp hạng (63)",
                                "For a rank: how many were ranked (63)",
                            ),
                        ),
                        field("note", w.w("Ghi chú", "Note"), "string", false),
                    ]),
                ),
            ],
        ),
        w.w(
            "Số liệu trong tệp CSV cạnh tệp này không sửa ở đây",
            "Values in a CSV file beside this one are not edited here",
        ),
    )
}
