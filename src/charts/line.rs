//! Line chart: one line per series over whole years, direct labels with the
//! latest value at the right, targets as dashed lines or shaded bands.

use plotters::prelude::*;

use super::draw::{self, AXIS, Anchor, Area, Ctx, GOOD, GRID, INK, MUTED, TARGET};
use super::text::{self, clean, truncate};
use super::{ChartData, points, styled, tick_label};
use crate::locale::format_value;

pub(crate) const W: u32 = 640;
pub(crate) const H: u32 = 380;

/// Size of the drawing area and its text sizes (px).
pub(crate) struct Frame {
    pub w: f64,
    pub h: f64,
    pub em: f64,
    pub small: f64,
}

pub(crate) fn draw<DB: DrawingBackend>(area: &Area<DB>, ctx: Ctx, data: &ChartData, fr: &Frame) {
    let lang = data.lang;
    let (em, small) = (fr.em, fr.small);
    let series: Vec<_> = styled(data)
        .into_iter()
        .map(|(s, look)| (s, look, points(s)))
        .filter(|(_, _, p)| !p.is_empty())
        .collect();
    if series.is_empty() {
        draw::text(
            area,
            ctx,
            text::no_data(lang),
            fr.w / 2.0,
            fr.h / 2.0,
            em,
            MUTED,
            Anchor::Middle,
            false,
        );
        return;
    }
    let targets: Vec<_> = data
        .targets
        .iter()
        .filter(|t| {
            t.value.is_some_and(f64::is_finite)
                || t.band.is_some_and(|(a, b)| a.is_finite() && b.is_finite())
        })
        .collect();

    // Domains.
    let mut years: Vec<i32> = series
        .iter()
        .flat_map(|(_, _, p)| p.iter().map(|(y, _)| *y))
        .collect();
    let mut values: Vec<f64> = series
        .iter()
        .flat_map(|(_, _, p)| p.iter().map(|(_, v)| *v))
        .collect();
    let data_values = values.clone();
    for t in &targets {
        years.push(t.year);
        values.extend(t.value);
        if let Some((a, b)) = t.band {
            values.extend([a, b]);
        }
    }
    let (y_first, y_last) = (
        *years.iter().min().unwrap_or(&0),
        *years.iter().max().unwrap_or(&0),
    );
    let vmin = values.iter().copied().fold(f64::INFINITY, f64::min);
    let vmax = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min_step = 10f64.powi(-(data.decimals.min(6) as i32));
    let (ticks, tick_dec) = draw::nice_ticks(vmin, vmax, 6, min_step);
    let (lo, hi) = (ticks[0], ticks[ticks.len() - 1]);
    let invert = data.lower_is_better;
    let tick_text: Vec<String> = ticks
        .iter()
        .map(|t| tick_label(*t, tick_dec, &data.unit, lang))
        .collect();

    // Header: unit and, for an inverted axis, which way is up.
    let mut notes: Vec<String> = Vec::new();
    if !data.unit.is_empty() && data.unit != "%" {
        notes.push(text::unit_caption(&clean(&data.unit), lang));
    }
    if invert {
        notes.push(
            text::inverted_note(
                text::rank_like(&data.unit, data.decimals, &data_values),
                lang,
            )
            .to_string(),
        );
    }
    let header = notes.join(" · ");
    let plot_top = if header.is_empty() {
        em * 0.9
    } else {
        small * 2.3
    };

    // Direct labels in a gutter at the right: "● 86,40%  Yên Bái" on one
    // line, or the name on a second line when names are long.
    let value_texts: Vec<String> = series
        .iter()
        .map(|(_, _, p)| format_value(p[p.len() - 1].1, data.decimals, &clean(&data.unit), lang))
        .collect();
    let names: Vec<String> = series.iter().map(|(s, _, _)| clean(&s.label)).collect();
    let marker_w = em * 0.9;
    let lead = 14.0 + marker_w; // leader gap + marker before the text
    let gutter_max = (fr.w * 0.42).max(em * 4.0);
    let one_line = |i: usize| {
        lead + draw::width(&value_texts[i], em, true)
            + em * 0.35
            + draw::width(&names[i], em, series[i].1.highlight)
    };
    let plot_h = fr.h - em * 2.0 - plot_top;
    let two_lines = (0..series.len()).any(|i| one_line(i) > gutter_max)
        && series.len() as f64 * em * 2.4 <= plot_h + em;
    let name_em = if two_lines { small } else { em };
    let label_texts: Vec<(String, f64)> = (0..series.len())
        .map(|i| {
            let hl = series[i].1.highlight;
            let vw = draw::width(&value_texts[i], em, true);
            let (room, before) = if two_lines {
                (gutter_max - lead, 0.0)
            } else {
                (gutter_max - lead - vw - em * 0.35, vw + em * 0.35)
            };
            let name = truncate(&names[i], name_em, hl, room.max(em));
            let total = lead + (before + draw::width(&name, name_em, hl)).max(vw);
            (name, total)
        })
        .collect();
    let gutter = label_texts
        .iter()
        .map(|(_, w)| *w)
        .fold(em * 2.0, f64::max)
        .min(gutter_max)
        + 4.0;

    let tick_w = tick_text
        .iter()
        .map(|t| draw::width(t, em, false))
        .fold(0.0, f64::max);
    let (pl, pr) = (tick_w + 10.0, (fr.w - gutter).max(tick_w + 10.0 + em * 3.0));
    let (pt, pb) = (plot_top, fr.h - em * 2.0);
    let inset = em * 0.9;
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

    if !header.is_empty() {
        let header = truncate(&header, small, false, fr.w);
        draw::text(
            area,
            ctx,
            &header,
            0.0,
            small * 1.0,
            small,
            MUTED,
            Anchor::Start,
            false,
        );
    }

    // Grid and axes.
    for (t, label) in ticks.iter().zip(&tick_text) {
        let y = y_of(*t);
        draw::polyline(area, &[(pl, y), (pr, y)], GRID, 1);
        draw::text(
            area,
            ctx,
            label,
            pl - 8.0,
            y + em * 0.35,
            em,
            MUTED,
            Anchor::End,
            false,
        );
    }
    draw::polyline(area, &[(pl, pb), (pr, pb)], AXIS, 1);
    for year in draw::year_ticks(y_first, y_last, 6) {
        let x = x_of(year);
        draw::polyline(area, &[(x, pb), (x, pb + 5.0)], AXIS, 1);
        draw::text(
            area,
            ctx,
            &year.to_string(),
            x,
            pb + em * 1.4,
            em,
            MUTED,
            Anchor::Middle,
            false,
        );
    }

    // Targets: bands under everything, threshold lines dashed, labelled.
    for (i, t) in targets.iter().enumerate() {
        let label = truncate(&clean(&t.label), small, false, pr - pl);
        let lw = draw::width(&label, small, false);
        // Even targets end just before their marker, odd ones start at the left.
        let (lx, anchor) = if i % 2 == 0 {
            ((x_of(t.year) - em * 0.7).min(pr).max(pl + lw), Anchor::End)
        } else {
            (pl + 4.0, Anchor::Start)
        };
        let left = if anchor == Anchor::End { lx - lw } else { lx };
        // The label on a light backdrop, so grid lines do not cross it.
        let label_at = |base: f64| {
            draw::rect(
                area,
                left - 3.0,
                base - small * 0.95,
                left + lw + 3.0,
                base + small * 0.3,
                WHITE.mix(0.8),
            );
            draw::text(area, ctx, &label, lx, base, small, TARGET, anchor, false);
        };
        if let Some((a, b)) = t.band.filter(|(a, b)| a.is_finite() && b.is_finite()) {
            let (ya, yb) = (y_of(a), y_of(b));
            draw::rect(area, pl, ya, pr, yb, GOOD.mix(0.12));
            draw::polyline(area, &[(pl, ya), (pr, ya)], draw::tint(GOOD, 0.5), 1);
            draw::polyline(area, &[(pl, yb), (pr, yb)], draw::tint(GOOD, 0.5), 1);
            if t.value.is_none() {
                label_at(ya.min(yb) + small * 1.15);
            }
        }
        if let Some(v) = t.value.filter(|v| v.is_finite()) {
            let y = y_of(v);
            draw::dashed(area, &[(pl, y), (pr, y)], TARGET, 2, Some((8.0, 6.0)));
            // Above the line if there is room, else below it.
            let above = y - 7.0;
            let base = if above - small * 0.95 >= pt - em * 0.4 {
                above
            } else {
                y + small + 5.0
            };
            label_at(base);
            draw::marker(
                area,
                draw::Marker::Diamond,
                x_of(t.year),
                y,
                em * 0.28,
                TARGET,
            );
        }
    }

    // Lines and markers.
    let msize = em * 0.27;
    for (_, look, p) in &series {
        let pts: Vec<(f64, f64)> = p.iter().map(|(y, v)| (x_of(*y), y_of(*v))).collect();
        let width = if look.highlight { 4 } else { 2 };
        draw::dashed(
            area,
            &pts,
            look.color,
            width,
            look.dash
                .map(|(a, b)| (a * width as f64 / 2.0, b * width as f64 / 2.0)),
        );
        let ms = if look.highlight { msize * 1.2 } else { msize };
        for &(x, y) in &pts {
            draw::marker(area, look.marker, x, y, ms, look.color);
        }
    }

    // Direct labels, pushed apart so they do not overlap.
    let desired: Vec<f64> = series
        .iter()
        .map(|(_, _, p)| y_of(p[p.len() - 1].1))
        .collect();
    let (block, below) = if two_lines {
        (em * 2.4, em * 1.15)
    } else {
        (em * 1.3, 0.0)
    };
    let placed = draw::spread(&desired, block, pt, pb - below);
    let gx = pr + 6.0;
    for (i, (_, look, p)) in series.iter().enumerate() {
        let (last_x, last_y) = (x_of(p[p.len() - 1].0), desired[i]);
        let ly = placed[i];
        if (ly - last_y).abs() > 1.0 || gx - last_x > msize * 3.0 {
            draw::polyline(
                area,
                &[(last_x + msize * 1.8, last_y), (gx + 2.0, ly)],
                draw::tint(look.color, 0.6),
                1,
            );
        }
        draw::marker(
            area,
            look.marker,
            gx + 6.0 + marker_w / 2.0,
            ly,
            msize,
            look.color,
        );
        let tx = gx + 6.0 + marker_w;
        draw::text(
            area,
            ctx,
            &value_texts[i],
            tx,
            ly + em * 0.35,
            em,
            look.color,
            Anchor::Start,
            true,
        );
        let (nx, nb) = if two_lines {
            (tx, ly + em * 0.35 + below)
        } else {
            (
                tx + draw::width(&value_texts[i], em, true) + em * 0.35,
                ly + em * 0.35,
            )
        };
        draw::text(
            area,
            ctx,
            &label_texts[i].0,
            nx,
            nb,
            name_em,
            INK,
            Anchor::Start,
            look.highlight,
        );
    }
}

/// The numbers in words for `<desc>`.
pub(crate) fn describe(data: &ChartData) -> String {
    let lang = data.lang;
    let mut parts: Vec<String> = Vec::new();
    for s in &data.series {
        let p = points(s);
        if p.is_empty() {
            continue;
        }
        let values: Vec<String> = p
            .iter()
            .map(|(y, v)| format!("{y} {}", format_value(*v, data.decimals, &data.unit, lang)))
            .collect();
        parts.push(format!("{}: {}", s.label, values.join(", ")));
    }
    if parts.is_empty() {
        parts.push(text::no_data(lang).to_string());
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
