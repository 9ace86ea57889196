//! The output policy with the real binary: what `--output` may name, a
//! lock per output, leftovers and signals, tampered files, other users.
#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Site, snapshot};

const BIN: &str = env!("CARGO_BIN_EXE_baocao");

fn run(root: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(BIN)
        .args(["build", "--today", "2020-12-31"])
        .args(args)
        .current_dir(root)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.status.code().unwrap_or(-1), stderr)
}

/// Names in `dir` that a build leaves beside its output.
fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".baocao-"))
        .collect()
}

/// A site big enough that a build takes a while (for signals and locks).
fn big_site(news: usize) -> Site {
    let scale = common::corpus::Scale {
        provinces: 20,
        years: 10,
        agencies_per_province: 11,
        news,
        indicators: 12,
        ..Default::default()
    };
    common::corpus_site(&scale, 5)
}

fn edit(root: &Path, text: &str) {
    let p = root.join("content/news/ban-tin-00000.md");
    let old = fs::read_to_string(&p).unwrap();
    let head = old.split("\n\nSửa: ").next().unwrap().trim_end();
    fs::write(&p, format!("{head}\n\nSửa: {text}\n")).unwrap();
}

/// Waits (at most a minute) until `cond` holds.
fn wait_for(what: &str, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "never saw {what}"
        );
        std::thread::sleep(Duration::from_micros(300));
    }
}

