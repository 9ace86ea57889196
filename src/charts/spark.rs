//! Sparklines: the home series as a tiny line for indicator cards. Only
//! decoration (the value is written beside it), so hidden from assistive
//! technology.

use std::fmt::Write as _;

use super::canvas::num;

const W: f64 = 96.0;
const H: f64 = 28.0;

/// A tiny SVG of `points` (sorted by year), better values up; `None` for
/// fewer than two finite points.
pub fn sparkline_svg(points: &[(i32, f64)], lower_is_better: bool) -> Option<String> {
    let pts: Vec<(i32, f64)> = points
        .iter()
        .copied()
        .filter(|(_, v)| v.is_finite())
        .collect();
    if pts.len() < 2 {
        return None;
    }
    let (y0, y1) = (pts[0].0, pts[pts.len() - 1].0);
    let lo = pts.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let hi = pts.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let pad = 4.0;
    let x_of = |y: i32| {
        if y1 > y0 {
            pad + (y - y0) as f64 / (y1 - y0) as f64 * (W - 2.0 * pad)
        } else {
            W / 2.0
        }
    };
    let y_of = |v: f64| {
        let f = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
        let f = if lower_is_better { 1.0 - f } else { f };
        H - pad - f * (H - 2.0 * pad)
    };
    let mut s = String::with_capacity(256);
    let _ = write!(
        s,
        "<svg class=\"spark\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" aria-hidden=\"true\" focusable=\"false\"><polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\""
    );
    for (i, &(y, v)) in pts.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        num(&mut s, x_of(y));
        s.push(',');
        num(&mut s, y_of(v));
    }
    let (ly, lv) = pts[pts.len() - 1];
    s.push_str("\"/><circle cx=\"");
    num(&mut s, x_of(ly));
    s.push_str("\" cy=\"");
    num(&mut s, y_of(lv));
    s.push_str("\" r=\"3\" fill=\"currentColor\"/></svg>");
    Some(s)
}
