//! Properties of the entry points users' text goes through: whatever the
//! input, the front-matter splitter, the slugger, the YAML loader and the
//! Markdown renderer return a value or a located error, never panic.

use std::path::Path;

use baocao::diagnostics::Diagnostic;
use baocao::load::frontmatter::{SplitError, split};
use baocao::load::yaml::parse;
use baocao::model::{Agency, FrontMatter, Indicator};
use baocao::render::markdown::{BlockKind, MarkdownOptions, render};
use baocao::web::slug::{is_slug, slugify};
use proptest::prelude::*;

const INDICATOR: &str = "name: Chỉ số hài lòng\nshort_name: SIPAS\nunit: \"%\"\nkind: percent\ndirection: higher_is_better\ndecimals: 2\nowner: so-noi-vu\ndescription: |\n  Đo mức độ **hài lòng**.\ntargets:\n  - { year: 2020, above: 92, label: Trên 92% }\n  - year: 2021\n    improve_by: { min: 4, max: 6 }\nobservations:\n  - { year: 2018, value: 81.1 }\n  - { year: 2019, entity: van-yen, value: 83.2, note: Sơ bộ }\n  - year: 2020\n    value: 84\n";

const AGENCY: &str = "name: Sở Nội vụ\nkind: department\nparent: yen-bai\nhead: { name: Nguyễn Văn A, title: Giám đốc, since: 2019-06-01 }\nheads:\n  - { name: Trần Văn B, since: 2015-05-01, until: 2019-05-31 }\nresponsibilities:\n  - task: Niêm yết thủ tục\n    due: 2020-06-30\n    done: 2020-05-20\n    indicators: [sipas, par-index]\n    note: Theo kế hoạch\n";

const FRONT: &str = "title: \"Yên Bái: tin mới\"\ndate: 2020-01-10T08:10:36+07:00\nupdated: 2020-02-01\nauthor: Đình Tứ\ntags: [CCHC, hành chính công]\nsummary: Tóm tắt\nindicators: [par-index, sipas]\nagencies: [so-noi-vu]\nslug: tin-moi\ndraft: false\n";

/// 256 cases each unless `PROPTEST_CASES` says otherwise (for a longer
/// search: `PROPTEST_CASES=100000 cargo test --release --test properties`).
fn config() -> ProptestConfig {
    let mut c = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = 256;
    }
    c.failure_persistence = None;
    c
}

/// Characters that mean something to YAML, Markdown or the slugger, and
/// some that mean nothing to any of them.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(vec![
            ':', '-', ' ', '\n', '[', ']', '{', '}', ',', '"', '\'', '#', '&', '*', '!', '|', '>',
            '\t', '?', '%', '@', '`', '.', '0', '9', 'a', 'z', 'A', '_', '~', '<', '(', ')', '\\',
            '^', '=', 'đ', 'Đ', 'ệ', 'ơ', '\u{feff}', '\u{e000}', '\u{0}', '\r', '\u{2028}',
        ]),
        1 => any::<char>(),
    ]
}

fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

/// A valid document with a few random edits: insertions, deletions and
/// replacements at random character positions.
fn mutated(doc: &'static str) -> impl Strategy<Value = String> {
    let edits = prop::collection::vec(
        (any::<prop::sample::Index>(), 0u8..3, tricky_string(4)),
        1..6,
    );
    edits.prop_map(move |edits| {
        let mut chars: Vec<char> = doc.chars().collect();
        for (at, kind, text) in edits {
            let i = at.index(chars.len() + 1);
            match kind {
                0 => {
                    chars.splice(i..i, text.chars());
                }
                1 => {
                    let end = (i + text.chars().count() + 1).min(chars.len());
                    chars.drain(i.min(end)..end);
                }
                _ => {
                    let end = (i + text.chars().count()).min(chars.len());
                    chars.splice(i.min(end)..end, text.chars());
                }
            }
        }
        chars.into_iter().collect()
    })
}

