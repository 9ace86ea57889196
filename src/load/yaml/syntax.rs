//! A YAML syntax error, located on the file's own lines and explained:
//! the context libyaml gives, a repeated key, a second document, a number
//! too long to hold.

use std::path::Path;

use super::index::index_positions;
use crate::diagnostics::{Code, Diagnostic, Pos};

/// The digits of an integer too large for 64 bits, from serde_yaml's
/// "invalid type: integer `…` as u128" message.
fn huge_integer(msg: &str) -> Option<&str> {
    let rest = msg.split("invalid type: integer `").nth(1)?;
    let (digits, after) = rest.split_once('`')?;
    (after.starts_with(" as u128") || after.starts_with(" as i128")).then_some(digits)
}

/// A syntax error of `text` (which starts on line `line_offset + 1` of
/// `file`) with a hint.
pub(super) fn syntax_error(
    e: &serde_yaml::Error,
    text: &str,
    file: &Path,
    line_offset: usize,
) -> Diagnostic {
    let mut pos = e
        .location()
        .map(|l| Pos::new(l.line() + line_offset, l.column()))
        .unwrap_or(Pos::new(line_offset + 1, 1));
    let raw = e.to_string();
    // libyaml writes "PROBLEM at line X column Y, CONTEXT at line X column Y";
    // we print the problem's location ourselves and keep the context's, on
    // the file's own lines.
    let (problem, context) = match raw.split_once(", while ") {
        Some((p, c)) => (p, Some(c)),
        None => (raw.as_str(), None),
    };
    let mut msg = strip_location(problem).to_string();
    let opened = context.and_then(|c| {
        let (what, at) = c.split_once(" at line ")?;
        let line: usize = at.split(' ').next()?.parse().ok()?;
        Some((what, line + line_offset))
    });
    if let Some((what, line)) = opened {
        msg.push_str(&format!(", while {what} that starts on line {line}"));
    }
    if let Some(digits) = huge_integer(&msg) {
        return Diagnostic::new(
            file,
            pos,
            format!(
                "the number {digits} has more digits than a value can hold",
            ),
        )
        .with_hint("write at most 15 significant digits; for a very large amount, count in a larger unit (tỷ đồng instead of đồng)")
        .code(Code::TooManyDigits);
    }
    let hint = if msg.contains("recursion limit") {
        "the document nests too deeply; flatten it".to_string()
    } else if msg.contains("repetition limit") {
        "the document expands too many aliases (`*name`); write the values out".to_string()
    } else if msg.contains("duplicate entry") {
        // serde_yaml points at the mapping; point at the repeated key.
        let index = index_positions(text, line_offset);
        let key = msg.split('"').nth(1).unwrap_or("");
        let repeated = index
            .repeated
            .iter()
            .find(|(path, _)| path == key || path.ends_with(&format!(".{key}")));
        if let Some((path, at)) = repeated {
            pos = *at;
            let first = index.keys.get(path).map_or(0, |p| p.line);
            msg = format!("the field `{path}` appears twice (first on line {first})");
        }
        "each field may appear once; remove the repeated one".to_string()
    } else if msg.contains("more than one document") {
        // serde_yaml does not say where; the second document starts after
        // a `---` (or `...`) line that follows some content.
        if let Some(at) = second_document(text, line_offset) {
            pos = at;
        }
        msg = "the file holds more than one YAML document".to_string();
        "a line `---` starts a new document; remove it (front matter is only for .md pages)"
            .to_string()
    } else if msg.contains("mapping values are not allowed") {
        "a value that contains `: ` must be quoted, e.g. title: \"A: B\"".to_string()
    } else if msg.contains("tab character") {
        "indent with spaces: YAML does not allow tabs there".to_string()
    } else if let Some((what, line)) = opened.filter(|(w, _)| w.contains("flow sequence")) {
        let _ = what;
        format!(
            "close the list `[` opened on line {line} with `]`, and separate its items with `,`"
        )
    } else if let Some((_, line)) = opened.filter(|(w, _)| w.contains("flow mapping")) {
        format!("close the `{{` opened on line {line} with `}}`, and separate its fields with `,`")
    } else if let Some((_, line)) = opened.filter(|(w, _)| w.contains("quoted scalar")) {
        format!("close the quote opened on line {line}")
    } else {
        "check the indentation and quoting on this line and the one before".to_string()
    };
    Diagnostic::new(file, pos, format!("YAML syntax error: {msg}"))
        .with_hint(hint)
        .code(Code::YamlSyntax)
}

/// "did not find X at line 3 column 4" → "did not find X".
fn strip_location(s: &str) -> &str {
    match s.find(" at line ") {
        Some(i) => &s[..i],
        None => s,
    }
}

/// Where a second document starts: a `---` (or `...`) line after some
/// content.
fn second_document(text: &str, line_offset: usize) -> Option<Pos> {
    let mut content = false;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_end();
        if content && (t == "---" || t.starts_with("--- ") || t == "...") {
            return Some(Pos::new(i + 1 + line_offset, 1));
        }
        content |= !(t.is_empty() || t.starts_with('#') || t.starts_with('%') || t == "---");
    }
    None
}
