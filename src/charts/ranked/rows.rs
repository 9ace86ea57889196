//! The ranked chart's rows: one per entity with a value in the year, best
//! first; names wrapped to the name column; a bar (or a dot on a track
//! for ranks) per row, the highlighted row tinted; names and values on a
//! halo.

use plotters::prelude::RGBColor;

use super::super::canvas::{Anchor, Canvas, Font};
use super::super::data::{ChartData, points};
use super::super::draw::{BAR, GRID, INK, PALETTE};
use super::super::text::{clean, width, wrap_name};
use super::axis::DOTS_VALUE_GAP;
use super::frame::{Frame, MIDDLE, NAME_LINE, ROW};
use crate::locale::format_value;

/// The name column takes at most this share of the width, and at least
/// this many text sizes.
const NAME_SHARE: f64 = 0.36;
const NAME_MIN: f64 = 6.0;
/// At most this many lines of a name.
const NAME_LINES: usize = 3;
/// Added to the lines of a wrapped name for its row's height.
const NAME_PAD: f64 = 3.0;
/// The tint of the highlighted row.
const HIGHLIGHT_ALPHA: f64 = 0.12;
/// A dot's radius, and the highlighted one's.
const DOT: f64 = 4.0;
const DOT_HIGHLIGHT: f64 = 5.0;
/// A bar's height as a share of a one-line row, and the least room it
/// leaves in its row.
const BAR_SHARE: f64 = 0.6;
const BAR_ROOM: f64 = 6.0;
/// A bar closer to zero than this gets a tick so the row does not look
/// empty.
const ZERO_BAR: f64 = 1.5;
/// The value after a bar's end.
const VALUE_GAP: f64 = 4.0;
/// Values of the rows that are not highlighted.
const MUTED_INK: RGBColor = INK;

pub(crate) struct Row {
    pub label: Vec<String>,
    pub value: f64,
    pub value_text: String,
    pub highlight: bool,
    top: f64,
    h: f64,
}

/// The rows of `year`, best first; ties by name, then id, so the order
/// never depends on input order.
pub(super) fn ranked(data: &ChartData, year: i32, unit: &str) -> Vec<Row> {
    let hl = data.highlight.as_deref();
    let mut rows: Vec<(Row, &str)> = data
        .series
        .iter()
        .filter_map(|s| {
            let v = points(s).into_iter().rev().find(|(y, _)| *y == year)?.1;
            Some((
                Row {
                    label: vec![clean(&s.label)],
                    value: v,
                    // A place reads "hạng 11", never "11 bậc" (a bậc is a
                    // move between places).
                    value_text: if data.rank {
                        data.value_text(v)
                    } else {
                        format_value(v, data.decimals, unit, data.lang)
                    },
                    highlight: hl == Some(s.id.as_str()),
                    top: 0.0,
                    h: ROW,
                },
                s.id.as_str(),
            ))
        })
        .collect();
    rows.sort_by(|(a, aid), (b, bid)| {
        let by_value = if data.lower_is_better {
            a.value.total_cmp(&b.value)
        } else {
            b.value.total_cmp(&a.value)
        };
        by_value
            .then_with(|| a.label.cmp(&b.label))
            .then_with(|| aid.cmp(bid))
    });
    rows.into_iter().map(|(r, _)| r).collect()
}

/// The name column: as wide as the widest name, up to a share of the
/// width; longer names wrap onto more lines of their row. Returns its
/// width.
pub(super) fn fit_names(rows: &mut [Row], w: f64, size: f64) -> f64 {
    let cap = (w * NAME_SHARE).max(size * NAME_MIN);
    let widest = rows
        .iter()
        .map(|r| width(&r.label[0], size, r.highlight))
        .fold(0.0, f64::max);
    let name_w = widest.min(cap);
    for r in rows {
        if width(&r.label[0], size, r.highlight) > name_w {
            r.label = wrap_name(&r.label[0], size, r.highlight, name_w, NAME_LINES);
            r.h = ROW.max(r.label.len() as f64 * NAME_LINE + NAME_PAD);
        }
    }
    name_w
}

