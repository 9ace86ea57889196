//! The embedded font, text measurement and the few words the charts write
//! themselves (vi/en).

use std::sync::{Once, OnceLock};

use ab_glyph::{Font, FontRef};
use plotters::style::FontStyle;

use crate::config::Language;
use crate::locale::format_number;

/// Noto Sans Regular, subset to Latin + Vietnamese (SIL OFL 1.1, see
/// `themes/default/fonts/OFL.txt`).
pub(crate) static FONT_BYTES: &[u8] =
    include_bytes!("../../themes/default/fonts/NotoSans-Regular-vi.ttf");

/// The family name the charts ask plotters for.
pub(crate) const FAMILY: &str = "sans-serif";

/// What the SVG asks the browser for; Noto Sans first so that the browser's
/// widths match the measured ones when the site ships the font.
pub(crate) const FONT_STACK: &str = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/// The parsed font, parsed once.
pub(crate) fn font() -> &'static FontRef<'static> {
    static FONT: OnceLock<FontRef<'static>> = OnceLock::new();
    FONT.get_or_init(|| FontRef::try_from_slice(FONT_BYTES).expect("the embedded font is valid"))
}

/// Registers the embedded font with plotters as `sans-serif` (idempotent).
pub fn init_fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Cannot fail for the embedded font; if it did, the SVG charts would
        // still draw (the browser lays text out), only PNG text would be missing.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT_BYTES);
    });
}

fn units_per_em() -> f64 {
    let upem = font().units_per_em().unwrap_or(1000.0) as f64;
    if upem > 0.0 { upem } else { 1000.0 }
}

/// The font's line height (ascent − descent) per em: what ab_glyph's pixel
/// scale means, so plotters' bitmap text of size `em * height_per_em()` has
/// an em of `em` pixels.
pub(crate) fn height_per_em() -> f64 {
    font().height_unscaled() as f64 / units_per_em()
}

/// Advance width of `s` in pixels at a font size (em) of `size` pixels.
pub fn text_width(s: &str, size: f64) -> f64 {
    let f = font();
    let mut units = 0.0f64;
    let mut prev = None;
    for c in s.chars() {
        let id = f.glyph_id(c);
        if let Some(p) = prev {
            units += f.kern_unscaled(p, id) as f64;
        }
        units += f.h_advance_unscaled(id) as f64;
        prev = Some(id);
    }
    units * size / units_per_em()
}

/// Width of bold text: browsers render `font-weight="bold"` with a bolder
/// face, about 7% wider than the regular one we measure.
pub(crate) fn text_width_w(s: &str, size: f64, bold: bool) -> f64 {
    let w = text_width(s, size);
    if bold { w * 1.07 } else { w }
}

/// `s` cut with an ellipsis so that it fits in `max` pixels.
pub(crate) fn truncate(s: &str, size: f64, bold: bool, max: f64) -> String {
    if text_width_w(s, size, bold) <= max {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut n = chars.len();
    while n > 0 {
        n -= 1;
        let cut: String = chars[..n].iter().collect::<String>().trim_end().to_string();
        let candidate = format!("{cut}…");
        if text_width_w(&candidate, size, bold) <= max {
            return candidate;
        }
    }
    "…".to_string()
}

/// `s` broken into at most `max_lines` lines of at most `max` pixels; the last
/// line gets an ellipsis if text is left over.
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
        if text_width_w(&candidate, size, bold) <= max || current.is_empty() {
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
    if let Some(last) = lines.last_mut() {
        let text = if left_over {
            format!("{last}…")
        } else {
            last.clone()
        };
        *last = truncate(&text, size, bold, max);
    }
    lines
}

/// Drops characters XML 1.0 cannot carry (controls) and folds line breaks and
/// tabs into spaces. Escaping of `& < > " '` is done by plotters' SVG backend
/// for drawn text and by `super::escape` for what we add ourselves.
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
