//! Ranked chart for one year: one row per entity, best first, the name
//! left of its bar on the same row, the value at the bar's end; the
//! highlighted entity on a tinted row, in bold. Ranks (lower is better,
//! whole places) are dots on a track instead of bars. About 20 units a row,
//! so 63 provinces take about 1,300.
//!
//! Steps: rows (sorted, labels wrapped to the name column) → header and
//! target legend → axis → row positions → draw.

use plotters::prelude::RGBColor;

use super::canvas::{Anchor, Canvas, Font};
use super::draw::{self, BAR, GOOD, GRID, INK, MUTED, PALETTE, TARGET};
use super::text::{self, clean, width, wrap, wrap_name};
use super::{ChartData, points, tick_label};
use crate::locale::format_value;

/// Row height for a one-line name.
pub const ROW: f64 = 20.0;
/// Height of each line of a wrapped name.
const NAME_LINE: f64 = 17.5;

/// A target's range (from, to).
type Range = (f64, f64);

pub(crate) struct Row {
    pub label: Vec<String>,
    pub value: f64,
    pub value_text: String,
    pub highlight: bool,
    top: f64,
    h: f64,
}

pub(crate) struct Layout {
    pub w: f64,
    pub h: f64,
    pub year: i32,
    pub rows: Vec<Row>,
    size: f64,
    header: Vec<(String, f64)>,
    /// Target legend lines: text, baseline, and the target's index when
    /// the line starts its entry (it gets the swatch).
    legend: Vec<(String, f64, Option<usize>)>,
    targets: Vec<(Option<f64>, Option<Range>)>,
    ticks: Vec<(f64, String)>,
    axis_base: f64,
    name_end: f64,
    x0: f64,
    x1: f64,
    lo: f64,
    hi: f64,
    dots: bool,
    rows_top: f64,
}

