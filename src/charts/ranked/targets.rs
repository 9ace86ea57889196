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
    labels: &[(f64, f64, f64, f64)],
) {
    for (k, (v, _)) in targets.iter().enumerate() {
        if let Some(v) = v {
            let x = f.x_of(*v);
            for (y0, y1) in open_stretches(x, f.rows_top - RULE_ABOVE, bottom, labels) {
                c.line(&[(x, y0), (x, y1)], TARGET, STROKE, Some(dash(k)));
            }
        }
    }
}

/// The stretches of a rule at `x` from `top` to `bottom` that no label box
/// (x0, x1, y0, y1, top to bottom) covers.
fn open_stretches(
    x: f64,
    top: f64,
    bottom: f64,
    labels: &[(f64, f64, f64, f64)],
) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let mut from = top;
    for &(x0, x1, y0, y1) in labels {
        if x < x0 || x > x1 || y1 <= from {
            continue;
        }
        if y0 > from {
            out.push((from, y0.min(bottom)));
        }
        from = y1;
    }
    if from < bottom {
        out.push((from, bottom));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::open_stretches;

    #[test]
    fn a_rule_stops_at_the_labels_it_would_cross() {
        let labels = [
            (10.0, 30.0, 10.0, 20.0), // crossed
            (40.0, 60.0, 30.0, 40.0), // beside the rule
            (15.0, 25.0, 50.0, 60.0), // crossed
        ];
        assert_eq!(
            open_stretches(20.0, 0.0, 100.0, &labels),
            [(0.0, 10.0), (20.0, 50.0), (60.0, 100.0)]
        );
        assert_eq!(open_stretches(35.0, 0.0, 100.0, &labels), [(0.0, 100.0)]);
    }
}
