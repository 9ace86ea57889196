//! Paths as the output folder's code names them: the bookkeeping folders
//! beside the output, a relative path that cannot leave it, and errors and
//! messages that name the path they are about.

use std::io;
use std::path::{Component, Path, PathBuf};

/// `.NAME.baocao-SUFFIX` beside `target`.
pub(super) fn sibling(target: &Path, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    target.with_file_name(format!(".{name}.baocao-{suffix}"))
}

/// At most five names, then "and N more".
pub(super) fn preview(names: &[String]) -> String {
    let mut s = names
        .iter()
        .take(5)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > 5 {
        s.push_str(&format!(" and {} more", names.len() - 5));
    }
    s
}

pub(super) fn annotate(e: io::Error, path: &Path) -> io::Error {
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
