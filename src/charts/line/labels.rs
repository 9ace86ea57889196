//! The line chart's labels: each line's latest value and name at its last
//! real point, each target's text in the margin at its level. Labels are
//! measured, moved apart only as far as needed, and drawn last on a halo,
//! with a short leader to their point when they had to move.

use plotters::prelude::RGBColor;

use super::super::canvas::{Canvas, Font};
use super::super::data::{ChartData, TargetMark};
use super::super::draw::{self, INK, TARGET};
use super::super::place::{Item, place};
use super::super::text::{clean, width, wrap, wrap_name};
use super::frame::{Frame, MARKER, MIDDLE, baseline_in, gap, line_h};
use super::layout::{Drawn, Scale, level};

/// Between the pieces of a label's line, value and name (text sizes).
const PIECE_GAP: f64 = 0.3;
/// The margin takes at most this share of the width, and at least this
/// many em.
const MARGIN_SHARE: f64 = 0.36;
const MARGIN_MIN: f64 = 5.0;
/// The margin is at least this wide (em), and a label that wraps at
/// least this wide (em).
const LABEL_MIN: f64 = 2.0;
const WRAP_MIN: f64 = 3.0;
/// At most this many lines of a name or a target's text.
const MAX_LINES: usize = 3;
/// Labels may rise this far above the plot, into the header's bottom
/// margin, and sink this far (small sizes) below its base.
const ABOVE_PLOT: f64 = 2.0;
const BELOW_PLOT: f64 = 0.3;
/// A label that moved more than this gets a leader to its point.
const LEADER_AFTER: f64 = 2.0;
/// The leader's ends: past the marker, and before the text.
const LEADER_FROM: f64 = 1.5;
const LEADER_TO: f64 = 2.0;
const LEADER_TINT: f64 = 0.7;

/// One label block: lines of pieces (text, font) written one after the
/// other, placed by its top.
pub(super) struct Label {
    lines: Vec<Vec<(String, Font)>>,
    line_h: Vec<f64>,
    /// The text size of its lines.
    size: f64,
    pub x: f64,
    /// The point it labels (for a leader when it had to move).
    point: Option<(f64, f64, RGBColor)>,
    want_top: f64,
    top: f64,
}

impl Label {
    /// Lines of text of one `size`, their left edge at `x`.
    fn new(
        lines: Vec<Vec<(String, Font)>>,
        size: f64,
        x: f64,
        point: Option<(f64, f64, RGBColor)>,
    ) -> Label {
        let line_h = lines.iter().map(|_| line_h(size)).collect();
        Label {
            lines,
            line_h,
            size,
            x,
            point,
            want_top: 0.0,
            top: 0.0,
        }
    }
    /// Wants its first line's middle at `y`.
    fn at(mut self, y: f64) -> Label {
        self.want_top = y + self.size * MIDDLE - baseline_in(self.size);
        self.top = self.want_top;
        self
    }
    /// A target's label (it labels no point).
    pub fn is_target(&self) -> bool {
        self.point.is_none()
    }
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
                    .map(|(s, f)| width(s, f.size, f.bold) + f.size * PIECE_GAP * gaps.min(1.0))
                    .sum::<f64>()
            })
            .fold(0.0, f64::max)
    }
    fn item(&self) -> Item {
        Item {
            want: self.want_top + self.h() / 2.0,
            h: self.h(),
            x0: self.x,
            x1: self.x + self.w(),
        }
    }
}

/// The labels' texts, measured once for every try at a height.
pub(super) struct Texts {
    values: Vec<String>,
    names: Vec<String>,
    /// Width of each series' label on one line.
    one_line: Vec<f64>,
    targets: Vec<String>,
    /// The right margin the labels need.
    pub gutter: f64,
    fr: Frame,
}

impl Texts {
    pub fn new(data: &ChartData, series: &[Drawn], targets: &[&TargetMark], fr: Frame) -> Texts {
        let (em, small) = (fr.em, fr.small);
        let values: Vec<String> = series
            .iter()
            .map(|(_, _, p)| data.value_text(p[p.len() - 1].1))
            .collect();
        let names: Vec<String> = series.iter().map(|(s, _, _)| clean(&s.label)).collect();
        let one_line: Vec<f64> = (0..series.len())
            .map(|i| {
                let hl = series[i].1.highlight;
                width(&values[i], em, true) + em * PIECE_GAP + width(&names[i], em, hl)
            })
            .collect();
        let targets: Vec<String> = targets.iter().map(|t| clean(&t.label)).collect();
        let cap = (fr.w * MARGIN_SHARE).max(em * MARGIN_MIN);
        let widest = one_line
            .iter()
            .copied()
            .chain(targets.iter().map(|t| width(t, small, false)))
            .fold(em * LABEL_MIN, f64::max);
        Texts {
            values,
            names,
            one_line,
            targets,
            gutter: widest.min(cap),
            fr,
        }
    }

