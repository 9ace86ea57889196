//! Chart labels from official names: what tells entities apart, without
//! the administrative words every one of them shares.
//!
//! An entity's label is, in order of preference: its `short_name`; its
//! name without the administrative prefix ("Ủy ban nhân dân tỉnh ",
//! "UBND huyện ", …) and without the site's own province at the end
//! ("Sở Nội vụ tỉnh Yên Bái" → "Sở Nội vụ"); the name with the kind of
//! unit kept ("thành phố Yên Bái"); the full name. Within one chart, two
//! entities never share a label: those that would fall back to the next.

use unicode_normalization::UnicodeNormalization;

/// The bodies whose names start with the kind of unit (lowercase, NFC).
const BODIES: &[&str] = &["ủy ban nhân dân ", "uỷ ban nhân dân ", "ubnd "];

/// Kinds of unit, as they follow the body's name.
const UNITS: &[&str] = &[
    "tỉnh ",
    "thành phố ",
    "tp. ",
    "tp ",
    "huyện ",
    "quận ",
    "thị xã ",
    "xã ",
    "phường ",
    "thị trấn ",
];

/// An entity as a chart names it.
#[derive(Debug, Clone, Default)]
pub struct Named<'a> {
    pub name: &'a str,
    pub short_name: Option<&'a str>,
}

/// `s` without the first `n` characters' worth of its lowercase prefix.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let n = prefix.chars().count();
    let head: String = s.chars().take(n).collect::<String>().to_lowercase();
    if head == prefix {
        let cut = s.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.len());
        Some(&s[cut..])
    } else {
        None
    }
}

/// Labels for one name, shortest first, each a suffix or shortening of the
/// last (the full name).
pub(crate) fn candidates(e: &Named, region: &str) -> Vec<String> {
    let full: String = e.name.trim().nfc().collect();
    let mut out: Vec<String> = Vec::new();
    if let Some(s) = e.short_name.map(str::trim).filter(|s| !s.is_empty()) {
        out.push(s.nfc().collect());
    }
    let region: String = region.trim().nfc().collect();
    // "Ủy ban nhân dân huyện Văn Yên" → "huyện Văn Yên" → "Văn Yên".
    let unit_kept = BODIES
        .iter()
        .find_map(|b| strip_prefix_ci(&full, b))
        .map(str::to_string);
    if let Some(u) = &unit_kept {
        let bare = UNITS
            .iter()
            .find_map(|k| strip_prefix_ci(u, k))
            .filter(|s| !s.trim().is_empty());
        if let Some(b) = bare {
            out.push(b.trim().to_string());
        }
        out.push(u.trim().to_string());
    } else if !region.is_empty() {
        // "Sở Nội vụ tỉnh Yên Bái" on Yên Bái's site → "Sở Nội vụ".
        for k in ["tỉnh ", "thành phố ", "tp. "] {
            let tail = format!(" {k}{region}");
            if full.len() > tail.len() && full.to_lowercase().ends_with(&tail.to_lowercase()) {
                let cut = full.len() - tail.len();
                if full.is_char_boundary(cut) {
                    out.push(full[..cut].trim().to_string());
                }
            }
        }
    }
    out.push(full);
    out.dedup();
    out
}

/// One label per entity, unique within the list where the names are.
pub fn labels(entities: &[Named], region: &str) -> Vec<String> {
    let cands: Vec<Vec<String>> = entities.iter().map(|e| candidates(e, region)).collect();
    let mut level = vec![0usize; entities.len()];
    // Each round, every label shared by two entities moves one step
    // towards the full name; full names end it.
    for _ in 0..4 {
        let current: Vec<&str> = cands
            .iter()
            .zip(&level)
            .map(|(c, &l)| c[l.min(c.len() - 1)].as_str())
            .collect();
        // Labels that differ only by case clash too; counted in one pass
        // (thousands of communes make pairwise comparison quadratic).
        let keys: Vec<String> = current.iter().map(|s| s.to_lowercase()).collect();
        let mut uses: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for k in &keys {
            *uses.entry(k.as_str()).or_default() += 1;
        }
        let bump: Vec<bool> = keys.iter().map(|k| uses[k.as_str()] > 1).collect();
        let clash = bump.iter().any(|&b| b);
        if !clash {
            break;
        }
        for (l, b) in level.iter_mut().zip(bump) {
            if b {
                *l += 1;
            }
        }
    }
    cands
        .into_iter()
        .zip(level)
        .map(|(mut c, l)| {
            let i = l.min(c.len() - 1);
            c.swap_remove(i)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(name: &str) -> Named<'_> {
        Named {
            name,
            short_name: None,
        }
    }

    #[test]
    fn drops_administrative_prefixes() {
        let got = labels(
            &[
                n("Ủy ban nhân dân tỉnh Bắc Kạn"),
                n("Ủy ban nhân dân tỉnh Bắc Giang"),
                n("Ủy ban nhân dân huyện Văn Yên"),
                n("UBND huyện Mù Cang Chải"),
                n("Ủy ban nhân dân Thành phố Hồ Chí Minh"),
                n("Uỷ ban nhân dân thị xã Nghĩa Lộ"),
                n("Yên Bái"),
            ],
            "Yên Bái",
        );
        assert_eq!(
            got,
            [
                "Bắc Kạn",
                "Bắc Giang",
                "Văn Yên",
                "Mù Cang Chải",
                "Hồ Chí Minh",
                "Nghĩa Lộ",
                "Yên Bái"
            ]
        );
    }

    #[test]
    fn keeps_the_unit_when_names_would_clash() {
        let got = labels(
            &[
                n("Ủy ban nhân dân tỉnh Yên Bái"),
                n("Ủy ban nhân dân thành phố Yên Bái"),
            ],
            "",
        );
        assert_eq!(got, ["tỉnh Yên Bái", "thành phố Yên Bái"]);
    }

    #[test]
    fn drops_the_home_province_from_departments() {
        let got = labels(
            &[
                n("Sở Nội vụ tỉnh Yên Bái"),
                n("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Yên Bái"),
                n("Sở Nội vụ tỉnh Lào Cai"),
            ],
            "Yên Bái",
        );
        assert_eq!(
            got,
            [
                "Sở Nội vụ",
                "Văn phòng Đoàn ĐBQH, HĐND và UBND",
                "Sở Nội vụ tỉnh Lào Cai"
            ]
        );
    }

    #[test]
    fn short_names_win_and_full_names_end_clashes() {
        let got = labels(
            &[
                Named {
                    name: "Ủy ban nhân dân tỉnh Yên Bái",
                    short_name: Some("YB"),
                },
                n("Sở Tư pháp"),
                n("Sở Tư pháp"),
            ],
            "Yên Bái",
        );
        assert_eq!(got, ["YB", "Sở Tư pháp", "Sở Tư pháp"]);
    }
}
