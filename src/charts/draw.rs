//! What every chart uses: the palette, dash patterns, markers, round
//! ticks for values and years.

use plotters::prelude::*;

use super::canvas::Canvas;

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

/// A series marker with a white halo, so it stands out from lines under it.
pub(crate) fn marker(c: &mut dyn Canvas, kind: Marker, x: f64, y: f64, size: f64, color: RGBColor) {
    let s = size.max(2.0);
    match kind {
        Marker::Circle => c.circle(x, y, s, color, Some((WHITE, 2.0))),
        Marker::Ring => c.circle(x, y, s * 0.7, WHITE, Some((color, s * 0.6))),
        Marker::Square => {
            let h = s * 0.9;
            c.rect(
                x - h - 1.0,
                y - h - 1.0,
                x + h + 1.0,
                y + h + 1.0,
                WHITE,
                1.0,
            );
            c.rect(x - h, y - h, x + h, y + h, color, 1.0);
        }
        Marker::Triangle => {
            let h = s * 1.25;
            c.polygon(
                &[(x, y - h), (x + h, y + h * 0.8), (x - h, y + h * 0.8)],
                color,
                1.0,
            );
        }
        Marker::Diamond => {
            let h = s * 1.3;
            c.polygon(
                &[(x, y - h), (x + h, y), (x, y + h), (x - h, y)],
                color,
                1.0,
            );
        }
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

/// A value axis: places counted from 1 (`ranks`), else round numbers.
/// Returns the ticks, their decimals and the axis's low and high ends.
pub(crate) fn axis_ticks(
    vmin: f64,
    vmax: f64,
    max_count: usize,
    min_step: f64,
    ranks: bool,
) -> (Vec<f64>, u8, f64, f64) {
    if ranks {
        let (t, lo, hi) = rank_ticks(vmax, max_count);
        (t, 0, lo, hi)
    } else {
        let (t, dec) = nice_ticks(vmin, vmax, max_count, min_step);
        let (lo, hi) = (t[0], t[t.len() - 1]);
        (t, dec, lo, hi)
    }
}

/// Ticks for ranks: places from 1 to `worst`, the first tick 1 (not 0)
/// and none past the worst place shown; the domain is `[1, worst]`.
pub(crate) fn rank_ticks(worst: f64, max_count: usize) -> (Vec<f64>, f64, f64) {
    let worst = worst.max(2.0);
    let (ticks, _) = nice_ticks(0.0, worst, max_count, 1.0);
    let mut t: Vec<f64> = ticks
        .into_iter()
        .map(|v| if v < 1.0 { 1.0 } else { v })
        .filter(|v| *v <= worst)
        .collect();
    t.dedup();
    (t, 1.0, worst)
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
