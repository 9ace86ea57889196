//! One row of a CSV file: its observation, each field checked and every
//! problem located.

use std::path::Path;

use super::columns::{Columns, field_column, field_columns_of};
use super::errors::Errors;
use super::number::number;
use crate::diagnostics::{Code, Diagnostic, Pos};
use crate::model::{CsvCell, CsvDecimal, Observation};

/// One row, with where it is.
pub(super) struct Row<'r> {
    record: &'r csv::StringRecord,
    line: usize,
    /// The row's line as written, for the columns its fields start at: the
    /// three every observation keeps (one pass), and a problem's.
    raw: &'r str,
    separator: u8,
}

impl<'r> Row<'r> {
    pub(super) fn new(record: &'r csv::StringRecord, text: &'r str, separator: u8) -> Row<'r> {
        let (line, byte) = record
            .position()
            .map_or((1, 0), |p| (p.line() as usize, p.byte() as usize));
        let raw = text[byte.min(text.len())..].lines().next().unwrap_or("");
        Row {
            record,
            line,
            raw,
            separator,
        }
    }

    fn col(&self, i: usize) -> usize {
        field_column(self.raw, self.separator, i).unwrap_or(1)
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

    pub(super) fn wrong_count(&self, file: &Path, header: usize, separator: u8) -> Diagnostic {
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
    pub(super) fn read(
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
            cols: field_columns_of(
                self.raw,
                self.separator,
                [c.year, c.entity.unwrap_or(usize::MAX), c.value],
            )
            .map(|col| col as u32),
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
