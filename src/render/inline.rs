//! What Markdown's walk rewrites inside a paragraph: site-absolute links
//! get the base path (and unsafe ones are emptied when sanitising), and
//! inline code that holds an address may break after its slashes.

use pulldown_cmark::{CowStr, Event, Tag};

use super::sanitize::safe_url;

/// Inline code; an address (`/indicators/<id>/`) may break after each
/// `/` (`<wbr>`), not inside a word, when a narrow table cell holds it.
pub(super) fn code_span(code: CowStr<'_>) -> Event<'_> {
    if !code.contains('/') {
        return Event::Code(code);
    }
    let mut html = String::from("<code>");
    let mut prev = "";
    for (k, part) in code.split('/').enumerate() {
        if k > 0 {
            // Not after a leading `/`, nor before the end: "/" alone on a
            // line says nothing.
            html.push_str(if prev.is_empty() || part.is_empty() {
                "/"
            } else {
                "/<wbr>"
            });
        }
        html.push_str(&crate::web::escape::escape(part));
        prev = part;
    }
    html.push_str("</code>");
    Event::InlineHtml(CowStr::from(html))
}

/// A link or image's address: the base path before a site-absolute
/// one; emptied when `sanitize` and it is not safe.
pub(super) fn rewrite_link<'a>(ev: Event<'a>, base_path: &str, sanitize: bool) -> Event<'a> {
    let fix = |url: CowStr<'a>| -> CowStr<'a> {
        if sanitize && !safe_url(&url) {
            CowStr::from("")
        } else if needs_base_path(&url, base_path) {
            CowStr::from(format!("{}{}", base_path, &url[1..]))
        } else {
            url
        }
    };
    match ev {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: fix(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: fix(dest_url),
            title,
            id,
        }),
        other => other,
    }
}

/// Whether a Markdown address is a site path the base path is added to
/// (`/a/` under `/cchc/` is written `/cchc/a/`).
pub fn needs_base_path(url: &str, base_path: &str) -> bool {
    base_path != "/"
        && url.starts_with('/')
        && !url.starts_with("//")
        && !url.starts_with(base_path)
}
