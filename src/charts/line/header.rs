//! The line chart's header: the unit and, for an inverted axis, which way
//! is up; then the legend of the band of entities not drawn.

use super::super::canvas::{Canvas, Font};
use super::super::data::ChartData;
use super::super::draw::MUTED;
use super::super::text::{self, clean, wrap};
use super::frame::{Frame, baseline_in, line_h};
use super::layout::Domain;
use super::series::{BAND, BAND_ALPHA};

/// At most this many lines of notes.
const NOTE_LINES: usize = 2;
/// The band's swatch: its width, and where its text starts (small sizes).
const SWATCH_W: f64 = 1.1;
const SWATCH_TEXT: f64 = 1.6;
/// The swatch's top above and bottom below the baseline (small sizes).
const SWATCH_ABOVE: f64 = 0.75;
const SWATCH_BELOW: f64 = 0.1;

/// The header's lines of notes and the band's legend, each with its
/// baseline, and the height they take.
#[derive(Default)]
pub(super) struct Header {
    lines: Vec<(String, f64)>,
    band_legend: Option<(String, f64)>,
    pub h: f64,
}

impl Header {
    /// Lays out the header.
    pub(super) fn new(data: &ChartData, d: &Domain, band: &[(i32, f64, f64)], fr: Frame) -> Header {
        let lang = data.lang;
        let mut lines = Vec::new();
        let mut band_legend = None;
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
                lines.push((s, y + baseline_in(small)));
                y += line_h(small);
            }
        }
        if let Some(b) = data.band.as_ref().filter(|_| !band.is_empty()) {
            let note = text::band_note(b.of, &clean(&b.noun), lang);
            let s = wrap(&note, small, false, fr.w - small * SWATCH_TEXT, 1)
                .pop()
                .unwrap_or_default();
            band_legend = Some((s, y + baseline_in(small)));
            y += line_h(small);
        }
        Header {
            lines,
            band_legend,
            h: y,
        }
    }
}

pub(super) fn draw(c: &mut dyn Canvas, h: &Header, small: f64) {
    for (s, y) in &h.lines {
        c.text(s, 0.0, *y, &Font::new(small, MUTED));
    }
    if let Some((s, y)) = &h.band_legend {
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
