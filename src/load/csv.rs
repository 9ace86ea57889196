//! Observations from `<id>.csv` beside an indicator's YAML file, as a
//! spreadsheet exports them: UTF-8 with or without a BOM, separated by
//! commas, semicolons or tabs, numbers with a decimal point or a decimal
//! comma — declared in the YAML (`csv: { separator: ";", decimal: comma }`)
//! or detected from the file.
//!
//! The header names the columns, in any order: `year` and `value` are
//! required; `entity` (empty or absent: the region), `of` (for ranks) and
//! `note` are optional, and so are `status` (`not_ranked`, `not_published`:
//! the value is then empty), `group` and one column per component of the
//! indicator, named by the component's id; `entity_name` and `unit`, which
//! the CSV baocao publishes has, are read over. Every problem is reported with the file, line and
//! column, all of them at once (up to [`MAX_ERRORS`]).

use std::path::Path;

use crate::diagnostics::{Code, Diagnostic, Pos, did_you_mean};
use crate::model::{CsvCell, CsvDecimal, CsvFormat, CsvSeparator, Observation};

/// Past this many problems in one file, the rest are counted, not listed.
pub const MAX_ERRORS: usize = 100;

const COLUMNS: [&str; 7] = ["entity", "year", "value", "of", "note", "status", "group"];

/// Columns of the CSV baocao publishes (`/indicators/<id>.csv`) that say
/// again what the YAML file says: read over, so a published file can come
/// back as input.
const INFORMATIVE: [&str; 2] = ["entity_name", "unit"];

/// What a CSV file gives: its observations and where each one is.
#[derive(Debug, Default)]
pub struct Read {
    pub observations: Vec<Observation>,
    pub cells: Vec<CsvCell>,
}

/// Parses the text of `file` (relative to the site).
/// `components`: the ids of the indicator's components, each of which may
/// be a column.
pub fn parse(
    text: &str,
    file: &Path,
    format: CsvFormat,
    components: &[&str],
) -> Result<Read, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut errors = Errors::new(file);
    let Some((header_line, header)) = text.lines().enumerate().find(|(_, l)| !l.trim().is_empty())
    else {
        return Err(vec![
            Diagnostic::new(file, Pos::new(1, 1), "the CSV file is empty")
                .with_hint("write a header line `entity,year,value`, then one row per observation")
                .code(Code::CsvEmpty),
        ]);
    };
    let separator = format
        .separator
        .map_or_else(|| detect_separator(header), CsvSeparator::byte);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = reader.records();
    let Some(Ok(names)) = rows.next() else {
        return Err(vec![
            Diagnostic::new(
                file,
                Pos::new(header_line + 1, 1),
                "the header line cannot be read",
            )
            .code(Code::CsvUnreadable),
        ]);
    };
    let header_at = HeaderAt {
        line: header_line + 1,
        cols: field_columns(header, separator),
    };
    let columns = Columns::read(&names, &header_at, components, &mut errors);
    let Some(columns) = columns.filter(|_| errors.is_empty()) else {
        return Err(errors.into_vec());
    };
    let records: Vec<csv::StringRecord> = rows
        .filter_map(|r| match r {
            Ok(r) => Some(r),
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line() as usize);
                errors.push(
                    Diagnostic::new(
                        file,
                        Pos::new(line, 1),
                        format!("this row cannot be read: {e}"),
                    )
                    .code(Code::CsvUnreadable),
                );
                None
            }
        })
        .collect();
    let decimal = format.decimal.unwrap_or_else(|| {
        let commas = separator != b','
            && records
                .iter()
                .any(|r| r.get(columns.value).is_some_and(|v| v.contains(',')));
        if commas {
            CsvDecimal::Comma
        } else {
            CsvDecimal::Point
        }
    });
    let mut out = Read::default();
    out.observations.reserve(records.len());
    out.cells.reserve(records.len());
    for record in &records {
        if record.iter().all(|f| f.trim().is_empty()) {
            continue; // a blank line, or a spreadsheet's empty row `,,`
        }
        let row = Row::new(record, text, separator);
        if record.len() != names.len() {
            errors.push(row.wrong_count(file, names.len(), separator));
            continue;
        }
        if let Some((o, cell)) = row.read(&columns, decimal, &mut errors) {
            out.observations.push(o);
            out.cells.push(cell);
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors.into_vec())
    }
}

