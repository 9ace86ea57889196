//! The links and anchors a Markdown text writes, gathered while it is
//! rendered, with where it writes them: `check` judges them without
//! reading the site's output again.
//!
//! Steps:
//! 1. a Markdown link or image: its address as written, at the offset of
//!    the address (inline `](url)`, a reference's definition `[x]: url`,
//!    an autolink `<url>`);
//! 2. raw HTML: the `href` of each `<a>`, the `src` of each `<img>` and
//!    every `id` (and `<a name>`), read with html5ever's tokenizer from the
//!    source text of each run of raw HTML;
//! 3. footnote definitions, whose labels pulldown-cmark writes as ids;
//! 4. the ids of the blocks set in the text (a chart's `chart-sipas-line`,
//!    as the code that makes it reports it) and the templates that wrote
//!    them, whose own ids the theme knows.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, RefDefs, Tag};

/// A link or image address as a Markdown text writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The address as written (entities decoded in raw HTML).
    pub url: String,
    /// The byte offset of the address in the Markdown text.
    pub at: usize,
    /// An image (`![…](…)`, `<img src>`) rather than a link.
    pub image: bool,
    /// Written in raw HTML, which baocao does not give the base path.
    pub html: bool,
}

/// The HTML a caller makes for a set-aside block, and what `check` needs
/// to know of it: the ids the caller computed for it (a chart's
/// `chart-sipas-line`) and the template that wrote it, whose own ids the
/// theme knows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BlockHtml {
    pub html: String,
    pub ids: Vec<String>,
    pub template: Option<&'static str>,
}

impl From<String> for BlockHtml {
    fn from(html: String) -> Self {
        BlockHtml {
            html,
            ..BlockHtml::default()
        }
    }
}

/// What a Markdown text links to, and the anchors it defines besides its
/// headings' ids (which are in `RenderedMarkdown::headings`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Gathered {
    pub links: Vec<Written>,
    pub anchors: Vec<String>,
    /// The templates that wrote the text's blocks (`partials/chart.html`):
    /// their ids are the page's too.
    pub templates: Vec<&'static str>,
    /// Runs of raw HTML (byte ranges of the text), read at the end.
    raw: Vec<Range<usize>>,
}

impl Gathered {
    /// Notes what `ev` (at `range` of `md`) links to or defines.
    pub(super) fn see(&mut self, md: &str, ev: &Event, range: &Range<usize>, defs: &RefDefs) {
        match ev {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                id,
                ..
            }) => self.markdown(md, range, *link_type, dest_url, id, defs, false),
            Event::Html(_) | Event::InlineHtml(_) => match self.raw.last_mut() {
                Some(last) if last.end == range.start => last.end = range.end,
                _ => self.raw.push(range.clone()),
            },
            Event::Start(Tag::FootnoteDefinition(label)) => self.anchors.push(label.to_string()),
            _ => {}
        }
    }

    /// Notes the ids a set-aside block writes and the template that wrote
    /// it; hands back its HTML.
    pub(super) fn block(&mut self, b: BlockHtml) -> String {
        self.anchors.extend(b.ids);
        if let Some(t) = b.template
            && !self.templates.contains(&t)
        {
            self.templates.push(t);
        }
        b.html
    }

    /// Notes an image pulldown-cmark writes as `<img>` (the caller
    /// publishes the others from files it has checked).
    pub(super) fn image(
        &mut self,
        md: &str,
        range: &Range<usize>,
        (link_type, dest, id): (LinkType, &str, &str),
        defs: &RefDefs,
    ) {
        self.markdown(md, range, link_type, dest, id, defs, true);
    }

    #[allow(clippy::too_many_arguments)]
    fn markdown(
        &mut self,
        md: &str,
        range: &Range<usize>,
        link_type: LinkType,
        dest: &str,
        id: &str,
        defs: &RefDefs,
        image: bool,
    ) {
        if matches!(link_type, LinkType::Email) {
            return;
        }
        let at = match link_type {
            LinkType::Autolink => range.start + 1,
            LinkType::Inline => inline_dest(md, range, dest),
            _ => defs
                .get(id)
                .map(|d| written_in(md, &d.span, dest).unwrap_or(d.span.start))
                .unwrap_or(range.start),
        };
        let url = if md[at..].starts_with(dest) {
            dest.to_string()
        } else {
            written_at(md, at).unwrap_or_else(|| dest.to_string())
        };
        self.links.push(Written {
            url,
            at,
            image,
            html: false,
        });
    }

    /// Reads the raw HTML runs seen; call once, after the last event.
    pub(super) fn finish(&mut self, md: &str) {
        for run in std::mem::take(&mut self.raw) {
            let text = &md[run.clone()];
            let mut from = 0;
            for (name, attr, value) in attributes(text) {
                match (name.as_str(), attr.as_str()) {
                    ("a", "href") | ("img", "src") => {
                        let found = value_at(text, from, &value);
                        if let Some(i) = found {
                            from = i + value.len();
                        }
                        self.links.push(Written {
                            at: run.start + found.unwrap_or(from),
                            url: value,
                            image: name == "img",
                            html: true,
                        });
                    }
                    (_, "id") | ("a", "name") => self.anchors.push(value),
                    _ => {}
                }
            }
        }
    }
}

/// Where the address of the inline link at `range` begins: after the
/// `(` that follows the link's text (the last `(` or `(<` before a copy
/// of `dest`), else the link's start.
fn inline_dest(md: &str, range: &Range<usize>, dest: &str) -> usize {
    let text = &md[range.clone()];
    let opens = |i: usize| {
        let before = text[..i].trim_end();
        before.ends_with('(') || before.ends_with("(<")
    };
    if !dest.is_empty()
        && let Some((i, _)) = text.rmatch_indices(dest).find(|&(i, _)| opens(i))
    {
        return range.start + i;
    }
    // Written otherwise (escapes, entities): after the last `](`.
    match text.rfind("](") {
        Some(i) => {
            let rest = &text[i + 2..];
            let skip = rest.len() - rest.trim_start().trim_start_matches('<').len();
            range.start + i + 2 + skip
        }
        None => range.start,
    }
}

/// Where `dest` is written inside `span` (a reference's definition).
fn written_in(md: &str, span: &Range<usize>, dest: &str) -> Option<usize> {
    let text = &md[span.clone()];
    let colon = text.find("]:")?;
    let rest = &text[colon + 2..];
    let i = rest.find(dest).or_else(|| {
        // Written otherwise: the first non-space after `]:`.
        Some(rest.len() - rest.trim_start().trim_start_matches('<').len())
    })?;
    Some(span.start + colon + 2 + i)
}

/// The address written at `at` (up to a space, `)` or `>`), when it is
/// not written as pulldown-cmark reads it (escapes, entities).
fn written_at(md: &str, at: usize) -> Option<String> {
    let rest = md.get(at..)?;
    let end = rest
        .find(|c: char| c.is_whitespace() || c == ')' || c == '>')
        .unwrap_or(rest.len());
    Some(rest[..end].to_string()).filter(|s| !s.is_empty())
}

/// Where the attribute value `value` is written in `text`, from `from`
/// on: after `="`, `='` or `=`.
fn value_at(text: &str, from: usize, value: &str) -> Option<usize> {
    let rest = text.get(from..)?;
    ["=\"", "='", "="].iter().find_map(|q| {
        rest.find(&format!("{q}{value}"))
            .map(|i| from + i + q.len())
    })
}

pub(crate) use crate::web::html::attributes;
