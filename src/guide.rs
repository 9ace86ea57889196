//! Where people are sent to learn more: the user guide.
//!
//! The guide is written as pages of baocao's example site, in Vietnamese
//! (`content/huong-dan/`) and English (`content/guide/`), built and
//! link-checked with it; its format reference is also in the repository
//! as `docs/CONTENT-FORMAT.md`, generated from the guide's page. Error
//! hints, `baocao --help` and the files `baocao new site` writes name the
//! pages below; `tests/guide.rs` checks that each one exists.

/// The guide's first page, Vietnamese and English.
pub const HOME: [&str; 2] = ["/huong-dan/", "/guide/"];

/// Every field of every file: the content format reference.
pub const FORMAT: [&str; 2] = ["/huong-dan/dinh-dang/", "/guide/format/"];

/// The format reference as a file of baocao's repository.
pub const FORMAT_FILE: &str = "docs/CONTENT-FORMAT.md";

/// Installing baocao, a first site, the folder layout.
pub const GETTING_STARTED: [&str; 2] = ["/huong-dan/bat-dau/", "/guide/getting-started/"];

/// News pages, charts in pages, drafts, previewing with `serve`.
pub const WRITING: [&str; 2] = ["/huong-dan/viet-bai/", "/guide/writing/"];

/// `build`, `check`, CI, hosting, and what baocao writes and reads.
pub const PUBLISHING: [&str; 2] = ["/huong-dan/xuat-ban/", "/guide/publishing/"];

/// Every page named here, for the test that each one exists.
pub const PAGES: [[&str; 2]; 5] = [HOME, FORMAT, GETTING_STARTED, WRITING, PUBLISHING];

/// What an error hint says to send people to the format reference.
pub const SEE_FORMAT: &str = "see the format reference: docs/CONTENT-FORMAT.md in baocao's repository, /huong-dan/dinh-dang/ in its guide";

/// The end of `baocao --help`.
pub const HELP: &str = "The guide, in Vietnamese and English: /huong-dan/ and /guide/ on baocao's example site \
(content/huong-dan/ and content/guide/ in its repository). Every field of the content format: docs/CONTENT-FORMAT.md.";

/// "Guide: … (English: …)", for the end of a subcommand's help.
pub fn see(page: [&str; 2]) -> String {
    format!(
        "Guide: {} (English: {}) on baocao's example site; every field of the content format: {FORMAT_FILE}.",
        page[0], page[1]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_texts_name_the_pages_they_point_to() {
        assert!(SEE_FORMAT.contains(FORMAT[0]) && SEE_FORMAT.contains(FORMAT_FILE));
        assert!(HELP.contains(HOME[0]) && HELP.contains(HOME[1]) && HELP.contains(FORMAT_FILE));
    }
}
