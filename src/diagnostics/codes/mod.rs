//! Every kind of error baocao reports has a stable code (`E0104`), printed
//! with the error and explained in the error catalogue: what it means, an
//! example, the fix.
//!
//! The codes are listed once, in `list.rs`; their texts are in
//! [`super::catalogue::ENTRIES`]. The catalogue pages of the guide
//! (`content/guide/errors.md`, `content/huong-dan/ma-loi.md`) and
//! `baocao explain` are generated from both, so they cannot drift; tests
//! fail when a code has no entry, when an entry's code is never used, and
//! when an error is made without a code.
//!
//! A code, once published, keeps its meaning: never renumber or reuse one.
//! A new kind of error takes the next free number of its group:
//!
//! - `E00xx` reading the site's files
//! - `E01xx` YAML, in any file or block
//! - `E02xx` `content/site.yaml`
//! - `E03xx` indicator and agency files
//! - `E04xx` Markdown pages and their blocks
//! - `E05xx` static files and themes
//! - `E06xx` links (`baocao check`)
//! - `E07xx` writing the output
//! - `E08xx` observations in CSV files
//! - `E09xx` photos

pub(super) mod list;

pub use super::catalogue::{Entry, Step};
pub use list::Code;

impl Code {
    /// Its entry in the catalogue.
    pub fn entry(self) -> Option<&'static Entry> {
        super::catalogue::ENTRIES.iter().find(|e| e.code == self)
    }

    /// Its title in the catalogue, in English (`lang` 0) or Vietnamese (1).
    pub fn title(self, lang: usize) -> &'static str {
        self.entry().map_or("", |e| e.title[lang])
    }
}

/// `baocao explain CODE`: the entry as text, English then Vietnamese.
pub fn explain(code: Code) -> String {
    let Some(e) = code.entry() else {
        return format!("{code}: no entry\n");
    };
    let mut out = String::new();
    for lang in 0..2 {
        let (example, fix) = [("Example", "Fix"), ("Ví dụ", "Cách sửa")][lang];
        out.push_str(&format!("{code} {}\n\n", e.title[lang]));
        out.push_str(&plain(e.meaning[lang]));
        out.push_str(&format!("\n{example}:\n"));
        for step in e.example {
            out.push_str(&step_text(step, lang));
        }
        out.push_str(&format!("\n{fix}:\n"));
        out.push_str(&plain(e.fix[lang]));
        out.push('\n');
    }
    let [vi, en] = code.guide_pages();
    out.push_str(&format!(
        "Guide: {} (English: {})\n",
        crate::guide::url(&vi),
        crate::guide::url(&en)
    ));
    out
}

/// A step as plain text, in language `lang` (0 English, 1 Vietnamese).
pub fn step_text(step: &Step, lang: usize) -> String {
    let indent = |t: &str| -> String { t.lines().map(|l| format!("    {l}\n")).collect() };
    match step {
        Step::Edit { file, with, .. } => {
            let head = ["in", "trong"][lang];
            format!("  {head} {file}:\n{}", indent(with))
        }
        Step::Write { file, text: "" } => {
            format!("  {file} {}\n", ["empty", "để trống"][lang])
        }
        Step::Write { file, text } => format!("  {file}:\n{}", indent(text)),
        Step::Remove(file) => format!("  {file} {}\n", ["removed", "bị xóa"][lang]),
        Step::Link { link, target } => format!(
            "  {link}: {} {target}\n",
            ["a symbolic link to", "liên kết tượng trưng tới"][lang]
        ),
        Step::Described(t) => format!("  {}\n", t[lang]),
    }
}

/// Markdown in a terminal: without its backticks and asterisks, wrapped
/// at 78 characters.
fn plain(md: &str) -> String {
    let text = md.replace(['`', '*'], "");
    let mut out = String::new();
    let mut width = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if width > 0 && width + 1 + n > 78 {
            out.push('\n');
            width = 0;
        } else if width > 0 {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += n;
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::catalogue::ENTRIES;

    #[test]
    fn each_code_has_its_entry_in_both_guides() {
        assert_eq!(
            Code::UnknownField.guide_pages(),
            ["/huong-dan/ma-loi/#e0104", "/guide/errors/#e0104"]
        );
    }

    #[test]
    fn codes_are_distinct_well_formed_and_in_order() {
        let ids: Vec<&str> = Code::ALL.iter().map(|c| c.id()).collect();
        for id in &ids {
            assert!(
                id.len() == 5 && id.starts_with('E') && id[1..].bytes().all(|b| b.is_ascii_digit()),
                "{id}"
            );
        }
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    }

    /// The catalogue is complete: each code has exactly one entry, in the
    /// order of the codes, with every text written.
    #[test]
    fn every_code_has_an_entry() {
        let missing: Vec<&str> = Code::ALL
            .iter()
            .filter(|c| !ENTRIES.iter().any(|e| e.code == **c))
            .map(|c| c.id())
            .collect();
        assert!(
            missing.is_empty(),
            "codes without an entry in src/diagnostics/catalogue.rs: {missing:?}"
        );
        let listed: Vec<Code> = ENTRIES.iter().map(|e| e.code).collect();
        assert_eq!(
            listed,
            Code::ALL,
            "one entry per code, in the order of the codes"
        );
        for e in ENTRIES {
            for text in e.title.iter().chain(&e.meaning).chain(&e.fix) {
                assert!(!text.trim().is_empty(), "{}: an empty text", e.code);
            }
            assert!(!e.example.is_empty(), "{}: no example", e.code);
        }
    }

    #[test]
    fn codes_parse_in_any_case() {
        assert_eq!(Code::parse("E0104"), Some(Code::UnknownField));
        assert_eq!(Code::parse("e0104"), Some(Code::UnknownField));
        assert_eq!(Code::parse("0104"), Some(Code::UnknownField));
        assert_eq!(Code::parse("E9999"), None);
        assert_eq!(Code::UnknownField.anchor(), "e0104");
    }

    #[test]
    fn explain_gives_both_languages_and_the_page() {
        let t = explain(Code::UnknownField);
        assert!(t.starts_with("E0104 "), "{t}");
        assert!(t.contains("Example:") && t.contains("Ví dụ:"), "{t}");
        assert!(t.contains("#e0104"), "{t}");
    }
}
