//! Write: the one place that writes output files.
//!
//! A build writes into a staging folder beside the output folder
//! (`.output.baocao-tmp`), then swaps it in: the old output is renamed
//! aside, the staging folder takes its name, the old one is deleted. A build
//! that fails or is killed leaves the previous output as it was; the next
//! build cleans up what was left behind. baocao only ever deletes folders
//! that carry its marker file.
//!
//! Only what changed is written: the manifest of the previous output holds
//! a hash of every file; a file whose new bytes hash the same is hard-linked
//! from the previous output instead of written, so it keeps its bytes, inode
//! and modification time and deploy tools upload only what changed.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Written into every output folder baocao makes.
pub const MARKER: &str = ".baocao-output";

/// The hash of every output file and the fingerprint of the inputs.
pub const MANIFEST: &str = ".baocao-manifest";

pub struct Staging {
    target: PathBuf,
    tmp: PathBuf,
    committed: bool,
    previous: HashMap<String, u64>,
    written: Mutex<Vec<(String, u64)>>,
    reused: AtomicUsize,
    fingerprint: String,
}

/// Reads a manifest: (fingerprint, hash by path).
fn read_manifest(dir: &Path) -> (Option<String>, HashMap<String, u64>) {
    let Ok(text) = fs::read_to_string(dir.join(MANIFEST)) else {
        return (None, HashMap::new());
    };
    let mut lines = text.lines();
    let fingerprint = lines
        .next()
        .and_then(|l| l.strip_prefix("fingerprint "))
        .map(str::to_string);
    let files = lines
        .filter_map(|l| {
            let (h, p) = l.split_once(' ')?;
            Some((p.to_string(), u64::from_str_radix(h, 16).ok()?))
        })
        .collect();
    (fingerprint, files)
}

/// The fingerprint of the inputs the output in `target` was built from,
/// when that output is complete and baocao's.
pub fn previous_fingerprint(target: &Path) -> Option<String> {
    let target = absolute(target);
    if !is_ours(&target) {
        return None;
    }
    let (fingerprint, files) = read_manifest(&target);
    // Every file the manifest names must still be there.
    files
        .keys()
        .all(|p| target.join(p).is_file())
        .then_some(fingerprint)
        .flatten()
}

fn sibling(target: &Path, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    target.with_file_name(format!(".{name}.baocao-{suffix}"))
}

fn is_ours(dir: &Path) -> bool {
    dir.join(MARKER).is_file()
}

