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

use serde_yaml::{Mapping, Value};

use crate::config::{CmsBackend, CmsConfig, Language, SiteConfig};
use crate::load::Inputs;

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
            admin_page(&inputs.config, cms, base_path).into_bytes(),
        ),
        (CONFIG, config_yml(inputs, cms, base_path).into_bytes()),
        (PREVIEW, preview_js(inputs, base_path).into_bytes()),
    ]
}

/// The script's URL as the page uses it: a site path gets the base path.
fn script_url(cms: &CmsConfig, base_path: &str) -> String {
    match cms.script.strip_prefix('/') {
        Some(rest) => format!("{base_path}{rest}"),
        None => cms.script.clone(),
    }
}

/// The integrity hash of the script: the configured one, or the pinned
/// release's for the default URL.
fn integrity(cms: &CmsConfig) -> Option<&str> {
    cms.integrity.as_deref().or_else(|| {
        (cms.script == crate::config::DEFAULT_CMS_SCRIPT)
            .then_some(crate::config::DEFAULT_CMS_INTEGRITY)
    })
}

/// The source a CSP gives the CMS script: its folder on its host (Decap
/// loads the rest of itself, numbered chunks, from beside the script), or
/// the site itself for a script on the site.
fn script_source(cms: &CmsConfig) -> String {
    if cms.script.starts_with('/') {
        return "'self'".to_string();
    }
    match cms.script.rfind('/') {
        Some(i) if i > "https://".len() => cms.script[..=i].to_string(),
        _ => cms.script.clone(),
    }
}

/// The admin page's Content-Security-Policy: the CMS script and this
/// folder's own scripts; connections to the backend's API (and to
/// decap-server on this machine when local editing is on); images from
/// anywhere over https (avatars, photos in the repository). Decap styles
/// itself with inline styles and needs 'unsafe-eval'; no other page of
/// the site allows either for scripts.
pub fn csp(cms: &CmsConfig) -> String {
    let mut connect = vec!["'self'".to_string()];
    match cms.backend {
        CmsBackend::Github => connect.push("https://api.github.com".into()),
        CmsBackend::Gitlab => connect.push("https://gitlab.com".into()),
        CmsBackend::GitGateway => connect.push("https:".into()),
    }
    if let Some(a) = &cms.auth_url {
        connect.push(a.trim_end_matches('/').to_string());
    }
    if cms.local {
        connect.push("http://localhost:8081".into());
        connect.push("http://127.0.0.1:8081".into());
    }
    // Decap compiles the schema it checks config.yml with (ajv) from
    // strings: without 'unsafe-eval' it does not start.
    let script = script_source(cms);
    let scripts = if script == "'self'" {
        format!("{script} 'unsafe-eval'")
    } else {
        format!("'self' {script} 'unsafe-eval'")
    };
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; connect-src {}; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'",
        connect.join(" ")
    )
}

