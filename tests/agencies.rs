//! Heads of agencies and what they answer for: statuses on a given day,
//! head changes, the hierarchy, the scorecard and the reporting view.

mod common;

use common::{Site, main_of};

const PROVINCE: &str = "name: UBND tỉnh\nkind: province\nparent: yen-bai\nhead: { name: Chủ tịch Tỉnh, title: Chủ tịch }\n";

const DISTRICT: &str = "name: UBND huyện Văn Yên\nkind: district\nparent: ubnd-tinh\nheads:\n  - { name: Trần Văn B, title: Chủ tịch, since: 2015-05-01, until: 2020-05-31 }\n  - { name: Nguyễn Văn A, title: Chủ tịch, since: 2020-06-01 }\nresponsibilities:\n  - { task: Việc đúng hạn, due: 2020-03-31, done: 2020-03-01 }\n  - { task: Việc muộn, due: 2020-06-30, done: 2020-07-15 }\n  - { task: Việc quá hạn, due: 2020-09-30 }\n  - { task: Việc chưa đến hạn, due: 2021-03-31 }\n";

fn site() -> Site {
    let s = Site::minimal();
    s.write("content/data/agencies/ubnd-tinh.yaml", PROVINCE);
    s.write("content/data/agencies/ubnd-van-yen.yaml", DISTRICT);
    s.write(
        "content/data/indicators/ho-so.yaml",
        "name: Hồ sơ trực tuyến\nunit: \"%\"\nkind: percent\nowner: ubnd-van-yen\ntargets:\n  - { year: 2020, at_least: 40 }\nobservations:\n  - { year: 2019, entity: ubnd-van-yen, value: 30 }\n  - { year: 2020, entity: ubnd-van-yen, value: 45 }\n",
    );
    s
}

fn row<'a>(html: &'a str, task: &str) -> &'a str {
    let i = html.find(task).unwrap_or_else(|| panic!("no task {task}"));
    &html[i..i + html[i..].find("</tr>").unwrap()]
}

#[test]
fn statuses_change_with_the_build_day() {
    let s = site();
    s.build_with(&["--today", "2020-06-15"]);
    let p = s.page("agencies/ubnd-van-yen/index.html");
    assert!(row(&p, "Việc đúng hạn").contains("Hoàn thành đúng hạn"));
    assert!(
        row(&p, "Việc muộn").contains("Đang thực hiện"),
        "done 15/07 is in the future on 15/06"
    );
    assert!(row(&p, "Việc quá hạn").contains("Đang thực hiện"));
    s.build_with(&["--today", "2020-12-31"]);
    let p = s.page("agencies/ubnd-van-yen/index.html");
    assert!(row(&p, "Việc muộn").contains("Hoàn thành muộn"));
    assert!(row(&p, "Việc quá hạn").contains("Quá hạn"));
    assert!(row(&p, "Việc chưa đến hạn").contains("Đang thực hiện"));
}

#[test]
fn tasks_are_attributed_to_the_head_in_office_on_the_due_date() {
    let s = site();
    s.build();
    let p = s.page("agencies/ubnd-van-yen/index.html");
    assert!(
        row(&p, "Việc đúng hạn").contains("Trần Văn B"),
        "due 31/03/2020, before the change"
    );
    assert!(
        row(&p, "Việc muộn").contains("Nguyễn Văn A"),
        "due 30/06/2020, after the change"
    );
    let main = main_of(&p);
    assert!(
        main.contains("<strong>Nguyễn Văn A</strong>"),
        "the current head is shown first"
    );
    assert!(main.contains("Người đứng đầu qua các thời kỳ"));
}

#[test]
fn hierarchy_links_both_ways() {
    let s = site();
    s.build();
    let district = s.page("agencies/ubnd-van-yen/index.html");
    assert!(
        district.contains("href=\"/agencies/ubnd-tinh/\""),
        "link to the parent"
    );
    let province = s.page("agencies/ubnd-tinh/index.html");
    assert!(
        main_of(&province).contains("href=\"/agencies/ubnd-van-yen/\""),
        "link to the child"
    );
    assert!(
        main_of(&province).contains("Yên Bái"),
        "the region as the province's parent"
    );
}

