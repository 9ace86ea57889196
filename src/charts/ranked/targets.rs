//! The ranked chart's targets: a shaded range under the bars, a rule over
//! them, each with its own dashes (the legend's swatch shows the same).

use super::super::canvas::Canvas;
use super::super::data::ChartData;
use super::super::draw::{GOOD, TARGET};
use super::super::text::clean;
use super::frame::Frame;

/// A target's range (from, to).
pub(super) type Range = (f64, f64);
/// A target with a finite threshold or range, and its text.
pub(super) type Target = (Option<f64>, Option<Range>, String);

/// A target's rule: stroke.
pub(super) const STROKE: f64 = 1.5;
/// A range's fill.
const RANGE_ALPHA: f64 = 0.12;
/// Rules start this far above the first row.
const RULE_ABOVE: f64 = 2.0;

/// The targets with a finite threshold or range.
pub(super) fn drawn(data: &ChartData) -> Vec<Target> {
    data.targets
        .iter()
        .map(|t| {
            (
                t.value.filter(|v| v.is_finite()),
                t.band.filter(|(a, b)| a.is_finite() && b.is_finite()),
                clean(&t.label),
            )
        })
        .filter(|t| t.0.is_some() || t.1.is_some())
        .collect()
}

/// Dashes of the `k`th target's rule (and its legend).
pub(super) fn dash(k: usize) -> (f64, f64) {
    [(5.0, 3.0), (1.5, 2.5), (8.0, 2.5)][k % 3]
}

/// Ranges, under the bars.
pub(super) fn draw_ranges(
    c: &mut dyn Canvas,
    targets: &[(Option<f64>, Option<Range>)],
    f: &Frame,
    bottom: f64,
) {
    for (_, band) in targets {
        if let Some((a, b)) = band {
            c.rect(
                f.x_of(*a),
                f.rows_top,
                f.x_of(*b),
                bottom,
                GOOD,
                RANGE_ALPHA,
            );
        }
    }
}

/// Rules, over the bars, each with its legend's dashes.
pub(super) fn draw_rules(
    c: &mut dyn Canvas,
    targets: &[(Option<f64>, Option<Range>)],
    f: &Frame,
    bottom: f64,
) {
    for (k, (v, _)) in targets.iter().enumerate() {
        if let Some(v) = v {
            let x = f.x_of(*v);
            c.line(
                &[(x, f.rows_top - RULE_ABOVE), (x, bottom)],
                TARGET,
                STROKE,
                Some(dash(k)),
            );
        }
    }
}
