//! Step 1: the Markdown of every built page, rendered in parallel; its
//! chart and table blocks are resolved here, so their errors are located
//! in the page's file, and HTML nested too deep is an error at its line.

use rayon::prelude::*;

use super::markdown::{self, MarkdownOptions, RenderedMarkdown};
use super::nesting;
use super::renderer::Renderer;
use crate::diagnostics::{Code, Diagnostic, Pos};
use crate::model::{IndicatorIx, PageIx};

fn too_deep(file: &std::path::Path, line: usize) -> Diagnostic {
    Diagnostic::new(
        file,
        Pos::new(line, 1),
        format!(
            "the HTML of this page nests more than {} elements deep from here",
            nesting::MAX_DEPTH
        ),
    )
    .with_hint("close the HTML elements you open (each `<div>` needs its `</div>`), or write the part in Markdown")
    .code(Code::HtmlTooDeep)
}

impl Renderer<'_> {
    /// How the site's Markdown is rendered: links under the base path, raw
    /// HTML sanitized or kept, the hosts an embed may come from.
    pub(super) fn md_options(&self) -> MarkdownOptions<'_> {
        MarkdownOptions {
            base_path: &self.base_path,
            sanitize: self.inputs.config.markdown.raw_html == crate::config::RawHtml::Sanitize,
            embed_hosts: &self.inputs.config.markdown.embed_hosts,
        }
    }

    /// Step 1: the Markdown of every built page; all block errors at once.
    pub fn render_markdown(&mut self) -> Result<(), Vec<Diagnostic>> {
        self.markdown = vec![None; self.inputs.pages.len()].into();
        self.block_uses = vec![Vec::new(); self.inputs.pages.len()].into();
        let all: Vec<PageIx> = self.inputs.pages.keys().collect();
        self.render_markdown_of(&all)
    }

    /// Renders the Markdown of the pages `which` again, keeping the others.
    pub fn render_markdown_of(&mut self, which: &[PageIx]) -> Result<(), Vec<Diagnostic>> {
        let opts = self.md_options();
        type Rendered = Result<Option<(RenderedMarkdown, Vec<IndicatorIx>)>, Vec<Diagnostic>>;
        let results: Vec<(PageIx, Rendered)> = which
            .par_iter()
            .map(|&pi| {
                let p = &self.inputs.pages[pi];
                if self.derived.lists.pages[pi].is_none() {
                    return (pi, Ok(None));
                }
                let mut uses = Vec::new();
                // The first photo is on the first screen, unless a photo
                // stands above the text.
                let mut lazy = self.has_hero(pi);
                let r = markdown::render_blocks(
                    &p.body,
                    &opts,
                    |kind, body, line| {
                        let (block, i) =
                            self.block_once(kind, body, &p.file, p.body_line + line - 1)?;
                        uses.push(i);
                        Ok::<_, Vec<Diagnostic>>(block)
                    },
                    |ev| {
                        let html = self.body_image(pi, ev, lazy);
                        lazy |= html.is_some();
                        html
                    },
                )
                .map_err(|es| es.into_iter().flatten().collect())
                .and_then(|m| match m.too_deep_line {
                    Some(line) => Err(vec![too_deep(&p.file, p.body_line + line - 1)]),
                    None => Ok(Some((m, uses))),
                });
                (pi, r)
            })
            .collect();
        let mut errors = Vec::new();
        for (pi, r) in results {
            match r {
                Ok(Some((m, uses))) => {
                    self.markdown[pi] = Some(m);
                    self.block_uses[pi] = uses;
                }
                Ok(None) => {
                    self.markdown[pi] = None;
                    self.block_uses[pi].clear();
                }
                Err(es) => {
                    errors.extend(es);
                    self.markdown[pi] = None;
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}
