//! Names in the reader's alphabetical order: Vietnamese collation (CLDR,
//! through ICU4X) for a Vietnamese site, English for an English one. Every
//! sort by name goes through [`compare`]; code-point order would put
//! "Bình Định" before "Bạc Liêu" and "Hưng Yên" before "Hải Phòng".

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;

use crate::config::Language;

fn collator(lang: Language) -> &'static CollatorBorrowed<'static> {
    static VI: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    static EN: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    let (cell, loc) = match lang {
        Language::Vi => (&VI, locale!("vi-u-kn")),
        Language::En => (&EN, locale!("en-u-kn")),
    };
    cell.get_or_init(|| {
        Collator::try_new(loc.into(), CollatorOptions::default())
            .expect("collation data is compiled into the binary")
    })
}

/// `a` against `b` in the site language's alphabetical order; names equal
/// to the collator fall back to code points, so the order is total and
/// the same on every run.
pub fn compare(lang: Language, a: &str, b: &str) -> Ordering {
    collator(lang).compare(a, b).then_with(|| a.cmp(b))
}

/// The words before an agency's place in its official name: the body
/// ("Ủy ban nhân dân"), then the kind of unit, in lower case or
/// capitalised.
const BODIES: [&str; 3] = ["Ủy ban nhân dân ", "Uỷ ban nhân dân ", "UBND "];
const UNITS: [&str; 18] = [
    "thành phố ",
    "tỉnh ",
    "thị trấn ",
    "thị xã ",
    "xã ",
    "phường ",
    "đặc khu ",
    "quận ",
    "huyện ",
    "Thành phố ",
    "Tỉnh ",
    "Thị trấn ",
    "Thị xã ",
    "Xã ",
    "Phường ",
    "Đặc khu ",
    "Quận ",
    "Huyện ",
];

/// The place an agency's name is about, as a reader looks it up: "Hà Nội"
/// for "Ủy ban nhân dân thành phố Hà Nội", "An Giang" for "tỉnh An Giang".
/// Other names (a department's) are their own key.
pub fn place_key(name: &str) -> &str {
    let mut rest = name;
    if let Some(r) = BODIES.iter().find_map(|b| rest.strip_prefix(b)) {
        rest = r;
    }
    // Sorting thousands of names calls this often: no allocation here.
    let unit = UNITS.iter().find_map(|u| rest.strip_prefix(u));
    let place = match unit {
        Some(r) if !r.trim().is_empty() => r,
        _ => rest,
    };
    // "xã Hồng Hà, tỉnh Hà Giang": the place is before the comma (a comma
    // sorts after a space, which put "Hồng Hà 2, …" before "Hồng Hà, …").
    place.split(',').next().unwrap_or(place).trim_end()
}

/// Agency names in the reader's order: by place ([`place_key`]), so the
/// provinces read An Giang … Hà Nội … Yên Bái whether each is a "tỉnh" or
/// a "thành phố", and a "xã Đồng Tâm" comes before a "phường Đồng Tâm 2";
/// then by the whole name.
pub fn compare_agencies(lang: Language, a: &str, b: &str) -> Ordering {
    compare(lang, place_key(a), place_key(b)).then_with(|| compare(lang, a, b))
}

/// Sorts `items` by the name `key` gives, in the site language's order.
pub fn sort_by_name<T>(lang: Language, items: &mut [T], key: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| compare(lang, key(a), key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Language, names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        sort_by_name(lang, &mut v, |s| s.as_str());
        v
    }

    #[test]
    fn agencies_sort_by_their_place() {
        let mut names = vec![
            "Ủy ban nhân dân tỉnh Yên Bái",
            "Ủy ban nhân dân thành phố Hà Nội",
            "Ủy ban nhân dân tỉnh An Giang",
            "Ủy ban nhân dân phường Đồng Tâm 2",
            "Ủy ban nhân dân xã Đồng Tâm",
            "Uỷ ban nhân dân Tỉnh Bắc Kạn",
            "Sở Nội vụ",
            "tỉnh Bạc Liêu",
        ];
        names.sort_by(|a, b| compare_agencies(Language::Vi, a, b));
        assert_eq!(
            names,
            [
                "Ủy ban nhân dân tỉnh An Giang",
                "tỉnh Bạc Liêu",
                "Uỷ ban nhân dân Tỉnh Bắc Kạn",
                "Ủy ban nhân dân xã Đồng Tâm",
                "Ủy ban nhân dân phường Đồng Tâm 2",
                "Ủy ban nhân dân thành phố Hà Nội",
                "Sở Nội vụ",
                "Ủy ban nhân dân tỉnh Yên Bái",
            ]
        );
        // The place ends at a comma: the province named after it decides
        // only between units of the same name.
        let mut communes = vec![
            "Ủy ban nhân dân phường Hồng Hà 2, tỉnh Hà Giang",
            "Ủy ban nhân dân phường Hồng Hà, thành phố Hà Nội",
            "Ủy ban nhân dân phường Hồng Hà 2, tỉnh Tuyên Quang",
        ];
        communes.sort_by(|a, b| compare_agencies(Language::Vi, a, b));
        assert_eq!(
            communes,
            [
                "Ủy ban nhân dân phường Hồng Hà, thành phố Hà Nội",
                "Ủy ban nhân dân phường Hồng Hà 2, tỉnh Hà Giang",
                "Ủy ban nhân dân phường Hồng Hà 2, tỉnh Tuyên Quang",
            ]
        );
        // A name that is only a kind of unit keeps it.
        assert_eq!(place_key("Ủy ban nhân dân xã "), "xã");
        assert_eq!(place_key("Xã Tân Lập"), "Tân Lập");
    }

    #[test]
    fn vietnamese_order() {
        let want = [
            "Bạc Liêu",
            "Bắc Giang",
            "Bến Tre",
            "Bình Dương",
            "Bình Định",
            "Bình Phước",
        ];
        let mut shuffled = want.to_vec();
        shuffled.reverse();
        shuffled.swap(0, 3);
        assert_eq!(sorted(Language::Vi, &shuffled), want);
        assert_eq!(
            sorted(Language::Vi, &["Hưng Yên", "Hải Phòng", "Hà Giang"]),
            ["Hà Giang", "Hải Phòng", "Hưng Yên"]
        );
        assert_eq!(
            sorted(
                Language::Vi,
                &["Đồng Nai", "Điện Biên", "Dak Lak", "Đà Nẵng"]
            ),
            ["Dak Lak", "Đà Nẵng", "Điện Biên", "Đồng Nai"]
        );
        // Numbers in names by value, not digit by digit.
        assert_eq!(
            sorted(Language::Vi, &["Huyện 10", "Huyện 2", "Huyện 1"]),
            ["Huyện 1", "Huyện 2", "Huyện 10"]
        );
        // Code points would not: the test sees a real difference.
        let mut by_code: Vec<&str> = want.to_vec();
        by_code.sort();
        assert_ne!(by_code, want);
    }
}