/// Every error is inside the text: line 1 (plus the offset) up to one past
/// its last line, column at least 1. YAML also breaks lines at CR, NEL, LS
/// and PS (files are read with CRLF and CR made LF; the others stay).
fn located(errors: &[Diagnostic], text: &str, offset: usize) -> Result<(), TestCaseError> {
    let breaks = text
        .chars()
        .filter(|c| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'))
        .count();
    let last = offset + breaks + 2;
    for e in errors {
        prop_assert!(
            e.pos.line > offset && e.pos.line <= last && e.pos.col >= 1,
            "error outside lines {}..={last}: {e}",
            offset + 1
        );
        prop_assert!(!e.message.is_empty());
    }
    Ok(())
}

fn check_yaml(text: &str, offset: usize) -> Result<(), TestCaseError> {
    let file = Path::new("content/x.yaml");
    if let Err(es) = parse::<Indicator>(text, file, offset) {
        prop_assert!(!es.is_empty());
        located(&es, text, offset)?;
    }
    if let Err(es) = parse::<Agency>(text, file, offset) {
        located(&es, text, offset)?;
    }
    match parse::<FrontMatter>(text, file, offset) {
        Ok(p) => located(&p.errors, text, offset)?,
        Err(es) => located(&es, text, offset)?,
    }
    Ok(())
}

fn markdown(md: &str) -> Result<(), TestCaseError> {
    let opts = MarkdownOptions {
        base_path: "/",
        sanitize: true,
        embed_hosts: &[],
    };
    let r = render::<()>(md, &opts, |_, _, _| Ok(String::new()), |_| None);
    prop_assert!(r.is_ok(), "a block callback that never fails");
    // A callback that fails for some blocks: each error carries a line of `md`.
    let lines = md.split('\n').count();
    let opts = MarkdownOptions {
        base_path: "/cchc/",
        sanitize: false,
        embed_hosts: &[],
    };
    let r = render(
        md,
        &opts,
        |kind, body, line| {
            if kind == BlockKind::Chart && body.contains('x') {
                Err(line)
            } else {
                Ok(format!("<figure>{line}</figure>"))
            }
        },
        |_| None,
    );
    if let Err(lines_of_errors) = r {
        for l in lines_of_errors {
            prop_assert!((1..=lines + 1).contains(&l), "line {l} of {lines}");
        }
    }
    Ok(())
}

/// Pieces of Markdown that exercise baocao's own handling: set-aside
/// blocks, headings (ids), links (base path), raw HTML (sanitising).
fn markdown_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => tricky_string(30),
        1 => Just("```chart\nindicator: x\n```\n".to_string()),
        1 => Just("```indicator-table\n".to_string()),
        1 => Just("~~~ chart\n".to_string()),
        1 => Just("\n# Tiêu đề {#id}\n".to_string()),
        1 => Just("## \n".to_string()),
        1 => Just("[a](/indicators/) ![b](/x.png)".to_string()),
        1 => Just("| a | b |\n|:--|--:|\n| 1 | 2 |\n".to_string()),
        1 => Just("[^1]\n\n[^1]: chú thích\n".to_string()),
        1 => Just("<iframe src=\"https://x/\"></iframe><script>x</script>".to_string()),
        1 => Just("- [x] a\n  - [ ] b\n".to_string()),
        1 => Just("\u{e000}baocao-block-0\u{e000}".to_string()),
        1 => Just("<p>\u{e000}baocao-block-1\u{e000}</p>".to_string()),
        1 => Just("\n## Mục {onmouseover=alert(1) .a #b style=x}\n".to_string()),
        1 => Just("\n### K {.\"onfocus=x\" autofocus}\n".to_string()),
        1 => Just("<div onclick=\"x\"><span>".to_string()),
        1 => Just("&#xE000;baocao-block-0&#xE000;".to_string()),
    ]
}

