//! Write: the one place that writes output files.
//!
//! A build writes into a staging folder beside the output folder
//! (`.output.baocao-tmp`), then swaps it in: the old output is renamed
//! aside, the staging folder takes its name, the old one is deleted. A build
//! that fails or is killed leaves the previous output as it was; the next
//! build cleans up what was left behind. baocao only ever deletes folders
//! that carry its marker file.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// Written into every output folder baocao makes.
pub const MARKER: &str = ".baocao-output";

pub struct Staging {
    target: PathBuf,
    tmp: PathBuf,
    committed: bool,
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
        let target = absolute(target);
        let tmp = sibling(&target, "tmp");
        let old = sibling(&target, "old");
        // Killed between the two renames of a swap: put the old output back.
        if !target.exists() && is_ours(&old) {
            fs::rename(&old, &target)?;
        }
        for leftover in [&tmp, &old] {
            if leftover.exists() && is_ours(leftover) {
                fs::remove_dir_all(leftover).map_err(|e| annotate(e, leftover))?;
            }
        }
        if tmp.exists() {
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
        Ok(Staging {
            target,
            tmp,
            committed: false,
        })
    }

    /// Writes one output file; `rel` is a relative path with `/` separators
    /// that must stay inside the output folder.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.tmp.join(safe_rel(rel)?);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| annotate(e, parent))?;
        }
        fs::write(&path, bytes).map_err(|e| annotate(e, &path))
    }

    /// Swaps the staging folder in place of the output folder.
    pub fn commit(mut self) -> io::Result<()> {
        let old = sibling(&self.target, "old");
        if self.target.exists() {
            fs::rename(&self.target, &old).map_err(|e| annotate(e, &self.target))?;
        }
        fs::rename(&self.tmp, &self.target).map_err(|e| annotate(e, &self.tmp))?;
        self.committed = true;
        if old.exists() && is_ours(&old) {
            fs::remove_dir_all(&old).map_err(|e| annotate(e, &old))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed && is_ours(&self.tmp) {
            let _ = fs::remove_dir_all(&self.tmp);
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
