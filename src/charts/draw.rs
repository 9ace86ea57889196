//! Drawing primitives shared by the SVG and bitmap charts: text placed by
//! its baseline, dashed lines, markers, ticks.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text::{FAMILY, height_per_em, text_width_w};

/// Okabe–Ito hues, the light ones darkened to reach 3:1 against white.
pub(crate) const PALETTE: [RGBColor; 6] = [
    RGBColor(0x00, 0x72, 0xB2), // blue           5.2:1
    RGBColor(0xD5, 0x5E, 0x00), // vermillion     3.9:1
    RGBColor(0x00, 0x8A, 0x66), // bluish green   4.4:1 (darkened #009E73)
    RGBColor(0xB3, 0x5A, 0x8F), // reddish purple 4.4:1 (darkened #CC79A7)
    RGBColor(0xA8, 0x6F, 0x00), // orange         4.3:1 (darkened #E69F00)
    RGBColor(0x33, 0x33, 0x33), // near black
];
pub(crate) const INK: RGBColor = RGBColor(0x1F, 0x29, 0x37);
pub(crate) const MUTED: RGBColor = RGBColor(0x4B, 0x55, 0x63);
pub(crate) const GRID: RGBColor = RGBColor(0xE5, 0xE7, 0xEB);
pub(crate) const AXIS: RGBColor = RGBColor(0x9C, 0xA3, 0xAF);
pub(crate) const TRACK: RGBColor = RGBColor(0xE5, 0xE7, 0xEB);
pub(crate) const BAR: RGBColor = RGBColor(0x6B, 0x77, 0x85); // slate 4.6:1
pub(crate) const TARGET: RGBColor = RGBColor(0x37, 0x41, 0x51);
pub(crate) const GOOD: RGBColor = RGBColor(0x00, 0x8A, 0x66);

/// `c` blended with white: `a` = 1 is `c`, 0 is white.
pub(crate) fn tint(c: RGBColor, a: f64) -> RGBColor {
    let f = |v: u8| (255.0 - (255.0 - v as f64) * a.clamp(0.0, 1.0)).round() as u8;
    RGBColor(f(c.0), f(c.1), f(c.2))
}

/// Line dash patterns (on, off) in pixels; `None` is solid.
pub(crate) const DASHES: [Option<(f64, f64)>; 4] =
    [None, Some((10.0, 6.0)), Some((2.5, 4.5)), Some((14.0, 4.0))];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    Ring,
}
pub(crate) const MARKERS: [Marker; 5] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
    Marker::Ring,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    Start,
    Middle,
    End,
}

/// How text maps onto the backend: plotters writes SVG `font-size` as
/// `size / 1.24` and places `VPos::Top` text with `dy="0.76em"`; the bitmap
/// backend uses ab_glyph's pixel scale (line height) and puts the baseline
/// half a pixel scale below the given point.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    pub svg: bool,
}

impl Ctx {
    fn size_for(&self, em: f64) -> f64 {
        if self.svg {
            em * 1.24
        } else {
            em * height_per_em()
        }
    }
    fn top_for(&self, em: f64, baseline: f64) -> f64 {
        if self.svg {
            baseline - 0.76 * em
        } else {
            baseline - 0.5 * height_per_em() * em
        }
    }
}

pub(crate) type Area<'a, DB> = DrawingArea<DB, Shift>;

fn r(v: f64) -> i32 {
    if v.is_finite() {
        v.round().clamp(-1.0e6, 1.0e6) as i32
    } else {
        0
    }
}

/// Draws `s` with its baseline at `baseline`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn text<DB: DrawingBackend>(
    area: &Area<DB>,
    ctx: Ctx,
    s: &str,
    x: f64,
    baseline: f64,
    em: f64,
    color: RGBColor,
    anchor: Anchor,
    bold: bool,
) {
    if s.is_empty() {
        return;
    }
    let size = ctx.size_for(em);
    let font = if bold {
        (FAMILY, size, FontStyle::Bold).into_font()
    } else {
        (FAMILY, size).into_font()
    };
    let y = r(ctx.top_for(em, baseline));
    if ctx.svg {
        let h = match anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        let style = TextStyle::from(font)
            .color(&color)
            .pos(Pos::new(h, VPos::Top));
        let _ = area.draw(&Text::new(s.to_string(), (r(x), y), style));
    } else {
        // Anchor with our own measurement; fake bold by drawing twice.
        let w = text_width_w(s, em, false);
        let left = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2.0,
            Anchor::End => x - w,
        };
        let style = TextStyle::from(font)
            .color(&color)
            .pos(Pos::new(HPos::Left, VPos::Top));
        let _ = area.draw(&Text::new(s.to_string(), (r(left), y), style.clone()));
        if bold {
            for dx in 1..=((em / 24.0).round() as i32).max(1) {
                let _ = area.draw(&Text::new(s.to_string(), (r(left) + dx, y), style.clone()));
            }
        }
    }
}

