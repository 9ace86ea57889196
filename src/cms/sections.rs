//! The collection of a section of Markdown pages: front matter fields
//! (title, date, author, summary, tags, linked indicators and agencies,
//! photo, draft) and the body.

use serde_yaml::{Mapping, Value};

use crate::config::Language;
use crate::load::Inputs;

use super::choices::Choices;
use super::collection::collection_name;
use super::fields::{Words, field, fields, hint, map, s, select, with};

/// The collection of the section in `folder`, named `label`: a page's
/// front matter fields, its photo when the site has photos, and its body.
pub(super) fn section_collection(
    folder: &str,
    label: &str,
    prefix: &str,
    ch: &Choices,
    inputs: &Inputs,
    w: &Words,
) -> Value {
    let lang = inputs.config.language;
    let photos = inputs.pages.iter().any(|p| p.meta.image.is_some());
    let mut fs = vec![
        field("title", w.w("Tiêu đề", "Title"), "string", true),
        date(w, lang),
        field("author", w.w("Tác giả", "Author"), "string", false),
        hint(
            field("summary", w.w("Tóm tắt", "Summary"), "text", false),
            w.w(
                "Hiện trong danh sách và bản tin RSS; để trống thì lấy đoạn đầu bài",
                "Shown in lists and feeds; the first paragraph when empty",
            ),
        ),
    ];
    fs.extend(links(ch, w));
    if photos {
        fs.push(photo(w));
    }
    fs.push(hint(
        with(
            field("draft", w.w("Bản nháp", "Draft"), "boolean", false),
            [("default", Value::Bool(false))],
        ),
        w.w("Bản nháp không được đăng", "Drafts are not published"),
    ));
    fs.push(field("body", w.w("Nội dung", "Body"), "markdown", true));
    map([
        ("name", s(&collection_name(folder))),
        ("label", s(label)),
        ("folder", s(&format!("{prefix}content/{folder}"))),
        ("create", Value::Bool(true)),
        ("extension", s("md")),
        ("format", s("yaml-frontmatter")),
        ("slug", s("{{slug}}")),
        ("summary", s("{{title}}")),
        (
            "sortable_fields",
            Value::Sequence(vec![s("date"), s("title")]),
        ),
        ("omit_empty_optional_fields", Value::Bool(true)),
        ("fields", fields(fs)),
    ])
}

/// The day and time a page was published.
fn date(w: &Words, lang: Language) -> Mapping {
    hint(
        with(
            field("date", w.w("Ngày đăng", "Date"), "datetime", false),
            [
                ("format", s("YYYY-MM-DDTHH:mm:ssZ")),
                (
                    "date_format",
                    s(match lang {
                        Language::Vi => "DD/MM/YYYY",
                        Language::En => "YYYY-MM-DD",
                    }),
                ),
                ("time_format", s("HH:mm")),
            ],
        ),
        w.w(
            "Trang mới nhất đứng đầu danh sách",
            "The newest page comes first in lists",
        ),
    )
}

/// What a page names: tags, indicators and agencies (whose pages link
/// back to it).
fn links(ch: &Choices, w: &Words) -> Vec<Mapping> {
    vec![
        hint(
            select("tags", w.w("Thẻ", "Tags"), &ch.tags, true, false),
            w.w(
                "Chọn thẻ đã có; thẻ mới thì thêm vào tệp bằng tay",
                "Pick existing tags; add a new tag by hand in the file",
            ),
        ),
        hint(
            ch.related_indicators(w),
            w.w(
                "Trang chỉ số sẽ dẫn về bài này",
                "The indicators' pages link to this page",
            ),
        ),
        select(
            "agencies",
            w.w("Cơ quan liên quan", "Agencies"),
            &ch.agencies,
            true,
            false,
        ),
    ]
}

/// A page's photo: the file, what it shows, a caption.
fn photo(w: &Words) -> Mapping {
    with(
        field("image", w.w("Ảnh đại diện", "Photo"), "object", false),
        [(
            "fields",
            fields(vec![
                // Not required, or Decap refuses to save a page
                // without a photo; baocao reports a photo without a file.
                field("src", w.w("Tệp ảnh", "File"), "image", false),
                hint(
                    field("alt", w.w("Mô tả ảnh", "Alt text"), "string", false),
                    w.w(
                        "Ảnh cho thấy gì, cho người không xem được ảnh",
                        "What the photo shows, for readers who cannot see it",
                    ),
                ),
                field("caption", w.w("Chú thích", "Caption"), "string", false),
            ]),
        )],
    )
}
