//! Ranks are spoken one way everywhere: the place as "hạng 35/63", a move
//! as "tăng 3 bậc" (better) or "giảm 3 bậc" (worse), never "35 bậc", never
//! a percentage; in the header, the card, the chart's caption, the method
//! box, the JSON and the feed, in Vietnamese and in English.

mod common;

use common::{Site, main_of};

const PAR: &str = "name: Chỉ số cải cách hành chính\nshort_name: PAR INDEX\nunit: bậc\nkind: rank\ntargets:\n  - { year: 2020, at_most: 30, improve_by: { min: 4, max: 6 } }\nobservations:\n  - { year: 2017, value: 40, of: 63 }\n  - { year: 2018, value: 38, of: 63 }\n  - { year: 2019, value: 35, of: 63 }\n";

fn site(lang: &str) -> Site {
    let s = Site::minimal();
    s.write("content/data/indicators/par-index.yaml", PAR);
    s.write(
        "content/site.yaml",
        &common::SITE_YAML.replace("language: vi", &format!("language: {lang}")),
    );
    s.write(
        "content/news/par.md",
        "---\ntitle: PAR INDEX 2019\ndate: 2020-03-01\nindicators: [par-index]\n---\nKết quả.\n\n```chart\nindicator: par-index\n```\n",
    );
    s.build();
    s
}

/// `needle` is in `hay`; `where_` names the place for the message.
fn has(hay: &str, needle: &str, where_: &str) {
    assert!(hay.contains(needle), "{where_} lacks “{needle}”:\n{hay}");
}

