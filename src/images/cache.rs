//! Processed photos kept between builds, in `<site>/.baocao-cache/images/`,
//! so that an unchanged photo is never decoded, resized or encoded again,
//! by `build`, `check` and `serve` alike.
//!
//! - An entry's key is a hash of the photo's bytes and of every setting
//!   that changes the published files ([`super::process::SETTINGS`]): a new
//!   photo, or a new version of baocao that processes differently, misses.
//! - An entry is a folder `<key>/` with one file per published variant
//!   (`960.jpg`, `960.webp`) and `meta`, which lists them with their size
//!   and a hash of their bytes. It is written under a temporary name and
//!   renamed into place, so a build that stops half-way leaves no entry
//!   that looks whole; an entry whose files do not match `meta` is a miss.
//! - The folder lies in the site, so nothing outside it is ever written;
//!   it is hidden, so the input policy never reads it as content, and the
//!   output policy never sees it. A cache folder (or any folder on the way
//!   to it) that is a symbolic link, or a file in it that is not a regular
//!   file, is not used: the build goes on without a cache.
//! - Deleting the folder is always safe: the next build fills it again.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use xxhash_rust::xxh3::{xxh3_64, xxh3_128};

use super::process::{Encoded, Format, SETTINGS};

/// The cache folder, relative to the site.
pub const DIR: &str = ".baocao-cache/images";

/// One variant of a cached photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedFile {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    pub len: u64,
    pub path: PathBuf,
}

/// A cached photo: its size as seen and its variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    pub files: Vec<CachedFile>,
}

/// The cache of one site, or none (when its folder cannot be used).
#[derive(Debug, Clone, Default)]
pub struct Cache {
    /// The cache folder; created on the first entry written.
    dir: Option<PathBuf>,
}

/// The key of a photo's bytes under the current settings.
pub fn key(bytes: &[u8]) -> String {
    let mut buf = Vec::with_capacity(SETTINGS.len() + 1 + bytes.len());
    buf.extend_from_slice(SETTINGS.as_bytes());
    buf.push(0);
    buf.extend_from_slice(bytes);
    format!("{:032x}", xxh3_128(&buf))
}

/// Whether `p` is missing or a real folder (not a link); with `create`, a
/// missing one is made.
fn real_dir(p: &Path, create: bool) -> bool {
    match fs::symlink_metadata(p) {
        Ok(m) => m.is_dir(),
        Err(_) if !create => true,
        Err(_) => {
            let _ = fs::create_dir(p);
            fs::symlink_metadata(p).is_ok_and(|m| m.is_dir())
        }
    }
}

/// The folders from the site to the cache, each checked (and with
/// `create`, made).
fn walk_to(site: &Path, create: bool) -> Option<PathBuf> {
    let mut dir = site.to_path_buf();
    for part in DIR.split('/') {
        dir.push(part);
        if !real_dir(&dir, create) {
            return None;
        }
    }
    Some(dir)
}

impl Cache {
    /// No cache: every photo is processed, nothing is kept.
    pub fn none() -> Cache {
        Cache { dir: None }
    }

