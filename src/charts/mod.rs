//! Charts of indicator series as accessible, responsive SVG (line, ranked,
//! one value, progress), sparklines, and a PNG social card drawn with
//! plotters.
//!
//! Every SVG is `<svg viewBox=… width="100%" role="img">` with a `<title>`
//! (the chart's accessible name) and a `<desc>` that reads the numbers out.
//! Each chart comes in two layouts, wide (640 units) and narrow (340 units,
//! for phones), whose text is at least 13 units; the theme's CSS shows the
//! one that fits, so text is never scaled below about 12 px. Series are
//! told apart by line style, marker shape and a direct label, not by colour
//! alone; numbers are formatted per language by `crate::locale`. Output is
//! byte-for-byte deterministic.

mod canvas;
mod card;
mod data;
mod draw;
mod line;
mod look;
pub mod names;
pub mod place;
mod progress;
mod ranked;
mod spark;
mod stat;
mod text;

use plotters::prelude::*;

pub use canvas::Rect;
pub use card::card_png;
pub use data::{Band, ChartData, Series, TargetMark};
pub use line::MAX_SERIES;
pub use spark::sparkline_svg;
pub use text::{init_fonts, median_label, text_width};

use canvas::{Canvas, Plot, Svg, TEXT_FILL};
use text::{FONT_STACK, clean};

/// The two layouts of every chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Width {
    /// 640 units: tablets and desktops (shown at most 640 px wide).
    Wide,
    /// 340 units: phones.
    Narrow,
}

impl Width {
    pub fn as_str(&self) -> &'static str {
        match self {
            Width::Wide => "wide",
            Width::Narrow => "narrow",
        }
    }
    /// Width, text size, small text size.
    fn sizes(&self) -> (f64, f64, f64) {
        match self {
            Width::Wide => (640.0, 15.0, 13.0),
            Width::Narrow => (340.0, 14.0, 13.0),
        }
    }
}

/// A drawn chart: the SVG and the box of every text in it.
pub struct Drawn {
    pub svg: String,
    pub boxes: Vec<(String, Rect)>,
    pub height: f64,
}

fn line_frame(width: Width) -> line::Frame {
    let (w, em, small) = width.sizes();
    line::Frame {
        w,
        h: if width == Width::Wide { 340.0 } else { 300.0 },
        em,
        small,
    }
}

/// Values over time, one line per series; targets as dashed lines or bands.
pub fn line_svg(data: &ChartData, width: Width) -> String {
    line_drawn(data, width).svg
}

pub fn line_drawn(data: &ChartData, width: Width) -> Drawn {
    let l = line::Layout::new(data, line_frame(width));
    document("line", data, width, (l.w, l.h), line::describe(data), |c| {
        line::draw(c, &l)
    })
}

/// One row per entity for `year`, best first, the highlighted one tinted
/// and bold; targets as rules. Height grows with the entities.
pub fn ranked_svg(data: &ChartData, year: i32, width: Width) -> String {
    ranked_drawn(data, year, width).svg
}

pub fn ranked_drawn(data: &ChartData, year: i32, width: Width) -> Drawn {
    let (w, _, small) = width.sizes();
    let l = ranked::Layout::new(data, year, w, small);
    document(
        "bar",
        data,
        width,
        (l.w, l.h),
        ranked::describe(data, &l),
        |c| ranked::draw(c, data, &l),
    )
}

/// One value, large, with its year and target.
pub fn stat_svg(data: &ChartData, width: Width) -> String {
    stat_drawn(data, width).svg
}

pub fn stat_drawn(data: &ChartData, width: Width) -> Drawn {
    let (w, em, small) = width.sizes();
    let l = stat::Layout::new(
        data,
        w,
        em,
        small,
        if width == Width::Wide { 34.0 } else { 30.0 },
    );
    document("stat", data, width, (l.w, l.h), line::describe(data), |c| {
        stat::draw(c, &l)
    })
}

/// The latest value of the highlighted (or first) series against the first
/// target with a value, with the distance left written out.
pub fn progress_svg(data: &ChartData, width: Width) -> String {
    progress_drawn(data, width).svg
}

pub fn progress_drawn(data: &ChartData, width: Width) -> Drawn {
    let p = progress::Progress::new(data);
    let (w, em, small) = width.sizes();
    let sz = progress::Sizes {
        w,
        em,
        small,
        big: if width == Width::Wide { 34.0 } else { 30.0 },
    };
    let h = progress::height(data, &p, sz);
    document("progress", data, width, (w, h), p.describe(data), |c| {
        progress::draw(c, data, &p, sz)
    })
}

