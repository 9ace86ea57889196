//! The ids a theme's templates write, read from their source when the
//! theme is loaded, so that `check` can judge a link to `#main` or
//! `/news/a/#related-h` without reading what was rendered.
//!
//! Steps, for each template:
//! 1. every Tera tag (`{{ … }}`, `{% … %}`) is set aside, a placeholder
//!    standing in its place, and comments (`{# … #}`) dropped; the
//!    templates a tag extends, includes or imports are noted;
//! 2. the text is read with html5ever's tokenizer: the value of each `id`
//!    attribute (and `<a name>`) is an id, written as it is (`main`) or
//!    with parts a tag fills in (`{{ table_id }}-note-{{ loop.index }}`),
//!    each such part kept with the tag's expression;
//! 3. a tag that itself writes an `id=` (HTML in a Tera string) makes the
//!    template's ids unknown: any anchor may be one of them.
//!
//! The links a template writes whole (`<a href="/lien-he/">`) are read
//! beside its ids ([`links`]).
//!
//! A page's ids are those of its template and of every template that one
//! extends, includes or imports ([`TemplateIds::of`]); ids inside a branch
//! not taken are counted too, so a link is never reported for an id the
//! page may write.

use std::collections::{BTreeMap, BTreeSet};

mod links;
mod tags;
pub use links::Literal;
use tags::{CLOSE, OPEN, set_tags_aside};

/// One part of an id as a template writes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Piece {
    Text(String),
    /// What a Tera tag writes there, by its expression (`chart.id`).
    Hole(String),
}

/// The ids a page rendered with a template may have.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Ids {
    /// Ids written as they are (`main`, `related-h`).
    pub literal: BTreeSet<String>,
    /// Ids with parts a tag fills in; a pattern of one hole alone
    /// (`{{ chart.id }}`) may be any id, unless the renderer knows the
    /// values (see `check`).
    pub patterns: BTreeSet<Vec<Piece>>,
    /// Some id is written in a way not read here: any anchor may be one.
    pub unknown: bool,
}

impl Ids {
    fn extend(&mut self, other: &Ids) {
        self.literal.extend(other.literal.iter().cloned());
        self.patterns.extend(other.patterns.iter().cloned());
        self.unknown |= other.unknown;
    }
}

/// The ids each template of a theme writes itself, and the templates it
/// uses; and the links it writes whole ([`links`]).
#[derive(Debug, Default)]
pub struct TemplateIds {
    own: BTreeMap<String, (Ids, Vec<String>)>,
    links: BTreeMap<String, Vec<Literal>>,
}

impl TemplateIds {
    /// Reads `(name, source)` of every template of the theme.
    pub fn gather<'a>(templates: impl IntoIterator<Item = (&'a str, &'a str)>) -> TemplateIds {
        let mut out = TemplateIds::default();
        for (name, source) in templates {
            out.own.insert(name.to_string(), read(source));
            let links = links::read(source);
            if !links.is_empty() {
                out.links.insert(name.to_string(), links);
            }
        }
        out
    }

    /// The links each template writes whole, by template name: a site path
    /// (`/lien-he/`) or an absolute URL, with no tag in it.
    pub fn links(&self) -> impl Iterator<Item = (&str, &Literal)> {
        self.links
            .iter()
            .flat_map(|(name, links)| links.iter().map(move |l| (name.as_str(), l)))
    }

    /// The ids a page rendered with the template `name` may have: its own
    /// and those of the templates it extends, includes or imports, and so
    /// on. An unknown name has none.
    pub fn of(&self, name: &str) -> Ids {
        let mut out = Ids::default();
        let mut seen = BTreeSet::new();
        let mut todo = vec![name];
        while let Some(n) = todo.pop() {
            if !seen.insert(n) {
                continue;
            }
            if let Some((ids, uses)) = self.own.get(n) {
                out.extend(ids);
                todo.extend(uses.iter().map(String::as_str));
            }
        }
        out
    }
}

/// Whether `id` is one that `pattern` writes (a hole may write anything).
pub fn matches(pattern: &[Piece], id: &str) -> bool {
    let mut rest = id;
    let mut anchored = true;
    for (k, piece) in pattern.iter().enumerate() {
        match piece {
            Piece::Hole(_) => anchored = false,
            Piece::Text(t) if anchored => match rest.strip_prefix(t.as_str()) {
                Some(r) => rest = r,
                None => return false,
            },
            // The last text ends the id; any other is the first copy
            // after what came before.
            Piece::Text(t) if k == pattern.len() - 1 => return rest.ends_with(t.as_str()),
            Piece::Text(t) => match rest.find(t.as_str()) {
                Some(i) => rest = &rest[i + t.len()..],
                None => return false,
            },
        }
    }
    rest.is_empty() || !anchored
}

/// The ids one template writes and the templates it names.
fn read(source: &str) -> (Ids, Vec<String>) {
    let (text, tags) = set_tags_aside(source);
    let mut ids = Ids::default();
    let mut uses = Vec::new();
    for tag in &tags {
        match used_templates(tag) {
            Some(names) if names.is_empty() => ids.unknown = true,
            Some(names) => uses.extend(names),
            None => {}
        }
        ids.unknown |= writes_id(tag);
    }
    for (element, attr, value) in crate::web::html::attributes(&text) {
        if attr == "id" || (element == "a" && attr == "name") {
            let pieces = pieces(&value, &tags);
            match pieces.as_slice() {
                [] => {}
                [Piece::Text(t)] => {
                    ids.literal.insert(t.clone());
                }
                _ => {
                    ids.patterns.insert(pieces);
                }
            }
        }
    }
    (ids, uses)
}

