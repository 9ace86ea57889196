//! Markdown → safe HTML.
//!
//! Steps:
//! 1. parse with pulldown-cmark (tables, footnotes, strikethrough, task
//!    lists, heading attributes);
//! 2. give every heading an `id` from its text (deduplicated), for anchors
//!    and the table of contents;
//! 3. set fenced `chart` and `indicator-table` blocks aside for the caller,
//!    leaving a placeholder; images too: the caller publishes them
//!    (`<picture>` with `srcset`), and an image with a title alone in
//!    its paragraph, or amid its text, becomes a `<figure>` between the
//!    paragraph's two halves (empty halves are dropped);
//! 4. prefix site-absolute links (`/indicators/sipas/`) with the base path;
//! 5. sanitise raw HTML with ammonia (unless the site allows raw HTML);
//! 6. put the caller's HTML for each set-aside block in its placeholder;
//! 7. hand back, beside the HTML, the links and anchors the text wrote
//!    and where ([`super::links`]), with the ids its blocks write (the
//!    caller tells them with each block's HTML), for `check`.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};

pub use super::links::BlockHtml;
use super::links::Gathered;
use super::nesting::Nesting;
pub use super::rendered::{Heading, RenderedMarkdown};
use crate::web::slug::slugify;

pub use super::inline::needs_base_path;
use super::inline::{code_span, rewrite_link};
pub use super::sanitize::{safe_url, sanitize};
pub use crate::load::blocks::BlockKind;

pub struct MarkdownOptions<'a> {
    /// The base URL's path, ending in `/` (`/` or `/cchc/`).
    pub base_path: &'a str,
    /// Sanitise raw HTML (the default) or keep it as written.
    pub sanitize: bool,
    /// Hosts whose iframes survive sanitising.
    pub embed_hosts: &'a [String],
}

/// An image as a page writes it, for the caller to publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageEvent<'a> {
    /// The address as written.
    pub src: &'a str,
    /// The alt text as plain text.
    pub alt: &'a str,
    /// The title, which is the caption.
    pub caption: Option<&'a str>,
    /// A `<figure>` is wanted: the image has a caption and stands in a
    /// paragraph (not in a link, a heading or a table cell).
    pub figure: bool,
}

const MARK: char = '\u{E000}';

/// The placeholder of set-aside block `i`. It carries a hash of the whole
/// document, which the document cannot contain, so text written by a user
/// can never pass for it.
fn placeholder(nonce: u128, i: usize) -> String {
    format!("{MARK}baocao-{nonce:032x}-{i}{MARK}")
}

/// The bare placeholder of an inline set-aside (an image in a line).
fn inline_placeholder(nonce: u128, i: usize) -> String {
    format!("{MARK}baocao-{nonce:032x}-{i}{MARK}")
}

/// Renders `md`; `block(kind, body, line)` makes the HTML for a set-aside
/// block, `line` being the 1-based line of the block's first body line
/// within `md`; `image` makes the HTML of an image, or `None` to leave it
/// to pulldown-cmark (`<img>` as written).
pub fn render<E>(
    md: &str,
    opts: &MarkdownOptions,
    mut block: impl FnMut(BlockKind, &str, usize) -> Result<String, E>,
    image: impl FnMut(&ImageEvent) -> Option<String>,
) -> Result<RenderedMarkdown, Vec<E>> {
    let block = |kind, body: &str, line| block(kind, body, line).map(BlockHtml::from);
    render_blocks(md, opts, block, image)
}

/// [`render`], with blocks that tell the ids they write: they are among
/// the text's anchors ([`anchors`]).
pub fn render_blocks<E>(
    md: &str,
    opts: &MarkdownOptions,
    block: impl FnMut(BlockKind, &str, usize) -> Result<BlockHtml, E>,
    image: impl FnMut(&ImageEvent) -> Option<String>,
) -> Result<RenderedMarkdown, Vec<E>> {
    let mut events = Events::new(md);
    let mut walk = Walk::new(md, opts, block, image);
    while let Some((ev, range)) = events.next() {
        walk.event(ev, range, &mut events);
    }
    walk.finish(events.nesting.too_deep_at)
}

/// pulldown-cmark's events with their offsets, each seen by the nesting
/// guard; the reference definitions stay at hand.
struct Events<'a> {
    inner: pulldown_cmark::OffsetIter<'a, pulldown_cmark::DefaultBrokenLinkCallback>,
    nesting: Nesting,
}

