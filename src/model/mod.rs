//! The typed records the loader produces, as users write them in
//! `content/` (every field is in the guide's format reference,
//! `content/guide/format.md`, and `docs/CONTENT-FORMAT.md`). Each struct
//! denies unknown fields, so a misspelt field is an error, and each carries
//! the positions validation needs to point back at the file.

mod agency;
mod blank;
mod csv_file;
mod date;
mod indicator;
pub mod ix;
mod locator;
mod page;

pub use agency::{Agency, AgencyKind, Head, Responsibility};
pub use blank::is_blank;
pub use csv_file::{CsvCell, CsvDecimal, CsvFormat, CsvOrigin, CsvSeparator};
pub use date::{Day, PageDate, RfcText};
pub use indicator::{
    Component, Condition, Direction, ImproveBy, Indicator, IndicatorKind, ObsPart, ObsStatus,
    Observation, Source, Target, conditions,
};
pub use ix::{AgencyIx, IndicatorIx, PageIx, TiSlice, TiVec};
pub use locator::Locator;
pub use page::{FeaturedImage, FrontMatter, Page, PagePositions, StaticFile, StaticSource};
