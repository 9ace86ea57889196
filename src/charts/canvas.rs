//! Where charts draw: a small set of marks (text by its baseline, rectangles,
//! lines with or without dashes, circles, polygons) behind one trait, with
//! two painters:
//! - [`Svg`]: compact SVG written directly (dashes as `stroke-dasharray`,
//!   text halos as one CSS class, defaults on the root element), which also
//!   records the box of every text it writes, so tests can check that no
//!   two labels overlap;
//! - [`Plot`]: plotters' drawing area, for the PNG card (bitmap backend)
//!   and for the benchmark (plotters drawing the same chart as SVG).

use std::fmt::Write as _;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text::{FAMILY, extent, height_per_em, width};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    Start,
    Middle,
    End,
}

/// How a text is drawn.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Font {
    pub size: f64,
    pub color: RGBColor,
    pub anchor: Anchor,
    pub bold: bool,
    /// A white outline under the glyphs, so lines under the text do not
    /// cross it.
    pub halo: bool,
}

impl Font {
    pub fn new(size: f64, color: RGBColor) -> Font {
        Font {
            size,
            color,
            anchor: Anchor::Start,
            bold: false,
            halo: false,
        }
    }
    pub fn anchor(self, anchor: Anchor) -> Font {
        Font { anchor, ..self }
    }
    pub fn bold(self, bold: bool) -> Font {
        Font { bold, ..self }
    }
    pub fn halo(self) -> Font {
        Font { halo: true, ..self }
    }
}

/// An axis-aligned box in chart units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// Whether the two boxes share more than a hair of area.
    pub fn overlaps(&self, o: &Rect) -> bool {
        const EPS: f64 = 0.01;
        self.x0 < o.x1 - EPS && o.x0 < self.x1 - EPS && self.y0 < o.y1 - EPS && o.y0 < self.y1 - EPS
    }
}

/// The ink box of `s` drawn at (`x`, `baseline`).
pub(crate) fn text_box(s: &str, x: f64, baseline: f64, f: &Font) -> Rect {
    let w = width(s, f.size, f.bold);
    let (up, down) = extent(s, f.size, f.bold);
    let x0 = match f.anchor {
        Anchor::Start => x,
        Anchor::Middle => x - w / 2.0,
        Anchor::End => x - w,
    };
    Rect {
        x0,
        y0: baseline - up,
        x1: x0 + w,
        y1: baseline + down,
    }
}

pub(crate) trait Canvas {
    fn text(&mut self, s: &str, x: f64, baseline: f64, f: &Font);
    fn rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, fill: RGBColor, alpha: f64);
    /// An open polyline; `dash` is (on, off) in chart units.
    fn line(&mut self, pts: &[(f64, f64)], color: RGBColor, w: f64, dash: Option<(f64, f64)>);
    /// The line of one series (SVG marks it `class="series"`).
    fn series(&mut self, pts: &[(f64, f64)], color: RGBColor, w: f64, dash: Option<(f64, f64)>) {
        self.line(pts, color, w, dash);
    }
    fn circle(&mut self, x: f64, y: f64, r: f64, fill: RGBColor, ring: Option<(RGBColor, f64)>);
    fn polygon(&mut self, pts: &[(f64, f64)], fill: RGBColor, alpha: f64);
}

// ---------------------------------------------------------------- SVG

/// The defaults the root `<svg>` sets for text.
pub(crate) const TEXT_FILL: RGBColor = RGBColor(0x1F, 0x29, 0x37);

/// Writes SVG elements into a string and records the box of every text.
pub(crate) struct Svg {
    pub out: String,
    pub boxes: Vec<(String, Rect)>,
    /// The `font-size` the root element sets.
    pub default_size: f64,
}

impl Svg {
    pub fn new(default_size: f64) -> Svg {
        Svg {
            out: String::with_capacity(8 * 1024),
            boxes: Vec::new(),
            default_size,
        }
    }
}

/// A number with at most one decimal, without a trailing `.0`.
pub(crate) fn num(out: &mut String, v: f64) {
    let tenths = if v.is_finite() {
        (v * 10.0).round()
    } else {
        0.0
    };
    // Whole tenths written as integers: the same digits as formatting the
    // rounded float with one decimal, without the float formatter.
    if tenths.abs() < 1e15 {
        let t = tenths as i64;
        if t < 0 {
            out.push('-');
        }
        let (whole, tenth) = (t.unsigned_abs() / 10, t.unsigned_abs() % 10);
        out.push_str(itoa::Buffer::new().format(whole));
        if tenth != 0 {
            out.push('.');
            out.push(char::from(b'0' + tenth as u8));
        }
        return;
    }
    let v = tenths / 10.0;
    if v.fract() == 0.0 {
        let _ = write!(out, "{}", v as i64);
    } else {
        let _ = write!(out, "{v:.1}");
    }
}

