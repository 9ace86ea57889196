//! Horizontal bar chart for one year: one bar per entity, best first, the
//! name above each bar (long Vietnamese names fit a phone), the value at its
//! end; the highlighted entity hatched, outlined and in bold.

use plotters::prelude::*;

use super::draw::{self, Anchor, Area, BAR, Ctx, GOOD, GRID, INK, MUTED, PALETTE, TARGET};
use super::text::{self, clean, truncate};
use super::{ChartData, points, tick_label};
use crate::locale::format_value;

pub(crate) const W: u32 = 640;
const EM: f64 = 20.0;
const SMALL: f64 = 17.0;

pub(crate) struct Row {
    pub label: String,
    pub value: f64,
    pub value_text: String,
    pub highlight: bool,
}

pub(crate) struct TargetLine {
    label: String,
    value: Option<f64>,
    band: Option<(f64, f64)>,
}

pub(crate) struct Layout {
    pub w: u32,
    pub h: u32,
    pub year: i32,
    pub rows: Vec<Row>,
    header: String,
    targets: Vec<TargetLine>,
    ticks: Vec<f64>,
    tick_text: Vec<String>,
    x0: f64,
    x1: f64,
    lo: f64,
    hi: f64,
    axis_y: f64,
    rows_top: f64,
    row_h: f64,
}

