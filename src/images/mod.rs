//! Images: the photos pages show, checked, resized and encoded before
//! anything is rendered, so that their errors come with the site's others.
//!
//! Steps ([`prepare`]), for every built page:
//! 1. find its images: `image:` in the front matter, `![alt](src
//!    "caption")` in the body ([`crate::load::images`]);
//! 2. check the alt text: required, unless the image is marked as
//!    decoration (alt text `-`, or `decorative: true` in the front matter);
//! 3. resolve the file: an address starting with `/` is under
//!    `content/static/`, any other is beside the page (a page that is a
//!    folder, `news/tin/index.md`, keeps its photos in that folder);
//!    addresses on other sites are published as they are;
//! 4. read the file under the input policy, and look its key (its bytes
//!    and the settings) up in the [`cache`];
//! 5. on a miss, [`process::process`] it: format by the bytes, size limits
//!    before decoding, orientation, widths, encoders without metadata;
//!    and keep the result in the cache;
//! 6. name the page's files in the page's own folder: `anh-960.jpg`,
//!    `anh-960.webp`; no name may take the place of a static file.
//!
//! Each photo is processed once per build, however many pages show it.

pub mod cache;
pub mod process;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos, did_you_mean};
use crate::load::images::ImageRef;
use crate::load::{Inputs, Root};
use crate::model::Page;
use crate::web::urls;
pub use cache::Cache;
pub use process::Format;

/// Larger image files are refused: a photo straight from a camera is a
/// few megabytes.
pub const MAX_IMAGE_BYTES: u64 = 64 * 1024 * 1024;

/// Where a published variant's bytes are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// In the cache folder, checked against its recorded hash.
    Cached(PathBuf),
    /// In memory (when there is no cache).
    Memory(Arc<[u8]>),
}

/// One published file of a photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    pub stored: Stored,
}

/// A photo as this build publishes it.
#[derive(Debug, PartialEq, Eq)]
pub struct Photo {
    /// The cache key: its bytes and the settings.
    pub key: String,
    /// As seen (orientation applied).
    pub width: u32,
    pub height: u32,
    pub format: Format,
    /// By width, the photo's own format before WebP.
    pub files: Vec<File>,
}

impl Photo {
    /// The widths published.
    pub fn widths(&self) -> Vec<u32> {
        let mut w: Vec<u32> = self.files.iter().map(|f| f.width).collect();
        w.dedup();
        w
    }
    pub fn has_webp(&self) -> bool {
        self.files.iter().any(|f| f.format == Format::Webp)
    }
    /// The file of `format` at `width`.
    pub fn file(&self, width: u32, format: Format) -> Option<&File> {
        self.files
            .iter()
            .find(|f| f.width == width && f.format == format)
    }
    /// The width `<img src>` uses: [`process::DEFAULT_WIDTH`], or the
    /// widest below it.
    pub fn default_width(&self) -> u32 {
        let ws = self.widths();
        ws.iter()
            .copied()
            .filter(|&w| w <= process::DEFAULT_WIDTH)
            .max()
            .unwrap_or(ws[0])
    }
}

/// Where an image a page shows comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Processed; `name` is the start of its file names in the page's
    /// folder (`anh` for `anh-960.jpg`).
    Photo { photo: Arc<Photo>, name: String },
    /// Published as it is: another site's address, or a static file that
    /// is not a JPEG or PNG (its site path).
    Link(String),
}

/// One image a page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub image: ImageRef,
    pub target: Target,
    /// The file of a processed photo (relative to the site): `serve`
    /// rebuilds the page when it changes.
    pub source: Option<PathBuf>,
}

/// The images of one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageImages {
    /// The front matter's first (when there is one), then the body's.
    pub shown: Vec<Shown>,
    /// The one lists and social cards show: the front matter's, else the
    /// body's first processed photo that is not decoration.
    pub featured: Option<usize>,
    /// Files in the page's folder, by name.
    pub files: Vec<(String, File)>,
}

