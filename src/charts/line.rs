//! Line chart: one line per series over whole years (at most six), a faint
//! band for the entities not drawn, targets as dashed lines or shaded
//! bands. Each line is labelled at its last real point with its latest
//! value and name; targets are labelled in the margin at their level.
//! Labels are measured and moved apart only as far as needed.
//!
//! Steps: domains → header → label texts and the margin they need → plot
//! box → label places (grown taller when they need it) → draw.

use plotters::prelude::RGBColor;

use super::canvas::{Anchor, Canvas, Font};
use super::draw::{self, AXIS, GOOD, GRID, INK, MUTED, TARGET};
use super::place::{Item, place};
use super::text::{self, clean, width, wrap, wrap_name};
use super::{ChartData, Look, points, styled, tick_label};

/// At most this many lines in one chart.
pub const MAX_SERIES: usize = 6;

/// Size of the drawing area and its text sizes (chart units).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    pub w: f64,
    pub h: f64,
    pub em: f64,
    pub small: f64,
}

/// One label block: lines of pieces (text, font) written one after the
/// other, placed by its top.
struct Label {
    lines: Vec<Vec<(String, Font)>>,
    line_h: Vec<f64>,
    x: f64,
    /// The point it labels (for a leader when it had to move).
    point: Option<(f64, f64, RGBColor)>,
    want_top: f64,
    top: f64,
}

impl Label {
    fn h(&self) -> f64 {
        self.line_h.iter().sum()
    }
    fn w(&self) -> f64 {
        self.lines
            .iter()
            .map(|pieces| {
                let gaps = pieces.len().saturating_sub(1) as f64;
                pieces
                    .iter()
                    .map(|(s, f)| width(s, f.size, f.bold) + f.size * 0.3 * gaps.min(1.0))
                    .sum::<f64>()
            })
            .fold(0.0, f64::max)
    }
}

