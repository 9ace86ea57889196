//! Front matter that orders and labels pages: `weight` (a page's place in
//! its section's list), `language` (a page written in another language
//! than the site), and pages without a date (never "latest news").

mod common;

use common::{Site, main_of};

fn page(title: &str, extra: &str) -> String {
    format!("---\ntitle: \"{title}\"\n{extra}---\nĐoạn đầu của {title}.\n")
}

#[test]
fn weighted_pages_come_first_in_their_section_lightest_first() {
    let site = Site::minimal();
    site.write("content/guide/_index.md", &page("Guide", ""));
    site.write("content/guide/zeta.md", &page("Chapter one", "weight: 1\n"));
    site.write(
        "content/guide/alpha.md",
        &page("Chapter three", "weight: 3\n"),
    );
    site.write("content/guide/mid.md", &page("Chapter two", "weight: 2\n"));
    site.write(
        "content/guide/news.md",
        &page("Dated, no weight", "date: 2020-05-01\n"),
    );
    site.build();
    let list = site.page("guide/index.html");
    let at = |t: &str| list.find(t).unwrap_or_else(|| panic!("{t} missing"));
    assert!(at("Chapter one") < at("Chapter two"));
    assert!(at("Chapter two") < at("Chapter three"));
    assert!(at("Chapter three") < at("Dated, no weight"));
    // Weights order the section's list only: other lists keep dates.
    let feed = site.page("feed.xml");
    assert!(feed.contains("Dated, no weight") && !feed.contains("Chapter one"));
}

#[test]
fn a_page_in_another_language_is_marked_with_it() {
    let site = Site::minimal();
    site.write(
        "content/guide/_index.md",
        &page("The guide", "language: en\n"),
    );
    site.write(
        "content/guide/start.md",
        &page("Getting started", "language: en\n"),
    );
    site.write("content/guide/vi.md", &page("Bắt đầu", "language: vi\n"));
    site.build();
    let html = site.page("guide/start/index.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
    let main = main_of(&html);
    assert!(
        main.contains("<h1 lang=\"en\">Getting started</h1>"),
        "{main}"
    );
    assert!(main.contains("<div lang=\"en\"><p>Đoạn đầu của Getting started.</p>"));
    // The site's own language is not repeated.
    let vi = site.page("guide/vi/index.html");
    assert!(!main_of(&vi).contains(" lang=\""), "{}", main_of(&vi));
    // Lists mark each entry, and a section its title and introduction.
    let list = site.page("guide/index.html");
    assert!(main_of(&list).contains("<h1 lang=\"en\">The guide</h1>"));
    assert!(main_of(&list).contains("<li lang=\"en\">"));
}

#[test]
fn a_language_the_site_has_no_words_for_is_a_located_error() {
    let site = Site::minimal();
    site.write("content/guide/fr.md", &page("Bonjour", "language: fr\n"));
    let r = site.run(&["check"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("content/guide/fr.md:3:11: `fr` is not a valid value for `language`")
            && r.stderr.contains("expected one of: vi, en"),
        "{}",
        r.stderr
    );
}

#[test]
fn pages_without_a_date_are_not_latest_news() {
    let site = Site::minimal();
    for n in 0..6 {
        site.write(
            &format!("content/guide/undated-{n}.md"),
            &page(&format!("Undated {n}"), ""),
        );
    }
    site.build();
    let home = site.page("index.html");
    assert!(home.contains("Tin: SIPAS 2019"), "the dated page is listed");
    assert!(!home.contains("Undated"), "{}", main_of(&home));
}
