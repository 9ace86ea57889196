//! The line chart's domains (years and values shown) and its plot box:
//! where a year and a value fall on the drawing.

use super::super::data::{ChartData, Series, TargetMark, tick_label};
use super::super::draw;
use super::super::look::Look;
use super::super::text::{self, clean, width};
use super::frame::{Frame, gap};

/// Space above the plot, under the header (em).
const TOP_PAD: f64 = 0.8;
/// Space under the plot for the years (small text sizes).
const BOTTOM_PAD: f64 = 2.0;
/// At least this much height per value tick (small text sizes).
const TICK_SPACING: f64 = 2.2;
/// Fewest and most value ticks.
const MIN_TICKS: usize = 2;
const MAX_TICKS: usize = 6;
/// Between the tick labels and the plot.
pub(super) const TICK_GAP: f64 = 8.0;
/// The plot is at least this wide (em).
const MIN_PLOT: f64 = 4.0;
/// First and last years sit this far inside the plot (em).
const INSET: f64 = 0.6;

/// A series to draw: its look and its finite points.
pub(super) type Drawn<'a> = (&'a Series, Look, Vec<(i32, f64)>);

/// The years and values the chart must show.
pub(super) struct Domain {
    /// The unit, cleaned for drawing.
    pub unit: String,
    pub y_first: i32,
    pub y_last: i32,
    pub vmin: f64,
    pub vmax: f64,
    /// The smallest tick step the data's decimals allow.
    pub min_step: f64,
    /// Lower is better: the best value is drawn at the top.
    pub invert: bool,
    /// The values look like places in a ranking (whole numbers, "bậc").
    pub rank_like: bool,
}

impl Domain {
    /// The years with data (a later target's year is in its label, not on
    /// the axis); the values of data, band and targets.
    pub fn new(
        data: &ChartData,
        series: &[Drawn],
        band: &[(i32, f64, f64)],
        targets: &[&TargetMark],
    ) -> Domain {
        let unit = clean(&data.unit);
        let years: Vec<i32> = series
            .iter()
            .flat_map(|(_, _, p)| p.iter().map(|(y, _)| *y))
            .chain(band.iter().map(|b| b.0))
            .collect();
        let data_values: Vec<f64> = series
            .iter()
            .flat_map(|(_, _, p)| p.iter().map(|(_, v)| *v))
            .collect();
        let mut values = data_values.clone();
        for b in band {
            values.extend([b.1, b.2]);
        }
        for t in targets {
            values.extend(t.value.filter(|v| v.is_finite()));
            if let Some((a, b)) = t.band {
                values.extend([a, b]);
            }
        }
        let rank_like = text::rank_like(&unit, data.decimals, &data_values);
        Domain {
            y_first: *years.iter().min().unwrap_or(&0),
            y_last: *years.iter().max().unwrap_or(&0),
            vmin: values.iter().copied().fold(f64::INFINITY, f64::min),
            vmax: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            min_step: 10f64.powi(-(data.decimals.min(6) as i32)),
            invert: data.lower_is_better,
            rank_like,
            unit,
        }
    }

    /// Ticks at whole places from 1: an inverted axis of ranks.
    fn ranks(&self) -> bool {
        self.invert && self.rank_like && self.vmin >= 1.0
    }
}

/// The plot box of one try at a height, its value ticks and the mapping
/// of years and values onto it.
pub(super) struct Scale {
    pub pl: f64,
    pub pr: f64,
    pub pt: f64,
    pub pb: f64,
    pub inset: f64,
    pub ticks: Vec<f64>,
    pub dec: u8,
    lo: f64,
    hi: f64,
    y_first: i32,
    y_last: i32,
    invert: bool,
}

impl Scale {
    /// The plot box for a chart `h` high under a header `header_h` high,
    /// leaving `gutter` on the right for the labels.
    pub fn new(
        data: &ChartData,
        d: &Domain,
        fr: Frame,
        header_h: f64,
        gutter: f64,
        h: f64,
    ) -> Scale {
        let (em, small) = (fr.em, fr.small);
        let inset = em * INSET;
        let pt = header_h + em * TOP_PAD;
        let pb = h - small * BOTTOM_PAD;
        let max_ticks =
            (((pb - pt) / (small * TICK_SPACING)).floor() as usize).clamp(MIN_TICKS, MAX_TICKS);
        let (ticks, dec, lo, hi) =
            draw::axis_ticks(d.vmin, d.vmax, max_ticks, d.min_step, d.ranks());
        let tick_w = ticks
            .iter()
            .map(|t| width(&tick_label(*t, dec, &d.unit, data.lang), small, false))
            .fold(0.0, f64::max);
        let pl = tick_w + TICK_GAP;
        let pr = (fr.w - gutter - gap(em) + inset).max(pl + em * MIN_PLOT);
        Scale {
            pl,
            pr,
            pt,
            pb,
            inset,
            ticks,
            dec,
            lo,
            hi,
            y_first: d.y_first,
            y_last: d.y_last,
            invert: d.invert,
        }
    }

    /// Where a year falls across the plot.
    pub fn x_of(&self, year: i32) -> f64 {
        let (pl, pr, inset) = (self.pl, self.pr, self.inset);
        if self.y_last == self.y_first {
            (pl + pr) / 2.0
        } else {
            pl + inset
                + (year as f64 - self.y_first as f64) / (self.y_last as f64 - self.y_first as f64)
                    * (pr - pl - 2.0 * inset)
        }
    }

    /// Where a value falls down the plot.
    pub fn y_of(&self, v: f64) -> f64 {
        let (pt, pb, lo, hi) = (self.pt, self.pb, self.lo, self.hi);
        let f = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
        if self.invert {
            pt + f * (pb - pt)
        } else {
            pb - f * (pb - pt)
        }
    }
}

/// Where a target's label stands: at its threshold, or mid-range.
pub(super) fn level(t: &TargetMark, scale: &Scale) -> Option<f64> {
    match (t.value.filter(|v| v.is_finite()), t.band) {
        (Some(v), _) => Some(scale.y_of(v)),
        (None, Some((a, b))) => Some((scale.y_of(a) + scale.y_of(b)) / 2.0),
        _ => None,
    }
}
