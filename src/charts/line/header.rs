//! The line chart's header: the unit and, for an inverted axis, which way
//! is up; then the legend of the band of entities not drawn.

use super::super::ChartData;
use super::super::canvas::{Canvas, Font};
use super::super::draw::MUTED;
use super::super::text::{self, clean, wrap};
use super::layout::Domain;
use super::series::{BAND, BAND_ALPHA};
use super::{Layout, baseline_in, line_h};

/// At most this many lines of notes.
const NOTE_LINES: usize = 2;
/// The band's swatch: its width, and where its text starts (small sizes).
const SWATCH_W: f64 = 1.1;
const SWATCH_TEXT: f64 = 1.6;
/// The swatch's top above and bottom below the baseline (small sizes).
const SWATCH_ABOVE: f64 = 0.75;
const SWATCH_BELOW: f64 = 0.1;

impl Layout {
    /// Lays out the header; returns its height.
    pub(super) fn set_header(
        &mut self,
        data: &ChartData,
        d: &Domain,
        band: &[(i32, f64, f64)],
    ) -> f64 {
        let (lang, fr) = (data.lang, self.fr);
        let small = fr.small;
        let mut notes: Vec<String> = Vec::new();
        if !d.unit.is_empty() && d.unit != "%" && !data.rank {
            notes.push(text::unit_caption(&d.unit, lang));
        }
        if d.invert {
            notes.push(text::inverted_note(d.rank_like, lang).to_string());
        }
        let mut y = 0.0;
        if !notes.is_empty() {
            for s in wrap(&notes.join(" · "), small, false, fr.w, NOTE_LINES) {
                self.header.push((s, y + baseline_in(small)));
                y += line_h(small);
            }
        }
        if let Some(b) = data.band.as_ref().filter(|_| !band.is_empty()) {
            let note = text::band_note(b.of, &clean(&b.noun), lang);
            let s = wrap(&note, small, false, fr.w - small * SWATCH_TEXT, 1)
                .pop()
                .unwrap_or_default();
            self.band_legend = Some((s, y + baseline_in(small)));
            y += line_h(small);
        }
        y
    }
}

pub(super) fn draw(c: &mut dyn Canvas, l: &Layout) {
    let small = l.fr.small;
    for (s, y) in &l.header {
        c.text(s, 0.0, *y, &Font::new(small, MUTED));
    }
    if let Some((s, y)) = &l.band_legend {
        c.rect(
            0.0,
            y - small * SWATCH_ABOVE,
            small * SWATCH_W,
            y + small * SWATCH_BELOW,
            BAND,
            BAND_ALPHA,
        );
        c.text(s, small * SWATCH_TEXT, *y, &Font::new(small, MUTED));
    }
}
