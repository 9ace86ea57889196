//! Running the jobs: each job's template and view (or its bytes), the
//! template filled with what every page shares, and the result handed to
//! the sink; then the static files and the editor's admin page.

use std::io;
use std::path::PathBuf;

use rayon::prelude::*;
use tera::Context;

use super::feeds;
use super::jobs::Job;
use super::renderer::{Body, Renderer, Sink, Stats};
use crate::diagnostics::{Code, Diagnostic, Pos};
use crate::model::StaticSource;
use crate::web::urls;

/// What a job writes: its template ([`Job::template`]) filled with a view,
/// or bytes made directly.
enum Output {
    /// A view, serialized straight into Tera's values.
    View(tera::Value),
    Raw(Vec<u8>),
}

/// A typed view as Tera's value.
fn typed(view: &impl serde::Serialize) -> tera::Value {
    tera::Value::from_serializable(view)
}

fn io_error(what: &str, e: io::Error) -> Diagnostic {
    Diagnostic::new(
        PathBuf::from("output"),
        Pos::default(),
        format!("cannot write {what}: {e}"),
    )
    .code(Code::CannotWrite)
}

impl Renderer<'_> {
    /// Renders `jobs` (out of `all`, the site's whole list) into `sink`.
    pub fn render_jobs(&self, jobs: &[Job], all: &[Job], sink: &Sink) -> Vec<Diagnostic> {
        jobs.par_iter()
            .filter_map(|j| self.run(*j, all, sink).err())
            .collect()
    }

    /// Static files of the theme and of `content/static/`.
    pub fn copy_statics(&self, sink: &Sink) -> Vec<Diagnostic> {
        let root = crate::load::Root::new(&self.inputs.root);
        let mut errors = Vec::new();
        for s in self.theme.statics.iter().chain(&self.inputs.statics) {
            let written = match &s.source {
                StaticSource::Embedded(b) => sink(&s.rel, Body::Bytes(b)),
                StaticSource::Disk(rel) => {
                    match root.open(rel, crate::load::files::MAX_STATIC_BYTES) {
                        Ok((mut f, _)) => sink(&s.rel, Body::File(&mut f)),
                        Err(d) => {
                            errors.push(d);
                            continue;
                        }
                    }
                }
            };
            if let Err(e) = written {
                errors.push(io_error(&s.rel, e));
            }
        }
        errors
    }

    /// The admin page of the browser editor, with `cms:` in site.yaml.
    pub fn write_cms(&self, sink: &Sink) -> Vec<Diagnostic> {
        crate::cms::files(self.inputs, &self.base_path)
            .into_iter()
            .filter_map(|(rel, bytes)| {
                sink(rel, Body::Bytes(&bytes))
                    .err()
                    .map(|e| io_error(rel, e))
            })
            .collect()
    }

    /// Steps 2–4: renders everything into `sink`.
    pub fn render_all(&self, sink: &Sink) -> Result<Stats, Vec<Diagnostic>> {
        let jobs = self.jobs();
        let mut errors = self.render_jobs(&jobs, &jobs, sink);
        errors.extend(self.copy_statics(sink));
        errors.extend(self.write_cms(sink));
        if !errors.is_empty() {
            errors.sort();
            errors.dedup();
            return Err(errors);
        }
        Ok(Stats {
            files: jobs.len()
                + self.theme.statics.len()
                + self.inputs.statics.len()
                + if self.inputs.config.cms.is_some() {
                    3
                } else {
                    0
                },
            pages: jobs.len(),
        })
    }

    /// What `job` writes: its template and view, or its bytes.
    fn output(&self, job: Job, jobs: &[Job]) -> Output {
        use Output::{Raw, View};
        match job {
            Job::Dashboard => View(typed(&self.dashboard())),
            Job::Indicators => View(typed(&self.indicators_list())),
            Job::TargetsWithStatus(k) => View(typed(&self.targets_with_status(k))),
            Job::Indicator(i) => View(typed(&self.indicator(i))),
            Job::Agencies => View(typed(&self.agencies_list())),
            Job::AgenciesBy(k, page) => View(typed(&self.agencies_sorted(k, page))),
            Job::Reporting => View(typed(&self.reporting())),
            Job::ReportingOf(a) => View(typed(&self.reporting_of(a))),
            Job::Agency(a) => View(typed(&self.agency(a))),
            Job::Section { section, page } => View(typed(&self.section(section, page))),
            Job::Page(pi) => View(typed(&self.page(pi))),
            Job::NotFound => View(typed(&self.not_found())),
            Job::Tags => View(typed(&self.tags())),
            Job::Tag { tag, page } => View(typed(&self.tag(tag, page))),
            Job::Search => View(typed(&self.search_page())),
            Job::Feed => View(typed(&self.feed())),
            Job::Sitemap => {
                self.reads_jobs();
                View(typed(&self.sitemap(&self.sitemap_urls(jobs))))
            }
            Job::Robots => Raw(self.robots().into_bytes()),
            Job::SearchIndex => Raw(self.search_index().into_bytes()),
            Job::DataJson => Raw(self.data_json()),
            Job::IndicatorJson(i) => Raw(self.indicator_json(i)),
            Job::IndicatorGroup(i, g) => {
                View(typed(&self.narrowed(i, g, || self.indicator_group(i, g))))
            }
            Job::Csv(i) => Raw(self.csv(i)),
            Job::ChartFile(i, k) => {
                self.indicator_facts(i); // what the chart shows
                Raw(self.standalone_svg(&self.indicator_requests(i)[k]))
            }
            Job::Card(i) => {
                self.indicator_facts(i);
                Raw(self.card_png(i))
            }
            Job::Image { .. } => unreachable!("photos are copied by `run`"),
            Job::Archive { archive, page } => View(typed(&self.archive(archive, page))),
        }
    }

    /// The sitemap's entries: the URL of every page among `jobs` (the 404
    /// and the search page aside), with the date of a page's last change.
    fn sitemap_urls(&self, jobs: &[Job]) -> Vec<(String, Option<String>)> {
        jobs.iter()
            .filter(|j| !matches!(j, Job::NotFound | Job::Search))
            .map(|&j| {
                let lastmod = match j {
                    Job::Page(pi) => {
                        let m = &self.page_meta(pi).meta;
                        m.updated.or(m.date).map(|d| d.day.to_string())
                    }
                    _ => None,
                };
                (self.url(j), lastmod)
            })
            .filter(|(u, _)| feeds::is_page_url(u))
            .collect()
    }

    /// Renders one job and hands its bytes to `sink`; a photo is copied.
    /// When recording, what it read is kept by its URL.
    fn run(&self, job: Job, jobs: &[Job], sink: &Sink) -> Result<(), Diagnostic> {
        if !self.recording {
            return self.run_one(job, jobs, sink);
        }
        let (done, reads) = super::reads::record(|| self.run_one(job, jobs, sink));
        let mut kept = self.reads.lock().expect("reads");
        kept.push((self.url(job), reads));
        done
    }

    fn run_one(&self, job: Job, jobs: &[Job], sink: &Sink) -> Result<(), Diagnostic> {
        let url = self.url(job);
        if let Job::Image { page, k } = job {
            self.reads_images(page);
            let file = &self.image_files(page)[k].1;
            let written = match &file.stored {
                crate::images::Stored::Memory(b) => sink(&urls::file_for(&url), Body::Bytes(b)),
                crate::images::Stored::Cached(path) => std::fs::File::open(path)
                    .and_then(|mut f| sink(&urls::file_for(&url), Body::File(&mut f))),
            };
            return written.map_err(|e| io_error(&url, e));
        }
        let bytes = match (self.output(job, jobs), job.template()) {
            (Output::Raw(b), _) => b,
            (Output::View(view), Some(template)) => self.render_view(template, view, &url)?,
            (_, None) => unreachable!("a job with a view has a template"),
        };
        sink(&urls::file_for(&url), Body::Bytes(&bytes)).map_err(|e| io_error(&url, e))
    }

    /// The template filled with the view and what every page shares.
    fn render_view(
        &self,
        template: &str,
        view: tera::Value,
        url: &str,
    ) -> Result<Vec<u8>, Diagnostic> {
        let ctx = self.with_common(view, url);
        let mut buf = Vec::with_capacity(16 * 1024);
        self.theme
            .tera
            .render_to(template, &ctx, &mut buf)
            .map_err(|e| self.template_error(&e, template))?;
        Ok(buf)
    }

    fn template_error(&self, e: &tera::Error, template: &str) -> Diagnostic {
        let name = match e.kind() {
            tera::ErrorKind::RenderingError(r) | tera::ErrorKind::SyntaxError(r)
                if !r.filename().is_empty() =>
            {
                r.filename().to_string()
            }
            _ => template.to_string(),
        };
        let file = crate::theme::template_file(&self.inputs.root, &self.inputs.config, &name);
        crate::theme::template_error(e, &file)
    }

    /// Values every template may use: the page's own URL and meta data.
    fn with_common(&self, v: tera::Value, url: &str) -> Context {
        use tera::Value as T;
        let c = &self.inputs.config;
        let mut obj = v.into_map().expect("views are maps");
        obj.entry("description".into())
            .or_insert_with(|| T::from(c.description.clone()));
        // The social card: `og_image` (a URL), its size (a chart card is
        // 1200 × 630) and, for a photo, its alt text.
        obj.entry("og_image".into()).or_insert(T::none());
        obj.entry("og_image_width".into())
            .or_insert(T::from(1200u64));
        obj.entry("og_image_height".into())
            .or_insert(T::from(630u64));
        obj.entry("og_image_alt".into()).or_insert(T::none());
        obj.insert("canonical".into(), T::from(self.permalink(url)));
        obj.insert("current_url".into(), T::from(self.link(url)));
        let mut ctx = Context::new();
        ctx.insert_value("page", T::from(obj));
        ctx
    }
}
