use super::*;

fn site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    fs::create_dir_all(site.join("content")).unwrap();
    fs::create_dir_all(site.join("themes")).unwrap();
    (dir, site)
}

/// One build of `files` into `out`.
fn build(out: &Path, site: &Path, files: &[(&str, &[u8])]) -> Result<(), OutputError> {
    let o = OutputDir::open(out, site)?;
    let s = o.stage("f")?;
    for (rel, bytes) in files {
        s.write(rel, bytes)?;
    }
    s.commit()?;
    Ok(())
}

#[test]
fn rejects_escaping_paths() {
    assert!(safe_rel("a/b.html").is_ok());
    assert!(safe_rel("../x").is_err());
    assert!(safe_rel("/etc/passwd").is_err());
    assert!(safe_rel("a/../../x").is_err());
    assert!(safe_rel("").is_err());
}

#[test]
fn recovers_from_builds_killed_at_any_step() {
    let (_d, site) = site();
    let out = site.join("output");
    let (tmp, old) = (sibling(&out, "tmp"), sibling(&out, "old"));
    let b = |text: &[u8]| build(&out, &site, &[("a/index.html", text)]).unwrap();
    b(b"one");
    // Killed after creating the staging folder, before marking it.
    fs::create_dir(&tmp).unwrap();
    b(b"two");
    assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"two");
    // Killed while writing the staging folder.
    fs::create_dir_all(tmp.join("x")).unwrap();
    fs::write(tmp.join(MARKER), b"").unwrap();
    fs::write(tmp.join("x/y.html"), b"").unwrap();
    b(b"three");
    // Killed between the two renames of a swap: the old output comes back.
    fs::rename(&out, &old).unwrap();
    let o = OutputDir::open(&out, &site).unwrap();
    assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"three");
    drop(o);
    // Killed while deleting the old output: what its manifest lists goes.
    let other = site.join("other");
    build(&other, &site, &[("b/x.html", b"x")]).unwrap();
    fs::rename(&other, &old).unwrap();
    b(b"four");
    assert!(!tmp.exists() && !old.exists());
    assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"four");
    // Killed after the old output lost its marker, leaving an empty folder.
    fs::create_dir(&old).unwrap();
    b(b"five");
    assert!(!old.exists());
    // A folder of someone else's in the way is named, not deleted.
    fs::create_dir(&old).unwrap();
    fs::write(old.join("keep.txt"), b"x").unwrap();
    let e = OutputDir::open(&out, &site).err().unwrap();
    assert!(e.to_string().contains("not written by baocao"), "{e}");
    assert!(old.join("keep.txt").is_file());
}

#[test]
fn refuses_the_sources_their_parents_and_foreign_folders() {
    let (dir, site) = site();
    for bad in [
        site.clone(),
        dir.path().to_path_buf(),
        site.join("content"),
        site.join("content/static/out"),
        site.join("themes/x"),
    ] {
        assert!(OutputDir::open(&bad, &site).is_err(), "{}", bad.display());
    }
    // Through a link: `st` leads into content/static.
    #[cfg(unix)]
    {
        fs::create_dir_all(site.join("content/static")).unwrap();
        std::os::unix::fs::symlink(site.join("content/static"), dir.path().join("st")).unwrap();
        let e = OutputDir::open(&dir.path().join("st/out"), &site)
            .err()
            .unwrap();
        assert!(e.to_string().contains("inside the site's sources"), "{e}");
    }
    let foreign = dir.path().join("foreign");
    fs::create_dir_all(&foreign).unwrap();
    fs::write(foreign.join("keep.txt"), b"x").unwrap();
    let e = OutputDir::open(&foreign, &site).err().unwrap();
    assert!(e.to_string().contains("not written by baocao"), "{e}");
    assert!(foreign.join("keep.txt").is_file());
}

#[test]
fn a_failed_build_leaves_the_output_as_it_was() {
    let (_d, site) = site();
    let out = site.join("output");
    build(&out, &site, &[("a/index.html", b"one")]).unwrap();
    let o = OutputDir::open(&out, &site).unwrap();
    let s = o.stage("g").unwrap();
    s.write("a/index.html", b"two").unwrap();
    drop(s);
    assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one");
    assert!(!sibling(&out, "tmp").exists());
}