impl Layout {
    pub(crate) fn new(data: &ChartData, year: i32, w: f64, size: f64) -> Layout {
        let lang = data.lang;
        let unit = clean(&data.unit);
        let hl = data.highlight.as_deref();
        let mut rows: Vec<(Row, &str)> = data
            .series
            .iter()
            .filter_map(|s| {
                let v = points(s).into_iter().rev().find(|(y, _)| *y == year)?.1;
                Some((
                    Row {
                        label: vec![clean(&s.label)],
                        value: v,
                        value_text: format_value(v, data.decimals, &unit, lang),
                        highlight: hl == Some(s.id.as_str()),
                        top: 0.0,
                        h: ROW,
                    },
                    s.id.as_str(),
                ))
            })
            .collect();
        // Best first; ties by name, then id, so the order never depends on input order.
        rows.sort_by(|(a, aid), (b, bid)| {
            let by_value = if data.lower_is_better {
                a.value.total_cmp(&b.value)
            } else {
                b.value.total_cmp(&a.value)
            };
            by_value
                .then_with(|| a.label.cmp(&b.label))
                .then_with(|| aid.cmp(bid))
        });
        let mut rows: Vec<Row> = rows.into_iter().map(|(r, _)| r).collect();
        let values: Vec<f64> = rows.iter().map(|r| r.value).collect();
        let dots = data.lower_is_better && text::rank_like(&unit, data.decimals, &values);

        // The name column: as wide as the widest name, up to a share of the
        // width; longer names wrap onto more lines of their row.
        let cap = (w * 0.36).max(size * 6.0);
        let widest = rows
            .iter()
            .map(|r| width(&r.label[0], size, r.highlight))
            .fold(0.0, f64::max);
        let name_w = widest.min(cap);
        for r in &mut rows {
            if width(&r.label[0], size, r.highlight) > name_w {
                r.label = wrap_name(&r.label[0], size, r.highlight, name_w, 3);
                r.h = ROW.max(r.label.len() as f64 * NAME_LINE + 3.0);
            }
        }
        let value_w = rows
            .iter()
            .map(|r| width(&r.value_text, size, r.highlight))
            .fold(0.0, f64::max);

        // Header: year, unit, direction; then one legend line per target.
        let mut notes = vec![text::year_caption(year, lang)];
        if !unit.is_empty() && unit != "%" {
            notes.push(text::unit_caption(&unit, lang));
        }
        if data.lower_is_better {
            notes.push(text::lower_is_better_note(lang).to_string());
        }
        let line = size * 1.33;
        let mut y = 0.0;
        let mut header = Vec::new();
        for s in wrap(&notes.join(" · "), size, false, w, 2) {
            header.push((s, y + size * 1.06));
            y += line;
        }
        let targets: Vec<(Option<f64>, Option<Range>, String)> = data
            .targets
            .iter()
            .map(|t| {
                (
                    t.value.filter(|v| v.is_finite()),
                    t.band.filter(|(a, b)| a.is_finite() && b.is_finite()),
                    clean(&t.label),
                )
            })
            .filter(|t| t.0.is_some() || t.1.is_some())
            .collect();
        let mut legend = Vec::new();
        for (k, (_, _, s)) in targets.iter().enumerate() {
            for (j, s) in wrap(s, size, false, w - size * 2.2, 2)
                .into_iter()
                .enumerate()
            {
                legend.push((s, y + size * 1.06, (j == 0).then_some(k)));
                y += line;
            }
        }

        // Value axis.
        let name_end = name_w + 2.0;
        let x0 = name_end + 8.0;
        let x1 = if dots {
            w - value_w - 10.0
        } else {
            w - value_w - 6.0
        }
        .max(x0 + size * 4.0);
        let mut all: Vec<f64> = values.clone();
        if !dots {
            all.push(0.0);
        }
        for (v, b, _) in &targets {
            all.extend(v.iter());
            if let Some((a, b)) = b {
                all.extend([*a, *b]);
            }
        }
        if dots {
            all.push(1.0);
        }
        let vmin = all.iter().copied().fold(f64::INFINITY, f64::min);
        let vmax = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let min_step = 10f64.powi(-(data.decimals.min(6) as i32));
        let probe = tick_label(vmax.max(vmin.abs()), data.decimals, &unit, lang);
        let max_ticks =
            (((x1 - x0) / (width(&probe, size, false) * 1.7 + 4.0)).floor() as usize).clamp(2, 6);
        let (ticks, dec, lo, hi) =
            draw::axis_ticks(vmin, vmax, max_ticks, min_step, dots && vmin >= 1.0);
        let axis_base = y + size * 1.06;
        let rows_top = y + line + 4.0;
        let mut top = rows_top;
        for r in &mut rows {
            r.top = top;
            top += r.h;
        }
        let h = if rows.is_empty() {
            rows_top + 60.0
        } else {
            top + 4.0
        };
        let mut l = Layout {
            w,
            h: h.ceil(),
            year,
            rows,
            size,
            header,
            legend,
            targets: targets.iter().map(|t| (t.0, t.1)).collect(),
            ticks: Vec::new(),
            axis_base,
            name_end,
            x0,
            x1,
            lo,
            hi,
            dots,
            rows_top,
        };
        l.ticks = ticks
            .iter()
            .map(|t| (l.x_of(*t), tick_label(*t, dec, &unit, lang)))
            .collect();
        l
    }

    fn x_of(&self, v: f64) -> f64 {
        if self.hi > self.lo {
            self.x0 + (v - self.lo) / (self.hi - self.lo) * (self.x1 - self.x0)
        } else {
            self.x0
        }
    }
}

