//! The line chart's targets: a dashed line at a threshold (with a diamond
//! at its year when that year is on the axis) or a shaded range, drawn
//! under the data and stopping short of their labels in the margin.

use super::super::canvas::Canvas;
use super::super::data::{ChartData, TargetMark};
use super::super::draw::{self, GOOD, TARGET};
use super::labels::Label;
use super::layout::{Domain, Scale};

/// A target's range: fill, and the tint of its edges.
const RANGE_ALPHA: f64 = 0.12;
const RANGE_EDGE: f64 = 0.5;
/// A threshold's line: stroke and dashes.
const STROKE: f64 = 1.5;
const DASHES: (f64, f64) = (6.0, 4.0);
/// A threshold's line stops this far before its label.
const LABEL_CLEARANCE: f64 = 4.0;
/// Size of the diamond at the target's year (em).
const DIAMOND: f64 = 0.26;

/// A target placed on the plot.
pub(super) struct Target {
    y: Option<f64>,
    band: Option<(f64, f64)>,
    diamond: Option<f64>,
}

/// The targets with a finite threshold or range.
pub(super) fn drawn(data: &ChartData) -> Vec<&TargetMark> {
    data.targets
        .iter()
        .filter(|t| {
            t.value.is_some_and(f64::is_finite)
                || t.band.is_some_and(|(a, b)| a.is_finite() && b.is_finite())
        })
        .collect()
}

/// Every target on the plot.
pub(super) fn points(targets: &[&TargetMark], d: &Domain, scale: &Scale) -> Vec<Target> {
    targets
        .iter()
        .map(|t| Target {
            y: t.value.filter(|v| v.is_finite()).map(|v| scale.y_of(v)),
            band: t.band.map(|(a, b)| (scale.y_of(a), scale.y_of(b))),
            diamond: (t.year >= d.y_first && t.year <= d.y_last).then(|| scale.x_of(t.year)),
        })
        .collect()
}

/// The targets on the plot box `(left, right, top, bottom)`, each line
/// stopping short of the target labels in `labels`.
pub(super) fn draw(
    c: &mut dyn Canvas,
    targets: &[Target],
    labels: &[Label],
    plot: (f64, f64, f64, f64),
    em: f64,
) {
    let (pl, pr, _, _) = plot;
    for t in targets {
        if let Some((a, b)) = t.band {
            let edge = draw::tint(GOOD, RANGE_EDGE);
            c.rect(pl, a, pr, b, GOOD, RANGE_ALPHA);
            c.line(&[(pl, a), (pr, a)], edge, 1.0, None);
            c.line(&[(pl, b), (pr, b)], edge, 1.0, None);
        }
        if let Some(y) = t.y {
            // Up to its label in the margin, never under it.
            let end = labels
                .iter()
                .filter(|lb| lb.is_target())
                .map(|lb| lb.x - LABEL_CLEARANCE)
                .fold(pr, f64::min);
            c.line(&[(pl, y), (end, y)], TARGET, STROKE, Some(DASHES));
            if let Some(x) = t.diamond {
                draw::marker(c, draw::Marker::Diamond, x, y, em * DIAMOND, TARGET);
            }
        }
    }
}