impl PageImages {
    /// The body's image written as `src`.
    pub fn in_body(&self, src: &str) -> Option<&Shown> {
        self.shown
            .iter()
            .find(|s| !s.image.featured && s.image.src == src)
    }
    /// The front matter's `image:`.
    pub fn hero(&self) -> Option<&Shown> {
        self.shown.first().filter(|s| s.image.featured)
    }
    pub fn featured(&self) -> Option<&Shown> {
        self.featured.map(|i| &self.shown[i])
    }
}

/// The images of every page, index-aligned with `inputs.pages` (empty for
/// pages not built).
#[derive(Debug, Clone, Default)]
pub struct Images {
    pub pages: Vec<PageImages>,
    pub counts: Counts,
}

/// How many photo files a build read, and how many of them it had to
/// decode and resize (the others came from the cache).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub photos: usize,
    pub resized: usize,
}

/// Steps 1–6 for every built page. Errors are located in the pages.
pub fn prepare(inputs: &Inputs, drafts: bool, cache: &Cache) -> (Images, Diagnostics) {
    let which: Vec<usize> = (0..inputs.pages.len())
        .filter(|&pi| drafts || !inputs.pages[pi].meta.draft)
        .collect();
    let (done, diags, counts) = prepare_pages(inputs, &which, cache);
    let mut pages = vec![PageImages::default(); inputs.pages.len()];
    for (pi, p) in done {
        pages[pi] = p;
    }
    let mut diags = diags;
    static_clashes(inputs, &pages, &mut diags);
    // Pages not built, and drafts without `--drafts`, show nothing.
    (Images { pages, counts }, diags)
}

/// Steps 1–6 for the pages `which` (the others are left alone).
pub fn prepare_pages(
    inputs: &Inputs,
    which: &[usize],
    cache: &Cache,
) -> (Vec<(usize, PageImages)>, Diagnostics, Counts) {
    let root = Root::new(&inputs.root);
    let mut diags = Diagnostics::new();
    // 1–3: every image, resolved; each file to process once.
    type Found = (ImageRef, Result<Resolved, Problem>);
    let mut found: Vec<(usize, Vec<Found>)> = Vec::new();
    let mut files: Vec<(PathBuf, Format)> = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    for &pi in which {
        let p = &inputs.pages[pi];
        let refs = crate::load::images::of_page(p);
        if refs.is_empty() {
            continue;
        }
        let mut resolved = Vec::new();
        for r in refs {
            if let Some(d) = alt_error(p, &r) {
                diags.push(d);
            }
            let res = resolve(&root, p, &r.src);
            if let Ok(Resolved::File(rel, f)) = &res
                && seen.insert(rel.clone())
            {
                files.push((rel.clone(), *f));
            }
            resolved.push((r, res));
        }
        found.push((pi, resolved));
    }
    // 4–5: in parallel, each file once.
    // Each file's photo, and whether it had to be resized.
    type Loaded = Result<(Arc<Photo>, bool), Problem>;
    let loaded: Vec<(PathBuf, Loaded)> = files
        .par_iter()
        .map(|(rel, f)| (rel.clone(), load_photo(&root, rel, *f, cache)))
        .collect();
    let counts = Counts {
        photos: loaded.len(),
        resized: loaded
            .iter()
            .filter(|(_, r)| matches!(r, Ok((_, true))))
            .count(),
    };
    let photos: HashMap<PathBuf, Result<Arc<Photo>, Problem>> = loaded
        .into_iter()
        .map(|(rel, r)| (rel, r.map(|(photo, _)| photo)))
        .collect();
    // 6: per page.
    let mut out = Vec::new();
    for (pi, resolved) in found {
        let p = &inputs.pages[pi];
        let mut shown = Vec::new();
        let mut names: BTreeMap<PathBuf, String> = BTreeMap::new();
        let mut used: HashSet<String> = HashSet::new();
        let mut files = Vec::new();
        for (r, res) in resolved {
            let source = match &res {
                Ok(Resolved::File(rel, _)) => Some(rel.clone()),
                _ => None,
            };
            let target = match res.and_then(|res| match res {
                Resolved::Link(u) => Ok(Target::Link(u)),
                Resolved::File(rel, _) => {
                    photos[&rel]
                        .clone()
                        .map(|photo| (rel, photo))
                        .map(|(rel, photo)| {
                            let name = names
                                .entry(rel.clone())
                                .or_insert_with(|| {
                                    let name = unique_name(&rel, &mut used);
                                    for f in &photo.files {
                                        files.push((
                                            format!("{name}-{}.{}", f.width, f.format.ext()),
                                            f.clone(),
                                        ));
                                    }
                                    name
                                })
                                .clone();
                            Target::Photo { photo, name }
                        })
                }
            }) {
                Ok(t) => t,
                Err(problem) => {
                    diags.push(problem.located(p, &r));
                    continue;
                }
            };
            shown.push(Shown {
                image: r,
                target,
                source,
            });
        }
        let featured = shown.iter().position(|s| s.image.featured).or_else(|| {
            shown
                .iter()
                .position(|s| !s.image.decorative && matches!(s.target, Target::Photo { .. }))
        });
        out.push((
            pi,
            PageImages {
                shown,
                featured,
                files,
            },
        ));
    }
    (out, diags, counts)
}

