//! Located errors for people.
//!
//! Every problem found in a user's file becomes a [`Diagnostic`]: the file
//! (relative to the site root), line and column (1-based), what is wrong and,
//! when one is close, a likely fix. A run collects all of them in
//! [`Diagnostics`] and prints them together, as text for people, JSON for
//! machines, or GitHub Actions annotations. Each carries the [`Code`] of
//! its kind, which people look up in the error catalogue.

pub mod catalogue;
pub mod codes;

pub use codes::Code;

use std::fmt;
use std::path::{Path, PathBuf};

/// A position in a source file. `line` and `col` are 1-based; 0 means unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    pub fn new(line: usize, col: usize) -> Self {
        Pos { line, col }
    }
}

/// One problem in one place.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Path relative to the site root, with `/` separators.
    pub file: PathBuf,
    pub pos: Pos,
    pub message: String,
    /// A likely fix ("did you mean `value`?"), when one is known.
    pub hint: Option<String>,
    /// Its kind, for the catalogue. Every diagnostic baocao reports has one
    /// (`tests/catalogue.rs` checks the source).
    pub code: Option<Code>,
}

impl Diagnostic {
    pub fn new(file: impl AsRef<Path>, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.as_ref().to_path_buf(),
            pos,
            message: message.into(),
            hint: None,
            code: None,
        }
    }

    /// The kind of error, from the catalogue.
    pub fn code(mut self, code: Code) -> Self {
        self.code = Some(code);
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_hint_opt(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }

    /// `file:line:col` as editors and terminals understand it.
    pub fn location(&self) -> String {
        let file = printable(&display_path(&self.file));
        match (self.pos.line, self.pos.col) {
            (0, _) => file,
            (l, 0) => format!("{file}:{l}"),
            (l, c) => format!("{file}:{l}:{c}"),
        }
    }

    /// A GitHub Actions workflow command that shows the error on the diff.
    pub fn github_annotation(&self) -> String {
        let mut msg = printable(&self.message);
        if let Some(h) = &self.hint {
            msg.push_str(" (");
            msg.push_str(&printable(h));
            msg.push(')');
        }
        let esc = |s: &str| {
            s.replace('%', "%25")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
        };
        let prop = |s: &str| esc(s).replace(':', "%3A").replace(',', "%2C");
        let title = self
            .code
            .map(|c| format!(",title={}", prop(&format!("baocao {c}: {}", c.title(0)))))
            .unwrap_or_default();
        format!(
            "::error file={},line={},col={}{title}::{}",
            prop(&printable(&display_path(&self.file))),
            self.pos.line.max(1),
            self.pos.col.max(1),
            esc(&msg)
        )
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "file": printable(&display_path(&self.file)),
            "line": self.pos.line,
            "column": self.pos.col,
            "message": printable(&self.message),
            "hint": self.hint.as_deref().map(printable),
            "code": self.code.map(Code::id),
            "see": self.code.map(see),
        })
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(c) => write!(f, "error[{c}]: ")?,
            None => write!(f, "error: ")?,
        }
        write!(f, "{}: {}", self.location(), printable(&self.message))?;
        if let Some(h) = &self.hint {
            write!(f, "\n  help: {}", printable(h))?;
        }
        if let Some(c) = self.code {
            write!(f, "\n  see: `baocao explain {c}`, or {}", see(c))?;
        }
        Ok(())
    }
}

/// Where the catalogue explains `code`: its entry in the guide.
pub fn see(code: Code) -> String {
    crate::guide::url(&code.guide_pages()[0])
}

/// Text safe to print on a terminal or in a CI log: control characters
/// (an escape sequence could clear the screen or write the clipboard),
/// bidirectional controls (which reorder what is shown) and characters that
/// take no space (a zero-width space) become visible
/// `\u{…}` escapes. Line breaks and tabs stay.
pub fn printable(s: &str) -> String {
    if !s.chars().any(needs_escape) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c) || is_invisible(c)
}

/// Characters that take no space: a name made of them looks empty.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Characters that change the direction of the text around them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Paths in messages always use `/`, whatever the platform.
pub fn display_path(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Every diagnostic of a run, in a stable order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    /// Sorted by file, then position; duplicates removed.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort();
        self.items.dedup();
        self.items
    }
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

/// The closest candidate to `word`, if it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(&word.to_lowercase(), &c.to_lowercase());
        if score > 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

/// "did you mean `x`?" for the closest candidate.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    suggest(word, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_field_names() {
        assert_eq!(
            suggest("valu", ["year", "entity", "value", "note"]),
            Some("value")
        );
        assert_eq!(suggest("zzz", ["year", "entity", "value"]), None);
    }

    #[test]
    fn escapes_control_and_bidi_characters_in_every_format() {
        let d = Diagnostic::new(
            "content/\u{1b}]52;c;eA==\u{7}.yaml",
            Pos::new(1, 1),
            "unknown field `\u{1b}[2J\u{202E}x`",
        )
        .with_hint("\u{9b}31m");
        for out in [
            d.to_string(),
            d.github_annotation(),
            d.to_json().to_string(),
        ] {
            assert!(
                !out.chars()
                    .any(|c| c.is_control() && c != '\n' || is_bidi_control(c)),
                "{out:?}"
            );
            assert!(out.contains("u{001B}]52"), "{out}");
        }
        assert_eq!(printable("Yên Bái\n\tok"), "Yên Bái\n\tok");
    }

    #[test]
    fn formats_location_and_annotation() {
        let d = Diagnostic::new("content/a.yaml", Pos::new(3, 5), "bad: thing")
            .with_hint("did you mean `x`?");
        assert_eq!(d.location(), "content/a.yaml:3:5");
        assert_eq!(
            d.github_annotation(),
            "::error file=content/a.yaml,line=3,col=5::bad: thing (did you mean `x`?)"
        );
        assert!(d.to_string().contains("help: did you mean `x`?"));
    }

    #[test]
    fn a_code_is_printed_with_where_it_is_explained() {
        let d = Diagnostic::new("content/a.yaml", Pos::new(3, 5), "unknown field `valu`")
            .with_hint("did you mean `value`?")
            .code(Code::UnknownField);
        let text = d.to_string();
        assert!(
            text.starts_with("error[E0104]: content/a.yaml:3:5: unknown field `valu`\n  help: did you mean `value`?\n  see: `baocao explain E0104`, or "),
            "{text}"
        );
        assert!(text.ends_with("/huong-dan/ma-loi/#e0104"), "{text}");
        assert_eq!(
            d.github_annotation(),
            "::error file=content/a.yaml,line=3,col=5,title=baocao E0104%3A Unknown field::unknown field `valu` (did you mean `value`?)"
        );
        assert_eq!(d.to_json()["code"], "E0104");
        assert!(d.to_json()["see"].as_str().unwrap().ends_with("#e0104"));
    }
}