#[test]
fn a_linked_web_root_with_foreign_files_is_refused_and_kept_whole() {
    let site = Site::minimal();
    let www = site.root().join("www");
    fs::create_dir_all(www.join("cgi-bin")).unwrap();
    fs::write(www.join("cgi-bin/app.php"), "<?php").unwrap();
    fs::write(www.join("index.html"), "server page").unwrap();
    symlink(&www, site.root().join("output")).unwrap();
    let before = snapshot(&www);
    let (code, err) = run(site.root(), &[]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("output") && err.contains("not written by baocao"),
        "{err}"
    );
    assert!(before == snapshot(&www), "the web root changed");
    assert!(
        fs::symlink_metadata(site.root().join("output"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        leftovers(site.root()).is_empty(),
        "{:?}",
        leftovers(site.root())
    );
    // Linked to an empty folder instead: the site is built there, through
    // the link, again and again.
    let empty = site.root().join("site-www");
    fs::create_dir(&empty).unwrap();
    fs::remove_file(site.root().join("output")).unwrap();
    symlink(&empty, site.root().join("output")).unwrap();
    for _ in 0..2 {
        site.build();
        assert!(empty.join("index.html").is_file());
    }
}

#[test]
fn special_files_and_dangling_links_are_refused_by_name() {
    let site = Site::minimal();
    let root = site.root();
    assert!(
        Command::new("mkfifo")
            .arg(root.join("ong"))
            .status()
            .unwrap()
            .success()
    );
    symlink(root.join("khong-co"), root.join("output")).unwrap();
    for (output, why) in [
        ("ong", "is a FIFO (named pipe), not a folder"),
        ("/dev/null", "is a device, not a folder"),
        ("output", "is a symbolic link to"),
    ] {
        let (code, err) = run(root, &["--output", output]);
        assert_eq!(code, 2, "--output {output}: {err}");
        assert!(err.contains(why), "--output {output}: {err}");
        assert!(!err.contains("baocao-tmp"), "{err}");
    }
    assert!(
        fs::symlink_metadata(root.join("ong"))
            .unwrap()
            .file_type()
            .is_fifo_like()
    );
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}
impl FifoLike for fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

#[test]
fn a_tampered_output_file_is_rewritten_even_when_nothing_changed() {
    let site = Site::minimal();
    site.build();
    let index = site.out("index.html");
    let clean = fs::read(&index).unwrap();
    let mut hacked = clean.clone();
    hacked.extend_from_slice(b"<script>alert(1)</script>");
    fs::write(&index, &hacked).unwrap();
    fs::write(site.out("style.css"), b"body{").unwrap();
    let r = site.build();
    assert!(!r.stderr.contains("Nothing changed"), "{}", r.stderr);
    assert_eq!(fs::read(&index).unwrap(), clean);
    assert!(fs::read_to_string(site.out("style.css")).unwrap().len() > 100);
    // Now nothing changed, and nothing was tampered with: skipped.
    assert!(site.build().stderr.contains("Nothing changed"));
}

#[test]
fn a_second_build_into_the_same_output_waits_for_nothing_and_exits_2() {
    let site = big_site(600);
    let root = site.root();
    site.build();
    edit(root, "một");
    let mut first = Command::new(BIN)
        .args(["build", "--today", "2020-12-31", "--quiet"])
        .current_dir(root)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The first holds the lock from its start to its end; its staging
    // folder appears once it holds it.
    wait_for("the first build's staging folder", || {
        root.join(".output.baocao-tmp").exists()
    });
    let (code, err) = run(root, &[]);
    let first_status = first.wait().unwrap();
    assert!(first_status.success());
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("another baocao build is writing into"),
        "{err}"
    );
    // The first build's output is complete: the same as a build of the
    // same inputs into a folder of its own.
    let alone = root.join("alone");
    let (code, err) = run(root, &["--output", "alone"]);
    assert_eq!(code, 0, "{err}");
    let site_files = |dir: &Path| {
        let mut m = snapshot(dir);
        m.retain(|k, _| !k.starts_with(".baocao-"));
        m
    };
    let (a, b) = (site_files(&root.join("output")), site_files(&alone));
    assert!(
        a.len() > 1000 && a == b,
        "the first build's output is incomplete"
    );
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
}

/// SIGTERM or SIGINT while writing: the staging folder goes, the output
/// stays as it was, exit 130; then a build with nothing changed skips and
/// leaves nothing behind.
#[test]
fn a_signal_mid_build_leaves_no_leftovers_even_for_a_no_change_build() {
    let site = big_site(600);
    let root = site.root();
    site.build();
    let before = snapshot(&root.join("output"));
    let page = root.join("content/news/ban-tin-00000.md");
    let original = fs::read(&page).unwrap();
    for signal in ["-TERM", "-INT"] {
        edit(root, signal);
        let child = Command::new(BIN)
            .args(["build", "--today", "2020-12-31", "--quiet"])
            .current_dir(root)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        wait_for("the staging folder", || {
            root.join(".output.baocao-tmp").exists()
        });
        let sent = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{signal}: {err}");
        assert!(err.contains("Interrupted"), "{err}");
        assert!(
            before == snapshot(&root.join("output")),
            "{signal}: the output changed"
        );
        assert!(
            leftovers(root).is_empty(),
            "{signal}: {:?}",
            leftovers(root)
        );
        // Back to the inputs the output was built from: nothing to do,
        // and nothing left behind.
        fs::write(&page, &original).unwrap();
        let r = site.build();
        assert!(r.stderr.contains("Nothing changed"), "{}", r.stderr);
        assert!(
            leftovers(root).is_empty(),
            "{signal}: {:?}",
            leftovers(root)
        );
    }
}

/// A build by another user after a build by root: refused before anything
/// is swapped, naming the folder it cannot replace; the output stays whole.
#[test]
fn another_users_build_is_refused_before_the_swap() {
    let is_root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let setpriv = Path::new("/usr/bin/setpriv").exists();
    if !(is_root && setpriv) {
        eprintln!("skipped: needs root and setpriv to act as another user");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    for (p, c) in [
        ("content/site.yaml", common::SITE_YAML),
        ("content/data/indicators/sipas.yaml", common::SIPAS),
        ("content/data/agencies/so-noi-vu.yaml", common::AGENCY),
        ("content/news/tin-mot.md", common::NEWS),
    ] {
        let f = root.join(p);
        fs::create_dir_all(f.parent().unwrap()).unwrap();
        fs::write(f, c).unwrap();
    }
    // Everyone may read the site and write beside the output (as in a
    // shared CI workspace); only the output itself is root's.
    for e in walkdir::WalkDir::new(dir.path()) {
        let e = e.unwrap();
        let mode = if e.file_type().is_dir() { 0o777 } else { 0o644 };
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(e.path(), fs::Permissions::from_mode(mode)).unwrap();
    }
    let (code, err) = run(&root, &[]);
    assert_eq!(code, 0, "{err}");
    fs::write(
        root.join("content/news/tin-mot.md"),
        common::NEWS.replace("Đoạn đầu", "Đoạn mới"),
    )
    .unwrap();
    let before = snapshot(&root.join("output"));
    let out = Command::new("/usr/bin/setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN])
        .args(["build", "--today", "2020-12-31"])
        .current_dir(&root)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("is not writable by this user") && err.contains("user id 0"),
        "{err}"
    );
    assert!(before == snapshot(&root.join("output")));
    assert!(leftovers(&root).is_empty(), "{:?}", leftovers(&root));
    // And root can still build there.
    let (code, err) = run(&root, &[]);
    assert_eq!(code, 0, "{err}");
}

/// A write the disk refuses ("file too large" here, "no space left" alike)
/// is an input/output error: exit 2, the error names the file, the
/// previous output stays.
#[test]
fn a_refused_write_exits_2_and_keeps_the_output() {
    let site = Site::minimal();
    site.build();
    site.write(
        "content/news/tin-mot.md",
        &common::NEWS.replace("Đoạn đầu", "Đoạn mới"),
    );
    let before = snapshot(&site.root().join("output"));
    // Files over 512 bytes or 1 KiB (the shell's unit) cannot be written; the signal that would kill the
    // process is ignored, so the write fails instead.
    let out = Command::new("sh")
        .args([
            "-c",
            "trap '' XFSZ; ulimit -f 1; exec \"$0\" build --today 2020-12-31",
            BIN,
        ])
        .current_dir(site.root())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("File too large") && err.contains(".output.baocao-tmp/"),
        "{err}"
    );
    assert!(before == snapshot(&site.root().join("output")));
    assert!(
        leftovers(site.root()).is_empty(),
        "{:?}",
        leftovers(site.root())
    );
}
