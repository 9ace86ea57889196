//! Content full of script payloads, in every place a user writes: none of
//! them reaches a page in executable form.

mod common;

use common::{Site, snapshot};

const XSS: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>";

fn hostile_site() -> Site {
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\\\""));
    Site::with(&[
        (
            "content/site.yaml",
            &format!(
                "title: {}\nbase_url: https://example.gov.vn/\ndescription: {}\nregion: {{ id: yen-bai, name: {} }}\nmenu:\n  - {{ title: {}, url: \"javascript:alert(3)\" }}\nmarkdown: {{ embed_hosts: [www.youtube.com] }}\n",
                q(XSS),
                q(XSS),
                q(XSS),
                q(XSS)
            ),
        ),
        (
            "content/data/agencies/so-noi-vu.yaml",
            &format!(
                "name: {}\nkind: department\nhead: {{ name: {}, title: {} }}\nresponsibilities:\n  - {{ task: {}, due: 2020-06-30, note: {}, indicators: [sipas] }}\n",
                q(XSS),
                q(XSS),
                q(XSS),
                q(XSS),
                q(XSS)
            ),
        ),
        (
            "content/data/indicators/sipas.yaml",
            &format!(
                "name: {}\nshort_name: {}\nunit: {}\nkind: percent\nsource: {}\nowner: so-noi-vu\ndescription: \"{}\\n\\n## Mục {{onmouseover=alert(15)}}\"\ntargets:\n  - {{ year: 2020, above: 92, label: {} }}\nobservations:\n  - {{ year: 2018, value: 81.1, note: {} }}\n  - {{ year: 2019, value: 83.2 }}\n  - {{ year: 2019, entity: so-noi-vu, value: 80 }}\n",
                q(XSS),
                q(XSS),
                q("<b>%</b>"),
                q(XSS),
                XSS.replace('"', "\\\""),
                q(XSS),
                q(XSS)
            ),
        ),
        (
            "content/news/_index.md",
            &format!(
                "---\ntitle: {}\n---\n{XSS}\n\n## Mục {{onmouseover=alert(11) #id .lop}}\n",
                q(XSS)
            ),
        ),
        // No raw HTML at all: the sanitiser has no reason to run, so only
        // safe-by-construction rendering protects this page.
        (
            "content/news/tieu-de.md",
            "---\ntitle: Tiêu đề\n---\n## Mục {onmouseover=alert(12)}\n\n### Khác {#x onclick=\"alert(13)\" .a style=x}\n\n#### Lớp {.\"onfocus=alert(14)\" autofocus}\n",
        ),
        (
            "content/news/tin.md",
            &format!(
                "---\ntitle: {t}\ndate: 2020-01-10\nauthor: {t}\nsummary: {t}\ntags: [{t}, \"<svg onload=alert(4)>\"]\nindicators: [sipas]\nagencies: [so-noi-vu]\n---\n{XSS}\n\n[a](javascript:alert(5)) [b](JaVaScRiPt:alert(6)) <a href=\"javascript:alert(7)\">c</a> <a href=\"data:text/html,<script>alert(8)</script>\">d</a>\n\n<iframe src=\"https://evil.example/\"></iframe> <iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n\n<div onclick=\"alert(9)\" style=\"background:url(javascript:alert(10))\">x</div>\n\n```chart\nindicator: sipas\n```\n",
                t = q(XSS)
            ),
        ),
    ])
}

/// Executable forms a browser would run: script elements (but the site's
/// own search script), event-handler attributes, script URLs, frames from
/// hosts not allowed. Text is escaped (`&lt;`), so every `<` starts a tag.
fn executable(html: &str) -> Vec<String> {
    let lower = html.to_lowercase();
    let mut found = Vec::new();
    for part in lower.split('<').skip(1) {
        let tag = &part[..part.find('>').unwrap_or(part.len())];
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        let own = ["src=\"/search.js\"", "src=\"/print.js\""];
        if name == "script" && !own.iter().any(|s| tag.contains(s)) {
            found.push(format!("<{tag}>"));
        }
        for (attr, value) in attributes(&tag[name.len()..]) {
            let url_attr = matches!(
                attr.as_str(),
                "href" | "src" | "action" | "formaction" | "xlink:href"
            );
            let v = value.trim_start();
            let bad = attr.starts_with("on")
                || (url_attr
                    && (v.starts_with("javascript:")
                        || v.starts_with("data:")
                        || v.starts_with("vbscript:")))
                || (name == "iframe"
                    && attr == "src"
                    && !v.starts_with("https://www.youtube.com/"));
            if bad {
                found.push(format!("<{tag}>"));
            }
        }
    }
    found
}

/// `name="value"` pairs of a tag's attributes, quotes respected.
fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' {
            i += 1;
        }
        let name = s[start..i].to_string();
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                i = vs;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
                value = s[vs..i].to_string();
                i += 1;
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = s[vs..i].to_string();
            }
        }
        if !name.is_empty() {
            out.push((name, value));
        }
    }
    out
}

