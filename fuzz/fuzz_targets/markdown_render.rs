//! The Markdown renderer: any text renders, sanitised, with baocao's
//! blocks set aside; a failing block callback gives errors, not a panic.
#![no_main]

use baocao::render::markdown::{MarkdownOptions, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|md: &str| {
    let opts = MarkdownOptions {
        base_path: "/",
        sanitize: true,
        embed_hosts: &[],
    };
    assert!(render::<()>(md, &opts, |_, _, _| Ok(String::new())).is_ok());
    let opts = MarkdownOptions {
        base_path: "/cchc/",
        sanitize: false,
        embed_hosts: &["www.youtube.com".to_string()],
    };
    let lines = md.split('\n').count();
    if let Err(es) = render(md, &opts, |_, body, line| {
        if body.len() % 2 == 1 {
            Err(line)
        } else {
            Ok(format!("<figure>{body}</figure>"))
        }
    }) {
        assert!(es.iter().all(|l| (1..=lines + 1).contains(l)));
    }
});