struct Line {
    pts: Vec<(f64, f64)>,
    /// Indices of `pts` that start a new run (after a declared gap).
    breaks: Vec<usize>,
    look: Look,
    median: bool,
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

struct Target {
    y: Option<f64>,
    band: Option<(f64, f64)>,
    diamond: Option<f64>,
}

pub(crate) struct Layout {
    pub w: f64,
    pub h: f64,
    message: Option<(String, f64)>,
    header: Vec<(String, f64)>,
    band_legend: Option<(String, f64)>,
    grid: Vec<(f64, String)>,
    years: Vec<(f64, String)>,
    plot: (f64, f64, f64, f64),
    band: Vec<(f64, f64, f64)>,
    targets: Vec<Target>,
    lines: Vec<Line>,
    labels: Vec<Label>,
    fr: Frame,
}

/// Line height and baseline (from the line's top) for text of size `s`.
fn line_h(s: f64) -> f64 {
    s * 1.33
}
fn baseline_in(s: f64) -> f64 {
    s * 1.06
}

impl Layout {
    pub(crate) fn new(data: &ChartData, fr: Frame) -> Layout {
        let lang = data.lang;
        let (em, small) = (fr.em, fr.small);
        let unit = clean(&data.unit);
        let series: Vec<_> = styled(data)
            .into_iter()
            .map(|(s, look)| (s, look, points(s)))
            .filter(|(_, _, p)| !p.is_empty())
            .collect();
        let mut l = Layout {
            w: fr.w,
            h: fr.h,
            message: None,
            header: Vec::new(),
            band_legend: None,
            grid: Vec::new(),
            years: Vec::new(),
            plot: (0.0, 0.0, 0.0, 0.0),
            band: Vec::new(),
            targets: Vec::new(),
            lines: Vec::new(),
            labels: Vec::new(),
            fr,
        };
        if series.is_empty() {
            l.h = (fr.h * 0.5).round();
            l.message = Some((text::no_data(lang).to_string(), l.h / 2.0));
            return l;
        }
        let band: Vec<(i32, f64, f64)> = data
            .band
            .iter()
            .flat_map(|b| b.years.iter().copied())
            .filter(|(_, a, b)| a.is_finite() && b.is_finite())
            .collect();
        let targets: Vec<_> = data
            .targets
            .iter()
            .filter(|t| {
                t.value.is_some_and(f64::is_finite)
                    || t.band.is_some_and(|(a, b)| a.is_finite() && b.is_finite())
            })
            .collect();

        // Domains: the years with data (a later target's year is in its
        // label, not on the axis); values of data, band and targets.
        let years: Vec<i32> = series
            .iter()
            .flat_map(|(_, _, p)| p.iter().map(|(y, _)| *y))
            .chain(band.iter().map(|b| b.0))
            .collect();
        let (y_first, y_last) = (
            *years.iter().min().unwrap_or(&0),
            *years.iter().max().unwrap_or(&0),
        );
        let data_values: Vec<f64> = series
            .iter()
            .flat_map(|(_, _, p)| p.iter().map(|(_, v)| *v))
            .collect();
        let mut values = data_values.clone();
        for b in &band {
            values.extend([b.1, b.2]);
        }
        for t in &targets {
            values.extend(t.value.filter(|v| v.is_finite()));
            if let Some((a, b)) = t.band {
                values.extend([a, b]);
            }
        }
        let vmin = values.iter().copied().fold(f64::INFINITY, f64::min);
        let vmax = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let min_step = 10f64.powi(-(data.decimals.min(6) as i32));
        let invert = data.lower_is_better;
        let ranks = invert && text::rank_like(&unit, data.decimals, &data_values) && vmin >= 1.0;

        // Header: unit and, for an inverted axis, which way is up; then the
        // band's legend.
        let mut notes: Vec<String> = Vec::new();
        if !unit.is_empty() && unit != "%" && !data.rank {
            notes.push(text::unit_caption(&unit, lang));
        }
        if invert {
            notes.push(
                text::inverted_note(text::rank_like(&unit, data.decimals, &data_values), lang)
                    .to_string(),
            );
        }
        let mut y = 0.0;
        if !notes.is_empty() {
            for s in wrap(&notes.join(" · "), small, false, fr.w, 2) {
                l.header.push((s, y + baseline_in(small)));
                y += line_h(small);
            }
        }
        if let Some(b) = data.band.as_ref().filter(|_| !band.is_empty()) {
            let note = text::band_note(b.of, &clean(&b.noun), lang);
            let s = wrap(&note, small, false, fr.w - small * 1.6, 1)
                .pop()
                .unwrap_or_default();
            l.band_legend = Some((s, y + baseline_in(small)));
            y += line_h(small);
        }
        let header_h = y;

        // Label texts and the right margin they need.
        let msize = em * 0.27;
        let gap = msize + 6.0;
        let value_texts: Vec<String> = series
            .iter()
            .map(|(_, _, p)| data.value_text(p[p.len() - 1].1))
            .collect();
        let names: Vec<String> = series.iter().map(|(s, _, _)| clean(&s.label)).collect();
        let one_line = |i: usize| {
            let hl = series[i].1.highlight;
            width(&value_texts[i], em, true) + em * 0.3 + width(&names[i], em, hl)
        };
        let target_texts: Vec<String> = targets.iter().map(|t| clean(&t.label)).collect();
        let cap = (fr.w * 0.36).max(em * 5.0);
        let widest = (0..series.len())
            .map(one_line)
            .chain(target_texts.iter().map(|t| width(t, small, false)))
            .fold(em * 2.0, f64::max);
        let gutter = widest.min(cap);

        // Ticks and the plot box.
        let tick_w = |ticks: &[f64], dec: u8| {
            ticks
                .iter()
                .map(|t| width(&tick_label(*t, dec, &unit, lang), small, false))
                .fold(0.0, f64::max)
        };
        let inset = em * 0.6;
        let mut h = fr.h;
        for _ in 0..3 {
            let pt = header_h + em * 0.8;
            let pb = h - small * 2.0;
            let max_ticks = (((pb - pt) / (small * 2.2)).floor() as usize).clamp(2, 6);
            let (ticks, dec, lo, hi) = draw::axis_ticks(vmin, vmax, max_ticks, min_step, ranks);
            let pl = tick_w(&ticks, dec) + 8.0;
            let pr = (fr.w - gutter - gap + inset).max(pl + em * 4.0);
            let x_of = |year: i32| -> f64 {
                if y_last == y_first {
                    (pl + pr) / 2.0
                } else {
                    pl + inset
                        + (year as f64 - y_first as f64) / (y_last as f64 - y_first as f64)
                            * (pr - pl - 2.0 * inset)
                }
            };
            let y_of = |v: f64| -> f64 {
                let f = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
                if invert {
                    pt + f * (pb - pt)
                } else {
                    pb - f * (pb - pt)
                }
            };

            // Labels: each line's at its last real point, targets' in the
            // margin at their level.
            let mut labels: Vec<Label> = Vec::new();
            for (i, (_, look, p)) in series.iter().enumerate() {
                let (year, v) = p[p.len() - 1];
                let (px, py) = (x_of(year), y_of(v));
                let value_font = Font::new(em, look.color).bold(true).halo();
                let name_font = Font::new(em, INK).bold(look.highlight).halo();
                let x = px + gap;
                let room = (fr.w - x).max(em * 3.0);
                let lines: Vec<Vec<(String, Font)>> = if one_line(i) <= room {
                    vec![vec![
                        (value_texts[i].clone(), value_font),
                        (names[i].clone(), name_font),
                    ]]
                } else {
                    let mut v = vec![vec![(value_texts[i].clone(), value_font)]];
                    for s in wrap_name(&names[i], em, look.highlight, room, 3) {
                        v.push(vec![(s, name_font)]);
                    }
                    v
                };
                let lh: Vec<f64> = lines.iter().map(|_| line_h(em)).collect();
                let want_top = py + em * 0.36 - baseline_in(em);
                labels.push(Label {
                    lines,
                    line_h: lh,
                    x,
                    point: Some((px, py, look.color)),
                    want_top,
                    top: want_top,
                });
            }
            for (t, s) in targets.iter().zip(&target_texts) {
                let level = match (t.value.filter(|v| v.is_finite()), t.band) {
                    (Some(v), _) => y_of(v),
                    (None, Some((a, b))) => (y_of(a) + y_of(b)) / 2.0,
                    _ => continue,
                };
                let x = pr - inset + gap;
                let f = Font::new(small, TARGET).halo();
                let lines: Vec<Vec<(String, Font)>> = wrap(s, small, false, fr.w - x, 3)
                    .into_iter()
                    .map(|s| vec![(s, f)])
                    .collect();
                let lh = lines.iter().map(|_| line_h(small)).collect();
                let want_top = level + small * 0.36 - baseline_in(small);
                labels.push(Label {
                    lines,
                    line_h: lh,
                    x,
                    point: None,
                    want_top,
                    top: want_top,
                });
            }
            let items: Vec<Item> = labels
                .iter()
                .map(|lb| Item {
                    want: lb.want_top + lb.h() / 2.0,
                    h: lb.h(),
                    x0: lb.x,
                    x1: lb.x + lb.w(),
                })
                .collect();
            // Labels may use the plot's height and a little above it, not
            // the header or the years under the axis.
            let (top, bottom) = (header_h + 2.0, pb + small * 0.3);
            let need = group_heights(&items);
            if need > bottom - top + 0.5 && h < fr.h * 3.0 {
                h += need - (bottom - top) + 1.0;
                continue;
            }
            for (lb, t) in labels.iter_mut().zip(place(&items, top, bottom)) {
                lb.top = t;
            }

            // Axes.
            l.grid = ticks
                .iter()
                .map(|t| (y_of(*t), tick_label(*t, dec, &unit, lang)))
                .collect();
            let year_w = width("2000", small, false) * 1.8;
            let max_years = (((pr - pl - 2.0 * inset) / year_w).floor() as usize + 1).max(2);
            l.years = draw::year_ticks(y_first, y_last, max_years.min(8))
                .into_iter()
                .map(|y| (x_of(y), y.to_string()))
                .collect();
            l.band = band
                .iter()
                .map(|&(year, a, b)| (x_of(year), y_of(a), y_of(b)))
                .collect();
            l.targets = targets
                .iter()
                .map(|t| Target {
                    y: t.value.filter(|v| v.is_finite()).map(y_of),
                    band: t.band.map(|(a, b)| (y_of(a), y_of(b))),
                    diamond: (t.year >= y_first && t.year <= y_last).then(|| x_of(t.year)),
                })
                .collect();
            l.lines = series
                .iter()
                .map(|(s, look, p)| Line {
                    pts: p.iter().map(|(y, v)| (x_of(*y), y_of(*v))).collect(),
                    breaks: breaks(p, &s.gaps),
                    look: *look,
                    median: s.median,
                })
                .collect();
            l.labels = labels;
            l.plot = (pl, pr, pt, pb);
            l.h = h.ceil();
            return l;
        }
        l.h = h.ceil();
        l
    }
}

/// The tallest stack of labels that share horizontal space.
fn group_heights(items: &[Item]) -> f64 {
    let mut best: f64 = 0.0;
    for a in items {
        let h: f64 = items
            .iter()
            .filter(|b| b.x0 < a.x1 && a.x0 < b.x1)
            .map(|b| b.h)
            .sum();
        best = best.max(h);
    }
    best
}

pub(crate) fn draw(c: &mut dyn Canvas, l: &Layout) {
    let (em, small) = (l.fr.em, l.fr.small);
    if let Some((m, y)) = &l.message {
        c.text(
            m,
            l.w / 2.0,
            *y,
            &Font::new(em, MUTED).anchor(Anchor::Middle),
        );
        return;
    }
    let (pl, pr, _, pb) = l.plot;
    for (s, y) in &l.header {
        c.text(s, 0.0, *y, &Font::new(small, MUTED));
    }
    if let Some((s, y)) = &l.band_legend {
        c.rect(
            0.0,
            y - small * 0.75,
            small * 1.1,
            y + small * 0.1,
            BAND,
            BAND_ALPHA,
        );
        c.text(s, small * 1.6, *y, &Font::new(small, MUTED));
    }

    // Grid and axes.
    for (y, label) in &l.grid {
        c.line(&[(pl, *y), (pr, *y)], GRID, 1.0, None);
        c.text(
            label,
            pl - 8.0,
            y + small * 0.36,
            &Font::new(small, MUTED).anchor(Anchor::End),
        );
    }
    c.line(&[(pl, pb), (pr, pb)], AXIS, 1.0, None);
    for (x, year) in &l.years {
        c.line(&[(*x, pb), (*x, pb + 4.0)], AXIS, 1.0, None);
        c.text(
            year,
            *x,
            pb + small * 1.45,
            &Font::new(small, MUTED).anchor(Anchor::Middle),
        );
    }

    // The band of the entities not drawn, then targets under the data.
    if l.band.len() >= 2 {
        let mut pts: Vec<(f64, f64)> = l.band.iter().map(|b| (b.0, b.2)).collect();
        pts.extend(l.band.iter().rev().map(|b| (b.0, b.1)));
        c.polygon(&pts, BAND, BAND_ALPHA);
    } else if let Some(&(x, a, b)) = l.band.first() {
        c.rect(x - em * 0.4, a, x + em * 0.4, b, BAND, BAND_ALPHA);
    }
    for t in &l.targets {
        if let Some((a, b)) = t.band {
            c.rect(pl, a, pr, b, GOOD, 0.12);
            c.line(&[(pl, a), (pr, a)], draw::tint(GOOD, 0.5), 1.0, None);
            c.line(&[(pl, b), (pr, b)], draw::tint(GOOD, 0.5), 1.0, None);
        }
        if let Some(y) = t.y {
            // Up to its label in the margin, never under it.
            let end = l
                .labels
                .iter()
                .filter(|lb| lb.point.is_none())
                .map(|lb| lb.x - 4.0)
                .fold(pr, f64::min);
            c.line(&[(pl, y), (end, y)], TARGET, 1.5, Some((6.0, 4.0)));
            if let Some(x) = t.diamond {
                draw::marker(c, draw::Marker::Diamond, x, y, em * 0.26, TARGET);
            }
        }
    }

    // Lines and markers, the highlighted one last (on top).
    let msize = em * 0.27;
    for line in &l.lines {
        let look = line.look;
        if line.median {
            for run in runs(&line.pts, &line.breaks) {
                c.line(run, MUTED, 1.5, Some((2.0, 3.0)));
            }
            continue;
        }
        let w = if look.highlight { 3.0 } else { 2.0 };
        for run in runs(&line.pts, &line.breaks) {
            c.series(
                run,
                look.color,
                w,
                look.dash.map(|(a, b)| (a * w / 2.0, b * w / 2.0)),
            );
        }
        let ms = if look.highlight { msize * 1.2 } else { msize };
        for &(x, y) in &line.pts {
            draw::marker(c, look.marker, x, y, ms, look.color);
        }
    }

    // Labels last, over everything, each with a short leader if it moved.
    for lb in &l.labels {
        let size0 = lb.lines[0][0].1.size;
        let first_mid = lb.top + baseline_in(size0) - size0 * 0.36;
        if let Some((px, py, color)) = lb.point
            && (first_mid - py).abs() > 2.0
        {
            c.line(
                &[(px + msize + 1.5, py), (lb.x - 2.0, first_mid)],
                draw::tint(color, 0.7),
                1.0,
                None,
            );
        }
        let mut top = lb.top;
        for (pieces, h) in lb.lines.iter().zip(&lb.line_h) {
            let mut x = lb.x;
            for (s, f) in pieces {
                c.text(s, x, top + baseline_in(f.size), f);
                x += width(s, f.size, f.bold) + f.size * 0.3;
            }
            top += h;
        }
    }
}

/// The grey of the band of entities not drawn.
const BAND: RGBColor = RGBColor(0x9C, 0xA3, 0xAF);
const BAND_ALPHA: f64 = 0.28;

/// The numbers in words for `<desc>`.
pub(crate) fn describe(data: &ChartData) -> String {
    let lang = data.lang;
    let mut parts: Vec<String> = Vec::new();
    for s in &data.series {
        let p = points(s);
        if p.is_empty() {
            continue;
        }
        let mut values: Vec<(i32, String)> = p
            .iter()
            .map(|(y, v)| (*y, format!("{y} {}", data.value_text(*v))))
            .collect();
        values.extend(
            s.gaps
                .iter()
                .map(|y| (*y, format!("{y} {}", text::no_value(lang)))),
        );
        values.sort_by_key(|v| v.0);
        let values: Vec<String> = values.into_iter().map(|v| v.1).collect();
        parts.push(format!("{}: {}", s.name, values.join(", ")));
    }
    if parts.is_empty() {
        parts.push(text::no_data(lang).to_string());
    }
    if let Some(b) = &data.band {
        parts.push(text::band_note(b.of, &b.noun, lang));
    }
    for t in &data.targets {
        parts.push(t.label.clone());
    }
    if data.lower_is_better {
        let values: Vec<f64> = data
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.1))
            .collect();
        parts.push(
            text::inverted_note(text::rank_like(&data.unit, data.decimals, &values), lang)
                .to_string(),
        );
    }
    parts.join(". ")
}
