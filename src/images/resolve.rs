//! Steps 2 and 3: an image's alt text checked, and its address resolved
//! to a photo of the site to process or an address to publish as it is.

use std::path::{Component, Path, PathBuf};

use super::problem::Problem;
use super::process::Format;
use crate::diagnostics::{Code, Diagnostic, did_you_mean};
use crate::load::Root;
use crate::load::images::ImageRef;
use crate::model::Page;

/// An image's address, resolved.
#[derive(Debug, Clone)]
pub(super) enum Resolved {
    /// A JPEG or PNG of the site to process (relative to the site).
    File(PathBuf, Format),
    /// Published as it is.
    Link(String),
}

/// Step 2: the error of an image with no alt text that is not decoration.
pub(super) fn alt_error(p: &Page, r: &ImageRef) -> Option<Diagnostic> {
    if r.decorative || !crate::model::is_blank(&r.alt) {
        return None;
    }
    let hint = if r.featured {
        "add `alt:` with what the photo shows, e.g. `alt: Quang cảnh hội nghị sơ kết`, for readers who cannot see it; for decoration only, write `decorative: true`".to_string()
    } else {
        format!(
            "write what the photo shows between the brackets, e.g. `![Quang cảnh hội nghị]({})`, for readers who cannot see it; for decoration only, write `![-]({})`",
            r.src, r.src
        )
    };
    Some(
        Diagnostic::new(
            &p.file,
            r.alt_pos,
            format!("the image `{}` has no alt text", r.src),
        )
        .with_hint(hint)
        .code(Code::ImageWithoutAlt),
    )
}

/// Step 3: what `src`, written in `p`, points at.
pub(super) fn resolve(root: &Root, p: &Page, src: &str) -> Result<Resolved, Problem> {
    let src = src.trim();
    let scheme = src
        .find([':', '/', '?', '#'])
        .is_some_and(|i| src.as_bytes()[i] == b':');
    if scheme || src.starts_with("//") {
        return Ok(Resolved::Link(src.to_string()));
    }
    let path = crate::web::percent::lenient(src.split(['?', '#']).next().unwrap_or(""));
    if path.is_empty() {
        return Err(Problem::new(
            Code::ImageWithoutAddress,
            "the image has no address",
            "write the photo's file name in the parentheses, e.g. `![Quang cảnh hội nghị](anh.jpg)`",
        ));
    }
    let (rel, from_static) = match path.strip_prefix('/') {
        Some(rest) => (Path::new("content/static").join(rest), true),
        None => (
            p.file.parent().unwrap_or(Path::new("content")).join(&path),
            false,
        ),
    };
    // `..` is resolved by name; the input policy then checks the real path.
    let mut norm = PathBuf::new();
    for c in rel.components() {
        match c {
            Component::ParentDir => {
                norm.pop();
            }
            Component::Normal(n) => norm.push(n),
            _ => {}
        }
    }
    if !norm.starts_with("content") || norm == Path::new("content") {
        return Err(Problem::new(
            Code::ImageOutsideContent,
            format!("the image `{src}` leads outside content/"),
            "put the photo beside the page, or under content/static/",
        ));
    }
    let shown = crate::diagnostics::display_path(&norm);
    if std::fs::symlink_metadata(root.path.join(&norm)).is_err() {
        let folder = norm.parent().unwrap_or(Path::new("content"));
        let names = image_names(&root.path.join(folder));
        let name = norm.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let hint = did_you_mean(name, names.iter().map(String::as_str)).unwrap_or_else(|| {
            if from_static {
                "an address starting with `/` is a file under content/static/ (`/files/anh.jpg` is content/static/files/anh.jpg)".to_string()
            } else {
                format!(
                    "put the photo in {}/, beside the page, or write its address under content/static/ starting with `/`",
                    crate::diagnostics::display_path(folder)
                )
            }
        });
        return Err(Problem {
            code: Code::ImageMissing,
            message: format!("the image `{src}` does not exist (looked for {shown})"),
            hint: Some(hint),
        });
    }
    match Format::of_name(&path) {
        Some(f) => Ok(Resolved::File(norm, f)),
        None if from_static => Ok(Resolved::Link(src.to_string())),
        None => Err(Problem::new(
            Code::ImageFormat,
            format!("baocao publishes photos beside a page as JPEG or PNG, and `{src}` is neither"),
            "convert it to JPEG (photos) or PNG (drawings); to publish the file as it is, put it under content/static/ and write its address from `/`",
        )),
    }
}

/// Image file names in a folder, for "did you mean".
fn image_names(dir: &Path) -> Vec<String> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<String> = rd
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| !n.starts_with('.') && !n.ends_with(".md"))
        .collect();
    v.sort();
    v
}
