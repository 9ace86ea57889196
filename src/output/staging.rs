//! The staging folder of one build: every output file is written here, and
//! the folder is swapped in place of the output when the build succeeded.
//!
//! Only what changed is written: a file whose new bytes hash as the
//! previous output's did, and which is still as baocao left it on disk
//! (the size and modification time its manifest recorded), is hard-linked
//! from there instead, so it keeps its inode and modification time and
//! deploy tools upload only what changed. A file edited by hand in the
//! output is never reused.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use xxhash_rust::xxh3::{Xxh3, xxh3_64};

use super::flags::{STAGING, interrupted};
use super::manifest::{self, Entry, MANIFEST, MARKER, Manifest};
use super::paths::{annotate, safe_rel, sibling};

pub struct Staging {
    target: PathBuf,
    tmp: PathBuf,
    committed: bool,
    previous: Manifest,
    written: Mutex<Vec<(String, Entry)>>,
    reused: AtomicUsize,
    fingerprint: String,
}

fn interrupted_error() -> io::Error {
    io::Error::new(io::ErrorKind::Interrupted, "the build was interrupted")
}

impl Staging {
    /// A new, marked staging folder beside `target` (the real output
    /// folder, whose leftovers are already cleaned up).
    pub(super) fn create(target: &Path, previous: Manifest, fingerprint: &str) -> io::Result<Self> {
        let tmp = sibling(target, "tmp");
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| annotate(e, parent))?;
        }
        STAGING.fetch_add(1, Ordering::SeqCst);
        if let Err(e) = fs::create_dir(&tmp) {
            STAGING.fetch_sub(1, Ordering::SeqCst);
            return Err(annotate(e, &tmp));
        }
        let staging = Staging {
            target: target.to_path_buf(),
            tmp,
            committed: false,
            previous,
            written: Mutex::new(Vec::new()),
            reused: AtomicUsize::new(0),
            fingerprint: fingerprint.to_string(),
        };
        fs::write(
            staging.tmp.join(MARKER),
            b"Written by baocao; this folder is replaced on every build.\n",
        )
        .map_err(|e| annotate(e, &staging.tmp))?;
        Ok(staging)
    }

    /// The path a file is staged at, its folder created.
    fn prepare(&self, rel: &str) -> io::Result<(PathBuf, PathBuf)> {
        if interrupted() {
            return Err(interrupted_error());
        }
        let safe = safe_rel(rel)?;
        let path = self.tmp.join(&safe);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| annotate(e, parent))?;
        }
        Ok((path, self.target.join(&safe)))
    }

    /// Whether the previous output's `rel` may be reused for new content
    /// with this hash and length: listed with that hash, and as baocao
    /// left it on disk.
    fn reusable(&self, rel: &str, hash: u64, len: u64, old: &Path) -> bool {
        self.previous
            .files
            .get(rel)
            .is_some_and(|e| e.hash == hash && e.len == len && e.matches_on_disk(old))
    }

    fn record(&self, rel: &str, hash: u64, path: &Path, reused: bool) -> io::Result<()> {
        let meta = fs::metadata(path).map_err(|e| annotate(e, path))?;
        let entry = Entry {
            hash,
            len: meta.len(),
            mtime: manifest::mtime_of(&meta),
        };
        if reused {
            self.reused.fetch_add(1, Ordering::Relaxed);
        }
        self.written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((rel.to_string(), entry));
        Ok(())
    }

    /// Writes one output file; `rel` is a relative path with `/` separators
    /// that must stay inside the output folder.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let (path, old) = self.prepare(rel)?;
        let hash = xxh3_64(bytes);
        let reused = self.reusable(rel, hash, bytes.len() as u64, &old)
            && fs::hard_link(&old, &path).is_ok();
        if !reused {
            fs::write(&path, bytes).map_err(|e| annotate(e, &path))?;
        }
        self.record(rel, hash, &path, reused)
    }

    /// Copies the open file `src` (read from its start) to `rel` without
    /// holding it in memory.
    pub fn copy(&self, rel: &str, src: &mut File) -> io::Result<()> {
        let (path, old) = self.prepare(rel)?;
        let (hash, len) = hash_stream(src)?;
        let reused = self.reusable(rel, hash, len, &old) && fs::hard_link(&old, &path).is_ok();
        if !reused {
            use std::io::Seek;
            src.rewind()?;
            let mut out = File::create(&path).map_err(|e| annotate(e, &path))?;
            io::copy(src, &mut out).map_err(|e| annotate(e, &path))?;
            out.flush()?;
        }
        self.record(rel, hash, &path, reused)
    }

    /// How many files were the same as in the previous output.
    pub fn unchanged(&self) -> usize {
        self.reused.load(Ordering::Relaxed)
    }

    /// Step 7: swaps the staging folder in place of the output folder,
    /// then deletes the old output file by file from its manifest.
    pub fn commit(mut self) -> io::Result<()> {
        let mut files =
            std::mem::take(&mut *self.written.lock().unwrap_or_else(|e| e.into_inner()));
        let manifest = Manifest::render(&self.fingerprint, &mut files);
        fs::write(self.tmp.join(MANIFEST), manifest).map_err(|e| annotate(e, &self.tmp))?;
        if interrupted() {
            return Err(interrupted_error());
        }
        let old = sibling(&self.target, "old");
        let had_output = fs::symlink_metadata(&self.target).is_ok();
        if had_output {
            fs::rename(&self.target, &old).map_err(|e| annotate(e, &self.target))?;
        }
        fs::rename(&self.tmp, &self.target).map_err(|e| annotate(e, &self.tmp))?;
        self.committed = true;
        if had_output {
            if fs::symlink_metadata(old.join(MARKER)).is_ok() {
                manifest::remove_listed(&old)?;
            } else {
                // An empty folder the output replaced.
                fs::remove_dir(&old).map_err(|e| annotate(e, &old))?;
            }
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.tmp);
        }
        STAGING.fetch_sub(1, Ordering::SeqCst);
    }
}

fn hash_stream(src: &mut File) -> io::Result<(u64, u64)> {
    use std::io::Seek;
    src.rewind()?;
    let mut h = Xxh3::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut len = 0u64;
    loop {
        let n = src.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
        len += n as u64;
    }
    Ok((h.digest(), len))
}
