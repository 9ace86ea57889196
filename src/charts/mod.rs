//! Charts of indicator series as accessible, responsive SVG (line, bar,
//! progress) and a PNG social card, drawn with plotters.
//!
//! Every SVG is `<svg viewBox=… width="100%" role="img">` with a `<title>`
//! (the chart's accessible name) and a `<desc>` that reads the numbers out.
//! Series are told apart by line style, marker shape and a direct label, not
//! by colour alone; numbers are formatted per language by `crate::locale`.
//! Output is byte-for-byte deterministic.

mod bar;
mod card;
mod draw;
mod line;
mod progress;
mod text;

use plotters::prelude::*;

use crate::config::Language;

pub use card::card_png;
pub use text::{init_fonts, text_width};

use draw::{Area, Ctx};
use text::{FONT_STACK, clean};

/// One chart's data.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// Accessible name, e.g. "SIPAS – Yên Bái, 2017–2019".
    pub title: String,
    /// "%", "điểm", "bậc"…
    pub unit: String,
    pub decimals: u8,
    /// Ranks: the best (smallest) value is drawn at the top.
    pub lower_is_better: bool,
    pub lang: Language,
    /// Line: one per entity; bar: one point per entity for the chosen year.
    pub series: Vec<Series>,
    pub targets: Vec<TargetMark>,
    /// Entity id drawn emphasised (the site's region).
    pub highlight: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: String,
    pub label: String,
    /// Sorted by year.
    pub points: Vec<(i32, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TargetMark {
    pub year: i32,
    /// Already-localised condition text like "Mục tiêu 2020: trên 92%".
    pub label: String,
    /// Threshold line.
    pub value: Option<f64>,
    /// Range.
    pub band: Option<(f64, f64)>,
}

/// The size and type sizes of a line chart in SVG.
fn line_frame() -> ((u32, u32), line::Frame) {
    let (w, h) = (line::W, line::H);
    (
        (w, h),
        line::Frame {
            w: w as f64,
            h: h as f64,
            em: 19.0,
            small: 17.0,
        },
    )
}

/// Values over time, one line per series; targets as dashed lines or bands.
pub fn line_svg(data: &ChartData) -> String {
    let ((w, h), frame) = line_frame();
    svg_document(
        "line",
        &data.title,
        data,
        (w, h),
        line::describe(data),
        |area| line::draw(area, Ctx { svg: true }, data, &frame),
    )
}

/// Horizontal bars for `year`, best first; the highlighted entity hatched,
/// outlined and in bold; targets as rules. Height grows with the entities.
pub fn bar_svg(data: &ChartData, year: i32) -> String {
    let layout = bar::Layout::new(data, year);
    let key = format!("{}\u{0}{year}", data.title);
    svg_document(
        "bar",
        &key,
        data,
        (layout.w, layout.h),
        bar::describe(data, &layout),
        |area| bar::draw(area, Ctx { svg: true }, data, &layout),
    )
}

/// The latest value of the highlighted (or first) series against the first
/// target with a value, with the distance left written out.
pub fn progress_svg(data: &ChartData) -> String {
    let p = progress::Progress::new(data);
    svg_document(
        "progress",
        &data.title,
        data,
        (progress::W, progress::H),
        p.describe(data),
        |area| progress::draw(area, Ctx { svg: true }, data, &p),
    )
}

/// The same line chart as [`line_svg`], as plotters' SVG backend writes it,
/// without the accessible, responsive wrapping: what the chart benchmark
/// compares the whole chart stage with.
pub fn line_svg_plotters_only(data: &ChartData) -> String {
    init_fonts();
    let ((w, h), frame) = line_frame();
    let mut raw = String::with_capacity(16 * 1024);
    {
        let root = SVGBackend::with_string(&mut raw, (w, h)).into_drawing_area();
        let _ = root.fill(&WHITE);
        line::draw(&root, Ctx { svg: true }, data, &frame);
        let _ = root.present();
    }
    raw
}

/// Renders with plotters' SVG backend and turns the result into an
/// accessible, responsive SVG element.
fn svg_document(
    kind: &str,
    key: &str,
    data: &ChartData,
    (w, h): (u32, u32),
    desc: String,
    paint: impl FnOnce(&Area<SVGBackend>),
) -> String {
    init_fonts();
    let mut raw = String::with_capacity(16 * 1024);
    {
        let root = SVGBackend::with_string(&mut raw, (w, h)).into_drawing_area();
        let _ = root.fill(&WHITE);
        paint(&root);
        let _ = root.present();
    }
    let id = format!("chart-{kind}-{:016x}", fnv1a(&[kind, key]));
    finish_svg(
        &raw,
        kind,
        &id,
        (w, h),
        &clean(&data.title),
        &desc,
        data.lang,
    )
}

/// Replaces plotters' fixed-size `<svg>` tag by a responsive one with
/// `role="img"`, `<title>` and `<desc>`, and tidies attributes.
fn finish_svg(
    raw: &str,
    kind: &str,
    id: &str,
    (w, h): (u32, u32),
    title: &str,
    desc: &str,
    lang: Language,
) -> String {
    let body = match (raw.find("<svg"), raw.find('>')) {
        (Some(0), Some(end)) => &raw[end + 1..],
        _ => raw,
    };
    let mut out = String::with_capacity(raw.len() + 512);
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" \
         aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" lang=\"{lang}\" \
         class=\"baocao-chart baocao-chart-{kind}\" font-family=\"{FONT_STACK}\" stroke-linejoin=\"round\">\n",
        lang = lang.code()
    ));
    out.push_str(&format!(
        "<title id=\"{id}-title\">{}</title>\n",
        escape(title)
    ));
    out.push_str(&format!(
        "<desc id=\"{id}-desc\">{}</desc>",
        escape(&clean(desc))
    ));
    let body = body
        .replace(" font-family=\"sans-serif\"", "")
        .replace(" opacity=\"1\"", "");
    out.push_str(&round_font_sizes(&body));
    out
}