/// The widest value text.
pub(super) fn value_width(rows: &[Row], size: f64) -> f64 {
    rows.iter()
        .map(|r| width(&r.value_text, size, r.highlight))
        .fold(0.0, f64::max)
}

/// Stacks the rows from `top`; returns where the last one ends.
pub(super) fn stack(rows: &mut [Row], top: f64) -> f64 {
    let mut top = top;
    for r in rows {
        r.top = top;
        top += r.h;
    }
    top
}

/// Each row's tint, and its bar or dot.
pub(super) fn draw_marks(c: &mut dyn Canvas, rows: &[Row], f: &Frame) {
    let zero = f.x_of(0.0);
    let hl_color = PALETTE[0];
    for r in rows {
        let mid = r.top + r.h / 2.0;
        if r.highlight {
            c.rect(0.0, r.top, f.w, r.top + r.h, hl_color, HIGHLIGHT_ALPHA);
        }
        let color = if r.highlight { hl_color } else { BAR };
        let x = f.x_of(r.value);
        if f.dots {
            let radius = if r.highlight { DOT_HIGHLIGHT } else { DOT };
            c.line(&[(f.x0, mid), (f.x1, mid)], GRID, 1.0, None);
            c.circle(x, mid, radius, color, None);
        } else {
            let bh = (ROW * BAR_SHARE).min(r.h - BAR_ROOM);
            let (top, bottom) = (mid - bh / 2.0, mid + bh / 2.0);
            c.rect(zero.min(x), top, zero.max(x), bottom, color, 1.0);
            if (x - zero).abs() < ZERO_BAR {
                c.line(&[(zero, top), (zero, bottom)], color, 2.0, None);
            }
        }
    }
}

/// The box each value label takes after its bar (x0, x1, y0, y1), a
/// little wider than its text: a target rule stops at it rather than run
/// through the figures. None beside dots (their values are past the plot).
pub(super) fn value_boxes(rows: &[Row], f: &Frame) -> Vec<(f64, f64, f64, f64)> {
    if f.dots {
        return Vec::new();
    }
    let zero = f.x_of(0.0);
    let mut boxes: Vec<_> = rows
        .iter()
        .map(|r| {
            let x0 = zero.max(f.x_of(r.value)) + VALUE_GAP;
            let mid = r.top + r.h / 2.0;
            let half = f.size * 0.7;
            (
                x0 - LABEL_MARGIN,
                x0 + width(&r.value_text, f.size, r.highlight) + LABEL_MARGIN,
                mid - half,
                mid + half,
            )
        })
        .collect();
    // From the top, as the rule is walked.
    boxes.sort_by(|a, b| a.2.total_cmp(&b.2));
    boxes
}

/// Room kept clear on each side of a value label.
const LABEL_MARGIN: f64 = 2.0;

/// Names right-aligned in their column, values after the bar (or the
/// track), on a halo.
pub(super) fn draw_texts(c: &mut dyn Canvas, rows: &[Row], f: &Frame) {
    let size = f.size;
    let zero = f.x_of(0.0);
    for r in rows {
        let font = Font::new(size, INK).bold(r.highlight).halo();
        let n = r.label.len() as f64;
        let first = r.top + r.h / 2.0 - (n - 1.0) * NAME_LINE / 2.0 + size * MIDDLE;
        for (k, s) in r.label.iter().enumerate() {
            c.text(
                s,
                f.name_end,
                first + k as f64 * NAME_LINE,
                &font.anchor(Anchor::End),
            );
        }
        let base = r.top + r.h / 2.0 + size * MIDDLE;
        let vf = Font::new(size, if r.highlight { INK } else { MUTED_INK })
            .bold(r.highlight)
            .halo();
        if f.dots {
            c.text(&r.value_text, f.x1 + DOTS_VALUE_GAP, base, &vf);
        } else {
            let x = f.x_of(r.value);
            c.text(&r.value_text, zero.max(x) + VALUE_GAP, base, &vf);
        }
    }
}
