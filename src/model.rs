//! The typed records the loader produces, as users write them in
//! `content/` (every field is in the guide's format reference,
//! `content/guide/format.md`, and `docs/CONTENT-FORMAT.md`). Each struct
//! denies unknown fields, so a misspelt field is an error, and each carries
//! the positions validation needs to point back at the file.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Deserializer};

use crate::diagnostics::Pos;

/// A calendar day written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub jiff::civil::Date);

impl Day {
    pub fn parse(s: &str) -> Result<Day, String> {
        let s = s.trim();
        let ok = s.len() == 10
            && s.as_bytes()[4] == b'-'
            && s.as_bytes()[7] == b'-'
            && s.bytes()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !ok {
            return Err(format!(
                "`{s}` is not a date: expected a date written YYYY-MM-DD"
            ));
        }
        let y: i16 = s[0..4].parse().map_err(|_| format!("`{s}`: bad year"))?;
        let m: i8 = s[5..7].parse().map_err(|_| format!("`{s}`: bad month"))?;
        let d: i8 = s[8..10].parse().map_err(|_| format!("`{s}`: bad day"))?;
        jiff::civil::Date::new(y, m, d).map(Day).map_err(|_| {
            format!(
                "`{s}` is not a real day of the calendar: expected a date YYYY-MM-DD that exists"
            )
        })
    }
    pub fn year(&self) -> i32 {
        self.0.year() as i32
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = d.deserialize_any(DateText)?;
        Day::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// The text of a date, whatever format the data comes in; anything else
/// is named in the error ("invalid type: number 2020, expected a date").
struct DateText;

impl DateText {
    fn wrong<E: serde::de::Error>(what: impl fmt::Display) -> E {
        E::custom(format!("invalid type: {what}, expected a date YYYY-MM-DD"))
    }
}

impl<'de> serde::de::Visitor<'de> for DateText {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date YYYY-MM-DD")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
        Err(Self::wrong(format_args!("number {v}")))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
        Err(Self::wrong(format_args!("number {v}")))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
        Err(Self::wrong(format_args!("number {v}")))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
        Err(Self::wrong(format_args!("boolean {v}")))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<String, E> {
        Err(Self::wrong("nothing"))
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<String, E> {
        Err(Self::wrong("nothing"))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Err(Self::wrong("a list"))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Err(Self::wrong("a mapping"))
    }
}

/// The date of a page: a day, optionally with a time and UTC offset
/// (`2020-01-10T08:10:36+07:00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageDate {
    pub day: Day,
    /// Seconds since the Unix epoch, for sorting and feeds.
    pub timestamp: i64,
    /// RFC 3339 text with its offset, for feeds and `<time>`.
    pub rfc3339: RfcText,
}

/// A small fixed-size string (dates are short) so `PageDate` stays `Copy`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RfcText([u8; 32], u8);

impl RfcText {
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0[..self.1 as usize]).unwrap_or("")
    }
}

impl fmt::Debug for RfcText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl PageDate {
    pub fn parse(s: &str) -> Result<PageDate, String> {
        let s = s.trim();
        let expected =
            "expected a date YYYY-MM-DD or a date and time such as 2020-01-10T08:10:36+07:00";
        if s.len() == 10 {
            let day = Day::parse(s)?;
            let ts = day
                .0
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .map_err(|e| e.to_string())?
                .timestamp();
            return Ok(PageDate::from_parts(
                day,
                ts.as_second(),
                &format!("{s}T00:00:00Z"),
            ));
        }
        let ts: jiff::Timestamp = s
            .parse()
            .map_err(|_| format!("`{s}` is not a date: {expected}"))?;
        let day = Day::parse(s.get(0..10).unwrap_or(""))?;
        Ok(PageDate::from_parts(day, ts.as_second(), s))
    }

    fn from_parts(day: Day, timestamp: i64, text: &str) -> PageDate {
        let mut buf = [0u8; 32];
        let n = text.len().min(32);
        buf[..n].copy_from_slice(&text.as_bytes()[..n]);
        PageDate {
            day,
            timestamp,
            rfc3339: RfcText(buf, n as u8),
        }
    }
}

impl<'de> Deserialize<'de> for PageDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = d.deserialize_any(DateText)?;
        PageDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    Percent,
    Score,
    Rank,
    Count,
    Money,
}

