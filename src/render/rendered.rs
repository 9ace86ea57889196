//! What the Markdown of a text renders to: its HTML, first paragraph,
//! headings and links. Pure data, held by the [`super::renderer::Renderer`]
//! for every page and made by `markdown`; it reaches no other part of
//! `render` but the links it holds.

use super::links::Gathered;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct RenderedMarkdown {
    pub html: String,
    /// The first paragraph as plain text.
    pub first_paragraph: String,
    pub headings: Vec<Heading>,
    /// The line where raw HTML began nesting deeper than the sanitiser
    /// handles in linear time; such a page's raw HTML is shown as text and
    /// the caller reports an error.
    pub too_deep_line: Option<usize>,
    /// The links, images and anchors the text writes, for `check`.
    pub links: Gathered,
}
