//! What a news reader finds around a page: "Các tin khác" (the pages that
//! share most tags, indicators and agencies, newest first) and archives by
//! year and month, linked from the section.

mod common;

use common::{AGENCY, SIPAS, SITE_YAML, Site, main_of};

/// A page of the news section.
fn news(title: &str, date: &str, extra: &str) -> String {
    format!("---\ntitle: {title}\ndate: {date}\n{extra}---\nĐoạn đầu của {title}.\n")
}

/// The page titles a list shows, in order.
fn titles_in(html: &str, start: &str) -> Vec<String> {
    let at = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} not in {html}"));
    let part = &html[at..];
    let part = &part[..part.find("</ul>").unwrap()];
    part.split("<h3><a href=\"")
        .skip(1)
        .map(|s| s[s.find('>').unwrap() + 1..s.find("</a>").unwrap()].to_string())
        .collect()
}

fn site() -> Site {
    let site = Site::with(&[
        ("content/site.yaml", SITE_YAML),
        ("content/data/indicators/sipas.yaml", SIPAS),
        ("content/data/agencies/so-noi-vu.yaml", AGENCY),
    ]);
    let pages = [
        (
            "a",
            "2020-06-01",
            "tags: [Một cửa, Dịch vụ công]\nindicators: [sipas]\n",
        ),
        // Shares 3 with A, but is old.
        (
            "b",
            "2016-01-01",
            "tags: [Một cửa, Dịch vụ công]\nindicators: [sipas]\n",
        ),
        // Shares 2.
        ("d", "2020-03-01", "tags: [một cửa, dịch vụ công]\n"),
        // Share 1 each.
        ("c", "2020-05-01", "tags: [Một cửa]\n"),
        ("f", "2019-01-01", "tags: [Dịch vụ công]\n"),
        ("g", "2018-01-01", "tags: [MỘT CỬA]\n"),
        (
            "h",
            "2017-01-01",
            "indicators: [sipas]\nagencies: [so-noi-vu]\n",
        ),
        // Shares nothing.
        ("e", "2020-07-01", "tags: [Tinh giản]\n"),
    ];
    for (slug, date, extra) in pages {
        site.write(
            &format!("content/news/{slug}.md"),
            &news(&format!("Tin {}", slug.to_uppercase()), date, extra),
        );
    }
    site
}

#[test]
fn other_news_are_those_sharing_most_newest_first() {
    let site = site();
    site.build();
    let a = site.page("news/a/index.html");
    assert!(a.contains("<h2 id=\"related-h\">Các tin khác</h2>"), "{a}");
    // The five sharing most: B (3, however old), D (2), then of those
    // sharing one the newest, C, F and G (not H, 2017); listed newest
    // first. E shares nothing and is not listed.
    assert_eq!(
        titles_in(main_of(&a), "id=\"related-h\""),
        ["Tin C", "Tin D", "Tin F", "Tin G", "Tin B"]
    );
    // A page sharing nothing lists the newest of its section.
    let e = site.page("news/e/index.html");
    assert_eq!(
        titles_in(main_of(&e), "id=\"related-h\""),
        ["Tin A", "Tin C", "Tin D", "Tin F", "Tin G"]
    );
    // H shares its indicator with A and B, its agency with no one: those
    // two first (newest first), then the newest of the section.
    let h = site.page("news/h/index.html");
    let got = titles_in(main_of(&h), "id=\"related-h\"");
    assert_eq!(got, ["Tin E", "Tin A", "Tin C", "Tin D", "Tin B"]);
    // The section's own page is not an article: it is never listed.
    site.write(
        "content/news/_index.md",
        "---\ntitle: Tin tức\ntags: [Một cửa]\n---\nTin.\n",
    );
    site.build();
    let a = site.page("news/a/index.html");
    assert!(!main_of(&a).contains("<a href=\"/news/\">Tin tức</a></h3>"));
}

