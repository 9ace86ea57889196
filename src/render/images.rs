//! Photos in pages and lists, as the images step prepared them.
//!
//! - A photo is a `<picture>`: a WebP `<source>` and an `<img>` in the
//!   photo's own format, each with every width in `srcset` and the width
//!   it is shown at in `sizes`; `width` and `height` reserve its place (no
//!   layout shift); every photo but a page's first is `loading="lazy"`.
//! - With a caption it is a `<figure>` with its `<figcaption>`.
//! - Decoration has an empty `alt`; so do list thumbnails, whose title
//!   beside them says what they are.
//! - Each page's files go in the page's own folder ([`Renderer::image_file`]).

use super::markdown::ImageEvent;
use super::renderer::Renderer;
use crate::images::{Format, PageImages, Photo, Shown, Target};
use crate::model::PageIx;
use crate::web::escape;

/// How wide a photo in a page's text is shown: the text column (46rem),
/// or the screen less the margins on phones.
pub const SIZES_TEXT: &str = "(min-width: 48rem) 46rem, calc(100vw - 2rem)";

/// How wide a list's thumbnail is shown.
pub const SIZES_THUMB: &str = "(min-width: 40rem) 12rem, 7rem";

/// How wide the home page's news thumbnails are shown.
pub const SIZES_SMALL: &str = "(min-width: 40rem) 6rem, 5rem";