#[test]
fn scorecard_follows_the_published_formula() {
    let s = site();
    s.build();
    let p = s.page("agencies/ubnd-van-yen/index.html");
    // Tasks: 3 due, 1 on time, 1 late → (1 + 0.5) / 3 = 50. Targets: 1 judged, achieved → 100.
    assert!(
        p.contains(
            "3 nhiệm vụ đã quá hạn hoặc đã xong, 1 hoàn thành đúng hạn, 1 hoàn thành muộn → 50 điểm"
        ),
        "{}",
        main_of(&p)
    );
    assert!(p.contains("1 mục tiêu đánh giá được, 1 đạt hoặc đúng tiến độ → 100 điểm"));
    assert!(
        p.contains("<dd class=\"big\">75<span"),
        "mean of 50 and 100"
    );
    let list = s.page("agencies/index.html");
    assert!(list.contains("Cách tính") || list.contains("trung bình của hai phần"));
    let by_score = s.page("agencies/by/score/index.html");
    let a = by_score.find("UBND huyện Văn Yên").unwrap();
    let b = by_score.find("Sở Nội vụ").unwrap();
    assert!(b < a, "Sở Nội vụ (tasks 50, targets 0: 25) sorts before 75");
}

#[test]
fn agencies_list_groups_by_kind_and_reporting_shows_who_is_missing() {
    let s = site();
    s.build();
    let list = main_of(&s.page("agencies/index.html")).to_string();
    let province = list.find("Cấp tỉnh").unwrap();
    let department = list.find("Sở, ban, ngành").unwrap();
    let district = list.find("Cấp huyện").unwrap();
    assert!(province < department && department < district);
    assert!(
        list.contains("href=\"/agencies/by/overdue/\""),
        "sorted views without JavaScript"
    );
    let reporting = s.page("agencies/reporting/index.html");
    assert!(
        complete(&reporting).contains("UBND huyện Văn Yên"),
        "{reporting}"
    );
    assert!(!main_of(&reporting).contains("UBND huyện Văn Yên</a></th>"));
}

/// The names of the agencies that reported every figure due.
fn complete(page: &str) -> &str {
    let at = page
        .find("<ul class=\"names\">")
        .expect("a list of complete agencies");
    &page[at..at + page[at..].find("</ul>").unwrap()]
}

/// The cells of a reporting row: what was reported, what is missing.
fn reported(row: &str) -> &str {
    cell(row, "data-label=\"Đã có số liệu\"")
}
fn missing(row: &str) -> &str {
    cell(row, "data-label=\"Chưa báo cáo\"")
}
fn cell<'a>(row: &'a str, label: &str) -> &'a str {
    let start = row
        .find(label)
        .unwrap_or_else(|| panic!("no {label} in {row}"));
    let rest = &row[start..];
    &rest[..rest.find("</td>").unwrap()]
}

/// "Chưa báo cáo" is judged per indicator: against the latest year anyone
/// reported, or, with `due_months`, once a year's publication date passed.
#[test]
fn publication_lag_decides_who_has_not_reported() {
    let s = site();
    s.write(
        "content/data/indicators/ho-so.yaml",
        "name: Hồ sơ trực tuyến\nunit: \"%\"\nkind: percent\nowner: ubnd-van-yen\nobservations:\n  - { year: 2019, entity: ubnd-van-yen, value: 30 }\n  - { year: 2020, entity: ubnd-van-yen, value: 45 }\n  - { year: 2019, entity: so-noi-vu, value: 20 }\n",
    );
    s.write(
        "content/data/indicators/par-index.yaml",
        "name: Chỉ số PAR\nshort_name: PAR INDEX\nkind: rank\ndue_months: 6\nowner: ubnd-van-yen\nobservations:\n  - { year: 2018, entity: ubnd-van-yen, value: 30 }\n  - { year: 2019, entity: ubnd-van-yen, value: 28 }\n",
    );
    let reporting = |day: &str| {
        s.build_with(&["--today", day]);
        s.page("agencies/reporting/index.html")
    };
    let page = reporting("2020-12-31");
    // Hồ sơ: 2020 is out for Văn Yên, so Sở Nội vụ's 2019 is not enough.
    let sonv = row(&page, "Sở Nội vụ");
    assert!(missing(sonv).contains("Hồ sơ trực tuyến"), "{sonv}");
    // PAR INDEX 2020 is due only after June 2021: 2019 is what counts,
    // and Văn Yên has every figure due.
    assert!(complete(&page).contains("UBND huyện Văn Yên"), "{page}");
    let page = reporting("2021-07-01");
    let vy = row(&page, "UBND huyện Văn Yên");
    assert!(missing(vy).contains("PAR INDEX</a> 2020"), "{vy}");
    assert!(reported(vy).contains("Hồ sơ trực tuyến</a> 2020"), "{vy}");
}

