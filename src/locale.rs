//! Numbers and dates per language. UI strings live in the theme
//! (`themes/default/i18n/<lang>.yaml`), see `theme.rs`.
//!
//! vi: decimal comma and dot for thousands (`3.545`, `83,20%`), dates
//! `10/01/2020`; en: `3,545`, `83.20%`, `10 Jan 2020`.

use crate::config::Language;
use crate::model::{Day, IndicatorKind};

/// `value` rounded to `decimals`, with the language's separators.
pub fn format_number(value: f64, decimals: u8, lang: Language) -> String {
    let (thousands, decimal) = match lang {
        Language::Vi => ('.', ','),
        Language::En => (',', '.'),
    };
    if let Some(scaled) = rounded_scaled(value, decimals) {
        return grouped(scaled, decimals, thousands, decimal);
    }
    let s = format!("{:.*}", decimals as usize, value.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let negative = value < 0.0 && s.bytes().any(|b| (b'1'..=b'9').contains(&b));
    with_separators(negative, int, frac, thousands, decimal)
}

/// `value × 10^decimals` rounded to a whole number, when that is sure to be
/// what formatting `value` with `decimals` digits shows: the exact decimal
/// rounding of the float differs from rounding the scaled product only
/// when the product lies within its own rounding error of a half, and then
/// (or for large numbers, or many decimals) this gives `None` and the
/// caller formats exactly. A commune-scale site formats millions of cells;
/// the exact formatter was a tenth of its rendering.
fn rounded_scaled(value: f64, decimals: u8) -> Option<i64> {
    const POW10: [f64; 7] = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6];
    let scaled = value * *POW10.get(usize::from(decimals))?;
    if !scaled.is_finite() || scaled.abs() >= 1e12 {
        return None;
    }
    // The product is off by at most half a unit in its last place, under
    // a millionth here: further than that from a half, it rounds the same
    // way as the exact value does.
    let distance = (scaled.abs().fract() - 0.5).abs();
    (distance > 1e-6_f64.max(scaled.abs() * 1e-15)).then(|| scaled.round() as i64)
}

/// `scaled` (a number times 10^decimals) written with its decimals after
/// `decimal` and its thousands grouped by `thousands`: `-1234567, 2` →
/// `-12.345,67`. No sign when the number rounds to zero (as `-0,00` is
/// not shown).
fn grouped(scaled: i64, decimals: u8, thousands: char, decimal: char) -> String {
    let digits = scaled.unsigned_abs().to_string();
    let d = usize::from(decimals);
    // At least one digit before the decimal sign: 5 with 2 decimals → 0,05.
    let digits = if digits.len() <= d {
        format!("{}{digits}", "0".repeat(d + 1 - digits.len()))
    } else {
        digits
    };
    let (int, frac) = digits.split_at(digits.len() - d);
    with_separators(scaled < 0, int, frac, thousands, decimal)
}

