//! Charts as a reader gets them: inline accessible SVG with a summary and
//! the data, standalone SVG files, PNG cards for sharing.

mod common;

use common::Site;

/// The charts of a page (not the theme's icons, not sparklines).
fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = common::main_of(html);
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
            "<figcaption>PAR INDEX của Yên Bái năm 2019 đạt hạng 35, tăng 3 bậc so với năm 2018"
        ),
        "{page}"
    );
    assert!(
        page.contains("<details class=\"chart-data\">")
            && page.contains("<caption>PAR INDEX (hạng)</caption>")
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
    // Two builds into two empty folders.
    let site = Site::minimal();
    let (a, b) = (site.build_fresh(), site.build_fresh());
    for f in [
        "indicators/sipas/line.svg",
        "indicators/sipas/card.png",
        "indicators/sipas/index.html",
    ] {
        assert!(a.contains_key(f), "{f} is built");
        assert!(a[f] == b[f], "{f} differs between two builds");
    }
}

/// A province's site with nine other provinces as agencies, all with four
/// years of an indicator: enough entities that a line chart must choose.
fn ten_provinces() -> Site {
    let site = Site::minimal();
    let names = [
        "Bắc Kạn",
        "Bắc Giang",
        "Lào Cai",
        "Hà Giang",
        "Tuyên Quang",
        "Phú Thọ",
        "Sơn La",
        "Lai Châu",
        "Điện Biên",
    ];
    let mut obs = String::new();
    for (k, name) in names.iter().enumerate() {
        let id = format!("p{k}");
        site.write(
            &format!("content/data/agencies/{id}.yaml"),
            &format!("name: Ủy ban nhân dân tỉnh {name}\nkind: province\n"),
        );
        for y in 2017..=2020 {
            let v = 70.0 + k as f64 * 2.0 + (y - 2017) as f64;
            obs.push_str(&format!("  - {{ year: {y}, entity: {id}, value: {v} }}\n"));
        }
    }
    for (y, v) in [(2017, 75.5), (2018, 76.5), (2019, 77.0), (2020, 80.5)] {
        obs.push_str(&format!("  - {{ year: {y}, value: {v} }}\n"));
    }
    site.write(
        "content/data/indicators/cs.yaml",
        &format!(
            "name: Chỉ số thử\nshort_name: CS\nunit: \"%\"\nkind: percent\nobservations:\n{obs}"
        ),
    );
    site
}

/// The `<desc>` of the first chart of `kind` on a page.
fn desc_of<'a>(page: &'a str, kind: &str) -> &'a str {
    let svg = svgs(page)
        .into_iter()
        .find(|s| s.contains(&format!("baocao-chart-{kind} ")))
        .unwrap_or_else(|| panic!("no {kind} chart"));
    let a = svg.find("<desc").unwrap();
    let a = a + svg[a..].find('>').unwrap() + 1;
    &svg[a..a + svg[a..].find("</desc>").unwrap()]
}

#[test]
fn many_entities_default_to_best_worst_and_median() {
    let site = ten_provinces();
    site.build();
    let page = site.page("indicators/cs/index.html");
    let desc = desc_of(&page, "line");
    // Home, the best (Điện Biên, p8) and the worst (Bắc Kạn, p0) of 2020,
    // the median, and the band of all ten: not the first few by id.
    assert!(desc.starts_with("Yên Bái: 2017"), "{desc}");
    assert!(
        desc.contains("Ủy ban nhân dân tỉnh Điện Biên: 2017"),
        "{desc}"
    );
    assert!(
        desc.contains("Ủy ban nhân dân tỉnh Bắc Kạn: 2017"),
        "{desc}"
    );
    assert!(desc.contains("Trung vị (10)"), "{desc}");
    assert!(
        desc.contains("Vùng xám: nửa ở giữa của 10 tỉnh, thành phố"),
        "{desc}"
    );
    assert!(!desc.contains("Bắc Giang"), "{desc}");
    let svg = svgs(&page)[0];
    assert!(svg.matches("class=\"series\"").count() <= 6);
    // Labels without the administrative prefix; full names in the table.
    assert!(svg.contains(">Điện Biên</text>") && !svg.contains(">Ủy ban nhân dân"));
    assert!(page.contains("Ủy ban nhân dân tỉnh Điện Biên</a>"));
    // Every province in the ranking, home highlighted, its place in the caption.
    // 2019: six did better (hạng 7); 2020: five (hạng 6), a better place.
    assert!(
        page.contains("<figcaption>Yên Bái: hạng 6/10 năm 2020, tăng 1 bậc so với năm 2019."),
        "{page}"
    );
}

