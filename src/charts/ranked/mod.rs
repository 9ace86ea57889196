//! Ranked chart for one year: one row per entity, best first, the name
//! left of its bar on the same row, the value at the bar's end; the
//! highlighted entity on a tinted row, in bold. Ranks (lower is better,
//! whole places) are dots on a track instead of bars. About 20 units a row,
//! so 63 provinces take about 1,300.
//!
//! Steps: rows, sorted, names wrapped to the name column (`rows`) → header
//! and target legend (`header`) → value axis (`axis`) → row positions
//! (`rows`) → draw: header, axis and grid, target ranges (`targets`), bars
//! or dots, target rules, then names and values.

mod axis;
mod frame;
mod header;
mod rows;
mod targets;

use super::canvas::{Anchor, Canvas, Font};
use super::data::{ChartData, points, tick_label};
use super::draw::MUTED;
use super::text::{self, clean};
use frame::{BASELINE, Frame, LINE};
use rows::Row;
use targets::Range;

/// Under the axis labels, before the first row.
const ROWS_GAP: f64 = 4.0;
/// Under the last row.
const BOTTOM_PAD: f64 = 4.0;
/// The height of the rows' place when there are none (it says so).
const EMPTY_ROWS: f64 = 60.0;

pub(crate) struct Layout {
    pub w: f64,
    pub h: f64,
    pub year: i32,
    pub rows: Vec<Row>,
    header: Vec<(String, f64)>,
    /// Target legend lines: text, baseline, and the target's index when
    /// the line starts its entry (it gets the swatch).
    legend: Vec<(String, f64, Option<usize>)>,
    targets: Vec<(Option<f64>, Option<Range>)>,
    ticks: Vec<(f64, String)>,
    frame: Frame,
}

impl Layout {
    pub(crate) fn new(data: &ChartData, year: i32, w: f64, size: f64) -> Layout {
        let unit = clean(&data.unit);
        let mut rows = rows::ranked(data, year, &unit);
        let values: Vec<f64> = rows.iter().map(|r| r.value).collect();
        let dots = data.lower_is_better && text::rank_like(&unit, data.decimals, &values);
        let name_w = rows::fit_names(&mut rows, w, size);
        let value_w = rows::value_width(&rows, size);
        let targets = targets::drawn(data);
        let (header, legend, y) = header::lay_out(data, year, &unit, &targets, w, size);
        let span = axis::span(name_w, value_w, dots, w, size);
        let (ticks, dec, lo, hi) = axis::ticks(data, &unit, &values, &targets, dots, span, size);
        let rows_top = y + size * LINE + ROWS_GAP;
        let end = rows::stack(&mut rows, rows_top);
        let h = if rows.is_empty() {
            rows_top + EMPTY_ROWS
        } else {
            end + BOTTOM_PAD
        };
        let frame = Frame {
            w,
            size,
            axis_base: y + size * BASELINE,
            name_end: span.name_end,
            x0: span.x0,
            x1: span.x1,
            lo,
            hi,
            dots,
            rows_top,
        };
        let ticks = ticks
            .iter()
            .map(|t| (frame.x_of(*t), tick_label(*t, dec, &unit, data.lang)))
            .collect();
        Layout {
            w,
            h: h.ceil(),
            year,
            rows,
            header,
            legend,
            targets: targets.iter().map(|t| (t.0, t.1)).collect(),
            ticks,
            frame,
        }
    }
}

pub(crate) fn draw(c: &mut dyn Canvas, data: &ChartData, l: &Layout) {
    let f = &l.frame;
    header::draw(c, &l.header, &l.legend, f.size);
    if l.rows.is_empty() {
        c.text(
            text::no_data(data.lang),
            l.w / 2.0,
            f.rows_top + EMPTY_ROWS / 2.0,
            &Font::new(f.size, MUTED).anchor(Anchor::Middle),
        );
        return;
    }
    let bottom = l.h - 2.0;
    axis::draw(c, &l.ticks, f, bottom);
    targets::draw_ranges(c, &l.targets, f, bottom);
    rows::draw_marks(c, &l.rows, f);
    // Target rules over the bars but stopping at the values, names and
    // values last, on a halo.
    targets::draw_rules(c, &l.targets, f, bottom, &rows::value_boxes(&l.rows, f));
    rows::draw_texts(c, &l.rows, f);
}

pub(crate) fn describe(data: &ChartData, l: &Layout) -> String {
    let lang = data.lang;
    let mut parts = vec![text::year_caption(l.year, lang)];
    if l.rows.is_empty() {
        parts.push(text::no_data(lang).to_string());
    }
    // Full names, in the chart's order.
    let mut named: Vec<(&str, f64)> = data
        .series
        .iter()
        .filter_map(|s| {
            let v = points(s).into_iter().rev().find(|(y, _)| *y == l.year)?.1;
            Some((s.name.as_str(), v))
        })
        .collect();
    named.sort_by(|a, b| {
        let by = if data.lower_is_better {
            a.1.total_cmp(&b.1)
        } else {
            b.1.total_cmp(&a.1)
        };
        by.then_with(|| a.0.cmp(b.0))
    });
    let rows: Vec<String> = named
        .iter()
        .map(|(n, v)| format!("{n} {}", data.value_text(*v)))
        .collect();
    if !rows.is_empty() {
        parts.push(rows.join("; "));
    }
    for t in &data.targets {
        parts.push(t.label.clone());
    }
    if data.lower_is_better {
        parts.push(text::lower_is_better_note(lang).to_string());
    }
    parts.join(". ")
}
