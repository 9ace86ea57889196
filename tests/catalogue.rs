//! The error catalogue cannot drift from the code:
//!
//! - every example of `src/diagnostics/catalogue.rs`, applied to the site
//!   `baocao new site` writes, gives an error with its code;
//! - the guide's catalogue pages are generated from the table and those
//!   errors (`content/guide/errors.md`, `content/huong-dan/ma-loi.md`);
//! - every code is used by the source, and every diagnostic the source
//!   makes is given a code.
//!
//! After changing an entry or a message, regenerate the pages with
//! `BAOCAO_UPDATE_DOCS=1 cargo test --test catalogue`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use baocao::diagnostics::Code;
use baocao::diagnostics::catalogue::ENTRIES;
use baocao::diagnostics::codes::{Entry, Step};
use baocao::model::Day;
use baocao::{BuildError, BuildOptions};
use rayon::prelude::*;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn today() -> Day {
    Day::parse("2020-12-31").unwrap()
}

/// Applies `steps` to a new site in `dir`; false when a step cannot be
/// made here (a symbolic link off Unix) or is only described.
fn apply(dir: &Path, steps: &[Step]) -> bool {
    baocao::new::new_site(dir, Some(today())).expect("new site");
    for step in steps {
        match step {
            Step::Edit { file, find, with } => {
                let path = dir.join(file);
                let text = fs::read_to_string(&path).unwrap();
                assert_eq!(
                    text.matches(find).count(),
                    1,
                    "{file}: `{find}` must be in the new site's file once"
                );
                fs::write(&path, text.replace(find, with)).unwrap();
            }
            Step::Write { file, text } => {
                let path = dir.join(file);
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                fs::write(path, text).unwrap();
            }
            Step::Remove(file) => {
                let path = dir.join(file);
                if path.is_dir() {
                    fs::remove_dir_all(path).unwrap();
                } else {
                    fs::remove_file(path).unwrap();
                }
            }
            #[cfg(unix)]
            Step::Link { link, target } => {
                let path = dir.join(link);
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::os::unix::fs::symlink(target, path).unwrap();
            }
            #[cfg(not(unix))]
            Step::Link { .. } => return false,
            Step::Described(_) => return false,
        }
    }
    true
}

/// What `baocao check` prints for each example with its code, without the
/// `see:` line (which names the guide's address); `None` for examples that
/// are only described.
fn printed() -> &'static BTreeMap<Code, Option<String>> {
    static PRINTED: OnceLock<BTreeMap<Code, Option<String>>> = OnceLock::new();
    PRINTED.get_or_init(|| {
        ENTRIES
            .par_iter()
            .map(|e| {
                let tmp = tempfile::tempdir().unwrap();
                let dir = tmp.path().join("tinh-a");
                if !apply(&dir, e.example) {
                    return (e.code, None);
                }
                let opts = BuildOptions {
                    today: Some(today()),
                    write: false,
                    ..BuildOptions::new(&dir)
                };
                let errors = match baocao::check::check(&opts) {
                    Err(BuildError::Content(errors)) => errors,
                    Ok(_) => panic!("{}: the example gives no error", e.code),
                    Err(other) => panic!("{}: the example fails otherwise: {other}", e.code),
                };
                let ours: Vec<String> = errors
                    .iter()
                    .filter(|d| d.code == Some(e.code))
                    .map(|d| {
                        let text = d.to_string().replace(&*tmp.path().to_string_lossy(), "");
                        text.lines()
                            .filter(|l| !l.trim_start().starts_with("see: "))
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect();
                assert!(
                    !ours.is_empty(),
                    "{}: the example gives other errors:\n{}",
                    e.code,
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("\n")
                );
                (e.code, Some(ours.join("\n\n")))
            })
            .collect()
    })
}

#[test]
fn every_example_gives_its_code() {
    let printed = printed();
    let described: Vec<&str> = printed
        .iter()
        .filter(|(_, p)| p.is_none())
        .map(|(c, _)| c.id())
        .collect();
    // What a text edit cannot make: unreadable files, pipes, sizes, bytes
    // that are not UTF-8, the output's disk. Keep this list short.
    #[cfg(unix)]
    assert_eq!(
        described,
        [
            "E0002", "E0006", "E0007", "E0008", "E0009", "E0010", "E0413", "E0701", "E0702",
            "E0802", "E0810", "E0907", "E0908"
        ]
    );
    let without: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| !printed.contains_key(c))
        .map(|c| c.id())
        .collect();
    assert!(
        without.is_empty(),
        "codes without an entry in src/diagnostics/catalogue.rs: {without:?}"
    );
}

