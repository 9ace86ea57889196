//! Steps 4 and 5: a photo file read under the input policy, looked up in
//! the cache, and processed and kept there on a miss.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use super::cache::{self, Cache};
use super::photo::{File, Photo, Stored};
use super::problem::Problem;
use super::process::{self, Format};
use crate::diagnostics::Code;
use crate::load::Root;

/// Larger image files are refused: a photo straight from a camera is a
/// few megabytes.
pub const MAX_IMAGE_BYTES: u64 = 64 * 1024 * 1024;

/// Steps 4–5 for one file; `true` when it was processed (not cached).
pub(super) fn load_photo(
    root: &Root,
    rel: &Path,
    f: Format,
    cache: &Cache,
) -> Result<(Arc<Photo>, bool), Problem> {
    let shown = crate::diagnostics::display_path(rel);
    let (file, len) = root.open(rel, MAX_IMAGE_BYTES).map_err(|d| Problem {
        code: d.code.unwrap_or(Code::CannotRead),
        message: format!("the image {shown}: {}", d.message),
        hint: d.hint.clone(),
    })?;
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(MAX_IMAGE_BYTES)
        .read_to_end(&mut bytes)
        .map_err(|e| Problem {
            code: Code::CannotRead,
            message: format!("cannot read the image {shown}: {e}"),
            hint: None,
        })?;
    let key = cache::key(&bytes);
    if let Some(e) = cache.get(&key) {
        return Ok((Arc::new(from_cache(key, e)), false));
    }
    let encoded = process::process(&bytes, f).map_err(|p| describe(p, &shown, rel))?;
    drop(bytes);
    let photo = match cache.put(&key, &encoded) {
        Some(e) => from_cache(key, e),
        None => Photo {
            key,
            width: encoded.width,
            height: encoded.height,
            format: encoded.format,
            files: encoded
                .variants
                .into_iter()
                .map(|v| File {
                    width: v.width,
                    height: v.height,
                    format: v.format,
                    stored: Stored::Memory(v.bytes.into()),
                })
                .collect(),
        },
    };
    Ok((Arc::new(photo), true))
}

fn from_cache(key: String, e: cache::Entry) -> Photo {
    Photo {
        key,
        width: e.width,
        height: e.height,
        format: e.format,
        files: e
            .files
            .into_iter()
            .map(|f| File {
                width: f.width,
                height: f.height,
                format: f.format,
                stored: Stored::Cached(f.path),
            })
            .collect(),
    }
}

/// A processing problem in words, naming the file.
fn describe(p: process::Problem, shown: &str, rel: &Path) -> Problem {
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or(shown);
    let stem = rel.file_stem().and_then(|n| n.to_str()).unwrap_or("anh");
    match p {
        process::Problem::NotWhatItSays {
            expected,
            found: Some(found),
        } => Problem::new(
            Code::ImageNotWhatItSays,
            format!(
                "the image {shown} is named as a {} but is a {found} file",
                if expected == Format::Png {
                    "PNG"
                } else {
                    "JPEG"
                }
            ),
            match found {
                "JPEG" => format!("rename it `{stem}.jpg`"),
                "PNG" => format!("rename it `{stem}.png`"),
                _ => format!(
                    "save it as JPEG (photos) or PNG (drawings) under the name `{name}`; phones' HEIC photos can be exported as JPEG"
                ),
            },
        ),
        process::Problem::NotWhatItSays { found: None, .. } => Problem::new(
            Code::ImageNotWhatItSays,
            format!("the image {shown} is not an image: its bytes are not those of a JPEG or PNG"),
            "the file may be damaged, or something else renamed: export the photo again as JPEG",
        ),
        process::Problem::TooLarge { width, height } => Problem::new(
            Code::ImageTooLarge,
            format!(
                "the image {shown} is {width} × {height} pixels: baocao takes photos of at most {} megapixels and {} pixels a side",
                process::MAX_PIXELS / 1_000_000,
                process::MAX_SIDE
            ),
            format!(
                "resize it to at most 4,000 pixels wide before adding it (the site publishes at most {} pixels)",
                process::WIDTHS[process::WIDTHS.len() - 1]
            ),
        ),
        process::Problem::Corrupt(e) => Problem::new(
            Code::ImageCorrupt,
            format!("the image {shown} cannot be read: {e}"),
            "the file is damaged or cut short: copy or export it again",
        ),
    }
}
