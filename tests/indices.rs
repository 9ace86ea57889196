//! Indices as they are published: components, a place out of N with its
//! group, a year not published or not ranked, units that end and the
//! units that carry on, computed averages. Each built into a fixture site
//! and read back from the HTML (and the JSON where the data goes out).

mod common;

use common::{SITE_YAML, Site, main_of};

const PAPI: &str = "name: Chỉ số PAPI\nshort_name: PAPI\nunit: điểm\nkind: score\ndecimals: 2\ncomponents_add_up: true\ncomponents:\n  - { id: tham-gia, name: Tham gia ở cơ sở, max: 10 }\n  - { id: dien-tu, name: Quản trị điện tử, max: 10 }\nobservations:\n  - { year: 2022, value: 9, components: { tham-gia: 5, dien-tu: 4 } }\n  - { year: 2023, value: 10.5, group: Trung bình cao, components: { tham-gia: 5.5, dien-tu: 5 } }\n";

const PCI: &str = "name: Hạng PCI\nshort_name: Hạng PCI\nunit: bậc\nkind: rank\nobservations:\n  - { year: 2021, value: 40, of: 63 }\n  - { year: 2022, value: 51, of: 63, group: Khá }\n  - { year: 2023, status: not_published, note: Chỉ công bố top 30 }\n  - { year: 2024, value: 28, of: 63 }\n  - { year: 2025, value: 30, of: 63 }\n";

fn site() -> Site {
    let s = Site::minimal();
    s.write("content/data/indicators/papi.yaml", PAPI);
    s.write("content/data/indicators/pci.yaml", PCI);
    s
}

#[test]
fn components_are_tabled_and_charted() {
    let s = site();
    s.build();
    let page = s.page("indicators/papi/index.html");
    let main = main_of(&page);
    assert!(main.contains("Chỉ số thành phần"), "the components heading");
    // 5,5 of 10 is 55%; the change since 2022 is +0,50.
    assert!(
        main.contains("5,50 / 10<"),
        "a component out of its maximum"
    );
    assert!(main.contains("55,0%"), "its share of the maximum");
    assert!(main.contains("+0,50"), "its change since the year before");
    // The chart of shares: an SVG naming each component.
    let section = &main[main.find("class=\"components\"").unwrap()..];
    assert!(section.contains("<svg"), "the components chart");
    assert!(section.contains("Quản trị điện tử"));
    // The group goes with the value.
    assert!(main.contains("Trung bình cao"));
    // And out with the data.
    let json = std::fs::read_to_string(s.out("data/indicators/papi.json")).unwrap();
    assert!(json.contains("\"group\": \"Trung bình cao\""), "{json}");
    assert!(json.contains("\"tham-gia\": 5.5"), "{json}");
}

#[test]
fn components_are_validated_where_they_are_written() {
    let s = site();
    s.write(
        "content/data/indicators/papi.yaml",
        &PAPI
            .replace("tham-gia: 5.5", "tham-gia: 12")
            .replace("dien-tu: 4 }", "dien-tu: 4, cong-khai: 3 }"),
    );
    let run = s.run(&["build"]);
    assert_ne!(run.code, 0);
    let e = &run.stderr;
    assert!(
        e.contains("E0327") && e.contains("above its maximum 10"),
        "{e}"
    );
    assert!(e.contains("papi.yaml:12:"), "located on the 2023 line: {e}");
    assert!(
        e.contains("E0326") && e.contains("no component `cong-khai`"),
        "{e}"
    );
    // 12 + 5 is not 10.5.
    assert!(e.contains("E0328") && e.contains("add up to 17"), "{e}");
}