/// The language of a page: its texts' index in an entry, its words.
struct Lang {
    index: usize,
    page: &'static str,
    other: &'static str,
    front: &'static str,
    intro: &'static str,
    example: &'static str,
    prints: &'static str,
    fix: &'static str,
    groups: [&'static str; 10],
}

const EN: Lang = Lang {
    index: 0,
    page: "content/guide/errors.md",
    other: "*[<span lang=\"vi\">Đọc trang này bằng tiếng Việt</span>](/huong-dan/ma-loi/).*",
    front: "title: Error catalogue\nsummary: \"Every error baocao reports, by its code: what it means, an example and the fix.\"\nweight: 6\nlanguage: en",
    intro: "Every error baocao reports has a code, printed first; the error's last line says where it is explained:\n\n\
```text\n{EXAMPLE}\n  see: `baocao explain E0104`, or /huong-dan/ma-loi/#e0104\n```\n\n\
A code keeps its meaning from one version of baocao to the next, so you can look it up here or search for it. \
`baocao explain E0104` prints the same entry in a terminal. Each example below starts from the site \
`baocao new site` writes, and shows what `baocao check` then prints. baocao lists every error of a site at once; \
while one remains, nothing is written and the published site stays as it was.",
    example: "Example",
    prints: "baocao prints:",
    fix: "Fix",
    groups: [
        "Reading the site's files",
        "YAML",
        "The site's settings: site.yaml",
        "Indicators and agencies",
        "Pages and their charts",
        "Static files and themes",
        "Links",
        "Writing the output",
        "Observations in CSV files",
        "Photos",
    ],
};

const VI: Lang = Lang {
    index: 1,
    page: "content/huong-dan/ma-loi.md",
    other: "*[<span lang=\"en\">Read this page in English</span>](/guide/errors/).*",
    front: "title: Danh mục lỗi\nsummary: \"Mọi lỗi baocao báo, theo mã lỗi: ý nghĩa, ví dụ và cách sửa.\"\nweight: 6",
    intro: "Mỗi lỗi baocao báo đều có một mã, in ở đầu; dòng cuối của lỗi cho biết đọc giải thích ở đâu:\n\n\
```text\n{EXAMPLE}\n  see: `baocao explain E0104`, or /huong-dan/ma-loi/#e0104\n```\n\n\
Mã lỗi giữ nguyên ý nghĩa qua các phiên bản baocao, nên có thể tra ở trang này hay tìm trên mạng. \
Lệnh `baocao explain E0104` in đúng mục này ra cửa sổ dòng lệnh. Thông báo lỗi viết bằng tiếng Anh; \
mỗi mục dưới đây giải thích bằng tiếng Việt. Mỗi ví dụ bắt đầu từ trang mà `baocao new site` tạo ra, \
kèm đúng những gì `baocao check` khi đó in ra. baocao liệt kê mọi lỗi của trang cùng một lúc; \
khi còn lỗi, không tệp nào được ghi và trang đang đăng trên mạng giữ nguyên.",
    example: "Ví dụ",
    prints: "baocao báo:",
    fix: "Cách sửa",
    groups: [
        "Đọc các tệp của trang",
        "YAML",
        "Thiết lập của trang: site.yaml",
        "Chỉ số và cơ quan",
        "Trang và biểu đồ trong trang",
        "Tệp tĩnh và giao diện",
        "Liên kết",
        "Ghi kết quả",
        "Số liệu trong tệp CSV",
        "Ảnh",
    ],
};

/// The group of a code: `E0104` → 1.
fn group(code: Code) -> usize {
    code.id()[1..3].parse().unwrap()
}

/// A fence long enough for `text`, with a language for its file.
fn fenced(file: &str, text: &str) -> String {
    let lang = match Path::new(file).extension().and_then(|e| e.to_str()) {
        Some("yaml") => "yaml",
        Some("md") => "markdown",
        Some("html") => "html",
        Some("svg" | "xml") => "xml",
        _ => "text",
    };
    let fence = if text.contains("```") { "````" } else { "```" };
    format!("{fence}{lang}\n{}\n{fence}\n", text.trim_end())
}

fn step_markdown(step: &Step, l: &Lang) -> String {
    let vi = l.index == 1;
    match step {
        Step::Edit { file, with, .. } => format!(
            "{} `{file}`:\n\n{}",
            if vi { "Trong" } else { "In" },
            fenced(file, with)
        ),
        Step::Write { file, text: "" } => format!(
            "`{file}` {}.\n",
            if vi {
                "là một tệp trống"
            } else {
                "is an empty file"
            }
        ),
        Step::Write { file, text } => format!(
            "{} `{file}`:\n\n{}",
            if vi { "Tệp" } else { "The file" },
            fenced(file, text)
        ),
        Step::Remove(file) => format!("`{file}` {}.\n", if vi { "bị xóa" } else { "is removed" }),
        Step::Link { link, target } => format!(
            "`{link}` {} `{target}`.\n",
            if vi {
                "là một liên kết tượng trưng tới"
            } else {
                "is a symbolic link to"
            }
        ),
        Step::Described(t) => format!("{}\n", t[l.index]),
    }
}

fn entry_markdown(e: &Entry, l: &Lang, printed: Option<&str>) -> String {
    let i = l.index;
    let mut out = format!(
        "### {} {} {{#{}}}\n\n{}\n\n**{}.** ",
        e.code,
        e.title[i],
        e.code.anchor(),
        e.meaning[i],
        l.example
    );
    for (n, step) in e.example.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push_str(&step_markdown(step, l));
    }
    if let Some(p) = printed {
        out.push_str(&format!("\n{}\n\n```text\n{p}\n```\n", l.prints));
    }
    out.push_str(&format!("\n**{}.** {}\n\n", l.fix, e.fix[i]));
    out
}

