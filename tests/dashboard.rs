//! The dashboard: the status strip counts targets by status, the counts
//! add up, match the pills on the cards and the pages they link to; cards
//! come in their groups, worst first; the overdue box stays short.

mod common;

use std::collections::BTreeMap;

use common::Site;

const KEYS: [&str; 6] = [
    "missed",
    "at_risk",
    "no_data",
    "on_track",
    "achieved",
    "no_target",
];

/// The strip's counts, by status key.
fn strip(html: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for part in html.split("class=\"strip-item strip-").skip(1) {
        let key = part.split('"').next().unwrap().to_string();
        let count = part
            .split("<span class=\"strip-count\">")
            .nth(1)
            .and_then(|s| s.split('<').next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        out.insert(key, count);
    }
    out
}

/// How many pills on the page speak for one target, by status key.
fn pills(html: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for part in html.split("data-target-status=\"").skip(1) {
        let key = part.split('"').next().unwrap().to_string();
        *out.entry(key).or_insert(0) += 1;
    }
    out
}

fn check_counts(site: &Site) -> BTreeMap<String, usize> {
    let home = site.page("index.html");
    let counts = strip(&home);
    assert_eq!(
        counts.keys().cloned().collect::<Vec<_>>().len(),
        6,
        "{counts:?}"
    );
    let on_cards = pills(common::main_of(&home));
    for key in KEYS {
        let n = counts[key];
        assert_eq!(
            on_cards.get(key).copied().unwrap_or(0),
            n,
            "{key}: strip {counts:?}, pills {on_cards:?}"
        );
        let listed = site.page(&format!("indicators/status/{key}/index.html"));
        let rows = common::main_of(&listed)
            .matches("<th scope=\"row\">")
            .count();
        assert_eq!(rows, n, "{key}: the strip says {n}, its page lists {rows}");
    }
    counts
}

#[test]
fn the_strip_counts_targets_and_adds_up_to_the_cards() {
    let site = Site::minimal();
    // Two targets (one achieved, one missed), and an indicator without one.
    site.write(
        "content/data/indicators/par-index.yaml",
        "name: Chỉ số cải cách hành chính\nshort_name: PAR INDEX\nkind: rank\ntargets:\n  - { year: 2019, at_most: 40 }\n  - { year: 2019, at_most: 30 }\nobservations:\n  - { year: 2018, value: 38 }\n  - { year: 2019, value: 35 }\n",
    );
    site.write(
        "content/data/indicators/giam-ngheo.yaml",
        "name: Tỷ lệ giảm nghèo\nunit: \"%\"\nkind: percent\nobservations:\n  - { year: 2019, value: 6.1 }\n",
    );
    site.write(
        "content/site.yaml",
        &format!(
            "{}groups:\n  - {{ name: Chỉ số tổng hợp, indicators: [par-index, sipas] }}\n",
            common::SITE_YAML
        ),
    );
    site.build();
    let counts = check_counts(&site);
    let total: usize = counts.values().sum();
    // SIPAS: 1 target; PAR INDEX: 2; poverty: none.
    assert_eq!(total, 4, "{counts:?}");
    assert_eq!(counts["achieved"], 1);
    assert_eq!(counts["missed"], 1);
    assert_eq!(counts["no_target"], 1);
    let home = site.page("index.html");
    assert!(
        home.contains("3 mục tiêu của 3 chỉ số; 1 chỉ số chưa đặt mục tiêu"),
        "{home}"
    );
    // The group comes first, the rest after; worst first inside a group:
    // PAR INDEX (missed) before SIPAS (on track).
    let at = |s: &str| home.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(at("Chỉ số tổng hợp") < at(">PAR INDEX<"));
    assert!(at(">PAR INDEX<") < at(">SIPAS<"));
    assert!(at(">SIPAS<") < at("Chỉ số khác"));
    assert!(at("Chỉ số khác") < at("Tỷ lệ giảm nghèo"));
}

#[test]
fn a_group_naming_an_unknown_indicator_is_a_located_error() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        &format!(
            "{}groups:\n  - {{ name: A, indicators: [sipas, sipsa] }}\n  - {{ name: B, indicators: [sipas] }}\n",
            common::SITE_YAML
        ),
    );
    let r = site.run(&["build", "--today", "2020-12-31"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("content/site.yaml:6:36: no indicator has the id `sipsa`"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("help: did you mean `sipas`?"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("content/site.yaml:7:29: the indicator `sipas` is already in the group “A”"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_national_dashboard_adds_up_and_its_overdue_box_stays_short() {
    let scale = common::corpus::Scale {
        news: 20,
        ..Default::default()
    };
    let site = common::corpus_site(&scale, 3);
    site.build();
    check_counts(&site);
    let home = site.page("index.html");
    let overdue = &home[home
        .find("id=\"overdue-h\"")
        .expect("the corpus has overdue tasks")..];
    let overdue = &overdue[..overdue.find("</section>").unwrap()];
    assert!(overdue.matches("<li>").count() <= 8, "{overdue}");
    assert!(overdue.contains("/agencies/by/overdue/"), "{overdue}");
    // Who is late comes right after the targets' tally, before the
    // indicators' cards: on a phone, twenty cards are thousands of
    // pixels.
    let (tally, late, cards) = (
        home.find("id=\"strip-h\"").unwrap(),
        home.find("id=\"overdue-h\"").unwrap(),
        home.find("<div class=\"cards\">").unwrap(),
    );
    assert!(tally < late && late < cards, "{tally} {late} {cards}");
}

#[test]
fn a_target_whose_year_is_long_past_without_a_value_is_not_on_track() {
    // SIPAS: above 92 in 2020, values for 2018 and 2019 only.
    let site = Site::minimal();
    let status = |site: &Site| {
        let page = site.page("indicators/sipas/index.html");
        let at = page.find("<h2>Mục tiêu</h2>").unwrap();
        let key = &page[at + page[at..].find("class=\"status status-").unwrap() + 21..];
        (key[..key.find('"').unwrap()].to_string(), page)
    };
    site.build_with(&["--today", "2021-12-31"]);
    let (paced, page) = status(&site);
    assert!(paced == "at_risk" || paced == "on_track", "{paced}");
    assert!(!page.contains("Đã qua hạn có số liệu năm 2020"));
    // A year after the target year: the 2020 figure is due and missing.
    site.build_with(&["--today", "2022-01-01"]);
    let (lapsed, page) = status(&site);
    assert_eq!(lapsed, "no_data");
    assert!(page.contains("Đã qua hạn có số liệu năm 2020 mà chưa có"));
    // The header's status names the year it is about.
    assert!(page.contains("<span class=\"muted\">mục tiêu 2020</span>"));
    let home = site.page("index.html");
    assert!(
        home.contains("Tình trạng tính đến ngày 01/01/2022"),
        "the day statuses are judged on"
    );
    // With `due_months: 6` the figure is due by 30 June 2021.
    let sipas = common::SIPAS;
    site.write(
        "content/data/indicators/sipas.yaml",
        &sipas.replace("kind: percent\n", "kind: percent\ndue_months: 6\n"),
    );
    site.build_with(&["--today", "2021-07-01"]);
    assert_eq!(status(&site).0, "no_data");
    site.build_with(&["--today", "2021-06-30"]);
    assert_ne!(status(&site).0, "no_data");
}

#[test]
fn a_target_is_shown_with_its_year_its_label_too() {
    let site = Site::minimal();
    site.write(
        "content/data/indicators/sipas.yaml",
        &common::SIPAS.replace(
            "{ year: 2020, above: 92 }",
            "{ year: 2020, above: 92, label: Trên 92% }\n  - { year: 2021, above: 93, label: Trên 93% trước 30/6/2021 }",
        ),
    );
    site.build_with(&["--today", "2021-01-01"]);
    let home = site.page("index.html");
    // A card's target says its year: a 2022 rank beside "Đạt" must not
    // read as the latest year's verdict.
    assert!(
        home.contains("Mục tiêu 2020: Trên 92%"),
        "the year before a label"
    );
    assert!(
        home.contains("Mục tiêu Trên 93% trước 30/6/2021"),
        "not twice when the label says it"
    );
    let page = site.page("indicators/sipas/index.html");
    assert!(page.contains("<h3>2020: Trên 92% "), "the target's heading");
    // Two targets: the header gives each its year and status, not only
    // the worst of them.
    let header = &page[page
        .find("<dd class=\"target-statuses\">")
        .expect("per target")..];
    let header = &header[..header.find("</dd>").unwrap()];
    for year in ["2020", "2021"] {
        let at = header.find(&format!("{year}:</span>")).expect(year);
        assert!(header[at..].contains("class=\"status status-"), "{header}");
    }
    // A change says what it is measured against, not "(cải thiện, 2018)".
    for html in [&home, &page] {
        assert!(html.contains("<span class=\"muted\">(cải thiện so với năm 2018)</span>"));
    }
}
