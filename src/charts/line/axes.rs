//! The line chart's axes: value ticks with a light grid across the plot,
//! the base line, and the years under it.

use super::super::canvas::{Anchor, Canvas, Font};
use super::super::data::{ChartData, tick_label};
use super::super::draw::{self, AXIS, GRID, MUTED};
use super::super::text::width;
use super::frame::MIDDLE;
use super::layout::{Domain, Scale, TICK_GAP};

/// Room for one year label: a four-digit year and space around it.
const YEAR_ROOM: f64 = 1.8;
/// At most this many years are written.
const MAX_YEARS: usize = 8;
/// Length of a year's tick under the axis.
const YEAR_TICK: f64 = 4.0;
/// Baseline of the years under the axis (small sizes).
const YEAR_BASELINE: f64 = 1.45;
/// The value ticks (where, and their labels) with their grid lines, and
/// the years written under the axis.
#[derive(Default)]
pub(super) struct Axes {
    grid: Vec<(f64, String)>,
    years: Vec<(f64, String)>,
}

impl Axes {
    /// The value ticks and the years written under the axis.
    pub(super) fn new(data: &ChartData, d: &Domain, scale: &Scale, small: f64) -> Axes {
        let grid = scale
            .ticks
            .iter()
            .map(|t| {
                let label = tick_label(*t, scale.dec, &d.unit, data.lang);
                (scale.y_of(*t), label)
            })
            .collect();
        let (pl, pr, inset) = (scale.pl, scale.pr, scale.inset);
        let year_w = width("2000", small, false) * YEAR_ROOM;
        let max_years = (((pr - pl - 2.0 * inset) / year_w).floor() as usize + 1).max(2);
        let years = draw::year_ticks(d.y_first, d.y_last, max_years.min(MAX_YEARS))
            .into_iter()
            .map(|y| (scale.x_of(y), y.to_string()))
            .collect();
        Axes { grid, years }
    }
}

/// The axes of the plot box `(left, right, top, bottom)`.
pub(super) fn draw(c: &mut dyn Canvas, a: &Axes, plot: (f64, f64, f64, f64), small: f64) {
    let (pl, pr, _, pb) = plot;
    for (y, label) in &a.grid {
        c.line(&[(pl, *y), (pr, *y)], GRID, 1.0, None);
        c.text(
            label,
            pl - TICK_GAP,
            y + small * MIDDLE,
            &Font::new(small, MUTED).anchor(Anchor::End),
        );
    }
    c.line(&[(pl, pb), (pr, pb)], AXIS, 1.0, None);
    for (x, year) in &a.years {
        c.line(&[(*x, pb), (*x, pb + YEAR_TICK)], AXIS, 1.0, None);
        c.text(
            year,
            *x,
            pb + small * YEAR_BASELINE,
            &Font::new(small, MUTED).anchor(Anchor::Middle),
        );
    }
}
