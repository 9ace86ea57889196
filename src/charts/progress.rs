//! Progress toward a target: the latest value of one series on a track with
//! the target marked, and the distance left written out.

use plotters::prelude::WHITE;

use super::canvas::{Anchor, Canvas, Font};
use super::data::{ChartData, Series, points, tick_label};
use super::draw::{self, GOOD, INK, MUTED, PALETTE, TARGET, TRACK};
use super::text::{self, clean, width, wrap};
use crate::locale::format_value;

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
        let with_points = |s: &&Series| !points(s).is_empty();
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

/// Sizes: width, text, small text, the big number.
#[derive(Clone, Copy)]
pub(crate) struct Sizes {
    pub w: f64,
    pub em: f64,
    pub small: f64,
    pub big: f64,
}

/// The height `draw` uses for `p` at `sz`.
pub(crate) fn height(data: &ChartData, p: &Progress, sz: Sizes) -> f64 {
    plan(data, p, sz).1
}

struct Plan {
    /// Texts: (text, x, baseline, font).
    head: Vec<(String, f64, f64, Font)>,
    track: (f64, f64),
    target_label: Option<(String, f64)>,
    ends: f64,
}

fn plan(data: &ChartData, p: &Progress, sz: Sizes) -> (Plan, f64) {
    let lang = data.lang;
    let Sizes { w, em, small, big } = sz;
    let mut head = Vec::new();
    let Some((name, year, v)) = &p.latest else {
        head.push((
            text::no_data(lang).to_string(),
            0.0,
            em * 1.5,
            Font::new(em, MUTED),
        ));
        return (
            Plan {
                head,
                track: (0.0, 0.0),
                target_label: None,
                ends: 0.0,
            },
            em * 2.5,
        );
    };
    let unit = clean(&data.unit);
    let color = if p.reached { GOOD } else { PALETTE[0] };
    let mut y = 0.0;
    // "Yên Bái · Năm 2019"
    let title = format!("{name} · {}", text::year_caption(*year, lang));
    for l in wrap(&title, em, true, w, 2) {
        y += em * 1.33;
        head.push((l, 0.0, y, Font::new(em, INK).bold(true)));
    }
    // The big value, and the distance left beside it or under it.
    let value_text = format_value(*v, data.decimals, &unit, lang);
    y += big * 1.15;
    let vw = width(&value_text, big, true);
    head.push((value_text, 0.0, y, Font::new(big, color).bold(true)));
    let status_font = Font::new(em, if p.reached { GOOD } else { INK }).bold(true);
    if vw + 14.0 + width(&p.status, em, true) <= w {
        head.push((p.status.clone(), vw + 14.0, y, status_font));
    } else {
        for l in wrap(&p.status, em, true, w, 2) {
            y += em * 1.33;
            head.push((l, 0.0, y, status_font));
        }
    }
    let target_label = p.target.as_ref().map(|(label, _)| {
        y += small * 1.6;
        (label.clone(), y)
    });
    let t0 = y + small * 0.7;
    let t1 = t0 + em * 1.2;
    let ends = t1 + small * 1.4;
    (
        Plan {
            head,
            track: (t0, t1),
            target_label,
            ends,
        },
        (ends + small * 0.5).ceil(),
    )
}

pub(crate) fn draw(c: &mut dyn Canvas, data: &ChartData, p: &Progress, sz: Sizes) {
    let lang = data.lang;
    let (pl, _) = plan(data, p, sz);
    let Sizes { w, small, .. } = sz;
    for (s, x, y, f) in &pl.head {
        c.text(s, *x, *y, f);
    }
    let Some((_, _, v)) = &p.latest else {
        return;
    };
    let unit = clean(&data.unit);
    let color = if p.reached { GOOD } else { PALETTE[0] };
    let (x0, x1) = (2.0, w - 2.0);
    let (ty0, ty1) = pl.track;
    c.rect(x0, ty0, x1, ty1, TRACK, 1.0);
    let xv = x0 + p.frac(*v) * (x1 - x0);
    c.rect(x0, ty0, xv, ty1, color, 1.0);
    if let (Some((_, t)), Some((label, ly))) = (&p.target, &pl.target_label) {
        let xt = x0 + p.frac(*t) * (x1 - x0);
        c.line(&[(xt, ty0 - 6.0), (xt, ty1 + 6.0)], WHITE, 6.0, None);
        c.line(&[(xt, ty0 - 6.0), (xt, ty1 + 6.0)], TARGET, 3.0, None);
        let lines = wrap(label, small, false, w, 1);
        let label = lines.first().cloned().unwrap_or_default();
        let lw = width(&label, small, false);
        let (lx, anchor) = if xt - lw / 2.0 < 0.0 {
            (0.0, Anchor::Start)
        } else if xt + lw / 2.0 > w {
            (w, Anchor::End)
        } else {
            (xt, Anchor::Middle)
        };
        c.text(&label, lx, *ly, &Font::new(small, TARGET).anchor(anchor));
    }
    let left = tick_label(p.left, p.end_decimals, &unit, lang);
    let right = tick_label(p.right, p.end_decimals, &unit, lang);
    c.text(&left, x0, pl.ends, &Font::new(small, MUTED));
    c.text(
        &right,
        x1,
        pl.ends,
        &Font::new(small, MUTED).anchor(Anchor::End),
    );
}