impl IndicatorKind {
    /// As written in the YAML and in `data/indicators.json`.
    pub fn as_str(&self) -> &'static str {
        match self {
            IndicatorKind::Percent => "percent",
            IndicatorKind::Score => "score",
            IndicatorKind::Rank => "rank",
            IndicatorKind::Count => "count",
            IndicatorKind::Money => "money",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

/// `content/data/indicators/<id>.yaml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub file: PathBuf,
    /// Full name, shown as the page title.
    pub name: String,
    /// Short name for charts and tables (SIPAS, PAR INDEX).
    pub short_name: Option<String>,
    /// Unit label: "%", "điểm", "bậc", "hồ sơ".
    #[serde(default)]
    pub unit: String,
    pub kind: IndicatorKind,
    /// Defaults to lower_is_better for ranks, higher_is_better otherwise.
    pub direction: Option<Direction>,
    /// Decimals shown; defaults to 2 for percent and score, 0 otherwise.
    pub decimals: Option<u8>,
    pub source: Option<String>,
    /// The agency accountable for the indicator.
    pub owner: Option<String>,
    /// When the data officer last updated the values (shown on the page).
    pub updated: Option<Day>,
    /// How many months after a year ends its figure is due (6: the 2020
    /// figure by 30 June 2021). Until then nobody is "not reported" for
    /// that year. Without it, a year is due once any entity has a value
    /// for it.
    pub due_months: Option<u32>,
    /// Peers shown beside the region in this indicator's charts; replaces
    /// the site's `compare:`.
    pub compare: Option<Vec<String>>,
    /// How `<id>.csv` beside this file is written, when it is not detected.
    pub csv: Option<CsvFormat>,
    /// Markdown.
    pub description: Option<String>,
    /// The parts of a composite index, in the order they are published.
    #[serde(default)]
    pub components: Vec<Component>,
    /// The components of an observation add up to its value.
    #[serde(default)]
    pub components_add_up: bool,
    #[serde(default)]
    pub targets: Vec<Target>,
    #[serde(default)]
    pub observations: Vec<Observation>,
    /// Where the parts of the YAML file are (`owner`, `targets[2]`,
    /// `observations[40].entity`).
    #[serde(skip)]
    pub at: Locator,
    /// Observations read from `<id>.csv` follow those of the YAML file;
    /// this says where each of them is.
    #[serde(skip)]
    pub csv_origin: Option<std::sync::Arc<CsvOrigin>>,
}

/// The parts of an observation a message can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObsPart {
    Row,
    Year,
    Entity,
    Value,
}

impl Indicator {
    /// The file and position of part of observation `i`: a line of the
    /// YAML file, or a row and column of the CSV file.
    pub fn observation_at(&self, i: usize, part: ObsPart) -> (&std::path::Path, Pos) {
        if let Some(csv) = &self.csv_origin
            && i >= csv.first
            && let Some(cell) = csv.cells.get(i - csv.first)
        {
            let col = match part {
                ObsPart::Row => 1,
                ObsPart::Year => cell.cols[0],
                ObsPart::Entity => cell.cols[1],
                ObsPart::Value => cell.cols[2],
            };
            return (&csv.file, Pos::new(cell.line as usize, col as usize));
        }
        let path = match part {
            ObsPart::Row => format!("observations[{i}]"),
            ObsPart::Year => format!("observations[{i}].year"),
            ObsPart::Entity => format!("observations[{i}].entity"),
            ObsPart::Value => format!("observations[{i}].value"),
        };
        (&self.file, self.at.locate(&path))
    }

    pub fn direction(&self) -> Direction {
        self.direction
            .unwrap_or(if self.kind == IndicatorKind::Rank {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            })
    }
    pub fn decimals(&self) -> u8 {
        self.decimals.unwrap_or(match self.kind {
            IndicatorKind::Percent | IndicatorKind::Score => 2,
            _ => 0,
        })
    }
    pub fn label(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }
}

/// A target for one year: every condition given must hold.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub year: i32,
    pub above: Option<f64>,
    pub at_least: Option<f64>,
    pub below: Option<f64>,
    pub at_most: Option<f64>,
    pub equals: Option<f64>,
    /// Change against the previous year's value, in the better direction.
    pub improve_by: Option<ImproveBy>,
    /// Shown instead of a generated description.
    pub label: Option<String>,
}

/// One condition of a target.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
#[serde(tag = "op", content = "value", rename_all = "snake_case")]
pub enum Condition {
    Above(f64),
    AtLeast(f64),
    Below(f64),
    AtMost(f64),
    Equals(f64),
    ImproveBy(ImproveBy),
}

