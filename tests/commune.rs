//! Commune scale at a size a test can build: 6 provinces × 30 communes
//! (180 units, past the 100 at which an indicator's page stops listing
//! every unit), commune data as CSV. The full scale (34 provinces, 3,332
//! communes, 50 indicators) is in `benches/compare.sh`, which checks the
//! same budgets.

mod common;

use std::fs;

use common::{Site, snapshot};

/// No HTML page may be larger than this, however many units the site has.
const HTML_BUDGET: usize = 500 * 1024;
/// Nor any JSON file.
const JSON_BUDGET: usize = 10 * 1024 * 1024;

/// Indicator `id`'s entry in `data/indicators.json`.
fn index_entry<'a>(index: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    index["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in the index"))
}

fn commune_site() -> Site {
    let scale = common::corpus::Scale {
        provinces: 6,
        years: 5,
        agencies_per_province: 2,
        news: 12,
        indicators: 2,
        communes_per_province: 30,
        commune_indicators: 4,
        csv: true,
    };
    common::corpus_site(&scale, 11)
}

#[test]
fn a_commune_site_builds_into_pages_a_phone_can_open() {
    let site = commune_site();
    site.build();
    let files = snapshot(&site.root().join("output"));

    // Budgets.
    for (name, bytes) in &files {
        if name.ends_with(".html") {
            assert!(bytes.len() <= HTML_BUDGET, "{name}: {} bytes", bytes.len());
        }
        if name.ends_with(".json") {
            assert!(bytes.len() <= JSON_BUDGET, "{name}: {} bytes", bytes.len());
        }
    }

    // The indicator's page: the spread, the top and bottom ten, a line per
    // province; not a row per commune.
    let page = site.page("indicators/xa-01/index.html");
    let communes_linked = page.matches("href=\"/agencies/tinh-").count();
    assert!(
        communes_linked <= 20 + 6 + 2,
        "{communes_linked} unit links on the indicator page"
    );
    assert!(page.contains("class=\"spread\""), "the distribution");
    assert!(page.contains("10 đơn vị dẫn đầu") && page.contains("10 đơn vị cuối bảng"));
    assert!(page.contains("180 đơn vị có số liệu năm 2020"), "counted");
    // Units tied with the last of the top ten, or the first of the bottom
    // ten, are counted under the list, not silently dropped.
    let mut tied_lines = 0;
    for k in 1..=4 {
        let id = format!("xa-{k:02}");
        let json: serde_json::Value =
            serde_json::from_slice(&files[&format!("data/indicators/{id}.json")]).unwrap();
        assert_eq!(json["indicator"]["direction"], "higher_is_better");
        let mut latest: Vec<f64> = json["indicator"]["observations"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["year"] == 2020)
            .filter_map(|o| o["value"].as_f64())
            .collect();
        latest.sort_by(|a, b| b.total_cmp(a));
        let n = latest.len();
        let html = site.page(&format!("indicators/{id}/index.html"));
        for edge in [9, n - 10] {
            let hidden = latest[10..n - 10].iter().filter(|&&v| v == latest[edge]);
            let place = latest.iter().position(|&v| v == latest[edge]).unwrap() + 1;
            let line = format!("cũng hạng {place}/{n}</p>");
            match hidden.count() {
                0 => assert!(!html.contains(&line), "{id}: {line}"),
                more => {
                    tied_lines += 1;
                    assert!(
                        html.contains(&format!("và {more} đơn vị khác {line}")),
                        "{id}"
                    );
                }
            }
        }
    }
    assert!(tied_lines > 0, "the corpus has ties at an edge");
    let mut at = Vec::new();
    for p in 1..=6 {
        let link = format!("href=\"/indicators/xa-01/tinh-{p:02}/\"");
        at.push((page.find(&link).expect("each province linked"), p));
    }
    // Listed in the reader's order of names, not of files.
    at.sort();
    let names: Vec<String> = at
        .iter()
        .map(|(k, _)| {
            let rest = &page[*k..];
            let start = rest.find('>').unwrap() + 1;
            rest[start..start + rest[start..].find('<').unwrap()].to_string()
        })
        .collect();
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| baocao::collate::compare_agencies(baocao::config::Language::Vi, a, b));
    assert_eq!(names, sorted);

    // Each province's page ranks its own 30 communes, and only them.
    let sub = site.page("indicators/xa-01/tinh-02/index.html");
    let ranked = &sub[sub.find("<table class=\"list stack ranked\"").unwrap()..];
    let ranked = &ranked[..ranked.find("</table>").unwrap()];
    assert_eq!(ranked.matches("<tr><td class=\"num\"").count(), 30);
    assert_eq!(ranked.matches("href=\"/agencies/tinh-02-x").count(), 30);
    assert!(
        !ranked.contains("/agencies/tinh-01-x"),
        "only its own communes"
    );
    assert!(ranked.contains(">1/30<"), "places among the province's 30");
    // Each row shows whether the commune meets the target, as the
    // indicator's JSON judges it.
    let one: serde_json::Value =
        serde_json::from_slice(&files["data/indicators/xa-01.json"]).unwrap();
    let targets = one["indicator"]["targets"].as_array().unwrap();
    assert_eq!(targets.len(), 1, "the corpus gives one target");
    let rows: Vec<&str> = ranked.split("<tr>").skip(2).collect();
    assert_eq!(rows.len(), 30);
    for row in rows {
        let entity = &row[row.find("/agencies/").unwrap() + 10..];
        let entity = &entity[..entity.find('/').unwrap()];
        let status = &row[row.find("class=\"status status-").expect(row) + 21..];
        let status = &status[..status.find('"').unwrap()];
        assert_eq!(status, targets[0]["by_entity"][entity], "{entity}");
    }

    // A commune's page: one table of its indicators, with its place in
    // its province, not a chart each.
    let commune = site.page("agencies/tinh-03-x007/index.html");
    let table = &commune[commune
        .find("<table class=\"list stack observed\"")
        .unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    assert_eq!(table.matches("<tr><th scope=\"row\">").count(), 4);
    assert!(
        table.contains("hạng ") && table.contains("/30"),
        "place in the province"
    );
    assert!(!commune.contains("<figure"), "no full charts");
    assert!(
        commune.contains("<p class=\"muted\">Chưa được giao nhiệm vụ nào.</p>"),
        "no duties, said in words"
    );
    // No score to explain: the explanation is folded, the table comes
    // first on a phone; a unit with a score shows how it was made.
    assert!(commune.contains("<details class=\"how\"><summary>"));
    let (table_at, reporting_at) = (
        commune
            .find("<table class=\"list stack observed\"")
            .unwrap(),
        commune.find("<ul class=\"reporting\">").unwrap(),
    );
    assert!(table_at < reporting_at, "the indicators' table first");
    let scored = site.page("agencies/tinh-03/index.html");
    assert!(scored.contains("/100</span>"), "the province has a score");
    assert!(scored.contains("<details class=\"how\" open><summary>"));
    // Its thirty communes, none with a task, by name only: not thirty
    // rows of dashes and zeros.
    let idle = &scored[scored
        .find("30 đơn vị chưa được giao nhiệm vụ:")
        .expect("counted")..];
    let idle = &idle[..idle.find("</ul>").unwrap()];
    assert_eq!(
        idle.matches("<li><a href=\"/agencies/tinh-03-x").count(),
        30
    );
    let rows = &scored[scored.find("id=\"children\"").unwrap()..];
    let rows = &rows[..rows.find("<ul class=\"names\">").unwrap()];
    assert!(!rows.contains("/agencies/tinh-03-x"), "no commune as a row");

    // JSON: an index, and one file per indicator with every value.
    let index: serde_json::Value = serde_json::from_slice(&files["data/indicators.json"]).unwrap();
    let entry = index_entry(&index, "xa-01");
    assert!(entry.get("observations").is_none());
    assert_eq!(entry["entities"], 180);
    let one: serde_json::Value =
        serde_json::from_slice(&files["data/indicators/xa-01.json"]).unwrap();
    assert_eq!(
        one["indicator"]["observations"].as_array().unwrap().len(),
        180 * 5
    );

    // The reporting and agency lists stay within the budget (above) and
    // name every province's page.
    let reporting = site.page("agencies/reporting/index.html");
    assert!(reporting.contains("Tình hình báo cáo số liệu"));
    // Who reported everything: a list, folded under its count.
    let complete = &reporting[reporting
        .find("<details class=\"names-fold\"><summary>Xem ")
        .expect("folded")..];
    let complete = &complete[..complete.find("</details>").unwrap()];
    let listed = complete.matches("<li><a href=\"/agencies/").count();
    assert!(listed > 12);
    assert!(complete.contains(&format!("<summary>Xem {listed} cơ quan</summary>")));

    // Two builds into two different empty folders are byte-identical.
    let other = tempfile::tempdir().unwrap();
    let out = other.path().join("elsewhere");
    site.build_with(&["--output", out.to_str().unwrap()]);
    let site_files = |m: &std::collections::BTreeMap<String, Vec<u8>>| {
        let mut m = m.clone();
        m.retain(|k, _| !k.starts_with(".baocao-"));
        m
    };
    let (a, b) = (site_files(&files), site_files(&snapshot(&out)));
    let differ: Vec<&String> = a.keys().filter(|k| a.get(*k) != b.get(*k)).collect();
    assert!(
        differ.is_empty() && a.len() == b.len(),
        "two builds differ: {differ:?}"
    );
}

