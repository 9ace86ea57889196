//! Progress toward a target: the latest value of one series on a track with
//! the target marked, and the distance left written out.

use plotters::prelude::*;

use super::draw::{self, Anchor, Area, Ctx, GOOD, INK, MUTED, PALETTE, TARGET, TRACK};
use super::text::{self, clean, truncate};
use super::{ChartData, points, tick_label};
use crate::locale::format_value;

pub(crate) const W: u32 = 640;
pub(crate) const H: u32 = 180;
const EM: f64 = 19.0;
const SMALL: f64 = 17.0;
const BIG: f64 = 40.0;

pub(crate) struct Progress {
    /// (name, year, value) of the latest point.
    latest: Option<(String, i32, f64)>,
    /// (label, value) of the first target with a value.
    target: Option<(String, f64)>,
    status: String,
    reached: bool,
    /// Track ends: value at the left (worst) and right (best) end.
    left: f64,
    right: f64,
    end_decimals: u8,
}

impl Progress {
    pub(crate) fn new(data: &ChartData) -> Progress {
        let lang = data.lang;
        let with_points = |s: &&super::Series| !points(s).is_empty();
        let series = data
            .highlight
            .as_deref()
            .and_then(|id| data.series.iter().filter(with_points).find(|s| s.id == id))
            .or_else(|| data.series.iter().find(with_points));
        let latest = series.and_then(|s| {
            let p = points(s);
            let (y, v) = p.iter().copied().max_by_key(|(y, _)| *y)?;
            Some((clean(&s.label), y, v))
        });
        let target = data.targets.iter().find_map(|t| {
            t.value
                .filter(|v| v.is_finite())
                .map(|v| (clean(&t.label), v))
        });

        let (mut reached, mut status) = (false, text::no_target(lang).to_string());
        if let (Some((_, _, v)), Some((_, t))) = (&latest, &target) {
            let gap = if data.lower_is_better { v - t } else { t - v };
            // Compare what is shown: 91,999 shown as 92,00 has reached 92.
            let scale = 10f64.powi(data.decimals.min(6) as i32);
            let gap = (gap * scale).round() / scale;
            if gap <= 0.0 {
                reached = true;
                status = text::target_reached(lang).to_string();
            } else {
                status = text::to_go(gap, data.decimals, &clean(&data.unit), lang);
            }
        }

        let mut vals: Vec<f64> = latest
            .iter()
            .map(|l| l.2)
            .chain(target.iter().map(|t| t.1))
            .collect();
        let min_step = 10f64.powi(-(data.decimals.min(6) as i32));
        let (left, right, end_decimals);
        if data.lower_is_better {
            let rank = text::rank_like(&data.unit, data.decimals, &vals);
            let best = if rank {
                1.0
            } else {
                vals.iter().copied().fold(0.0, f64::min)
            };
            let worst = vals.iter().copied().fold(best, f64::max);
            let (ticks, dec) = draw::nice_ticks(best, worst + (worst - best) * 0.25, 5, min_step);
            (left, right, end_decimals) = (
                ticks[ticks.len() - 1],
                if rank { 1.0 } else { ticks[0] },
                dec,
            );
        } else if data.unit == "%" && vals.iter().all(|v| (0.0..=100.0).contains(v)) {
            (left, right, end_decimals) = (0.0, 100.0, 0);
        } else {
            vals.push(0.0);
            let lo = vals.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let (ticks, dec) = draw::nice_ticks(lo, hi + (hi - lo) * 0.1, 5, min_step);
            (left, right, end_decimals) = (ticks[0], ticks[ticks.len() - 1], dec);
        }
        Progress {
            latest,
            target,
            status,
            reached,
            left,
            right,
            end_decimals,
        }
    }

    /// Position (0 = left end, 1 = right end) of `v` on the track.
    fn frac(&self, v: f64) -> f64 {
        if self.right == self.left {
            0.5
        } else {
            ((v - self.left) / (self.right - self.left)).clamp(0.0, 1.0)
        }
    }

