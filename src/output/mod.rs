//! Write: the one place that writes output files, and the policy that
//! decides which folder a build may replace.
//!
//! A build into a folder goes through these steps:
//! 1. **resolve** the real folder ([`OutputDir::open`]): `--output` (or
//!    `<site>/output`) with every symbolic link followed. A link to a folder
//!    means "build there": the link stays and the folder it leads to is
//!    replaced. Refused: a file, a FIFO, a device or a socket; a link that
//!    leads nowhere; the site, its `content/` or `themes/`, anything inside
//!    them, and any folder that holds them.
//! 2. **lock** `.NAME.baocao-lock` beside it: a second build into the same
//!    folder stops at once instead of sharing it.
//! 3. **clean up** what an interrupted build left beside it: a staging
//!    folder (`.NAME.baocao-tmp`), an old output (`.NAME.baocao-old`).
//! 4. **check** that it may be replaced: missing, empty, or baocao's own
//!    (its marker and manifest) holding only files its manifest lists, and
//!    every folder in it writable by this user.
//! 5. the caller compares fingerprints ([`OutputDir::unchanged_since`]) and
//!    may stop there;
//! 6. **stage** every file into the staging folder ([`Staging`]);
//! 7. **commit**: the staging folder takes the output's place and the old
//!    output is deleted file by file from its manifest.
//!
//! Every refusal is an [`OutputError`] naming the folder (exit code 2).
//! baocao deletes only what its own manifest lists, and its own staging
//! folder.

mod flags;
mod manifest;
mod paths;
mod staging;

use std::fs::{self, File};
use std::io;
use std::path::{Component, Path, PathBuf};

pub use flags::{interrupt, interrupted};
pub use manifest::{MANIFEST, MARKER, Manifest};
pub use paths::safe_rel;
use paths::{annotate, preview, sibling};
pub use staging::Staging;

/// Why an output folder cannot be written. The message names the folder.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct OutputError(pub String);

impl From<io::Error> for OutputError {
    fn from(e: io::Error) -> Self {
        OutputError(e.to_string())
    }
}

/// An output folder resolved, locked, cleaned of leftovers and checked.
pub struct OutputDir {
    /// The folder as the user named it (for messages).
    pub shown: PathBuf,
    /// The real folder written (every link followed).
    pub real: PathBuf,
    previous: Manifest,
    _lock: Lock,
}

impl OutputDir {
    /// Steps 1–4: the folder `requested` for the site at `site_root`.
    pub fn open(requested: &Path, site_root: &Path) -> Result<OutputDir, OutputError> {
        let shown = absolute(requested);
        let real = resolve(&shown)?;
        refuse_sources(&shown, &real, site_root)?;
        let lock = lock(&real, &shown)?;
        clean_leftovers(&real)?;
        let previous = if is_ours(&real) {
            Manifest::read(&real)
        } else {
            Manifest::default()
        };
        check_replaceable(&real, &shown, &previous)?;
        Ok(OutputDir {
            shown,
            real,
            previous,
            _lock: lock,
        })
    }

    /// Whether the folder holds a complete build of inputs with this
    /// fingerprint, every file as baocao left it.
    pub fn unchanged_since(&self, fingerprint: &str) -> bool {
        self.previous.fingerprint.as_deref() == Some(fingerprint)
            && self
                .previous
                .files
                .iter()
                .all(|(rel, e)| e.matches_on_disk(&self.real.join(rel)))
    }