#[test]
fn an_indicators_duties_list_the_province_then_departments_then_districts() {
    let s = site();
    let duty =
        "responsibilities:\n  - { task: Nâng tỷ lệ, due: 2020-12-31, indicators: [ho-so] }\n";
    for (id, yaml) in [
        (
            "ubnd-luc-yen",
            "name: Ủy ban nhân dân huyện Lục Yên\nkind: district\n",
        ),
        ("so-noi-vu", "name: Sở Nội vụ\nkind: department\n"),
        (
            "ubnd-tran-yen",
            "name: Ủy ban nhân dân huyện Trấn Yên\nkind: district\n",
        ),
        (
            "ubnd-tinh-2",
            "name: Ủy ban nhân dân tỉnh\nkind: province\n",
        ),
    ] {
        s.write(
            &format!("content/data/agencies/{id}.yaml"),
            &format!("{yaml}{duty}"),
        );
    }
    s.build();
    let page = s.page("indicators/ho-so/index.html");
    let list = &page[page.find("<h2>Cơ quan có nhiệm vụ liên quan</h2>").unwrap()..];
    let list = &list[..list.find("</ul>").unwrap()];
    let names: Vec<&str> = list
        .split("\">")
        .skip(1)
        .map(|rest| &rest[..rest.find('<').unwrap()])
        .collect();
    // By kind, then by place within each: not "huyện Lục Yên, Sở Nội vụ,
    // huyện Trấn Yên" interleaved by place.
    assert_eq!(
        names,
        [
            "Ủy ban nhân dân tỉnh",
            "Sở Nội vụ",
            "Ủy ban nhân dân huyện Lục Yên",
            "Ủy ban nhân dân huyện Trấn Yên"
        ]
    );
}

#[test]
fn a_unit_that_ended_before_the_year_due_owes_no_figure_for_it() {
    let s = Site::minimal();
    for (id, extra) in [
        ("tinh-a", "until: 2025-06-30\n"),
        ("tinh-b", ""),
        ("tinh-c", "until: 2025-12-31\n"),
    ] {
        s.write(
            &format!("content/data/agencies/{id}.yaml"),
            &format!(
                "name: Tỉnh {}\nkind: province\n{extra}",
                &id[5..].to_uppercase()
            ),
        );
    }
    s.write(
        "content/data/agencies/so-a.yaml",
        "name: Sở A\nkind: department\n",
    );
    s.write(
        "content/data/indicators/chi-so.yaml",
        "name: Chỉ số\nunit: \"%\"\nkind: percent\nowner: so-a\ndue_months: 0\nobservations:\n  - { year: 2024, entity: tinh-a, value: 50 }\n  - { year: 2024, entity: tinh-b, value: 60 }\n  - { year: 2025, entity: tinh-b, value: 61 }\n",
    );
    s.write(
        "content/data/indicators/chi-so-c.yaml",
        "name: Chỉ số C\nunit: \"%\"\nkind: percent\ndue_months: 0\nobservations:\n  - { year: 2024, entity: tinh-c, value: 70 }\n  - { year: 2025, entity: tinh-b, value: 71 }\n",
    );
    s.build_with(&["--today", "2026-03-01"]);
    let page = s.page("agencies/reporting/index.html");
    let late = &page[page.find("<tbody>").unwrap()..page.find("</tbody>").unwrap()];
    // Tỉnh A ended on 30/6/2025: neither it nor the owner whose headline
    // is its series is late for 2025. Tỉnh C lasted the whole of 2025: it
    // is.
    assert!(!late.contains("/agencies/tinh-a/"), "{late}");
    assert!(!late.contains("/agencies/so-a/"), "{late}");
    assert!(late.contains("/agencies/tinh-c/"), "{late}");
}
