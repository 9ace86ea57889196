//! The net under the recorded reads: every output of the example site,
//! rendered again with every record it did not read changed (names,
//! values, titles, Markdown, the lists' order), must come out byte for
//! byte the same. A view that reads a record without noting it fails here,
//! whatever the edits the property test happens to try.

use std::collections::{BTreeMap, HashSet};
use std::sync::Mutex;

use super::hashes::indicator_agencies;
use crate::derive::Derived;
use crate::load::Inputs;
use crate::render::markdown::RenderedMarkdown;
use crate::render::reads::Reads;
use crate::render::{Body, Job, Renderer};

type Files = BTreeMap<String, Vec<u8>>;
type Markdown = Vec<Option<RenderedMarkdown>>;

/// Renders `jobs` into memory, with what each read by URL.
fn render(r: &Renderer, jobs: &[Job], all: &[Job]) -> (Files, BTreeMap<String, Reads>) {
    let files = Mutex::new(Files::new());
    let sink = |rel: &str, body: Body| {
        let bytes = body.into_bytes()?.into_owned();
        files.lock().unwrap().insert(rel.to_string(), bytes);
        Ok(())
    };
    let errors = r.render_jobs(jobs, all, &sink);
    assert!(errors.is_empty(), "{errors:?}");
    let reads = std::mem::take(&mut *r.reads.lock().unwrap());
    (files.into_inner().unwrap(), reads.into_iter().collect())
}

/// `inputs`, `derived` and `markdown` with everything `reads` did not
/// read changed.
fn unread_changed(
    r: &Renderer,
    reads: &Reads,
    md: &Markdown,
) -> (Inputs, Derived, Markdown, usize) {
    let (mut inputs, mut d, mut md) = (r.inputs.clone(), r.derived.clone(), md.clone());
    let mut changed = 0;
    let mut read_i: HashSet<usize> = reads.indicators.iter().copied().collect();
    read_i.extend(reads.indicator_parts.iter().map(|p| p.0));
    let mut read_a: HashSet<usize> = (reads.agencies.iter())
        .chain(&reads.rows)
        .chain(&reads.agency_names)
        .copied()
        .collect();
    for &i in &read_i {
        read_a.extend(indicator_agencies(r, i));
    }
    for i in (0..inputs.indicators.len()).filter(|i| !reads.names && !read_i.contains(i)) {
        let ind = &mut inputs.indicators[i];
        ind.name.push_str(" ≠");
        ind.short_name = Some("≠".into());
        for s in &mut d.indicators[i].series {
            s.points.iter_mut().for_each(|p| p.value += 1.0);
        }
        changed += 1;
    }
    for a in (0..inputs.agencies.len()).filter(|a| !reads.names && !read_a.contains(a)) {
        inputs.agencies[a].name.push_str(" ≠");
        inputs.agencies[a].short_name = Some("≠".into());
        d.agencies[a]
            .heads
            .iter_mut()
            .for_each(|h| h.name.push('≠'));
        changed += 1;
    }
    for (pi, m) in md.iter_mut().enumerate() {
        let meta = reads.page_meta.binary_search(&pi).is_ok();
        let body = reads.page_body.binary_search(&pi).is_ok();
        if let (false, Some(m)) = (meta, m.as_mut()) {
            m.first_paragraph.push_str(" ≠");
            inputs.pages[pi].meta.title.push_str(" ≠");
            changed += 1;
        }
        if let (false, Some(m)) = (body, m.as_mut()) {
            m.html.push_str("<p>≠</p>");
            changed += 1;
        }
    }
    if !reads.latest_year {
        d.latest_year = d.latest_year.map(|y| y + 1);
        changed += 1;
    }
    if !reads.order {
        d.dated.reverse();
        d.related.iter_mut().for_each(|r| r.reverse());
        d.tags.iter_mut().for_each(|t| t.pages.reverse());
        d.sections.iter_mut().for_each(|s| s.pages.reverse());
        changed += 1;
    }
    (inputs, d, md, changed)
}

#[test]
fn no_output_shows_a_record_it_did_not_read() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut opts = crate::BuildOptions::new(root);
    opts.write = false;
    let today = crate::model::Day::parse("2021-01-01").unwrap();
    let p = crate::prepare(&opts, today, &mut |_, _| {}).expect("the example site builds");
    let mut r = Renderer::new(&p.inputs, &p.derived, &p.theme, &p.images);
    r.recording = true;
    r.render_markdown().unwrap();
    let jobs = r.jobs();
    let (files, reads) = render(&r, &jobs, &jobs);
    let mut stale = Vec::new();
    let mut changes = 0;
    for &job in &jobs {
        let url = r.url(job);
        let (inputs, derived, md, n) = unread_changed(&r, &reads[&url], &r.markdown);
        changes += n;
        let mut again = Renderer::new(&inputs, &derived, &p.theme, &p.images);
        again.markdown = md;
        let (made, _) = render(&again, &[job], &jobs);
        stale.extend(
            made.iter()
                .filter(|(f, bytes)| files.get(*f) != Some(*bytes))
                .map(|(f, _)| f.clone()),
        );
    }
    assert!(
        changes > jobs.len(),
        "the records the outputs did not read changed"
    );
    assert!(
        stale.is_empty(),
        "these outputs show records they did not note as read: {stale:?}"
    );
}