pub(crate) fn draw(c: &mut dyn Canvas, data: &ChartData, l: &Layout) {
    let size = l.size;
    let small = Font::new(size, MUTED);
    for (s, y) in &l.header {
        c.text(s, 0.0, *y, &small);
    }
    for (s, y, first) in &l.legend {
        if let Some(k) = first {
            c.line(
                &[(0.0, y - size * 0.36), (size * 1.6, y - size * 0.36)],
                TARGET,
                1.5,
                Some(target_dash(*k)),
            );
        }
        c.text(s, size * 2.2, *y, &Font::new(size, TARGET));
    }
    if l.rows.is_empty() {
        c.text(
            text::no_data(data.lang),
            l.w / 2.0,
            l.rows_top + 30.0,
            &Font::new(size, MUTED).anchor(Anchor::Middle),
        );
        return;
    }
    let bottom = l.h - 2.0;

    // Axis labels over the rows, light grid through them.
    for (i, (x, label)) in l.ticks.iter().enumerate() {
        c.line(&[(*x, l.rows_top - 2.0), (*x, bottom)], GRID, 1.0, None);
        let anchor = if i + 1 == l.ticks.len() && x + width(label, size, false) / 2.0 > l.w {
            Anchor::End
        } else {
            Anchor::Middle
        };
        let x = if anchor == Anchor::End { l.w } else { *x };
        c.text(label, x, l.axis_base, &small.anchor(anchor));
    }
    for (_, band) in &l.targets {
        if let Some((a, b)) = band {
            c.rect(l.x_of(*a), l.rows_top, l.x_of(*b), bottom, GOOD, 0.12);
        }
    }

    let zero = l.x_of(0.0);
    let hl_color = PALETTE[0];
    for r in &l.rows {
        let mid = r.top + r.h / 2.0;
        if r.highlight {
            c.rect(0.0, r.top, l.w, r.top + r.h, hl_color, 0.12);
        }
        let color = if r.highlight { hl_color } else { BAR };
        let x = l.x_of(r.value);
        if l.dots {
            c.line(&[(l.x0, mid), (l.x1, mid)], GRID, 1.0, None);
            c.circle(x, mid, if r.highlight { 5.0 } else { 4.0 }, color, None);
        } else {
            let bh = (ROW * 0.6).min(r.h - 6.0);
            c.rect(
                zero.min(x),
                mid - bh / 2.0,
                zero.max(x),
                mid + bh / 2.0,
                color,
                1.0,
            );
            // A zero value still shows a tick, so the row does not look empty.
            if (x - zero).abs() < 1.5 {
                c.line(
                    &[(zero, mid - bh / 2.0), (zero, mid + bh / 2.0)],
                    color,
                    2.0,
                    None,
                );
            }
        }
    }

    // Target rules over the bars, each with its legend's dashes.
    for (k, (v, _)) in l.targets.iter().enumerate() {
        if let Some(v) = v {
            let x = l.x_of(*v);
            c.line(
                &[(x, l.rows_top - 2.0), (x, bottom)],
                TARGET,
                1.5,
                Some(target_dash(k)),
            );
        }
    }

    // Names and values last, on a halo.
    for r in &l.rows {
        let f = Font::new(size, INK).bold(r.highlight).halo();
        let n = r.label.len() as f64;
        let first = r.top + r.h / 2.0 - (n - 1.0) * NAME_LINE / 2.0 + size * 0.36;
        for (k, s) in r.label.iter().enumerate() {
            c.text(
                s,
                l.name_end,
                first + k as f64 * NAME_LINE,
                &f.anchor(Anchor::End),
            );
        }
        let base = r.top + r.h / 2.0 + size * 0.36;
        let vf = Font::new(size, if r.highlight { INK } else { MUTED_INK })
            .bold(r.highlight)
            .halo();
        if l.dots {
            c.text(&r.value_text, l.x1 + 10.0, base, &vf);
        } else {
            let x = l.x_of(r.value);
            c.text(&r.value_text, zero.max(x) + 4.0, base, &vf);
        }
    }
}

/// Values of the rows that are not highlighted.
const MUTED_INK: RGBColor = INK;

/// Dashes of the `k`th target's rule (and its legend).
fn target_dash(k: usize) -> (f64, f64) {
    [(5.0, 3.0), (1.5, 2.5), (8.0, 2.5)][k % 3]
}

pub(crate) fn describe(data: &ChartData, l: &Layout) -> String {
    let lang = data.lang;
    let mut parts = vec![text::year_caption(l.year, lang)];
    if l.rows.is_empty() {
        parts.push(text::no_data(lang).to_string());
    }
    // Full names, in the chart's order.
    let mut named: Vec<(&str, f64)> = data
        .series
        .iter()
        .filter_map(|s| {
            let v = points(s).into_iter().rev().find(|(y, _)| *y == l.year)?.1;
            Some((s.name.as_str(), v))
        })
        .collect();
    named.sort_by(|a, b| {
        let by = if data.lower_is_better {
            a.1.total_cmp(&b.1)
        } else {
            b.1.total_cmp(&a.1)
        };
        by.then_with(|| a.0.cmp(b.0))
    });
    let rows: Vec<String> = named
        .iter()
        .map(|(n, v)| format!("{n} {}", data.value_text(*v)))
        .collect();
    if !rows.is_empty() {
        parts.push(rows.join("; "));
    }
    for t in &data.targets {
        parts.push(t.label.clone());
    }
    if data.lower_is_better {
        parts.push(text::lower_is_better_note(lang).to_string());
    }
    parts.join(". ")
}