fn hex(out: &mut String, c: RGBColor) {
    let _ = write!(out, "#{:02x}{:02x}{:02x}", c.0, c.1, c.2);
}

fn points(out: &mut String, pts: &[(f64, f64)]) {
    for (i, &(x, y)) in pts.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        num(out, x);
        out.push(',');
        num(out, y);
    }
}

impl Svg {
    fn polyline(
        &mut self,
        pts: &[(f64, f64)],
        color: RGBColor,
        w: f64,
        dash: Option<(f64, f64)>,
        class: &str,
    ) {
        if pts.len() < 2 {
            return;
        }
        let o = &mut self.out;
        o.push_str("<polyline");
        o.push_str(class);
        o.push_str(" points=\"");
        points(o, pts);
        o.push_str("\" fill=\"none\" stroke=\"");
        hex(o, color);
        o.push_str("\" stroke-width=\"");
        num(o, w);
        o.push('"');
        if let Some((on, off)) = dash {
            o.push_str(" stroke-dasharray=\"");
            num(o, on);
            o.push(' ');
            num(o, off);
            o.push('"');
        }
        o.push_str("/>\n");
    }
}

impl Canvas for Svg {
    fn text(&mut self, s: &str, x: f64, baseline: f64, f: &Font) {
        if s.is_empty() {
            return;
        }
        self.boxes
            .push((s.to_string(), text_box(s, x, baseline, f)));
        let o = &mut self.out;
        o.push_str("<text x=\"");
        num(o, x);
        o.push_str("\" y=\"");
        num(o, baseline);
        o.push('"');
        match f.anchor {
            Anchor::Start => {}
            Anchor::Middle => o.push_str(" text-anchor=\"middle\""),
            Anchor::End => o.push_str(" text-anchor=\"end\""),
        }
        if (f.size - self.default_size).abs() > 0.01 {
            o.push_str(" font-size=\"");
            num(o, f.size);
            o.push('"');
        }
        if f.bold {
            o.push_str(" font-weight=\"bold\"");
        }
        if f.color != TEXT_FILL {
            o.push_str(" fill=\"");
            hex(o, f.color);
            o.push('"');
        }
        if f.halo {
            o.push_str(" class=\"bc-h\"");
        }
        o.push('>');
        o.push_str(&crate::web::escape(s));
        o.push_str("</text>\n");
    }

    fn rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, fill: RGBColor, alpha: f64) {
        let (a, b) = (x0.min(x1), x0.max(x1));
        let (c, d) = (y0.min(y1), y0.max(y1));
        if !(b - a > 0.05 && d - c > 0.05) {
            return;
        }
        let o = &mut self.out;
        o.push_str("<rect x=\"");
        num(o, a);
        o.push_str("\" y=\"");
        num(o, c);
        o.push_str("\" width=\"");
        num(o, b - a);
        o.push_str("\" height=\"");
        num(o, d - c);
        o.push_str("\" fill=\"");
        hex(o, fill);
        o.push('"');
        if alpha < 1.0 {
            let _ = write!(o, " fill-opacity=\"{alpha:.2}\"");
        }
        o.push_str("/>\n");
    }

    fn line(&mut self, pts: &[(f64, f64)], color: RGBColor, w: f64, dash: Option<(f64, f64)>) {
        self.polyline(pts, color, w, dash, "");
    }

    fn series(&mut self, pts: &[(f64, f64)], color: RGBColor, w: f64, dash: Option<(f64, f64)>) {
        self.polyline(pts, color, w, dash, " class=\"series\"");
    }

    fn circle(&mut self, x: f64, y: f64, r: f64, fill: RGBColor, ring: Option<(RGBColor, f64)>) {
        let o = &mut self.out;
        o.push_str("<circle cx=\"");
        num(o, x);
        o.push_str("\" cy=\"");
        num(o, y);
        o.push_str("\" r=\"");
        num(o, r);
        o.push_str("\" fill=\"");
        hex(o, fill);
        o.push('"');
        if let Some((c, w)) = ring {
            o.push_str(" stroke=\"");
            hex(o, c);
            o.push_str("\" stroke-width=\"");
            num(o, w);
            o.push('"');
        }
        o.push_str("/>\n");
    }

    fn polygon(&mut self, pts: &[(f64, f64)], fill: RGBColor, alpha: f64) {
        if pts.len() < 3 {
            return;
        }
        let o = &mut self.out;
        o.push_str("<polygon points=\"");
        points(o, pts);
        o.push_str("\" fill=\"");
        hex(o, fill);
        o.push('"');
        if alpha < 1.0 {
            let _ = write!(o, " fill-opacity=\"{alpha:.2}\"");
        }
        o.push_str("/>\n");
    }
}

// ---------------------------------------------------------------- plotters

/// plotters' drawing area as a canvas. `svg`: plotters writes SVG
/// `font-size` as `size / 1.24` and places `VPos::Top` text with
/// `dy="0.76em"`; the bitmap backend uses ab_glyph's pixel scale (line
/// height) and puts the baseline half a pixel scale below the given point.
pub(crate) struct Plot<'a, DB: DrawingBackend> {
    pub area: &'a DrawingArea<DB, Shift>,
    pub svg: bool,
}