pub fn conditions(t: &Target) -> Vec<Condition> {
    let mut c = Vec::new();
    if let Some(v) = t.above {
        c.push(Condition::Above(v));
    }
    if let Some(v) = t.at_least {
        c.push(Condition::AtLeast(v));
    }
    if let Some(v) = t.below {
        c.push(Condition::Below(v));
    }
    if let Some(v) = t.at_most {
        c.push(Condition::AtMost(v));
    }
    if let Some(v) = t.equals {
        c.push(Condition::Equals(v));
    }
    if let Some(v) = t.improve_by {
        c.push(Condition::ImproveBy(v));
    }
    c
}

impl Condition {
    /// The threshold value, for conditions that have one.
    pub fn threshold(&self) -> Option<f64> {
        match *self {
            Condition::Above(v)
            | Condition::AtLeast(v)
            | Condition::Below(v)
            | Condition::AtMost(v)
            | Condition::Equals(v) => Some(v),
            Condition::ImproveBy(_) => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ImproveBy {
    pub min: f64,
    pub max: Option<f64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub year: i32,
    /// The region's id when absent.
    pub entity: Option<String>,
    /// Absent only when `status` says why (not ranked, not published).
    pub value: Option<f64>,
    /// For a rank: how many were ranked that year ("hạng 21/63").
    pub of: Option<u32>,
    pub note: Option<String>,
    /// Why there is no value: `not_ranked` or `not_published`.
    pub status: Option<ObsStatus>,
    /// The group published with the value: "Khá", "Trung bình cao".
    pub group: Option<String>,
    /// The value of each of the indicator's `components`, by id.
    pub components: Option<Box<BTreeMap<String, f64>>>,
    /// Where the figure was published.
    pub source: Option<Box<Source>>,
}

/// Why an observation has no value. Shown as words, never as a zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObsStatus {
    /// The unit was assessed but not given a place (PAPI some years).
    NotRanked,
    /// Nothing was published for that year (PCI past the top 30).
    NotPublished,
}

impl ObsStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            ObsStatus::NotRanked => "not_ranked",
            ObsStatus::NotPublished => "not_published",
        }
    }
}

/// A publication: `source: { title: ..., url: https://... }`.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: Option<String>,
}

/// A part of a composite index (a PAR INDEX field, a PAPI dimension).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    pub id: String,
    pub name: String,
    /// The most it can score (PAPI: 10 per dimension).
    pub max: Option<f64>,
    /// Its unit when it has no maximum.
    pub unit: Option<String>,
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum AgencyKind {
    Province,
    Department,
    District,
    Commune,
    Other,
}

impl AgencyKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            AgencyKind::Province => "province",
            AgencyKind::Department => "department",
            AgencyKind::District => "district",
            AgencyKind::Commune => "commune",
            AgencyKind::Other => "other",
        }
    }
}

/// `content/data/agencies/<id>.yaml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub file: PathBuf,
    pub name: String,
    /// Used where space is short (chart labels): "Yên Bái" for "Ủy ban nhân
    /// dân tỉnh Yên Bái". Without it, charts drop the administrative prefix.
    pub short_name: Option<String>,
    pub kind: AgencyKind,
    /// Another agency's id, or the region's.
    pub parent: Option<String>,
    #[serde(skip)]
    pub parent_pos: Pos,
    /// The current head, when there has been one.
    pub head: Option<Head>,
    /// Heads over time, each with `since` and optional `until`.
    #[serde(default)]
    pub heads: Vec<Head>,
    #[serde(default)]
    pub responsibilities: Vec<Responsibility>,
    /// The last day the unit existed (a province merged on 1 July 2025
    /// ends on 30 June 2025).
    pub until: Option<Day>,
    /// The units that carry on its work after `until`.
    #[serde(default)]
    pub successors: Vec<String>,
    /// The units it was formed from.
    #[serde(default)]
    pub formed_from: Vec<String>,
    /// Where the parts of the YAML file are.
    #[serde(skip)]
    pub at: Locator,
}