fn page(l: &Lang) -> String {
    let printed = printed();
    let example = printed[&Code::UnknownField].as_deref().unwrap();
    let mut out = format!(
        "---\n{}\n---\n<!-- Generated from src/diagnostics/catalogue.rs by tests/catalogue.rs. Edit that file, then run:\n     BAOCAO_UPDATE_DOCS=1 cargo test --test catalogue -->\n{}\n\n{}\n\n",
        l.front,
        l.other,
        l.intro.replace("{EXAMPLE}", example)
    );
    // The page's table of contents lists the groups and their codes.
    for (g, name) in l.groups.iter().enumerate() {
        out.push_str(&format!("## {name} {{#e{g:02}xx}}\n\n"));
        for e in ENTRIES.iter().filter(|e| group(e.code) == g) {
            out.push_str(&entry_markdown(e, l, printed[&e.code].as_deref()));
        }
    }
    out.trim_end().to_string() + "\n"
}

#[test]
fn the_guides_catalogue_pages_are_generated_from_the_codes() {
    // The pages show what the examples print, symbolic links included.
    if cfg!(not(unix)) {
        return;
    }
    let update = std::env::var_os("BAOCAO_UPDATE_DOCS").is_some();
    assert_eq!(
        EN.groups.len(),
        group(*Code::ALL.last().unwrap()) + 1,
        "a group of codes without a name"
    );
    for l in [&EN, &VI] {
        let want = page(l);
        let path = repo().join(l.page);
        if update {
            fs::write(&path, &want).unwrap();
            continue;
        }
        let have = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} differs from the catalogue: run BAOCAO_UPDATE_DOCS=1 cargo test --test catalogue",
            l.page
        );
    }
}

/// The Rust files of `src/`, without their unit tests (which make
/// diagnostics of their own) and without the catalogue itself.
fn sources() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(repo().join("src")).sort_by_file_name() {
        let e = e.unwrap();
        let p = e.path();
        if p.extension().is_none_or(|x| x != "rs") || p.starts_with(repo().join("src/diagnostics"))
        {
            continue;
        }
        let text = fs::read_to_string(p).unwrap();
        let code = match text.find("\n#[cfg(test)]\nmod tests") {
            Some(i) => text[..i].to_string(),
            None => text,
        };
        out.push((p.strip_prefix(repo()).unwrap().to_path_buf(), code));
    }
    out
}

#[test]
fn every_code_is_given_somewhere() {
    let sources = sources();
    let unused: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| {
            let name = format!("Code::{c:?}");
            !sources.iter().any(|(_, text)| {
                text.match_indices(&name).any(|(i, _)| {
                    !text[i + name.len()..]
                        .starts_with(|ch: char| ch.is_alphanumeric() || ch == '_')
                })
            })
        })
        .map(|c| c.id())
        .collect();
    assert!(
        unused.is_empty(),
        "codes no error is given, with entries nobody can meet: {unused:?}"
    );
}

/// The end of the parenthesised expression that opens at `open`.
fn closing(text: &str, open: usize) -> usize {
    let mut depth = 0;
    let mut in_str = false;
    let bytes = text.as_bytes();
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            // A character literal: `'"'`, `'('`.
            b'\'' if !in_str && bytes.get(i + 2) == Some(&b'\'') => i += 2,
            b'"' => in_str = !in_str,
            b'(' if !in_str => depth += 1,
            b')' if !in_str => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
        i += 1;
    }
    panic!("unbalanced parentheses after byte {open}");
}

/// Each `Diagnostic::new(…)` of the source has `.code(…)` in its chain of
/// calls: an error without a code cannot be looked up.
#[test]
fn every_diagnostic_is_given_a_code() {
    let mut without = Vec::new();
    for (file, text) in sources() {
        for (at, _) in text.match_indices("Diagnostic::new(") {
            let mut end = closing(&text, at + "Diagnostic::new".len());
            let mut coded = false;
            // `.method(…)` after `.method(…)`, across line breaks.
            loop {
                let rest = &text[end + 1..];
                let trimmed = rest.trim_start();
                let Some(call) = trimmed.strip_prefix('.') else {
                    break;
                };
                let name: String = call
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let open = end + 1 + (rest.len() - trimmed.len()) + 1 + name.len();
                if text.as_bytes().get(open) != Some(&b'(') {
                    break;
                }
                coded |= name == "code";
                end = closing(&text, open);
            }
            if !coded {
                let line = text[..at].matches('\n').count() + 1;
                without.push(format!("{}:{line}", file.display()));
            }
        }
    }
    assert!(
        without.is_empty(),
        "diagnostics made without `.code(Code::…)`: {without:?}"
    );
}
