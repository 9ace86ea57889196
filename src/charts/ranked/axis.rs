//! The ranked chart's value axis: where it spans between the names and the
//! values, its ticks written over the rows, a light grid through them.

use super::super::canvas::{Anchor, Canvas, Font};
use super::super::data::{ChartData, tick_label};
use super::super::draw::{self, GRID, MUTED};
use super::super::text::width;
use super::frame::Frame;
use super::targets::Target;

/// Between the names' right edge and the axis' start, and before that
/// between the name column and the names' right edge.
const NAME_GAP: f64 = 2.0;
const AXIS_GAP: f64 = 8.0;
/// Room for the values after the axis: after a dot's track, and after a
/// bar (the value sits this far past the bar's end, see `rows`).
pub(super) const DOTS_VALUE_GAP: f64 = 10.0;
const BARS_VALUE_GAP: f64 = 6.0;
/// The axis is at least this long (text sizes).
const MIN_AXIS: f64 = 4.0;
/// Room for a tick label: its widest label times this, plus a pad.
const TICK_ROOM: f64 = 1.7;
const TICK_PAD: f64 = 4.0;
/// Fewest and most ticks.
const MIN_TICKS: usize = 2;
const MAX_TICKS: usize = 6;
/// The grid starts this far above the first row.
const GRID_ABOVE: f64 = 2.0;

/// Where the names end and the axis runs.
#[derive(Clone, Copy)]
pub(super) struct Span {
    pub name_end: f64,
    pub x0: f64,
    pub x1: f64,
}

pub(super) fn span(name_w: f64, value_w: f64, dots: bool, w: f64, size: f64) -> Span {
    let name_end = name_w + NAME_GAP;
    let x0 = name_end + AXIS_GAP;
    let x1 = if dots {
        w - value_w - DOTS_VALUE_GAP
    } else {
        w - value_w - BARS_VALUE_GAP
    }
    .max(x0 + size * MIN_AXIS);
    Span { name_end, x0, x1 }
}

/// The ticks (values, decimals, and the axis' ends) for the rows' values
/// and the targets: bars start at zero, ranks at 1.
pub(super) fn ticks(
    data: &ChartData,
    unit: &str,
    values: &[f64],
    targets: &[Target],
    dots: bool,
    span: Span,
    size: f64,
) -> (Vec<f64>, u8, f64, f64) {
    let mut all: Vec<f64> = values.to_vec();
    if !dots {
        all.push(0.0);
    }
    for (v, b, _) in targets {
        all.extend(v.iter());
        if let Some((a, b)) = b {
            all.extend([*a, *b]);
        }
    }
    if dots {
        all.push(1.0);
    }
    let vmin = all.iter().copied().fold(f64::INFINITY, f64::min);
    let vmax = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min_step = 10f64.powi(-(data.decimals.min(6) as i32));
    let probe = tick_label(vmax.max(vmin.abs()), data.decimals, unit, data.lang);
    let room = width(&probe, size, false) * TICK_ROOM + TICK_PAD;
    let max_ticks = (((span.x1 - span.x0) / room).floor() as usize).clamp(MIN_TICKS, MAX_TICKS);
    draw::axis_ticks(vmin, vmax, max_ticks, min_step, dots && vmin >= 1.0)
}

/// Tick labels over the rows (the last kept inside the width), the grid
/// through them.
pub(super) fn draw(c: &mut dyn Canvas, ticks: &[(f64, String)], f: &Frame, bottom: f64) {
    let size = f.size;
    let small = Font::new(size, MUTED);
    for (i, (x, label)) in ticks.iter().enumerate() {
        c.line(
            &[(*x, f.rows_top - GRID_ABOVE), (*x, bottom)],
            GRID,
            1.0,
            None,
        );
        let anchor = if i + 1 == ticks.len() && x + width(label, size, false) / 2.0 > f.w {
            Anchor::End
        } else {
            Anchor::Middle
        };
        let x = if anchor == Anchor::End { f.w } else { *x };
        c.text(label, x, f.axis_base, &small.anchor(anchor));
    }
}