/// The attribute names of every tag in `html` (quotes respected; text is
/// escaped, so every `<` starts a tag).
fn attribute_names(html: &str) -> Vec<String> {
    let mut names = Vec::new();
    for part in html.split('<').skip(1) {
        let b = part.as_bytes();
        let mut i = b
            .iter()
            .position(|c| c.is_ascii_whitespace() || *c == b'>')
            .unwrap_or(b.len());
        while i < b.len() && b[i] != b'>' {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            let start = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'>' {
                i += 1;
            }
            if i > start {
                names.push(part[start..i].to_ascii_lowercase());
            }
            if i < b.len() && b[i] == b'=' {
                i += 1;
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                    let q = b[i];
                    i += 1;
                    while i < b.len() && b[i] != q {
                        i += 1;
                    }
                    i += 1;
                } else {
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                }
            }
        }
    }
    names
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn split_never_panics_and_its_parts_are_the_text(text in tricky_string(80)) {
        match split(&text) {
            Ok(s) => {
                prop_assert!(text.starts_with("---"));
                prop_assert_eq!(s.yaml_line, 2);
                prop_assert!(text.ends_with(s.body));
                let before_body = &text[..text.len() - s.body.len()];
                prop_assert_eq!(s.body_line, before_body.matches('\n').count() + 1 + usize::from(!before_body.ends_with('\n')));
                prop_assert!(before_body.contains(s.yaml));
            }
            Err(SplitError::Missing) => {
                prop_assert_ne!(text.split('\n').next().unwrap().trim_end(), "---");
            }
            Err(SplitError::Unterminated) => {}
        }
    }

    #[test]
    fn split_finds_what_was_joined(yaml in tricky_string(40), body in tricky_string(40)) {
        let yaml: String = yaml
            .split('\n')
            .filter(|l| !matches!(l.trim_end(), "---" | "..."))
            .map(|l| format!("{l}\n"))
            .collect();
        let text = format!("---\n{yaml}---\n{body}");
        let s = split(&text).unwrap();
        prop_assert_eq!(s.yaml, yaml.as_str());
        prop_assert_eq!(s.body, body.as_str());
        prop_assert_eq!(s.body_line, yaml.matches('\n').count() + 3);
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens(text in tricky_string(40)) {
        let s = slugify(&text);
        let well_formed = s.split('-').all(|w| {
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
        prop_assert!(s.is_empty() || well_formed, "{s:?}");
        prop_assert_eq!(slugify(&s), s.clone(), "idempotent");
        prop_assert_eq!(is_slug(&s), !s.is_empty());
    }

    #[test]
    fn slugs_of_any_unicode(text in any::<String>()) {
        let s = slugify(&text);
        prop_assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        prop_assert!(!s.starts_with('-') && !s.ends_with('-') && !s.contains("--"), "{s:?}");
        prop_assert_eq!(slugify(&s), s);
    }

    #[test]
    fn yaml_errors_are_located_for_any_text(text in tricky_string(120), offset in 0usize..3) {
        check_yaml(&text, offset)?;
    }

    #[test]
    fn yaml_errors_are_located_in_mutated_indicators(text in mutated(INDICATOR)) {
        check_yaml(&text, 0)?;
    }

    #[test]
    fn yaml_errors_are_located_in_mutated_agencies(text in mutated(AGENCY)) {
        check_yaml(&text, 0)?;
    }

    #[test]
    fn yaml_errors_are_located_in_mutated_front_matter(text in mutated(FRONT)) {
        check_yaml(&text, 1)?;
    }

    #[test]
    fn markdown_renders_any_text(md in tricky_string(200)) {
        markdown(&md)?;
    }

    #[test]
    fn markdown_renders_any_mix_of_features(pieces in prop::collection::vec(markdown_piece(), 0..12)) {
        markdown(&pieces.concat())?;
    }

    /// Whatever a page holds, sanitised or not (a page without raw HTML
    /// never meets the sanitiser), no element carries an event handler or
    /// autofocus, and heading ids are unique.
    #[test]
    fn rendered_pages_carry_no_event_handlers(pieces in prop::collection::vec(markdown_piece(), 0..12)) {
        let md = pieces.concat();
        let opts = MarkdownOptions { base_path: "/", sanitize: true, embed_hosts: &[] };
        let r = render::<()>(&md, &opts, |_, _, _| Ok("<figure>khối</figure>".to_string()), |_| None).unwrap();
        for name in attribute_names(&r.html) {
            prop_assert!(!name.starts_with("on") && name != "autofocus", "{name} in {}", r.html);
        }
        let mut ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), n, "heading ids repeat");
    }

    /// Every set-aside block comes back exactly once, in the order it was
    /// written, whatever text (imitated placeholders included) surrounds it.
    #[test]
    fn blocks_come_back_once_in_order(pieces in prop::collection::vec(markdown_piece(), 0..10), blocks in 1usize..4) {
        let mut md = String::new();
        for (k, p) in pieces.iter().enumerate() {
            md.push_str(p);
            if k < blocks {
                md.push_str(&format!("\n\n```chart\nindicator: b{k}\n```\n\n"));
            }
        }
        for k in pieces.len()..blocks {
            md.push_str(&format!("\n\n```chart\nindicator: b{k}\n```\n\n"));
        }
        let opts = MarkdownOptions { base_path: "/", sanitize: true, embed_hosts: &[] };
        let r = render::<()>(&md, &opts, |_, body, _| {
            Ok(format!("<figure data-b=\"{}\">", body.trim().trim_start_matches("indicator: ")) + "</figure>")
        }, |_| None);
        let Ok(r) = r else { return Ok(()) };
        // Blocks written inside raw HTML or other blocks may not be blocks.
        let found = baocao::load::blocks::find(&md, Path::new("x.md"), 1).0;
        let expected = found.iter().filter(|b| b.indicator.starts_with('b')).count();
        let mut at = 0;
        let mut seen = 0;
        for k in 0..blocks {
            let tag = format!("<figure data-b=\"b{k}\">");
            let n = r.html.matches(&tag).count();
            prop_assert!(n <= 1, "block {k} appears {n} times");
            if let Some(i) = r.html.find(&tag) {
                prop_assert!(i >= at, "block {k} moved");
                at = i;
                seen += 1;
            }
        }
        prop_assert_eq!(seen, expected);
    }

    /// Messages print no terminal control sequence and no direction
    /// override, in every format, whatever a user's file holds.
    #[test]
    fn messages_are_printable(msg in any::<String>(), file in any::<String>(), hint in any::<String>()) {
        let d = Diagnostic::new(&file, baocao::diagnostics::Pos::new(1, 1), msg).with_hint(hint);
        for out in [d.to_string(), d.github_annotation(), d.to_json().to_string()] {
            prop_assert!(
                !out.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || baocao::diagnostics::is_bidi_control(c)),
                "{out:?}"
            );
        }
    }
}

#[test]
fn the_valid_documents_are_valid() {
    let file = Path::new("x.yaml");
    assert!(parse::<Indicator>(INDICATOR, file, 0).is_ok());
    assert!(parse::<Agency>(AGENCY, file, 0).is_ok());
    assert!(parse::<FrontMatter>(FRONT, file, 1).is_ok());
}