#[test]
fn unchanged_files_keep_their_mtime_and_tampered_ones_are_rewritten() {
    let (_d, site) = site();
    let out = site.join("output");
    build(&out, &site, &[("a/index.html", b"one"), ("b.txt", b"b")]).unwrap();
    let o = OutputDir::open(&out, &site).unwrap();
    assert!(o.unchanged_since("f"));
    assert!(!o.unchanged_since("g"));
    drop(o);
    let mtime = |p: &Path| fs::metadata(p).unwrap().modified().unwrap();
    let before = mtime(&out.join("b.txt"));
    std::thread::sleep(std::time::Duration::from_millis(20));
    let o = OutputDir::open(&out, &site).unwrap();
    let s = o.stage("f2").unwrap();
    s.write("a/index.html", b"one!").unwrap();
    s.write("b.txt", b"b").unwrap();
    assert_eq!(s.unchanged(), 1);
    s.commit().unwrap();
    drop(o);
    assert_eq!(mtime(&out.join("b.txt")), before, "same bytes, same mtime");
    // A file changed by hand: the unchanged build is not skipped, and the
    // file is written again, not reused.
    fs::write(out.join("b.txt"), b"x").unwrap();
    let o = OutputDir::open(&out, &site).unwrap();
    assert!(!o.unchanged_since("f2"), "a tampered file ends the skip");
    let s = o.stage("f2").unwrap();
    s.write("b.txt", b"b").unwrap();
    assert_eq!(s.unchanged(), 0);
    s.write("a/index.html", b"one!").unwrap();
    s.commit().unwrap();
    drop(o);
    assert_eq!(fs::read(out.join("b.txt")).unwrap(), b"b");
    // A file of the manifest gone missing: the fingerprint no longer holds.
    fs::remove_file(out.join("b.txt")).unwrap();
    assert!(!OutputDir::open(&out, &site).unwrap().unchanged_since("f2"));
}

#[test]
fn copies_streams_and_reuses_only_equal_bytes() {
    let (d, site) = site();
    let out = site.join("output");
    let src = d.path().join("big.bin");
    fs::write(&src, vec![7u8; 600_000]).unwrap();
    for expect_reused in [0, 1] {
        let o = OutputDir::open(&out, &site).unwrap();
        let s = o.stage("f").unwrap();
        s.copy("files/big.bin", &mut File::open(&src).unwrap())
            .unwrap();
        assert_eq!(s.unchanged(), expect_reused);
        s.commit().unwrap();
    }
    assert_eq!(
        fs::read(out.join("files/big.bin")).unwrap(),
        fs::read(&src).unwrap()
    );
}

#[test]
fn a_second_build_into_the_same_folder_is_refused_while_the_first_runs() {
    let (_d, site) = site();
    let out = site.join("output");
    let first = OutputDir::open(&out, &site).unwrap();
    let e = OutputDir::open(&out, &site).err().unwrap();
    assert!(e.to_string().contains("another baocao build"), "{e}");
    drop(first);
    assert!(OutputDir::open(&out, &site).is_ok());
}

#[test]
fn foreign_files_in_our_output_stop_the_build_and_stay() {
    let (_d, site) = site();
    let out = site.join("output");
    build(&out, &site, &[("index.html", b"x")]).unwrap();
    fs::write(out.join("CNAME"), b"cchc.example.gov.vn").unwrap();
    let e = OutputDir::open(&out, &site).err().unwrap();
    assert!(
        e.to_string()
            .contains("1 file baocao did not write (CNAME)"),
        "{e}"
    );
    assert!(out.join("CNAME").is_file());
}

#[cfg(unix)]
#[test]
fn a_linked_output_is_built_into_its_target_and_keeps_foreign_files() {
    use std::os::unix::fs::symlink;
    let (d, site) = site();
    // A web root with the server's own files: refused, untouched.
    let webroot = d.path().join("www");
    fs::create_dir_all(webroot.join("cgi")).unwrap();
    fs::write(webroot.join("cgi/app.php"), b"<?php").unwrap();
    let link = site.join("output");
    symlink(&webroot, &link).unwrap();
    let e = OutputDir::open(&link, &site).err().unwrap();
    assert!(e.to_string().contains("not written by baocao"), "{e}");
    assert!(webroot.join("cgi/app.php").is_file());
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // An empty target gets the site; the link stays a link.
    let empty = d.path().join("site-www");
    fs::create_dir(&empty).unwrap();
    fs::remove_file(&link).unwrap();
    symlink(&empty, &link).unwrap();
    build(&link, &site, &[("index.html", b"one")]).unwrap();
    build(&link, &site, &[("index.html", b"two")]).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read(empty.join("index.html")).unwrap(), b"two");
    // A link that leads nowhere is named as such.
    fs::remove_file(&link).unwrap();
    symlink(d.path().join("nowhere"), &link).unwrap();
    let e = OutputDir::open(&link, &site).err().unwrap().to_string();
    assert!(e.contains("leads nowhere") && e.contains("output"), "{e}");
    assert!(!e.contains("baocao-tmp"), "{e}");
}

#[cfg(unix)]
#[test]
fn special_files_are_refused() {
    let (d, site) = site();
    let fifo = d.path().join("fifo");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let e = OutputDir::open(&fifo, &site).err().unwrap().to_string();
    assert!(e.contains("a FIFO"), "{e}");
    let e = OutputDir::open(Path::new("/dev/null"), &site)
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("a device"), "{e}");
    let file = d.path().join("f.txt");
    fs::write(&file, b"x").unwrap();
    let e = OutputDir::open(&file, &site).err().unwrap().to_string();
    assert!(e.contains("a file, not a folder"), "{e}");
    assert!(fifo.exists() && file.is_file());
}
