//! One value: the number, large, with whose and which year it is, and the
//! target it is measured against. A line chart of a single point says
//! less than the number does.

use super::canvas::{Anchor, Canvas, Font};
use super::data::{ChartData, points};
use super::draw::{INK, MUTED, PALETTE, TARGET};
use super::text::{self, clean, width, wrap};

pub(crate) struct Layout {
    pub w: f64,
    pub h: f64,
    lines: Vec<(String, f64, Font)>,
}

impl Layout {
    pub(crate) fn new(data: &ChartData, w: f64, em: f64, small: f64, big: f64) -> Layout {
        let lang = data.lang;
        let series = data
            .highlight
            .as_deref()
            .and_then(|id| {
                data.series
                    .iter()
                    .find(|s| s.id == id && !points(s).is_empty())
            })
            .or_else(|| data.series.iter().find(|s| !points(s).is_empty()));
        let mut lines = Vec::new();
        let mut y = 0.0;
        let Some(s) = series else {
            lines.push((
                text::no_data(lang).to_string(),
                em * 1.5,
                Font::new(em, MUTED),
            ));
            return Layout {
                w,
                h: em * 2.5,
                lines,
            };
        };
        let (year, v) = points(s)[points(s).len() - 1];
        let head = format!("{} · {}", clean(&s.label), text::year_caption(year, lang));
        for l in wrap(&head, em, true, w, 2) {
            y += em * 1.33;
            lines.push((l, y, Font::new(em, INK).bold(true)));
        }
        let value = data.value_text(v);
        let big = if width(&value, big, true) > w {
            big * w / width(&value, big, true)
        } else {
            big
        };
        y += big * 1.2;
        lines.push((value, y, Font::new(big, PALETTE[0]).bold(true)));
        for t in &data.targets {
            for l in wrap(&clean(&t.label), small, false, w, 2) {
                y += small * 1.4;
                lines.push((l, y, Font::new(small, TARGET)));
            }
        }
        Layout {
            w,
            h: (y + small * 0.6).ceil(),
            lines,
        }
    }
}

pub(crate) fn draw(c: &mut dyn Canvas, l: &Layout) {
    for (s, y, f) in &l.lines {
        c.text(s, 0.0, *y, &f.anchor(Anchor::Start));
    }
}