impl<'a> Events<'a> {
    fn new(md: &'a str) -> Self {
        Events {
            inner: Parser::new_ext(md, crate::load::blocks::MARKDOWN_OPTIONS).into_offset_iter(),
            nesting: Nesting::default(),
        }
    }

    fn defs(&self) -> &pulldown_cmark::RefDefs<'_> {
        self.inner.reference_definitions()
    }
}

impl<'a> Iterator for Events<'a> {
    type Item = (Event<'a>, Range<usize>);
    fn next(&mut self) -> Option<Self::Item> {
        let (ev, range) = self.inner.next()?;
        self.nesting.see(&ev, range.start);
        Some((ev, range))
    }
}

/// One rendering under way: the events to write and what was set aside
/// or learnt on the way.
struct Walk<'a, 'o, E, B, I> {
    md: &'a str,
    opts: &'o MarkdownOptions<'o>,
    block: B,
    image: I,
    line_starts: Vec<usize>,
    nonce: u128,
    out: Vec<Event<'a>>,
    /// Set-aside HTML, and whether it stands in a line (an image) rather
    /// than as a block.
    blocks: Vec<(String, bool)>,
    /// Open elements: `true` for a paragraph (a figure may split it).
    open: Vec<bool>,
    split_any: bool,
    errors: Vec<E>,
    headings: Vec<Heading>,
    ids: UniqueIds,
    first_paragraph: String,
    /// `Some(true)` while inside the first paragraph.
    in_first_para: Option<bool>,
    links: Gathered,
}

impl<'a, 'o, E, B, I> Walk<'a, 'o, E, B, I>
where
    B: FnMut(BlockKind, &str, usize) -> Result<BlockHtml, E>,
    I: FnMut(&ImageEvent) -> Option<String>,
{
    fn new(md: &'a str, opts: &'o MarkdownOptions<'o>, block: B, image: I) -> Self {
        Walk {
            md,
            opts,
            block,
            image,
            line_starts: std::iter::once(0)
                .chain(md.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
            nonce: xxhash_rust::xxh3::xxh3_128(md.as_bytes()),
            out: Vec::new(),
            blocks: Vec::new(),
            open: Vec::new(),
            split_any: false,
            errors: Vec::new(),
            headings: Vec::new(),
            ids: UniqueIds::default(),
            first_paragraph: String::new(),
            in_first_para: None,
            links: Gathered::default(),
        }
    }

    /// The 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    fn event(&mut self, ev: Event<'a>, range: Range<usize>, events: &mut Events<'a>) {
        self.links.see(self.md, &ev, &range, events.defs());
        match ev {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                self.fenced(info, &range, events)
            }
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => self.heading(level, id, classes, events),
            Event::Start(image @ Tag::Image { .. }) => self.image(image, &range, events),
            Event::Start(Tag::Paragraph) => {
                if self.in_first_para.is_none() {
                    self.in_first_para = Some(true);
                }
                self.open.push(true);
                self.out.push(Event::Start(Tag::Paragraph));
            }
            Event::End(TagEnd::Paragraph) => {
                if self.in_first_para == Some(true) {
                    // A paragraph of photos only is not the first paragraph.
                    self.in_first_para = if self.first_paragraph.trim().is_empty() {
                        None
                    } else {
                        Some(false)
                    };
                }
                self.open.pop();
                self.out.push(Event::End(TagEnd::Paragraph));
            }
            Event::Text(t) if self.in_first_para == Some(true) => {
                self.first_paragraph.push_str(&t);
                self.out.push(Event::Text(t));
            }
            Event::Code(t) => {
                if self.in_first_para == Some(true) {
                    self.first_paragraph.push_str(&t);
                }
                self.out.push(code_span(t));
            }
            Event::SoftBreak if self.in_first_para == Some(true) => {
                self.first_paragraph.push(' ');
                self.out.push(Event::SoftBreak);
            }
            other => {
                match &other {
                    Event::Start(_) => self.open.push(false),
                    Event::End(_) => {
                        self.open.pop();
                    }
                    _ => {}
                }
                self.out
                    .push(rewrite_link(other, self.opts.base_path, self.opts.sanitize));
            }
        }
    }

