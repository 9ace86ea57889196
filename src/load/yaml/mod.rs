//! All YAML parsing lives here, so that a maintained fork of serde_yaml can
//! replace it in one place.
//!
//! A document that is right takes the fast path ([`parse_checked`]): typed
//! straight from the text, positions worked out only if a message later
//! needs one ([`LazyIndex`]). Anything else takes the full path, which
//! finds every error:
//!
//! Steps for one document on the full path:
//! 1. parse the text into a `serde_yaml::Value` (syntax errors come back
//!    located by serde_yaml itself);
//! 2. build a [`PosIndex`] mapping every key path (`observations[3].value`)
//!    to its line and column, from yaml-rust2's marked events;
//! 3. reject non-finite numbers (`.nan`, `.inf`) wherever they are;
//! 4. deserialize into the typed record, collecting every error: when an
//!    item of a top-level list is wrong, it is set aside and the rest is tried
//!    again, so one run reports each bad item, not just the first.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use serde::de::DeserializeOwned;
use serde_yaml::Value;

use crate::diagnostics::{Code, Diagnostic, Pos};
use std::path::Path;

mod index;
mod syntax;
mod types;

pub use index::{PosIndex, Seg, index_positions, path_string};
use syntax::syntax_error;
pub use types::looks_like_comma_decimal;
use types::type_error;

/// Where each part of a document is, worked out from its text on the first
/// question (most documents never need it).
pub struct LazyIndex {
    text: String,
    line_offset: usize,
    built: OnceLock<PosIndex>,
}

impl LazyIndex {
    pub fn new(text: &str, line_offset: usize) -> Self {
        LazyIndex {
            text: text.to_string(),
            line_offset,
            built: OnceLock::new(),
        }
    }
    fn built(text: &str, index: PosIndex) -> Self {
        LazyIndex {
            text: text.to_string(),
            line_offset: index.line_offset,
            built: OnceLock::from(index),
        }
    }
    pub fn index(&self) -> &PosIndex {
        self.built
            .get_or_init(|| index_positions(&self.text, self.line_offset))
    }
    /// See [`PosIndex::locate`].
    pub fn locate(&self, path: &str) -> Pos {
        self.index().locate(path)
    }
    /// See [`PosIndex::locate_key`].
    pub fn locate_key(&self, path: &str) -> Pos {
        self.index().locate_key(path)
    }
}

/// A parsed document: the value and where each part of it sits.
pub struct Parsed<T> {
    pub value: T,
    pub index: Arc<LazyIndex>,
    /// Problems that do not stop the value from being used (a `.nan`):
    /// reported, but the record still takes part in validation.
    pub errors: Vec<Diagnostic>,
}

/// [`parse`], first trying the fast path: `T` straight from the text, with
/// no position index and no intermediate tree. The fast path is taken only
/// when it gives what the full path would: no `.nan`/`.inf` token in the
/// text (the full path reports those), and `plain(&value)` holds — the
/// caller's check that no text field holds something YAML reads as a
/// number, true/false or null when unquoted (the full path refuses
/// `name: 2020`; the fast one would read it as text). Otherwise, and on
/// any error, the full path runs and reports everything.
pub fn parse_checked<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    line_offset: usize,
    plain: impl Fn(&T) -> bool,
) -> Result<Parsed<T>, Vec<Diagnostic>> {
    if !has_non_finite_token(text)
        && let Ok(value) = T::deserialize(serde_yaml::Deserializer::from_str(text))
        && plain(&value)
    {
        return Ok(Parsed {
            value,
            index: Arc::new(LazyIndex::new(text, line_offset)),
            errors: Vec::new(),
        });
    }
    parse(text, file, line_offset)
}

/// Whether `text` holds a token the full path reports: a non-finite
/// number, or an integer too long for 64 bits (the fast path would read
/// it as a float, without the full path's message about digits).
fn has_non_finite_token(text: &str) -> bool {
    let b = text.as_bytes();
    let mut run = 0;
    for &c in b {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        if run > 18 {
            return true;
        }
    }
    text.match_indices('.').any(|(i, _)| {
        let rest = &b[i + 1..b.len().min(i + 4)];
        rest.eq_ignore_ascii_case(b"nan") || rest.eq_ignore_ascii_case(b"inf")
    })
}