/// Where the header line is, and where each of its fields starts.
struct HeaderAt {
    line: usize,
    cols: Vec<usize>,
}

/// Which column holds what.
struct Columns<'c> {
    entity: Option<usize>,
    year: usize,
    value: usize,
    of: Option<usize>,
    note: Option<usize>,
    status: Option<usize>,
    group: Option<usize>,
    /// (column, component id).
    components: Vec<(usize, &'c str)>,
}

impl<'c> Columns<'c> {
    /// Reads the header; `None` without a `year` or a `value` column.
    fn read(
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

/// One row, with where it is.
struct Row<'r> {
    record: &'r csv::StringRecord,
    line: usize,
    /// The column (in characters) where each field starts.
    cols: Vec<usize>,
}

impl<'r> Row<'r> {
    fn new(record: &'r csv::StringRecord, text: &str, separator: u8) -> Row<'r> {
        let (line, byte) = record
            .position()
            .map_or((1, 0), |p| (p.line() as usize, p.byte() as usize));
        let raw = text[byte.min(text.len())..].lines().next().unwrap_or("");
        Row {
            record,
            line,
            cols: field_columns(raw, separator),
        }
    }

    fn col(&self, i: usize) -> usize {
        self.cols.get(i).copied().unwrap_or(1)
    }

    fn field(&self, i: usize) -> &'r str {
        self.record.get(i).unwrap_or("").trim()
    }

    /// A field of column `i`, when the column exists and the cell is not empty.
    fn cell(&self, i: Option<usize>) -> Option<&'r str> {
        i.map(|i| self.field(i)).filter(|s| !s.is_empty())
    }

    fn at(&self, i: usize) -> Pos {
        Pos::new(self.line, self.col(i))
    }

    fn wrong_count(&self, file: &Path, header: usize, separator: u8) -> Diagnostic {
        Diagnostic::new(
            file,
            Pos::new(self.line, 1),
            format!(
                "this row has {} fields; the header has {header}",
                self.record.len()
            ),
        )
        .with_hint(if separator == b',' {
            "a value holding a comma (a decimal comma, a note) must be in double quotes, or declare `csv: { separator: \";\" }`"
        } else {
            "check for a missing or extra separator on this row"
        })
        .code(Code::CsvFieldCount)
    }

    /// The observation of this row and where it is, or `None` after
    /// reporting what is wrong with it.
    fn read(
        &self,
        c: &Columns,
        decimal: CsvDecimal,
        errors: &mut Errors,
    ) -> Option<(Observation, CsvCell)> {
        let before = errors.count();
        let year = self.year(c.year, errors);
        let status = self.status(c.status, errors);
        let value = self.value(c, decimal, errors);
        let components = self.components(&c.components, decimal, errors);
        let of = self.of(c.of, errors);
        if errors.count() > before {
            return None;
        }
        let observation = Observation {
            year: year?,
            entity: self.cell(c.entity).map(str::to_string),
            value,
            of,
            note: self.cell(c.note).map(str::to_string),
            status,
            group: self.cell(c.group).map(str::to_string),
            // Boxed: most observations have none, and there are millions.
            components: components.map(Box::new),
            source: None,
        };
        let cell = CsvCell {
            line: self.line as u32,
            cols: [
                self.col(c.year) as u32,
                c.entity.map_or(1, |e| self.col(e)) as u32,
                self.col(c.value) as u32,
            ],
        };
        Some((observation, cell))
    }

    fn year(&self, i: usize, errors: &mut Errors) -> Option<i32> {
        let s = self.field(i);
        let year = s.parse::<i32>().ok();
        if year.is_none() {
            errors.push(
                Diagnostic::new(errors.file, self.at(i), format!("`{s}` is not a year"))
                    .with_hint("write a four-digit year such as 2020")
                    .code(Code::CsvNotAYear),
            );
        }
        year
    }

    fn status(&self, i: Option<usize>, errors: &mut Errors) -> Option<crate::model::ObsStatus> {
        let s = self.cell(i)?;
        let status = status_word(s);
        if status.is_none() {
            errors.push(
                Diagnostic::new(
                    errors.file,
                    self.at(i.unwrap_or(0)),
                    format!("`{s}` is not a status"),
                )
                .with_hint("write `not_ranked` or `not_published` (and leave the value empty), or leave the cell empty")
                .code(Code::CsvNotAStatus),
            );
        }
        status
    }

