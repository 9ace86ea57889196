//! What every part of the line chart measures by: the frame (size and
//! text sizes), the height of a line of text, the size of a point's marker
//! and the room between a point and its label.

/// Size of the drawing area and its text sizes (chart units).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    pub w: f64,
    pub h: f64,
    pub em: f64,
    pub small: f64,
}

/// Line height and baseline (from the line's top) for text of size `s`.
pub(super) fn line_h(s: f64) -> f64 {
    s * 1.33
}
pub(super) fn baseline_in(s: f64) -> f64 {
    s * 1.06
}

/// From a text's baseline to its middle (text sizes).
pub(super) const MIDDLE: f64 = 0.36;

/// Size of a point's marker (em); the highlighted line's are larger.
pub(super) const MARKER: f64 = 0.27;

/// Between a point's marker and its label.
const MARKER_GAP: f64 = 6.0;

/// From a point to its label's left edge.
pub(super) fn gap(em: f64) -> f64 {
    em * MARKER + MARKER_GAP
}