/// plotters writes `font-size="{size / 1.24}"`, e.g. `18.999999999999996`.
fn round_font_sizes(s: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(KEY) {
        let start = i + KEY.len();
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find('"').unwrap_or(rest.len());
        match rest[..end].parse::<f64>() {
            Ok(v) => out.push_str(&format!("{}", (v * 100.0).round() / 100.0)),
            Err(_) => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// XML text/attribute escaping.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// FNV-1a, 64 bits: stable across runs and platforms (ids must not change).
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0xff;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in p.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// How a series is drawn: style index into the palette, dashes and markers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Look {
    pub color: RGBColor,
    pub dash: Option<(f64, f64)>,
    pub marker: draw::Marker,
    pub highlight: bool,
}

/// Series with their looks, in drawing order (the highlighted one last, on
/// top). The highlighted series gets the first style; the others follow in
/// input order.
pub(crate) fn styled(data: &ChartData) -> Vec<(&Series, Look)> {
    let hl = data
        .highlight
        .as_deref()
        .and_then(|id| data.series.iter().position(|s| s.id == id));
    let mut out = Vec::with_capacity(data.series.len());
    let mut next = if hl.is_some() { 1 } else { 0 };
    let mut top = None;
    for (i, s) in data.series.iter().enumerate() {
        let k = if Some(i) == hl {
            0
        } else {
            next += 1;
            next - 1
        };
        let look = Look {
            color: draw::PALETTE[k % draw::PALETTE.len()],
            dash: draw::DASHES[k % draw::DASHES.len()],
            marker: draw::MARKERS[k % draw::MARKERS.len()],
            highlight: Some(i) == hl,
        };
        if Some(i) == hl {
            top = Some((s, look));
        } else {
            out.push((s, look));
        }
    }
    out.extend(top);
    out
}

/// Finite points of a series.
pub(crate) fn points(s: &Series) -> Vec<(i32, f64)> {
    s.points
        .iter()
        .copied()
        .filter(|(_, v)| v.is_finite())
        .collect()
}

/// Value suffix for axis ticks: only "%" sits on the numbers.
pub(crate) fn tick_label(v: f64, decimals: u8, unit: &str, lang: Language) -> String {
    let n = crate::locale::format_number(v, decimals, lang);
    if unit == "%" { format!("{n}%") } else { n }
}

#[cfg(test)]
mod tests;
