//! The embedded fonts, text measurement and the few words the charts write
//! themselves (vi/en).
//!
//! Charts are measured with the fonts the theme ships as web fonts
//! (`themes/default/static/fonts/`, family "Baocao Sans"), regular and
//! bold, so a width measured here is the width the browser draws.

use std::sync::{Once, OnceLock};

use ab_glyph::{Font, FontRef};
use plotters::style::FontStyle;
use rustc_hash::FxHashMap;

use crate::config::Language;
use crate::locale::format_number;

/// Noto Sans Regular, subset to Latin + Vietnamese (SIL OFL 1.1, see
/// `themes/default/fonts/OFL.txt`).
pub(crate) static FONT_BYTES: &[u8] =
    include_bytes!("../../themes/default/fonts/NotoSans-Regular-vi.ttf");
/// Noto Sans Bold, the same subset.
pub(crate) static BOLD_BYTES: &[u8] =
    include_bytes!("../../themes/default/fonts/NotoSans-Bold-vi.ttf");

/// The family name the charts ask plotters for (PNG card).
pub(crate) const FAMILY: &str = "sans-serif";

/// What the SVG asks the browser for: the theme's web font first (the one
/// measured here), then look-alikes.
pub(crate) const FONT_STACK: &str = "'Baocao Sans', 'Noto Sans', Arial, sans-serif";

/// Per-character metrics of one face, in font units.
struct Metrics {
    upem: f64,
    /// Advance, top and bottom of the ink (y up).
    chars: FxHashMap<char, (f32, f32, f32)>,
    /// For characters the subset lacks (the browser falls back to another
    /// font): the advance of `0`.
    fallback: f32,
}

fn build(bytes: &'static [u8]) -> Metrics {
    let f = FontRef::try_from_slice(bytes).expect("the embedded font is valid");
    let upem = f.units_per_em().unwrap_or(1000.0) as f64;
    let mut chars = FxHashMap::default();
    for (id, c) in f.codepoint_ids() {
        let adv = f.h_advance_unscaled(id);
        // ab_glyph's outline bounds: `min.y` is the top of the ink and
        // `max.y` its bottom, both in font units, y up.
        let (top, bottom) = match f.outline(id) {
            Some(o) => (
                o.bounds.min.y.max(o.bounds.max.y),
                o.bounds.min.y.min(o.bounds.max.y),
            ),
            None => (0.0, 0.0),
        };
        chars.insert(c, (adv, top, bottom));
    }
    let fallback = chars.get(&'0').map(|m| m.0).unwrap_or(upem as f32 * 0.6);
    Metrics {
        upem: if upem > 0.0 { upem } else { 1000.0 },
        chars,
        fallback,
    }
}

fn metrics(bold: bool) -> &'static Metrics {
    static REGULAR: OnceLock<Metrics> = OnceLock::new();
    static BOLD: OnceLock<Metrics> = OnceLock::new();
    if bold {
        BOLD.get_or_init(|| build(BOLD_BYTES))
    } else {
        REGULAR.get_or_init(|| build(FONT_BYTES))
    }
}

/// The parsed regular font.
pub(crate) fn font() -> &'static FontRef<'static> {
    static FONT: OnceLock<FontRef<'static>> = OnceLock::new();
    FONT.get_or_init(|| FontRef::try_from_slice(FONT_BYTES).expect("the embedded font is valid"))
}

/// Registers the embedded fonts with plotters as `sans-serif` (idempotent).
pub fn init_fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Cannot fail for the embedded fonts; if it did, the SVG charts
        // would still draw, only PNG text would be missing.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT_BYTES);
        let _ = plotters::style::register_font(FAMILY, FontStyle::Bold, BOLD_BYTES);
    });
}

/// The font's line height (ascent − descent) per em: what ab_glyph's pixel
/// scale means, so plotters' bitmap text of size `em * height_per_em()` has
/// an em of `em` pixels.
pub(crate) fn height_per_em() -> f64 {
    let f = font();
    f.height_unscaled() as f64 / metrics(false).upem
}