    /// Step 6: a staging folder for this output.
    pub fn stage(&self, fingerprint: &str) -> io::Result<Staging> {
        Staging::create(&self.real, self.previous.clone(), fingerprint)
    }
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

/// The real path of `abs`, which need not exist: its longest existing
/// ancestor with every link followed, then the rest. A link that leads
/// nowhere, or anything but a folder where a folder is needed, is refused.
fn resolve(abs: &Path) -> Result<PathBuf, OutputError> {
    let mut existing = abs;
    let mut rest = Vec::new();
    loop {
        match fs::symlink_metadata(existing) {
            Ok(_) => break,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let (Some(parent), Some(name)) = (existing.parent(), existing.file_name()) else {
                    return Err(OutputError(format!("{}: {e}", abs.display())));
                };
                rest.push(name);
                existing = parent;
            }
            Err(e) => return Err(OutputError(format!("{}: {e}", existing.display()))),
        }
    }
    let mut real = existing.canonicalize().map_err(|e| {
        let to = fs::read_link(existing)
            .map(|t| format!(" to {}", t.display()))
            .unwrap_or_default();
        OutputError(format!(
            "the output folder {} cannot be used: {} is a symbolic link{to} that leads nowhere ({e}); create the folder it names, or remove the link",
            abs.display(),
            existing.display()
        ))
    })?;
    let meta = fs::metadata(&real).map_err(|e| OutputError(format!("{}: {e}", real.display())))?;
    if !meta.is_dir() {
        let what = kind_of(&meta);
        let leads = if real.as_path() != existing {
            format!(" (it leads to {})", real.display())
        } else {
            String::new()
        };
        return Err(OutputError(if rest.is_empty() {
            format!(
                "the output folder {} is {what}, not a folder{leads}; name a folder with --output",
                abs.display()
            )
        } else {
            format!(
                "the output folder {} cannot be made: {} is {what}, not a folder{leads}",
                abs.display(),
                existing.display()
            )
        }));
    }
    for name in rest.iter().rev() {
        real.push(name);
    }
    Ok(real)
}

fn kind_of(meta: &fs::Metadata) -> &'static str {
    let ft = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "a device";
        }
    }
    if ft.is_file() {
        "a file"
    } else {
        "not a folder"
    }
}

/// The real path of `p` if it exists, else `p`.
fn real_or_same(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

/// Refuses an output that is the site, holds it, or lies inside its
/// sources, comparing real paths.
fn refuse_sources(shown: &Path, real: &Path, site_root: &Path) -> Result<(), OutputError> {
    let root = real_or_same(&absolute(site_root));
    let sources = [
        root.clone(),
        real_or_same(&root.join("content")),
        real_or_same(&root.join("themes")),
    ];
    let via = if shown != real {
        format!(" (it leads to {})", real.display())
    } else {
        String::new()
    };
    for protected in &sources {
        if protected.starts_with(real) {
            return Err(OutputError(format!(
                "refusing to write the site into {}{via}: it would replace {}",
                shown.display(),
                protected.display()
            )));
        }
    }
    for protected in &sources[1..] {
        if real.starts_with(protected) {
            return Err(OutputError(format!(
                "refusing to write the site into {}{via}: it is inside the site's sources ({})",
                shown.display(),
                protected.display()
            )));
        }
    }
    Ok(())
}

/// The output's lock: `.NAME.baocao-lock` beside it, held while a build
/// runs and removed when it ends.
struct Lock {
    file: File,
    path: PathBuf,
}

/// Takes the output's lock, creating its parent folder if needed.
fn lock(real: &Path, shown: &Path) -> Result<Lock, OutputError> {
    let path = sibling(real, "lock");
    if let Some(parent) = real.parent() {
        fs::create_dir_all(parent).map_err(|e| annotate(e, parent))?;
    }
    let busy = || {
        OutputError(format!(
            "another baocao build is writing into {} (it holds {}); wait for it to finish, or build into another folder",
            shown.display(),
            path.display()
        ))
    };
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| annotate(e, &path))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => return Err(busy()),
        Err(fs::TryLockError::Error(e)) => return Err(annotate(e, &path).into()),
    }
    // The build before may have removed the file between our open and our
    // lock: then the lock is on a file nobody else will see.
    if !is_file_at(&file, &path) {
        return Err(busy());
    }
    Ok(Lock { file, path })
}

