//! What every part of the ranked chart measures by: the heights of rows
//! and lines of text, and where the name column ends and the value axis
//! runs.

/// Row height for a one-line name.
pub const ROW: f64 = 20.0;
/// Height of each line of a wrapped name.
pub(super) const NAME_LINE: f64 = 17.5;
/// Line height and baseline (from the line's top) of text (text sizes).
pub(super) const LINE: f64 = 1.33;
pub(super) const BASELINE: f64 = 1.06;
/// From a text's baseline to its middle (text sizes).
pub(super) const MIDDLE: f64 = 0.36;

/// The chart's width and text size, where the rows start, and where the
/// names end and the value axis runs.
pub(super) struct Frame {
    pub w: f64,
    pub size: f64,
    /// The baseline of the tick labels over the rows.
    pub axis_base: f64,
    pub name_end: f64,
    pub x0: f64,
    pub x1: f64,
    pub lo: f64,
    pub hi: f64,
    /// Ranks: dots on a track instead of bars.
    pub dots: bool,
    pub rows_top: f64,
}

impl Frame {
    /// Where a value falls along the axis.
    pub fn x_of(&self, v: f64) -> f64 {
        if self.hi > self.lo {
            self.x0 + (v - self.lo) / (self.hi - self.lo) * (self.x1 - self.x0)
        } else {
            self.x0
        }
    }
}