fn admin_page(config: &SiteConfig, cms: &CmsConfig, base_path: &str) -> String {
    let esc = crate::web::escape;
    let lang = config.language;
    let title = match lang {
        Language::Vi => format!("Biên tập — {}", config.title),
        Language::En => format!("Editor — {}", config.title),
    };
    let sri = integrity(cms)
        .map(|h| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", esc(h)))
        .unwrap_or_default();
    format!(
        "<!doctype html>
<html lang=\"{lang}\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">
<meta name=\"robots\" content=\"noindex\">
<title>{title}</title>
<link rel=\"icon\" href=\"{base}favicon.svg\" type=\"image/svg+xml\">
<link href=\"{base}admin/config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">
</head>
<body>
<script src=\"{script}\"{sri}></script>
<script src=\"{base}admin/preview.js\"></script>
</body>
</html>
",
        lang = lang.code(),
        csp = esc(&csp(cms)),
        title = esc(&title),
        base = esc(base_path),
        script = esc(&script_url(cms, base_path)),
    )
}

/// Gives the preview pane the site's stylesheet, and pages of sections
/// the outline of a published page (title, date and author, body, tags).
fn preview_js(inputs: &Inputs, base_path: &str) -> String {
    let css = js(&format!("{base_path}style.css"));
    let names: Vec<String> = sections(inputs)
        .into_iter()
        .map(|(f, _)| collection_name(&f))
        .collect();
    let names = js(&names);
    let tags = js(&Words(inputs.config.language).w("Thẻ", "Tags").to_string());
    format!(
        r#"// The CMS preview pane: the site's stylesheet and the outline of a page.
(function () {{
  var CMS = window.CMS, h = window.h;
  if (!CMS) return;
  CMS.registerPreviewStyle({css});
  if (!h) return;
  var page = function (props) {{
    var d = props.entry.get("data");
    var t = d.get("tags");
    t = t && t.toJS ? t.toJS() : (t || []);
    var meta = [d.get("date"), d.get("author")].filter(Boolean).join(" · ");
    return h("main", {{ className: "wrap" }},
      h("article", {{ className: "prose" }},
        h("h1", {{}}, d.get("title")),
        meta ? h("p", {{ className: "muted small" }}, meta) : null,
        props.widgetFor("body"),
        t.length ? h("p", {{ className: "tags" }}, {tags} + ": " + t.join(", ")) : null));
  }};
  {names}.forEach(function (n) {{ CMS.registerPreviewTemplate(n, page); }});
}})();
"#
    )
}

/// A value as a JavaScript literal (JSON is one).
fn js<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

/// Labels and hints in the site's language.
struct Words(Language);

impl Words {
    fn w(&self, vi: &'static str, en: &'static str) -> &'static str {
        match self.0 {
            Language::Vi => vi,
            Language::En => en,
        }
    }
}

fn map(pairs: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    let mut m = Mapping::new();
    for (k, v) in pairs {
        m.insert(Value::String(k.to_string()), v);
    }
    Value::Mapping(m)
}

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

/// A field: name, label, widget, and whether it must be filled.
fn field(name: &'static str, label: &str, widget: &str, required: bool) -> Mapping {
    let mut m = Mapping::new();
    m.insert(s("name"), s(name));
    m.insert(s("label"), s(label));
    m.insert(s("widget"), s(widget));
    if !required {
        m.insert(s("required"), Value::Bool(false));
    }
    m
}

