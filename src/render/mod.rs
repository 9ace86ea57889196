//! Render: records and facts → the bytes of every output file.
//!
//! Steps:
//! 1. Markdown of every built page, in parallel (chart and table blocks are
//!    resolved here, so their errors are located in the page's file;
//!    `page_markdown`);
//! 2. the list of output jobs: dashboard, indicator list and pages, agency
//!    list and pages, section lists (paginated), pages, 404 (`jobs`);
//! 3. each job renders its template with only the data its page shows, in
//!    parallel, and hands the bytes to the sink (disk or memory; `run`);
//! 4. the photos of each page, into the page's folder ([`images`]);
//! 5. static files of the theme and of `content/static/`.
//!
//! This file only declares the modules and re-exports what other stages
//! use; the [`Renderer`] and what the steps share are in `renderer`, each
//! view has a file named for the pages it makes ([`dashboard`], `indicator_pages`,
//! [`agencies`], `sections`, `tags`, [`archives`], `page`, `site`
//! for what every page shows).

mod access;
pub mod agencies;
pub mod archives;
pub mod blocks;
pub mod charts;
mod components;
pub mod dashboard;
pub mod feeds;
pub mod images;
mod indicator_pages;
mod inline;
mod job;
mod jobs;
pub mod links;
mod lists;
pub mod many;
pub mod markdown;
mod memo;
mod nesting;
mod page;
mod page_markdown;
pub mod reads;
mod rendered;
mod renderer;
mod run;
mod sanitize;
mod sections;
mod site;
mod table;
mod tags;
pub mod text;
pub mod views;

pub use jobs::Job;
pub use lists::section_page_url;
pub use renderer::{Body, Renderer, Sink, Stats, split_base_url};

/// HTML-escapes text for the few places that build HTML outside templates.
pub(crate) use crate::web::escape;