#[test]
fn one_rank_vocabulary_in_every_place() {
    for (lang, place, up, pace, top) in [
        (
            "vi",
            "hạng 35/63",
            "tăng 3 bậc",
            "bình quân mỗi năm tăng 2,5 bậc",
            "vào top 30",
        ),
        (
            "en",
            "rank 35 of 63",
            "up 3 places",
            "the average yearly change was up 2.5 places",
            "in the top 30",
        ),
    ] {
        let s = site(lang);
        let page = s.page("indicators/par-index/index.html");
        let header = &page[page.find("<dl class=\"facts\"").unwrap()..page.find("</dl>").unwrap()];
        has(header, place, "the page's header");
        has(header, up, "the page's header");
        let caption = &page[page.find("<figcaption").unwrap()..page.find("</figcaption>").unwrap()];
        has(caption, place, "the chart's caption");
        has(caption, up, "the chart's caption");
        let method = &page[page.find("<section class=\"target\"").unwrap()..];
        let method = &method[..method.find("</section>").unwrap()];
        has(method, pace, "the method box");
        has(method, top, "the target");
        assert!(
            !method.contains('%'),
            "a rank's pace is not a percentage: {method}"
        );
        let home = s.page("index.html");
        let card = &home[home.find("PAR INDEX").unwrap()..];
        let card = &card[..card.find("</article>").unwrap()];
        has(card, place, "the dashboard card");
        has(card, up, "the dashboard card");
        let json: serde_json::Value =
            serde_json::from_str(&s.page("data/indicators.json")).unwrap();
        let par = json["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == "par-index")
            .unwrap();
        assert_eq!(par["latest"]["text"], place);
        assert_eq!(par["change"]["text"], up);
        has(&s.page("feed.xml"), place, "the feed");
        has(
            &s.page("news/par/index.html"),
            place,
            "the article's chart caption",
        );
        // Nowhere a place in "bậc" units, nowhere a fall called a rise.
        for (file, text) in [("page", &page), ("home", &home)] {
            let main = main_of(text);
            for bad in [
                "35 bậc",
                "38 bậc",
                "40 bậc",
                "giảm 3 bậc",
                "-3 bậc",
                "+3 bậc",
                "35 places",
            ] {
                assert!(!main.contains(bad), "{lang} {file} says “{bad}”");
            }
        }
    }
}

#[test]
fn a_fall_in_the_ranking_is_giam() {
    let s = Site::minimal();
    s.write(
        "content/data/indicators/pci.yaml",
        "name: PCI\nkind: rank\nobservations:\n  - { year: 2021, value: 40, of: 63 }\n  - { year: 2022, value: 51, of: 63 }\n",
    );
    s.build();
    let page = s.page("indicators/pci/index.html");
    has(&page, "hạng 51/63", "the page");
    has(&page, "giảm 11 bậc", "the page");
    assert!(!page.contains("tăng 11 bậc"));
}

#[test]
fn a_place_past_the_number_ranked_and_of_on_a_percent_are_errors() {
    let s = Site::minimal();
    s.write(
        "content/data/indicators/pci.yaml",
        "name: PCI\nkind: rank\nobservations:\n  - { year: 2021, value: 70, of: 63 }\n",
    );
    s.write(
        "content/data/indicators/sipas.yaml",
        &common::SIPAS.replace("value: 83.2 }", "value: 83.2, of: 63 }"),
    );
    let r = s.run(&["build", "--today", "2020-12-31"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    has(
        &r.stderr,
        "content/data/indicators/pci.yaml:4:5: place 70 of 63",
        "stderr",
    );
    has(
        &r.stderr,
        "`of` (how many were ranked) belongs to ranks only",
        "stderr",
    );
}

#[test]
fn a_ranking_of_places_labels_each_one_hang_without_a_unit() {
    let s = site("vi");
    let provinces = [
        ("lao-cai", "Lào Cai"),
        ("ha-giang", "Hà Giang"),
        ("son-la", "Sơn La"),
        ("lai-chau", "Lai Châu"),
        ("dien-bien", "Điện Biên"),
        ("tuyen-quang", "Tuyên Quang"),
        ("phu-tho", "Phú Thọ"),
    ];
    for (id, name) in provinces {
        s.write(
            &format!("content/data/agencies/{id}.yaml"),
            &format!("name: {name}\nkind: province\n"),
        );
    }
    s.write(
        "content/data/indicators/par-tinh.yaml",
        &provinces.iter().enumerate().fold(
            "name: Xếp hạng PAR INDEX các tỉnh\nunit: bậc\nkind: rank\nobservations:\n  - { year: 2018, value: 5 }\n  - { year: 2019, value: 2 }\n".to_string(),
            |yaml, (k, (id, _))| {
                let (before, now) = (k + 1, [1, 3, 4, 5, 6, 7, 8][k]);
                format!("{yaml}  - {{ year: 2018, entity: {id}, value: {before} }}\n  - {{ year: 2019, entity: {id}, value: {now} }}\n")
            },
        ),
    );
    s.write(
        "content/news/xep-hang.md",
        "---\ntitle: Xếp hạng\ndate: 2020-03-02\n---\nTám tỉnh.\n\n```chart\nindicator: par-tinh\ntype: bar\n```\n\nTheo năm.\n\n```chart\nindicator: par-tinh\ncompare: [lao-cai, ha-giang]\n```\n",
    );
    s.build();
    let page = s.page("news/xep-hang/index.html");
    let at = page
        .find("aria-labelledby=\"chart-bar-")
        .expect("a ranking");
    let svg = &page[at..at + page[at..].find("</svg>").unwrap()];
    for place in ["hạng 1<", "hạng 2<", "hạng 3<"] {
        has(svg, place, "the ranking's labels");
    }
    for bad in ["1 bậc", "2 bậc", "3 bậc", "Đơn vị: bậc"] {
        assert!(!svg.contains(bad), "the ranking says “{bad}”");
    }
    // Of eight places a year, a line chart of three draws no middle band
    // of the others (always the middle of the places), nor a median.
    let at = page
        .find("aria-labelledby=\"chart-line-")
        .expect("a line chart");
    let line = &page[at..at + page[at..].find("</figure>").unwrap()];
    assert!(
        !line.contains("Trung vị") && !line.contains("Vùng xám"),
        "{line}"
    );
}