impl Renderer<'_> {
    /// Page `pi`'s photos, prepared: what lists show of a page (its
    /// thumbnail, its card) is part of its list data.
    fn page_images(&self, pi: PageIx) -> Option<&PageImages> {
        self.note(|r| r.page_meta.push(pi));
        self.images.pages.get(pi)
    }

    /// The site path of file `name` of page `pi`.
    fn image_path(&self, pi: PageIx, name: &str) -> String {
        let page = self.page_facts(pi).map_or("/", |f| f.url.as_str());
        format!("{page}{name}")
    }

    /// The `srcset` of `photo` in `format`.
    fn srcset(&self, pi: PageIx, name: &str, photo: &Photo, format: Format) -> String {
        photo
            .files
            .iter()
            .filter(|f| f.format == format)
            .map(|f| {
                format!(
                    "{} {}w",
                    self.link(
                        &self.image_path(pi, &format!("{name}-{}.{}", f.width, format.ext()))
                    ),
                    f.width
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A `<picture>` of a processed photo.
    fn picture(
        &self,
        pi: PageIx,
        name: &str,
        photo: &Photo,
        alt: &str,
        sizes: &str,
        lazy: bool,
    ) -> String {
        let w = photo.default_width();
        let own = photo
            .file(w, photo.format)
            .expect("every width in its format");
        let src = self.link(&self.image_path(pi, &format!("{name}-{w}.{}", photo.format.ext())));
        let mut html = String::from("<picture>");
        if photo.has_webp() {
            html.push_str(&format!(
                "<source type=\"image/webp\" srcset=\"{}\" sizes=\"{sizes}\">",
                escape(&self.srcset(pi, name, photo, Format::Webp))
            ));
        }
        html.push_str(&format!(
            "<img src=\"{}\" srcset=\"{}\" sizes=\"{sizes}\" width=\"{}\" height=\"{}\" alt=\"{}\"{} decoding=\"async\"></picture>",
            escape(&src),
            escape(&self.srcset(pi, name, photo, photo.format)),
            own.width,
            own.height,
            escape(alt),
            if lazy { " loading=\"lazy\"" } else { "" },
        ));
        html
    }

    /// The HTML of one image a page shows: a picture, or an `<img>` for
    /// an image published as it is; in a figure when asked.
    fn shown_html(
        &self,
        pi: PageIx,
        shown: &Shown,
        caption: Option<&str>,
        figure: bool,
        lazy: bool,
    ) -> Option<String> {
        let alt = if shown.image.decorative {
            ""
        } else {
            shown.image.alt.as_str()
        };
        let inner = match &shown.target {
            Target::Photo { photo, name } => self.picture(pi, name, photo, alt, SIZES_TEXT, lazy),
            Target::Link(url) => {
                let url = if url.starts_with('/') && !url.starts_with("//") {
                    self.link(url)
                } else if super::markdown::safe_url(url) {
                    url.clone()
                } else {
                    return None;
                };
                format!(
                    "<img src=\"{}\" alt=\"{}\"{}>",
                    escape(&url),
                    escape(alt),
                    if lazy { " loading=\"lazy\"" } else { "" }
                )
            }
        };
        Some(match caption {
            Some(c) if figure => format!(
                "<figure class=\"photo\">{inner}<figcaption>{}</figcaption></figure>",
                escape(c)
            ),
            Some(c) => inner.replacen("<img ", &format!("<img title=\"{}\" ", escape(c)), 1),
            None if figure => format!("<figure class=\"photo\">{inner}</figure>"),
            None => inner,
        })
    }

    /// The HTML of an image in page `pi`'s Markdown (`None`: not found,
    /// pulldown-cmark writes it as it is).
    pub fn body_image(&self, pi: PageIx, ev: &ImageEvent, lazy: bool) -> Option<String> {
        let shown = self.page_images(pi)?.in_body(ev.src)?;
        self.shown_html(pi, shown, ev.caption, ev.figure, lazy)
    }

    /// The front matter's photo, shown under the page's title (never lazy:
    /// it is on the first screen).
    pub fn hero_html(&self, pi: PageIx) -> Option<String> {
        let shown = self.page_images(pi)?.hero()?;
        self.shown_html(pi, shown, shown.image.caption.as_deref(), true, false)
    }

    /// Whether page `pi` shows a photo above its text.
    pub fn has_hero(&self, pi: PageIx) -> bool {
        self.page_images(pi).and_then(|i| i.hero()).is_some()
    }

    /// A list's thumbnail of page `pi`'s featured photo (its title beside
    /// it says what it is: `alt` is empty).
    pub fn thumb_html(&self, pi: PageIx, lazy: bool) -> Option<String> {
        self.thumb_sized(pi, lazy, SIZES_THUMB)
    }

    /// A thumbnail shown `sizes` wide.
    pub fn thumb_sized(&self, pi: PageIx, lazy: bool, sizes: &str) -> Option<String> {
        let shown = self.page_images(pi)?.featured()?;
        match &shown.target {
            Target::Photo { photo, name } => Some(self.picture(pi, name, photo, "", sizes, lazy)),
            Target::Link(_) => None,
        }
    }

    /// The social card of page `pi`'s featured photo: its widest file in
    /// its own format (social sites read JPEG and PNG, not always WebP).
    pub fn photo_card(&self, pi: PageIx) -> Option<super::page::OgImage<'_>> {
        let shown = self.page_images(pi)?.featured()?;
        let Target::Photo { photo, name } = &shown.target else {
            return None;
        };
        let f = photo
            .files
            .iter()
            .filter(|f| f.format == photo.format)
            .max_by_key(|f| f.width)?;
        Some(super::page::OgImage {
            url: self
                .permalink(&self.image_path(pi, &format!("{name}-{}.{}", f.width, f.format.ext()))),
            width: f.width,
            height: f.height,
            alt: Some(if shown.image.decorative {
                ""
            } else {
                shown.image.alt.as_str()
            }),
        })
    }

    /// The files of page `pi`'s folder: output path and file.
    pub fn image_files(&self, pi: PageIx) -> &[(String, crate::images::File)] {
        self.page_images(pi).map_or(&[], |i| i.files.as_slice())
    }

    /// The site path of file `k` of page `pi`'s folder.
    pub fn image_file(&self, pi: PageIx, k: usize) -> String {
        self.image_path(pi, &self.image_files(pi)[k].0)
    }
}
