//! Line chart: one line per series over whole years (at most six), a faint
//! band for the entities not drawn, targets as dashed lines or shaded
//! bands. Each line is labelled at its last real point with its latest
//! value and name; targets are labelled in the margin at their level.
//! Labels are measured and moved apart only as far as needed.
//!
//! Steps: domains (`layout`) → header (`header`) → label texts and the
//! margin they need (`labels`) → plot box (`layout`) → label places, grown
//! taller when they need it (`labels`) → axes (`axes`), band and lines
//! (`series`), targets (`targets`) → draw, in the same order, labels last.

mod axes;
mod frame;
mod header;
mod labels;
mod layout;
mod series;
mod targets;

use super::canvas::{Anchor, Canvas, Font};
use super::data::{ChartData, points};
use super::draw::MUTED;
use super::text;
pub(crate) use frame::Frame;

/// At most this many lines in one chart.
pub const MAX_SERIES: usize = 6;

/// How many times the plot may be made taller for its labels.
const TRIES: usize = 3;
/// The chart may grow to this many times its frame's height for labels.
const MAX_GROWTH: f64 = 3.0;
/// A chart with no data is this share of the frame's height.
const EMPTY_HEIGHT: f64 = 0.5;

pub(crate) struct Layout {
    pub w: f64,
    pub h: f64,
    message: Option<(String, f64)>,
    header: header::Header,
    axes: axes::Axes,
    plot: (f64, f64, f64, f64),
    band: Vec<(f64, f64, f64)>,
    targets: Vec<targets::Target>,
    lines: Vec<series::Line>,
    labels: Vec<labels::Label>,
    fr: Frame,
}

impl Layout {
    pub(crate) fn new(data: &ChartData, fr: Frame) -> Layout {
        let mut l = Layout::empty(fr);
        let series = series::drawn(data);
        if series.is_empty() {
            l.h = (fr.h * EMPTY_HEIGHT).round();
            l.message = Some((text::no_data(data.lang).to_string(), l.h / 2.0));
            return l;
        }
        let band = series::band_years(data);
        let targets = targets::drawn(data);
        let domain = layout::Domain::new(data, &series, &band, &targets);
        l.header = header::Header::new(data, &domain, &band, fr);
        let header_h = l.header.h;
        let texts = labels::Texts::new(data, &series, &targets, fr);
        let mut h = fr.h;
        for _ in 0..TRIES {
            let scale = layout::Scale::new(data, &domain, fr, header_h, texts.gutter, h);
            let mut labels = texts.labels(&series, &targets, &scale);
            let (top, bottom) = labels::room(header_h, &scale, fr);
            let need = labels::need(&labels);
            if need > bottom - top + 0.5 && h < fr.h * MAX_GROWTH {
                h += need - (bottom - top) + 1.0;
                continue;
            }
            labels::place_all(&mut labels, top, bottom);
            l.axes = axes::Axes::new(data, &domain, &scale, fr.small);
            l.band = series::band_points(&band, &scale);
            l.targets = targets::points(&targets, &domain, &scale);
            l.lines = series::lines(&series, &scale);
            l.labels = labels;
            l.plot = (scale.pl, scale.pr, scale.pt, scale.pb);
            l.h = h.ceil();
            return l;
        }
        l.h = h.ceil();
        l
    }

    /// A layout with nothing in it yet.
    fn empty(fr: Frame) -> Layout {
        Layout {
            w: fr.w,
            h: fr.h,
            message: None,
            header: header::Header::default(),
            axes: axes::Axes::default(),
            plot: (0.0, 0.0, 0.0, 0.0),
            band: Vec::new(),
            targets: Vec::new(),
            lines: Vec::new(),
            labels: Vec::new(),
            fr,
        }
    }
}

pub(crate) fn draw(c: &mut dyn Canvas, l: &Layout) {
    if let Some((m, y)) = &l.message {
        c.text(
            m,
            l.w / 2.0,
            *y,
            &Font::new(l.fr.em, MUTED).anchor(Anchor::Middle),
        );
        return;
    }
    let fr = l.fr;
    header::draw(c, &l.header, fr.small);
    axes::draw(c, &l.axes, l.plot, fr.small);
    // The band of the entities not drawn, then targets under the data.
    series::draw_band(c, &l.band, fr.em);
    targets::draw(c, &l.targets, &l.labels, l.plot, fr.em);
    series::draw(c, &l.lines, fr.em);
    // Labels last, over everything.
    labels::draw(c, &l.labels, fr.em);
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