    /// A fenced block: set aside when it is one of ours (`chart`…), else
    /// written as code.
    fn fenced(&mut self, info: CowStr<'a>, range: &Range<usize>, events: &mut Events<'a>) {
        let Some(kind) = BlockKind::of_info(&info) else {
            self.open.push(false);
            self.out
                .push(Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))));
            return;
        };
        let mut body = String::new();
        for (ev, _) in events.by_ref() {
            match ev {
                Event::Text(t) => body.push_str(&t),
                Event::End(TagEnd::CodeBlock) => break,
                _ => {}
            }
        }
        let line = self.line_of(range.start) + 1;
        match (self.block)(kind, &body, line) {
            Ok(b) => {
                let html = self.links.block(b);
                self.set_aside(html);
            }
            Err(e) => self.errors.push(e),
        }
    }

    /// A block placeholder for `html`.
    fn set_aside(&mut self, html: String) {
        self.out.push(Event::Html(CowStr::from(format!(
            "\n<p>{}</p>\n",
            placeholder(self.nonce, self.blocks.len())
        ))));
        self.blocks.push((html, false));
    }

    /// A heading, with a unique id from its text or its `{#id}`.
    fn heading(
        &mut self,
        level: HeadingLevel,
        id: Option<CowStr<'a>>,
        classes: Vec<CowStr<'a>>,
        events: &mut Events<'a>,
    ) {
        let mut inner = Vec::new();
        let mut text = String::new();
        while let Some((ev, range)) = events.next() {
            self.links.see(self.md, &ev, &range, events.defs());
            match &ev {
                Event::End(TagEnd::Heading(_)) => break,
                Event::Text(t) | Event::Code(t) => text.push_str(t),
                _ => {}
            }
            inner.push(ev);
        }
        // `{#id .class key=value}`: the id is slugged like any other,
        // classes keep only safe names, and other attributes
        // (`onmouseover=…`) are dropped.
        let base = slugify(id.as_deref().unwrap_or(&text));
        let base = if base.is_empty() {
            "section".to_string()
        } else {
            base
        };
        let unique = self.ids.unique(base);
        self.headings.push(Heading {
            level: heading_number(level),
            id: unique.clone(),
            text: text.trim().to_string(),
        });
        self.out.push(Event::Start(Tag::Heading {
            level,
            id: Some(CowStr::from(unique)),
            classes: classes.into_iter().filter(|c| is_class_name(c)).collect(),
            attrs: Vec::new(),
        }));
        let opts = self.opts;
        self.out.extend(
            inner
                .into_iter()
                .map(|e| rewrite_link(e, opts.base_path, opts.sanitize)),
        );
        self.out.push(Event::End(TagEnd::Heading(level)));
    }

    /// An image: the caller's HTML (a figure between the paragraph's two
    /// halves, or in the line), else pulldown-cmark's `<img>`.
    fn image(&mut self, tag: Tag<'a>, range: &Range<usize>, events: &mut Events<'a>) {
        let Tag::Image {
            link_type,
            ref dest_url,
            ref title,
            ref id,
        } = tag
        else {
            return;
        };
        let mut inner = Vec::new();
        let mut depth = 0usize;
        for (ev, _) in events.by_ref() {
            match ev {
                Event::Start(Tag::Image { .. }) => depth += 1,
                Event::End(TagEnd::Image) if depth == 0 => break,
                Event::End(TagEnd::Image) => depth -= 1,
                _ => {}
            }
            inner.push(ev);
        }
        let alt = crate::load::images::alt_text(inner.iter().cloned());
        let caption = Some(title.trim()).filter(|t| !t.is_empty());
        let figure = caption.is_some() && self.open.last() == Some(&true);
        let ev = ImageEvent {
            src: dest_url,
            alt: &alt,
            caption,
            figure,
        };
        let html = (self.image)(&ev);
        // The caller publishes photos from files it has checked; an
        // absolute address it writes as it is.
        if html.is_none() || dest_url.contains("://") {
            let defs = events.defs();
            self.links
                .image(self.md, range, (link_type, dest_url, id), defs);
        }
        match html {
            Some(html) if figure => {
                // Close the paragraph, the figure, open it again.
                self.out.push(Event::End(TagEnd::Paragraph));
                self.set_aside(html);
                self.out.push(Event::Start(Tag::Paragraph));
                self.split_any = true;
            }
            Some(html) => {
                self.out
                    .push(Event::InlineHtml(CowStr::from(inline_placeholder(
                        self.nonce,
                        self.blocks.len(),
                    ))));
                self.blocks.push((html, true));
            }
            None => {
                self.out.push(rewrite_link(
                    Event::Start(tag),
                    self.opts.base_path,
                    self.opts.sanitize,
                ));
                self.out.extend(inner);
                self.out.push(Event::End(TagEnd::Image));
            }
        }
    }

    /// The HTML, raw HTML sanitised, set-aside blocks in their places.
    fn finish(self, too_deep_at: Option<usize>) -> Result<RenderedMarkdown, Vec<E>> {
        let mut out = if self.split_any {
            drop_empty_paragraphs(self.out)
        } else {
            self.out
        };
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        let nonce = self.nonce;
        // Raw HTML the author wrote, wherever it stands (a heading's text
        // too): every HTML event but the placeholders of our set-asides.
        let ours = |h: &str| {
            h.starts_with(&format!("\n<p>{MARK}baocao-{nonce:032x}-"))
                || h.starts_with(&format!("{MARK}baocao-{nonce:032x}-"))
        };
        let has_raw_html = out
            .iter()
            .any(|e| matches!(e, Event::Html(h) | Event::InlineHtml(h) if !ours(h)));
        let too_deep_line = too_deep_at
            .filter(|_| self.opts.sanitize && has_raw_html)
            .map(|at| self.line_starts.partition_point(|&s| s <= at));
        if too_deep_line.is_some() {
            // Too deep to sanitise in linear time: raw HTML becomes text.
            for ev in out.iter_mut() {
                if let Event::Html(h) | Event::InlineHtml(h) = ev
                    && !ours(h)
                {
                    *ev = Event::Text(h.clone());
                }
            }
        }
        let mut html = String::with_capacity(self.md.len() * 3 / 2);
        pulldown_cmark::html::push_html(&mut html, out.into_iter());
        // pulldown-cmark escapes text and attributes itself, and unsafe
        // link schemes are already dropped: only raw HTML needs the
        // sanitiser.
        if self.opts.sanitize && has_raw_html && too_deep_line.is_none() {
            html = sanitize(&html, self.opts.embed_hosts);
        }
        for (i, (b, inline)) in self.blocks.iter().enumerate() {
            html = if *inline {
                html.replacen(&inline_placeholder(nonce, i), b, 1)
            } else {
                html.replacen(&format!("<p>{}</p>", placeholder(nonce, i)), b, 1)
            };
        }
        let mut links = self.links;
        links.finish(self.md);
        Ok(RenderedMarkdown {
            html,
            first_paragraph: self.first_paragraph.trim().to_string(),
            headings: self.headings,
            too_deep_line,
            links,
        })
    }
}