/// Whether `path` still names the open `file`.
fn is_file_at(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        fs::metadata(path).is_ok()
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still held, so no other build can hold it meanwhile.
        if is_file_at(&self.file, &self.path) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Puts back an output a killed build left renamed aside, and removes the
/// staging folder and old output an interrupted build left.
fn clean_leftovers(real: &Path) -> Result<(), OutputError> {
    let tmp = sibling(real, "tmp");
    let old = sibling(real, "old");
    // Killed between the two renames of a swap: put the old output back.
    if fs::symlink_metadata(real).is_err() && is_ours(&old) {
        fs::rename(&old, real).map_err(|e| annotate(e, &old))?;
    }
    if is_ours(&tmp) {
        // The staging folder is baocao's alone: created empty by the build
        // that owned the lock, marked at once, written only by it.
        fs::remove_dir_all(&tmp).map_err(|e| annotate(e, &tmp))?;
    }
    if is_ours(&old) {
        manifest::remove_listed(&old)?;
    }
    for leftover in [&tmp, &old] {
        if is_empty_dir(leftover) {
            // Killed between creating the folder and marking it.
            fs::remove_dir(leftover).map_err(|e| annotate(e, leftover))?;
        }
        if fs::symlink_metadata(leftover).is_ok() {
            return Err(OutputError(format!(
                "{} is in the way and was not written by baocao; move it away, then build again",
                leftover.display()
            )));
        }
    }
    Ok(())
}

/// Step 4: the folder is missing, empty, or baocao's own with only the
/// files its manifest lists; this user may replace everything in it.
fn check_replaceable(real: &Path, shown: &Path, previous: &Manifest) -> Result<(), OutputError> {
    let Ok(meta) = fs::symlink_metadata(real) else {
        return Ok(());
    };
    if !meta.is_dir() {
        return Err(OutputError(format!(
            "{} is {}, not a folder",
            shown.display(),
            kind_of(&meta)
        )));
    }
    if !is_ours(real) {
        if is_empty_dir(real) {
            return writable(real.parent().unwrap_or(real), shown);
        }
        return Err(OutputError(format!(
            "{} is not empty and was not written by baocao (no {MARKER} file); refusing to replace it. Build into an empty or new folder, or move its files away",
            shown.display()
        )));
    }
    let mut foreign = Vec::new();
    for entry in walkdir::WalkDir::new(real).min_depth(1) {
        let entry = entry.map_err(|e| OutputError(format!("{}: {e}", shown.display())))?;
        let rel = entry
            .path()
            .strip_prefix(real)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        if entry.file_type().is_dir() {
            writable(entry.path(), shown)?;
        } else if !previous.files.contains_key(&rel) && !Manifest::is_bookkeeping(&rel) {
            foreign.push(rel);
        }
    }
    if !foreign.is_empty() {
        foreign.sort();
        return Err(OutputError(format!(
            "{} holds {} file{} baocao did not write ({}); a build would remove {}. Move what should be published into content/static/, and delete the rest",
            shown.display(),
            foreign.len(),
            if foreign.len() == 1 { "" } else { "s" },
            preview(&foreign),
            if foreign.len() == 1 { "it" } else { "them" }
        )));
    }
    writable(real, shown)?;
    writable(real.parent().unwrap_or(real), shown)
}

/// A folder this user may add to and delete from.
fn writable(dir: &Path, shown: &Path) -> Result<(), OutputError> {
    #[cfg(unix)]
    {
        use rustix::fs::{Access, access};
        if access(dir, Access::WRITE_OK | Access::EXEC_OK).is_err() {
            let owner = {
                use std::os::unix::fs::MetadataExt;
                fs::metadata(dir)
                    .map(|m| format!(" (it belongs to user id {})", m.uid()))
                    .unwrap_or_default()
            };
            return Err(OutputError(format!(
                "cannot replace {}: {} is not writable by this user{owner}. Was the previous build run by another user, for example with sudo? Build as that user, or remove the folder as that user first",
                shown.display(),
                dir.display()
            )));
        }
    }
    #[cfg(not(unix))]
    let _ = (dir, shown);
    Ok(())
}

fn is_ours(dir: &Path) -> bool {
    fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir())
        && fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

fn is_empty_dir(dir: &Path) -> bool {
    fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir())
        && fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

#[cfg(test)]
mod tests;
