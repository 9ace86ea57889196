//! The user guide and what points to it: the guide builds with the example
//! site without a broken link; every page the code names exists; the
//! format reference in `docs/` is the guide's page, generated; the README
//! links to files that exist; the site workflow installs this version.
//!
//! After editing the guide's format pages, regenerate `docs/` with
//! `BAOCAO_UPDATE_DOCS=1 cargo test --test guide`.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use pulldown_cmark::{Event, Options, Parser, Tag};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn baocao(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(args)
        .env_remove("GITHUB_ACTIONS")
        .output()
        .expect("run baocao");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

/// The Markdown file of a guide page's address: `/guide/` is
/// `content/guide/_index.md`, `/guide/format/` `content/guide/format.md`.
fn source_of(url: &str) -> PathBuf {
    let parts: Vec<&str> = url.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        [section] => repo().join("content").join(section).join("_index.md"),
        [section, page] => repo()
            .join("content")
            .join(section)
            .join(format!("{page}.md")),
        _ => panic!("{url} is not a guide page's address"),
    }
}

#[test]
fn the_example_site_and_its_guide_check_without_a_broken_link() {
    let site = repo().to_str().unwrap();
    let (code, out) = baocao(&["check", "--site", site, "--today", "2020-12-31"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("internal links checked"), "{out}");
}

#[test]
fn every_page_the_code_points_to_exists() {
    for page in baocao::guide::PAGES.iter().flatten() {
        let file = source_of(page);
        assert!(file.is_file(), "{page}: no {}", file.display());
    }
    assert!(repo().join(baocao::guide::FORMAT_FILE).is_file());
}

#[test]
fn help_and_new_sites_point_to_the_guide() {
    let (code, help) = baocao(&["--help"]);
    assert_eq!(code, 0);
    assert!(help.contains(&baocao::guide::help()), "{help}");
    for (args, page) in [
        (&["build", "--help"][..], baocao::guide::PUBLISHING),
        (&["check", "--help"][..], baocao::guide::PUBLISHING),
        (&["serve", "--help"][..], baocao::guide::WRITING),
        (
            &["new", "site", "--help"][..],
            baocao::guide::GETTING_STARTED,
        ),
        (&["new", "post", "--help"][..], baocao::guide::WRITING),
        (&["explain", "--help"][..], baocao::guide::ERRORS),
    ] {
        let (code, help) = baocao(args);
        assert_eq!(code, 0);
        assert!(
            help.contains(page[0]) && help.contains(page[1]),
            "{args:?}: {help}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let (code, out) = baocao(&["new", "site", site.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    for rel in [
        "content/site.yaml",
        "content/data/indicators/sipas.yaml",
        "content/data/agencies/so-noi-vu.yaml",
    ] {
        let text = fs::read_to_string(site.join(rel)).unwrap();
        assert!(text.contains(baocao::guide::FORMAT[0]), "{rel}");
    }
}

/// Nothing in the repository sends people to a file it does not hold: the
/// format reference is `docs/CONTENT-FORMAT.md`, never a bare
/// `CONTENT-FORMAT.md` or a shared folder beside the repository.
#[test]
fn nothing_points_outside_the_repository() {
    let mut files: Vec<PathBuf> = vec![repo().join("README.md"), repo().join("CHANGELOG.md")];
    // docs/ is generated from content/ and links its two files to each other.
    for dir in ["src", "content", ".github", "tests", "themes"] {
        // npm's packages (the browser tests') are not ours.
        let walk = walkdir::WalkDir::new(repo().join(dir))
            .into_iter()
            .filter_entry(|e| e.file_name() != "node_modules");
        for e in walk {
            let e = e.unwrap();
            if e.file_type().is_file() && !e.path().ends_with("tests/guide.rs") {
                files.push(e.path().to_path_buf());
            }
        }
    }
    for f in files {
        let Ok(text) = fs::read_to_string(&f) else {
            continue; // fonts and other binary files
        };
        for (i, _) in text.match_indices("CONTENT-FORMAT.") {
            assert!(
                text[..i].ends_with("docs/"),
                "{}: names CONTENT-FORMAT without docs/: …{}…",
                f.display(),
                &text[i.saturating_sub(40)..i + 20]
            );
        }
        assert!(!text.contains("../shared"), "{}", f.display());
        assert!(!text.contains("shared folder"), "{}", f.display());
    }
}

/// `docs/<file>` generated from a guide page: its front matter becomes a
/// title, and its links to guide pages become links between files of the
/// repository, so the file reads on GitHub too.
fn generate(source: &str, published: &str) -> String {
    let text = fs::read_to_string(repo().join(source)).unwrap();
    let rest = text.strip_prefix("---\n").expect("front matter");
    let end = rest.find("\n---\n").expect("end of front matter");
    let title = rest[..end]
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .expect("title")
        .trim_matches('"');
    let body = &rest[end + 5..];
    // Each link's destination, rewritten, by its place in the body.
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (ev, range) in Parser::new_ext(body, Options::all()).into_offset_iter() {
        let Event::Start(Tag::Link { dest_url, .. }) = ev else {
            continue;
        };
        let dest = dest_url.to_string();
        if dest.starts_with("http://") || dest.starts_with("https://") {
            continue;
        }
        assert!(
            !dest.contains('#'),
            "{source}: the link to {dest} has an anchor, which GitHub names differently"
        );
        let to = match dest.as_str() {
            "/guide/format/" => "CONTENT-FORMAT.md".to_string(),
            "/huong-dan/dinh-dang/" => "CONTENT-FORMAT.vi.md".to_string(),
            d if d.starts_with("/guide/") || d.starts_with("/huong-dan/") => {
                let file = source_of(d);
                assert!(file.is_file(), "{source}: {d} is no guide page");
                format!(
                    "../{}",
                    file.strip_prefix(repo()).unwrap().to_string_lossy()
                )
            }
            d => panic!("{source}: the link to {d} leads nowhere on GitHub; link to a guide page"),
        };
        let span = &body[range.clone()];
        let at = span.rfind(&format!("]({dest})")).expect("inline link") + 2;
        edits.push((range.start + at..range.start + at + dest.len(), to));
    }
    let mut body = body.to_string();
    for (r, to) in edits.into_iter().rev() {
        body.replace_range(r, &to);
    }
    format!(
        "<!-- Generated from {source}, a page of baocao's guide published at\n     {published}. Edit that page, then run: BAOCAO_UPDATE_DOCS=1 cargo test --test guide -->\n\n# {title}\n\n{body}"
    )
}

#[test]
fn docs_are_the_guides_format_pages() {
    let update = std::env::var_os("BAOCAO_UPDATE_DOCS").is_some();
    for (source, published, target) in [
        (
            "content/guide/format.md",
            baocao::guide::FORMAT[1],
            baocao::guide::FORMAT_FILE,
        ),
        (
            "content/huong-dan/dinh-dang.md",
            baocao::guide::FORMAT[0],
            "docs/CONTENT-FORMAT.vi.md",
        ),
    ] {
        let want = generate(source, published);
        let path = repo().join(target);
        if update {
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, &want).unwrap();
            continue;
        }
        let have = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{target} differs from {source}: run BAOCAO_UPDATE_DOCS=1 cargo test --test guide"
        );
    }
}

