//! The front-matter splitter: any text splits or fails cleanly, and the
//! parts it returns are the text's own.
#![no_main]

use baocao::load::frontmatter::split;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(s) = split(text) {
        assert!(text.ends_with(s.body));
        assert!(text.contains(s.yaml));
        assert_eq!(s.yaml_line, 2);
        assert!(s.body_line >= 3);
    }
});
