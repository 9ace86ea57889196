//! How each series is told apart: colour, dashes and marker, the
//! highlighted series first in style and last in drawing order.

use plotters::prelude::RGBColor;

use super::data::{ChartData, Series};
use super::draw;

/// How a series is drawn: style index into the palette, dashes and markers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Look {
    pub color: RGBColor,
    pub dash: Option<(f64, f64)>,
    pub marker: draw::Marker,
    pub highlight: bool,
}

/// Series with their looks, in drawing order (the highlighted one last, on
/// top). The highlighted series gets the first style; the others follow in
/// input order.
pub(crate) fn styled(data: &ChartData) -> Vec<(&Series, Look)> {
    let hl = data
        .highlight
        .as_deref()
        .and_then(|id| data.series.iter().position(|s| s.id == id));
    let mut out = Vec::with_capacity(data.series.len());
    let mut next = if hl.is_some() { 1 } else { 0 };
    let mut top = None;
    for (i, s) in data.series.iter().enumerate() {
        let k = if Some(i) == hl {
            0
        } else {
            next += 1;
            next - 1
        };
        let look = Look {
            color: if s.median {
                draw::MUTED
            } else {
                draw::PALETTE[k % draw::PALETTE.len()]
            },
            dash: draw::DASHES[k % draw::DASHES.len()],
            marker: draw::MARKERS[k % draw::MARKERS.len()],
            highlight: Some(i) == hl,
        };
        if Some(i) == hl {
            top = Some((s, look));
        } else {
            out.push((s, look));
        }
    }
    out.extend(top);
    out
}