#[test]
fn an_unpublished_year_is_a_gap_and_a_word_never_a_zero() {
    let s = site();
    s.build();
    let page = s.page("indicators/pci/index.html");
    let main = main_of(&page);
    // The table says why.
    assert!(main.contains("Không công bố"), "the word in the table");
    assert!(main.contains("Chỉ công bố top 30"), "its note");
    assert!(
        !main.contains(">0/63<") && !main.contains(">0<"),
        "never a zero"
    );
    // The line breaks at 2023: two runs of the series, not one.
    let svg = &main[main.find("<svg").unwrap()..main.find("</svg>").unwrap()];
    assert_eq!(svg.matches("class=\"series\"").count(), 2, "{svg}");
    // Described in words for screen readers.
    assert!(svg.contains("2023 không có giá trị"), "{svg}");
    // A place out of N, with its group.
    assert!(main.contains("51/63"), "the place out of N");
    assert!(main.contains("Khá"), "the group");
    // The CSV keeps the status, and reads back.
    let csv = std::fs::read_to_string(s.out("indicators/pci.csv")).unwrap();
    assert!(csv.contains("not_published"), "{csv}");
    s.remove("content/data/indicators/pci.yaml");
    let yaml = PCI.split("observations:").next().unwrap().to_string();
    s.write("content/data/indicators/pci.yaml", &yaml);
    s.write("content/data/indicators/pci.csv", &csv);
    let again = s.build();
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(main_of(&s.page("indicators/pci/index.html")).contains("Không công bố"));
}

#[test]
fn a_place_out_of_another_number_is_not_compared() {
    let s = site();
    s.write(
        "content/data/indicators/pci.yaml",
        "name: Hạng PCI\nkind: rank\nobservations:\n  - { year: 2024, value: 30, of: 63 }\n  - { year: 2025, value: 12, of: 34 }\n",
    );
    s.build();
    let main = main_of(&s.page("indicators/pci/index.html")).to_string();
    assert!(main.contains("hạng 12/34"), "{main}");
    assert!(main.contains("không so sánh"), "{main}");
    assert!(
        !main.contains("tăng 18 bậc"),
        "a move across different N: {main}"
    );
}

const YEN_BAI: &str = "name: Tỉnh Yên Bái\nshort_name: Yên Bái\nkind: province\nuntil: 2025-06-30\nsuccessors: [lao-cai]\nresponsibilities:\n  - { task: Việc đã xong, due: 2024-12-31, done: 2024-12-01 }\n  - { task: Số hóa hồ sơ lưu trữ, due: 2025-12-31 }\n";
const LAO_CAI: &str =
    "name: Tỉnh Lào Cai\nshort_name: Lào Cai\nkind: province\nformed_from: [yen-bai]\n";

fn merged() -> Site {
    let s = site();
    s.write("content/data/agencies/yen-bai.yaml", YEN_BAI);
    s.write("content/data/agencies/lao-cai.yaml", LAO_CAI);
    s.write(
        "content/data/indicators/par.yaml",
        "name: PAR INDEX\nkind: rank\nobservations:\n  - { year: 2023, value: 30, of: 63 }\n  - { year: 2024, value: 26, of: 63 }\n  - { year: 2025, entity: lao-cai, value: 12, of: 34 }\n",
    );
    s
}

