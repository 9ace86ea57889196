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

mod columns;
mod errors;
mod number;
mod row;

use std::path::Path;

use crate::diagnostics::{Code, Diagnostic, Pos};
use crate::model::{CsvCell, CsvDecimal, CsvFormat, CsvSeparator, Observation};
use columns::{Columns, HeaderAt, detect_separator, field_columns};
use errors::Errors;
pub use errors::MAX_ERRORS;
use row::Row;

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
    let reader = || {
        csv::ReaderBuilder::new()
            .delimiter(separator)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
    };
    let mut rows = reader();
    let names = header_record(&mut rows, header_line, file)?;
    let header_at = HeaderAt {
        line: header_line + 1,
        cols: field_columns(header, separator),
    };
    let columns = Columns::read(&names, &header_at, components, &mut errors);
    let Some(columns) = columns.filter(|_| errors.is_empty()) else {
        return Err(errors.into_vec());
    };
    let decimal = format
        .decimal
        .unwrap_or_else(|| detect_decimal(reader(), columns.value, separator));
    let table = Table {
        text,
        separator,
        width: names.len(),
        columns: &columns,
        decimal,
    };
    let out = table.read_all(&mut rows, &mut errors);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors.into_vec())
    }
}

/// The header's record: the first on a line that is not blank (the CSV
/// reader skips only empty lines, not those holding spaces).
fn header_record(
    rows: &mut csv::Reader<&[u8]>,
    header_line: usize,
    file: &Path,
) -> Result<csv::StringRecord, Vec<Diagnostic>> {
    let mut names = csv::StringRecord::new();
    loop {
        match rows.read_record(&mut names) {
            Ok(true)
                if names
                    .position()
                    .is_some_and(|p| p.line() as usize <= header_line) => {}
            Ok(true) => return Ok(names),
            _ => {
                return Err(vec![
                    Diagnostic::new(
                        file,
                        Pos::new(header_line + 1, 1),
                        "the header line cannot be read",
                    )
                    .code(Code::CsvUnreadable),
                ]);
            }
        }
    }
}

/// A row the CSV reader cannot read. None can be today (the text is valid
/// UTF-8 and rows may have any width: [`Table::read`] reports a wrong
/// one); kept so that a reader error is a located problem, never a panic.
fn unreadable(e: &csv::Error, errors: &mut Errors) {
    let line = e.position().map_or(1, |p| p.line() as usize);
    errors.push(
        Diagnostic::new(
            errors.file,
            Pos::new(line, 1),
            format!("this row cannot be read: {e}"),
        )
        .code(Code::CsvUnreadable),
    );
}

/// The decimal mark when the YAML file declares none: a comma when a value
/// holds one in a file not separated by commas, else a point. `rows` reads
/// the file from its header.
fn detect_decimal(mut rows: csv::Reader<&[u8]>, value: usize, separator: u8) -> CsvDecimal {
    if separator == b',' {
        return CsvDecimal::Point;
    }
    let mut record = csv::StringRecord::new();
    loop {
        match rows.read_record(&mut record) {
            Ok(true) if record.get(value).is_some_and(|v| v.contains(',')) => {
                return CsvDecimal::Comma;
            }
            Ok(false) => return CsvDecimal::Point,
            Ok(true) | Err(_) => {} // a row the main pass reports
        }
    }
}

/// How the rows of one file are read: its text (for columns), separator,
/// header width, columns and decimal mark.
struct Table<'t> {
    text: &'t str,
    separator: u8,
    width: usize,
    columns: &'t Columns<'t>,
    decimal: CsvDecimal,
}

impl Table<'_> {
    /// Every row after the header, row by row through one record (a
    /// commune-scale file has 33,000).
    fn read_all(&self, rows: &mut csv::Reader<&[u8]>, errors: &mut Errors) -> Read {
        let mut out = Read::default();
        let lines = self.text.bytes().filter(|&b| b == b'\n').count();
        out.observations.reserve(lines);
        out.cells.reserve(lines);
        let mut record = csv::StringRecord::new();
        loop {
            match rows.read_record(&mut record) {
                Ok(true) => self.read(&record, &mut out, errors),
                Ok(false) => return out,
                Err(e) => unreadable(&e, errors),
            }
        }
    }

    /// Adds the observation of `record` to `out`; a blank row is skipped,
    /// a row of the wrong width and wrong cells are reported.
    fn read(&self, record: &csv::StringRecord, out: &mut Read, errors: &mut Errors) {
        if record.iter().all(|f| f.trim().is_empty()) {
            return; // a blank line, or a spreadsheet's empty row `,,`
        }
        let row = Row::new(record, self.text, self.separator);
        if record.len() != self.width {
            errors.push(row.wrong_count(errors.file, self.width, self.separator));
            return;
        }
        if let Some((o, cell)) = row.read(self.columns, self.decimal, errors) {
            out.observations.push(o);
            out.cells.push(cell);
        }
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
    fn a_line_of_spaces_before_the_header_is_blank() {
        let r = p("  \n\t\nentity,year,value\nxa-a,2020,83.5\n").unwrap();
        assert_eq!(r.observations.len(), 1);
        assert_eq!(r.cells[0].line, 4);
        assert_eq!(r.cells[0].cols, [6, 1, 11]);
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
