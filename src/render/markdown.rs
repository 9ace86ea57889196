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
//! 6. put the caller's HTML for each set-aside block in its placeholder.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};

use super::nesting::Nesting;
use crate::web::slug::slugify;

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
    mut image: impl FnMut(&ImageEvent) -> Option<String>,
) -> Result<RenderedMarkdown, Vec<E>> {
    let options = crate::load::blocks::MARKDOWN_OPTIONS;
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(md.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);

    let mut out_events: Vec<Event> = Vec::new();
    // Set-aside HTML, and whether it stands in a line (an image) rather
    // than as a block.
    let mut blocks: Vec<(String, bool)> = Vec::new();
    // Open elements: `true` for a paragraph (a figure may split it).
    let mut open: Vec<bool> = Vec::new();
    let mut split_any = false;
    let mut errors: Vec<E> = Vec::new();
    let mut headings = Vec::new();
    let mut ids = UniqueIds::default();
    let mut first_paragraph = String::new();
    let mut in_first_para: Option<bool> = None; // Some(true) while inside it

    let nonce = xxhash_rust::xxh3::xxh3_128(md.as_bytes());
    let nesting = std::cell::RefCell::new(Nesting::default());
    let mut iter = Parser::new_ext(md, options)
        .into_offset_iter()
        .inspect(|(ev, range)| nesting.borrow_mut().see(ev, range.start))
        .peekable();
    while let Some((ev, range)) = iter.next() {
        match ev {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let Some(kind) = BlockKind::of_info(&info) else {
                    open.push(false);
                    out_events.push(Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))));
                    continue;
                };
                let mut body = String::new();
                for (ev, _) in iter.by_ref() {
                    match ev {
                        Event::Text(t) => body.push_str(&t),
                        Event::End(TagEnd::CodeBlock) => break,
                        _ => {}
                    }
                }
                let line = line_of(range.start) + 1;
                match block(kind, &body, line) {
                    Ok(html) => {
                        out_events.push(Event::Html(CowStr::from(format!(
                            "\n<p>{}</p>\n",
                            placeholder(nonce, blocks.len())
                        ))));
                        blocks.push((html, false));
                    }
                    Err(e) => errors.push(e),
                }
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let mut inner = Vec::new();
                let mut text = String::new();
                for (ev, _) in iter.by_ref() {
                    match &ev {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(t) | Event::Code(t) => text.push_str(t),
                        _ => {}
                    }
                    inner.push(ev);
                }
                // `{#id .class key=value}`: the id is slugged like any
                // other, classes keep only safe names, and other
                // attributes (`onmouseover=…`) are dropped.
                let _ = attrs;
                let base = slugify(id.as_deref().unwrap_or(&text));
                let base = if base.is_empty() {
                    "section".to_string()
                } else {
                    base
                };
                let unique = ids.unique(base);
                headings.push(Heading {
                    level: heading_number(level),
                    id: unique.clone(),
                    text: text.trim().to_string(),
                });
                out_events.push(Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(unique)),
                    classes: classes.into_iter().filter(|c| is_class_name(c)).collect(),
                    attrs: Vec::new(),
                }));
                out_events.extend(inner.into_iter().map(|e| rewrite_link(e, opts)));
                out_events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let mut inner = Vec::new();
                let mut depth = 0usize;
                for (ev, _) in iter.by_ref() {
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
                let figure = caption.is_some() && open.last() == Some(&true);
                let ev = ImageEvent {
                    src: &dest_url,
                    alt: &alt,
                    caption,
                    figure,
                };
                match image(&ev) {
                    Some(html) if figure => {
                        // Close the paragraph, the figure, open it again.
                        out_events.push(Event::End(TagEnd::Paragraph));
                        out_events.push(Event::Html(CowStr::from(format!(
                            "\n<p>{}</p>\n",
                            placeholder(nonce, blocks.len())
                        ))));
                        out_events.push(Event::Start(Tag::Paragraph));
                        blocks.push((html, false));
                        split_any = true;
                    }
                    Some(html) => {
                        out_events.push(Event::InlineHtml(CowStr::from(inline_placeholder(
                            nonce,
                            blocks.len(),
                        ))));
                        blocks.push((html, true));
                    }
                    None => {
                        out_events.push(rewrite_link(
                            Event::Start(Tag::Image {
                                link_type,
                                dest_url,
                                title,
                                id,
                            }),
                            opts,
                        ));
                        out_events.extend(inner);
                        out_events.push(Event::End(TagEnd::Image));
                    }
                }
            }
            Event::Start(Tag::Paragraph) => {
                if in_first_para.is_none() {
                    in_first_para = Some(true);
                }
                open.push(true);
                out_events.push(Event::Start(Tag::Paragraph));
            }
            Event::End(TagEnd::Paragraph) => {
                if in_first_para == Some(true) {
                    // A paragraph of photos only is not the first paragraph.
                    in_first_para = if first_paragraph.trim().is_empty() {
                        None
                    } else {
                        Some(false)
                    };
                }
                open.pop();
                out_events.push(Event::End(TagEnd::Paragraph));
            }
            Event::Text(t) | Event::Code(t) if in_first_para == Some(true) => {
                first_paragraph.push_str(&t);
                out_events.push(Event::Text(t));
            }
            Event::SoftBreak if in_first_para == Some(true) => {
                first_paragraph.push(' ');
                out_events.push(Event::SoftBreak);
            }
            other => {
                match &other {
                    Event::Start(_) => open.push(false),
                    Event::End(_) => {
                        open.pop();
                    }
                    _ => {}
                }
                out_events.push(rewrite_link(other, opts));
            }
        }
    }
    let mut out_events = if split_any {
        drop_empty_paragraphs(out_events)
    } else {
        out_events
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    drop(iter);
    // Raw HTML the author wrote, wherever it stands (a heading's text too):
    // every HTML event but the placeholders of our own set-asides.
    let ours = |h: &str| {
        h.starts_with(&format!("\n<p>{MARK}baocao-{nonce:032x}-"))
            || h.starts_with(&format!("{MARK}baocao-{nonce:032x}-"))
    };
    let has_raw_html = out_events
        .iter()
        .any(|e| matches!(e, Event::Html(h) | Event::InlineHtml(h) if !ours(h)));
    let too_deep_line = nesting
        .into_inner()
        .too_deep_at
        .filter(|_| opts.sanitize && has_raw_html)
        .map(line_of);
    if too_deep_line.is_some() {
        // Too deep to sanitise in linear time: raw HTML becomes text.
        for ev in out_events.iter_mut() {
            if let Event::Html(h) | Event::InlineHtml(h) = ev
                && !ours(h)
            {
                *ev = Event::Text(h.clone());
            }
        }
    }
    let mut html = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out_events.into_iter());
    // pulldown-cmark escapes text and attributes itself, and unsafe link
    // schemes are already dropped: only raw HTML needs the sanitiser.
    if opts.sanitize && has_raw_html && too_deep_line.is_none() {
        html = sanitize(&html, opts.embed_hosts);
    }
    for (i, (b, inline)) in blocks.iter().enumerate() {
        html = if *inline {
            html.replacen(&inline_placeholder(nonce, i), b, 1)
        } else {
            html.replacen(&format!("<p>{}</p>", placeholder(nonce, i)), b, 1)
        };
    }
    Ok(RenderedMarkdown {
        html,
        first_paragraph: first_paragraph.trim().to_string(),
        headings,
        too_deep_line,
    })
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
fn rewrite_link<'a>(ev: Event<'a>, opts: &MarkdownOptions) -> Event<'a> {
    let base_path = opts.base_path;
    let fix = |url: CowStr<'a>| -> CowStr<'a> {
        if opts.sanitize && !safe_url(&url) {
            CowStr::from("")
        } else if base_path != "/"
            && url.starts_with('/')
            && !url.starts_with("//")
            && !url.starts_with(base_path)
        {
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

/// Relative URLs, fragments and the schemes a reader can safely follow.
/// Browsers ignore tabs, newlines and leading spaces in a scheme, so those
/// are removed before looking (`java\tscript:` is still `javascript:`).
pub fn safe_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .collect();
    let end = cleaned.find([':', '/', '?', '#']);
    match end {
        Some(i) if cleaned.as_bytes()[i] == b':' => {
            let scheme = cleaned[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// Cleans HTML written by users: tags and attributes from an allow-list,
/// only safe URL schemes, iframes only from `embed_hosts`.
pub fn sanitize(html: &str, embed_hosts: &[String]) -> String {
    let mut b = ammonia::Builder::default();
    b.add_tags([
        "figure",
        "figcaption",
        "input",
        "section",
        "abbr",
        "mark",
        "iframe",
        "details",
        "summary",
    ]);
    b.add_generic_attributes(["id", "class", "title", "lang"]);
    b.add_tag_attributes("input", ["type", "checked", "disabled"]);
    b.add_tag_attributes(
        "iframe",
        ["src", "width", "height", "allowfullscreen", "loading"],
    );
    b.add_tag_attributes("td", ["style"]);
    b.add_tag_attributes("th", ["style"]);
    b.add_tag_attributes("a", ["href", "title"]);
    b.link_rel(None);
    let hosts: Vec<String> = embed_hosts.to_vec();
    b.attribute_filter(move |element, attribute, value| {
        match (element, attribute) {
            ("iframe", "src") => {
                let host = value
                    .strip_prefix("https://")
                    .and_then(|rest| rest.split(['/', '?', '#']).next())
                    .unwrap_or("");
                if hosts.iter().any(|h| h == host) {
                    Some(value.into())
                } else {
                    None
                }
            }
            ("input", "type") => (value == "checkbox").then(|| value.into()),
            ("td" | "th", "style") => {
                // pulldown-cmark's column alignment, nothing else.
                matches!(
                    value,
                    "text-align: left" | "text-align: right" | "text-align: center"
                )
                .then(|| value.into())
            }
            _ => Some(value.into()),
        }
    });
    b.clean(html).to_string()
}

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
        |_, body, _| Ok(format!("<pre><code>{}</code></pre>", super::escape(body))),
        |_| None,
    )
    .map(|r| r.html)
    .unwrap_or_default()
}

/// Map of heading ids, for the link checker.
pub fn heading_ids(r: &RenderedMarkdown) -> HashMap<&str, &str> {
    r.headings
        .iter()
        .map(|h| (h.id.as_str(), h.text.as_str()))
        .collect()
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
