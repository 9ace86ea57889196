//! One entry of the catalogue and the steps of its example, with the files
//! of the site every example starts from (the one `baocao new site`
//! writes).

use crate::diagnostics::codes::list::Code;

/// One entry of the catalogue. Texts come in pairs: English, Vietnamese.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub code: Code,
    /// A few words, for the heading.
    pub title: [&'static str; 2],
    /// What happened, in Markdown.
    pub meaning: [&'static str; 2],
    /// A way to make the error, from the site `baocao new site` writes.
    pub example: &'static [Step],
    /// How to fix it, in Markdown.
    pub fix: [&'static str; 2],
}

/// One step of an example, applied to the site `baocao new site` writes.
/// Tests apply every example and check that it gives its code.
#[derive(Debug)]
pub enum Step {
    /// In `file`, the text `find` (once in the file) becomes `with`; the
    /// catalogue shows `with`.
    Edit {
        file: &'static str,
        find: &'static str,
        with: &'static str,
    },
    /// `file` written with this text.
    Write {
        file: &'static str,
        text: &'static str,
    },
    /// `file` (or a folder) removed.
    Remove(&'static str),
    /// A symbolic link at `link` to `target`.
    Link {
        link: &'static str,
        target: &'static str,
    },
    /// What an edit cannot make (an unreadable file, a full disk), in words:
    /// English, Vietnamese.
    Described([&'static str; 2]),
}

pub(super) const SITE: &str = "content/site.yaml";
pub(super) const IND: &str = "content/data/indicators/sipas.yaml";
pub(super) const AG: &str = "content/data/agencies/so-noi-vu.yaml";
pub(super) const PAGE: &str = "content/news/muc-tieu-chi-so-hai-long.md";
pub(super) const NEW_PAGE: &str = "content/news/tin-moi.md";
pub(super) const CSV: &str = "content/data/indicators/sipas.csv";
/// Where a photo goes in the news page.
pub(super) const BEFORE_HEADING: &str = "## Kết quả những năm gần đây";

pub(super) const fn edit(file: &'static str, find: &'static str, with: &'static str) -> Step {
    Step::Edit { file, find, with }
}

pub(super) const fn write(file: &'static str, text: &'static str) -> Step {
    Step::Write { file, text }
}