/// Both layouts of a chart, wide first: the theme's CSS shows one.
pub fn responsive(draw: impl Fn(Width) -> String) -> String {
    let mut s = draw(Width::Wide);
    s.push('\n');
    s.push_str(&draw(Width::Narrow));
    s
}

/// The same line chart as [`line_svg`], as plotters' SVG backend draws it,
/// without the accessible wrapping: what the chart benchmark compares the
/// whole chart stage with.
pub fn line_svg_plotters_only(data: &ChartData, width: Width) -> String {
    let l = line::Layout::new(data, line_frame(width));
    plotters_svg((l.w, l.h), |c| line::draw(c, &l))
}

/// The same ranking as [`ranked_svg`], as plotters' SVG backend draws it.
pub fn ranked_svg_plotters_only(data: &ChartData, year: i32, width: Width) -> String {
    let (w, _, small) = width.sizes();
    let l = ranked::Layout::new(data, year, w, small);
    plotters_svg((l.w, l.h), |c| ranked::draw(c, data, &l))
}

fn plotters_svg((w, h): (f64, f64), paint: impl FnOnce(&mut dyn Canvas)) -> String {
    init_fonts();
    let mut raw = String::with_capacity(16 * 1024);
    {
        let root = SVGBackend::with_string(&mut raw, (w as u32, h as u32)).into_drawing_area();
        let _ = root.fill(&WHITE);
        paint(&mut Plot {
            area: &root,
            svg: true,
        });
        let _ = root.present();
    }
    raw
}

/// Writes the accessible, responsive `<svg>` around what `paint` draws.
fn document(
    kind: &str,
    data: &ChartData,
    width: Width,
    (w, h): (f64, f64),
    desc: String,
    paint: impl FnOnce(&mut dyn Canvas),
) -> Drawn {
    let (_, _, small) = width.sizes();
    let mut c = Svg::new(small);
    paint(&mut c);
    let [title_id, desc_id] = written_ids(kind, &data.title, width);
    let lang = data.lang;
    let mut out = String::with_capacity(c.out.len() + 1024);
    out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
    canvas::num(&mut out, w);
    out.push(' ');
    canvas::num(&mut out, h);
    out.push_str(&format!(
        "\" width=\"100%\" role=\"img\" aria-labelledby=\"{title_id}\" aria-describedby=\"{desc_id}\" lang=\"{lang}\" \
         class=\"baocao-chart baocao-chart-{kind} chart-{width}\" font-family=\"{FONT_STACK}\" font-size=\"{small}\" \
         fill=\"#{r:02x}{g:02x}{b:02x}\" stroke-linejoin=\"round\">\n",
        lang = lang.code(),
        width = width.as_str(),
        r = TEXT_FILL.0,
        g = TEXT_FILL.1,
        b = TEXT_FILL.2,
    ));
    out.push_str(&format!(
        "<title id=\"{title_id}\">{}</title>\n",
        escape(&clean(&data.title))
    ));
    out.push_str(&format!(
        "<desc id=\"{desc_id}\">{}</desc>\n",
        escape(&clean(&desc))
    ));
    out.push_str(
        "<style>.bc-h{stroke:#fff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke}</style>\n",
    );
    out.push_str(&c.out);
    out.push_str("</svg>");
    Drawn {
        svg: out,
        boxes: c.boxes,
        height: h,
    }
}

/// Every id a chart of `kind` (`line`, `bar` for a ranking, `stat`,
/// `progress`) titled `title` writes into a page, in both layouts: its
/// `<title>`'s and its `<desc>`'s, which its `<svg>` names. `check` knows
/// from it the anchors of a page that shows the chart.
pub fn ids(kind: &str, title: &str) -> Vec<String> {
    [Width::Wide, Width::Narrow]
        .into_iter()
        .flat_map(|w| written_ids(kind, title, w))
        .collect()
}

/// The ids of a chart's `<title>` and `<desc>` in one layout.
fn written_ids(kind: &str, title: &str, width: Width) -> [String; 2] {
    let id = format!(
        "chart-{kind}-{}-{:016x}",
        width.as_str(),
        id_hash(&[kind, title])
    );
    [format!("{id}-title"), format!("{id}-desc")]
}

pub(crate) use crate::web::escape;

/// The hash in a chart's ids: xxh3 (64 bits) of its parts, each after a
/// 0xFF byte (which UTF-8 text never holds), so ("ab", "c") and ("a", "bc")
/// differ. The same on every run and platform: ids must not change.
fn id_hash(parts: &[&str]) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for p in parts {
        h.update(&[0xff]);
        h.update(p.as_bytes());
    }
    h.digest()
}

#[cfg(test)]
mod tests;