#[test]
fn no_payload_reaches_any_page_in_executable_form() {
    let site = hostile_site();
    site.build();
    let mut pages = 0;
    for (rel, bytes) in snapshot(&site.root().join("output")) {
        // Data (JSON, CSV) holds the payloads as text, and images and the
        // theme's own files hold none; everything else is scanned, so a
        // new kind of file is scanned until it is listed here.
        let data = [".json", ".csv", ".png", ".css", ".js", ".woff2"];
        if data.iter().any(|e| rel.ends_with(e)) || rel.starts_with(".baocao-") {
            continue;
        }
        pages += 1;
        let text = String::from_utf8(bytes).unwrap();
        let bad = executable(&text);
        assert!(bad.is_empty(), "{rel} carries {bad:?}");
    }
    assert!(pages > 10);
    let news = site.page("news/tin/index.html");
    assert!(
        news.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the title is shown, as text"
    );
    assert!(news.contains("youtube.com/embed/x"), "allowed embeds stay");
    // Heading attributes: ids slugged, safe classes kept, the rest dropped.
    let plain = site.page("news/tieu-de/index.html");
    assert!(plain.contains("<h2 id=\"muc\">"), "{plain}");
    assert!(plain.contains("<h3 id=\"x\" class=\"a\">"), "{plain}");
    assert!(
        !plain.contains("autofocus") && !plain.contains("style=\"x"),
        "{plain}"
    );
    assert!(
        site.page("news/index.html")
            .contains("id=\"id\" class=\"lop\"")
    );
    let feed = site.page("feed.xml");
    let doc = roxmltree::Document::parse(&feed).expect("the feed stays well-formed");
    // The HTML a feed reader renders from <content type="html">.
    let contents: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("content"))
        .filter_map(|n| n.text())
        .collect();
    assert!(!contents.is_empty(), "the news page cites an indicator");
    for html in contents {
        let bad = executable(html);
        assert!(bad.is_empty(), "a feed reader would run {bad:?}");
    }
    roxmltree::Document::parse(&site.page("sitemap.xml")).expect("the sitemap stays well-formed");
    // JSON downloads hold the text as data, escaped as JSON.
    let json: serde_json::Value = serde_json::from_str(&site.page("data/indicators.json")).unwrap();
    assert_eq!(json["indicators"][0]["name"], XSS);
}

#[test]
fn raw_html_can_be_allowed_by_the_site() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        &format!("{}markdown: {{ raw_html: allow }}\n", common::SITE_YAML),
    );
    site.write(
        "content/news/raw.md",
        "---\ntitle: Raw\n---\n<div class=\"khung\" data-x=\"1\">giữ nguyên</div>\n",
    );
    site.build();
    assert!(
        site.page("news/raw/index.html")
            .contains("<div class=\"khung\" data-x=\"1\">giữ nguyên</div>")
    );
    // The default sanitises the same page.
    site.write("content/site.yaml", common::SITE_YAML);
    site.build();
    assert!(!site.page("news/raw/index.html").contains("data-x"));
}

#[test]
fn the_detector_itself_finds_what_it_looks_for() {
    assert!(!executable("<a href=\"javascript:alert(1)\">x</a>").is_empty());
    assert!(!executable("<img src=x onerror=alert(1)>").is_empty());
    assert!(!executable("<script>alert(1)</script>").is_empty());
    assert!(!executable("<iframe src=\"https://evil.example/\"></iframe>").is_empty());
    assert!(executable("<p title=\"onerror=x\">&lt;script&gt; javascript:x</p>").is_empty());
    assert!(executable("<script src=\"/search.js\" defer></script>").is_empty());
}

/// Text that imitates the placeholder a chart block leaves while a page is
/// rendered (the private-use character, as such or as an entity) never
/// moves or copies the chart.
#[test]
fn text_cannot_pass_for_a_chart_placeholder() {
    let site = Site::minimal();
    site.write(
        "content/news/gia.md",
        "---\ntitle: Giả\n---\nĐẦU \u{E000}baocao-block-0\u{E000} &#xE000;baocao-block-0&#xE000;\n\n<p>\u{E000}baocao-block-0\u{E000}</p>\n\nGIỮA\n\n```chart\nindicator: sipas\n```\n\nCUỐI\n",
    );
    site.build();
    let page = site.page("news/gia/index.html");
    let html = common::main_of(&page);
    assert_eq!(
        html.matches("<svg").count(),
        2,
        "one chart, wide and narrow: {html}"
    );
    let (mid, svg, end) = (
        html.find("GIỮA").unwrap(),
        html.find("<svg").unwrap(),
        html.find("CUỐI").unwrap(),
    );
    assert!(
        mid < svg && svg < end,
        "the chart stays where its block was"
    );
}

/// Inputs that used to take time growing with the square of their size
/// (27 s for 20,000 equal headings, 12 s for 300 KB of nested `<div>`),
/// and pages at the size limit built of what parsers find hardest: each
/// builds (or fails with its error) well within 10 s, even in a debug
/// build.
#[test]
fn hard_pages_up_to_the_size_limit_build_in_linear_time() {
    let limit = baocao::load::files::MAX_PAGE_BYTES as usize - 64;
    let fill = |unit: &str| unit.repeat(limit / unit.len());
    let nested = |depth: usize| format!("{}x{}\n\n", "<div>".repeat(depth), "</div>".repeat(depth));
    let cases: Vec<(&str, String, i32)> = vec![
        ("20,000 equal headings", "## Mục\n\n".repeat(20_000), 0),
        ("300 KB of nested divs", nested(30_000), 1),
        (
            "nested divs as deep as allowed, to the limit",
            fill(&nested(99)),
            0,
        ),
        ("brackets to the limit", fill("["), 0),
        ("block quotes to the limit", fill(">"), 0),
        ("emphasis to the limit", fill("*a"), 0),
    ];
    for (name, body, code) in cases {
        let site = Site::minimal();
        site.write(
            "content/news/kho.md",
            &format!("---\ntitle: Khó\n---\n{body}"),
        );
        let start = std::time::Instant::now();
        let r = site.run(&["build", "--today", "2020-12-31"]);
        let took = start.elapsed();
        assert_eq!(r.code, code, "{name}: {}", r.stderr);
        assert!(took.as_secs_f64() < 10.0, "{name} took {took:?}");
        eprintln!("{name}: {took:?}");
    }
}
