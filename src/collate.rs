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
