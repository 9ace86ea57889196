//! `baocao new` (a starter site, a new post) and `baocao check` (content
//! errors as annotations or JSON, broken internal links located in the
//! Markdown), and the GitHub Actions job summary of `baocao build`.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Run, Site};

/// Runs the binary in `dir` with extra environment variables.
fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_baocao"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run baocao");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_new_site_builds_and_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_env(dir.path(), &["new", "site", "mysite"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let site = dir.path().join("mysite");
    for f in [
        "content/site.yaml",
        "content/data/indicators/sipas.yaml",
        "content/data/agencies/so-noi-vu.yaml",
    ] {
        let text = std::fs::read_to_string(site.join(f)).unwrap();
        assert!(
            text.contains("\n# ") || text.starts_with("# "),
            "{f}: no comments"
        );
    }
    let news: Vec<_> = std::fs::read_dir(site.join("content/news"))
        .unwrap()
        .collect();
    assert_eq!(news.len(), 1);

    let r = run_env(&site, &["check"], &[]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("internal links checked"), "{}", r.stderr);
    let r = run_env(&site, &["build"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(site.join("output/indicators/sipas/index.html").is_file());
    assert!(site.join("output/agencies/so-noi-vu/index.html").is_file());

    // Never into a folder that holds something.
    let r = run_env(dir.path(), &["new", "site", "mysite"], &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not empty"), "{}", r.stderr);
}

#[test]
fn a_new_post_is_a_draft_with_a_vietnamese_slug() {
    let site = Site::minimal();
    let r = site.run(&["new", "post", "Tiêu đề bài viết", "--today", "2020-12-01"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let path = site.root().join("content/news/tieu-de-bai-viet.md");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("title: \"Tiêu đề bài viết\"\n"), "{text}");
    assert!(text.contains("draft: true"), "{text}");
    assert!(text.contains("date: 2020-12-01T"), "{text}");
    assert!(text.contains("+07:00"), "{text}");
    assert!(text.contains("tags: []"), "{text}");
    assert!(text.contains("indicators: []"), "{text}");

    // A draft: not built, unless asked for; it builds and checks cleanly.
    site.build();
    assert!(!site.out("news/tieu-de-bai-viet/index.html").exists());
    site.build_with(&["--drafts"]);
    assert!(site.out("news/tieu-de-bai-viet/index.html").is_file());
    let r = site.run(&["check", "--drafts", "--today", "2020-12-31"]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    // Never overwritten.
    std::fs::write(&path, "mine").unwrap();
    let r = site.run(&["new", "post", "Tiêu đề bài viết"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    std::fs::write(&path, &text).unwrap();

    // Titles that YAML would misread are quoted.
    let r = site.run(&["new", "post", "Tin: \"SIPAS\" #1"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    site.build_with(&["--drafts"]);
    assert!(
        site.page("news/tin-sipas-1/index.html")
            .contains("Tin: &quot;SIPAS&quot; #1")
    );
}

#[test]
fn check_reports_dangling_references_as_annotations_and_json() {
    let site = Site::minimal();
    site.write(
        "content/data/indicators/sipas.yaml",
        &common::SIPAS.replace("owner: so-noi-vu", "owner: nobody"),
    );
    let r = run_env(site.root(), &["check"], &[("GITHUB_ACTIONS", "true")]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("::error file=content/data/indicators/sipas.yaml,line=5,col=8,title=baocao E0303%3A An id that names nothing::"),
        "{}",
        r.stdout
    );
    let r = run_env(site.root(), &["check", "--format", "json"], &[]);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).expect("JSON");
    assert_eq!(v["errors"][0]["file"], "content/data/indicators/sipas.yaml");
    assert_eq!(v["errors"][0]["line"], 5);

    // A clean site: `{"errors": []}`.
    site.write("content/data/indicators/sipas.yaml", common::SIPAS);
    let r = run_env(site.root(), &["check", "--format", "json"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).expect("JSON");
    assert_eq!(v["errors"].as_array().map(Vec::len), Some(0));
}

const LINKS: &str = "---\ntitle: Liên kết\ndate: 2020-02-01\n---\nMở đầu.\n\n## Phần một\n\nXem [chỉ số](/indicators/sipaz/) và [tin](../tin-mot/#phan-ba).\n[Đúng](/indicators/sipas/), [đúng](../tin-mot/#phan-hai), [đây](#phan-mot), [css](/style.css).\n\n<img src=\"/files/anh.png\" alt=\"Ảnh\"> [tệp](/files/bao-cao.pdf) [có](/files/co.pdf)\n";

#[test]
fn check_finds_broken_links_and_anchors_in_markdown() {
    let site = Site::minimal();
    site.write("content/news/lien-ket.md", LINKS);
    site.write_bytes("content/static/files/co.pdf", b"%PDF-1.4\n");
    // `build` does not check links.
    site.build();

    let r = run_env(site.root(), &["check", "--today", "2020-12-31"], &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let e = &r.stderr;
    assert!(
        e.contains("content/news/lien-ket.md:9:14: link to `/indicators/sipaz/`"),
        "{e}"
    );
    assert!(e.contains("did you mean `/indicators/sipas/`?"), "{e}");
    assert!(
        e.contains("content/news/lien-ket.md:9:43: link to `../tin-mot/#phan-ba`"),
        "{e}"
    );
    assert!(
        e.contains("has no heading or element with the id `phan-ba`"),
        "{e}"
    );
    assert!(
        e.contains("content/news/lien-ket.md:12:11: image `/files/anh.png`"),
        "{e}"
    );
    assert!(
        e.contains("link to `/files/bao-cao.pdf`: no such file"),
        "{e}"
    );
    assert!(e.contains("content/static/files/bao-cao.pdf"), "{e}");
    assert!(e.contains("4 errors found"), "{e}");

    let r = run_env(
        site.root(),
        &["check", "--today", "2020-12-31"],
        &[("GITHUB_ACTIONS", "true")],
    );
    assert!(
        r.stdout.contains(
            "::error file=content/news/lien-ket.md,line=9,col=14,title=baocao E0604%3A A link to a page that does not exist::link to `/indicators/sipaz/`"
        ),
        "{}",
        r.stdout
    );

    // Under a base path (a GitHub Pages project site) the same holds.
    let r = run_env(
        site.root(),
        &[
            "check",
            "--today",
            "2020-12-31",
            "--base-url",
            "https://org.github.io/cchc/",
        ],
        &[],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("4 errors found"), "{}", r.stderr);

    // Fixed: clean.
    site.write(
        "content/news/lien-ket.md",
        &LINKS
            .replace("sipaz", "sipas")
            .replace("#phan-ba", "#phan-hai")
            .replace("<img src=\"/files/anh.png\" alt=\"Ảnh\">", "")
            .replace("bao-cao.pdf", "co.pdf"),
    );
    let r = run_env(
        site.root(),
        &[
            "check",
            "--today",
            "2020-12-31",
            "--base-url",
            "https://org.github.io/cchc/",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn build_writes_a_job_summary_with_status_changes() {
    let site = Site::minimal();
    let summary = site.root().join("summary.md");
    let env = [("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())];
    let r = run_env(site.root(), &["build", "--today", "2020-12-31"], &env);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let first = std::fs::read_to_string(&summary).unwrap();
    assert!(first.contains("### baocao build"), "{first}");
    assert!(first.contains("| Pages |"), "{first}");
    assert!(first.contains(" ms |"), "{first}");

    // SIPAS reaches its target: its status changes.
    site.write(
        "content/data/indicators/sipas.yaml",
        &format!("{}  - {{ year: 2020, value: 95 }}\n", common::SIPAS),
    );
    let r = run_env(site.root(), &["build", "--today", "2020-12-31"], &env);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&summary).unwrap();
    let second = &text[first.len()..];
    assert!(second.starts_with("### baocao build"), "appended: {text}");
    if site.out("data/indicators.json").exists() {
        assert!(second.contains("(`sipas`)"), "{second}");
        assert!(second.contains("`achieved`"), "{second}");
    }

    // Without the variable nothing is written.
    std::fs::remove_file(&summary).unwrap();
    site.build();
    assert!(!summary.exists());
}