#[test]
fn archives_by_year_and_month_are_linked_from_the_section() {
    let site = site();
    site.write("content/site.yaml", &format!("{SITE_YAML}page_size: 2\n"));
    site.write("content/news/x.md", &news("Tin X", "2020-06-20", ""));
    site.build();
    let section = site.page("news/index.html");
    let nav = &section[section.find("<nav class=\"archives\"").unwrap()..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    for link in [
        "<a href=\"/news/2020/\">2020</a>",
        "<a href=\"/news/2020/07/\" title=\"Tháng 7/2020 (1)\">tháng 7</a>",
        "<a href=\"/news/2020/06/\" title=\"Tháng 6/2020 (2)\">tháng 6</a>",
        "<a href=\"/news/2019/01/\" title=\"Tháng 1/2019 (1)\">tháng 1</a>",
        "<a href=\"/news/2017/\">2017</a>",
    ] {
        assert!(nav.contains(link), "{link} in {nav}");
    }
    // Newest year first, newest month first.
    let at = |s: &str| nav.find(s).unwrap();
    assert!(at("/news/2020/") < at("/news/2019/") && at("/news/2019/") < at("/news/2018/"));
    assert!(
        at("/news/2020/07/") < at("/news/2020/06/") && at("/news/2020/06/") < at("/news/2020/05/")
    );

    // A month: its pages, newest first, with the way up to its year.
    let june = site.page("news/2020/06/index.html");
    let main = main_of(&june);
    assert!(main.contains("<h1>Tin tức: tháng 6/2020</h1>"), "{main}");
    assert!(main.contains("<a href=\"/news/2020/\">Năm 2020</a>"));
    let x = main.find(">Tin X</a>").unwrap();
    let a = main.find(">Tin A</a>").unwrap();
    assert!(x < a);
    assert!(!main.contains(">Tin C</a>"));
    assert!(june.contains("<title>Tin tức: tháng 6/2020"));
    // The current month is marked in the archive links.
    assert!(
        main.contains(
            "<a href=\"/news/2020/06/\" title=\"Tháng 6/2020 (2)\" aria-current=\"page\">"
        )
    );
    // A year of five pages, two a page: three pages.
    let y = site.page("news/2020/index.html");
    assert!(main_of(&y).contains("<h1>Tin tức: năm 2020</h1>"));
    assert!(site.out("news/2020/page/3/index.html").is_file());
    assert!(!site.out("news/2020/page/4/index.html").exists());
    let last = site.page("news/2020/page/3/index.html");
    assert!(main_of(&last).contains(">Tin D</a>"), "{last}");
    // Archives are in the sitemap.
    assert!(
        site.page("sitemap.xml")
            .contains("https://example.gov.vn/news/2020/06/")
    );
}

#[test]
fn no_archives_where_they_would_add_nothing_or_take_a_page_address() {
    let site = Site::with(&[
        ("content/site.yaml", SITE_YAML),
        ("content/data/indicators/sipas.yaml", SIPAS),
        ("content/data/agencies/so-noi-vu.yaml", AGENCY),
        ("content/news/a.md", &news("Tin A", "2020-06-01", "")),
        ("content/news/b.md", &news("Tin B", "2020-06-09", "")),
        // A page whose address is an archive's: the page keeps it.
        (
            "content/news/2019.md",
            &news("Tổng kết 2019", "2019-12-30", ""),
        ),
        // A section whose pages are all of one month has no archives.
        ("content/pages/mot.md", &news("Một", "2020-03-01", "")),
        ("content/pages/hai.md", &news("Hai", "2020-03-02", "")),
    ]);
    site.build();
    assert!(main_of(&site.page("news/2019/index.html")).contains("<h1>Tổng kết 2019</h1>"));
    assert!(site.out("news/2019/12/index.html").is_file());
    assert!(site.out("news/2020/06/index.html").is_file());
    assert!(!site.out("pages/2020/index.html").exists());
    assert!(!site.page("pages/index.html").contains("class=\"archives\""));
}
