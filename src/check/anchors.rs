//! The anchors each page of the site has, from what the renderer knows
//! (nothing it wrote is read again).
//!
//! Steps:
//! 1. the template of each page ([`crate::render::Job::template`]) and the ids it and
//!    the templates it uses write, read from their source when the theme
//!    was loaded ([`crate::theme::ids`]): `#main`, `#related-h`,
//!    `#values-note-1`;
//! 2. on a page made from Markdown: its headings, `{#id}`s, raw HTML ids
//!    and footnotes, the ids its blocks write (a chart block's
//!    `chart-sipas-line`, told by the code that makes it) and those of the
//!    templates that wrote them;
//! 3. on an indicator's page: the anchors of its description; on every
//!    page made from data (an indicator's, an agency's, the list of
//!    agencies): the ids of its charts as the code that makes them reports
//!    them, their HTML's and their drawing's ([`super::charts`]);
//! 4. what cannot be told is accepted, never reported: on a page whose
//!    charts are not listed here, any id a chart may have (`chart-…`);
//!    any anchor on a page whose template writes an id only
//!    a variable gives (`id="{{ g.kind }}"`) or writes HTML with an id
//!    from a Tera string, and on a file no template makes (a CSV, a
//!    static file).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::model::IndicatorIx;
use crate::render::Renderer;
use crate::render::blocks::{CHART_ID_EXPR, CHART_ID_PREFIX};
use crate::render::markdown::{self, RenderedMarkdown};
use crate::theme::ids::{self, Ids, Piece};
use crate::web::urls;

/// The anchors of every page a link may point into.
pub(super) struct Anchors<'a> {
    /// The template of each page made from one, by output path.
    templates: HashMap<String, &'static str>,
    /// The ids each template's pages may have.
    ids: HashMap<&'static str, Ids>,
    /// What baocao computes for a page beyond its template, by output path.
    own: HashMap<String, Own<'a>>,
}

/// The anchors a page has beyond its template's: its Markdown's (or
/// description's) and its charts'.
struct Own<'a> {
    ids: HashSet<Cow<'a, str>>,
    /// The templates of the blocks set in the page's Markdown.
    templates: &'a [&'static str],
}

impl Own<'_> {
    fn new(ids: HashSet<Cow<'_, str>>) -> Own<'_> {
        Own {
            ids,
            templates: &[],
        }
    }
}

impl<'a> Anchors<'a> {
    /// The anchors of the site `r` renders; `descriptions` are the
    /// indicators' descriptions rendered (index, Markdown).
    pub(super) fn new(
        r: &'a Renderer,
        descriptions: &'a [(IndicatorIx, RenderedMarkdown)],
    ) -> Self {
        let templates: HashMap<String, &'static str> = r
            .jobs()
            .into_iter()
            .filter_map(|job| Some((urls::file_for(&r.url(job)), job.template()?)))
            .collect();
        let mut own = HashMap::new();
        for (p, md) in r.inputs.pages.iter().zip(&r.markdown) {
            let Some(md) = md else { continue };
            let ids = markdown::anchors(md).map(Cow::Borrowed).collect();
            let templates = md.links.templates.as_slice();
            own.insert(urls::file_for(&urls::page(p)), Own { ids, templates });
        }
        for (i, md) in descriptions {
            let ids = markdown::anchors(md).map(Cow::Borrowed).collect();
            let url = &r.derived.indicators[*i].url;
            own.insert(urls::file_for(url), Own::new(ids));
        }
        for (key, charts) in super::charts::pages(r) {
            let page = own.entry(key).or_insert_with(|| Own::new(HashSet::new()));
            page.ids.extend(charts.into_iter().map(Cow::Owned));
        }
        let ids = templates
            .values()
            .copied()
            .chain(own.values().flat_map(|o| o.templates.iter().copied()))
            .map(|t| (t, r.theme.ids.of(t)))
            .collect();
        Anchors {
            templates,
            ids,
            own,
        }
    }

    /// `None` when the page `key` (an output path) may have the anchor
    /// `frag`, or it cannot be told; else the anchors it has, for a hint.
    pub(super) fn missing(&self, key: &str, frag: &str) -> Option<Vec<&str>> {
        let template = self.templates.get(key)?;
        let own = self.own.get(key);
        let sets: Vec<&Ids> = std::iter::once(template)
            .chain(own.iter().flat_map(|o| o.templates))
            .filter_map(|t| self.ids.get(t))
            .collect();
        let found = own.is_some_and(|o| o.ids.contains(frag))
            || sets.iter().any(|ids| {
                ids.unknown
                    || ids.literal.contains(frag)
                    || ids.patterns.iter().any(|p| accepts(p, frag, own.is_some()))
            });
        if found {
            return None;
        }
        let mut known: Vec<&str> = own
            .iter()
            .flat_map(|o| o.ids.iter())
            .map(|c| c.as_ref())
            .collect();
        known.extend(
            sets.iter()
                .flat_map(|ids| ids.literal.iter().map(String::as_str)),
        );
        Some(known)
    }
}

/// Whether an id the pattern `p` writes may be `frag`; `charts_known`:
/// the page's chart ids are among its own.
fn accepts(p: &[Piece], frag: &str, charts_known: bool) -> bool {
    match p {
        [Piece::Hole(expr)] if expr == CHART_ID_EXPR => {
            !charts_known && frag.starts_with(CHART_ID_PREFIX)
        }
        // An id only a variable gives: it may be any.
        [Piece::Hole(_)] => true,
        p => ids::matches(p, frag),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::Path;
    use std::sync::Mutex;

    /// The ids in the HTML pages built from `site` that [`Anchors`] does
    /// not know the page has (`page#id`), and how many ids were seen. The
    /// output is read here only, to hold the anchors against the truth.
    fn unknown_ids(site: &Path) -> (Vec<String>, usize) {
        let pages = Mutex::new(BTreeMap::new());
        let mut found = (Vec::new(), 0);
        let opts = crate::BuildOptions {
            write: false,
            ..crate::BuildOptions::new(site)
        };
        let sink = |rel: &str, body: crate::render::Body<'_>| {
            if rel.ends_with(".html") {
                let html = String::from_utf8_lossy(&body.into_bytes()?).into_owned();
                pages.lock().unwrap().insert(rel.to_string(), html);
            }
            Ok(())
        };
        crate::build_gathering(&opts, &sink, &mut |r| {
            let descriptions = super::super::descriptions(r);
            let anchors = Anchors::new(r, &descriptions);
            for (rel, html) in pages.lock().unwrap().iter() {
                for (_, attr, id) in crate::web::html::attributes(html) {
                    if attr != "id" {
                        continue;
                    }
                    found.1 += 1;
                    if anchors.missing(rel, &id).is_some() {
                        found.0.push(format!("{rel}#{id}"));
                    }
                }
            }
        })
        .expect("the example site builds");
        found
    }

    #[test]
    fn every_id_the_example_site_writes_is_known() {
        let (unknown, seen) = unknown_ids(Path::new(env!("CARGO_MANIFEST_DIR")));
        assert!(seen > 500, "{seen} ids");
        assert!(unknown.is_empty(), "{unknown:#?}");
    }

    #[test]
    fn a_chart_id_is_accepted_by_its_prefix_only_where_charts_are_not_known() {
        let chart = [Piece::Hole(CHART_ID_EXPR.into())];
        assert!(accepts(&chart, "chart-sipas-line", false));
        assert!(!accepts(&chart, "chart-sipas-line", true));
        assert!(!accepts(&chart, "main", false));
        assert!(accepts(&[Piece::Hole("g.kind".into())], "so", true));
    }
}
