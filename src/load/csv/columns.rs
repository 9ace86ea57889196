//! The header of a CSV file: which column holds what, and where each
//! field starts; the separator when the YAML file declares none.

use super::errors::Errors;
use crate::diagnostics::{Code, Diagnostic, Pos, did_you_mean};

pub(super) const COLUMNS: [&str; 7] = ["entity", "year", "value", "of", "note", "status", "group"];

/// Columns of the CSV baocao publishes (`/indicators/<id>.csv`) that say
/// again what the YAML file says: read over, so a published file can come
/// back as input.
const INFORMATIVE: [&str; 2] = ["entity_name", "unit"];

/// Where the header line is, and where each of its fields starts.
pub(super) struct HeaderAt {
    pub(super) line: usize,
    pub(super) cols: Vec<usize>,
}

/// Which column holds what.
pub(super) struct Columns<'c> {
    pub(super) entity: Option<usize>,
    pub(super) year: usize,
    pub(super) value: usize,
    pub(super) of: Option<usize>,
    pub(super) note: Option<usize>,
    pub(super) status: Option<usize>,
    pub(super) group: Option<usize>,
    /// (column, component id).
    pub(super) components: Vec<(usize, &'c str)>,
}

impl<'c> Columns<'c> {
    /// Reads the header; `None` without a `year` or a `value` column.
    pub(super) fn read(
        names: &csv::StringRecord,
        at: &HeaderAt,
        components: &[&'c str],
        errors: &mut Errors,
    ) -> Option<Columns<'c>> {
        let mut found = [None::<usize>; 7];
        let mut parts: Vec<(usize, &'c str)> = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let key = name.trim().to_lowercase();
            let pos = Pos::new(at.line, at.cols.get(i).copied().unwrap_or(1));
            let twice = |key: &str| {
                Diagnostic::new(
                    errors.file,
                    pos,
                    format!("the column `{key}` appears twice in the header"),
                )
                .code(Code::CsvColumnTwice)
            };
            if let Some(c) = components.iter().find(|c| **c == name.trim()) {
                if parts.iter().any(|(_, id)| id == c) {
                    errors.push(twice(c));
                }
                parts.push((i, c));
                continue;
            }
            match COLUMNS.iter().position(|c| *c == key) {
                Some(k) if found[k].is_some() => errors.push(twice(&key)),
                Some(k) => found[k] = Some(i),
                None if INFORMATIVE.contains(&key.as_str()) => {}
                None => errors.push(
                    Diagnostic::new(
                        errors.file,
                        pos,
                        format!("unknown column `{}`", name.trim()),
                    )
                    .with_hint_opt(unknown_column_hint(&key, components))
                    .code(Code::CsvUnknownColumn),
                ),
            }
        }
        let [entity, year, value, of, note, status, group] = found;
        for (need, name) in [(year, "year"), (value, "value")] {
            if need.is_none() {
                errors.push(
                    Diagnostic::new(
                        errors.file,
                        Pos::new(at.line, 1),
                        format!("the header has no `{name}` column"),
                    )
                    .with_hint("the first line names the columns, e.g. `entity,year,value`")
                    .code(Code::CsvMissingColumn),
                );
            }
        }
        Some(Columns {
            entity,
            year: year?,
            value: value?,
            of,
            note,
            status,
            group,
            components: parts,
        })
    }
}

/// What an unknown column probably is: a header split by another
/// separator, a misspelt column, or else the list of columns.
fn unknown_column_hint(key: &str, components: &[&str]) -> Option<String> {
    if let Some(c) = [',', ';', '\t'].into_iter().find(|c| key.contains(*c)) {
        let name = if c == '\t' {
            "tab".to_string()
        } else {
            c.to_string()
        };
        return Some(format!(
            "this file seems separated by `{name}`: write `csv: {{ separator: \"{name}\" }}` in the YAML file, or remove `csv: separator` to have it detected"
        ));
    }
    did_you_mean(key, COLUMNS.iter().chain(components).copied()).or_else(|| {
        Some(format!(
            "the columns are {}{}",
            COLUMNS.join(", "),
            if components.is_empty() {
                String::new()
            } else {
                format!(", and the components {}", components.join(", "))
            }
        ))
    })
}

/// The separator a header line uses: the most frequent of `,` `;` and tab
/// outside quotes (a comma when there is none).
pub(super) fn detect_separator(header: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        match b {
            b'"' => quoted = !quoted,
            _ if quoted => {}
            _ => {
                if let Some(c) = counts.iter_mut().find(|(s, _)| *s == b) {
                    c.1 += 1;
                }
            }
        }
    }
    counts
        .iter()
        .max_by_key(|(s, n)| (*n, *s == b','))
        .map_or(b',', |(s, _)| *s)
}

/// The column (1-based, in characters) where each field of `line` starts.
pub(super) fn field_columns(line: &str, separator: u8) -> Vec<usize> {
    starts(line, separator).collect()
}

/// The column (1-based, in characters) where field `i` of `line` starts;
/// `None` past its last field.
pub(super) fn field_column(line: &str, separator: u8, i: usize) -> Option<usize> {
    starts(line, separator).nth(i)
}

/// The columns where the fields `which` of `line` start, found in one pass;
/// 1 for a field the line does not have (`usize::MAX`: none asked).
pub(super) fn field_columns_of<const N: usize>(
    line: &str,
    separator: u8,
    which: [usize; N],
) -> [usize; N] {
    let mut out = [1; N];
    let last = which.iter().copied().filter(|&w| w != usize::MAX).max();
    let Some(last) = last else {
        return out;
    };
    for (k, start) in starts(line, separator).take(last + 1).enumerate() {
        for (w, o) in which.iter().zip(out.iter_mut()) {
            if *w == k {
                *o = start;
            }
        }
    }
    out
}

/// The columns where the fields of `line` start, in order.
fn starts(line: &str, separator: u8) -> impl Iterator<Item = usize> + '_ {
    let mut quoted = false;
    std::iter::once(1).chain(line.chars().enumerate().filter_map(move |(n, c)| {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && c.is_ascii() && c as u8 == separator {
            return Some(n + 2);
        }
        None
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The columns of a few fields, found in one pass, are those of the
    /// whole list; a field past the line's last, or none asked, is 1.
    #[test]
    fn columns_of_some_fields_are_those_of_all() {
        let lines = [
            "xa-a,2020,83.5",
            "\"Xã Đồng Tâm, Yên Bái\",2021,\"84,5\",ước tính",
            "phường Hồng Hà;2019;7",
            "",
        ];
        for line in lines {
            for sep in [b',', b';'] {
                let all = field_columns(line, sep);
                for which in [[0, 1, 2], [2, usize::MAX, 1], [3, 0, 9]] {
                    let want = which.map(|w| all.get(w).copied().unwrap_or(1));
                    assert_eq!(
                        field_columns_of(line, sep, which),
                        want,
                        "{line:?} {which:?}"
                    );
                }
            }
        }
    }
}
