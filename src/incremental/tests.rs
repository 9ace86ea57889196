//! The net under the recorded reads: every output of the example site,
//! rendered again with every record it did not read changed (names,
//! values, titles, Markdown, the lists' order), must come out byte for
//! byte the same. A view that reads a record without noting it fails here,
//! whatever the edits the property test happens to try.

use std::collections::{BTreeMap, HashSet};
use std::sync::Mutex;

use super::hashes::{indicator_agencies, indicator_parts};
use crate::derive::Derived;
use crate::load::Inputs;
use crate::model::{AgencyIx, IndicatorIx, PageIx, TiVec};
use crate::render::markdown::RenderedMarkdown;
use crate::render::reads::Reads;
use crate::render::{Body, Job, Renderer};

type Files = BTreeMap<String, Vec<u8>>;
type Markdown = TiVec<PageIx, Option<RenderedMarkdown>>;

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
    let mut read_i: HashSet<IndicatorIx> = reads.indicators.iter().copied().collect();
    read_i.extend(reads.indicator_parts.iter().map(|p| p.0));
    let mut read_a: HashSet<AgencyIx> = (reads.agencies.iter())
        .chain(&reads.rows)
        .chain(&reads.agency_names)
        .copied()
        .collect();
    for &i in &read_i {
        read_a.extend(indicator_agencies(r, i));
    }
    for i in (inputs.indicators.keys()).filter(|i| !reads.names && !read_i.contains(i)) {
        let ind = &mut inputs.indicators[i];
        ind.name.push_str(" ≠");
        ind.short_name = Some("≠".into());
        for s in &mut d.indicators[i].series {
            s.points.iter_mut().for_each(|p| p.value += 1.0);
        }
        changed += 1;
    }
    // Of an indicator read in parts (a unit's row), the other groups.
    for (i, f) in d.indicators.iter_mut_enumerated() {
        let parts: Vec<usize> = (reads.indicator_parts.iter())
            .filter(|p| p.0 == i)
            .map(|p| p.1)
            .collect();
        if parts.is_empty() || reads.indicators.contains(&i) {
            continue;
        }
        let unread: Vec<usize> = (f.groups.groups.iter().enumerate())
            .filter(|(g, _)| !parts.contains(&(g + 1)))
            .flat_map(|(_, g)| g.series.clone())
            .collect();
        for k in unread {
            f.series[k].points.iter_mut().for_each(|p| p.value += 1.0);
            changed += 1;
        }
    }
    for a in (inputs.agencies.keys()).filter(|a| !reads.names && !read_a.contains(a)) {
        inputs.agencies[a].name.push_str(" ≠");
        inputs.agencies[a].short_name = Some("≠".into());
        d.agencies[a]
            .heads
            .iter_mut()
            .for_each(|h| h.name.push('≠'));
        changed += 1;
    }
    for (pi, m) in md.iter_mut_enumerated() {
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
        d.lists.dated.reverse();
        d.lists.related.iter_mut().for_each(|r| r.reverse());
        d.lists.tags.iter_mut().for_each(|t| t.pages.reverse());
        d.lists.sections.iter_mut().for_each(|s| s.pages.reverse());
        changed += 1;
    }
    (inputs, d, md, changed)
}

/// The outputs of the site at `root` that show a record they did not
/// note as read, and how many outputs read an indicator in parts.
fn unnoted_reads(root: &std::path::Path, today: &str) -> (Vec<String>, usize) {
    let opts = crate::BuildOptions::new(root);
    let today = crate::model::Day::parse(today).unwrap();
    let p = crate::prepare(&opts, today, &mut |_, _| {}).expect("the site builds");
    let mut r = Renderer::new(&p.inputs, &p.derived, &p.theme, &p.images);
    r.recording = true;
    r.render_markdown().unwrap();
    let jobs = r.jobs();
    let (files, reads) = render(&r, &jobs, &jobs);
    let mut stale = Vec::new();
    let (mut changes, mut parts) = (0, 0);
    for &job in &jobs {
        let url = r.url(job);
        let (inputs, derived, md, n) = unread_changed(&r, &reads[&url], &r.markdown);
        changes += n;
        parts += usize::from(!reads[&url].indicator_parts.is_empty());
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
    (stale, parts)
}

#[test]
fn no_output_shows_a_record_it_did_not_read() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (stale, _) = unnoted_reads(root, "2021-01-01");
    assert!(
        stale.is_empty(),
        "these outputs show records they did not note as read: {stale:?}"
    );
}

#[allow(dead_code, unused_qualifications)]
#[path = "../../tests/common/corpus.rs"]
mod corpus;

/// A site of 120 communes (6 provinces of 20) with `indicators` indicators
/// of many units, over 3 years.
fn communes_site(indicators: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let scale = corpus::Scale {
        provinces: 6,
        years: 3,
        agencies_per_province: 1,
        news: 4,
        indicators: 1,
        communes_per_province: 20,
        commune_indicators: indicators,
        csv: false,
    };
    corpus::generate(dir.path(), &scale, 3);
    dir
}

/// Of indicators of many units, a unit's page and a group's page read
/// only their group: the other groups' values change, they do not.
#[test]
fn a_units_page_shows_no_other_group() {
    let dir = communes_site(2);
    let (stale, parts) = unnoted_reads(dir.path(), "2020-12-31");
    assert!(parts > 0, "no output read an indicator in parts");
    assert!(
        stale.is_empty(),
        "these outputs show records they did not note as read: {stale:?}"
    );
}

/// What every page shows of an indicator of many units (its part 0)
/// includes its overall status, which a unit's page shows through the
/// indicator's link: a change of it alone reaches those pages.
#[test]
fn an_indicators_status_is_in_what_every_page_shows() {
    let dir = communes_site(1);
    let opts = crate::BuildOptions::new(dir.path());
    let today = crate::model::Day::parse("2020-12-31").unwrap();
    let p = crate::prepare(&opts, today, &mut |_, _| {}).expect("the site builds");
    let r = Renderer::new(&p.inputs, &p.derived, &p.theme, &p.images);
    let i = (p.inputs.indicators.keys())
        .find(|&i| r.is_many(i))
        .expect("an indicator of many units");
    let before = indicator_parts(&r, i);
    let mut d = p.derived.clone();
    d.indicators[i].status = match d.indicators[i].status {
        Some(crate::derive::status::Status::Achieved) => {
            Some(crate::derive::status::Status::Missed)
        }
        _ => Some(crate::derive::status::Status::Achieved),
    };
    let after = indicator_parts(&Renderer::new(&p.inputs, &d, &p.theme, &p.images), i);
    assert_ne!(before[0], after[0], "the status is not in part 0");
    assert_eq!(before[1..], after[1..], "the groups' parts are their own");
}