#[test]
fn compare_lists_choose_the_peers() {
    let site = ten_provinces();
    site.write(
        "content/site.yaml",
        &format!("{}compare: [p2, p3]\n", common::SITE_YAML),
    );
    site.build();
    let desc = desc_of(&site.page("indicators/cs/index.html"), "line").to_string();
    assert!(
        desc.contains("Lào Cai") && desc.contains("Hà Giang"),
        "{desc}"
    );
    assert!(
        !desc.contains("Điện Biên") && !desc.contains("Trung vị"),
        "{desc}"
    );
    assert!(desc.contains("Vùng xám"), "the others as a band");

    // The indicator's list replaces the site's; a block's replaces both.
    let ind = site.page("indicators/cs/index.html");
    let _ = ind;
    let text =
        std::fs::read_to_string(site.root().join("content/data/indicators/cs.yaml")).unwrap();
    site.write(
        "content/data/indicators/cs.yaml",
        &text.replace("kind: percent\n", "kind: percent\ncompare: [p5]\n"),
    );
    site.write(
        "content/news/so-sanh.md",
        "---\ntitle: So sánh\n---\n```chart\nindicator: cs\ncompare: [p6, p7]\n```\n",
    );
    site.build();
    let desc = desc_of(&site.page("indicators/cs/index.html"), "line").to_string();
    assert!(
        desc.contains("Phú Thọ") && !desc.contains("Lào Cai"),
        "{desc}"
    );
    let desc = desc_of(&site.page("news/so-sanh/index.html"), "line").to_string();
    assert!(
        desc.contains("Sơn La") && desc.contains("Lai Châu"),
        "{desc}"
    );
    assert!(desc.starts_with("Yên Bái"), "home first: {desc}");
    assert!(!desc.contains("Phú Thọ"), "{desc}");
}

#[test]
fn a_block_for_every_entity_is_a_ranking_that_says_why() {
    let site = ten_provinces();
    site.write(
        "content/news/tat-ca.md",
        "---\ntitle: Tất cả\n---\n```chart\nindicator: cs\n```\n\n```chart\nindicator: cs\nentities: [p0, p1, p2, p3, p4, p5, p6]\n```\n\n```chart\nindicator: cs\nentities: [p0, p1]\n```\n",
    );
    site.build();
    let page = site.page("news/tat-ca/index.html");
    let kinds: Vec<&str> = svgs(&page)
        .iter()
        .map(|s| {
            s.split("baocao-chart-")
                .nth(1)
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(kinds, ["bar", "bar", "bar", "bar", "line", "line"]);
    assert!(page.contains("<figcaption>Xếp hạng 10 tỉnh, thành phố năm 2020: vẽ 10 đường trên một biểu đồ thì không đọc được (biểu đồ đường vẽ tối đa 6 đường). Yên Bái: hạng 6/10 năm 2020"), "{page}");
    assert!(page.contains(
        "<figcaption>Xếp hạng 7 tỉnh, thành phố năm 2020: biểu đồ đường chỉ vẽ tối đa 6 đường."
    ));
}

#[test]
fn short_names_label_charts_and_one_value_is_a_number() {
    let site = Site::minimal();
    site.write(
        "content/data/agencies/so-noi-vu.yaml",
        "name: Sở Nội vụ tỉnh Yên Bái\nshort_name: SNV\nkind: department\n",
    );
    site.write(
        "content/data/indicators/sipas.yaml",
        &format!(
            "{}  - {{ year: 2019, entity: so-noi-vu, value: 80 }}\n",
            common::SIPAS
        ),
    );
    site.write(
        "content/data/indicators/mot.yaml",
        "name: Một giá trị\nunit: \"%\"\nkind: percent\nobservations:\n  - { year: 2019, value: 6.12 }\n",
    );
    site.build();
    let page = site.page("indicators/sipas/index.html");
    assert!(page.contains(">SNV</text>"), "short name in the chart");
    assert!(desc_of(&page, "line").contains("Sở Nội vụ tỉnh Yên Bái: 2019"));
    let one = site.page("indicators/mot/index.html");
    let charts = svgs(&one);
    assert_eq!(charts.len(), 2);
    assert!(
        charts
            .iter()
            .all(|s| s.contains("baocao-chart-stat ") && !s.contains("<polyline"))
    );
    assert!(charts[0].contains(">6,12%</text>"));
    assert!(site.out("indicators/mot/stat.svg").is_file());
}

#[test]
fn cards_carry_sparklines_and_the_font_ships_under_the_csp() {
    let site = Site::minimal();
    site.build();
    for p in ["index.html", "indicators/index.html"] {
        let html = site.page(p);
        let spark = html.find("<svg class=\"spark\"").expect("a sparkline");
        assert!(html[spark..].starts_with("<svg class=\"spark\" viewBox"));
        assert!(html[spark..spark + 200].contains("aria-hidden=\"true\""));
        assert!(html.contains("83,20%"), "the value beside it, as text");
        assert!(html.contains("font-src &#39;self&#39;"), "{p}: CSP");
    }
    let css = site.page("style.css");
    assert!(css.contains("@font-face { font-family: \"Baocao Sans\"; font-weight: 400"));
    for f in [
        "fonts/noto-sans-vi-regular.woff2",
        "fonts/noto-sans-vi-bold.woff2",
        "fonts/OFL.txt",
    ] {
        assert!(site.out(f).is_file(), "{f}");
    }
    let page = site.page("indicators/sipas/index.html");
    assert!(svgs(&page)[0].contains("font-family=\"'Baocao Sans', "));
}
