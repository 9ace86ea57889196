//! The input policy: what baocao may read, for content and theme alike.
//!
//! Before the first byte of a file is read ([`Root::open`]):
//! 1. its real path (every link followed) must lie inside the site's real
//!    folder, with no hidden file or folder (`.git`, `.env`…) on the way;
//! 2. it must be a regular file: not a FIFO, a device or a socket (opened
//!    without blocking, then checked on the open handle);
//! 3. it must be within its size limit: [`MAX_TEXT_BYTES`] for what is
//!    parsed, [`MAX_STATIC_BYTES`] for what is copied (and copied as a
//!    stream, never held whole in memory).
//!
//! Folders are walked ([`Root::walk`]) without following links out of the
//! site; hidden entries are skipped with everything in them. Text is UTF-8
//! (a located error otherwise), a BOM and CRLF are accepted.

use std::fs::File;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos};

/// Larger text inputs are refused: nobody writes a 16 MiB YAML file by
/// hand, and a generated one that big is a mistake or an attack.
pub const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;

/// Larger Markdown pages are refused: the longest reports run to a few
/// hundred kilobytes, and parsing time grows with the page.
pub const MAX_PAGE_BYTES: u64 = 2 * 1024 * 1024;

/// Larger static files are refused: a site is served to phones.
pub const MAX_STATIC_BYTES: u64 = 1024 * 1024 * 1024;

/// The site folder, and what may be read under it.
#[derive(Debug, Clone)]
pub struct Root {
    /// As given (for joining relative paths).
    pub path: PathBuf,
    /// Every link followed.
    pub real: PathBuf,
}

fn policy_error(code: Code, rel: &Path, msg: impl Into<String>, hint: &str) -> Diagnostic {
    Diagnostic::new(rel, Pos::default(), msg)
        .with_hint(hint)
        .code(code)
}

impl Root {
    pub fn new(path: &Path) -> Root {
        Root {
            path: path.to_path_buf(),
            real: path.canonicalize().unwrap_or_else(|_| path.to_path_buf()),
        }
    }

    /// Rule 1: the real path of `rel` (relative to the site), when it lies
    /// inside the site and outside hidden folders.
    pub fn resolve(&self, rel: &Path) -> Result<PathBuf, Diagnostic> {
        let abs = self.path.join(rel);
        let real = abs.canonicalize().map_err(|e| {
            let (code, what) = if std::fs::symlink_metadata(&abs).is_ok_and(|m| m.is_symlink()) {
                (
                    Code::BrokenLink,
                    format!("this symbolic link leads nowhere: {e}"),
                )
            } else {
                (Code::CannotRead, format!("cannot read: {e}"))
            };
            policy_error(
                code,
                rel,
                what,
                "remove the link, or copy the file it meant into the site",
            )
        })?;
        let Ok(inside) = real.strip_prefix(&self.real) else {
            let what = if std::fs::symlink_metadata(&abs).is_ok_and(|m| m.is_symlink()) {
                "this symbolic link points outside the site"
            } else {
                "this path leads outside the site through a symbolic link"
            };
            return Err(policy_error(
                Code::OutsideSite,
                rel,
                format!(
                    "{what} (to {}); baocao reads only files inside the site folder",
                    real.display()
                ),
                "copy the file into the site instead of linking to it",
            ));
        };
        if inside.components().any(|c| match c {
            Component::Normal(n) => n.to_string_lossy().starts_with('.'),
            _ => false,
        }) {
            return Err(policy_error(
                Code::HiddenPath,
                rel,
                format!(
                    "this leads into a hidden file or folder ({}); baocao never reads or publishes those",
                    crate::diagnostics::display_path(inside)
                ),
                "copy what should be published into the site under a name without a leading dot",
            ));
        }
        Ok(real)
    }

    /// Rules 1–3: opens `rel` for reading; returns the file and its length.
    pub fn open(&self, rel: &Path, limit: u64) -> Result<(File, u64), Diagnostic> {
        let real = self.resolve(rel)?;
        let file = open_nonblocking(&real).map_err(|e| {
            Diagnostic::new(rel, Pos::default(), format!("cannot read: {e}")).code(Code::CannotRead)
        })?;
        let meta = file.metadata().map_err(|e| {
            Diagnostic::new(rel, Pos::default(), format!("cannot read: {e}")).code(Code::CannotRead)
        })?;
        if !meta.is_file() {
            return Err(policy_error(
                Code::NotRegularFile,
                rel,
                "this is not a regular file (a FIFO, a device or a socket); baocao reads only regular files",
                "replace it with the file it should be",
            ));
        }
        if meta.len() > limit {
            return Err(policy_error(
                Code::FileTooLarge,
                rel,
                format!(
                    "the file is {} bytes; {} are limited to {} MiB ({limit} bytes)",
                    meta.len(),
                    match limit {
                        MAX_PAGE_BYTES => "Markdown pages",
                        MAX_TEXT_BYTES => "data files",
                        _ => "static files",
                    },
                    limit / (1024 * 1024)
                ),
                "split the data into several files, or remove what is not needed",
            ));
        }
        Ok((file, meta.len()))
    }