/// Drops paragraphs left empty where a figure split one (nothing a user
/// writes makes an empty paragraph).
fn drop_empty_paragraphs(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let blank = |e: &Event| match e {
        Event::SoftBreak => true,
        Event::Text(t) => t.trim().is_empty(),
        _ => false,
    };
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        if matches!(events[i], Event::Start(Tag::Paragraph)) {
            let mut j = i + 1;
            while j < events.len() && blank(&events[j]) {
                j += 1;
            }
            if matches!(events.get(j), Some(Event::End(TagEnd::Paragraph))) {
                i = j + 1;
                continue;
            }
        }
        out.push(events[i].clone());
        i += 1;
    }
    out
}

/// Heading ids made unique (`a`, `a-1`, `a-2`…) in time linear in the
/// number of headings: each base remembers the next number to try.
#[derive(Default)]
struct UniqueIds {
    used: HashSet<String>,
    next: HashMap<String, usize>,
}

impl UniqueIds {
    fn unique(&mut self, base: String) -> String {
        if self.used.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(1);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// A class name that needs no escaping and cannot be mistaken for more.
fn is_class_name(c: &str) -> bool {
    !c.is_empty()
        && c.chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
}

fn heading_number(level: HeadingLevel) -> u8 {
    level as u8
}

/// Prefixes site-absolute links with the base path: `/a/` → `/cchc/a/`.
/// The text of a Markdown string without its markup (`**PCI**` → `PCI`),
/// on one line: for summaries, search snippets and feeds.
pub fn plain_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for ev in Parser::new_ext(md, crate::load::blocks::MARKDOWN_OPTIONS) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Plain text of at most `max` characters, cut at a word.
pub fn truncate_words(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

/// Renders a short Markdown string (an indicator's description).
pub fn render_simple(md: &str, opts: &MarkdownOptions) -> String {
    render::<()>(
        md,
        opts,
        |_, body, _| {
            Ok(format!(
                "<pre><code>{}</code></pre>",
                crate::web::escape(body)
            ))
        },
        |_| None,
    )
    .map(|r| r.html)
    .unwrap_or_default()
}

/// Every anchor the text defines: its headings' ids, the ids of its raw
/// HTML, its footnotes, the ids its blocks reported (the ids of the
/// templates that wrote them are in `links.templates`).
pub fn anchors(r: &RenderedMarkdown) -> impl Iterator<Item = &str> {
    r.headings
        .iter()
        .map(|h| h.id.as_str())
        .chain(r.links.anchors.iter().map(String::as_str))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> MarkdownOptions<'static> {
        MarkdownOptions {
            base_path: "/cchc/",
            sanitize: true,
            embed_hosts: &[],
        }
    }

    fn html(md: &str) -> String {
        render::<String>(
            md,
            &opts(),
            |k, b, l| {
                Ok(format!(
                    "<div data-k=\"{k:?}\" data-l=\"{l}\">{}</div>",
                    b.trim()
                ))
            },
            |i| {
                Some(format!(
                    "{}<img src=\"{}\" alt=\"{}\">{}",
                    if i.figure { "<figure>" } else { "" },
                    i.src,
                    i.alt,
                    i.caption
                        .map(|c| format!("<figcaption>{c}</figcaption></figure>"))
                        .filter(|_| i.figure)
                        .unwrap_or_default()
                ))
            },
        )
        .unwrap()
        .html
    }

    #[test]
    fn an_address_in_code_may_break_after_its_slashes_and_code_stays_code() {
        let h = html(
            "Chạy `baocao build` rồi mở `/indicators/<id>/`.\n\n| a |\n|---|\n| `/data/x.json` |\n",
        );
        assert!(
            h.contains("<p>Chạy <code>baocao build</code>"),
            "first paragraph: {h}"
        );
        assert!(
            h.contains("<code>/indicators/<wbr>&lt;id&gt;/</code>"),
            "{h}"
        );
        assert!(h.contains("<td><code>/data/<wbr>x.json</code></td>"), "{h}");
    }

    #[test]
    fn renders_extensions_and_anchors() {
        let h = html(
            "# Mục tiêu\n\n## Mục tiêu\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n- [x] xong\n\n~~cũ~~ và chú thích[^1]\n\n[^1]: Nguồn.\n",
        );
        assert!(h.contains("<h1 id=\"muc-tieu\">"), "{h}");
        assert!(h.contains("<h2 id=\"muc-tieu-1\">"), "{h}");
        assert!(h.contains("<table>"));
        assert!(h.contains("text-align: right"));
        assert!(h.contains("type=\"checkbox\""));
        assert!(h.contains("<del>cũ</del>"));
        assert!(h.contains("footnote-definition"));
    }

    #[test]
    fn replaces_chart_blocks_with_their_line() {
        let h = html("Text\n\n```chart\nindicator: sipas\n```\n\n```yaml\na: 1\n```\n");
        assert!(
            h.contains("<div data-k=\"Chart\" data-l=\"4\">indicator: sipas</div>"),
            "{h}"
        );
        assert!(h.contains("language-yaml"));
    }

    #[test]
    fn images_with_a_caption_become_figures_between_paragraph_halves() {
        let h = html(
            "![Ảnh một](a.jpg \"Chú thích\")\n\nTrước ![Hai](b.jpg \"Hai\") sau.\n\n[![Ba](c.jpg \"Ba\")](/x/) và ![Bốn](d.jpg) <b>đậm</b>\n\n| ![Năm](e.jpg \"Năm\") |\n|---|\n| x |\n",
        );
        let flat = h.replace('\n', "");
        assert!(
            flat.starts_with("<figure><img src=\"a.jpg\" alt=\"Ảnh một\"><figcaption>Chú thích</figcaption></figure><p>Trước </p><figure><img src=\"b.jpg\" alt=\"Hai\"><figcaption>Hai</figcaption></figure><p> sau.</p>"),
            "{h}"
        );
        // In a link or a table cell: in the line, no figure.
        assert!(h.contains("<a href=\"/cchc/x/\"><img src=\"c.jpg\" alt=\"Ba\"></a> và <img src=\"d.jpg\" alt=\"Bốn\">"), "{h}");
        assert!(
            h.contains("<th><img src=\"e.jpg\" alt=\"Năm\"></th>"),
            "{h}"
        );
        assert!(!h.contains("<p></p>") && !h.contains("baocao-"), "{h}");
    }

    #[test]
    fn prefixes_site_links_and_sanitises() {
        let h = html(
            "[SIPAS](/indicators/sipas/) [x](https://a.vn/) <script>alert(1)</script> [bad](javascript:alert(1)) <img src=x onerror=alert(1)>",
        );
        assert!(h.contains("href=\"/cchc/indicators/sipas/\""), "{h}");
        assert!(h.contains("href=\"https://a.vn/\""));
        assert!(!h.contains("<script"));
        assert!(!h.contains("javascript:"));
        assert!(!h.contains("onerror"));
    }

    #[test]
    fn keeps_iframes_only_from_allowed_hosts() {
        let hosts = vec!["www.youtube.com".to_string()];
        let s = sanitize(
            "<iframe src=\"https://www.youtube.com/embed/x\"></iframe><iframe src=\"https://evil.example/\"></iframe>",
            &hosts,
        );
        assert!(s.contains("youtube.com/embed/x"));
        assert!(!s.contains("evil"));
    }

    #[test]
    fn plain_text_drops_the_markup() {
        assert_eq!(
            plain_text("Xếp hạng **PCI** của [VCCI](https://x.vn/)\nnăm `2020`.\n\n- một\n- hai"),
            "Xếp hạng PCI của VCCI năm 2020. một hai"
        );
    }

    #[test]
    fn extracts_first_paragraph_and_truncates() {
        let r = render::<()>(
            "# T\n\n![Ảnh](a.jpg)\n\nMột *hai*\nba.\n\nBốn.",
            &opts(),
            |_, _, _| Ok(String::new()),
            |_| Some(String::new()),
        )
        .unwrap();
        assert_eq!(r.first_paragraph, "Một hai ba.");
        assert_eq!(truncate_words("một hai ba bốn năm", 9), "một hai…");
    }
}

#[cfg(test)]
mod url_tests {
    use super::*;

    #[test]
    fn only_safe_schemes_pass() {
        for ok in [
            "/a/",
            "a/b",
            "#x",
            "https://a.vn/",
            "mailto:a@b.vn",
            "tel:+84",
            "?q=1",
            "../x:y",
        ] {
            assert!(safe_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:x",
            "java\tscript:x",
            " javascript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            assert!(!safe_url(bad), "{bad}");
        }
    }

    #[test]
    fn raw_html_in_a_heading_is_sanitised_too() {
        // Found by the property test: a page whose only raw HTML stood in
        // a heading skipped the sanitiser.
        for md in [
            ":<div onclick=\"x\"><span>\r=",
            "Tiêu đề <img src=x onerror=alert(1)>\n===",
            "## Mục <a href=\"#\" onmouseover=\"x()\">a</a>",
        ] {
            let opts = MarkdownOptions {
                base_path: "/",
                sanitize: true,
                embed_hosts: &[],
            };
            let h = render::<()>(md, &opts, |_, _, _| Ok(String::new()), |_| None)
                .unwrap()
                .html;
            assert!(
                !h.contains("onclick") && !h.contains("onerror") && !h.contains("onmouseover"),
                "{md:?}: {h}"
            );
        }
    }

    #[test]
    fn pages_without_raw_html_stay_safe_without_the_sanitiser() {
        let opts = MarkdownOptions {
            base_path: "/",
            sanitize: true,
            embed_hosts: &[],
        };
        let r = render::<()>("[x](javascript:alert(1)) ![i](data:image/png;base64,AAAA) [t](<java\tscript:x>) \"'<>&", &opts, |_, _, _| Ok(String::new()), |_| None).unwrap();
        assert!(
            !r.html.contains("javascript:")
                && !r.html.contains("data:")
                && !r.html.contains("script:x"),
            "{}",
            r.html
        );
        assert!(r.html.contains("\"'&lt;&gt;&amp;"), "{}", r.html);
    }
}