impl Layout {
    pub(crate) fn new(data: &ChartData, year: i32) -> Layout {
        let lang = data.lang;
        let unit = clean(&data.unit);
        let hl = data.highlight.as_deref();
        let mut rows: Vec<(Row, String)> = data
            .series
            .iter()
            .filter_map(|s| {
                let v = points(s).into_iter().rev().find(|(y, _)| *y == year)?.1;
                Some((
                    Row {
                        label: clean(&s.label),
                        value: v,
                        value_text: format_value(v, data.decimals, &unit, lang),
                        highlight: hl == Some(s.id.as_str()),
                    },
                    s.id.clone(),
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

        let targets: Vec<TargetLine> = data
            .targets
            .iter()
            .map(|t| TargetLine {
                label: clean(&t.label),
                value: t.value.filter(|v| v.is_finite()),
                band: t.band.filter(|(a, b)| a.is_finite() && b.is_finite()),
            })
            .filter(|t| t.value.is_some() || t.band.is_some())
            .collect();

        let mut values: Vec<f64> = rows.iter().map(|r| r.value).collect();
        values.push(0.0);
        for t in &targets {
            values.extend(t.value);
            if let Some((a, b)) = t.band {
                values.extend([a, b]);
            }
        }
        let vmin = values.iter().copied().fold(f64::INFINITY, f64::min);
        let vmax = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let min_step = 10f64.powi(-(data.decimals.min(6) as i32));
        let (ticks, tick_dec) = draw::nice_ticks(vmin, vmax, 6, min_step);
        let (lo, hi) = (ticks[0], ticks[ticks.len() - 1]);
        let tick_text: Vec<String> = ticks
            .iter()
            .map(|t| tick_label(*t, tick_dec, &unit, lang))
            .collect();

        let w = W as f64;
        let label_w = |r: &Row| draw::width(&r.value_text, EM, r.highlight) + 10.0;
        let left_reserve = rows
            .iter()
            .filter(|r| r.value < 0.0)
            .map(label_w)
            .fold(0.0, f64::max);
        let last_tick_half = tick_text
            .last()
            .map(|t| draw::width(t, SMALL, false) / 2.0 + 2.0)
            .unwrap_or(0.0);
        let right_reserve = rows
            .iter()
            .filter(|r| r.value >= 0.0)
            .map(label_w)
            .fold(last_tick_half, f64::max);
        let first_tick_half = tick_text
            .first()
            .map(|t| draw::width(t, SMALL, false) / 2.0 + 2.0)
            .unwrap_or(0.0);
        let x0 = left_reserve.max(first_tick_half).min(w * 0.4);
        let x1 = (w - right_reserve).max(x0 + w * 0.3);
        for r in &mut rows {
            r.label = truncate(&r.label, EM, r.highlight, w);
        }

        let mut notes = vec![text::year_caption(year, lang)];
        if !unit.is_empty() && unit != "%" {
            notes.push(text::unit_caption(&unit, lang));
        }
        if data.lower_is_better {
            notes.push(text::lower_is_better_note(lang).to_string());
        }
        let header = truncate(&notes.join(" · "), SMALL, false, w);

        let line = SMALL * 1.5;
        let axis_label_base = SMALL + line * (targets.len() as f64 + 1.0);
        let axis_y = axis_label_base + 7.0;
        let rows_top = axis_y + 6.0;
        let row_h = EM * 2.75;
        let h = if rows.is_empty() {
            160.0
        } else {
            rows_top + rows.len() as f64 * row_h + 6.0
        };
        Layout {
            w: W,
            h: h.ceil() as u32,
            year,
            rows,
            header,
            targets,
            ticks,
            tick_text,
            x0,
            x1,
            lo,
            hi,
            axis_y,
            rows_top,
            row_h,
        }
    }

    fn x_of(&self, v: f64) -> f64 {
        if self.hi > self.lo {
            self.x0 + (v - self.lo) / (self.hi - self.lo) * (self.x1 - self.x0)
        } else {
            self.x0
        }
    }
}

/// Text centred on `x` but kept inside `[0, w]`.
fn clamped(x: f64, tw: f64, w: f64) -> (f64, Anchor) {
    if x - tw / 2.0 < 0.0 {
        (0.0, Anchor::Start)
    } else if x + tw / 2.0 > w {
        (w, Anchor::End)
    } else {
        (x, Anchor::Middle)
    }
}

pub(crate) fn draw<DB: DrawingBackend>(area: &Area<DB>, ctx: Ctx, data: &ChartData, l: &Layout) {
    let lang = data.lang;
    let w = l.w as f64;
    let h = l.h as f64;
    draw::text(
        area,
        ctx,
        &l.header,
        0.0,
        SMALL,
        SMALL,
        MUTED,
        Anchor::Start,
        false,
    );
    if l.rows.is_empty() {
        draw::text(
            area,
            ctx,
            text::no_data(lang),
            w / 2.0,
            h / 2.0 + EM * 0.35,
            EM,
            MUTED,
            Anchor::Middle,
            false,
        );
        return;
    }
    let bottom = h - 4.0;

    // Value axis on top, light vertical grid through the rows.
    for (t, label) in l.ticks.iter().zip(&l.tick_text) {
        let x = l.x_of(*t);
        draw::polyline(area, &[(x, l.axis_y), (x, bottom)], GRID, 1);
        let (tx, anchor) = clamped(x, draw::width(label, SMALL, false), w);
        draw::text(
            area,
            ctx,
            label,
            tx,
            l.axis_y - 7.0,
            SMALL,
            MUTED,
            anchor,
            false,
        );
    }
    let zero = l.x_of(0.0);

    // Target bands under the bars.
    let line = SMALL * 1.5;
    for t in &l.targets {
        if let Some((a, b)) = t.band {
            draw::rect(area, l.x_of(a), l.axis_y, l.x_of(b), bottom, GOOD.mix(0.12));
        }
    }

    for (i, r) in l.rows.iter().enumerate() {
        let top = l.rows_top + i as f64 * l.row_h;
        let (by0, by1) = (top + EM * 1.3, top + EM * 2.3);
        let x = l.x_of(r.value);
        let (bx0, bx1) = (zero.min(x), zero.max(x));
        if r.highlight {
            draw::rect(area, bx0, by0, bx1, by1, PALETTE[0].to_rgba());
            draw::hatch(area, bx0, by0, bx1, by1, 9.0, WHITE, 2);
            draw::polyline(
                area,
                &[(bx0, by0), (bx1, by0), (bx1, by1), (bx0, by1), (bx0, by0)],
                INK,
                2,
            );
        } else {
            draw::rect(area, bx0, by0, bx1, by1, BAR.to_rgba());
        }
        // A zero value still shows a tick, so the row does not look empty.
        if (bx1 - bx0) < 2.0 {
            draw::polyline(
                area,
                &[(zero, by0), (zero, by1)],
                if r.highlight { INK } else { BAR },
                2,
            );
        }
    }

    // Target rules over the bars, labelled in the header.
    for (i, t) in l.targets.iter().enumerate() {
        let label_base = SMALL + line * (i as f64 + 1.0);
        let anchor_x = match (t.value, t.band) {
            (Some(v), _) => l.x_of(v),
            (None, Some((a, b))) => (l.x_of(a) + l.x_of(b)) / 2.0,
            _ => continue,
        };
        if let Some(v) = t.value {
            let x = l.x_of(v);
            draw::dashed(
                area,
                &[(x, label_base + 4.0), (x, bottom)],
                TARGET,
                2,
                Some((7.0, 5.0)),
            );
        }
        let label = truncate(&t.label, SMALL, false, w);
        let (tx, anchor) = clamped(anchor_x, draw::width(&label, SMALL, false), w);
        draw::text(
            area, ctx, &label, tx, label_base, SMALL, TARGET, anchor, false,
        );
    }

    // Names and values last, over the rules, on a light halo.
    for (i, r) in l.rows.iter().enumerate() {
        let top = l.rows_top + i as f64 * l.row_h;
        let base = top + EM * 1.0;
        let nw = draw::width(&r.label, EM, r.highlight);
        draw::rect(
            area,
            0.0,
            base - EM * 0.95,
            nw + 4.0,
            base + EM * 0.28,
            WHITE.mix(0.85),
        );
        draw::text(
            area,
            ctx,
            &r.label,
            0.0,
            base,
            EM,
            INK,
            Anchor::Start,
            r.highlight,
        );

        let x = l.x_of(r.value);
        let base = top + EM * 1.8 + EM * 0.35;
        let vw = draw::width(&r.value_text, EM, r.highlight);
        let (tx, anchor, left) = if r.value < 0.0 {
            (zero.min(x) - 6.0, Anchor::End, zero.min(x) - 6.0 - vw)
        } else {
            (zero.max(x) + 6.0, Anchor::Start, zero.max(x) + 6.0)
        };
        draw::rect(
            area,
            left - 2.0,
            base - EM * 0.95,
            left + vw + 2.0,
            base + EM * 0.28,
            WHITE.mix(0.85),
        );
        draw::text(
            area,
            ctx,
            &r.value_text,
            tx,
            base,
            EM,
            INK,
            anchor,
            r.highlight,
        );
    }
}

pub(crate) fn describe(data: &ChartData, l: &Layout) -> String {
    let lang = data.lang;
    let mut parts = vec![text::year_caption(l.year, lang)];
    if l.rows.is_empty() {
        parts.push(text::no_data(lang).to_string());
    }
    let rows: Vec<String> = l
        .rows
        .iter()
        .map(|r| format!("{} {}", r.label, r.value_text))
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