/// Advance width of `s` in pixels at a font size (em) of `size` pixels.
pub fn text_width(s: &str, size: f64) -> f64 {
    width(s, size, false)
}

/// Advance width of `s`, regular or bold (the bold face is measured too).
pub(crate) fn width(s: &str, size: f64, bold: bool) -> f64 {
    let m = metrics(bold);
    let units: f64 = s
        .chars()
        .map(|c| m.chars.get(&c).map_or(m.fallback, |x| x.0) as f64)
        .sum();
    units * size / m.upem
}

/// How far the ink of `s` reaches above and below its baseline (both ≥ 0),
/// at least as far as a digit and a descender would.
pub(crate) fn extent(s: &str, size: f64, bold: bool) -> (f64, f64) {
    let m = metrics(bold);
    let (mut top, mut bottom) = (0.72 * m.upem as f32, -0.06 * m.upem as f32);
    for c in s.chars() {
        let (t, b) = m
            .chars
            .get(&c)
            .map_or((m.upem as f32 * 0.9, m.upem as f32 * -0.25), |x| (x.1, x.2));
        top = top.max(t);
        bottom = bottom.min(b);
    }
    let k = size / m.upem;
    (top as f64 * k, -bottom as f64 * k)
}

/// `s` cut with an ellipsis so that it fits in `max` pixels.
pub(crate) fn truncate(s: &str, size: f64, bold: bool, max: f64) -> String {
    if width(s, size, bold) <= max {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut n = chars.len();
    while n > 0 {
        n -= 1;
        let cut: String = chars[..n].iter().collect::<String>().trim_end().to_string();
        let candidate = format!("{cut}…");
        if width(&candidate, size, bold) <= max {
            return candidate;
        }
    }
    "…".to_string()
}

/// `s` broken at spaces into at most `max_lines` lines of at most `max`
/// pixels. Only a word longer than a whole line, or text left over after
/// the last line, is cut (with an ellipsis).
pub(crate) fn wrap(s: &str, size: f64, bold: bool, max: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let candidate = if current.is_empty() {
            w.to_string()
        } else {
            format!("{current} {w}")
        };
        if width(&candidate, size, bold) <= max || current.is_empty() {
            current = candidate;
            i += 1;
        } else {
            lines.push(std::mem::take(&mut current));
            if lines.len() == max_lines {
                break;
            }
        }
    }
    if lines.len() < max_lines && !current.is_empty() {
        lines.push(current);
        current = String::new();
    }
    let left_over = i < words.len() || !current.is_empty();
    let n = lines.len();
    for (k, line) in lines.iter_mut().enumerate() {
        let text = if left_over && k + 1 == n {
            format!("{line}…")
        } else {
            line.clone()
        };
        *line = truncate(&text, size, bold, max);
    }
    lines
}

/// A name broken into at most `max_lines` lines of at most `max` pixels.
/// Names tell entities apart by their end ("… tỉnh Bắc Kạn"), so when the
/// name does not fit, words are left out after its first two, never at its
/// end: "Văn phòng … tỉnh Bắc Kạn".
pub(crate) fn wrap_name(s: &str, size: f64, bold: bool, max: f64, max_lines: usize) -> Vec<String> {
    let fits = |lines: &[String], text: &str| {
        !lines
            .iter()
            .any(|l| l.ends_with('…') && !text.ends_with('…'))
            && lines.iter().all(|l| width(l, size, bold) <= max + 0.01)
    };
    let lines = wrap(s, size, bold, max, max_lines);
    if fits(&lines, s) {
        return lines;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let keep = 2.min(words.len().saturating_sub(1));
    for drop in 1..words.len().saturating_sub(keep) {
        let mut cand: Vec<&str> = words[..keep].to_vec();
        cand.push("…");
        cand.extend(&words[keep + drop..]);
        let text = cand.join(" ");
        let lines = wrap(&text, size, bold, max, max_lines);
        if fits(&lines, &text) && lines.iter().all(|l| !l.ends_with("……")) {
            return lines;
        }
    }
    lines
}

/// Drops characters XML 1.0 cannot carry (controls) and folds line breaks and
/// tabs into spaces. Escaping of `& < > " '` is done by the SVG writer.
pub(crate) fn clean(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            '\u{FFFE}' | '\u{FFFF}' => None,
            c => Some(c),
        })
        .collect()
}