fn is_empty_dir(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

/// Deletes a folder of ours, its marker last: a build killed half-way
/// through leaves a folder the next build still recognises and removes.
fn remove_ours(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir).map_err(|e| annotate(e, dir))? {
        let entry = entry.map_err(|e| annotate(e, dir))?;
        if entry.file_name() == MARKER {
            continue;
        }
        let path = entry.path();
        let removed = if entry.file_type().is_ok_and(|t| t.is_dir()) {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        removed.map_err(|e| annotate(e, &path))?;
    }
    fs::remove_file(dir.join(MARKER)).map_err(|e| annotate(e, dir))?;
    fs::remove_dir(dir).map_err(|e| annotate(e, dir))
}

/// Absolute, with `.` and `..` resolved textually (the folder may not exist).
pub fn absolute(p: &Path) -> PathBuf {
    let base = if p.is_absolute() {
        PathBuf::new()
    } else {
        std::env::current_dir().unwrap_or_default()
    };
    let mut out = PathBuf::new();
    for c in base.join(p).components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Refuses output folders that would destroy something: the site itself,
/// its `content/` or `themes/`, any of their parents, or a non-empty folder
/// baocao did not write.
pub fn check_target(target: &Path, site_root: &Path) -> Result<(), String> {
    let t = absolute(target);
    let root = absolute(site_root);
    for protected in [root.clone(), root.join("content"), root.join("themes")] {
        if protected.starts_with(&t) {
            return Err(format!(
                "refusing to write the site into {}: it would replace {}",
                t.display(),
                protected.display()
            ));
        }
    }
    if t.starts_with(root.join("content")) || t.starts_with(root.join("themes")) {
        return Err(format!(
            "refusing to write the site inside the site's sources ({})",
            t.display()
        ));
    }
    if t.is_file() {
        return Err(format!("{} is a file, not a folder", t.display()));
    }
    if t.is_dir() && !is_ours(&t) {
        let empty = fs::read_dir(&t)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(format!(
                "{} is not empty and was not written by baocao (no {MARKER} file); refusing to replace it",
                t.display()
            ));
        }
    }
    Ok(())
}

impl Staging {
    /// Prepares a staging folder for `target`, after cleaning up what an
    /// interrupted build may have left.
    pub fn new(target: &Path) -> io::Result<Staging> {
        Staging::with_fingerprint(target, "")
    }

    /// Like [`Staging::new`], recording the inputs' fingerprint in the
    /// manifest so that an unchanged rebuild can be skipped.
    pub fn with_fingerprint(target: &Path, fingerprint: &str) -> io::Result<Staging> {
        let target = absolute(target);
        let tmp = sibling(&target, "tmp");
        let old = sibling(&target, "old");
        // Killed between the two renames of a swap: put the old output back.
        if !target.exists() && is_ours(&old) {
            fs::rename(&old, &target)?;
        }
        for leftover in [&tmp, &old] {
            if is_ours(leftover) {
                remove_ours(leftover)?;
            } else if is_empty_dir(leftover) {
                // Killed between creating the folder and marking it, or
                // after removing its marker.
                fs::remove_dir(leftover).map_err(|e| annotate(e, leftover))?;
            }
        }
        if tmp.exists() || old.exists() {
            let tmp = if tmp.exists() { &tmp } else { &old };
            return Err(io::Error::other(format!(
                "{} exists and is not baocao's; remove it",
                tmp.display()
            )));
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| annotate(e, parent))?;
        }
        fs::create_dir(&tmp).map_err(|e| annotate(e, &tmp))?;
        fs::write(
            tmp.join(MARKER),
            b"Written by baocao; this folder is replaced on every build.\n",
        )
        .map_err(|e| annotate(e, &tmp))?;
        let previous = if is_ours(&target) {
            read_manifest(&target).1
        } else {
            HashMap::new()
        };
        Ok(Staging {
            target,
            tmp,
            committed: false,
            previous,
            written: Mutex::new(Vec::new()),
            reused: AtomicUsize::new(0),
            fingerprint: fingerprint.to_string(),
        })
    }

    /// Writes one output file; `rel` is a relative path with `/` separators
    /// that must stay inside the output folder.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let safe = safe_rel(rel)?;
        let path = self.tmp.join(&safe);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| annotate(e, parent))?;
        }
        let hash = xxhash_rust::xxh3::xxh3_64(bytes);
        self.written
            .lock()
            .expect("manifest")
            .push((rel.to_string(), hash));
        if self.previous.get(rel) == Some(&hash)
            && fs::hard_link(self.target.join(&safe), &path).is_ok()
        {
            self.reused.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        fs::write(&path, bytes).map_err(|e| annotate(e, &path))
    }

    /// How many files were the same as in the previous output.
    pub fn unchanged(&self) -> usize {
        self.reused.load(Ordering::Relaxed)
    }

    /// Swaps the staging folder in place of the output folder.
    pub fn commit(mut self) -> io::Result<()> {
        let mut files = std::mem::take(&mut *self.written.lock().expect("manifest"));
        files.sort();
        let mut manifest = format!("fingerprint {}\n", self.fingerprint);
        for (p, h) in &files {
            manifest.push_str(&format!("{h:016x} {p}\n"));
        }
        fs::write(self.tmp.join(MANIFEST), manifest).map_err(|e| annotate(e, &self.tmp))?;
        let old = sibling(&self.target, "old");
        if self.target.exists() {
            fs::rename(&self.target, &old).map_err(|e| annotate(e, &self.target))?;
        }
        fs::rename(&self.tmp, &self.target).map_err(|e| annotate(e, &self.tmp))?;
        self.committed = true;
        if is_ours(&old) {
            remove_ours(&old)?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed && is_ours(&self.tmp) {
            let _ = remove_ours(&self.tmp);
        }
    }
}