impl Agency {
    /// The short name charts and lists show, else the name.
    pub fn label(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    pub name: String,
    pub title: Option<String>,
    pub since: Option<Day>,
    pub until: Option<Day>,
    #[serde(skip)]
    pub pos: Pos,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    pub task: String,
    pub due: Day,
    /// Absent: not done yet.
    pub done: Option<Day>,
    #[serde(default)]
    pub indicators: Vec<String>,
    /// Free text shown beside the task (e.g. where a date comes from).
    pub note: Option<String>,
    #[serde(skip)]
    pub pos: Pos,
    #[serde(skip)]
    pub indicator_pos: Vec<Pos>,
}

/// The YAML front matter of a Markdown page.
#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub date: Option<PageDate>,
    /// Last significant update, when it differs from `date`.
    pub updated: Option<PageDate>,
    pub author: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Shown in lists and feeds; the first paragraph when absent.
    pub summary: Option<String>,
    #[serde(default)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub agencies: Vec<String>,
    pub slug: Option<String>,
    #[serde(default)]
    pub draft: bool,
    /// The page's place in its section's list: pages with a weight come
    /// first, lowest first, then the others, newest first (chapters of a
    /// guide, for instance).
    pub weight: Option<u32>,
    /// The language the page is written in when it is not the site's (an
    /// English page on a Vietnamese site): its text is marked with `lang`.
    pub language: Option<crate::config::Language>,
    /// The page's photo: shown under its title, beside it in lists, and
    /// as its social card when it has no chart.
    pub image: Option<FeaturedImage>,
}

/// `image: { src: anh.jpg, alt: …, caption: … }` in a page's front matter.
#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FeaturedImage {
    /// Beside the page (`anh.jpg`) or under `content/static/` (`/anh/a.jpg`).
    pub src: String,
    /// What the photo shows, for readers who cannot see it (required
    /// unless `decorative: true`).
    pub alt: Option<String>,
    /// Shown under the photo.
    pub caption: Option<String>,
    /// Decoration only: published with an empty alt text.
    #[serde(default)]
    pub decorative: bool,
}

/// A Markdown page, `content/<section>/**.md`.
#[derive(Debug, Clone)]
pub struct Page {
    /// Relative to the site root: `content/news/a.md`.
    pub file: PathBuf,
    /// Folders between `content/` and the file: `["news"]`.
    pub section: Vec<String>,
    /// `_index.md`: the section's own title and intro.
    pub is_section_index: bool,
    /// The file stem; for a page that is a folder (`tin/index.md`), the
    /// folder's name.
    pub stem: String,
    /// `<folder>/index.md`: the folder is the page, and holds its images.
    pub bundle: bool,
    pub meta: FrontMatter,
    /// Markdown after the front matter.
    pub body: String,
    /// The file's line number of the body's first line.
    pub body_line: usize,
    /// Positions of front matter values, for validation.
    pub pos: PagePositions,
}

#[derive(Debug, Clone, Default)]
pub struct PagePositions {
    pub title: Pos,
    pub slug: Pos,
    pub tags: Vec<Pos>,
    pub indicators: Vec<Pos>,
    pub agencies: Vec<Pos>,
    /// `image:`, `image.src` and `image.alt`.
    pub image: Pos,
    pub image_src: Pos,
    pub image_alt: Pos,
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

/// A file from `content/static/` or the theme's `static/`, copied as is.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Path under the output root, with `/` separators.
    pub rel: String,
    pub source: StaticSource,
}

#[derive(Debug, Clone)]
pub enum StaticSource {
    /// A file of the site, relative to the site folder; opened under the
    /// input policy when it is copied.
    Disk(PathBuf),
    Embedded(&'static [u8]),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_and_rejects_impossible_ones() {
        assert_eq!(Day::parse("2020-06-30").unwrap().to_string(), "2020-06-30");
        assert!(
            Day::parse("2020-02-30")
                .unwrap_err()
                .contains("not a real day")
        );
        assert!(Day::parse("30/06/2020").unwrap_err().contains("YYYY-MM-DD"));
        assert!(Day::parse("2020-6-3").is_err());
    }

    #[test]
    fn parses_page_dates_with_offsets() {
        let d = PageDate::parse("2020-01-10T08:10:36+07:00").unwrap();
        assert_eq!(d.day.to_string(), "2020-01-10");
        assert_eq!(d.timestamp, 1578618636);
        assert_eq!(d.rfc3339.as_str(), "2020-01-10T08:10:36+07:00");
        let d = PageDate::parse("2020-01-10").unwrap();
        assert_eq!(d.rfc3339.as_str(), "2020-01-10T00:00:00Z");
        assert!(PageDate::parse("10/01/2020").is_err());
    }
}