fn r(v: f64) -> i32 {
    if v.is_finite() {
        v.round().clamp(-1.0e6, 1.0e6) as i32
    } else {
        0
    }
}

impl<DB: DrawingBackend> Plot<'_, DB> {
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
    fn segments(&mut self, pts: &[(f64, f64)], color: RGBColor, w: u32) {
        let v: Vec<(i32, i32)> = pts.iter().map(|&(x, y)| (r(x), r(y))).collect();
        let _ = self
            .area
            .draw(&PathElement::new(v, color.stroke_width(w.max(1))));
    }
}

impl<DB: DrawingBackend> Canvas for Plot<'_, DB> {
    fn text(&mut self, s: &str, x: f64, baseline: f64, f: &Font) {
        if s.is_empty() {
            return;
        }
        let size = self.size_for(f.size);
        let style = if f.bold {
            (FAMILY, size, FontStyle::Bold).into_font()
        } else {
            (FAMILY, size).into_font()
        };
        let y = r(self.top_for(f.size, baseline));
        // Anchor with our own measurement.
        let w = width(s, f.size, f.bold);
        let left = match f.anchor {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2.0,
            Anchor::End => x - w,
        };
        let style = TextStyle::from(style)
            .color(&f.color)
            .pos(Pos::new(HPos::Left, VPos::Top));
        let _ = self
            .area
            .draw(&Text::new(s.to_string(), (r(left), y), style));
    }

    fn rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, fill: RGBColor, alpha: f64) {
        let (a, b) = (r(x0.min(x1)), r(x0.max(x1)));
        let (c, d) = (r(y0.min(y1)), r(y0.max(y1)));
        if a == b || c == d {
            return;
        }
        let _ = self
            .area
            .draw(&Rectangle::new([(a, c), (b, d)], fill.mix(alpha).filled()));
    }

    fn line(&mut self, pts: &[(f64, f64)], color: RGBColor, w: f64, dash: Option<(f64, f64)>) {
        if pts.len() < 2 {
            return;
        }
        let w = w.round().max(1.0) as u32;
        let Some((on, off)) = dash else {
            self.segments(pts, color, w);
            return;
        };
        // plotters has no dash pattern: draw the dashes one by one, the
        // pattern running on across corners.
        let period = on + off;
        let mut pos = 0.0f64;
        let mut current: Vec<(f64, f64)> = Vec::new();
        for seg in pts.windows(2) {
            let (a, b) = (seg[0], seg[1]);
            let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
            if len <= 0.0 || !len.is_finite() {
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
                        let done = std::mem::take(&mut current);
                        self.segments(&done, color, w);
                    }
                } else {
                    let step = (period - phase).min(len - t);
                    t += step;
                    pos += step;
                }
            }
        }
        if current.len() >= 2 {
            self.segments(&current, color, w);
        }
    }

    fn circle(&mut self, x: f64, y: f64, rad: f64, fill: RGBColor, ring: Option<(RGBColor, f64)>) {
        let (cx, cy) = (r(x), r(y));
        if let Some((c, w)) = ring {
            let _ = self.area.draw(&Circle::new(
                (cx, cy),
                r(rad + w / 2.0).max(1) as u32,
                c.filled(),
            ));
        }
        let _ = self
            .area
            .draw(&Circle::new((cx, cy), r(rad).max(1) as u32, fill.filled()));
    }

    fn polygon(&mut self, pts: &[(f64, f64)], fill: RGBColor, alpha: f64) {
        if pts.len() < 3 {
            return;
        }
        let v: Vec<(i32, i32)> = pts.iter().map(|&(x, y)| (r(x), r(y))).collect();
        let _ = self.area.draw(&Polygon::new(v, fill.mix(alpha).filled()));
    }
}

#[cfg(test)]
mod num_tests {
    use super::num;

    /// The formatter's way, which `num` must give digit for digit.
    fn by_formatter(v: f64) -> String {
        let v = if v.is_finite() {
            (v * 10.0).round() / 10.0
        } else {
            0.0
        };
        let v = if v == 0.0 { 0.0 } else { v };
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v:.1}")
        }
    }

    #[test]
    fn coordinates_have_the_digits_of_one_decimal_rounding() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut samples = vec![
            0.0,
            -0.0,
            0.05,
            -0.05,
            0.04,
            -0.04,
            12.25,
            -7.95,
            1e14,
            f64::NAN,
        ];
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let scale = [1.0, 10.0, 1000.0, 1e6][(x % 4) as usize];
            samples.push(((x >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * scale);
        }
        for v in samples {
            let mut s = String::new();
            num(&mut s, v);
            assert_eq!(s, by_formatter(v), "{v}");
        }
    }
}