#[test]
fn a_series_ends_and_its_successor_begins() {
    let s = merged();
    let run = s.build_with(&["--today", "2026-01-15"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let main = main_of(&s.page("indicators/par/index.html")).to_string();
    let svg = &main[main.find("<svg").unwrap()..main.find("</svg>").unwrap()];
    assert!(svg.contains("Yên Bái (đến 30/6/2025)"), "{svg}");
    assert!(svg.contains("Lào Cai (từ 1/7/2025)"), "{svg}");
    assert!(
        main.contains("hạng 12/34"),
        "the successor's value beside the unit's"
    );
}

#[test]
fn an_open_duty_moves_to_the_successor() {
    let s = merged();
    s.build_with(&["--today", "2026-01-15"]);
    let old = main_of(&s.page("agencies/yen-bai/index.html")).to_string();
    assert!(old.contains("kết thúc hoạt động ngày 30/06/2025"), "{old}");
    assert!(old.contains("Đã chuyển cho Tỉnh Lào Cai"), "{old}");
    assert_eq!(
        old.matches("Đã chuyển cho").count(),
        1,
        "the done duty stays done"
    );
    let new = main_of(&s.page("agencies/lao-cai/index.html")).to_string();
    assert!(new.contains("Nhiệm vụ tiếp nhận từ đơn vị cũ"), "{new}");
    assert!(new.contains("Số hóa hồ sơ lưu trữ"), "{new}");
    assert!(new.contains("Hình thành từ"), "{new}");
    // Lists keep former units apart.
    let list = main_of(&s.page("agencies/index.html")).to_string();
    let former = &list[list.find("id=\"former\"").expect("a list of former units")..];
    assert!(former.contains("Tỉnh Yên Bái"));
    assert!(!list[..list.find("id=\"former\"").unwrap()].contains(">Tỉnh Yên Bái<"));
}

#[test]
fn lineage_errors_are_located() {
    let s = merged();
    s.write(
        "content/data/agencies/yen-bai.yaml",
        &YEN_BAI.replace("[lao-cai]", "[lao-kai]"),
    );
    s.write(
        "content/data/indicators/par.yaml",
        "name: PAR INDEX\nkind: rank\nobservations:\n  - { year: 2026, value: 20, of: 34 }\n",
    );
    let run = s.run(&["build"]);
    let e = &run.stderr;
    assert!(
        e.contains("yen-bai.yaml:5:") && e.contains("`lao-kai`"),
        "{e}"
    );
    assert!(e.contains("did you mean `lao-cai`"), "{e}");
    assert!(e.contains("E0332") && e.contains("par.yaml:4:"), "{e}");
    s.write(
        "content/data/agencies/yen-bai.yaml",
        "name: Tỉnh Yên Bái\nkind: province\nsuccessors: [lao-cai]\n",
    );
    s.write(
        "content/data/agencies/lao-cai.yaml",
        "name: Tỉnh Lào Cai\nkind: province\nuntil: 2026-01-01\nsuccessors: [yen-bai]\n",
    );
    let e = s.run(&["build"]).stderr;
    assert!(e.contains("E0330"), "successors without until: {e}");
    assert!(
        e.contains("E0331") && e.contains("lead back"),
        "a cycle: {e}"
    );
}

#[test]
fn averages_are_computed_and_marked() {
    let s = Site::with(&[
        (
            "content/site.yaml",
            &format!(
                "{SITE_YAML}regions:\n  - {{ id: tay-bac, name: Tây Bắc, members: [yen-bai, lao-cai] }}\n"
            ),
        ),
        (
            "content/data/agencies/yen-bai.yaml",
            "name: Tỉnh Yên Bái\nkind: province\n",
        ),
        (
            "content/data/agencies/lao-cai.yaml",
            "name: Tỉnh Lào Cai\nkind: province\n",
        ),
        (
            "content/data/agencies/ha-noi.yaml",
            "name: Thành phố Hà Nội\nkind: province\n",
        ),
        (
            "content/data/indicators/sipas.yaml",
            "name: SIPAS\nunit: \"%\"\nkind: percent\nobservations:\n  - { year: 2020, value: 80 }\n  - { year: 2020, entity: lao-cai, value: 84 }\n  - { year: 2020, entity: ha-noi, value: 91 }\n  - { year: 2021, value: 82 }\n  - { year: 2021, entity: lao-cai, value: 86 }\n  - { year: 2021, entity: ha-noi, value: 92 }\n",
        ),
    ]);
    let run = s.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let main = main_of(&s.page("indicators/sipas/index.html")).to_string();
    // The nation: (80 + 84 + 91) / 3 = 85; the region: (80 + 84) / 2 = 82.
    let table = &main[main.find("class=\"values").unwrap()..];
    assert!(table.contains("Bình quân cả nước"), "{table}");
    assert!(table.contains("85,00%"), "{table}");
    assert!(
        table.contains("Bình quân Tây Bắc") && table.contains("82,00%"),
        "{table}"
    );
    assert!(table.contains("tính từ số liệu"), "marked as computed");
    // Drawn as reference lines in the chart.
    let svg = &main[main.find("<svg").unwrap()..main.find("</svg>").unwrap()];
    assert!(svg.contains("Bình quân cả nước"), "{svg}");
    // An unknown member is a located error.
    s.write(
        "content/site.yaml",
        &format!("{SITE_YAML}regions:\n  - {{ id: tay-bac, name: Tây Bắc, members: [yen-bai, lao-kai] }}\n"),
    );
    let e = s.run(&["build"]).stderr;
    assert!(e.contains("site.yaml:6:") && e.contains("`lao-kai`"), "{e}");
}