pub(crate) fn width(s: &str, em: f64, bold: bool) -> f64 {
    text_width_w(s, em, bold)
}

pub(crate) fn rect<DB: DrawingBackend>(
    area: &Area<DB>,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    color: RGBAColor,
) {
    let (a, b) = (r(x0.min(x1)), r(x0.max(x1)));
    let (c, d) = (r(y0.min(y1)), r(y0.max(y1)));
    if a == b || c == d {
        return;
    }
    let _ = area.draw(&Rectangle::new([(a, c), (b, d)], color.filled()));
}

pub(crate) fn polyline<DB: DrawingBackend>(
    area: &Area<DB>,
    pts: &[(f64, f64)],
    color: RGBColor,
    w: u32,
) {
    if pts.len() < 2 {
        return;
    }
    let v: Vec<(i32, i32)> = pts.iter().map(|&(x, y)| (r(x), r(y))).collect();
    let _ = area.draw(&PathElement::new(v, color.stroke_width(w)));
}

/// A polyline drawn with a dash pattern; the pattern runs on across corners.
pub(crate) fn dashed<DB: DrawingBackend>(
    area: &Area<DB>,
    pts: &[(f64, f64)],
    color: RGBColor,
    w: u32,
    dash: Option<(f64, f64)>,
) {
    let Some((on, off)) = dash else {
        polyline(area, pts, color, w);
        return;
    };
    let period = on + off;
    let mut pos = 0.0f64; // distance along the pattern
    let mut current: Vec<(f64, f64)> = Vec::new();
    for seg in pts.windows(2) {
        let (a, b) = (seg[0], seg[1]);
        let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        if len <= 0.0 {
            continue;
        }
        let at = |t: f64| (a.0 + (b.0 - a.0) * t / len, a.1 + (b.1 - a.1) * t / len);
        let mut t = 0.0;
        while t < len {
            let phase = pos % period;
            if phase < on {
                let step = (on - phase).min(len - t);
                if current.is_empty() {
                    current.push(at(t));
                }
                current.push(at(t + step));
                t += step;
                pos += step;
                if (pos % period) >= on - 1e-9 || (pos % period) < 1e-9 {
                    polyline(area, &current, color, w);
                    current.clear();
                }
            } else {
                let step = (period - phase).min(len - t);
                t += step;
                pos += step;
            }
        }
    }
    if current.len() >= 2 {
        polyline(area, &current, color, w);
    }
}

pub(crate) fn marker<DB: DrawingBackend>(
    area: &Area<DB>,
    kind: Marker,
    x: f64,
    y: f64,
    size: f64,
    color: RGBColor,
) {
    let (cx, cy) = (r(x), r(y));
    let s = size.max(2.0);
    // White halo so the marker stands out from the lines under it.
    let _ = area.draw(&Circle::new((cx, cy), r(s + 2.5) as u32, WHITE.filled()));
    match kind {
        Marker::Circle => {
            let _ = area.draw(&Circle::new((cx, cy), r(s) as u32, color.filled()));
        }
        Marker::Ring => {
            let _ = area.draw(&Circle::new((cx, cy), r(s) as u32, color.filled()));
            let _ = area.draw(&Circle::new((cx, cy), r(s * 0.45) as u32, WHITE.filled()));
        }
        Marker::Square => {
            let h = s * 0.9;
            rect(area, x - h, y - h, x + h, y + h, color.to_rgba());
        }
        Marker::Triangle => {
            let h = s * 1.25;
            let pts = vec![
                (r(x), r(y - h)),
                (r(x + h), r(y + h * 0.8)),
                (r(x - h), r(y + h * 0.8)),
            ];
            let _ = area.draw(&Polygon::new(pts, color.filled()));
        }
        Marker::Diamond => {
            let h = s * 1.3;
            let pts = vec![
                (r(x), r(y - h)),
                (r(x + h), r(y)),
                (r(x), r(y + h)),
                (r(x - h), r(y)),
            ];
            let _ = area.draw(&Polygon::new(pts, color.filled()));
        }
    }
}

/// Diagonal hatching inside a rectangle.
#[allow(clippy::too_many_arguments)]
pub(crate) fn hatch<DB: DrawingBackend>(
    area: &Area<DB>,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    gap: f64,
    color: RGBColor,
    w: u32,
) {
    let (x0, x1) = (x0.min(x1), x0.max(x1));
    let (y0, y1) = (y0.min(y1), y0.max(y1));
    if x1 - x0 < 2.0 || y1 - y0 < 2.0 {
        return;
    }
    // Lines x + y = k, from bottom-left to top-right.
    let mut k = x0 + y0 + gap / 2.0;
    while k < x1 + y1 {
        let xa = x0.max(k - y1);
        let xb = x1.min(k - y0);
        if xb > xa {
            polyline(area, &[(xa, k - xa), (xb, k - xb)], color, w);
        }
        k += gap;
    }
}

