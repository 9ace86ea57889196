//! A Markdown page (`content/**.md`) with its front matter, and the static
//! files copied as they are.

use std::path::PathBuf;

use serde::Deserialize;

use super::date::PageDate;
use crate::diagnostics::Pos;

/// The YAML front matter of a Markdown page.
#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub date: Option<PageDate>,
    /// Last significant update, when it differs from `date`.
    pub updated: Option<PageDate>,
    pub author: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Shown in lists and feeds; the first paragraph when absent.
    pub summary: Option<String>,
    #[serde(default)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub agencies: Vec<String>,
    pub slug: Option<String>,
    #[serde(default)]
    pub draft: bool,
    /// The page's place in its section's list: pages with a weight come
    /// first, lowest first, then the others, newest first (chapters of a
    /// guide, for instance).
    pub weight: Option<u32>,
    /// The language the page is written in when it is not the site's (an
    /// English page on a Vietnamese site): its text is marked with `lang`.
    pub language: Option<crate::config::Language>,
    /// The page's photo: shown under its title, beside it in lists, and
    /// as its social card when it has no chart.
    pub image: Option<FeaturedImage>,
}

/// `image: { src: anh.jpg, alt: …, caption: … }` in a page's front matter.
#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FeaturedImage {
    /// Beside the page (`anh.jpg`) or under `content/static/` (`/anh/a.jpg`).
    pub src: String,
    /// What the photo shows, for readers who cannot see it (required
    /// unless `decorative: true`).
    pub alt: Option<String>,
    /// Shown under the photo.
    pub caption: Option<String>,
    /// Decoration only: published with an empty alt text.
    #[serde(default)]
    pub decorative: bool,
}

/// A Markdown page, `content/<section>/**.md`.
#[derive(Debug, Clone)]
pub struct Page {
    /// Relative to the site root: `content/news/a.md`.
    pub file: PathBuf,
    /// Folders between `content/` and the file: `["news"]`.
    pub section: Vec<String>,
    /// `_index.md`: the section's own title and intro.
    pub is_section_index: bool,
    /// The file stem; for a page that is a folder (`tin/index.md`), the
    /// folder's name.
    pub stem: String,
    /// `<folder>/index.md`: the folder is the page, and holds its images.
    pub bundle: bool,
    pub meta: FrontMatter,
    /// Markdown after the front matter.
    pub body: String,
    /// The file's line number of the body's first line.
    pub body_line: usize,
    /// Positions of front matter values, for validation.
    pub pos: PagePositions,
}

#[derive(Debug, Clone, Default)]
pub struct PagePositions {
    pub title: Pos,
    pub slug: Pos,
    pub tags: Vec<Pos>,
    pub indicators: Vec<Pos>,
    pub agencies: Vec<Pos>,
    /// `image:`, `image.src` and `image.alt`.
    pub image: Pos,
    pub image_src: Pos,
    pub image_alt: Pos,
}

/// A file from `content/static/` or the theme's `static/`, copied as is.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Path under the output root, with `/` separators.
    pub rel: String,
    pub source: StaticSource,
}

#[derive(Debug, Clone)]
pub enum StaticSource {
    /// A file of the site, relative to the site folder; opened under the
    /// input policy when it is copied.
    Disk(PathBuf),
    Embedded(&'static [u8]),
}
