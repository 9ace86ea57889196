//! The outputs of a site ([`Outputs`]), and what an update needs to know
//! of them: the outputs in view, made first ([`make_in_view`]), and those of
//! them to make again ([`read_late`]); what each output read ([`take_reads`]).

use std::collections::{BTreeSet, HashMap, HashSet};

use super::hashes::Changed;
use super::publish::{self, First, Publish};
use crate::diagnostics::Diagnostic;
use crate::model::PageIx;
use crate::render::reads::Reads;
use crate::render::{Job, Renderer};

/// Every output of the site: its job, URL and file.
pub(super) struct Outputs {
    pub(super) jobs: Vec<Job>,
    pub(super) urls: Vec<String>,
    pub(super) files: Vec<String>,
}

impl Outputs {
    pub(super) fn of(r: &Renderer) -> Outputs {
        let jobs = r.jobs();
        let urls: Vec<String> = jobs.iter().map(|j| r.url(*j)).collect();
        let files = urls.iter().map(|u| crate::web::urls::file_for(u)).collect();
        Outputs { jobs, urls, files }
    }

    /// The outputs open in a browser, in order.
    pub(super) fn in_view(&self, out: &dyn Publish) -> Vec<usize> {
        let in_view: HashSet<String> = out.in_view().into_iter().collect();
        (0..self.jobs.len())
            .filter(|&k| in_view.contains(&self.files[k]))
            .collect()
    }

    pub(super) fn jobs_of(&self, ks: &[usize]) -> Vec<Job> {
        ks.iter().map(|&k| self.jobs[k]).collect()
    }

    pub(super) fn files_of(&self, ks: &[usize]) -> Vec<String> {
        ks.iter().map(|&k| self.files[k].clone()).collect()
    }
}

/// Makes the outputs in view (`first`), with the Markdown of the edited
/// pages (what lists show of them may have changed) and of the pages whose
/// text they show. The other pages' Markdown can differ only in the HTML
/// of their blocks, which nothing but their own page (or its section's
/// list, for an `_index.md`) shows. Which charts changed is not known yet
/// (step 3 can wait): they draw theirs anew. Returns the pages whose
/// Markdown was rendered, and what was made.
pub(super) fn make_in_view(
    r: &mut Renderer,
    outputs: &Outputs,
    first: &[usize],
    edited: &BTreeSet<PageIx>,
    reads: &HashMap<String, Reads>,
    out: &dyn Publish,
) -> Result<(Vec<PageIx>, publish::Made), Vec<Diagnostic>> {
    let mut early = edited.clone();
    for &k in first {
        if let Some(x) = reads.get(&outputs.urls[k]) {
            early.extend(&x.page_body);
        }
    }
    let early: Vec<PageIx> = early.into_iter().collect();
    r.render_markdown_of(&early)?;
    let made = publish::make(
        r,
        &outputs.jobs,
        &outputs.jobs_of(first),
        &outputs.files_of(first),
        &First(out),
    );
    if !made.errors.is_empty() {
        return Err(made.errors);
    }
    Ok((early, made))
}

/// The outputs in view (`first`, made before step 4, with the Markdown of
/// the pages in `early`) that read what changed in the Markdown of
/// another page, rendered in step 4: made again.
pub(super) fn read_late(
    outputs: &Outputs,
    first: &[usize],
    reads: &HashMap<String, Reads>,
    early: &[PageIx],
    changed: &Changed,
) -> Vec<usize> {
    let late = |p: &PageIx, of: &HashSet<PageIx>| early.binary_search(p).is_err() && of.contains(p);
    first
        .iter()
        .copied()
        .filter(|&k| {
            reads.get(&outputs.urls[k]).is_some_and(|x| {
                x.page_body.iter().any(|p| late(p, &changed.page_body))
                    || x.page_meta.iter().any(|p| late(p, &changed.page_meta))
            })
        })
        .collect()
}

/// What each job rendered so far read, by URL (taken out of `r`).
pub(super) fn take_reads(r: &Renderer) -> impl Iterator<Item = (String, Reads)> {
    std::mem::take(&mut *r.reads.lock().expect("reads")).into_iter()
}