    /// Reads `rel` as text under the policy: UTF-8, BOM and CRLF accepted.
    pub fn read_text(&self, rel: &Path) -> Result<String, Diagnostic> {
        self.read_text_within(rel, MAX_TEXT_BYTES)
    }

    /// [`Root::read_text`] with a lower size limit.
    pub fn read_text_within(&self, rel: &Path, limit: u64) -> Result<String, Diagnostic> {
        let (file, len) = self.open(rel, limit)?;
        let mut bytes = Vec::with_capacity(len as usize);
        // Never more than the limit, even if the file grows meanwhile.
        file.take(limit).read_to_end(&mut bytes).map_err(|e| {
            Diagnostic::new(rel, Pos::default(), format!("cannot read: {e}")).code(Code::CannotRead)
        })?;
        let text = decode(bytes, rel)?;
        refuse_direction_overrides(&text, rel)?;
        Ok(text)
    }

    /// Whether `rel` is a folder inside the site (links followed) that the
    /// policy allows walking.
    pub fn is_dir(&self, rel: &Path) -> bool {
        self.resolve(rel).is_ok_and(|r| r.is_dir())
    }

    /// Walks the folder `dir` (relative to the site) in a stable order and
    /// calls `f(relative path)` for each regular file the policy allows.
    /// Hidden entries are skipped with everything in them; links to
    /// folders inside the site are not followed; anything else the policy
    /// refuses is a diagnostic.
    pub fn walk(&self, dir: &Path, diags: &mut Diagnostics, mut f: impl FnMut(&Path)) {
        if std::fs::symlink_metadata(self.path.join(dir)).is_err() {
            return;
        }
        let real_dir = match self.resolve(dir) {
            Ok(r) => r,
            Err(d) => return diags.push(d),
        };
        let mut entries = WalkDir::new(&real_dir)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter();
        while let Some(entry) = entries.next() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let rel = e
                        .path()
                        .and_then(|p| p.strip_prefix(&real_dir).ok())
                        .map_or_else(|| dir.to_path_buf(), |p| dir.join(p));
                    diags.push(
                        Diagnostic::new(rel, Pos::default(), format!("cannot read: {e}"))
                            .code(Code::CannotRead),
                    );
                    continue;
                }
            };
            if entry.depth() == 0 {
                continue;
            }
            let skip_dir = |entries: &mut walkdir::IntoIter| {
                if entry.file_type().is_dir() {
                    entries.skip_current_dir();
                }
            };
            let rel = dir.join(entry.path().strip_prefix(&real_dir).unwrap_or(entry.path()));
            let Some(name) = entry.file_name().to_str() else {
                diags.push(
                    Diagnostic::new(&rel, Pos::default(), "this name is not valid UTF-8")
                        .with_hint("rename it; names from old Vietnamese encodings (TCVN3, Windows-1258) often are not")
                        .code(Code::NameNotUtf8),
                );
                skip_dir(&mut entries);
                continue;
            };
            if name.starts_with('.') {
                // Hidden files and folders (.git, .trash, editor swap
                // files), with everything in them.
                skip_dir(&mut entries);
                continue;
            }
            let ft = entry.file_type();
            if ft.is_dir() {
                continue;
            }
            if ft.is_symlink() {
                match self.resolve(&rel) {
                    Ok(real) if real.is_dir() => {} // a linked folder is not walked
                    Ok(real) if real.is_file() => f(&rel),
                    Ok(_) => diags.push(not_regular(&rel)),
                    Err(d) => diags.push(d),
                }
            } else if ft.is_file() {
                f(&rel);
            } else {
                diags.push(not_regular(&rel));
            }
        }
    }
}

fn not_regular(rel: &Path) -> Diagnostic {
    policy_error(
        Code::NotRegularFile,
        rel,
        "this is not a regular file (a FIFO, a device or a socket); baocao reads only regular files",
        "remove it from the site",
    )
}

/// Opens without blocking on a FIFO swapped in after the checks; the
/// caller checks the handle's type.
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    o.open(path)
}