    /// Every label at its wanted place: the lines', then the targets'.
    pub fn labels(&self, series: &[Drawn], targets: &[&TargetMark], scale: &Scale) -> Vec<Label> {
        let mut labels: Vec<Label> = series
            .iter()
            .enumerate()
            .map(|(i, (_, look, p))| {
                let (year, v) = p[p.len() - 1];
                let (px, py) = (scale.x_of(year), scale.y_of(v));
                self.series_label(i, px, py, look.color, look.highlight)
            })
            .collect();
        let x = scale.pr - scale.inset + gap(self.fr.em);
        for (t, s) in targets.iter().zip(&self.targets) {
            if let Some(y) = level(t, scale) {
                labels.push(self.target_label(s, x, y));
            }
        }
        labels
    }

    /// Value and name on one line when they fit, else the name wrapped
    /// under the value.
    fn series_label(&self, i: usize, px: f64, py: f64, color: RGBColor, hl: bool) -> Label {
        let (em, fr) = (self.fr.em, self.fr);
        let value_font = Font::new(em, color).bold(true).halo();
        let name_font = Font::new(em, INK).bold(hl).halo();
        let x = px + gap(em);
        let room = (fr.w - x).max(em * WRAP_MIN);
        let (value, name) = (&self.values[i], &self.names[i]);
        let lines: Vec<Vec<(String, Font)>> = if self.one_line[i] <= room {
            vec![vec![(value.clone(), value_font), (name.clone(), name_font)]]
        } else {
            let mut v = vec![vec![(value.clone(), value_font)]];
            for s in wrap_name(name, em, hl, room, MAX_LINES) {
                v.push(vec![(s, name_font)]);
            }
            v
        };
        Label::new(lines, em, x, Some((px, py, color))).at(py)
    }

    /// A target's text, wrapped to the margin.
    fn target_label(&self, s: &str, x: f64, y: f64) -> Label {
        let small = self.fr.small;
        let f = Font::new(small, TARGET).halo();
        let lines: Vec<Vec<(String, Font)>> = wrap(s, small, false, self.fr.w - x, MAX_LINES)
            .into_iter()
            .map(|s| vec![(s, f)])
            .collect();
        Label::new(lines, small, x, None).at(y)
    }
}

/// Where labels may go: the plot's height and a little above it, not the
/// header or the years under the axis.
pub(super) fn room(header_h: f64, scale: &Scale, fr: Frame) -> (f64, f64) {
    (header_h + ABOVE_PLOT, scale.pb + fr.small * BELOW_PLOT)
}

/// The height the labels need: the tallest stack of labels that share
/// horizontal space.
pub(super) fn need(labels: &[Label]) -> f64 {
    let items: Vec<Item> = labels.iter().map(Label::item).collect();
    let mut best: f64 = 0.0;
    for a in &items {
        let h: f64 = items
            .iter()
            .filter(|b| b.x0 < a.x1 && a.x0 < b.x1)
            .map(|b| b.h)
            .sum();
        best = best.max(h);
    }
    best
}

/// Moves the labels apart within `[top, bottom]`.
pub(super) fn place_all(labels: &mut [Label], top: f64, bottom: f64) {
    let items: Vec<Item> = labels.iter().map(Label::item).collect();
    for (lb, t) in labels.iter_mut().zip(place(&items, top, bottom)) {
        lb.top = t;
    }
}

/// Every label, each with a short leader if it moved.
pub(super) fn draw(c: &mut dyn Canvas, labels: &[Label], em: f64) {
    let msize = em * MARKER;
    for lb in labels {
        let size0 = lb.lines[0][0].1.size;
        let first_mid = lb.top + baseline_in(size0) - size0 * MIDDLE;
        if let Some((px, py, color)) = lb.point
            && (first_mid - py).abs() > LEADER_AFTER
        {
            c.line(
                &[
                    (px + msize + LEADER_FROM, py),
                    (lb.x - LEADER_TO, first_mid),
                ],
                draw::tint(color, LEADER_TINT),
                1.0,
                None,
            );
        }
        let mut top = lb.top;
        for (pieces, h) in lb.lines.iter().zip(&lb.line_h) {
            let mut x = lb.x;
            for (s, f) in pieces {
                c.text(s, x, top + baseline_in(f.size), f);
                x += width(s, f.size, f.bold) + f.size * PIECE_GAP;
            }
            top += h;
        }
    }
}