fn annotate(e: io::Error, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// `rel` as a path that cannot leave the output folder.
pub fn safe_rel(rel: &str) -> io::Result<PathBuf> {
    let p = Path::new(rel);
    if rel.is_empty() || p.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("unsafe output path `{rel}`"),
        ));
    }
    Ok(p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let (tmp, old) = (sibling(&out, "tmp"), sibling(&out, "old"));
        let build = |text: &[u8]| {
            let s = Staging::new(&out).unwrap();
            s.write("a/index.html", text).unwrap();
            s.commit().unwrap();
        };
        build(b"one");
        // Killed after creating the staging folder, before marking it.
        fs::create_dir(&tmp).unwrap();
        build(b"two");
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"two");
        // Killed while deleting the old output: its marker goes last, so
        // what is left is still recognised.
        fs::create_dir_all(old.join("b")).unwrap();
        fs::write(old.join(MARKER), b"").unwrap();
        fs::write(old.join("b/x.html"), b"").unwrap();
        build(b"three");
        // ... or after the marker went, leaving an empty folder.
        fs::create_dir(&old).unwrap();
        build(b"four");
        // Killed between the two renames of a swap: the old output returns.
        fs::rename(&out, &old).unwrap();
        let s = Staging::new(&out).unwrap();
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"four");
        drop(s);
        assert!(!tmp.exists() && !old.exists());
        // A folder of someone else's in the way is named, not deleted.
        fs::create_dir(&old).unwrap();
        fs::write(old.join("keep.txt"), b"x").unwrap();
        let e = Staging::new(&out).err().unwrap();
        assert!(e.to_string().contains("is not baocao's"), "{e}");
        assert!(old.join("keep.txt").is_file());
    }

    #[test]
    fn swaps_and_refuses_foreign_folders() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        fs::create_dir_all(site.join("content")).unwrap();
        let out = site.join("output");
        assert!(check_target(&site, &site).is_err());
        assert!(check_target(dir.path(), &site).is_err());
        assert!(check_target(&site.join("content"), &site).is_err());
        assert!(check_target(&out, &site).is_ok());

        let s = Staging::new(&out).unwrap();
        s.write("a/index.html", b"one").unwrap();
        s.commit().unwrap();
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one");
        // A failed build (dropped staging) leaves the output as it was.
        let s = Staging::new(&out).unwrap();
        s.write("a/index.html", b"two").unwrap();
        drop(s);
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one");
        assert!(!sibling(&absolute(&out), "tmp").exists());

        let foreign = dir.path().join("foreign");
        fs::create_dir_all(&foreign).unwrap();
        fs::write(foreign.join("keep.txt"), b"x").unwrap();
        assert!(
            check_target(&foreign, &site)
                .unwrap_err()
                .contains("not written by baocao")
        );
    }
}

#[cfg(test)]
mod change_tests {
    use super::*;

    #[test]
    fn unchanged_files_keep_their_mtime_and_the_fingerprint_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let s = Staging::with_fingerprint(&out, "f1").unwrap();
        s.write("a/index.html", b"one").unwrap();
        s.write("b.txt", b"b").unwrap();
        s.commit().unwrap();
        assert_eq!(previous_fingerprint(&out).as_deref(), Some("f1"));
        let mtime = |p: &Path| fs::metadata(p).unwrap().modified().unwrap();
        let before = mtime(&out.join("b.txt"));
        std::thread::sleep(std::time::Duration::from_millis(20));
        let s = Staging::with_fingerprint(&out, "f2").unwrap();
        s.write("a/index.html", b"one!").unwrap();
        s.write("b.txt", b"b").unwrap();
        assert_eq!(s.unchanged(), 1);
        s.commit().unwrap();
        assert_eq!(mtime(&out.join("b.txt")), before, "same bytes, same mtime");
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one!");
        assert_eq!(previous_fingerprint(&out).as_deref(), Some("f2"));
        // A file of the manifest gone missing: the fingerprint no longer holds.
        fs::remove_file(out.join("b.txt")).unwrap();
        assert_eq!(previous_fingerprint(&out), None);
    }
}
