//! What readers' tools expect: lists, tags, feed, sitemap, search index,
//! downloads, languages.

mod common;

use std::fs;

use common::{Site, main_of};

fn corpus_site(news: usize) -> Site {
    let scale = common::corpus::Scale {
        provinces: 5,
        years: 4,
        agencies_per_province: 3,
        news,
        indicators: 3,
        ..Default::default()
    };
    common::corpus_site(&scale, 11)
}

#[test]
fn three_hundred_news_pages_feed_sitemap_tags_search() {
    let site = corpus_site(300);
    site.build();
    // Feed: valid Atom XML with the 20 newest pages, absolute URLs.
    let feed = site.page("feed.xml");
    let doc = roxmltree::Document::parse(&feed).expect("feed is XML");
    let entries: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), 20);
    let first_link = entries[0]
        .descendants()
        .find(|n| n.has_tag_name("link"))
        .unwrap()
        .attribute("href")
        .unwrap();
    assert!(
        first_link.starts_with("https://cchc.example.gov.vn/news/"),
        "{first_link}"
    );
    // The newest page of the corpus is the last generated (dates increase with n).
    let newest = entries[0]
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .unwrap()
        .text()
        .unwrap();
    assert_eq!(newest, "Bản tin cải cách hành chính số 299");
    assert!(
        entries
            .iter()
            .all(|e| e.descendants().any(|n| n.has_tag_name("updated")))
    );
    assert!(
        site.page("index.html")
            .contains("type=\"application/atom+xml\"")
    );

    // Sitemap: every page, absolute URLs.
    let sitemap = site.page("sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).expect("sitemap is XML");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        locs.iter()
            .all(|l| l.starts_with("https://cchc.example.gov.vn/"))
    );
    for n in [0, 150, 299] {
        let u = format!("https://cchc.example.gov.vn/news/ban-tin-{n:05}/");
        assert!(locs.contains(&u.as_str()), "sitemap lacks {u}");
    }
    assert!(
        site.page("robots.txt")
            .contains("Sitemap: https://cchc.example.gov.vn/sitemap.xml")
    );

    // Lists paginate: 300 pages at 10 a page.
    assert!(site.out("news/page/30/index.html").is_file());
    assert!(!site.out("news/page/31/index.html").exists());
    let p2 = site.page("news/page/2/index.html");
    assert!(
        p2.contains("rel=\"prev\" href=\"/news/\"")
            && p2.contains("rel=\"next\" href=\"/news/page/3/\"")
    );
    // Ten entries (the archive links below them are not entries).
    let entries = main_of(&p2)
        .split("<nav class=\"archives\"")
        .next()
        .unwrap();
    assert_eq!(entries.matches("<li>").count(), 10);

    // Tags: an index with counts and paginated tag pages.
    let tags = site.page("tags/index.html");
    assert!(
        tags.contains("href=\"/tags/hanh-chinh-cong/\""),
        "Vietnamese tags get ASCII slugs"
    );
    let cchc = fs::read_dir(site.out("tags/cchc/page")).unwrap().count();
    assert!(
        cchc >= 2,
        "the CCHC tag has more than 10 pages and paginates"
    );

    // Search index: every page.
    let idx: serde_json::Value = serde_json::from_str(&site.page("search-index.json")).unwrap();
    let urls: Vec<&str> = idx["pages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["url"].as_str())
        .collect();
    for n in 0..300 {
        assert!(
            urls.contains(&format!("/news/ban-tin-{n:05}/").as_str()),
            "search index lacks page {n}"
        );
    }
    assert!(site.page("search/index.html").contains("search.js"));
}

