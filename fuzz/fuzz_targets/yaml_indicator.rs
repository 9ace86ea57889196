//! The YAML loader, as an indicator file is read: through the same decoding
//! (UTF-8, BOM, CRLF), then parsed; every error is located inside the file.
#![no_main]

use std::path::Path;

use baocao::load::files::decode;
use baocao::load::yaml::parse;
use baocao::model::Indicator;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let file = Path::new("content/data/indicators/x.yaml");
    let text = match decode(bytes.to_vec(), file) {
        Ok(t) => t,
        Err(d) => {
            assert!(d.pos.line >= 1);
            return;
        }
    };
    // YAML also ends lines at NEL, LS and PS.
    let lines = 2 + text
        .chars()
        .filter(|c| matches!(c, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}'))
        .count();
    let errors = match parse::<Indicator>(&text, file, 0) {
        Ok(p) => p.errors,
        Err(es) => {
            assert!(!es.is_empty());
            es
        }
    };
    for e in errors {
        assert!(
            e.pos.line >= 1 && e.pos.line <= lines && e.pos.col >= 1,
            "{e}"
        );
    }
});