    /// The value; empty when a status cell says why (or is wrong, which
    /// is reported as such).
    fn value(&self, c: &Columns, decimal: CsvDecimal, errors: &mut Errors) -> Option<f64> {
        let s = self.field(c.value);
        match number(s, decimal) {
            Ok(v) => Some(v),
            Err(_) if s.is_empty() && self.cell(c.status).is_some() => None,
            Err(hint) => {
                let msg = if s.is_empty() {
                    "the value is empty".to_string()
                } else {
                    format!("`{s}` is not a number")
                };
                errors.push(
                    Diagnostic::new(errors.file, self.at(c.value), msg)
                        .with_hint(hint)
                        .code(Code::CsvNotANumber),
                );
                None
            }
        }
    }

    fn components(
        &self,
        columns: &[(usize, &str)],
        decimal: CsvDecimal,
        errors: &mut Errors,
    ) -> Option<std::collections::BTreeMap<String, f64>> {
        let mut out: Option<std::collections::BTreeMap<String, f64>> = None;
        for &(k, id) in columns {
            let Some(s) = self.cell(Some(k)) else {
                continue;
            };
            match number(s, decimal) {
                Ok(v) => {
                    out.get_or_insert_default().insert(id.to_string(), v);
                }
                Err(hint) => errors.push(
                    Diagnostic::new(errors.file, self.at(k), format!("`{s}` is not a number"))
                        .with_hint(hint)
                        .code(Code::CsvNotANumber),
                ),
            }
        }
        out
    }

    fn of(&self, i: Option<usize>, errors: &mut Errors) -> Option<u32> {
        let s = self.cell(i)?;
        let of = s.parse::<u32>().ok();
        if of.is_none() {
            errors.push(
                Diagnostic::new(
                    errors.file,
                    self.at(i.unwrap_or(0)),
                    format!("`{s}` is not how many were ranked"),
                )
                .with_hint("write a whole number such as 63, or leave the cell empty")
                .code(Code::CsvNotACount),
            );
        }
        of
    }
}

/// `not_ranked`, `not_published`, as in the YAML (spaces or hyphens for
/// the underscore, any case).
fn status_word(s: &str) -> Option<crate::model::ObsStatus> {
    match s.trim().to_lowercase().replace([' ', '-'], "_").as_str() {
        "not_ranked" => Some(crate::model::ObsStatus::NotRanked),
        "not_published" => Some(crate::model::ObsStatus::NotPublished),
        _ => None,
    }
}

/// The separator a header line uses: the most frequent of `,` `;` and tab
/// outside quotes (a comma when there is none).
fn detect_separator(header: &str) -> u8 {
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
fn field_columns(line: &str, separator: u8) -> Vec<usize> {
    let mut cols = vec![1];
    let mut quoted = false;
    for (n, c) in line.chars().enumerate() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && c.is_ascii() && c as u8 == separator {
            cols.push(n + 2);
        }
    }
    cols
}

/// Reads a number written with `decimal`: spaces (plain or no-break) may
/// group thousands; so may `.` with a decimal comma and `,` never with a
/// decimal point (it is too easily a decimal comma).
fn number(s: &str, decimal: CsvDecimal) -> Result<f64, String> {
    if s.is_empty() {
        return Err("write the number, or leave the row out when there is no figure".into());
    }
    let compact: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let normal = match decimal {
        CsvDecimal::Point if compact.contains(',') => {
            return Err(format!(
                "this file writes decimals with a point ({}); for decimal commas declare `csv: {{ decimal: comma }}` in the YAML file",
                compact.replace(',', ".")
            ));
        }
        CsvDecimal::Point => compact,
        CsvDecimal::Comma
            if compact.contains('.') && !compact.contains(',') && !thousands(&compact) =>
        {
            return Err(format!(
                "this file writes decimals with a comma ({}); for decimal points declare `csv: {{ decimal: point }}` in the YAML file",
                compact.replace('.', ",")
            ));
        }
        CsvDecimal::Comma => compact.replace('.', "").replace(',', "."),
    };
    match normal.parse::<f64>() {
        Ok(v)
            if v.is_finite()
                && !normal
                    .chars()
                    .any(|c| c.is_ascii_alphabetic() && c != 'e' && c != 'E') =>
        {
            Ok(v)
        }
        Ok(_) => Err("write a finite number such as 83.2".into()),
        Err(_) => Err(match decimal {
            CsvDecimal::Point => {
                "write a plain number such as 83.2 (no unit, no percent sign)".into()
            }
            CsvDecimal::Comma => {
                "write a plain number such as 83,2 (no unit, no percent sign)".into()
            }
        }),
    }
}

