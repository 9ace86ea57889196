//! The slugger: lowercase ASCII words joined by single hyphens, or nothing;
//! a slug is its own slug.
#![no_main]

use baocao::derive::slug::{is_slug, slugify};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let s = slugify(text);
    assert!(
        s.is_empty()
            || s.split('-').all(|w| !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
        "{s:?}"
    );
    assert_eq!(slugify(&s), s);
    assert_eq!(is_slug(&s), !s.is_empty());
});
