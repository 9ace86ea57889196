//! The fingerprint of a build's inputs: every file under `content/` and
//! `themes/` that the input policy lets baocao read, the options that
//! change the output, and the baocao binary itself. Equal fingerprints mean
//! byte-identical output, so a rebuild with nothing changed can stop here.
//!
//! Files are opened exactly as the build opens them ([`Root::open`]): a
//! link out of the site, a FIFO or a device is never read here either.
//! What the policy refuses only marks the fingerprint; the build then
//! reports it.

use std::io::Read;
use std::path::Path;

use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

use super::files::{MAX_TEXT_BYTES, Root};
use crate::diagnostics::Diagnostics;

/// How many files the fingerprint reads at once.
const READERS: usize = 16;

/// `options`: everything besides the files that changes the output
/// (base URL, drafts, the day statuses are judged on).
pub fn fingerprint(site: &Path, options: &str) -> String {
    let mut h = Xxh3::new();
    h.update(options.as_bytes());
    h.update(b"\0");
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    if let Ok(exe) = std::env::current_exe().and_then(|p| p.metadata()) {
        h.update(&exe.len().to_le_bytes());
        h.update(&mtime_of(&exe).to_le_bytes());
    }
    let root = Root::new(site);
    // When the files are not in memory (the first build after a checkout
    // or a restart), reading them is what takes the time: more reads in
    // flight than there are cores keep the disk busy. The build's load
    // then finds them in memory.
    let readers = rayon::ThreadPoolBuilder::new()
        .num_threads(READERS)
        .thread_name(|k| format!("baocao-read-{k}"))
        .build();
    for dir in ["content", "themes"] {
        let mut refused = Diagnostics::new();
        let mut files = Vec::new();
        root.walk(Path::new(dir), &mut refused, |rel| {
            files.push(rel.to_path_buf())
        });
        // Each file hashed on its own, in parallel (a commune site has
        // 140 MB of CSV to read), then the digests in the walk's order.
        let hash_all = || -> Vec<u128> {
            files
                .par_iter()
                .map(|rel| {
                    let mut fh = Xxh3::new();
                    hash_file(&root, rel, &mut fh);
                    fh.digest128()
                })
                .collect()
        };
        let digests = match &readers {
            Ok(pool) => pool.install(hash_all),
            Err(_) => hash_all(),
        };
        for (rel, digest) in files.iter().zip(digests) {
            h.update(rel.to_string_lossy().as_bytes());
            h.update(b"\0");
            h.update(&digest.to_le_bytes());
        }
        // Refused entries change the result (the build fails on them).
        for d in refused.iter() {
            h.update(b"\xFFrefused");
            h.update(d.to_string().as_bytes());
        }
    }
    format!("{:032x}", h.digest128())
}

fn mtime_of(m: &std::fs::Metadata) -> u128 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// A text-sized file by its bytes; a larger one (a static file copied as
/// it is) by its size, modification time and identity, without reading it.
fn hash_file(root: &Root, rel: &Path, h: &mut Xxh3) {
    let Ok((file, len)) = root.open(rel, super::files::MAX_STATIC_BYTES) else {
        h.update(b"\xFFunreadable");
        return;
    };
    if len > MAX_TEXT_BYTES {
        h.update(&len.to_le_bytes());
        if let Ok(m) = file.metadata() {
            h.update(&mtime_of(&m).to_le_bytes());
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                h.update(&m.ino().to_le_bytes());
                h.update(&m.ctime_nsec().to_le_bytes());
            }
        }
        return;
    }
    // Through a small buffer: 16 readers at once must not each hold a
    // whole file.
    let mut buf = vec![0u8; 64 * 1024];
    let mut file = file.take(MAX_TEXT_BYTES + 1);
    loop {
        match file.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => h.update(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => {
                h.update(b"\xFFunreadable");
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_with_any_input_or_option() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/news")).unwrap();
        std::fs::write(dir.path().join("content/site.yaml"), "a").unwrap();
        let a = fingerprint(dir.path(), "x");
        assert_eq!(a, fingerprint(dir.path(), "x"));
        assert_ne!(a, fingerprint(dir.path(), "y"));
        std::fs::write(dir.path().join("content/news/b.md"), "b").unwrap();
        let b = fingerprint(dir.path(), "x");
        assert_ne!(a, b);
        std::fs::write(dir.path().join("content/news/b.md"), "c").unwrap();
        assert_ne!(b, fingerprint(dir.path(), "x"));
    }

    #[cfg(unix)]
    #[test]
    fn never_reads_a_fifo_or_a_device() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/static")).unwrap();
        assert!(
            std::process::Command::new("mkfifo")
                .arg(dir.path().join("content/a.md"))
                .status()
                .unwrap()
                .success()
        );
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("content/static/z")).unwrap();
        // Returns (a read of either would hang or never end).
        let a = fingerprint(dir.path(), "x");
        assert_eq!(a.len(), 32);
    }
}