/// `anh` for `content/news/Ảnh.jpg`; `anh-2` when the page already has
/// an `anh` from another file.
fn unique_name(rel: &Path, used: &mut HashSet<String>) -> String {
    let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let base = match crate::web::slug::slugify(stem) {
        s if s.is_empty() => "anh".to_string(),
        s => s,
    };
    let mut name = base.clone();
    let mut n = 2;
    while !used.insert(name.clone()) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// An image's address, resolved.
#[derive(Debug, Clone)]
enum Resolved {
    /// A JPEG or PNG of the site to process (relative to the site).
    File(PathBuf, Format),
    /// Published as it is.
    Link(String),
}

/// Why an image cannot be shown; located at the image when reported.
#[derive(Debug, Clone)]
struct Problem {
    code: Code,
    message: String,
    hint: Option<String>,
}

impl Problem {
    fn new(code: Code, message: impl Into<String>, hint: impl Into<String>) -> Problem {
        Problem {
            code,
            message: message.into(),
            hint: Some(hint.into()),
        }
    }
    fn located(self, p: &Page, r: &ImageRef) -> Diagnostic {
        Diagnostic::new(&p.file, r.pos, self.message)
            .with_hint_opt(self.hint)
            .code(self.code)
    }
}

fn alt_error(p: &Page, r: &ImageRef) -> Option<Diagnostic> {
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
fn resolve(root: &Root, p: &Page, src: &str) -> Result<Resolved, Problem> {
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

/// Steps 4–5 for one file; `true` when it was processed (not cached).
fn load_photo(
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

/// Step 6's last check: no image file takes the place of a static file.
pub fn static_clashes(inputs: &Inputs, pages: &[PageImages], d: &mut Diagnostics) {
    if inputs.statics.is_empty() {
        return;
    }
    let statics: HashMap<String, &str> = inputs
        .statics
        .iter()
        .map(|s| (crate::validate::folded(&s.rel), s.rel.as_str()))
        .collect();
    for (pi, imgs) in pages.iter().enumerate() {
        if imgs.files.is_empty() {
            continue;
        }
        let p = &inputs.pages[pi];
        let url = urls::page_parts(p).url;
        for (name, _) in &imgs.files {
            let out = format!("{}{name}", url.trim_start_matches('/'));
            if let Some(s) = statics.get(&crate::validate::folded(&out)) {
                d.push(
                    Diagnostic::new(
                        Path::new("content/static").join(s),
                        Pos::default(),
                        format!(
                            "this file would be published as /{s}, where baocao writes a photo of {}",
                            crate::diagnostics::display_path(&p.file)
                        ),
                    )
                    .with_hint("rename it or move it into a folder of its own, e.g. content/static/files/")
                    .code(Code::StaticTakesGeneratedAddress),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_within_a_page() {
        let mut used = HashSet::new();
        assert_eq!(
            unique_name(Path::new("content/a/Ảnh 1.jpg"), &mut used),
            "anh-1"
        );
        assert_eq!(
            unique_name(Path::new("content/b/anh-1.png"), &mut used),
            "anh-1-2"
        );
        assert_eq!(
            unique_name(Path::new("content/b/....png"), &mut used),
            "anh"
        );
    }
}