// ---------------------------------------------------------------- wording

pub(crate) fn no_data(lang: Language) -> &'static str {
    match lang {
        Language::Vi => "Chưa có số liệu",
        Language::En => "No data yet",
    }
}

/// A year declared without a value, in a chart's description.
pub(crate) fn no_value(lang: Language) -> &'static str {
    match lang {
        Language::Vi => "không có giá trị (không xếp hạng hoặc không công bố)",
        Language::En => "no value (not ranked or not published)",
    }
}

pub(crate) fn no_target(lang: Language) -> &'static str {
    match lang {
        Language::Vi => "Chưa có mục tiêu",
        Language::En => "No target set",
    }
}

pub(crate) fn unit_caption(unit: &str, lang: Language) -> String {
    match lang {
        Language::Vi => format!("Đơn vị: {unit}"),
        Language::En => format!("Unit: {unit}"),
    }
}

pub(crate) fn year_caption(year: i32, lang: Language) -> String {
    match lang {
        Language::Vi => format!("Năm {year}"),
        Language::En => format!("Year {year}"),
    }
}

/// Note under an inverted y axis.
pub(crate) fn inverted_note(rank_like: bool, lang: Language) -> &'static str {
    match (rank_like, lang) {
        (true, Language::Vi) => "Hạng 1 ở trên cùng",
        (true, Language::En) => "Rank 1 at the top",
        (false, Language::Vi) => "Số nhỏ hơn ở trên cùng",
        (false, Language::En) => "Smaller values at the top",
    }
}

pub(crate) fn lower_is_better_note(lang: Language) -> &'static str {
    match lang {
        Language::Vi => "Số nhỏ hơn là tốt hơn",
        Language::En => "Lower is better",
    }
}

pub(crate) fn target_reached(lang: Language) -> &'static str {
    match lang {
        Language::Vi => "Đã đạt mục tiêu",
        Language::En => "Target reached",
    }
}

/// The label of the line of medians.
pub fn median_label(lang: Language) -> &'static str {
    match lang {
        Language::Vi => "Trung vị",
        Language::En => "Median",
    }
}

/// The legend of the faint band behind a line chart.
pub(crate) fn band_note(of: usize, noun: &str, lang: Language) -> String {
    match lang {
        Language::Vi => format!("Vùng xám: nửa ở giữa của {of} {noun}"),
        Language::En => format!("Grey band: the middle half of {of} {noun}"),
    }
}

/// The unit of a distance: a gap between percentages is in points.
pub(crate) fn gap_unit(unit: &str, lang: Language) -> &str {
    match (unit, lang) {
        ("%", Language::Vi) => "điểm %",
        ("%", Language::En) => "percentage points",
        (u, _) => u,
    }
}

/// "còn 8,80 điểm % nữa" / "8.80 percentage points to go".
pub(crate) fn to_go(gap: f64, decimals: u8, unit: &str, lang: Language) -> String {
    let n = format_number(gap, decimals, lang);
    let u = gap_unit(unit, lang);
    let amount = if u.is_empty() { n } else { format!("{n} {u}") };
    match lang {
        Language::Vi => format!("còn {amount} nữa"),
        Language::En => format!("{amount} to go"),
    }
}

/// Whether a lower-is-better series looks like a rank (whole numbers ≥ 1).
pub(crate) fn rank_like(unit: &str, decimals: u8, values: &[f64]) -> bool {
    let u = unit.to_lowercase();
    u == "bậc"
        || u == "hạng"
        || u.starts_with("rank")
        || (decimals == 0
            && !values.is_empty()
            && values.iter().all(|v| *v >= 1.0 && v.fract() == 0.0))
}
