//! Builds killed at any moment: the previous output stays complete and
//! byte-identical, and the next build succeeds and cleans up after them.
//! (Unix: a killed process there has no exit code, only its signal.)
#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{Site, snapshot};

const BIN: &str = env!("CARGO_BIN_EXE_baocao");
const TMP: &str = ".output.baocao-tmp";
const OLD: &str = ".output.baocao-old";

/// Changes one page, so that the next build has something to write.
fn edit(root: &Path, n: usize) {
    let p = root.join("content/news/ban-tin-00000.md");
    let text = fs::read_to_string(&p).unwrap();
    let head = text.split("\n\nLần sửa ").next().unwrap().trim_end();
    fs::write(&p, format!("{head}\n\nLần sửa {n}.\n")).unwrap();
}

fn same(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) -> bool {
    a.len() == b.len() && a == b
}

/// When to kill a build: at a phase the test sees on disk, never after a
/// fixed delay (a faster machine would finish first).
#[derive(Debug, Clone, Copy)]
enum Kill {
    /// As soon as its lock appears: it is loading the site.
    Loading,
    /// As soon as its staging folder appears.
    Staging,
    /// Once this share (in quarters) of the news pages is written into the
    /// staging folder: rendering and writing.
    Written(usize),
    /// As soon as the previous output is moved aside (the swap, or the
    /// deletion of the old output after it).
    Swapping,
}

const LOCK: &str = ".output.baocao-lock";

/// How many news pages the staging folder holds so far.
fn written(root: &Path) -> usize {
    fs::read_dir(root.join(TMP).join("news")).map_or(0, |d| d.count())
}

#[test]
fn killed_builds_leave_the_previous_output_whole() {
    let site = Site {
        dir: tempfile::tempdir().unwrap(),
    };
    let root = site.root();
    let scale = common::corpus::Scale {
        news: 2000,
        ..Default::default()
    };
    common::corpus::generate(root, &scale, 11);
    site.build();
    let out = root.join("output");
    let mut before = snapshot(&out);
    assert!(before.len() > 3000, "{} files", before.len());
    let news = fs::read_dir(out.join("news")).unwrap().count();

    let kills = [
        Kill::Loading,
        Kill::Staging,
        Kill::Written(1),
        Kill::Written(3),
        Kill::Swapping,
        Kill::Staging,
    ];
    let (mut killed, mut finished, mut in_swap, mut swapped) = (0, 0, 0, 0);
    for (n, kill) in kills.into_iter().enumerate() {
        edit(root, n + 1); // so that the build has something to write
        let mut child = Command::new(BIN)
            .args(["build", "--today", "2020-12-31", "--quiet"])
            .current_dir(root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // A killed build may have left an old output; wait for this build
        // to clean it up before watching for its own.
        let mut old_gone = false;
        while child.try_wait().unwrap().is_none() {
            let old = root.join(OLD).exists();
            old_gone |= !old;
            let now = match kill {
                Kill::Loading => root.join(LOCK).exists(),
                Kill::Staging => root.join(TMP).exists(),
                Kill::Written(q) => written(root) >= news * q / 4,
                Kill::Swapping => old_gone && old,
            };
            if now {
                let _ = child.kill(); // SIGKILL on Unix
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        let status = child.wait().unwrap();
        if status.success() {
            finished += 1;
        } else {
            assert_eq!(status.code(), None, "killed, not failed: {status:?}");
            killed += 1;
        }
        if !out.exists() {
            // Killed between the two renames of the swap: the previous
            // output is whole beside it, and the next build puts it back.
            in_swap += 1;
            assert!(same(&before, &snapshot(&root.join(OLD))));
            site.build();
            before = snapshot(&out);
            continue;
        }
        let now = snapshot(&out);
        if !same(&before, &now) {
            // Only a build that got as far as the swap may change the
            // output, and then the output is the whole new site.
            let page = String::from_utf8_lossy(&now["news/ban-tin-00000/index.html"]).into_owned();
            assert!(
                now.keys().eq(before.keys()) && page.contains(&format!("Lần sửa {}.", n + 1)),
                "a build stopped at {kill:?} ({status:?}) left a changed, incomplete output"
            );
            swapped += 1;
            before = now;
        }
    }
    eprintln!(
        "{killed} builds killed, {finished} finished first; {swapped} swapped in a new output, {in_swap} were stopped during the swap"
    );
    // Each kill waits for its phase, which comes before the build ends:
    // only a build that ends between the test seeing it and the signal
    // (a few microseconds) escapes.
    assert!(killed >= 5, "only {killed} builds were killed");

    edit(root, 99);
    site.build();
    let last = snapshot(&out);
    let page = String::from_utf8_lossy(&last["news/ban-tin-00000/index.html"]).into_owned();
    assert!(page.contains("Lần sửa 99."), "the next build is complete");
    assert!(last.keys().eq(before.keys()));
    for leftover in [TMP, OLD] {
        assert!(!root.join(leftover).exists(), "{leftover} left behind");
    }
}
