//! The manifest of an output folder: the inputs' fingerprint, and for every
//! file baocao wrote its hash, size and modification time. It is what
//! baocao knows it owns: nothing the manifest does not list is ever deleted.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::Path;
use std::time::UNIX_EPOCH;

use super::paths::{annotate, preview};

/// Written into every output folder baocao makes, first.
pub const MARKER: &str = ".baocao-output";

/// The hash, size and time of every output file and the fingerprint of the inputs.
pub const MANIFEST: &str = ".baocao-manifest";

const HEADER: &str = "baocao-manifest 2";

/// One file of an output folder as baocao wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub hash: u64,
    pub len: u64,
    /// Modification time in nanoseconds since 1970; 0 when unknown.
    pub mtime: u128,
}

impl Entry {
    /// Whether the file at `path` still looks as baocao left it (same size
    /// and modification time): an edit by hand changes one or the other.
    pub fn matches_on_disk(&self, path: &Path) -> bool {
        fs::symlink_metadata(path).is_ok_and(|m| {
            m.file_type().is_file() && m.len() == self.len && mtime_of(&m) == self.mtime
        })
    }
}

pub fn mtime_of(m: &fs::Metadata) -> u128 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

#[derive(Debug, Default, Clone)]
pub struct Manifest {
    pub fingerprint: Option<String>,
    pub files: HashMap<String, Entry>,
}

impl Manifest {
    /// Reads the manifest of `dir`; an absent or unreadable one is empty.
    /// Manifests of earlier versions (hash and path only) still list their files.
    pub fn read(dir: &Path) -> Manifest {
        let Ok(text) = fs::read_to_string(dir.join(MANIFEST)) else {
            return Manifest::default();
        };
        let mut lines = text.lines();
        let Some(first) = lines.next() else {
            return Manifest::default();
        };
        let (versioned, fingerprint) = match first.strip_prefix(HEADER) {
            Some(rest) => (true, rest.trim().strip_prefix("fingerprint ")),
            None => (false, first.strip_prefix("fingerprint ")),
        };
        let files = lines
            .filter_map(|l| {
                let (hash, rest) = l.split_once(' ')?;
                let hash = u64::from_str_radix(hash, 16).ok()?;
                if !versioned {
                    let e = Entry {
                        hash,
                        len: u64::MAX,
                        mtime: 0,
                    };
                    return Some((rest.to_string(), e));
                }
                let (len, rest) = rest.split_once(' ')?;
                let (mtime, path) = rest.split_once(' ')?;
                let e = Entry {
                    hash,
                    len: len.parse().ok()?,
                    mtime: mtime.parse().ok()?,
                };
                Some((path.to_string(), e))
            })
            .collect();
        Manifest {
            fingerprint: fingerprint.map(str::to_string),
            files,
        }
    }

    /// The manifest's text, files in path order (deterministic).
    pub fn render(fingerprint: &str, files: &mut [(String, Entry)]) -> String {
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut s = format!("{HEADER} fingerprint {fingerprint}\n");
        for (p, e) in files.iter() {
            s.push_str(&format!("{:016x} {} {} {p}\n", e.hash, e.len, e.mtime));
        }
        s
    }

    /// Whether `rel` is one of baocao's own bookkeeping files.
    pub fn is_bookkeeping(rel: &str) -> bool {
        rel == MARKER || rel == MANIFEST
    }
}

/// Deletes the files of `dir` that its manifest lists (and the manifest),
/// then the folders left empty, then the marker and `dir` itself. Files
/// the manifest does not list are kept, and named in the error.
pub fn remove_listed(dir: &Path) -> io::Result<()> {
    let manifest = Manifest::read(dir);
    let mut paths: Vec<&String> = manifest.files.keys().collect();
    paths.sort();
    for rel in paths {
        let path = dir.join(rel);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(annotate(e, &path)),
        }
    }
    remove_if_present(&dir.join(MANIFEST))?;
    remove_empty_folders(dir)?;
    let left: Vec<String> = fs::read_dir(dir)
        .map_err(|e| annotate(e, dir))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != MARKER)
        .collect();
    if !left.is_empty() {
        return Err(io::Error::other(format!(
            "{} holds files baocao did not write ({}); they were kept: move them away, then build again",
            dir.display(),
            preview(&left)
        )));
    }
    remove_if_present(&dir.join(MARKER))?;
    fs::remove_dir(dir).map_err(|e| annotate(e, dir))
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(annotate(e, path)),
        _ => Ok(()),
    }
}

/// Removes the empty folders under `dir` (not `dir` itself), deepest first.
fn remove_empty_folders(dir: &Path) -> io::Result<()> {
    let mut folders: Vec<_> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_dir())
        .map(|e| (e.depth(), e.into_path()))
        .collect();
    folders.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    for (_, f) in folders {
        match fs::remove_dir(&f) {
            Ok(()) => {}
            // Not empty: it holds something baocao did not write.
            Err(_) if fs::read_dir(&f).is_ok_and(|mut d| d.next().is_some()) => {}
            Err(e) => return Err(annotate(e, &f)),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_reads_the_earlier_format() {
        let dir = tempfile::tempdir().unwrap();
        let e = Entry {
            hash: 0xabc,
            len: 3,
            mtime: 42,
        };
        let mut files = vec![("b c/d.html".to_string(), e), ("a.css".to_string(), e)];
        fs::write(
            dir.path().join(MANIFEST),
            Manifest::render("fp", &mut files),
        )
        .unwrap();
        let m = Manifest::read(dir.path());
        assert_eq!(m.fingerprint.as_deref(), Some("fp"));
        assert_eq!(m.files["b c/d.html"], e);
        fs::write(
            dir.path().join(MANIFEST),
            "fingerprint old\n0000000000000abc a/index.html\n",
        )
        .unwrap();
        let m = Manifest::read(dir.path());
        assert_eq!(m.fingerprint.as_deref(), Some("old"));
        assert_eq!(m.files["a/index.html"].hash, 0xabc);
        assert!(!m.files["a/index.html"].matches_on_disk(&dir.path().join("a/index.html")));
    }

    #[test]
    fn removes_only_what_the_manifest_lists() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir_all(out.join("a/b")).unwrap();
        fs::write(out.join(MARKER), "").unwrap();
        fs::write(out.join("a/b/x.html"), "x").unwrap();
        fs::write(out.join("a/mine.txt"), "keep").unwrap();
        let e = Entry {
            hash: 1,
            len: 1,
            mtime: 0,
        };
        fs::write(
            out.join(MANIFEST),
            Manifest::render("f", &mut [("a/b/x.html".into(), e)]),
        )
        .unwrap();
        let err = remove_listed(&out).unwrap_err().to_string();
        assert!(err.contains("did not write (a)"), "{err}");
        assert_eq!(fs::read_to_string(out.join("a/mine.txt")).unwrap(), "keep");
        assert!(!out.join("a/b").exists());
        fs::remove_file(out.join("a/mine.txt")).unwrap();
        remove_listed(&out).unwrap();
        assert!(!out.exists());
    }
}
