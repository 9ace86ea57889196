//! The line chart's data: one line per series with its markers, broken at
//! declared gaps, reference lines thin and dotted, and the faint band of
//! the entities not drawn.

use plotters::prelude::RGBColor;

use super::super::canvas::Canvas;
use super::super::data::{ChartData, points};
use super::super::draw::{self, MUTED};
use super::super::look::{Look, styled};
use super::frame::MARKER;
use super::layout::{Drawn, Scale};

/// The grey of the band of entities not drawn.
pub(super) const BAND: RGBColor = RGBColor(0x9C, 0xA3, 0xAF);
pub(super) const BAND_ALPHA: f64 = 0.28;
/// A single year's band is this wide either side of its year (em).
const BAND_HALF: f64 = 0.4;
/// The highlighted line's markers are this much larger.
const MARKER_HIGHLIGHT: f64 = 1.2;
/// Stroke of a line, and of the highlighted one.
const STROKE: f64 = 2.0;
const STROKE_HIGHLIGHT: f64 = 3.0;
/// A reference line (median, average): stroke and dots.
const REFERENCE_STROKE: f64 = 1.5;
const REFERENCE_DOTS: (f64, f64) = (2.0, 3.0);

/// A line placed on the plot.
pub(super) struct Line {
    pts: Vec<(f64, f64)>,
    /// Indices of `pts` that start a new run (after a declared gap).
    breaks: Vec<usize>,
    look: Look,
    median: bool,
}

/// The series with points, in drawing order.
pub(super) fn drawn(data: &ChartData) -> Vec<Drawn<'_>> {
    styled(data)
        .into_iter()
        .map(|(s, look)| (s, look, points(s)))
        .filter(|(_, _, p)| !p.is_empty())
        .collect()
}

/// The band's finite years: year, lower and upper quartile.
pub(super) fn band_years(data: &ChartData) -> Vec<(i32, f64, f64)> {
    data.band
        .iter()
        .flat_map(|b| b.years.iter().copied())
        .filter(|(_, a, b)| a.is_finite() && b.is_finite())
        .collect()
}

/// The band on the plot: x, and y of either quartile.
pub(super) fn band_points(band: &[(i32, f64, f64)], scale: &Scale) -> Vec<(f64, f64, f64)> {
    band.iter()
        .map(|&(year, a, b)| (scale.x_of(year), scale.y_of(a), scale.y_of(b)))
        .collect()
}

/// Every series' line on the plot.
pub(super) fn lines(series: &[Drawn], scale: &Scale) -> Vec<Line> {
    series
        .iter()
        .map(|(s, look, p)| Line {
            pts: p
                .iter()
                .map(|(y, v)| (scale.x_of(*y), scale.y_of(*v)))
                .collect(),
            breaks: breaks(p, &s.gaps),
            look: *look,
            median: s.median,
        })
        .collect()
}

/// Where a series' line breaks: before each point with a gap year between
/// it and the one before.
fn breaks(points: &[(i32, f64)], gaps: &[i32]) -> Vec<usize> {
    (1..points.len())
        .filter(|&k| {
            let (a, b) = (points[k - 1].0, points[k].0);
            gaps.iter().any(|g| a < *g && *g < b)
        })
        .collect()
}

/// `pts` cut at `breaks`.
fn runs<'a>(pts: &'a [(f64, f64)], breaks: &[usize]) -> Vec<&'a [(f64, f64)]> {
    let mut out = Vec::with_capacity(breaks.len() + 1);
    let mut start = 0;
    for &b in breaks {
        out.push(&pts[start..b]);
        start = b;
    }
    out.push(&pts[start..]);
    out
}

/// The band of the entities not drawn: an area over the years, or a
/// short bar for a single year.
pub(super) fn draw_band(c: &mut dyn Canvas, band: &[(f64, f64, f64)], em: f64) {
    if band.len() >= 2 {
        let mut pts: Vec<(f64, f64)> = band.iter().map(|b| (b.0, b.2)).collect();
        pts.extend(band.iter().rev().map(|b| (b.0, b.1)));
        c.polygon(&pts, BAND, BAND_ALPHA);
    } else if let Some(&(x, a, b)) = band.first() {
        let half = em * BAND_HALF;
        c.rect(x - half, a, x + half, b, BAND, BAND_ALPHA);
    }
}

/// Lines and markers, the highlighted one last (on top).
pub(super) fn draw(c: &mut dyn Canvas, lines: &[Line], em: f64) {
    let msize = em * MARKER;
    for line in lines {
        let look = line.look;
        if line.median {
            for run in runs(&line.pts, &line.breaks) {
                c.line(run, MUTED, REFERENCE_STROKE, Some(REFERENCE_DOTS));
            }
            continue;
        }
        let w = if look.highlight {
            STROKE_HIGHLIGHT
        } else {
            STROKE
        };
        for run in runs(&line.pts, &line.breaks) {
            c.series(
                run,
                look.color,
                w,
                look.dash.map(|(a, b)| (a * w / 2.0, b * w / 2.0)),
            );
        }
        let ms = if look.highlight {
            msize * MARKER_HIGHLIGHT
        } else {
            msize
        };
        for &(x, y) in &line.pts {
            draw::marker(c, look.marker, x, y, ms, look.color);
        }
    }
}