/// Characters that override the direction of the text after them
/// (embeddings, overrides, isolates): published, U+202E shows a name
/// backwards and hides what follows it. Vietnamese text never needs them.
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A located error at the first direction override of `text`, if any.
fn refuse_direction_overrides(text: &str, rel: &Path) -> Result<(), Diagnostic> {
    let Some(at) = text.find(is_direction_override) else {
        return Ok(());
    };
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    let c = text[at..].chars().next().unwrap_or_default();
    let count = text.chars().filter(|&c| is_direction_override(c)).count();
    Err(Diagnostic::new(
        rel,
        Pos::new(line, col),
        format!(
            "an invisible character that reverses the direction of text (U+{:04X}){}",
            c as u32,
            if count > 1 {
                format!("; the file has {count} of them")
            } else {
                String::new()
            }
        ),
    )
    .with_hint("delete it (it often comes from copying text out of a PDF or a chat); it can make a name read backwards on the site")
    .code(Code::DirectionOverride))
}

/// UTF-8 decoding with a located error; BOM and CRLF normalised.
pub fn decode(bytes: Vec<u8>, rel: &Path) -> Result<String, Diagnostic> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let before = &bytes[..at];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let col = String::from_utf8_lossy(&before[line_start..])
                .chars()
                .count()
                + 1;
            return Err(Diagnostic::new(
                rel,
                Pos::new(line, col),
                format!("the file is not valid UTF-8 (bad byte 0x{:02X} at byte offset {at})", bytes[at]),
            )
            .with_hint("save the file as UTF-8 in your editor (Vietnamese text often comes from Windows-1258 or TCVN3 files)")
            .code(Code::NotUtf8));
        }
    };
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    // A lone CR (old Mac files) ends a line for YAML and editors alike.
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_crlf() {
        let t = decode(b"\xEF\xBB\xBFa: 1\r\nb: 2\r\n".to_vec(), Path::new("x")).unwrap();
        assert_eq!(t, "a: 1\nb: 2\n");
        let t = decode(b"a: 1\rb: 2\r\r\nc: 3".to_vec(), Path::new("x")).unwrap();
        assert_eq!(t, "a: 1\nb: 2\n\nc: 3");
    }

    #[test]
    fn refuses_direction_overrides_where_they_are() {
        let e =
            refuse_direction_overrides("name: a\nhead: Nguy\u{202E}ễn\u{2066}\n", Path::new("x"))
                .unwrap_err();
        assert_eq!(e.pos, Pos::new(2, 11));
        assert!(
            e.message.contains("U+202E") && e.message.contains("2 of them"),
            "{}",
            e.message
        );
        assert!(refuse_direction_overrides("Yên Bái \u{200E}", Path::new("x")).is_ok());
    }

    #[test]
    fn locates_invalid_utf8() {
        let e = decode(b"a: 1\nb: \xFFx\n".to_vec(), Path::new("x")).unwrap_err();
        assert_eq!(e.pos, Pos::new(2, 4));
        assert!(e.message.contains("byte offset 8"), "{}", e.message);
    }

    #[cfg(unix)]
    #[test]
    fn refuses_links_out_of_the_site_into_hidden_folders_and_to_special_files() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("content/static")).unwrap();
        std::fs::create_dir_all(site.join(".git")).unwrap();
        std::fs::write(site.join(".git/config"), "token").unwrap();
        std::fs::write(dir.path().join("secret"), "s").unwrap();
        std::fs::write(site.join("content/ok.md"), "ok").unwrap();
        let links = [
            ("content/static/out", dir.path().join("secret")),
            ("content/static/git", site.join(".git/config")),
            ("content/static/zero", PathBuf::from("/dev/zero")),
            ("content/static/ok", site.join("content/ok.md")),
        ];
        for (l, to) in &links {
            symlink(to, site.join(l)).unwrap();
        }
        let root = Root::new(&site);
        let mut diags = Diagnostics::new();
        let mut seen = Vec::new();
        root.walk(Path::new("content"), &mut diags, |rel| {
            seen.push(crate::diagnostics::display_path(rel))
        });
        assert_eq!(seen, ["content/ok.md", "content/static/ok"]);
        let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert!(
            msgs.iter()
                .any(|m| m.contains("static/out") && m.contains("points outside the site"))
        );
        assert!(
            msgs.iter()
                .any(|m| m.contains("static/git") && m.contains("hidden"))
        );
        assert!(
            msgs.iter()
                .any(|m| m.contains("static/zero") && m.contains("outside the site"))
        );
        assert!(root.read_text(Path::new("content/static/git")).is_err());
        assert_eq!(
            root.read_text(Path::new("content/static/ok")).unwrap(),
            "ok"
        );
    }
}