#[test]
fn csv_has_one_row_per_observation_and_json_has_statuses() {
    let site = Site::minimal();
    site.build();
    let bytes = fs::read(site.out("indicators/sipas.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows[0], "year,entity,entity_name,value,unit,note");
    assert_eq!(rows.len(), 1 + 2, "one row per observation");
    assert!(rows[2].starts_with("2019,yen-bai,Yên Bái,83.2,%"));
    let v: serde_json::Value = serde_json::from_str(&site.page("data/indicators.json")).unwrap();
    assert_eq!(v["indicators"][0]["id"], "sipas");
    assert_eq!(v["indicators"][0]["status"], "at_risk");
    // The index links each indicator's own file, which has every value
    // and each entity's status.
    assert!(v["indicators"][0].get("observations").is_none());
    assert_eq!(
        v["indicators"][0]["data"],
        "https://example.gov.vn/data/indicators/sipas.json"
    );
    let one: serde_json::Value =
        serde_json::from_str(&site.page("data/indicators/sipas.json")).unwrap();
    assert_eq!(
        one["indicator"]["targets"][0]["by_entity"]["yen-bai"],
        "at_risk"
    );
    assert_eq!(
        one["indicator"]["observations"].as_array().unwrap().len(),
        2
    );
    assert!(
        site.page("indicators/sipas/index.html")
            .contains("href=\"/indicators/sipas.csv\"")
    );
}

#[test]
fn tags_that_slug_the_same_are_one_tag() {
    let site = Site::minimal();
    site.write(
        "content/news/a.md",
        "---\ntitle: A\ndate: 2020-02-01\ntags: [Hành chính công]\n---\nA\n",
    );
    site.write(
        "content/news/b.md",
        "---\ntitle: B\ndate: 2020-02-02\ntags: [hành  chính công]\n---\nB\n",
    );
    site.build();
    let tag = site.page("tags/hanh-chinh-cong/index.html");
    assert!(tag.contains("href=\"/news/a/\"") && tag.contains("href=\"/news/b/\""));
    let tags = site.page("tags/index.html");
    assert_eq!(tags.matches("/tags/hanh-chinh-cong/").count(), 1);
}

#[test]
fn english_site_uses_english_strings_and_formats() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        &common::SITE_YAML.replace("language: vi", "language: en"),
    );
    site.build();
    let home = site.page("index.html");
    assert!(home.contains("<html lang=\"en\">"));
    assert!(home.contains("83.20%"), "English decimal point");
    assert!(home.contains("At risk"));
    assert!(home.contains("Indicators"));
    let news = site.page("news/tin-mot/index.html");
    assert!(news.contains("10 Jan 2020"), "English dates");
    let agency = site.page("agencies/so-noi-vu/index.html");
    assert!(agency.contains("Done on time"));
}

#[test]
fn every_page_carries_csp_canonical_and_sharing_tags() {
    let site = Site::minimal();
    site.build();
    for f in [
        "index.html",
        "news/tin-mot/index.html",
        "indicators/sipas/index.html",
        "tags/index.html",
    ] {
        let html = site.page(f);
        // Attribute values are HTML-escaped; browsers read &#39; as '.
        assert!(
            html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;self&#39;; script-src &#39;self&#39;;"),
            "{f}"
        );
        assert!(
            html.contains("<link rel=\"canonical\" href=\"https://example.gov.vn/"),
            "{f}"
        );
        assert!(
            html.contains("property=\"og:title\"") && html.contains("name=\"twitter:card\""),
            "{f}"
        );
        assert!(!html.contains("<script>"), "{f}: no inline scripts (CSP)");
    }
}

#[test]
fn long_pages_get_a_table_of_contents_and_breadcrumbs() {
    let site = Site::minimal();
    site.write(
        "content/news/dai.md",
        "---\ntitle: Dài\ndate: 2020-05-01\n---\n## Một\n\nA\n\n## Hai\n\nB\n\n### Ba\n\nC\n",
    );
    site.build();
    let page = site.page("news/dai/index.html");
    assert!(
        page.contains("class=\"toc\"")
            && page.contains("href=\"#mot\"")
            && page.contains("href=\"#ba\"")
    );
    assert!(page.contains("class=\"crumbs\""));
}

#[test]
fn a_site_overrides_ui_strings_in_its_theme() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        &format!("{}theme: rieng\n", common::SITE_YAML),
    );
    site.write(
        "themes/rieng/i18n/vi.yaml",
        "dashboard: Trang chủ\nstatus_at_risk: Cần đẩy nhanh\n",
    );
    site.build();
    let home = site.page("index.html");
    assert!(home.contains("Cần đẩy nhanh"), "overridden string");
    assert!(home.contains("Chỉ số"), "the others stay built-in");
    assert!(
        site.page("news/tin-mot/index.html")
            .contains(">Trang chủ</a>")
    );
}

