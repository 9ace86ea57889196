//! Broken sites: every error is reported at once, located, with a likely
//! fix, the exit code is 1, and the previous output is untouched.

mod common;

use common::{Run, Site, snapshot};

/// Builds a good site, breaks it with `files`, builds again: asserts the
/// build fails with exit 1, the output is byte-identical, and returns the run.
fn broken(files: &[(&str, &str)]) -> Run {
    let site = Site::minimal();
    site.build();
    let before = snapshot(&site.root().join("output"));
    for (p, c) in files {
        site.write(p, c);
    }
    let r = site.run(&["build", "--today", "2020-12-31"]);
    assert_eq!(r.code, 1, "expected content errors:\n{}", r.stderr);
    assert!(
        before == snapshot(&site.root().join("output")),
        "output changed after a failed build"
    );
    r
}

#[test]
fn two_broken_files_are_both_reported_with_fixes() {
    let r = broken(&[
        (
            "content/data/indicators/sipas.yaml",
            "name: SIPAS\nunit: \"%\"\nkind: percent\nobservations:\n  - { year: 2019, valu: 83.2 }\n",
        ),
        (
            "content/data/agencies/so-noi-vu.yaml",
            "name: Sở Nội vụ\nkind: departmen\n",
        ),
    ]);
    assert!(
        r.stderr
            .contains("content/data/indicators/sipas.yaml:5:19: unknown field `valu`"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("did you mean `value`?"), "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "content/data/agencies/so-noi-vu.yaml:2:7: `departmen` is not a valid value for `kind`"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("did you mean `department`?"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("errors found; nothing was written"),
        "{}",
        r.stderr
    );
}

#[test]
fn dangling_references_of_every_kind() {
    let r = broken(&[
        (
            "content/data/indicators/sipas.yaml",
            "name: SIPAS\nunit: \"%\"\nkind: percent\nowner: so-noi-vuu\nobservations:\n  - { year: 2019, entity: van-yen, value: 83.2 }\n",
        ),
        (
            "content/data/agencies/ubnd-huyen.yaml",
            "name: Huyện\nkind: district\nparent: ubnd-tinh\nresponsibilities:\n  - { task: X, due: 2020-01-01, indicators: [sipass] }\n",
        ),
        (
            "content/news/tin-hai.md",
            "---\ntitle: Hai\nindicators: [sipas, par-index]\nagencies: [so-noi-vu, so-tu-phap]\n---\nx\n",
        ),
    ]);
    let e = &r.stderr;
    assert!(
        e.contains("sipas.yaml:4:8: no agency has the id `so-noi-vuu`")
            && e.contains("did you mean `so-noi-vu`?"),
        "{e}"
    );
    assert!(
        e.contains("sipas.yaml:6:27: no entity has the id `van-yen`"),
        "{e}"
    );
    assert!(
        e.contains("ubnd-huyen.yaml:3:9: no agency has the id `ubnd-tinh`"),
        "{e}"
    );
    assert!(
        e.contains("ubnd-huyen.yaml:5:46: no indicator has the id `sipass`")
            && e.contains("did you mean `sipas`?"),
        "{e}"
    );
    assert!(
        e.contains("tin-hai.md:3:21: no indicator has the id `par-index`"),
        "front matter lines are the file's own: {e}"
    );
    assert!(
        e.contains("tin-hai.md:4:23: no agency has the id `so-tu-phap`"),
        "{e}"
    );
}

#[test]
fn duplicates_and_non_finite_numbers() {
    let r = broken(&[
        (
            "content/data/indicators/sipas.yaml",
            "name: SIPAS\nunit: \"%\"\nkind: percent\nobservations:\n  - { year: 2019, value: 83.2 }\n  - { year: 2019, entity: yen-bai, value: 84 }\n  - { year: 2020, value: .nan }\n",
        ),
        (
            "content/news/trung.md",
            "---\ntitle: Trùng\nslug: tin-mot\n---\nx\n",
        ),
    ]);
    let e = &r.stderr;
    assert!(
        e.contains(
            "sipas.yaml:6:5: a second observation for yen-bai in 2019 (the first is on line 5)"
        ),
        "{e}"
    );
    assert!(
        e.contains("sipas.yaml:7:26: `observations[2].value` is NaN"),
        "{e}"
    );
    assert!(
        e.contains(
            "trung.md:3:7: this page has the URL /news/tin-mot/, like content/news/tin-mot.md"
        ),
        "{e}"
    );
}

#[test]
fn comma_decimals_get_a_hint() {
    let r = broken(&[(
        "content/data/indicators/sipas.yaml",
        "name: SIPAS\nunit: \"%\"\nkind: percent\nobservations:\n  - { year: 2019, value: \"83,2\" }\n  - { year: 2020, value: 83,2 }\n",
    )]);
    assert!(r.stderr.contains("sipas.yaml:5:26"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("write numbers with a decimal point and no quotes: 83.2"),
        "{}",
        r.stderr
    );
}

#[test]
fn yaml_syntax_errors_and_bad_dates_are_located() {
    let r = broken(&[
        (
            "content/data/agencies/so-noi-vu.yaml",
            "name: Sở Nội vụ\nkind: department\nresponsibilities:\n  - { task: A, due: 2020-02-30 }\n",
        ),
        (
            "content/data/indicators/sipas.yaml",
            "name: SIPAS\nkind: percent\n  unit: [\n",
        ),
        (
            "content/news/hong.md",
            "---\ntitle: Hỏng\ndate: 10/01/2020\n",
        ),
    ]);
    let e = &r.stderr;
    assert!(
        e.contains("so-noi-vu.yaml:4:") && e.contains("`2020-02-30` is not a real day"),
        "{e}"
    );
    assert!(
        e.contains("sipas.yaml:3:") && e.contains("YAML syntax error"),
        "{e}"
    );
    assert!(
        e.contains("hong.md:1:1: the front matter opened on line 1 is never closed"),
        "{e}"
    );
}

#[test]
fn broken_chart_blocks_are_located_in_the_page() {
    let r = broken(&[(
        "content/news/bieu-do.md",
        "---\ntitle: Biểu đồ\n---\nĐoạn.\n\n```chart\nindicator: sipa\n```\n\n```chart\nindicator: sipas\ntype: pie\n```\n",
    )]);
    let e = &r.stderr;
    assert!(
        e.contains("bieu-do.md:7:12: the chart names the indicator `sipa`")
            && e.contains("did you mean `sipas`?"),
        "{e}"
    );
    assert!(
        e.contains("bieu-do.md:12:7: `pie` is not a valid value for `type`"),
        "{e}"
    );
}

#[test]
fn check_writes_nothing_and_reports_json_and_annotations() {
    let site = Site::minimal();
    site.write(
        "content/data/indicators/sipas.yaml",
        "name: SIPAS\nkind: percent\nowner: nobody\n",
    );
    let r = site.run(&["check", "--format", "json"]);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).expect("JSON");
    assert_eq!(v["errors"][0]["file"], "content/data/indicators/sipas.yaml");
    assert_eq!(v["errors"][0]["line"], 3);
    assert_eq!(v["errors"][0]["code"], "E0303");
    let r = site.run(&["check", "--format", "github"]);
    assert!(r.stdout.starts_with("::error file=content/data/indicators/sipas.yaml,line=3,col=8,title=baocao E0303%3A An id that names nothing::no agency has the id `nobody`"), "{}", r.stdout);
    assert!(!site.root().join("output").exists());
}

#[test]
fn usage_and_output_errors_exit_2() {
    let site = Site::minimal();
    let r = site.run(&["build", "--today", "2020-13-01"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = site.run(&["build", "--output", "content"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("refusing"), "{}", r.stderr);
    site.write("foreign/keep.txt", "mine");
    let r = site.run(&["build", "--output", "foreign"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not written by baocao"));
    assert_eq!(
        std::fs::read_to_string(site.root().join("foreign/keep.txt")).unwrap(),
        "mine"
    );
}
