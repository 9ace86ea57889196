//! Where people are sent to learn more: the user guide.
//!
//! The guide is written as pages of baocao's example site, in Vietnamese
//! (`content/huong-dan/`) and English (`content/guide/`), built and
//! link-checked with it; its format reference is also in the repository
//! as `docs/CONTENT-FORMAT.md`, generated from the guide's page. Error
//! hints, `baocao --help` and the files `baocao new site` writes name the
//! pages below; `tests/guide.rs` checks that each one exists.
//!
//! Where the guide is published is known only to a build that is told:
//! the release workflow sets `BAOCAO_GUIDE_URL` (the Pages address of
//! baocao's repository), and then every address below is printed in full.

/// The guide's published address, with its trailing `/`, when the build
/// was given one (`BAOCAO_GUIDE_URL`).
pub const PUBLISHED: Option<&str> = option_env!("BAOCAO_GUIDE_URL");

/// A page of the guide, as people can follow it: in full when the guide's
/// address is known, else the path on baocao's example site.
pub fn url(path: &str) -> String {
    match PUBLISHED.filter(|u| !u.is_empty()) {
        Some(base) => format!("{}{path}", base.trim_end_matches('/')),
        None => path.to_string(),
    }
}

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

/// The error catalogue, generated from [`crate::diagnostics::codes`].
pub const ERRORS: [&str; 2] = ["/huong-dan/ma-loi/", "/guide/errors/"];

/// Every page named here, for the test that each one exists.
pub const PAGES: [[&str; 2]; 6] = [HOME, FORMAT, GETTING_STARTED, WRITING, PUBLISHING, ERRORS];

/// What an error hint says to send people to the format reference.
pub const SEE_FORMAT: &str = "see the format reference: docs/CONTENT-FORMAT.md in baocao's repository, /huong-dan/dinh-dang/ in its guide";

/// Where the pages are, after their paths: nothing when the addresses are
/// printed in full.
fn on_the_site() -> &'static str {
    if PUBLISHED.is_some_and(|u| !u.is_empty()) {
        ""
    } else {
        " on baocao's example site"
    }
}

/// The end of `baocao --help`.
pub fn help() -> String {
    format!(
        "The guide, in Vietnamese and English: {} and {}{} (content/huong-dan/ and content/guide/ in \
         baocao's repository). Every field of the content format: {FORMAT_FILE}. \
         An error's code (E0104) is explained by `baocao explain E0104` and in the catalogue: {}.",
        url(HOME[0]),
        url(HOME[1]),
        on_the_site(),
        url(ERRORS[0]),
    )
}

/// "Guide: … (English: …)", for the end of a subcommand's help.
pub fn see(page: [&str; 2]) -> String {
    format!(
        "Guide: {} (English: {}){}; every field of the content format: {FORMAT_FILE}.",
        url(page[0]),
        url(page[1]),
        on_the_site(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_texts_name_the_pages_they_point_to() {
        assert!(SEE_FORMAT.contains(FORMAT[0]) && SEE_FORMAT.contains(FORMAT_FILE));
        let help = help();
        for page in [HOME[0], HOME[1], FORMAT_FILE, ERRORS[0]] {
            assert!(help.contains(page), "{page}: {help}");
        }
    }
}