/// Every sort by name follows the Vietnamese alphabet: the agency list,
/// the tags, the rows of a table.
#[test]
fn names_sort_in_vietnamese_order() {
    let site = Site::minimal();
    let provinces = [
        ("binh-dinh", "Bình Định"),
        ("bac-lieu", "Bạc Liêu"),
        ("hung-yen", "Hưng Yên"),
        ("binh-phuoc", "Bình Phước"),
        ("bac-giang", "Bắc Giang"),
        ("ha-giang", "Hà Giang"),
        ("ben-tre", "Bến Tre"),
        ("hai-phong", "Hải Phòng"),
        ("binh-duong", "Bình Dương"),
    ];
    let mut obs = String::new();
    for (id, name) in provinces {
        site.write(
            &format!("content/data/agencies/{id}.yaml"),
            &format!("name: {name}\nkind: province\n"),
        );
        obs.push_str(&format!("  - {{ year: 2019, entity: {id}, value: 80 }}\n"));
    }
    site.write(
        "content/data/indicators/sipas.yaml",
        &format!("{}{obs}", common::SIPAS),
    );
    let tags: Vec<&str> = provinces.iter().map(|(_, n)| *n).collect();
    site.write(
        "content/news/tin-mot.md",
        &common::NEWS.replace("tags: [CCHC]", &format!("tags: [{}]", tags.join(", "))),
    );
    site.build();
    let want = [
        "Bạc Liêu",
        "Bắc Giang",
        "Bến Tre",
        "Bình Dương",
        "Bình Định",
        "Bình Phước",
        "Hà Giang",
        "Hải Phòng",
        "Hưng Yên",
    ];
    let order_in = |html: &str| -> Vec<&str> {
        let mut found: Vec<(usize, &str)> = want
            .iter()
            .map(|n| {
                (
                    html.find(&format!(">{n}<"))
                        .unwrap_or_else(|| panic!("{n} missing")),
                    *n,
                )
            })
            .collect();
        found.sort();
        found.into_iter().map(|(_, n)| n).collect()
    };
    assert_eq!(order_in(&site.page("agencies/by/name/index.html")), want);
    assert_eq!(order_in(&site.page("tags/index.html")), want);
    let table = site.page("indicators/sipas/index.html");
    // The page's table of values (the charts' own tables show what they draw).
    let table = &table[table.find("Số liệu theo năm").unwrap()..];
    assert_eq!(order_in(table), want);
}

/// Each entity's target status is its own, whatever order names sort in
/// (ids and names in opposite orders here).
#[test]
fn statuses_follow_their_entities_when_names_sort_differently() {
    let site = Site::minimal();
    site.write(
        "content/data/agencies/a-huyen.yaml",
        "name: Ủy ban nhân dân huyện Yên Bình\nkind: district\n",
    );
    site.write(
        "content/data/agencies/b-huyen.yaml",
        "name: Ủy ban nhân dân huyện An Lạc\nkind: district\n",
    );
    site.write(
        "content/data/indicators/ty-le.yaml",
        "name: Tỷ lệ\nunit: \"%\"\nkind: percent\ntargets:\n  - { year: 2020, at_least: 50 }\nobservations:\n  - { year: 2020, entity: a-huyen, value: 90 }\n  - { year: 2020, entity: b-huyen, value: 10 }\n",
    );
    site.build();
    let page = site.page("indicators/ty-le/index.html");
    let row = |name: &str| {
        let at = page
            .find(&format!("<th scope=\"row\">{name}</th>"))
            .unwrap();
        page[at..at + 400].to_string()
    };
    assert!(row("Ủy ban nhân dân huyện Yên Bình").contains("status-achieved"));
    assert!(row("Ủy ban nhân dân huyện An Lạc").contains("status-missed"));
    let one: serde_json::Value =
        serde_json::from_str(&site.page("data/indicators/ty-le.json")).unwrap();
    assert_eq!(
        one["indicator"]["targets"][0]["by_entity"]["a-huyen"],
        "achieved"
    );
    assert_eq!(
        one["indicator"]["targets"][0]["by_entity"]["b-huyen"],
        "missed"
    );
}
