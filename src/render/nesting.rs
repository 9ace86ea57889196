//! How deep a page's HTML nests, counted while its Markdown is parsed.
//!
//! The HTML sanitiser (html5ever, under ammonia) looks up the stack of open
//! elements for each tag, so its time grows with size × depth: 300 KB of
//! nested `<div>` took 12 s. Pages whose elements nest deeper than
//! [`MAX_DEPTH`] are refused before sanitising, which keeps any page up to
//! the input size limit linear.

use pulldown_cmark::Event;

/// Deeper than any page a person writes (lists in tables in quotes stay
/// under 20).
pub const MAX_DEPTH: usize = 100;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Counts open elements across Markdown events and raw HTML.
#[derive(Debug, Default)]
pub struct Nesting {
    depth: usize,
    /// The byte offset (in the Markdown) where the depth first went past
    /// [`MAX_DEPTH`].
    pub too_deep_at: Option<usize>,
}

impl Nesting {
    pub fn see(&mut self, ev: &Event, offset: usize) {
        match ev {
            Event::Start(_) => self.open(offset),
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            Event::Html(h) | Event::InlineHtml(h) => self.raw(h, offset),
            _ => {}
        }
    }

    fn open(&mut self, offset: usize) {
        self.depth += 1;
        if self.depth > MAX_DEPTH && self.too_deep_at.is_none() {
            self.too_deep_at = Some(offset);
        }
    }

    /// A raw HTML fragment: start tags of non-void elements open, end tags
    /// close; comments, declarations and quoted attribute values are
    /// skipped. An approximation of HTML's rules that never undercounts
    /// what the sanitiser sees by much, in one pass.
    fn raw(&mut self, h: &str, offset: usize) {
        let b = h.as_bytes();
        let mut i = 0;
        while let Some(k) = b[i..].iter().position(|&c| c == b'<') {
            i += k + 1;
            if b[i..].starts_with(b"!--") {
                i = find(b, i + 3, b"-->").map_or(b.len(), |e| e + 3);
                continue;
            }
            let closing = b.get(i) == Some(&b'/');
            let start = if closing { i + 1 } else { i };
            let name_len = b[start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            if name_len == 0 || !b[start].is_ascii_alphabetic() {
                continue;
            }
            let name = h[start..start + name_len].to_ascii_lowercase();
            let (end, self_closing) = tag_end(b, start + name_len);
            i = end;
            if closing {
                self.depth = self.depth.saturating_sub(1);
            } else if !self_closing && !VOID.contains(&name.as_str()) {
                self.open(offset);
            }
        }
    }
}

/// The index after the `>` that ends a tag (quotes respected), and whether
/// it was `/>`.
fn tag_end(b: &[u8], mut i: usize) -> (usize, bool) {
    let mut quote = None;
    while i < b.len() {
        match (quote, b[i]) {
            (None, b'"' | b'\'') => quote = Some(b[i]),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return (i + 1, i > 0 && b[i - 1] == b'/'),
            _ => {}
        }
        i += 1;
    }
    (b.len(), false)
}

fn find(b: &[u8], from: usize, what: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(what.len())
        .position(|w| w == what)
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::CowStr;

    fn depth_of(h: &str) -> Nesting {
        let mut n = Nesting::default();
        n.see(&Event::Html(CowStr::from(h.to_string())), 0);
        n
    }

    #[test]
    fn counts_elements_not_void_tags_comments_or_quoted_brackets() {
        let n = depth_of("<div class=\"a>b\"><br><img src=x/><!-- <div> --><p>x</p></div>");
        assert_eq!(n.depth, 0);
        let n = depth_of(&"<div><span>".repeat(30));
        assert_eq!(n.depth, 60);
        assert!(n.too_deep_at.is_none());
        let n = depth_of(&"<div>".repeat(MAX_DEPTH + 1));
        assert_eq!(n.too_deep_at, Some(0));
        let n = depth_of(&"<div></div>".repeat(10_000));
        assert!(n.too_deep_at.is_none());
    }
}
