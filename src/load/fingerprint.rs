//! The fingerprint of a build's inputs: every file under `content/` and
//! `themes/`, the options that change the output, and the baocao binary
//! itself. Equal fingerprints mean byte-identical output, so a rebuild with
//! nothing changed can stop here.

use std::path::Path;

use xxhash_rust::xxh3::Xxh3;

/// `options`: everything besides the files that changes the output
/// (base URL, drafts, the day statuses are judged on).
pub fn fingerprint(site: &Path, options: &str) -> String {
    let mut h = Xxh3::new();
    h.update(options.as_bytes());
    h.update(b"\0");
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    if let Ok(exe) = std::env::current_exe().and_then(|p| p.metadata()) {
        h.update(&exe.len().to_le_bytes());
        if let Ok(m) = exe.modified().and_then(|m| {
            m.duration_since(std::time::UNIX_EPOCH)
                .map_err(std::io::Error::other)
        }) {
            h.update(&m.as_nanos().to_le_bytes());
        }
    }
    for dir in ["content", "themes"] {
        for e in walkdir::WalkDir::new(site.join(dir))
            .follow_links(false)
            .sort_by_file_name()
        {
            let Ok(e) = e else { continue };
            let rel = e.path().strip_prefix(site).unwrap_or(e.path());
            h.update(rel.to_string_lossy().as_bytes());
            h.update(b"\0");
            if e.file_type().is_file() {
                match std::fs::read(e.path()) {
                    Ok(bytes) => h.update(&bytes),
                    Err(_) => h.update(b"\xFFunreadable"),
                }
            } else if e.file_type().is_symlink() {
                // A link's target may change without the link changing.
                h.update(b"\xFFsymlink");
                if let Ok(bytes) = std::fs::read(e.path()) {
                    h.update(&bytes);
                }
            }
            h.update(b"\0");
        }
    }
    format!("{:032x}", h.digest128())
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
}