/// An attribute's value as literal text and holes.
fn pieces(value: &str, tags: &[String]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut rest = value;
    loop {
        let (before, after) = match rest.split_once(OPEN) {
            Some((b, a)) => (b, Some(a)),
            None => (rest, None),
        };
        if !before.is_empty() {
            out.push(Piece::Text(before.to_string()));
        }
        let Some(after) = after else { break };
        let (index, next) = after.split_once(CLOSE).unwrap_or((after, ""));
        let expr = index
            .parse::<usize>()
            .ok()
            .and_then(|k| tags.get(k))
            .cloned()
            .unwrap_or_default();
        // Two holes side by side write one part.
        if !matches!(out.last(), Some(Piece::Hole(_))) {
            out.push(Piece::Hole(expr));
        }
        rest = next;
    }
    out
}

/// The templates `{% extends %}`, `{% include %}` or `{% import %}` name
/// (`Some(empty)` when they are not written as strings); `None` for
/// other tags.
fn used_templates(tag: &str) -> Option<Vec<String>> {
    let (word, rest) = tag.split_once(char::is_whitespace)?;
    if !matches!(word, "extends" | "include" | "import") {
        return None;
    }
    let mut names = Vec::new();
    let mut rest = rest;
    while let Some(i) = rest.find(['"', '\'', '`']) {
        let quote = &rest[i..=i];
        let after = &rest[i + 1..];
        let Some(end) = after.find(quote) else { break };
        names.push(after[..end].to_string());
        rest = &after[end + 1..];
    }
    Some(names)
}

/// Whether a tag writes an `id=` attribute itself (HTML in a string).
fn writes_id(tag: &str) -> bool {
    tag.match_indices("id").any(|(i, _)| {
        let before = tag[..i].chars().next_back();
        let starts_word =
            before.is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '-')));
        let after = tag[i + 2..].trim_start();
        starts_word
            && after
                .strip_prefix('=')
                .is_some_and(|a| a.trim_start().starts_with(['"', '\'', '\\']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Piece {
        Piece::Text(s.into())
    }
    fn hole(s: &str) -> Piece {
        Piece::Hole(s.into())
    }

    #[test]
    fn reads_literal_ids_patterns_and_uses() {
        let (ids, uses) = read(concat!(
            "{% extends \"base.html\" %}{% block content %}",
            "<h2 id=\"related-h\" class=\"{% if x > 1 %}a{% endif %}\">",
            "<li id='{{ table_id }}-note-{{ loop.index }}'>",
            "<div id=\"{{- chart.id -}}\"><a name=top>",
            "<p data-id=\"no\">{# id=\"no\" #}</p>",
            "{% include [\"partials/a.html\", 'partials/b.html'] ignore missing %}",
            "<script>var s = '<b id=\"no\">';</script>",
            "{% endblock content %}",
        ));
        assert_eq!(ids.literal.iter().collect::<Vec<_>>(), ["related-h", "top"]);
        assert_eq!(
            ids.patterns,
            BTreeSet::from([
                vec![hole("chart.id")],
                vec![hole("table_id"), text("-note-"), hole("loop.index")],
            ])
        );
        assert!(!ids.unknown);
        assert_eq!(uses, ["base.html", "partials/a.html", "partials/b.html"]);
    }

    #[test]
    fn an_id_written_in_a_tera_string_makes_the_ids_unknown() {
        assert!(read("{{ '<p id=\"x\">' | safe }}").0.unknown);
        assert!(read("{% include name %}").0.unknown);
        assert!(
            !read("{% set table_id = \"values\" %}{{ page.id }}")
                .0
                .unknown
        );
    }

    #[test]
    fn a_page_has_the_ids_of_every_template_it_uses() {
        let t = TemplateIds::gather([
            (
                "base.html",
                "<main id=\"main\">{% block content %}{% endblock %}",
            ),
            (
                "page.html",
                "{% extends \"base.html\" %}{% include \"p.html\" %}",
            ),
            ("p.html", "<h2 id=\"p\">{% include \"page.html\" %}"),
        ]);
        let ids = t.of("page.html");
        assert_eq!(ids.literal.iter().collect::<Vec<_>>(), ["main", "p"]);
        assert_eq!(t.of("missing.html"), Ids::default());
    }

    #[test]
    fn patterns_match_what_their_holes_may_write() {
        let note = [hole("t"), text("-note-"), hole("i")];
        assert!(matches(&note, "chart-sipas-line-note-1"));
        assert!(!matches(&note, "chart-sipas-line"));
        let group = [text("group-"), hole("i")];
        assert!(matches(&group, "group-3"));
        assert!(!matches(&group, "xgroup-3"));
        let both = [text("a-"), hole("i"), text("-b")];
        assert!(matches(&both, "a-1-b"));
        assert!(!matches(&both, "a-1-bc"));
        assert!(matches(&[hole("x")], "anything"));
    }
}