fn with(mut m: Mapping, pairs: impl IntoIterator<Item = (&'static str, Value)>) -> Mapping {
    for (k, v) in pairs {
        m.insert(s(k), v);
    }
    m
}

/// A select over `options` (label, value), one value or many.
fn select(
    name: &'static str,
    label: &str,
    options: &[(String, String)],
    multiple: bool,
    required: bool,
) -> Mapping {
    let opts: Vec<Value> = options
        .iter()
        .map(|(l, v)| map([("label", s(l)), ("value", s(v))]))
        .collect();
    let mut m = with(
        field(name, label, "select", required),
        [("options", Value::Sequence(opts))],
    );
    if multiple {
        m.insert(s("multiple"), Value::Bool(true));
    }
    m
}

/// A day written YYYY-MM-DD, picked in the site's date order.
fn day(name: &'static str, label: &str, required: bool, lang: Language) -> Mapping {
    with(
        field(name, label, "datetime", required),
        [
            ("format", s("YYYY-MM-DD")),
            (
                "date_format",
                s(match lang {
                    Language::Vi => "DD/MM/YYYY",
                    Language::En => "YYYY-MM-DD",
                }),
            ),
            ("time_format", Value::Bool(false)),
            ("picker_utc", Value::Bool(true)),
        ],
    )
}

fn number(name: &'static str, label: &str, int: bool, required: bool) -> Mapping {
    with(
        field(name, label, "number", required),
        [("value_type", s(if int { "int" } else { "float" }))],
    )
}

fn hint(m: Mapping, h: &str) -> Mapping {
    with(m, [("hint", s(h))])
}

fn fields(fs: Vec<Mapping>) -> Value {
    Value::Sequence(fs.into_iter().map(Value::Mapping).collect())
}

/// The ids the selects offer, each with a readable label, in the site
/// language's order of names.
struct Choices {
    indicators: Vec<(String, String)>,
    agencies: Vec<(String, String)>,
    /// Agencies and the region: what an observation or a parent can name.
    entities: Vec<(String, String)>,
    tags: Vec<(String, String)>,
}

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
fn sections(inputs: &Inputs) -> Vec<(String, String)> {
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

fn section_collection(
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
        ),
        field("author", w.w("Tác giả", "Author"), "string", false),
        hint(
            field("summary", w.w("Tóm tắt", "Summary"), "text", false),
            w.w(
                "Hiện trong danh sách và bản tin RSS; để trống thì lấy đoạn đầu bài",
                "Shown in lists and feeds; the first paragraph when empty",
            ),
        ),
        hint(
            select("tags", w.w("Thẻ", "Tags"), &ch.tags, true, false),
            w.w(
                "Chọn thẻ đã có; thẻ mới thì thêm vào tệp bằng tay",
                "Pick existing tags; add a new tag by hand in the file",
            ),
        ),
        hint(
            select(
                "indicators",
                w.w("Chỉ số liên quan", "Indicators"),
                &ch.indicators,
                true,
                false,
            ),
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
    ];
    if photos {
        fs.push(with(
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
        ));
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

/// A collection of YAML records in `content/data/<name>/`, one file each,
/// named after its `name` field: `labels` are the plural and the singular.
fn data_collection(name: &str, labels: [&str; 2], prefix: &str, fields: Value) -> Value {
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
fn collection_name(folder: &str) -> String {
    match folder {
        "indicators" | "agencies" => format!("section-{folder}"),
        f => f.to_string(),
    }
}

fn indicator_collection(prefix: &str, ch: &Choices, w: &Words) -> Value {
    let kinds: Vec<(String, String)> = [
        ("percent", w.w("Tỷ lệ %", "Percent")),
        ("score", w.w("Điểm", "Score")),
        ("rank", w.w("Thứ hạng", "Rank")),
        ("count", w.w("Số lượng", "Count")),
        ("money", w.w("Tiền", "Money")),
    ]
    .iter()
    .map(|(v, l)| (l.to_string(), v.to_string()))
    .collect();
    let directions: Vec<(String, String)> = [
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
    .collect();
    let targets = with(
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
    );
    let observations = hint(
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
    );
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
            targets,
            observations,
        ]),
    )
}

fn agency_collection(prefix: &str, ch: &Choices, w: &Words) -> Value {
    let kinds: Vec<(String, String)> = [
        ("province", w.w("Tỉnh", "Province")),
        ("department", w.w("Sở, ngành", "Department")),
        ("district", w.w("Huyện", "District")),
        ("commune", w.w("Xã", "Commune")),
        ("other", w.w("Khác", "Other")),
    ]
    .iter()
    .map(|(v, l)| (l.to_string(), v.to_string()))
    .collect();
    // In the optional `head:` object the name cannot be required: Decap
    // would refuse to save an agency without a head.
    let head_fields = |name_required: bool| {
        fields(vec![
            field("name", w.w("Họ và tên", "Name"), "string", name_required),
            field("title", w.w("Chức vụ", "Title"), "string", false),
            day("since", w.w("Từ ngày", "Since"), false, w.0),
            day("until", w.w("Đến ngày", "Until"), false, w.0),
        ])
    };
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
                [("fields", head_fields(false))],
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
                    ("fields", head_fields(true)),
                ],
            ),
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
                            select(
                                "indicators",
                                w.w("Chỉ số liên quan", "Indicators"),
                                &ch.indicators,
                                true,
                                false,
                            ),
                            field("note", w.w("Ghi chú", "Note"), "string", false),
                        ]),
                    ),
                ],
            ),
        ]),
    )
}
