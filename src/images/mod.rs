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
mod load;
mod photo;
mod problem;
pub mod process;
mod resolve;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos};
use crate::load::images::ImageRef;
use crate::load::{Inputs, Root};
use crate::model::{Page, PageIx, TiSlice, TiVec};
use crate::web::urls;
pub use cache::Cache;
pub use load::MAX_IMAGE_BYTES;
use load::load_photo;
pub use photo::{File, Photo, Stored};
use problem::Problem;
pub use process::Format;
use resolve::{Resolved, alt_error, resolve};

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
    pub pages: TiVec<PageIx, PageImages>,
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
    let which: Vec<PageIx> = (inputs.pages.keys())
        .filter(|&pi| drafts || !inputs.pages[pi].meta.draft)
        .collect();
    let (done, diags, counts) = prepare_pages(inputs, &which, cache);
    let mut pages: TiVec<PageIx, PageImages> =
        vec![PageImages::default(); inputs.pages.len()].into();
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
    which: &[PageIx],
    cache: &Cache,
) -> (Vec<(PageIx, PageImages)>, Diagnostics, Counts) {
    let root = Root::new(&inputs.root);
    let mut diags = Diagnostics::new();
    let (found, files) = find(inputs, &root, which, &mut diags);
    let (photos, counts) = load_all(&root, &files, cache);
    // 6: per page.
    let out = found
        .into_iter()
        .map(|(pi, resolved)| {
            let p = &inputs.pages[pi];
            (pi, page_images(p, resolved, &photos, &mut diags))
        })
        .collect();
    (out, diags, counts)
}

/// An image a page shows, and what its address resolved to.
type Found = (ImageRef, Result<Resolved, Problem>);

/// A page (its index in `inputs.pages`) and the images it shows.
type PageFound = (PageIx, Vec<Found>);

/// Steps 1–3 for the pages `which`: every image they show with its
/// address resolved (pages showing none are left out), and each photo
/// file to process once, in the order first met.
fn find(
    inputs: &Inputs,
    root: &Root,
    which: &[PageIx],
    diags: &mut Diagnostics,
) -> (Vec<PageFound>, Vec<(PathBuf, Format)>) {
    let mut found: Vec<PageFound> = Vec::new();
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
            let res = resolve(root, p, &r.src);
            if let Ok(Resolved::File(rel, f)) = &res
                && seen.insert(rel.clone())
            {
                files.push((rel.clone(), *f));
            }
            resolved.push((r, res));
        }
        found.push((pi, resolved));
    }
    (found, files)
}

/// Each photo file's photo, or why it cannot be shown.
type Photos = HashMap<PathBuf, Result<Arc<Photo>, Problem>>;

/// Steps 4–5 for `files`, in parallel, each once; how many were read and
/// how many of them resized.
fn load_all(root: &Root, files: &[(PathBuf, Format)], cache: &Cache) -> (Photos, Counts) {
    // Each file's photo, and whether it had to be resized.
    type Loaded = Result<(Arc<Photo>, bool), Problem>;
    let loaded: Vec<(PathBuf, Loaded)> = files
        .par_iter()
        .map(|(rel, f)| (rel.clone(), load_photo(root, rel, *f, cache)))
        .collect();
    let counts = Counts {
        photos: loaded.len(),
        resized: loaded
            .iter()
            .filter(|(_, r)| matches!(r, Ok((_, true))))
            .count(),
    };
    let photos = loaded
        .into_iter()
        .map(|(rel, r)| (rel, r.map(|(photo, _)| photo)))
        .collect();
    (photos, counts)
}

/// Step 6 for page `p`: the images it shows (an image whose file cannot
/// be shown is reported instead), the one it features, and its photos'
/// files named in its folder.
fn page_images(
    p: &Page,
    resolved: Vec<Found>,
    photos: &Photos,
    diags: &mut Diagnostics,
) -> PageImages {
    let mut shown = Vec::new();
    let mut named = Named::default();
    for (r, res) in resolved {
        let source = match &res {
            Ok(Resolved::File(rel, _)) => Some(rel.clone()),
            _ => None,
        };
        let target = res.and_then(|res| match res {
            Resolved::Link(u) => Ok(Target::Link(u)),
            Resolved::File(rel, _) => photos[&rel].clone().map(|photo| {
                let name = named.name(&rel, &photo);
                Target::Photo { photo, name }
            }),
        });
        match target {
            Ok(target) => shown.push(Shown {
                image: r,
                target,
                source,
            }),
            Err(problem) => diags.push(problem.located(p, &r)),
        }
    }
    let featured = shown.iter().position(|s| s.image.featured).or_else(|| {
        shown
            .iter()
            .position(|s| !s.image.decorative && matches!(s.target, Target::Photo { .. }))
    });
    PageImages {
        shown,
        featured,
        files: named.files,
    }
}

/// The names a page gives its photos, and the files named after them.
#[derive(Default)]
struct Named {
    /// By photo file (relative to the site).
    names: BTreeMap<PathBuf, String>,
    used: HashSet<String>,
    files: Vec<(String, File)>,
}

impl Named {
    /// The name of the photo of `rel` in the page's folder; the first time,
    /// its files are named after it (`anh-960.jpg`).
    fn name(&mut self, rel: &Path, photo: &Photo) -> String {
        if let Some(name) = self.names.get(rel) {
            return name.clone();
        }
        let name = unique_name(rel, &mut self.used);
        for f in &photo.files {
            self.files
                .push((format!("{name}-{}.{}", f.width, f.format.ext()), f.clone()));
        }
        self.names.insert(rel.to_path_buf(), name.clone());
        name
    }
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

/// Step 6's last check: no image file takes the place of a static file.
pub fn static_clashes(inputs: &Inputs, pages: &TiSlice<PageIx, PageImages>, d: &mut Diagnostics) {
    if inputs.statics.is_empty() {
        return;
    }
    let statics: HashMap<String, &str> = inputs
        .statics
        .iter()
        .map(|s| (crate::validate::folded(&s.rel), s.rel.as_str()))
        .collect();
    for (pi, imgs) in pages.iter_enumerated() {
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