/// Whether `s`, written unquoted, would be read as something other than
/// text (a number, true/false, null). Errs on the side of yes: a yes only
/// sends the document down the full path, which decides exactly.
pub fn retypes(s: &str) -> bool {
    let t = s.trim();
    t.is_empty()
        || t != s
        || t.parse::<f64>().is_ok()
        || t.starts_with(['.', '+', '-', '0', '~'])
        || ["true", "false", "null", "yes", "no", "on", "off"]
            .iter()
            .any(|w| t.eq_ignore_ascii_case(w))
}

/// Parses `text` (a whole YAML file, or front matter starting at file line
/// `line_offset + 1`) into `T`, collecting every error it can find.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    line_offset: usize,
) -> Result<Parsed<T>, Vec<Diagnostic>> {
    let root: Value = match serde_yaml::from_str(text) {
        Ok(v) => v,
        Err(e) => return Err(vec![syntax_error(&e, text, file, line_offset)]),
    };
    let root = match root {
        Value::Null => {
            // A part of a file (a ```chart block) is not "the file".
            let what = if line_offset == 0 {
                "the file is empty"
            } else {
                "this block is empty"
            };
            return Err(vec![
                Diagnostic::new(file, Pos::new(line_offset + 1, 1), what)
                    .with_hint(format!(
                        "write the fields it needs ({})",
                        crate::guide::SEE_FORMAT
                    ))
                    .code(Code::EmptyFile),
            ]);
        }
        Value::Mapping(m) => Value::Mapping(m),
        other => {
            return Err(vec![
                Diagnostic::new(
                    file,
                    Pos::new(line_offset + 1, 1),
                    format!(
                        "expected a mapping of `field: value` lines, found {}",
                        kind_of(&other)
                    ),
                )
                .with_hint("each line should look like `name: value`")
                .code(Code::NotAMapping),
            ]);
        }
    };
    let index = index_positions(text, line_offset);
    let mut soft = Vec::new();
    non_finite(&root, &mut Vec::new(), &index, file, &mut soft);
    let mut errors = Vec::new();
    let mut current = root;
    // For each top-level list, the original index of each remaining item.
    let mut kept: HashMap<String, Vec<usize>> = HashMap::new();
    for _ in 0..200 {
        let err = match serde_path_to_error::deserialize::<_, T>(current.clone()) {
            Ok(value) if errors.is_empty() => {
                return Ok(Parsed {
                    value,
                    index: Arc::new(LazyIndex::built(text, index)),
                    errors: soft,
                });
            }
            Ok(_) => break,
            Err(err) => err,
        };
        let mut segs = to_segs(err.path());
        // An error inside an item of a top-level list: report it, set the
        // item aside and try the rest again.
        if let (Some(Seg::Key(list)), Some(Seg::Index(i))) = (segs.first(), segs.get(1)) {
            let (list, i) = (list.clone(), *i);
            let orig = kept
                .entry(list.clone())
                .or_insert_with(|| (0..list_len(&current, &list)).collect());
            if i < orig.len() {
                segs[1] = Seg::Index(orig.remove(i));
                errors.push(type_error(err.inner(), &segs, &index, file, text));
                remove_item(&mut current, &list, i);
                continue;
            }
        }
        errors.push(type_error(err.inner(), &segs, &index, file, text));
        break;
    }
    errors.extend(soft);
    Err(errors)
}

fn list_len(v: &Value, key: &str) -> usize {
    match v.get(key) {
        Some(Value::Sequence(s)) => s.len(),
        _ => 0,
    }
}

fn remove_item(v: &mut Value, key: &str, i: usize) {
    if let Some(Value::Sequence(s)) = v.get_mut(key)
        && i < s.len()
    {
        s.remove(i);
    }
}

fn to_segs(path: &serde_path_to_error::Path) -> Vec<Seg> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|s| match s {
            Segment::Seq { index } => Some(Seg::Index(*index)),
            Segment::Map { key } => Some(Seg::Key(key.clone())),
            Segment::Enum { variant } => Some(Seg::Key(variant.clone())),
            Segment::Unknown => None,
        })
        .collect()
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