#[test]
fn the_readme_is_short_and_its_links_lead_somewhere() {
    let readme = fs::read_to_string(repo().join("README.md")).unwrap();
    assert!(
        readme.lines().count() < 150,
        "README.md has {} lines",
        readme.lines().count()
    );
    let first_block: String = readme
        .lines()
        .skip(2)
        .take(4)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        first_block.contains("cargo run --release -- build") && first_block.contains("cargo test"),
        "the two commands come first:\n{first_block}"
    );
    let mut guide_links = 0;
    for (ev, _) in Parser::new_ext(&readme, Options::all()).into_offset_iter() {
        let dest = match ev {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => dest_url.to_string(),
            _ => continue,
        };
        if dest.starts_with("http") || dest.starts_with('#') {
            continue;
        }
        let file = dest.split('#').next().unwrap();
        assert!(
            repo().join(file).exists(),
            "README.md links to {dest}, which does not exist"
        );
        guide_links += usize::from(
            file.starts_with("content/huong-dan/") || file.starts_with("content/guide/"),
        );
    }
    assert!(
        guide_links >= 4,
        "README.md links into the guide {guide_links} times"
    );
}

#[test]
fn the_site_workflow_installs_this_version() {
    let workflow = fs::read_to_string(repo().join(".github/workflows/site.yml")).unwrap();
    let pinned = workflow
        .lines()
        .find_map(|l| l.trim().strip_prefix("BAOCAO_VERSION: "))
        .expect("BAOCAO_VERSION in site.yml")
        .trim_matches('"');
    assert_eq!(
        pinned,
        env!("CARGO_PKG_VERSION"),
        "site.yml installs baocao {pinned}, Cargo.toml is {}: release both together",
        env!("CARGO_PKG_VERSION")
    );
}
