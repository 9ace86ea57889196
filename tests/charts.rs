//! Charts as a reader gets them: inline accessible SVG with a summary and
//! the data, standalone SVG files, PNG cards for sharing.

mod common;

use common::Site;

/// Every chart `<svg>…</svg>` in an HTML page (not sparklines).
fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(a) = rest.find("<svg") {
        let b = a + rest[a..].find("</svg>").expect("closed svg") + "</svg>".len();
        if !rest[a..b].starts_with("<svg class=\"spark\"") {
            out.push(&rest[a..b]);
        }
        rest = &rest[b..];
    }
    out
}

#[test]
fn indicator_pages_carry_accessible_svg_charts() {
    let site = Site::minimal();
    site.write(
        "content/data/indicators/par-index.yaml",
        "name: Chỉ số cải cách hành chính\nshort_name: PAR INDEX\nunit: bậc\nkind: rank\ntargets:\n  - { year: 2020, at_most: 30 }\nobservations:\n  - { year: 2017, value: 40 }\n  - { year: 2018, value: 38 }\n  - { year: 2019, value: 35 }\n  - { year: 2019, entity: so-noi-vu, value: 20 }\n",
    );
    site.build();
    let page = site.page("indicators/par-index/index.html");
    let charts = svgs(&page);
    assert_eq!(
        charts.len(),
        4,
        "a line chart and, with two entities in 2019, a ranking; each wide and narrow"
    );
    for svg in &charts {
        let doc = roxmltree::Document::parse(svg).expect("inline SVG is XML");
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"));
        let labelled = root.attribute("aria-labelledby").expect("accessible name");
        let title = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(labelled))
            .expect("title element");
        assert!(title.text().unwrap().contains("PAR INDEX"));
        assert!(
            root.attribute("viewBox").is_some() && root.attribute("width") != Some("640"),
            "responsive"
        );
    }
    // The text alternative and the data beside the chart.
    assert!(
        page.contains(
            "<figcaption>PAR INDEX của Yên Bái năm 2019 đạt 35 bậc, tăng 3 bậc so với năm 2018"
        ),
        "{page}"
    );
    assert!(
        page.contains("<details class=\"chart-data\">")
            && page.contains("<caption>PAR INDEX (bậc)</caption>")
    );
    // Ranks read the right way: the chart says rank 1 is at the top.
    assert!(charts[0].contains("Hạng 1 ở trên cùng"));
    // Standalone files to embed, and the sharing card.
    let line = site.page("indicators/par-index/line.svg");
    roxmltree::Document::parse(&line).expect("standalone SVG is XML");
    let png = std::fs::read(site.out("indicators/par-index/card.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1200);
    assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 630);
    assert!(page.contains("<meta property=\"og:image\" content=\"https://example.gov.vn/indicators/par-index/card.png\">"));
}

#[test]
fn chart_block_in_markdown_becomes_svg() {
    let site = Site::minimal();
    site.write(
        "content/news/bieu-do.md",
        "---\ntitle: Biểu đồ\nindicators: [sipas]\n---\nTrước.\n\n```chart\nindicator: sipas\ntype: progress\n```\n",
    );
    site.build();
    let page = site.page("news/bieu-do/index.html");
    let charts = svgs(&page);
    assert_eq!(charts.len(), 2, "wide and narrow");
    roxmltree::Document::parse(charts[0]).expect("XML");
    assert!(charts[0].contains("baocao-chart-progress"));
    assert!(
        page.contains("og:image\" content=\"https://example.gov.vn/indicators/sipas/card.png\""),
        "pages citing an indicator share its card"
    );
}

#[test]
fn hostile_names_stay_inert_inside_svg() {
    let site = Site::minimal();
    site.write(
        "content/data/agencies/so-noi-vu.yaml",
        "name: \"<script>alert(1)</script> & <b>Sở</b>\"\nkind: department\n",
    );
    site.write(
        "content/data/indicators/sipas.yaml",
        "name: \"<img src=x onerror=alert(1)>\"\nshort_name: \"</title><script>x()</script>\"\nunit: \"%\"\nkind: percent\nobservations:\n  - { year: 2018, value: 81.1 }\n  - { year: 2019, value: 83.2 }\n  - { year: 2019, entity: so-noi-vu, value: 80 }\n",
    );
    site.build();
    let page = site.page("indicators/sipas/index.html");
    assert!(!page.contains("<script>"), "no script tag survives");
    assert!(!page.contains("<img src=x"), "no raw img");
    for svg in svgs(&page) {
        roxmltree::Document::parse(svg).expect("still well-formed XML");
    }
    assert!(page.contains("&lt;script&gt;"));
}

#[test]
fn charts_are_byte_deterministic() {
    let site = Site::minimal();
    site.build();
    let a = (
        site.page("indicators/sipas/line.svg"),
        std::fs::read(site.out("indicators/sipas/card.png")).unwrap(),
    );
    site.build();
    let b = (
        site.page("indicators/sipas/line.svg"),
        std::fs::read(site.out("indicators/sipas/card.png")).unwrap(),
    );
    assert!(a == b);
}
