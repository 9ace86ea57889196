//! `baocao check` judges the links each page's Markdown writes, gathered
//! while it is rendered: every kind of Markdown link, at the line and
//! column of its address in the file (front matter included); anchors
//! are those the renderer knows each page has: its Markdown's, its
//! template's, its blocks' and charts'.

mod common;

use std::sync::OnceLock;

use baocao::diagnostics::{Code, Diagnostic};
use baocao::{BuildError, BuildOptions};
use common::Site;

/// A page with a long front matter and a broken link of every kind, each
/// address written once, so the test finds its position by a plain search.
const PAGE: &str = "---
title: Liên kết đủ loại
date: 2020-02-01
author: Văn phòng UBND tỉnh
summary: >
  Một trang có nhiều kiểu liên kết,
  để thử vị trí của từng liên kết.
tags:
  - CCHC
  - Liên kết
  - Kiểm tra
indicators: [sipas]
agencies: [so-noi-vu]
---
Mở đầu.

## Xem [chỉ số](/indicators/sipaz/) {#muc-rieng}

| Cột | Liên kết |
|---|---|
| 1 | Đơn vị [trong bảng](/agencies/khong-co/) |

Theo [báo cáo][bc] và <https://example.gov.vn/tu-dong/>.

Sơ đồ: ![Sơ đồ](https://example.gov.vn/files/so-do.svg)

[Đúng](#muc-rieng), [sai](#muc-rien), [tin](/news/dich/#khong-co), [tin đúng](/news/dich/#ket-qua).

```chart
indicator: sipas
type: bar
```

Mẫu giao diện: [lên đầu](#main), [tin khác](/news/dich/#main), [biểu đồ](#chart-sipas-bar).
Chỉ số: [biểu đồ của chỉ số](/indicators/sipas/#chart-sipas-line), [không có](/indicators/sipas/#chart-sipas-lien).
Đơn vị: [đầu trang](/agencies/so-noi-vu/#main), [không có](/agencies/so-noi-vu/#truong-phong).

[bc]: /bao-cao-2020/
";

const OTHER: &str = "---\ntitle: Đích\ndate: 2020-02-02\n---\n## Kết quả\n\nXong.\n";

/// The findings of `check` on the site with [`PAGE`].
fn findings() -> &'static [Diagnostic] {
    static FOUND: OnceLock<Vec<Diagnostic>> = OnceLock::new();
    FOUND.get_or_init(|| {
        let site = Site::minimal();
        site.write("content/news/lien-ket.md", PAGE);
        site.write("content/news/dich.md", OTHER);
        let opts = BuildOptions {
            write: false,
            ..BuildOptions::new(site.root())
        };
        match baocao::check::check(&opts) {
            Err(BuildError::Content(es)) => es,
            Ok(r) => panic!("no errors ({} links checked)", r.links),
            Err(e) => panic!("{e}"),
        }
    })
}

/// `line:col` of the first `needle` in [`PAGE`] (columns in characters).
fn at(needle: &str) -> String {
    let i = PAGE.find(needle).expect(needle);
    let before = &PAGE[..i];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |j| j + 1);
    format!("{line}:{}", PAGE[start..i].chars().count() + 1)
}

/// The one finding about `url`: its position, code and message.
fn finding(url: &str) -> (String, Option<Code>, String) {
    let found: Vec<&Diagnostic> = findings()
        .iter()
        .filter(|d| d.message.contains(&format!("`{url}`")))
        .collect();
    assert_eq!(found.len(), 1, "{url}: {:#?}", findings());
    let d = found[0];
    assert_eq!(d.file.to_str(), Some("content/news/lien-ket.md"));
    (
        format!("{}:{}", d.pos.line, d.pos.col),
        d.code,
        d.message.clone(),
    )
}

#[test]
fn a_link_in_a_heading_is_found_where_it_is_written() {
    let (pos, code, _) = finding("/indicators/sipaz/");
    assert_eq!(pos, at("/indicators/sipaz/"));
    assert_eq!(pos, "17:17", "after 13 lines of front matter");
    assert_eq!(code, Some(Code::LinkToMissingPage));
}

#[test]
fn a_link_in_a_table() {
    let (pos, code, _) = finding("/agencies/khong-co/");
    assert_eq!(pos, at("/agencies/khong-co/"));
    assert_eq!(code, Some(Code::LinkToMissingPage));
}

#[test]
fn a_reference_link_is_found_at_its_definition() {
    let (pos, code, _) = finding("/bao-cao-2020/");
    assert_eq!(pos, at("/bao-cao-2020/"));
    assert_eq!(code, Some(Code::LinkToMissingPage));
}

#[test]
fn an_autolink_under_the_base_url() {
    let (pos, _, message) = finding("https://example.gov.vn/tu-dong/");
    assert_eq!(pos, at("https://example.gov.vn/tu-dong/"));
    assert!(message.starts_with("link to"), "{message}");
}

#[test]
fn an_image_under_the_base_url() {
    let (pos, code, message) = finding("https://example.gov.vn/files/so-do.svg");
    assert_eq!(pos, at("https://example.gov.vn/files/so-do.svg"));
    assert_eq!(code, Some(Code::LinkToMissingFile));
    assert!(message.starts_with("image "), "{message}");
}

#[test]
fn an_anchor_of_this_page_defined_by_an_attribute() {
    // `{#muc-rieng}` is an anchor; `#muc-rien` is not, and the hint names
    // the one that is close.
    let (pos, code, message) = finding("#muc-rien");
    assert_eq!(pos, at("#muc-rien)"));
    assert_eq!(code, Some(Code::LinkToMissingAnchor));
    assert!(message.contains("this page has no heading"), "{message}");
    let d = findings()
        .iter()
        .find(|d| d.message.contains("`#muc-rien`"))
        .unwrap();
    assert_eq!(d.hint.as_deref(), Some("did you mean `muc-rieng`?"));
    assert!(
        !findings()
            .iter()
            .any(|d| d.message.contains("`#muc-rieng`"))
    );
}

#[test]
fn a_page_that_exists_with_an_anchor_that_does_not() {
    let (pos, code, message) = finding("/news/dich/#khong-co");
    assert_eq!(pos, at("/news/dich/#khong-co"));
    assert_eq!(code, Some(Code::LinkToMissingAnchor));
    assert!(
        message.contains("the page `/news/dich/` has no heading"),
        "{message}"
    );
    assert!(!findings().iter().any(|d| d.message.contains("#ket-qua")));
}

/// No finding names `url`.
fn accepted(url: &str) {
    let found: Vec<_> = findings()
        .iter()
        .filter(|d| d.message.contains(&format!("`{url}`")))
        .collect();
    assert!(found.is_empty(), "{url}: {found:#?}");
}

#[test]
fn an_id_the_theme_writes_on_this_page() {
    // `<main id="main">` in base.html, which page.html extends.
    accepted("#main");
}

#[test]
fn an_id_the_theme_writes_on_another_page() {
    accepted("/news/dich/#main");
    accepted("/agencies/so-noi-vu/#main");
}

#[test]
fn the_id_of_a_chart_block_on_this_page() {
    // Only the block on this page has a bar chart of SIPAS: the
    // indicator's page draws a line.
    accepted("#chart-sipas-bar");
}

#[test]
fn an_indicator_page_has_the_ids_of_its_charts() {
    accepted("/indicators/sipas/#chart-sipas-line");
}

#[test]
fn an_indicator_page_without_the_anchor() {
    let (pos, code, message) = finding("/indicators/sipas/#chart-sipas-lien");
    assert_eq!(pos, at("/indicators/sipas/#chart-sipas-lien"));
    assert_eq!(code, Some(Code::LinkToMissingAnchor));
    assert!(
        message.contains("the page `/indicators/sipas/` has no heading"),
        "{message}"
    );
    let d = findings()
        .iter()
        .find(|d| d.message.contains("#chart-sipas-lien"))
        .unwrap();
    assert_eq!(d.hint.as_deref(), Some("did you mean `chart-sipas-line`?"));
}

#[test]
fn an_agency_page_without_the_anchor() {
    let (pos, code, _) = finding("/agencies/so-noi-vu/#truong-phong");
    assert_eq!(pos, at("/agencies/so-noi-vu/#truong-phong"));
    assert_eq!(code, Some(Code::LinkToMissingAnchor));
}

#[test]
fn nothing_else_is_reported() {
    assert_eq!(findings().len(), 9, "{:#?}", findings());
}

/// What `check` reports on `site`.
fn check_site(site: &Site) -> Vec<Diagnostic> {
    let opts = BuildOptions {
        write: false,
        ..BuildOptions::new(site.root())
    };
    match baocao::check::check(&opts) {
        Ok(_) => Vec::new(),
        Err(BuildError::Content(es)) => es,
        Err(e) => panic!("{e}"),
    }
}

/// The ids of the `<title>`s and `<desc>`s of the charts drawn in `html`.
fn drawn_ids(html: &str) -> Vec<String> {
    ["<title id=\"", "<desc id=\""]
        .iter()
        .flat_map(|open| html.split(open).skip(1))
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .collect()
}

/// SIPAS with values of the agency too: its page draws a chart of them.
const SIPAS_OF_AGENCY: &str = "  - { year: 2018, entity: so-noi-vu, value: 80.5 }\n  - { year: 2019, entity: so-noi-vu, value: 82.5 }\n";

const BLOCK_PAGE: &str = "---\ntitle: Biểu đồ\ndate: 2020-03-01\n---\nMở đầu.\n\n```chart\nindicator: sipas\ntype: bar\n```\n";

/// A site whose indicator page, agency page and a news page draw charts,
/// built once to read the ids the drawings wrote, then given a page that
/// links to each of them; and the ids (indicator's, agency's, block's).
fn site_with_chart_links() -> (Site, [Vec<String>; 3]) {
    let site = Site::minimal();
    let sipas = format!("{}{SIPAS_OF_AGENCY}", common::SIPAS);
    site.write("content/data/indicators/sipas.yaml", &sipas);
    site.write("content/news/bieu-do.md", BLOCK_PAGE);
    let out = tempfile::tempdir().unwrap();
    baocao::build(&BuildOptions {
        output: Some(out.path().to_path_buf()),
        ..BuildOptions::new(site.root())
    })
    .expect("the site builds");
    let read = |p: &str| drawn_ids(&std::fs::read_to_string(out.path().join(p)).unwrap());
    let ids = [
        read("indicators/sipas/index.html"),
        read("agencies/so-noi-vu/index.html"),
        read("news/bieu-do/index.html"),
    ];
    let mut links = String::new();
    for (page, ids) in ["/indicators/sipas/", "/agencies/so-noi-vu/", ""]
        .iter()
        .zip(&ids)
    {
        assert!(ids.len() >= 4, "{page}: {ids:?}");
        for id in ids {
            links.push_str(&format!("[x]({page}#{id}) "));
        }
    }
    site.write(
        "content/news/bieu-do.md",
        &format!("{BLOCK_PAGE}\n{links}\n"),
    );
    (site, ids)
}

#[test]
fn the_ids_a_chart_s_drawing_writes_are_anchors_of_its_page() {
    let (site, ids) = site_with_chart_links();
    // Each drawing writes the ids of its `<title>` and `<desc>`, in both
    // layouts; links to all of them, on three kinds of page, are good.
    let broken = "/indicators/sipas/#chart-line-wide-0000000000000000-title";
    site.write(
        "content/news/khac.md",
        &format!("---\ntitle: Khác\ndate: 2020-03-02\n---\n[x]({broken})\n"),
    );
    let found = check_site(&site);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].message.contains(broken), "{found:#?}");
    assert_eq!(found[0].code, Some(Code::LinkToMissingAnchor));
    // Two layouts, a `<title>` and a `<desc>` each, of each chart.
    assert_eq!(ids[2].len(), 4, "{ids:?}");
}

#[test]
fn an_agency_page_has_the_ids_of_its_charts_only() {
    let (site, _) = site_with_chart_links();
    site.write(
        "content/data/agencies/so-tu-phap.yaml",
        "name: Sở Tư pháp\nkind: department\n",
    );
    site.write(
        "content/news/khac.md",
        concat!(
            "---\ntitle: Khác\ndate: 2020-03-02\n---\n",
            "[có](/agencies/so-noi-vu/#chart-sipas-line), ",
            "[không](/agencies/so-noi-vu/#chart-sipas-bar), ",
            "[không vẽ](/agencies/so-tu-phap/#chart-sipas-line).\n",
        ),
    );
    let found = check_site(&site);
    let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(messages[0].contains("`/agencies/so-noi-vu/#chart-sipas-bar`"));
    assert_eq!(
        found[0].hint.as_deref(),
        Some("did you mean `chart-sipas-line`?")
    );
    assert!(messages[1].contains("`/agencies/so-tu-phap/#chart-sipas-line`"));
    assert!(
        found
            .iter()
            .all(|d| d.code == Some(Code::LinkToMissingAnchor))
    );
}

/// A theme's page template with links written whole, good and broken,
/// and links a tag builds, which cannot be judged.
const THEME_PAGE: &str = "{% extends \"base.html\" %}
{% block content %}<h1>{{ page.title }}</h1>
<p><a href=\"/no-such-page/\">Liên hệ</a> · <a href=\"/news/tin-mot/\">Tin</a> · <a href=\"/news/tin-mot/#phan-hai\">Phần hai</a></p>
<p><img src=\"/anh/logo.png\" alt=\"\"> <a href=\"/news/tin-mot/#khong-co\">x</a> <a href=\"https://example.gov.vn/style.css\">css</a></p>
<p><a href=\"{{ page.current_url }}\">a</a> <a href=\"{{ site.urls.home }}khong-co/\">b</a> <a href=\"/khong-co/?p={{ page.title }}\">c</a> <a href=\"#main\">d</a> <a href=\"khong-co/\">e</a></p>
{# <a href=\"/trong-ghi-chu/\"> #}{{ page.content | safe }}{% endblock content %}
";

#[test]
fn a_broken_link_written_whole_in_a_theme_template() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        &format!("{}theme: tinh-a\n", common::SITE_YAML),
    );
    site.write("themes/tinh-a/templates/page.html", THEME_PAGE);
    let found = check_site(&site);
    let at = |needle: &str| {
        let i = THEME_PAGE.find(needle).expect(needle);
        let before = &THEME_PAGE[..i];
        let start = before.rfind('\n').map_or(0, |j| j + 1);
        (
            before.matches('\n').count() + 1,
            THEME_PAGE[start..i].chars().count() + 1,
        )
    };
    let got: Vec<_> = found
        .iter()
        .map(|d| {
            assert_eq!(
                d.file.to_str(),
                Some("themes/tinh-a/templates/page.html"),
                "{d:#?}"
            );
            ((d.pos.line, d.pos.col), d.code)
        })
        .collect();
    assert_eq!(
        got,
        [
            (at("/no-such-page/"), Some(Code::TemplateLinkToMissing)),
            (at("/anh/logo.png"), Some(Code::TemplateLinkToMissing)),
            (
                at("/news/tin-mot/#khong-co"),
                Some(Code::LinkToMissingAnchor)
            ),
        ],
        "{found:#?}"
    );
    assert!(found[0].message.contains("`/no-such-page/`"), "{found:#?}");
    assert!(found[1].message.contains("`src`"), "{found:#?}");
}
