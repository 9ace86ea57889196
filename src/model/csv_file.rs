//! How an indicator's `<id>.csv` is written, and where the observations
//! read from it are.

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

/// `csv: { separator: ";", decimal: comma }` in an indicator's YAML.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CsvFormat {
    pub separator: Option<CsvSeparator>,
    pub decimal: Option<CsvDecimal>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub enum CsvSeparator {
    #[serde(rename = ",")]
    Comma,
    #[serde(rename = ";")]
    Semicolon,
    #[serde(rename = "tab")]
    Tab,
}

impl CsvSeparator {
    pub fn byte(self) -> u8 {
        match self {
            CsvSeparator::Comma => b',',
            CsvSeparator::Semicolon => b';',
            CsvSeparator::Tab => b'\t',
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum CsvDecimal {
    Point,
    Comma,
}

/// Where the observations read from a CSV file are.
pub struct CsvOrigin {
    /// The CSV file, relative to the site.
    pub file: PathBuf,
    /// The index in `observations` of the first one read from the file.
    pub first: usize,
    /// For each, its line and the columns of its year, entity and value.
    pub cells: Vec<CsvCell>,
}

impl fmt::Debug for CsvOrigin {
    /// Only the file: the cells change with the values, which are hashed
    /// on their own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CsvOrigin({:?})", self.file)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct CsvCell {
    pub line: u32,
    pub cols: [u32; 3],
}
