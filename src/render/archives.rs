//! Archive pages (`/news/2020/`, `/news/2020/06/`) and the links to them
//! from their section; "Các tin khác" at the end of a page.

use serde::Serialize;

use super::lists::Pagination;
use super::page::TitledLink;
use super::renderer::Renderer;
use super::views::PageCard;
use crate::derive::related::ArchiveFacts;
use crate::locale::month_short;
use crate::model::PageIx;

/// A list page of an archive (`archive.html`).
#[derive(Serialize)]
pub struct Archive<'a> {
    title: String,
    heading: String,
    section: TitledLink,
    year: Option<TitledLink>,
    archives: Vec<YearLink>,
    current: String,
    pages: Vec<PageCard<'a>>,
    pagination: Pagination,
}

/// A year of a section's archives, with its months; a year with months
/// but no page of its own has no link and no count.
#[derive(Serialize)]
pub struct YearLink {
    year: i32,
    url: Option<String>,
    count: Option<usize>,
    months: Vec<MonthLink>,
}

#[derive(Serialize)]
pub struct MonthLink {
    label: String,
    title: String,
    url: String,
    count: usize,
}

impl Renderer<'_> {
    /// "Tháng 6/2020" or "Năm 2020".
    fn archive_label(&self, a: &ArchiveFacts) -> String {
        let lang = self.inputs.config.language;
        match a.month {
            Some(m) => self.theme.fill(
                "archive_month",
                &[
                    ("month", &m.to_string()),
                    ("month_name", month_short(m, lang)),
                    ("year", &a.year.to_string()),
                ],
            ),
            None => self
                .theme
                .fill("archive_year", &[("year", &a.year.to_string())]),
        }
    }

    /// Section `si`'s archives by year, each with its months.
    pub fn archive_links(&self, si: usize) -> Vec<YearLink> {
        let lang = self.inputs.config.language;
        let mut years: Vec<YearLink> = Vec::new();
        for a in self
            .lists()
            .lists
            .archives
            .iter()
            .filter(|a| a.section == si)
        {
            match a.month {
                None => years.push(YearLink {
                    year: a.year,
                    url: Some(self.link(&a.url)),
                    count: Some(a.pages.len()),
                    months: Vec::new(),
                }),
                Some(m) => {
                    let month = MonthLink {
                        label: self.theme.fill(
                            "archive_month_short",
                            &[
                                ("month", &m.to_string()),
                                ("month_name", month_short(m, lang)),
                            ],
                        ),
                        title: self.archive_label(a),
                        url: self.link(&a.url),
                        count: a.pages.len(),
                    };
                    match years.last_mut() {
                        Some(y) if y.year == a.year => y.months.push(month),
                        _ => years.push(YearLink {
                            year: a.year,
                            url: None,
                            count: None,
                            months: vec![month],
                        }),
                    }
                }
            }
        }
        years
    }

    /// List page `page` of archive `ai`.
    pub fn archive(&self, ai: usize, page: usize) -> Archive<'_> {
        let a = &self.lists().lists.archives[ai];
        let s = &self.lists().lists.sections[a.section];
        let (items, pagination) = self.list_page(&a.pages, page, |n| {
            super::lists::section_page_url(&a.url, n)
        });
        let section = self.section_title(a.section);
        let label = self.archive_label(a);
        let heading = format!("{section}: {}", label.to_lowercase());
        // A month's page links up to its year's, when there is one.
        let year = a.month.and_then(|_| {
            self.lists()
                .lists
                .archives
                .iter()
                .find(|y| y.section == a.section && y.year == a.year && y.month.is_none())
        });
        Archive {
            title: Self::list_title(&heading, &pagination),
            heading,
            section: TitledLink {
                title: section,
                url: self.link(&s.url),
            },
            year: year.map(|y| TitledLink {
                title: self.archive_label(y),
                url: self.link(&y.url),
            }),
            archives: self.archive_links(a.section),
            current: self.link(&a.url),
            pages: items,
            pagination,
        }
    }

    /// "Các tin khác" of page `pi`.
    pub fn related(&self, pi: PageIx) -> Vec<PageCard<'_>> {
        self.lists()
            .lists
            .related
            .get(pi)
            .map(|r| r.iter().map(|&q| self.page_card(q)).collect())
            .unwrap_or_default()
    }
}
