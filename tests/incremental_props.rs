//! The incremental path (what `serve` does after a save) against full
//! builds: random sequences of edits to a generated site, each applied
//! through `Session::update`, and after each one every output byte
//! compared with a full build of the same files. What each output shows
//! is what its view read when it was last rendered (`render/reads.rs`);
//! this finds a read the views do not note, or a change the hashes miss
//! (`src/incremental/tests.rs` checks the reads themselves, output by
//! output).
//!
//! 12 sequences in `cargo test`; a longer search:
//! `PROPTEST_CASES=500 cargo test --release --test incremental_props`.

mod common;

use std::path::PathBuf;

use baocao::BuildOptions;
use baocao::incremental::Session;
use baocao::model::Day;
use common::Site;
use proptest::prelude::*;

const NEWS: usize = 24;
const PROVINCES: usize = 4;
const INDICATORS: usize = 3;

/// One save of one file, as an author or a data officer would make it.
#[derive(Debug, Clone)]
enum Edit {
    /// A sentence added at the end of a page.
    Body(usize),
    Title(usize, u8),
    Date(usize, u8),
    /// A tag added, or the tags cleared.
    Tags(usize, bool),
    /// The indicator a page cites.
    Cites(usize, usize),
    /// The `k`-th value of an indicator moved by `delta` tenths.
    Value(usize, usize, i16),
    IndicatorName(usize, u8),
    AgencyName(usize, u8),
    HeadName(usize, u8),
    /// A province's first task done, or not.
    TaskDone(usize, bool),
    /// A province ends and the next one carries on, or the end is undone.
    Merge(usize, bool),
    DeletePage(usize),
    NewPage(u8, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let page = 0..NEWS;
    let province = 0..PROVINCES;
    let ind = 0..INDICATORS;
    prop_oneof![
        page.clone().prop_map(Edit::Body),
        (page.clone(), any::<u8>()).prop_map(|(p, n)| Edit::Title(p, n)),
        (page.clone(), any::<u8>()).prop_map(|(p, n)| Edit::Date(p, n)),
        (page.clone(), any::<bool>()).prop_map(|(p, b)| Edit::Tags(p, b)),
        (page.clone(), ind.clone()).prop_map(|(p, i)| Edit::Cites(p, i)),
        (ind.clone(), 0..12usize, -30i16..30).prop_map(|(i, k, d)| Edit::Value(i, k, d)),
        (ind, any::<u8>()).prop_map(|(i, n)| Edit::IndicatorName(i, n)),
        (province.clone(), any::<u8>()).prop_map(|(a, n)| Edit::AgencyName(a, n)),
        (province.clone(), any::<u8>()).prop_map(|(a, n)| Edit::HeadName(a, n)),
        (province.clone(), any::<bool>()).prop_map(|(a, b)| Edit::TaskDone(a, b)),
        (1..PROVINCES - 1, any::<bool>()).prop_map(|(a, b)| Edit::Merge(a, b)),
        page.prop_map(Edit::DeletePage),
        (any::<u8>(), 0..INDICATORS).prop_map(|(n, i)| Edit::NewPage(n, i)),
    ]
}

fn page_file(k: usize) -> String {
    format!("content/news/ban-tin-{k:05}.md")
}
fn indicator_file(i: usize) -> String {
    format!("content/data/indicators/ind-{:02}.yaml", i + 1)
}
fn province_file(a: usize) -> String {
    format!(
        "content/data/agencies/{}.yaml",
        common::corpus::province_id(a)
    )
}

/// Replaces the first line starting with `key` by `line`.
fn set_line(text: &str, key: &str, line: &str) -> String {
    let mut done = false;
    text.lines()
        .map(|l| {
            if !done && l.starts_with(key) {
                done = true;
                line.to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Applies `e` to the site's files; returns the file it saved, or `None`
/// when the edit does not apply (a page already deleted).
fn apply(site: &Site, e: &Edit) -> Option<String> {
    let read = |rel: &str| std::fs::read_to_string(site.root().join(rel)).ok();
    let (rel, text) = match *e {
        Edit::Body(k) => {
            let rel = page_file(k);
            let t = read(&rel)? + "\nMột câu mới được thêm vào cuối bài.\n";
            (rel, t)
        }
        Edit::Title(k, n) => {
            let rel = page_file(k);
            let t = set_line(
                &read(&rel)?,
                "title:",
                &format!("title: \"Tin sửa số {n}\""),
            );
            (rel, t)
        }
        Edit::Date(k, n) => {
            let rel = page_file(k);
            let line = format!("date: 20{}-{:02}-{:02}", 15 + n % 6, 1 + n % 12, 1 + n % 28);
            (rel.clone(), set_line(&read(&rel)?, "date:", &line))
        }
        Edit::Tags(k, add) => {
            let rel = page_file(k);
            let t = read(&rel)?;
            let t = if add {
                t.replacen("tags: [", "tags: [Tin nóng, ", 1)
            } else {
                set_line(&t, "tags:", "tags: []")
            };
            (rel, t)
        }
        Edit::Cites(k, i) => {
            let rel = page_file(k);
            let line = format!("indicators: [ind-{:02}]", i + 1);
            (rel.clone(), set_line(&read(&rel)?, "indicators:", &line))
        }
        Edit::Value(i, k, delta) => {
            let rel = indicator_file(i);
            let t = read(&rel)?;
            let mut n = 0;
            let lines: Vec<String> = t
                .lines()
                .map(|l| match l.find("value: ") {
                    Some(at) if l.trim_start().starts_with("- {") => {
                        n += 1;
                        if n - 1 != k {
                            return l.to_string();
                        }
                        let rest = &l[at + 7..];
                        let end = rest.find([' ', ',', '}']).unwrap_or(rest.len());
                        let v: f64 = rest[..end].parse().unwrap();
                        let new = (v + f64::from(delta) / 10.0).clamp(1.0, 60.0);
                        format!("{}value: {new}{}", &l[..at], &rest[end..])
                    }
                    _ => l.to_string(),
                })
                .collect();
            (rel, lines.join("\n") + "\n")
        }
        Edit::IndicatorName(i, n) => {
            let rel = indicator_file(i);
            let line = format!("name: Chỉ số đổi tên {n}");
            (rel.clone(), set_line(&read(&rel)?, "name:", &line))
        }
        Edit::AgencyName(a, n) => {
            let rel = province_file(a);
            let line = format!("name: Ủy ban nhân dân tỉnh Thử {n}");
            (rel.clone(), set_line(&read(&rel)?, "name:", &line))
        }
        Edit::HeadName(a, n) => {
            let rel = province_file(a);
            let t = read(&rel)?;
            let at = t.find("head: { name: ")? + 14;
            let end = at + t[at..].find(',')?;
            (rel, format!("{}Người mới {n}{}", &t[..at], &t[end..]))
        }
        Edit::TaskDone(a, done) => {
            let rel = province_file(a);
            let t = read(&rel)?;
            let line = t.lines().find(|l| l.contains("số 0 của tỉnh"))?.to_string();
            let base = match line.find(", done:") {
                Some(at) => format!(
                    "{}, indicators{}",
                    &line[..at],
                    line.split(", indicators").nth(1)?
                ),
                None => line.clone(),
            };
            let new = if done {
                base.replace(", indicators", ", done: 2020-02-10, indicators")
            } else {
                base
            };
            (rel, t.replace(&line, &new))
        }
        Edit::Merge(a, merge) => {
            let rel = province_file(a);
            let t: String = read(&rel)?
                .lines()
                .filter(|l| !l.starts_with("until:") && !l.starts_with("successors:"))
                .map(|l| format!("{l}\n"))
                .collect();
            let t = if merge {
                let next = common::corpus::province_id(a + 1);
                format!("until: 2020-06-30\nsuccessors: [{next}]\n{t}")
            } else {
                t
            };
            (rel, t)
        }
        Edit::DeletePage(k) => {
            let rel = page_file(k);
            read(&rel)?;
            site.remove(&rel);
            return Some(rel);
        }
        Edit::NewPage(n, i) => {
            let rel = format!("content/news/tin-moi-{n}.md");
            let t = format!(
                "---\ntitle: \"Tin mới {n}\"\ndate: 2020-0{}-15\ntags: [CCHC]\nindicators: [ind-{:02}]\n---\nNội dung tin mới {n}.\n",
                1 + n % 9,
                i + 1
            );
            (rel, t)
        }
    };
    site.write(&rel, &text);
    Some(rel)
}

fn options(site: &Site) -> BuildOptions {
    let mut o = BuildOptions::new(site.root());
    o.today = Some(Day::parse("2020-12-31").unwrap());
    o
}

fn site() -> Site {
    let scale = common::corpus::Scale {
        provinces: PROVINCES,
        years: 3,
        agencies_per_province: 2,
        news: NEWS,
        indicators: INDICATORS,
        ..Default::default()
    };
    common::corpus_site(&scale, 3)
}

fn config() -> ProptestConfig {
    let mut c = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = 12;
    }
    c.failure_persistence = None;
    c
}

proptest! {
    #![proptest_config(config())]
    #[test]
    fn any_sequence_of_edits_gives_the_bytes_of_a_full_build(
        edits in prop::collection::vec(edit(), 1..6)
    ) {
        let site = site();
        let mut session = Session::new(options(&site));
        session.full().unwrap();
        for e in &edits {
            let Some(rel) = apply(&site, e) else { continue };
            let changed: Vec<PathBuf> = vec![site.root().join(&rel)];
            session
                .update(&changed)
                .unwrap_or_else(|d| panic!("{e:?} was refused: {d:?}"));
            let differ = common::differing_from_full_build(&session, options(&site));
            prop_assert!(
                differ.is_empty(),
                "after {:?} (of {:?}) these differ from a full build: {:?}",
                e,
                edits,
                differ
            );
        }
    }
}