fn non_finite(
    v: &Value,
    segs: &mut Vec<Seg>,
    index: &PosIndex,
    file: &Path,
    out: &mut Vec<Diagnostic>,
) {
    match v {
        Value::Number(n) => {
            if let Some(f) = n.as_f64()
                && !f.is_finite()
            {
                let path = path_string(segs);
                out.push(
                    Diagnostic::new(
                        file,
                        index.locate(&path),
                        format!("`{path}` is {f}, which is not a number baocao can publish"),
                    )
                    .with_hint(
                        "write a finite number, or leave the observation out if there is no value",
                    )
                    .code(Code::NotFinite),
                );
            }
        }
        Value::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                segs.push(Seg::Index(i));
                non_finite(item, segs, index, file, out);
                segs.pop();
            }
        }
        Value::Mapping(m) => {
            for (k, item) in m {
                segs.push(Seg::Key(k.as_str().unwrap_or("?").to_string()));
                non_finite(item, segs, index, file, out);
                segs.pop();
            }
        }
        Value::Tagged(t) => non_finite(&t.value, segs, index, file, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Obs {
        #[allow(dead_code)]
        year: i32,
        #[allow(dead_code)]
        value: f64,
    }
    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        #[allow(dead_code)]
        name: String,
        #[serde(default)]
        #[allow(dead_code)]
        observations: Vec<Obs>,
    }

    fn p(text: &str) -> Result<Parsed<Doc>, Vec<Diagnostic>> {
        parse::<Doc>(text, Path::new("f.yaml"), 0)
    }

    fn checked(text: &str) -> Result<Parsed<Doc>, Vec<Diagnostic>> {
        parse_checked::<Doc>(text, Path::new("f.yaml"), 0, |d| !retypes(&d.name))
    }

    #[test]
    fn right_documents_take_the_fast_path() {
        let p = checked("name: x\nobservations:\n  - { year: 2019, value: 1 }\n").unwrap();
        assert!(
            p.index.built.get().is_none(),
            "no position index was needed"
        );
        // Asked later, positions are still right.
        assert_eq!(p.index.locate("observations[0].value"), Pos::new(3, 26));
        assert!(p.index.built.get().is_some());
    }

    #[test]
    fn the_fast_path_gives_what_the_full_path_gives() {
        let cases = [
            "name: 2020\n",
            "name: true\n",
            "name: x\nobservations:\n  - { year: 2019, value: .nan }\n",
            "name: x\nobservations:\n  - { year: 2019, value: 123456789012345678901234567890 }\n",
            "name: x\nobservations:\n  - { year: \"2019\", value: 1 }\n",
            "name: x\nname: y\n",
            "",
            "- a\n",
            "name: x\nextra: 1\n",
        ];
        for text in cases {
            let full = p(text).map(|p| p.errors).unwrap_or_else(|e| e);
            let fast = checked(text).map(|p| p.errors).unwrap_or_else(|e| e);
            assert!(!full.is_empty(), "{text:?} has an error");
            assert_eq!(full, fast, "{text:?}");
        }
        // Quoted, a number is text on both paths.
        assert_eq!(checked("name: \"2020\"\n").unwrap().value.name, "2020");
    }

    #[test]
    fn indexes_positions() {
        let idx = index_positions(
            "name: x\nobservations:\n  - { year: 2019, value: 1 }\n  - year: 2020\n    value: 2\n",
            0,
        );
        assert_eq!(idx.locate("name"), Pos::new(1, 7));
        assert_eq!(idx.locate("observations[0].value"), Pos::new(3, 26));
        assert_eq!(idx.locate("observations[1].value"), Pos::new(5, 12));
        assert_eq!(idx.locate_key("observations[1].value"), Pos::new(5, 5));
    }

    #[test]
    fn block_mappings_start_at_their_first_key() {
        let idx = index_positions(
            "name: x\nhead:\n  title: B\nobservations:\n  - year: 1\n",
            0,
        );
        assert_eq!(idx.locate(""), Pos::new(1, 1));
        assert_eq!(idx.locate("head"), Pos::new(3, 3));
        assert_eq!(idx.locate("observations[0]"), Pos::new(5, 5));
        let errs = p("observations: []\n").err().unwrap();
        assert_eq!(errs[0].pos, Pos::new(1, 1), "{errs:?}");
        assert_eq!(errs[0].message, "missing field `name`");
    }

    #[test]
    fn reports_every_bad_item() {
        let errs = p("name: x\nobservations:\n  - { year: 2019, valu: 1 }\n  - { year: 2020, value: 2 }\n  - { year: 2021, value: \"83,2\" }\n").err().unwrap();
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert_eq!(errs[0].pos, Pos::new(3, 19));
        assert!(errs[0].message.contains("unknown field `valu`"));
        assert_eq!(errs[0].hint.as_deref(), Some("did you mean `value`?"));
        assert_eq!(errs[1].pos.line, 5);
        assert!(
            errs[1].message.contains("observations[2].value"),
            "{}",
            errs[1].message
        );
        assert!(errs[1].hint.as_deref().unwrap().contains("83.2"));
    }

    #[test]
    fn offsets_front_matter_lines() {
        let errs = p("name: x\nnmae: y\n").err().unwrap();
        assert_eq!(errs[0].pos, Pos::new(2, 1));
        let errs = parse::<Doc>("name: x\nnmae: y\n", Path::new("f.md"), 1)
            .err()
            .unwrap();
        assert_eq!(errs[0].pos, Pos::new(3, 1));
    }

    #[test]
    fn rejects_non_finite_and_empty() {
        let errs = p("name: x\nobservations:\n  - { year: 2019, value: .nan }\n")
            .ok()
            .unwrap()
            .errors;
        assert!(errs[0].message.contains("not a number"));
        assert_eq!(errs[0].pos.line, 3);
        let errs = p("").err().unwrap();
        assert!(errs[0].message.contains("empty"));
    }

    #[test]
    fn repeated_keys_point_at_the_repeat() {
        let errs = p("name: x\nobservations:\n  - year: 1\n    value: 2\n    year: 3\n")
            .err()
            .unwrap();
        assert_eq!(errs[0].pos, Pos::new(5, 5));
        assert!(
            errs[0]
                .message
                .contains("`observations[0].year` appears twice (first on line 3)"),
            "{}",
            errs[0].message
        );
    }

    #[test]
    fn unclosed_brackets_say_where_they_open() {
        let errs = p("name: x\nobservations: [ { year: 1, value: 2 }\n")
            .err()
            .unwrap();
        assert_eq!(errs[0].pos, Pos::new(3, 1));
        assert!(
            errs[0]
                .message
                .contains("flow sequence that starts on line 2")
        );
        assert!(
            errs[0]
                .hint
                .as_deref()
                .unwrap()
                .contains("opened on line 2")
        );
        let errs = parse::<Doc>("name: \"x\n", Path::new("f.md"), 1)
            .err()
            .unwrap();
        assert!(
            errs[0]
                .hint
                .as_deref()
                .unwrap()
                .contains("quote opened on line 2")
        );
    }

    #[test]
    fn decimal_commas_in_braces_are_explained() {
        let errs = p("name: x\nobservations:\n  - { year: 2019, value: 83,2 }\n  - { year: 2020, value: 1 }\n  - { year: 2021, value: 3.545,5 }\n")
            .err()
            .unwrap();
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert_eq!(errs[0].pos, Pos::new(3, 26));
        assert!(errs[0].message.starts_with("`83,2` reads as two values"));
        assert_eq!(
            errs[0].hint.as_deref(),
            Some("write numbers with a decimal point and no quotes: 83.2")
        );
        assert_eq!(errs[1].pos, Pos::new(5, 26));
        assert!(errs[1].hint.as_deref().unwrap().ends_with(": 3545.5"));
        let errs = p("1: x\nname: y\n").err().unwrap();
        assert_eq!(errs[0].pos, Pos::new(1, 1));
        assert_eq!(errs[0].message, "`1` is not a field name");
    }

    #[test]
    fn numbers_where_text_is_expected_get_quotes() {
        let errs = p("name: 2020\n").err().unwrap();
        assert_eq!(
            errs[0].hint.as_deref(),
            Some("put text that looks like a number or true/false in quotes: \"2020\"")
        );
        let errs = parse::<Doc>("# nothing\n", Path::new("f.md"), 6)
            .err()
            .unwrap();
        assert_eq!(errs[0].message, "this block is empty");
        assert_eq!(errs[0].pos, Pos::new(7, 1));
    }

    #[test]
    fn second_documents_are_located() {
        let errs = p("---\nname: x\n# c\n---\nname: y\n").err().unwrap();
        assert_eq!(errs[0].pos, Pos::new(4, 1));
        assert_eq!(
            errs[0].message,
            "YAML syntax error: the file holds more than one YAML document"
        );
        let errs = p("name: x\nobservations:\n  - { year: \"2019\", value: 1 }\n")
            .err()
            .unwrap();
        assert_eq!(
            errs[0].hint.as_deref(),
            Some("write a whole number without quotes, e.g. 2020")
        );
    }

    #[test]
    fn syntax_errors_are_located() {
        let errs = p("name: x\n  bad: [1, 2\n").err().unwrap();
        assert!(errs[0].message.starts_with("YAML syntax error"));
        assert!(errs[0].pos.line >= 2);
    }
}