/// `int` with its thousands grouped, then `frac` (if any) after the
/// decimal sign: `-`, `12345`, `67` → `-12.345,67`.
fn with_separators(
    negative: bool,
    int: &str,
    frac: &str,
    thousands: char,
    decimal: char,
) -> String {
    let mut out = String::with_capacity(int.len() + int.len() / 3 + frac.len() + 2);
    if negative {
        out.push('-');
    }
    let n = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// A value with its unit: `83,20%`, `3.545 tỷ đồng`.
pub fn format_value(value: f64, decimals: u8, unit: &str, lang: Language) -> String {
    let n = format_number(value, decimals, lang);
    match unit {
        "" => n,
        "%" => format!("{n}%"),
        u => format!("{n} {u}"),
    }
}

/// The unit of a change: a change of a percentage is in points.
pub fn change_unit(kind: IndicatorKind, unit: &str, lang: Language) -> &str {
    match (kind, unit) {
        (_, "%") => match lang {
            Language::Vi => "điểm %",
            Language::En => "percentage points",
        },
        (_, u) => u,
    }
}

/// A signed change: `+2,10 điểm %`, `-3 bậc`.
pub fn format_change(delta: f64, decimals: u8, unit: &str, lang: Language) -> String {
    let n = format_number(delta, decimals, lang);
    let n = if n.starts_with('-') || format_number(0.0, decimals, lang) == n {
        n
    } else {
        format!("+{n}")
    };
    if unit.is_empty() {
        n
    } else {
        format!("{n} {unit}")
    }
}

/// A place in a ranking: "hạng 22/63" / "rank 22 of 63"; without `of`,
/// "hạng 22" / "rank 22".
pub fn rank_place(rank: usize, of: Option<usize>, lang: Language) -> String {
    match (lang, of) {
        (Language::Vi, Some(n)) => format!("hạng {rank}/{n}"),
        (Language::Vi, None) => format!("hạng {rank}"),
        (Language::En, Some(n)) => format!("rank {rank} of {n}"),
        (Language::En, None) => format!("rank {rank}"),
    }
}

/// A move in a ranking from place `from` to place `to` (1 is the best):
/// moving up is better. "tăng 3 bậc" (38 → 35), "giảm 2 bậc" (20 → 22),
/// "giữ nguyên hạng"; "up 3 places", "down 1 place", "same place".
pub fn rank_change(from: i64, to: i64, lang: Language) -> String {
    let d = (from - to).unsigned_abs();
    match (lang, from.cmp(&to)) {
        (Language::Vi, std::cmp::Ordering::Greater) => format!("tăng {d} bậc"),
        (Language::Vi, std::cmp::Ordering::Less) => format!("giảm {d} bậc"),
        (Language::Vi, std::cmp::Ordering::Equal) => "giữ nguyên hạng".to_string(),
        (Language::En, std::cmp::Ordering::Equal) => "same place".to_string(),
        (Language::En, o) => format!(
            "{} {d} place{}",
            if o == std::cmp::Ordering::Greater {
                "up"
            } else {
                "down"
            },
            if d == 1 { "" } else { "s" }
        ),
    }
}

/// A move of `places` in a ranking, where a positive number is an
/// improvement (a smaller place number): "tăng 3 bậc", "giảm 2,5 bậc",
/// "giữ nguyên hạng"; fractions for yearly averages.
pub fn rank_move(places: f64, lang: Language) -> String {
    let decimals = if places.fract().abs() < 1e-9 { 0 } else { 1 };
    let n = format_number(places.abs(), decimals, lang);
    if format_number(0.0, decimals, lang) == n {
        return match lang {
            Language::Vi => "giữ nguyên hạng".into(),
            Language::En => "same place".into(),
        };
    }
    match (lang, places > 0.0) {
        (Language::Vi, true) => format!("tăng {n} bậc"),
        (Language::Vi, false) => format!("giảm {n} bậc"),
        (Language::En, up) => format!(
            "{} {n} place{}",
            if up { "up" } else { "down" },
            if n == "1" { "" } else { "s" }
        ),
    }
}

/// "tăng ít nhất 4 bậc" / "up at least 4 places".
pub fn rank_move_at_least(places: f64, lang: Language) -> String {
    let n = format_number(
        places.abs(),
        if places.fract() == 0.0 { 0 } else { 1 },
        lang,
    );
    match lang {
        Language::Vi => format!("tăng ít nhất {n} bậc"),
        Language::En => format!("up at least {n} places"),
    }
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A month's short name: "Jun"; Vietnamese months are numbered ("6").
pub fn month_short(month: u8, lang: Language) -> &'static str {
    const VI: [&str; 12] = [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ];
    let i = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Language::Vi => VI[i],
        Language::En => EN_MONTHS[i],
    }
}

