//! The images of a Markdown page, found and located: `![alt](src
//! "caption")` in the body (in document order, outermost images only:
//! an image inside another's alt text is text) and `image:` in the front
//! matter. The images step ([`crate::images`]) checks and processes them
//! with the site's other errors; rendering finds them again by `src`.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::diagnostics::Pos;
use crate::model::Page;

/// The alt text that marks an image as decoration (`![-](hoa-van.png)`):
/// published with `alt=""`, so screen readers pass over it.
pub const DECORATIVE: &str = "-";

/// One image a page shows, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    /// The address as written (`anh.jpg`, `/files/anh.jpg`, `https://…`).
    pub src: String,
    /// The alt text as plain text (Markdown markup dropped).
    pub alt: String,
    /// The title (`"chú thích"`), which becomes the caption.
    pub caption: Option<String>,
    /// Where the image is written: the `![` in the body, or `src:` in the
    /// front matter.
    pub pos: Pos,
    /// Where the alt text is (or should be).
    pub alt_pos: Pos,
    /// From the front matter's `image:`.
    pub featured: bool,
    /// Marked as decoration (alt text `-`, or `decorative: true`).
    pub decorative: bool,
}

/// Every image of `page`: the front matter's first, then the body's.
pub fn of_page(page: &Page) -> Vec<ImageRef> {
    let mut out = Vec::new();
    if let Some(f) = &page.meta.image {
        out.push(ImageRef {
            src: f.src.clone(),
            alt: f.alt.clone().unwrap_or_default(),
            caption: f.caption.clone().filter(|c| !c.trim().is_empty()),
            pos: page.pos.image_src,
            alt_pos: if f.alt.is_some() {
                page.pos.image_alt
            } else {
                page.pos.image
            },
            featured: true,
            decorative: f.decorative,
        });
    }
    out.extend(in_body(&page.body, page.body_line));
    out
}

/// The images of a Markdown body whose first line is the file's line
/// `body_line`.
pub fn in_body(body: &str, body_line: usize) -> Vec<ImageRef> {
    let mut out = Vec::new();
    // Most pages have none: skip the parse.
    if !body.contains("![") {
        return out;
    }
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(body.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let pos_of = |offset: usize| {
        let line = line_starts.partition_point(|&s| s <= offset);
        let start = line_starts[line - 1];
        let col = body[start..offset.min(body.len())].chars().count() + 1;
        Pos::new(body_line + line - 1, col)
    };
    let mut iter = Parser::new_ext(body, crate::load::blocks::MARKDOWN_OPTIONS).into_offset_iter();
    while let Some((ev, range)) = iter.next() {
        let Event::Start(Tag::Image {
            dest_url, title, ..
        }) = ev
        else {
            continue;
        };
        let alt = alt_text(iter.by_ref().map(|(e, _)| e));
        let pos = pos_of(range.start);
        out.push(ImageRef {
            src: dest_url.to_string(),
            decorative: alt.trim() == DECORATIVE,
            alt,
            caption: Some(title.to_string()).filter(|t| !t.trim().is_empty()),
            pos,
            alt_pos: Pos::new(pos.line, pos.col + 2),
            featured: false,
        });
    }
    out
}

/// The plain text of an image's alt, consuming events up to the image's
/// end (nested images count as their own alt text).
pub fn alt_text<'a>(events: impl Iterator<Item = Event<'a>>) -> String {
    let mut alt = String::new();
    let mut depth = 0usize;
    for ev in events {
        match ev {
            Event::Start(Tag::Image { .. }) => depth += 1,
            Event::End(TagEnd::Image) if depth == 0 => break,
            Event::End(TagEnd::Image) => depth -= 1,
            Event::Text(t) | Event::Code(t) => alt.push_str(&t),
            Event::SoftBreak | Event::HardBreak => alt.push(' '),
            _ => {}
        }
    }
    alt.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_images_with_their_place_alt_and_caption() {
        let body = "Đoạn một.\n\n  Ảnh: ![Hội nghị *sơ kết*](anh.jpg \"Chú thích\") và ![-](hoa.png)\n\n```\n![không](phải.jpg)\n```\n![ngoài ![trong](b.jpg)](a.jpg)\n";
        let found = in_body(body, 10);
        let got: Vec<(&str, &str, Option<&str>, Pos, bool)> = found
            .iter()
            .map(|r| {
                (
                    r.src.as_str(),
                    r.alt.as_str(),
                    r.caption.as_deref(),
                    r.pos,
                    r.decorative,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "anh.jpg",
                    "Hội nghị sơ kết",
                    Some("Chú thích"),
                    Pos::new(12, 8),
                    false
                ),
                ("hoa.png", "-", None, Pos::new(12, 53), true),
                ("a.jpg", "ngoài trong", None, Pos::new(17, 1), false),
            ]
        );
    }
}