/// At most `max_count` round ticks covering `[min, max]`, each a multiple of
/// `min_step` (10^-decimals). Returns the ticks and the decimals they need.
pub(crate) fn nice_ticks(min: f64, max: f64, max_count: usize, min_step: f64) -> (Vec<f64>, u8) {
    const LIMIT: f64 = 1.0e15;
    let fix = |v: f64| {
        if v.is_finite() {
            v.clamp(-LIMIT, LIMIT)
        } else {
            0.0
        }
    };
    let (mut lo, mut hi) = (fix(min.min(max)), fix(min.max(max)));
    let min_step = if min_step.is_finite() && min_step > 0.0 {
        min_step
    } else {
        1.0e-6
    };
    let max_count = max_count.max(2);
    if hi - lo < min_step * 0.5 || hi - lo <= hi.abs().max(lo.abs()) * 1e-12 {
        let pad = if lo == 0.0 {
            1.0
        } else {
            (lo.abs() * 0.05).max(min_step)
        };
        lo -= pad;
        hi += pad;
    }
    let span = hi - lo;
    let mut p = 10f64.powf((span / (max_count as f64)).log10().floor() - 1.0);
    p = p.max(min_step / 10.0);
    for _ in 0..40 {
        for m in [1.0, 2.0, 5.0] {
            let step = m * p;
            let q = step / min_step;
            if step < min_step * (1.0 - 1e-9) || (q - q.round()).abs() > 1e-6 {
                continue;
            }
            let a = (lo / step + 1e-9).floor();
            let b = (hi / step - 1e-9).ceil();
            let count = (b - a) as usize + 1;
            if count <= max_count {
                let decimals = decimals_of(step);
                let scale = 10f64.powi(decimals as i32);
                let ticks = (0..count)
                    .map(|i| {
                        let v = (a + i as f64) * step;
                        let v = (v * scale).round() / scale;
                        if v == 0.0 { 0.0 } else { v }
                    })
                    .collect();
                return (ticks, decimals);
            }
        }
        p *= 10.0;
    }
    (vec![lo, hi], 2)
}

fn decimals_of(step: f64) -> u8 {
    for d in 0..=8u8 {
        let s = step * 10f64.powi(d as i32);
        if (s - s.round()).abs() < 1e-6 * s.abs().max(1.0) {
            return d;
        }
    }
    8
}

/// Whole years to label: at most `max_count`, on multiples of a round step.
pub(crate) fn year_ticks(first: i32, last: i32, max_count: usize) -> Vec<i32> {
    let (first, last) = (first.min(last), first.max(last));
    let max_count = max_count.max(2) as i64;
    for step in [
        1i64,
        2,
        5,
        10,
        20,
        25,
        50,
        100,
        200,
        250,
        500,
        1000,
        10_000,
        100_000,
        1_000_000,
        100_000_000,
        1_000_000_000,
        10_000_000_000,
    ] {
        let a = (first as i64).div_euclid(step)
            + if (first as i64).rem_euclid(step) == 0 {
                0
            } else {
                1
            };
        let b = (last as i64).div_euclid(step);
        let count = b - a + 1;
        if (1..=max_count).contains(&count) {
            return (a..=b).map(|k| (k * step) as i32).collect();
        }
    }
    vec![first]
}

/// Pushes label centres apart so that they are at least `gap` apart and
/// within `[top, bottom]` where possible. Input and output in the same order.
pub(crate) fn spread(desired: &[f64], gap: f64, top: f64, bottom: f64) -> Vec<f64> {
    let n = desired.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| desired[a].total_cmp(&desired[b]).then(a.cmp(&b)));
    let mut pos: Vec<f64> = order
        .iter()
        .map(|&i| desired[i].clamp(top, bottom.max(top)))
        .collect();
    for i in 1..n {
        if pos[i] < pos[i - 1] + gap {
            pos[i] = pos[i - 1] + gap;
        }
    }
    if n > 0 && pos[n - 1] > bottom {
        pos[n - 1] = bottom;
        for i in (0..n - 1).rev() {
            if pos[i] > pos[i + 1] - gap {
                pos[i] = pos[i + 1] - gap;
            }
        }
    }
    let mut out = vec![0.0; n];
    for (k, &i) in order.iter().enumerate() {
        out[i] = pos[k];
    }
    out
}