pub fn format_date(day: Day, lang: Language) -> String {
    let d = day.0;
    match lang {
        Language::Vi => format!("{:02}/{:02}/{}", d.day(), d.month(), d.year()),
        Language::En => format!(
            "{} {} {}",
            d.day(),
            EN_MONTHS[(d.month() - 1) as usize],
            d.year()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_numbers_per_language() {
        assert_eq!(format_number(83.2, 2, Language::Vi), "83,20");
        assert_eq!(format_number(3545.0, 0, Language::Vi), "3.545");
        assert_eq!(format_number(1234567.891, 2, Language::En), "1,234,567.89");
        assert_eq!(format_number(-0.001, 2, Language::Vi), "0,00");
        assert_eq!(format_number(-12.5, 1, Language::Vi), "-12,5");
        assert_eq!(format_number(999.999, 2, Language::En), "1,000.00");
    }

    /// The formatter's own digits, grouped: what `format_number` wrote
    /// before its fast path.
    fn exact(value: f64, decimals: u8) -> String {
        let s = format!("{:.*}", decimals as usize, value.abs());
        let negative = value < 0.0 && s.bytes().any(|b| (b'1'..=b'9').contains(&b));
        let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
        let mut out = String::from(if negative { "-" } else { "" });
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push('.');
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(',');
            out.push_str(frac);
        }
        out
    }

    #[test]
    fn the_fast_path_writes_the_exact_formatters_digits() {
        // Halves that are exact in binary (0,125), values a hair off a
        // half, zero and negative zero, small and large.
        let mut values = vec![
            0.125, 2.5, -2.5, 0.005, 1.005, 83.245, 0.0, -0.0, -0.004, 1e11, 123456.789, 0.05,
        ];
        // A fixed pseudo-random walk over magnitudes and signs.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let mantissa = (x >> 11) as f64 / (1u64 << 53) as f64;
            let scale = 10f64.powi((x % 13) as i32 - 4);
            let sign = if x & 1 == 0 { 1.0 } else { -1.0 };
            values.push(sign * mantissa * scale);
            // Values written with few decimals, as data has them.
            values.push(sign * ((x % 100_000) as f64) / 100.0 + 0.005 * (x % 2) as f64);
        }
        for v in values {
            for d in 0..=6 {
                assert_eq!(
                    format_number(v, d, Language::Vi),
                    exact(v, d),
                    "{v} with {d}"
                );
            }
        }
    }

    #[test]
    fn rank_moves_are_places_gained_or_lost() {
        assert_eq!(rank_move(3.0, Language::Vi), "tăng 3 bậc");
        assert_eq!(rank_move(-2.5, Language::Vi), "giảm 2,5 bậc");
        assert_eq!(rank_move(0.0, Language::Vi), "giữ nguyên hạng");
        assert_eq!(rank_move(1.0, Language::En), "up 1 place");
        assert_eq!(rank_move(-3.0, Language::En), "down 3 places");
        assert_eq!(rank_move_at_least(4.0, Language::Vi), "tăng ít nhất 4 bậc");
    }

    #[test]
    fn rank_words_follow_the_domain() {
        // 38th → 35th is an improvement: "tăng 3 bậc".
        assert_eq!(rank_change(38, 35, Language::Vi), "tăng 3 bậc");
        assert_eq!(rank_change(20, 22, Language::Vi), "giảm 2 bậc");
        assert_eq!(rank_change(7, 7, Language::Vi), "giữ nguyên hạng");
        assert_eq!(rank_change(38, 35, Language::En), "up 3 places");
        assert_eq!(rank_change(20, 21, Language::En), "down 1 place");
        assert_eq!(rank_place(22, Some(63), Language::Vi), "hạng 22/63");
        assert_eq!(rank_place(22, Some(63), Language::En), "rank 22 of 63");
        assert_eq!(rank_place(35, None, Language::Vi), "hạng 35");
    }

    #[test]
    fn formats_values_changes_and_dates() {
        assert_eq!(format_value(83.2, 2, "%", Language::Vi), "83,20%");
        assert_eq!(
            format_value(3545.0, 0, "tỷ đồng", Language::Vi),
            "3.545 tỷ đồng"
        );
        assert_eq!(
            format_change(2.1, 2, "điểm %", Language::Vi),
            "+2,10 điểm %"
        );
        assert_eq!(format_change(-3.0, 0, "bậc", Language::Vi), "-3 bậc");
        assert_eq!(format_change(0.0, 0, "", Language::Vi), "0");
        let d = Day::parse("2020-01-10").unwrap();
        assert_eq!(format_date(d, Language::Vi), "10/01/2020");
        assert_eq!(format_date(d, Language::En), "10 Jan 2020");
    }
}