/// `3.545` or `1.234.567` with a decimal comma: dots grouping thousands.
fn thousands(s: &str) -> bool {
    let s = s.trim_start_matches('-');
    let mut groups = s.split('.');
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// Collects problems up to [`MAX_ERRORS`], then counts the rest.
struct Errors<'a> {
    file: &'a Path,
    list: Vec<Diagnostic>,
    more: usize,
}

impl<'a> Errors<'a> {
    fn new(file: &'a Path) -> Self {
        Errors {
            file,
            list: Vec::new(),
            more: 0,
        }
    }
    fn push(&mut self, d: Diagnostic) {
        if self.list.len() < MAX_ERRORS {
            self.list.push(d);
        } else {
            self.more += 1;
        }
    }
    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    /// Problems so far, listed or counted.
    fn count(&self) -> usize {
        self.list.len() + self.more
    }
    fn into_vec(mut self) -> Vec<Diagnostic> {
        if self.more > 0 {
            let last = self.list.last().map_or(Pos::new(1, 1), |d| d.pos);
            self.list.push(
                Diagnostic::new(
                    self.file,
                    last,
                    format!("and {} more problems in this file, not listed", self.more),
                )
                .with_hint("fix the ones above first: they are often one mistake repeated (the separator, the decimal mark)")
                .code(Code::CsvTooManyProblems),
            );
        }
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Read, Vec<Diagnostic>> {
        parse(
            text,
            Path::new("x.csv"),
            CsvFormat::default(),
            &["tiep-can"],
        )
    }

    fn errs(text: &str) -> Vec<String> {
        p(text)
            .unwrap_err()
            .iter()
            .map(|d| format!("{}:{} {}", d.pos.line, d.pos.col, d.message))
            .collect()
    }

    #[test]
    fn reads_commas_with_points() {
        let r = p("entity,year,value,note\nxa-a,2020,83.5,\n,2021,84,ước tính\n").unwrap();
        assert_eq!(r.observations.len(), 2);
        assert_eq!(r.observations[0].entity.as_deref(), Some("xa-a"));
        assert_eq!(r.observations[0].value, Some(83.5));
        assert_eq!(r.observations[1].entity, None);
        assert_eq!(r.observations[1].note.as_deref(), Some("ước tính"));
        assert_eq!(r.cells[1].line, 3);
        assert_eq!(r.cells[1].cols, [2, 1, 7]);
    }

    #[test]
    fn reads_excel_semicolons_with_decimal_commas_and_bom() {
        let r = p("\u{feff}Entity;Year;Value\r\nxa-a;2020;83,5\nxa-b;2020;1.234,5\nxa-c;2020;90\n")
            .unwrap();
        let v: Vec<f64> = r.observations.iter().filter_map(|o| o.value).collect();
        assert_eq!(v, [83.5, 1234.5, 90.0]);
    }

    #[test]
    fn reads_declared_formats_and_tabs() {
        let fmt = CsvFormat {
            separator: Some(CsvSeparator::Tab),
            decimal: Some(CsvDecimal::Comma),
        };
        let r = parse("year\tvalue\n2020\t7,25\n", Path::new("x.csv"), fmt, &[]).unwrap();
        assert_eq!(r.observations[0].value, Some(7.25));
        // Detected without the declaration too.
        assert_eq!(
            p("year\tvalue\n2020\t7.5\n").unwrap().observations[0].value,
            Some(7.5)
        );
    }

    #[test]
    fn a_published_csv_reads_back() {
        let r =
            p("\u{feff}year,entity,entity_name,value,unit,note\n2019,yen-bai,Yên Bái,83.2,%,\n")
                .unwrap();
        assert_eq!(r.observations[0].entity.as_deref(), Some("yen-bai"));
        assert_eq!(r.observations[0].value, Some(83.2));
        assert_eq!(r.cells[0].cols, [1, 6, 22], "columns count characters");
    }

    #[test]
    fn quoted_fields_keep_their_commas() {
        let r = p("entity,year,value,note\nxa-a,2020,1,\"một, hai\"\n").unwrap();
        assert_eq!(r.observations[0].note.as_deref(), Some("một, hai"));
    }

    #[test]
    fn every_bad_row_is_located() {
        let e = errs(
            "entity,year,value\nxa-a,20x0,83\nxa-b,2020,tám\nxa-c,2020\nxa-d,2020,83,5\nxa-e,2020,\nxa-f,2021,inf\n",
        );
        assert_eq!(
            e,
            [
                "2:6 `20x0` is not a year",
                "3:11 `tám` is not a number",
                "4:1 this row has 2 fields; the header has 3",
                "5:1 this row has 4 fields; the header has 3",
                "6:11 the value is empty",
                "7:11 `inf` is not a number",
            ]
        );
    }

    #[test]
    fn header_problems_are_located() {
        assert_eq!(
            errs("entity,year,valeu\n"),
            [
                "1:13 unknown column `valeu`",
                "1:1 the header has no `value` column"
            ]
        );
        assert_eq!(
            errs("year,value,year\n"),
            ["1:12 the column `year` appears twice in the header"]
        );
        assert_eq!(errs("\n\n"), ["1:1 the CSV file is empty"]);
        let semicolons = CsvFormat {
            separator: Some(CsvSeparator::Semicolon),
            decimal: None,
        };
        let d = parse("entity,year,value\n", Path::new("x.csv"), semicolons, &[]).unwrap_err();
        assert_eq!(d[0].message, "unknown column `entity,year,value`");
        assert!(
            d[0].hint.as_deref().unwrap().contains("separator"),
            "{:?}",
            d[0]
        );
    }

    #[test]
    fn mixed_decimal_marks_are_refused() {
        let e = p("year;value\n2020;83,5\n2021;83.5\n").unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].pos, Pos::new(3, 6));
        assert!(e[0].hint.as_deref().unwrap().contains("83,5"), "{:?}", e[0]);
        let e = p("year,value\n2020,\"83,5\"\n").unwrap_err();
        assert!(
            e[0].hint.as_deref().unwrap().contains("decimal: comma"),
            "{:?}",
            e[0]
        );
    }

    #[test]
    fn many_errors_are_counted_past_the_limit() {
        let mut t = String::from("year,value\n");
        for _ in 0..150 {
            t.push_str("x,1\n");
        }
        let e = p(&t).unwrap_err();
        assert_eq!(e.len(), MAX_ERRORS + 1);
        assert!(
            e[MAX_ERRORS].message.contains("50 more"),
            "{:?}",
            e[MAX_ERRORS]
        );
    }

    #[test]
    fn blank_rows_are_skipped() {
        let r = p("year,value\n\n2020,1\n,,\n2021,2\n").unwrap();
        assert_eq!(r.observations.len(), 2);
        assert_eq!(r.cells[1].line, 5);
    }

    #[test]
    fn reads_statuses_groups_and_components() {
        let r =
            p("year,value,of,status,group,tiep-can\n2021,21,63,,Khá,7.5\n2022,,,not_published,,\n")
                .unwrap();
        assert_eq!(r.observations[0].value, Some(21.0));
        assert_eq!(r.observations[0].group.as_deref(), Some("Khá"));
        assert_eq!(
            r.observations[0]
                .components
                .as_ref()
                .and_then(|c| c.get("tiep-can")),
            Some(&7.5)
        );
        assert_eq!(r.observations[1].value, None);
        assert_eq!(
            r.observations[1].status,
            Some(crate::model::ObsStatus::NotPublished)
        );
        // A bad status, an empty value without a status, a bad component.
        assert_eq!(
            errs("year,value,status,tiep-can\n2021,,chưa có,\n2022,,,\n2023,5,,bảy\n"),
            [
                "2:7 `chưa có` is not a status",
                "3:6 the value is empty",
                "4:9 `bảy` is not a number"
            ]
        );
    }
}