    pub(crate) fn describe(&self, data: &ChartData) -> String {
        let lang = data.lang;
        let Some((name, year, v)) = &self.latest else {
            return text::no_data(lang).to_string();
        };
        let mut parts = vec![format!(
            "{name}, {}: {}",
            text::year_caption(*year, lang),
            format_value(*v, data.decimals, &clean(&data.unit), lang)
        )];
        if let Some((label, _)) = &self.target {
            parts.push(label.clone());
        }
        parts.push(self.status.clone());
        parts.join(". ")
    }
}

pub(crate) fn draw<DB: DrawingBackend>(area: &Area<DB>, ctx: Ctx, data: &ChartData, p: &Progress) {
    let lang = data.lang;
    let w = W as f64;
    let Some((name, year, v)) = &p.latest else {
        draw::text(
            area,
            ctx,
            text::no_data(lang),
            w / 2.0,
            H as f64 / 2.0,
            EM,
            MUTED,
            Anchor::Middle,
            false,
        );
        return;
    };
    let unit = clean(&data.unit);
    let color = if p.reached { GOOD } else { PALETTE[0] };

    // "Yên Bái · Năm 2019"
    // (SVG drops leading spaces in text, so the gap is a position.)
    let year_text = format!("· {}", text::year_caption(*year, lang));
    let gap = EM * 0.3;
    let yw = draw::width(&year_text, EM, false) + gap;
    let name = truncate(name, EM, true, w - yw);
    draw::text(
        area,
        ctx,
        &name,
        0.0,
        EM * 1.1,
        EM,
        INK,
        Anchor::Start,
        true,
    );
    draw::text(
        area,
        ctx,
        &year_text,
        draw::width(&name, EM, true) + gap,
        EM * 1.1,
        EM,
        MUTED,
        Anchor::Start,
        false,
    );

    // Big value and the distance left.
    let value_text = format_value(*v, data.decimals, &unit, lang);
    let vb = 74.0;
    draw::text(
        area,
        ctx,
        &value_text,
        0.0,
        vb,
        BIG,
        color,
        Anchor::Start,
        true,
    );
    let sx = draw::width(&value_text, BIG, true) + 18.0;
    let status_em = if sx + draw::width(&p.status, EM + 2.0, true) <= w {
        EM + 2.0
    } else {
        SMALL
    };
    let status = truncate(&p.status, status_em, true, w - sx);
    draw::text(
        area,
        ctx,
        &status,
        sx,
        vb,
        status_em,
        if p.reached { GOOD } else { INK },
        Anchor::Start,
        true,
    );

    // Track, filled from the worse end to the value.
    let (x0, x1) = (2.0, w - 2.0);
    let (ty0, ty1) = (112.0, 136.0);
    draw::rect(area, x0, ty0, x1, ty1, TRACK.to_rgba());
    let xv = x0 + p.frac(*v) * (x1 - x0);
    draw::rect(area, x0, ty0, xv, ty1, color.to_rgba());
    if let Some((label, t)) = &p.target {
        let xt = x0 + p.frac(*t) * (x1 - x0);
        draw::polyline(area, &[(xt, ty0 - 8.0), (xt, ty1 + 8.0)], WHITE, 7);
        draw::polyline(area, &[(xt, ty0 - 8.0), (xt, ty1 + 8.0)], TARGET, 3);
        let label = truncate(label, SMALL, false, w);
        let lw = draw::width(&label, SMALL, false);
        let (lx, anchor) = if xt - lw / 2.0 < 0.0 {
            (0.0, Anchor::Start)
        } else if xt + lw / 2.0 > w {
            (w, Anchor::End)
        } else {
            (xt, Anchor::Middle)
        };
        draw::text(
            area,
            ctx,
            &label,
            lx,
            ty0 - 14.0,
            SMALL,
            TARGET,
            anchor,
            false,
        );
    }
    let left = tick_label(p.left, p.end_decimals, &unit, lang);
    let right = tick_label(p.right, p.end_decimals, &unit, lang);
    draw::text(
        area,
        ctx,
        &left,
        x0,
        ty1 + 26.0,
        SMALL,
        MUTED,
        Anchor::Start,
        false,
    );
    draw::text(
        area,
        ctx,
        &right,
        x1,
        ty1 + 26.0,
        SMALL,
        MUTED,
        Anchor::End,
        false,
    );
}
