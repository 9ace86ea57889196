//! The links a template writes whole (`<a href="/lien-he/">`), read from
//! its source beside its ids, so that `check` can tell one that leads to
//! no page or file of the site, at the template's line and column.
//!
//! Only an address that leads to the same place from every page is read:
//! a site path (`/lien-he/`) or an absolute URL (judged when it lies under
//! the base URL), written without a tag. An address a tag writes a part of
//! (`{{ page.url }}`, `{{ site.root }}news/`) cannot be judged, nor can a
//! relative one (`style.css`, `#main`), whose target depends on the page:
//! they are left out, never reported.

use super::tags::{CLOSE, OPEN, set_tags_aside};
use crate::diagnostics::Pos;

/// A link a template writes whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal {
    /// The address as written (entities decoded).
    pub url: String,
    /// Where the address is written in the template's source.
    pub pos: Pos,
    /// Written in `src` (an image, a script) rather than `href`.
    pub src: bool,
}

/// The links written whole in the template `source`, in order.
pub(super) fn read(source: &str) -> Vec<Literal> {
    let (text, _) = set_tags_aside(source);
    let mut out = Vec::new();
    let mut from = 0;
    for (_, attr, value) in crate::web::html::attributes(&text) {
        let src = attr == "src";
        if !(src || attr == "href") || value.contains([OPEN, CLOSE]) || !same_everywhere(&value) {
            continue;
        }
        let at = value_at(source, from, &value);
        if let Some(i) = at {
            from = i + value.len();
        }
        out.push(Literal {
            pos: pos_of(source, at.unwrap_or(from)),
            url: value,
            src,
        });
    }
    out
}

/// Whether `url` leads to the same place from every page.
fn same_everywhere(url: &str) -> bool {
    (url.starts_with('/') && !url.starts_with("//"))
        || url.starts_with("https://")
        || url.starts_with("http://")
}

/// Where the attribute value `value` (entities decoded) is written in
/// `text`, from `from` on: after `="`, `='` or `=`, as it is or with its
/// ampersands written `&amp;` (`/tim/?q=a&amp;trang=2`).
fn value_at(text: &str, from: usize, value: &str) -> Option<usize> {
    let rest = text.get(from..)?;
    let escaped = value.replace('&', "&amp;");
    let written = [value, escaped.as_str()];
    let found = |q: &str| {
        (written.iter())
            .filter_map(|w| rest.find(&format!("{q}{w}")))
            .min()
            .map(|i| from + i + q.len())
    };
    ["=\"", "='", "="].iter().find_map(|q| found(q))
}

/// 1-based line and column (in characters) of a byte offset.
fn pos_of(text: &str, at: usize) -> Pos {
    let before = &text[..at.min(text.len())];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Pos::new(
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(source: &str) -> Vec<(String, String)> {
        read(source)
            .into_iter()
            .map(|l| (l.url, format!("{}:{}", l.pos.line, l.pos.col)))
            .collect()
    }

    #[test]
    fn reads_the_links_written_whole_where_they_are_written() {
        let found = urls(concat!(
            "{% extends \"base.html\" %}\n",
            "<a href=\"{{ page.url }}\">x</a> <a href=\"/lien-he/\">Liên hệ</a>\n",
            "<img src='/anh/logo.png' alt=\"\"> <a href=\"{{ site.root }}tin-tuc/\">t</a>\n",
            "<a href=\"#main\">a</a> <a href=\"style.css\">b</a> <a href=\"//cdn.vn/x.js\">c</a>\n",
            "<a class=\"{% if x %}on{% endif %}\" href=https://example.gov.vn/gioi-thieu/>d</a>\n",
            "{# <a href=\"/khong/\"> #}<a href=\"/tin/?trang={{ n }}\">e</a>\n",
        ));
        assert_eq!(
            found,
            [
                ("/lien-he/".to_string(), "2:41".to_string()),
                ("/anh/logo.png".to_string(), "3:11".to_string()),
                (
                    "https://example.gov.vn/gioi-thieu/".to_string(),
                    "5:41".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_link_with_an_escaped_ampersand_is_where_it_is_written() {
        let found =
            urls("<p>x</p>\n  <a href=\"/tim/?q=a&amp;trang=2\">t</a> <a href=\"/b/\">b</a>\n");
        assert_eq!(
            found,
            [
                ("/tim/?q=a&trang=2".to_string(), "2:12".to_string()),
                ("/b/".to_string(), "2:50".to_string()),
            ]
        );
    }

    #[test]
    fn an_image_or_script_is_a_src() {
        let found = read("<script src=\"/js/a.js\"></script><a href=\"/b/\">b</a>");
        assert!(found[0].src);
        assert!(!found[1].src);
    }
}