    /// The cache of the site at `site`; none if a folder on the way is a
    /// link or not a folder. Nothing is created until an entry is kept.
    pub fn open(site: &Path) -> Cache {
        Cache {
            dir: walk_to(site, false),
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.dir.is_some()
    }

    /// The entry for `key`, when it is whole.
    pub fn get(&self, key: &str) -> Option<Entry> {
        let dir = self.dir.as_ref()?.join(key);
        if !fs::symlink_metadata(&dir).ok()?.is_dir() {
            return None;
        }
        let meta = regular(&dir.join("meta"))?;
        let meta = String::from_utf8(meta).ok()?;
        let mut lines = meta.lines();
        let mut head = lines.next()?.split(' ');
        if head.next()? != "baocao-image" {
            return None;
        }
        let (width, height) = (head.next()?.parse().ok()?, head.next()?.parse().ok()?);
        let format = Format::parse(head.next()?)?;
        let mut files = Vec::new();
        for l in lines {
            let mut f = l.split(' ');
            let (w, h): (u32, u32) = (f.next()?.parse().ok()?, f.next()?.parse().ok()?);
            let fmt = Format::parse(f.next()?)?;
            let len: u64 = f.next()?.parse().ok()?;
            let hash = f.next()?;
            let path = dir.join(format!("{w}.{}", fmt.ext()));
            let bytes = regular(&path)?;
            if bytes.len() as u64 != len || format!("{:016x}", xxh3_64(&bytes)) != hash {
                return None;
            }
            files.push(CachedFile {
                width: w,
                height: h,
                format: fmt,
                len,
                path,
            });
        }
        (!files.is_empty()).then_some(Entry {
            width,
            height,
            format,
            files,
        })
    }

    /// Keeps `e` under `key`; returns the entry as stored, or `None` when
    /// it could not be written (the caller keeps the bytes in memory).
    pub fn put(&self, key: &str, e: &Encoded) -> Option<Entry> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let root = self.dir.as_ref()?;
        let site = root.parent()?.parent()?;
        if walk_to(site, true).as_ref() != Some(root) {
            return None;
        }
        let tmp = root.join(format!(
            "{key}.tmp-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let written = (|| -> std::io::Result<()> {
            fs::create_dir(&tmp)?;
            let mut meta = format!("baocao-image {} {} {}\n", e.width, e.height, e.format.ext());
            for v in &e.variants {
                fs::write(
                    tmp.join(format!("{}.{}", v.width, v.format.ext())),
                    &v.bytes,
                )?;
                meta.push_str(&format!(
                    "{} {} {} {} {:016x}\n",
                    v.width,
                    v.height,
                    v.format.ext(),
                    v.bytes.len(),
                    xxh3_64(&v.bytes)
                ));
            }
            let mut f = fs::File::create(tmp.join("meta"))?;
            f.write_all(meta.as_bytes())?;
            f.sync_all()?;
            Ok(())
        })();
        let dest = root.join(key);
        if written.is_err() || fs::rename(&tmp, &dest).is_err() {
            // Another build may have put the same entry meanwhile.
            let _ = fs::remove_dir_all(&tmp);
        }
        self.get(key)
    }
}

/// The bytes of `p` when it is a regular file (not a link).
fn regular(p: &Path) -> Option<Vec<u8>> {
    if !fs::symlink_metadata(p).ok()?.is_file() {
        return None;
    }
    fs::read(p).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::images::process::Variant;

    fn encoded() -> Encoded {
        Encoded {
            width: 10,
            height: 5,
            format: Format::Jpeg,
            variants: vec![
                Variant {
                    width: 10,
                    height: 5,
                    format: Format::Jpeg,
                    bytes: b"jpeg".to_vec(),
                },
                Variant {
                    width: 10,
                    height: 5,
                    format: Format::Webp,
                    bytes: b"webp!".to_vec(),
                },
            ],
        }
    }

    #[test]
    fn keeps_whole_entries_and_refuses_damaged_ones() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::open(dir.path());
        assert!(c.is_enabled());
        let k = key(b"photo");
        assert_ne!(k, key(b"photo2"));
        assert!(c.get(&k).is_none());
        let e = c.put(&k, &encoded()).unwrap();
        assert_eq!(e.files.len(), 2);
        assert_eq!(c.get(&k), Some(e.clone()));
        // Damaged (same length, other bytes): a miss.
        fs::write(&e.files[0].path, b"JPEG").unwrap();
        assert!(c.get(&k).is_none());
        // Put again over it: whole again (the old folder stays if rename
        // fails, and is reported as a miss).
        fs::remove_dir_all(dir.path().join(DIR).join(&k)).unwrap();
        assert!(c.put(&k, &encoded()).is_some());
    }

    #[cfg(unix)]
    #[test]
    fn never_follows_a_linked_cache_folder() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), dir.path().join(".baocao-cache")).unwrap();
        let c = Cache::open(dir.path());
        assert!(!c.is_enabled());
        assert!(c.put(&key(b"x"), &encoded()).is_none());
        assert_eq!(fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    }
}
