//! The typed records the loader produces, as users write them in
//! `content/` (every field is in the guide's format reference,
//! `content/guide/format.md`, and `docs/CONTENT-FORMAT.md`). Each struct
//! denies unknown fields, so a misspelt field is an error, and each carries
//! the positions validation needs to point back at the file.

mod agency;
mod csv_file;
mod date;
mod indicator;
mod page;

use std::fmt;

use crate::diagnostics::Pos;

pub use agency::{Agency, AgencyKind, Head, Responsibility};
pub use csv_file::{CsvCell, CsvDecimal, CsvFormat, CsvOrigin, CsvSeparator};
pub use date::{Day, PageDate, RfcText};
pub use indicator::{
    Component, Condition, Direction, ImproveBy, Indicator, IndicatorKind, ObsPart, ObsStatus,
    Observation, Source, Target, conditions,
};
pub use page::{FeaturedImage, FrontMatter, Page, PagePositions, StaticFile, StaticSource};

/// Finds where a part of a record is written (`targets[2]`,
/// `observations[40].entity`) when a message needs it. Positions are worked
/// out on the first question, so a file that is right is parsed once.
#[derive(Clone, Default)]
pub struct Locator(Option<std::sync::Arc<LocateFn>>);

type LocateFn = dyn Fn(&str) -> Pos + Send + Sync;

impl Locator {
    pub fn new(f: impl Fn(&str) -> Pos + Send + Sync + 'static) -> Self {
        Locator(Some(std::sync::Arc::new(f)))
    }
    /// The position of the value at `path`, else of its nearest parent;
    /// line 1 when nothing is known.
    pub fn locate(&self, path: &str) -> Pos {
        self.0.as_ref().map_or(Pos::new(1, 1), |f| f(path))
    }
}

impl fmt::Debug for Locator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Locator")
    }
}

/// Whether `s` shows nothing: only spaces, invisible format characters
/// (zero-width space, joiners, soft hyphen, byte-order mark) or controls.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || c.is_control()
            || crate::diagnostics::is_invisible(c)
            || crate::diagnostics::is_bidi_control(c)
    })
}
