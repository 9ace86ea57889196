//! The problems found in one CSV file: listed up to [`MAX_ERRORS`], then
//! counted.

use std::path::Path;

use crate::diagnostics::{Code, Diagnostic, Pos};

/// Past this many problems in one file, the rest are counted, not listed.
pub const MAX_ERRORS: usize = 100;

/// Collects problems up to [`MAX_ERRORS`], then counts the rest.
pub(super) struct Errors<'a> {
    pub(super) file: &'a Path,
    list: Vec<Diagnostic>,
    more: usize,
}

impl<'a> Errors<'a> {
    pub(super) fn new(file: &'a Path) -> Self {
        Errors {
            file,
            list: Vec::new(),
            more: 0,
        }
    }
    pub(super) fn push(&mut self, d: Diagnostic) {
        if self.list.len() < MAX_ERRORS {
            self.list.push(d);
        } else {
            self.more += 1;
        }
    }
    pub(super) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    /// Problems so far, listed or counted.
    pub(super) fn count(&self) -> usize {
        self.list.len() + self.more
    }
    pub(super) fn into_vec(mut self) -> Vec<Diagnostic> {
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