#[test]
fn a_published_csv_builds_again_as_input() {
    let site = commune_site();
    site.build();
    // Replace the commune CSV with the one baocao published for it.
    let published = fs::read(site.out("indicators/xa-02.csv")).unwrap();
    let before = site.page("indicators/xa-02/tinh-04/index.html");
    site.write_bytes("content/data/indicators/xa-02.csv", &published);
    site.build();
    assert_eq!(site.page("indicators/xa-02/tinh-04/index.html"), before);
}

#[test]
fn a_split_reporting_page_gives_its_verdict_first() {
    // Past 400 agencies the reporting list has a page per parent; its
    // top page says first how many units, under how many parents, are
    // missing figures.
    let scale = common::corpus::Scale {
        provinces: 14,
        years: 3,
        agencies_per_province: 1,
        news: 2,
        indicators: 1,
        communes_per_province: 30,
        commune_indicators: 1,
        csv: true,
    };
    let site = common::corpus_site(&scale, 5);
    let verdict = |page: &str| {
        let at = page
            .find("<p class=\"verdict\"><strong>")
            .expect("a verdict")
            + 27;
        let end = at + page[at..].find("</strong>").unwrap();
        assert!(end < page.find("<table").unwrap(), "before the table");
        page[at..end].to_string()
    };
    site.build();
    let page = site.page("agencies/reporting/index.html");
    assert_eq!(verdict(&page), "Mọi đơn vị trực thuộc đã có đủ số liệu.");
    // Nobody late: the table of zeros by parent is folded away.
    let fold = "<details class=\"names-fold\"><summary>Xem 14 cơ quan</summary>\n<table";
    assert!(page.contains(fold), "folded when all is in");
    // Five communes of one province and three of another leave out the
    // latest year: eight units under two parents are missing figures.
    let csv = site.root().join("content/data/indicators/xa-01.csv");
    let text = fs::read_to_string(&csv).unwrap();
    let last = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1))
        .max()
        .unwrap()
        .to_string();
    let late: Vec<String> = (1..=5)
        .map(|k| format!("tinh-01-x{k:03}"))
        .chain((1..=3).map(|k| format!("tinh-02-x{k:03}")))
        .collect();
    let kept: String = text
        .lines()
        .filter(|l| {
            let mut f = l.split(',');
            let (e, y) = (f.next().unwrap(), f.next().unwrap_or(""));
            !(y == last && late.iter().any(|id| id == e))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(text.lines().count() - kept.lines().count(), 8);
    fs::write(&csv, kept).unwrap();
    site.build();
    let page = site.page("agencies/reporting/index.html");
    assert_eq!(
        verdict(&page),
        "8 đơn vị trực thuộc, ở 2 cơ quan cấp trên, còn thiếu số liệu; \
         bảng dưới đây dẫn tới trang của từng cơ quan."
    );
    assert!(!page.contains(fold), "open when some are late");
}

#[test]
fn the_units_median_speaks_when_neither_region_nor_owner_has_a_value() {
    // The corpus's commune indicators are owned by the region's own
    // committee, which has no value of them: no one commune speaks for
    // the indicator, the median of them all does.
    let site = commune_site();
    let yaml = fs::read_to_string(site.root().join("content/data/indicators/xa-01.yaml")).unwrap();
    assert!(yaml.contains("{ year: 2020, at_least: 95 }"), "{yaml}");
    site.build();
    let csv = fs::read_to_string(site.root().join("content/data/indicators/xa-01.csv")).unwrap();
    let median_of = |year: &str| {
        let mut v: Vec<f64> = csv
            .lines()
            .skip(1)
            .map(|l| l.split(',').collect::<Vec<_>>())
            .filter(|f| f[1] == year)
            .map(|f| f[2].parse().unwrap())
            .collect();
        v.sort_by(f64::total_cmp);
        let n = v.len();
        (
            if n % 2 == 1 {
                v[n / 2]
            } else {
                (v[n / 2 - 1] + v[n / 2]) / 2.0
            },
            n,
        )
    };
    let (median, n) = median_of("2020");
    let (before, _) = median_of("2019");
    let vi = |v: f64| format!("{v:.2}").replace('.', ",");

    let index: serde_json::Value =
        serde_json::from_slice(&fs::read(site.out("data/indicators.json")).unwrap()).unwrap();
    let entry = index_entry(&index, "xa-01");
    assert_eq!(entry["entity"], serde_json::Value::Null, "no one unit");
    assert_eq!(entry["median_of"], n);
    assert_eq!(entry["latest"]["text"], format!("{}%", vi(median)));
    let status = if median >= 95.0 { "achieved" } else { "missed" };
    assert_eq!(entry["status"], status);
    let change = median - before;
    let sign = if change > 0.0 {
        "+"
    } else if change < 0.0 {
        "-"
    } else {
        ""
    };
    assert_eq!(
        entry["change"]["text"],
        format!("{sign}{} điểm %", vi(change.abs()))
    );

    // How many communes reach the target, as each is judged.
    let one: serde_json::Value =
        serde_json::from_slice(&fs::read(site.out("data/indicators/xa-01.json")).unwrap()).unwrap();
    let by_entity = one["indicator"]["targets"][0]["by_entity"]
        .as_object()
        .unwrap();
    assert_eq!(by_entity.len(), n);
    let reached = by_entity.values().filter(|s| *s == "achieved").count();
    let count = format!("{reached}/{n} đơn vị đạt");

    // The page's header and the dashboard's card say whose value it is.
    let page = site.page("indicators/xa-01/index.html");
    assert!(
        page.contains(&format!(
            "{}% <span class=\"muted\">(2020, trung vị của {n} đơn vị)</span>",
            vi(median)
        )),
        "the header names the median"
    );
    assert!(page.contains(&count), "{count} in the header");
    let home = site.page("index.html");
    let card = &home[home.find("href=\"/indicators/xa-01/\"").unwrap()..];
    let card = &card[..card.find("</article>").unwrap()];
    assert!(card.contains(&format!("trung vị của {n} đơn vị")));
    assert!(card.contains(&count), "{count} on the card");
    assert!(
        !card.contains("Ủy ban nhân dân xã"),
        "no one commune's name"
    );
    // The list of indicators says so too, beside the value.
    let list = site.page("indicators/index.html");
    let row = &list[list.find("href=\"/indicators/xa-01/\"").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains(&format!("trung vị của {n} đơn vị")), "{row}");
    assert!(row.contains(&count), "{row}");
}
