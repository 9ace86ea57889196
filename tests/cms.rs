//! The browser editor (`cms:` in site.yaml): the admin page and its CSP,
//! config.yml derived from the content model (every field the editor
//! offers is one baocao reads), what Decap CMS writes builds, mistakes
//! made in it are located, and everything user-written is escaped.
//! The browser side is tests/cms/run.mjs.

mod common;

use common::{AGENCY, NEWS, SIPAS, SITE_YAML, Site};
use serde_yaml::Value;

const CMS: &str = "cms:\n  backend: github\n  repo: so-noi-vu/cchc-yen-bai\n";

fn cms_site() -> Site {
    Site::with(&[
        ("content/site.yaml", &format!("{SITE_YAML}{CMS}")),
        ("content/data/indicators/sipas.yaml", SIPAS),
        ("content/data/agencies/so-noi-vu.yaml", AGENCY),
        ("content/news/tin-mot.md", NEWS),
    ])
}

fn config(site: &Site) -> Value {
    let text = site.page("admin/config.yml");
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("config.yml: {e}\n{text}"))
}

fn collection<'a>(config: &'a Value, name: &str) -> &'a Value {
    config["collections"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|c| c["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("no collection {name}"))
}

fn field<'a>(fields: &'a Value, name: &str) -> &'a Value {
    fields
        .as_sequence()
        .unwrap()
        .iter()
        .find(|f| f["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("no field {name}"))
}

fn option_values(f: &Value) -> Vec<String> {
    f["options"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|o| o["value"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn without_cms_there_is_no_admin_page() {
    let site = Site::minimal();
    site.build();
    assert!(!site.out("admin").exists());
}

#[test]
fn the_admin_page_loads_the_pinned_script_with_sri_under_its_own_csp() {
    let site = cms_site();
    site.build();
    let admin = site.page("admin/index.html");
    assert!(admin.contains(
        "<script src=\"https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js\" integrity=\"sha384-"
    ));
    assert!(admin.contains("crossorigin=\"anonymous\""));
    assert!(admin.contains("href=\"/admin/config.yml\" type=\"text/yaml\" rel=\"cms-config-url\""));
    let csp = admin
        .split("Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .replace("&#39;", "'");
    assert!(
        csp.contains("script-src 'self' https://unpkg.com/decap-cms@3.16.3/dist/ 'unsafe-eval';"),
        "{csp}"
    );
    assert!(csp.contains("connect-src 'self' https://api.github.com http://localhost:8081"));
    assert!(csp.contains("object-src 'none'"));
    // Every other page keeps the site's CSP: no CDN, no eval.
    for page in [
        "index.html",
        "news/tin-mot/index.html",
        "indicators/sipas/index.html",
    ] {
        let html = site.page(page);
        assert!(html.contains("script-src &#39;self&#39;;"), "{page}");
        assert!(
            !html.contains("unsafe-eval") && !html.contains("unpkg"),
            "{page}"
        );
        assert!(!html.contains("/admin/"), "{page} links the editor");
    }
    assert!(!site.page("sitemap.xml").contains("admin"));
    assert!(
        site.page("admin/preview.js")
            .contains("registerPreviewStyle(\"/style.css\")")
    );
}

#[test]
fn a_script_on_the_site_is_allowed_as_self_under_the_base_path() {
    let site = cms_site();
    site.write(
        "content/site.yaml",
        &format!(
            "{}{CMS}  script: /decap/decap-cms.js\n",
            SITE_YAML.replace("https://example.gov.vn/", "https://example.gov.vn/cchc/")
        ),
    );
    site.build();
    let admin = site.page("admin/index.html");
    assert!(
        admin.contains("<script src=\"/cchc/decap/decap-cms.js\"></script>"),
        "{admin}"
    );
    assert!(admin.contains("script-src &#39;self&#39; &#39;unsafe-eval&#39;;"));
    assert!(admin.contains("<script src=\"/cchc/admin/preview.js\">"));
    let c = config(&site);
    assert_eq!(c["public_folder"].as_str(), Some("/cchc/images"));
}

#[test]
fn config_is_derived_from_the_content_model_with_the_sites_ids() {
    let site = cms_site();
    site.write(
        "content/data/agencies/ubnd-van-yen.yaml",
        "name: Ủy ban nhân dân huyện Văn Yên\nkind: district\n",
    );
    site.write(
        "content/data/agencies/ubnd-luc-yen.yaml",
        "name: Ủy ban nhân dân huyện Lục Yên\nkind: district\n",
    );
    site.write(
        "content/pages/gioi-thieu.md",
        "---\ntitle: Giới thiệu\n---\nx\n",
    );
    site.build();
    let c = config(&site);
    assert_eq!(c["backend"]["name"].as_str(), Some("github"));
    assert_eq!(
        c["backend"]["repo"].as_str(),
        Some("so-noi-vu/cchc-yen-bai")
    );
    assert_eq!(c["backend"]["branch"].as_str(), Some("main"));
    assert_eq!(c["local_backend"].as_bool(), Some(true));
    assert_eq!(c["locale"].as_str(), Some("vi"));
    let names: Vec<&str> = c["collections"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["news", "pages", "indicators", "agencies"]);

    let news = collection(&c, "news");
    assert_eq!(news["folder"].as_str(), Some("content/news"));
    let nf = &news["fields"];
    assert_eq!(field(nf, "title")["label"].as_str(), Some("Tiêu đề"));
    assert_eq!(option_values(field(nf, "indicators")), ["sipas"]);
    // Agencies in the site's order: by place, past "Ủy ban nhân dân" and
    // the kind of unit (Lục Yên < Sở Nội vụ < Văn Yên).
    assert_eq!(
        option_values(field(nf, "agencies")),
        ["ubnd-luc-yen", "so-noi-vu", "ubnd-van-yen"]
    );
    assert_eq!(option_values(field(nf, "tags")), ["CCHC"]);
    assert_eq!(field(nf, "body")["widget"].as_str(), Some("markdown"));

    let ind = collection(&c, "indicators");
    assert_eq!(ind["folder"].as_str(), Some("content/data/indicators"));
    assert_eq!(ind["extension"].as_str(), Some("yaml"));
    let obs = field(&ind["fields"], "observations");
    assert_eq!(obs["widget"].as_str(), Some("list"));
    // An observation names an agency or the region.
    assert_eq!(
        option_values(field(&obs["fields"], "entity")),
        ["ubnd-luc-yen", "so-noi-vu", "ubnd-van-yen", "yen-bai"]
    );
    assert_eq!(option_values(field(&ind["fields"], "kind")).len(), 5);

    let ag = collection(&c, "agencies");
    let resp = field(&ag["fields"], "responsibilities");
    let due = field(&resp["fields"], "due");
    assert_eq!(due["format"].as_str(), Some("YYYY-MM-DD"));
    assert_eq!(due["label"].as_str(), Some("Hạn"));
    assert_eq!(
        option_values(field(&resp["fields"], "indicators")),
        ["sipas"]
    );
    field(&ag["fields"], "heads");
}

#[test]
fn an_english_site_gets_english_labels() {
    let site = cms_site();
    site.write(
        "content/site.yaml",
        &format!("{}{CMS}", SITE_YAML.replace("language: vi", "language: en")),
    );
    site.build();
    let c = config(&site);
    assert_eq!(c["locale"].as_str(), Some("en"));
    let news = collection(&c, "news");
    assert_eq!(
        field(&news["fields"], "title")["label"].as_str(),
        Some("Title")
    );
    assert!(site.page("admin/index.html").contains("<title>Editor — "));
}

/// A value of the shape the widget saves, as Decap writes it.
fn sample(f: &Value) -> Value {
    let s = |v: &str| Value::String(v.to_string());
    match f["widget"].as_str().unwrap() {
        "string" | "text" | "markdown" => s("Chữ \"có\" ngoặc: và # dấu"),
        "number" if f["value_type"].as_str() == Some("int") => Value::from(2020),
        "number" => Value::from(12.5),
        "boolean" => Value::Bool(false),
        "datetime" if f["format"].as_str() == Some("YYYY-MM-DD") => s("2020-06-30"),
        "datetime" => s("2020-01-10T08:10:36+07:00"),
        "image" => s("/images/anh.jpg"),
        "select" => {
            let first = f["options"][0]["value"].clone();
            if f["multiple"].as_bool() == Some(true) {
                Value::Sequence(vec![first])
            } else {
                first
            }
        }
        "object" => entry(&f["fields"]),
        "list" => Value::Sequence(vec![entry(&f["fields"])]),
        w => panic!("a widget the test does not know: {w}"),
    }
}

/// An entry with every field the editor offers filled in.
fn entry(fields: &Value) -> Value {
    let mut m = serde_yaml::Mapping::new();
    for f in fields.as_sequence().unwrap() {
        let name = f["name"].as_str().unwrap();
        if name != "body" {
            m.insert(Value::String(name.to_string()), sample(f));
        }
    }
    Value::Mapping(m)
}

#[test]
fn every_field_the_editor_offers_is_one_baocao_reads() {
    let site = cms_site();
    site.build();
    // A photo for the image widget to point at (/images/ is the media folder).
    site.write(
        "content/news/anh/index.md",
        "---\ntitle: Ảnh\nimage: { src: a.jpg, alt: x }\n---\nx\n",
    );
    site.write_bytes(
        "content/news/anh/a.jpg",
        &common::corpus::jpeg(&common::corpus::photo_pixels(64, 48, 1), 64, 48, None),
    );
    site.build();
    let c = config(&site);
    site.write_bytes(
        "content/static/images/anh.jpg",
        &common::corpus::jpeg(&common::corpus::photo_pixels(64, 48, 2), 64, 48, None),
    );
    let news = entry(&collection(&c, "news")["fields"]);
    let news = serde_yaml::to_string(&news).unwrap();
    assert!(news.contains("image:"), "{news}");
    site.write(
        "content/news/tu-bien-tap.md",
        &format!("---\n{news}---\nNội dung.\n"),
    );
    // A rank, so that `of` (ranks only) is in place.
    let mut indicator = entry(&collection(&c, "indicators")["fields"]);
    indicator["kind"] = Value::String("rank".into());
    let indicator = serde_yaml::to_string(&indicator).unwrap();
    assert!(indicator.contains("observations:"), "{indicator}");
    site.write("content/data/indicators/tu-bien-tap.yaml", &indicator);
    let agency = serde_yaml::to_string(&entry(&collection(&c, "agencies")["fields"])).unwrap();
    assert!(agency.contains("responsibilities:"), "{agency}");
    site.write("content/data/agencies/tu-bien-tap.yaml", &agency);
    let r = site.run(&["check", "--today", "2020-12-31"]);
    assert_eq!(
        r.code, 0,
        "{}{}\n{news}\n{indicator}\n{agency}",
        r.stdout, r.stderr
    );
}

/// What Decap CMS 3.16 wrote in tests/cms/run.mjs: keys in the config's
/// order, block lists, a description folded, `decimals:` (not in the
/// editor) kept, a date with its offset, days as plain YYYY-MM-DD.
const DECAP_INDICATOR: &str = "targets:\n  - year: 2020\n    above: 92\n    label: Trên 92%\ndecimals: 2\nname: Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành\n  chính nhà nước\nshort_name: SIPAS\nunit: \"%\"\nkind: percent\ndirection: higher_is_better\nowner: so-noi-vu\ndescription: >\n  **SIPAS** cho biết\n\n  bao nhiêu phần trăm\nobservations:\n  - year: 2018\n    value: 81.1\n  - year: 2019\n    value: 91.37\n    note: Số liệu minh họa, không lấy từ nguồn\n  - year: 2019\n    entity: so-noi-vu\n    value: 85.3\n";
const DECAP_NEWS: &str = "---\ntitle: \"Thử nghiệm biên tập: kết quả SIPAS 2020\"\ndate: 2021-05-12T09:00:00+07:00\ntags:\n  - CCHC\nindicators:\n  - sipas\ndraft: false\n---\nBài viết thử từ trình biên tập, có chữ để tìm: mười hai quầy một cửa.\n";
const DECAP_AGENCY: &str = "name: Sở Nội vụ\nkind: department\nhead:\n  name: Nguyễn Văn A\n  title: Giám đốc\n  since: 2019-06-01\nresponsibilities:\n  - task: Niêm yết thủ tục\n    due: 2020-06-30\n    done: 2020-05-20\n    indicators:\n      - sipas\n";

#[test]
fn what_decap_writes_builds_like_a_hand_written_file() {
    let site = cms_site();
    site.write("content/data/indicators/sipas.yaml", DECAP_INDICATOR);
    site.write("content/news/thu-nghiem.md", DECAP_NEWS);
    site.write("content/data/agencies/so-noi-vu.yaml", DECAP_AGENCY);
    site.build_with(&["--today", "2021-06-30"]);
    let news = site.page("news/thu-nghiem/index.html");
    assert!(news.contains("mười hai quầy một cửa"));
    assert!(news.contains("Thử nghiệm biên tập: kết quả SIPAS 2020"));
    let ind = site.page("indicators/sipas/index.html");
    assert!(ind.contains("91,37"), "the edited value");
    // `decimals: 2` (not in the editor) still applies.
    assert!(ind.contains("81,10"));
    assert!(
        site.page("agencies/so-noi-vu/index.html")
            .contains("Niêm yết thủ tục")
    );
}

#[test]
fn mistakes_made_in_the_editor_are_located() {
    let site = cms_site();
    site.write(
        "content/data/agencies/so-noi-vu.yaml",
        &DECAP_AGENCY.replace("due: 2020-06-30", "due: 30/06/2020"),
    );
    site.write(
        "content/data/indicators/sipas.yaml",
        &DECAP_INDICATOR.replace("owner: so-noi-vu", "owner: so-khong-co"),
    );
    let r = site.run(&["check"]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let out = format!("{}{}", r.stdout, r.stderr);
    // Both at once, each with its file, line and column.
    assert!(
        out.contains("content/data/agencies/so-noi-vu.yaml:9:10"),
        "{out}"
    );
    assert!(out.contains("YYYY-MM-DD"), "{out}");
    assert!(
        out.contains("content/data/indicators/sipas.yaml:12:8"),
        "{out}"
    );
    assert!(out.contains("so-khong-co"), "{out}");
}

#[test]
fn cms_settings_are_checked_all_at_once_with_positions() {
    let site = cms_site();
    site.write(
        "content/site.yaml",
        &format!(
            "{SITE_YAML}cms:\n  backend: github\n  script: http://cdn.example/decap.js\n  integrity: md5-abc\n  folder: ../x\n"
        ),
    );
    let r = site.run(&["check"]);
    assert_eq!(r.code, 1);
    let out = format!("{}{}", r.stdout, r.stderr);
    for want in [
        "content/site.yaml:6:12: `cms.backend: github` needs `cms.repo`",
        "content/site.yaml:7:11: `cms.script` `http://cdn.example/decap.js` is not an https:// URL",
        "content/site.yaml:8:14: `cms.integrity` `md5-abc` is not a Subresource Integrity hash",
        "content/site.yaml:9:11: `cms.folder` `../x` is not a folder",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    site.write(
        "content/site.yaml",
        &format!("{SITE_YAML}cms:\n  backend: github\n  repo: a/b\n  script: https://cdn.example/decap.js\n"),
    );
    let out = site.run(&["check"]);
    assert!(
        out.stdout.contains("needs `cms.integrity`")
            || out.stderr.contains("needs `cms.integrity`")
    );
    site.write(
        "content/site.yaml",
        &format!("{SITE_YAML}cms:\n  backend: svn\n"),
    );
    let r = site.run(&["check"]);
    assert_eq!(r.code, 1);
    assert!(format!("{}{}", r.stdout, r.stderr).contains("content/site.yaml:6:12"));
}

#[test]
fn user_text_is_escaped_in_the_page_and_the_yaml() {
    let title = "A \"quote\" </title><script>alert(1)</script> & 'x'";
    let tricky = "Tên: có dấu hai chấm\n# và dòng mới {{slug}} - [x]";
    let site = cms_site();
    site.write(
        "content/site.yaml",
        &format!(
            "title: {}\nbase_url: https://example.gov.vn/\nlanguage: vi\nregion: {{ id: yen-bai, name: Yên Bái }}\n{CMS}  folder: \"site/bao-cao\"\n",
            serde_yaml::to_string(title).unwrap().trim()
        ),
    );
    site.write(
        "content/data/agencies/so-noi-vu.yaml",
        &format!(
            "{}name: {}\n",
            AGENCY
                .lines()
                .skip(1)
                .map(|l| format!("{l}\n"))
                .collect::<String>(),
            serde_yaml::to_string(tricky).unwrap().trim()
        ),
    );
    site.write(
        "content/news/tin-mot.md",
        &NEWS.replace("tags: [CCHC]", "tags: [\"a: b\", \"'q'\"]"),
    );
    site.build();
    let admin = site.page("admin/index.html");
    assert!(!admin.contains("<script>alert"));
    assert!(admin.contains("&lt;/title&gt;&lt;script&gt;"));
    let c = config(&site);
    let news = collection(&c, "news");
    assert_eq!(news["folder"].as_str(), Some("site/bao-cao/content/news"));
    let labels: Vec<&str> = field(&news["fields"], "agencies")["options"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|o| o["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, [format!("{tricky} (so-noi-vu)")]);
    assert_eq!(
        option_values(field(&news["fields"], "tags")),
        ["'q'", "a: b"]
    );
}

#[test]
fn config_is_the_same_in_two_builds_in_two_folders() {
    let a = cms_site();
    let b = cms_site();
    a.build();
    b.build();
    assert_eq!(a.page("admin/config.yml"), b.page("admin/config.yml"));
    assert_eq!(a.page("admin/index.html"), b.page("admin/index.html"));
}
