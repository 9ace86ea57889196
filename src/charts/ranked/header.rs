//! The ranked chart's header: year, unit and direction; then one legend
//! line per target, its first line led by a swatch of the target's dashes.

use super::super::canvas::{Canvas, Font};
use super::super::data::ChartData;
use super::super::draw::{MUTED, TARGET};
use super::super::text::{self, wrap};
use super::frame::{BASELINE, LINE, MIDDLE};
use super::targets::{STROKE, Target, dash};

/// At most this many lines of notes, and of each target's legend.
const NOTE_LINES: usize = 2;
const LEGEND_LINES: usize = 2;
/// A legend's swatch is this long; its text starts here (text sizes).
const SWATCH: f64 = 1.6;
const SWATCH_TEXT: f64 = 2.2;

/// Header lines and legend lines with their baselines, and the height
/// they take.
pub(super) type Header = (Vec<(String, f64)>, Vec<(String, f64, Option<usize>)>, f64);

pub(super) fn lay_out(
    data: &ChartData,
    year: i32,
    unit: &str,
    targets: &[Target],
    w: f64,
    size: f64,
) -> Header {
    let lang = data.lang;
    let mut notes = vec![text::year_caption(year, lang)];
    // A place has no unit: its labels say "hạng".
    if !unit.is_empty() && unit != "%" && !data.rank {
        notes.push(text::unit_caption(unit, lang));
    }
    if data.lower_is_better {
        notes.push(text::lower_is_better_note(lang).to_string());
    }
    let line = size * LINE;
    let mut y = 0.0;
    let mut header = Vec::new();
    for s in wrap(&notes.join(" · "), size, false, w, NOTE_LINES) {
        header.push((s, y + size * BASELINE));
        y += line;
    }
    let mut legend = Vec::new();
    for (k, (_, _, s)) in targets.iter().enumerate() {
        for (j, s) in wrap(s, size, false, w - size * SWATCH_TEXT, LEGEND_LINES)
            .into_iter()
            .enumerate()
        {
            legend.push((s, y + size * BASELINE, (j == 0).then_some(k)));
            y += line;
        }
    }
    (header, legend, y)
}

/// The header's lines, then the legend's (each entry's first line led by
/// its swatch).
pub(super) fn draw(
    c: &mut dyn Canvas,
    header: &[(String, f64)],
    legend: &[(String, f64, Option<usize>)],
    size: f64,
) {
    let small = Font::new(size, MUTED);
    for (s, y) in header {
        c.text(s, 0.0, *y, &small);
    }
    for (s, y, first) in legend {
        if let Some(k) = first {
            let mid = y - size * MIDDLE;
            c.line(
                &[(0.0, mid), (size * SWATCH, mid)],
                TARGET,
                STROKE,
                Some(dash(*k)),
            );
        }
        c.text(s, size * SWATCH_TEXT, *y, &Font::new(size, TARGET));
    }
}
