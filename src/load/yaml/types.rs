//! A value of the wrong type or a field name that is not one, located at
//! its key path: unknown fields and values with the likely one, missing
//! fields, numbers written with a decimal comma or in quotes.

use std::path::Path;

use super::index::{PosIndex, Seg, join_key, parent_path, path_string};
use crate::diagnostics::{Code, Diagnostic, Pos, did_you_mean};

/// Turns a serde error at `segs` into a located diagnostic with a hint.
pub(super) fn type_error(
    e: &serde_yaml::Error,
    segs: &[Seg],
    index: &PosIndex,
    file: &Path,
    text: &str,
) -> Diagnostic {
    let path = path_string(segs);
    let msg = e.to_string();
    if msg.ends_with("expected field identifier") {
        return bad_key(&msg, &path, index, file, text);
    }
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        return unknown_field(rest, &path, index, file);
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        return unknown_variant(rest, &path, index, file);
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or("");
        return Diagnostic::new(
            file,
            index.locate(&path),
            format!("missing field `{field}`{}", where_(&path)),
        )
        .with_hint(format!("add a line `{field}: ...`"))
        .code(Code::MissingField);
    }
    let hint = type_hint(&msg);
    let what = if path.is_empty() {
        String::new()
    } else {
        format!("`{path}`: ")
    };
    Diagnostic::new(file, index.locate(&path), format!("{what}{msg}"))
        .with_hint_opt(hint)
        .code(Code::WrongType)
}

/// A mapping key that is not text ("invalid type: integer `2`, expected
/// field identifier"). Inside `{ }`, `value: 83,2` is `value: 83` and a key
/// `2`: a number written with a decimal comma.
fn bad_key(msg: &str, path: &str, index: &PosIndex, file: &Path, text: &str) -> Diagnostic {
    let key = msg.split('`').nth(1);
    let at = key.and_then(|k| index.keys.get(&join_key(path, k)).copied());
    if let Some(at) = at
        && let Some((number, col)) = split_decimal(text, at.line - index.line_offset, at.col)
    {
        return Diagnostic::new(
            file,
            Pos::new(at.line, col),
            format!("`{number}` reads as two values: inside `{{ }}` a comma separates fields"),
        )
        .with_hint(format!(
            "write numbers with a decimal point and no quotes: {}",
            number.replace(['.', ' '], "").replace(',', ".")
        ))
        .code(Code::DecimalComma);
    }
    let what = match key {
        Some(k) => format!("`{k}`"),
        None => msg
            .strip_prefix("invalid type: ")
            .and_then(|m| m.split(',').next())
            .map_or_else(|| "this".to_string(), |k| format!("a {k}")),
    };
    Diagnostic::new(
        file,
        at.unwrap_or_else(|| index.locate(path)),
        format!("{what} is not a field name{}", where_(path)),
    )
    .with_hint("a field is a name followed by `:` and its value, e.g. `value: 83.2`")
    .code(Code::NotAFieldName)
}

/// The number written with a decimal comma around the key at `line` (of
/// `text`, 1-based) and `col`, and the column it starts at.
fn split_decimal(text: &str, line: usize, col: usize) -> Option<(String, usize)> {
    let chars: Vec<char> = text.lines().nth(line.checked_sub(1)?)?.chars().collect();
    let key = col.checked_sub(1)?;
    let numeric = |c: &char| c.is_ascii_digit() || matches!(c, ',' | '.' | '-');
    if key < 2 || chars.get(key - 1) != Some(&',') || !chars[key - 2].is_ascii_digit() {
        return None;
    }
    let start = (0..key).rev().take_while(|&i| numeric(&chars[i])).last()?;
    let end = (key..chars.len())
        .take_while(|&i| numeric(&chars[i]))
        .last()
        .map_or(key, |i| i + 1);
    let number: String = chars[start..end].iter().collect();
    let number = number.trim_end_matches([',', '.']).to_string();
    looks_like_comma_decimal(&number).then_some((number, start + 1))
}

fn where_(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" in `{path}`")
    }
}

fn quoted_string(msg: &str) -> Option<String> {
    let start = msg.find("string \"")? + 8;
    let end = msg[start..].find('"')? + start;
    Some(msg[start..end].to_string())
}

/// "83,2" or "3.545,5": a number written the Vietnamese way.
pub fn looks_like_comma_decimal(s: &str) -> bool {
    let s = s.trim();
    s.contains(',')
        && s.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == '-')
        && s.chars().any(|c| c.is_ascii_digit())
}

/// An unknown field (`rest` of serde's message names it and the fields
/// expected), located at its key, with the likely one.
fn unknown_field(rest: &str, path: &str, index: &PosIndex, file: &Path) -> Diagnostic {
    let field = rest.split('`').next().unwrap_or("");
    let expected: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
    let field_path = join_key(path, field);
    let field_path = if path.ends_with(&join_key("", field)) {
        path.to_string()
    } else {
        field_path
    };
    let hint = did_you_mean(field, expected.iter().copied()).or_else(|| {
        (!expected.is_empty()).then(|| format!("allowed here: {}", expected.join(", ")))
    });
    Diagnostic::new(
        file,
        index.locate_key(&field_path),
        format!(
            "unknown field `{field}`{}",
            where_(&parent_path(&field_path).unwrap_or_default())
        ),
    )
    .with_hint_opt(hint)
    .code(Code::UnknownField)
}

/// A value that is not one of the variants `rest` lists, with the likely
/// one.
fn unknown_variant(rest: &str, path: &str, index: &PosIndex, file: &Path) -> Diagnostic {
    let got = rest.split('`').next().unwrap_or("");
    let expected: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
    let hint = did_you_mean(got, expected.iter().copied())
        .or_else(|| Some(format!("expected one of: {}", expected.join(", "))));
    Diagnostic::new(
        file,
        index.locate(path),
        format!("`{got}` is not a valid value for `{path}`"),
    )
    .with_hint_opt(hint)
    .code(Code::InvalidValue)
}

/// How to write the value serde's `msg` says has the wrong type.
fn type_hint(msg: &str) -> Option<String> {
    let hint = if msg.contains("expected f64") || msg.contains("expected a number") {
        if let Some(s) = quoted_string(msg)
            && looks_like_comma_decimal(&s)
        {
            format!(
                "write numbers with a decimal point and no quotes: {}",
                s.replace(['.', ' '], "").replace(',', ".")
            )
        } else if let Some(s) = quoted_string(msg)
            && s.trim().parse::<f64>().is_ok_and(f64::is_infinite)
        {
            format!("`{s}` is too large to be a number; write a finite number")
        } else {
            "write a plain number without quotes, e.g. 83.2".to_string()
        }
    } else if ["i32", "u8", "usize"]
        .iter()
        .any(|t| msg.ends_with(&format!("expected {t}")))
    {
        "write a whole number without quotes, e.g. 2020".to_string()
    } else if msg.ends_with("expected a boolean") {
        "write `true` or `false`".to_string()
    } else if msg.contains("expected a date") {
        "write dates as YYYY-MM-DD, e.g. 2020-06-30".to_string()
    } else if msg.contains("expected a sequence") {
        "write a list, e.g. [a, b] or one `- item` per line".to_string()
    } else if msg.ends_with("expected a string")
        && let Some(v) = msg
            .strip_prefix("invalid type: ")
            .and_then(|m| m.split('`').nth(1))
    {
        format!("put text that looks like a number or true/false in quotes: \"{v}\"")
    } else {
        return None;
    };
    Some(hint)
}
