//! The data blocks of a Markdown page: ```` ```chart ```` and
//! ```` ```indicator-table ````, found and parsed into typed, located
//! records. Validation checks what they name with the site's other
//! errors, and rendering draws them from the same records.

use std::path::Path;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

use super::yaml::{self, LazyIndex};
use crate::diagnostics::{Diagnostic, Pos};

/// The Markdown extensions pages are written with (CommonMark plus
/// tables, footnotes, strikethrough, task lists and heading attributes).
pub const MARKDOWN_OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS)
    .union(Options::ENABLE_HEADING_ATTRIBUTES);

/// A fenced block baocao replaces with generated HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Chart,
    IndicatorTable,
}

impl BlockKind {
    /// The kind a fenced block's info string asks for, if any.
    pub fn of_info(info: &str) -> Option<BlockKind> {
        match info.split_whitespace().next() {
            Some("chart") => Some(BlockKind::Chart),
            Some("indicator-table") => Some(BlockKind::IndicatorTable),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    #[default]
    Line,
    Bar,
    Progress,
}

impl ChartKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            ChartKind::Line => "line",
            ChartKind::Bar => "bar",
            ChartKind::Progress => "progress",
        }
    }
}

/// The body of a ```` ```chart ```` block.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChartBody {
    indicator: String,
    #[serde(rename = "type", default)]
    kind: ChartKind,
    /// Entities to draw; all of them when absent.
    #[serde(default)]
    entities: Vec<String>,
    /// Peers drawn beside the region; replaces the indicator's and the
    /// site's `compare:`.
    #[serde(default)]
    compare: Vec<String>,
    /// For bar charts: the year to rank; the latest when absent.
    year: Option<i32>,
}

/// The body of an ```` ```indicator-table ```` block.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TableBody {
    indicator: String,
    #[serde(default)]
    entities: Vec<String>,
}

/// One block, parsed and located.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    pub indicator: String,
    pub indicator_pos: Pos,
    /// Line and column of each entry of `entities`.
    pub entities: Vec<(String, Pos)>,
    /// Line and column of each entry of `compare` (charts only).
    pub compare: Vec<(String, Pos)>,
    pub chart: ChartKind,
    pub year: Option<i32>,
}

/// Parses a block's body; `line` is the file's line of its first body line.
pub fn parse(
    kind: BlockKind,
    body: &str,
    file: &Path,
    line: usize,
) -> Result<Block, Vec<Diagnostic>> {
    let offset = line - 1;
    let located = |index: &LazyIndex, key: &str, entities: Vec<String>| {
        entities
            .into_iter()
            .enumerate()
            .map(|(k, e)| (e, index.locate(&format!("{key}[{k}]"))))
            .collect()
    };
    Ok(match kind {
        BlockKind::Chart => {
            let p = yaml::parse::<ChartBody>(body, file, offset)?;
            Block {
                kind,
                indicator_pos: p.index.locate("indicator"),
                entities: located(&p.index, "entities", p.value.entities),
                compare: located(&p.index, "compare", p.value.compare),
                indicator: p.value.indicator,
                chart: p.value.kind,
                year: p.value.year,
            }
        }
        BlockKind::IndicatorTable => {
            let p = yaml::parse::<TableBody>(body, file, offset)?;
            Block {
                kind,
                indicator_pos: p.index.locate("indicator"),
                entities: located(&p.index, "entities", p.value.entities),
                compare: Vec::new(),
                indicator: p.value.indicator,
                chart: ChartKind::Line,
                year: None,
            }
        }
    })
}

/// Every data block of a page body, parsed; `body_line` is the file's line
/// of the body's first line. Errors of every block are returned together.
pub fn find(body: &str, file: &Path, body_line: usize) -> (Vec<Block>, Vec<Diagnostic>) {
    let (mut blocks, mut errors) = (Vec::new(), Vec::new());
    // Most pages have none: skip the parse.
    if !(body.contains("chart") || body.contains("indicator-table")) {
        return (blocks, errors);
    }
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(body.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut iter = Parser::new_ext(body, MARKDOWN_OPTIONS).into_offset_iter();
    while let Some((ev, range)) = iter.next() {
        let Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) = ev else {
            continue;
        };
        let Some(kind) = BlockKind::of_info(&info) else {
            continue;
        };
        let mut text = String::new();
        for (ev, _) in iter.by_ref() {
            match ev {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => break,
                _ => {}
            }
        }
        let line = line_starts.partition_point(|&s| s <= range.start) + 1;
        match parse(kind, &text, file, body_line + line - 1) {
            Ok(b) => blocks.push(b),
            Err(es) => errors.extend(es),
        }
    }
    (blocks, errors)
}
