//! baocao: administrative-reform indicators, targets and accountability as a
//! static site.
//!
//! A build is a flat list of steps, each handing the next a plain value:
//!
//! 1. **load** `content/` into typed, located records ([`load`]);
//! 2. **validate** references and uniqueness, collecting every error ([`validate`]);
//! 3. load the **theme** (templates, UI strings, static files) ([`theme`]);
//! 4. **derive** statuses, changes, URLs ([`derive`]);
//! 5. **render** Markdown, charts and templates ([`render`]);
//! 6. **write** into a staging folder and swap it in ([`output`]).

pub mod charts;
pub mod check;
pub mod config;
pub mod derive;
pub mod diagnostics;
pub mod load;
pub mod locale;
pub mod model;
pub mod new;
pub mod output;
pub mod render;
pub mod serve;
pub mod theme;
pub mod validate;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use diagnostics::{Diagnostic, Diagnostics};
use model::Day;

/// What `baocao build` and `baocao check` are asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder (holding `content/`).
    pub site: PathBuf,
    /// Where to write; `<site>/output` when absent.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from site.yaml.
    pub base_url: Option<String>,
    /// Build pages marked `draft: true`.
    pub drafts: bool,
    /// The day statuses are judged on; the system date when absent.
    pub today: Option<Day>,
    /// False for `check`: everything but writing.
    pub write: bool,
}

impl BuildOptions {
    pub fn new(site: impl Into<PathBuf>) -> Self {
        BuildOptions {
            site: site.into(),
            output: None,
            base_url: None,
            drafts: false,
            today: None,
            write: true,
        }
    }
    pub fn output_dir(&self) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| self.site.join("output"))
    }
}

/// Why a build did not complete.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// Problems in the user's files (exit code 1).
    #[error("{} error(s) in the site's files", .0.len())]
    Content(Vec<Diagnostic>),
    /// The output folder or the file system refused (exit code 2).
    #[error("{0}")]
    Io(String),
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub pages: usize,
    pub files: usize,
    pub indicators: usize,
    pub agencies: usize,
    /// Each step and how long it took.
    pub timings: Vec<(&'static str, Duration)>,
}

fn content_errors(d: Diagnostics) -> BuildError {
    BuildError::Content(d.into_sorted())
}

/// The whole pipeline. Nothing is written unless every step succeeds.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    run(opts, None)
}

/// The whole pipeline, handing every output file to `sink` (path under the
/// output root, bytes) instead of writing a folder: `serve` keeps the site
/// in memory with it. `opts.write` is ignored.
pub fn build_into(opts: &BuildOptions, sink: &render::Sink) -> Result<BuildReport, BuildError> {
    run(opts, Some(sink))
}

fn run(opts: &BuildOptions, sink: Option<&render::Sink>) -> Result<BuildReport, BuildError> {
    let mut timings = Vec::new();
    let mut step = |name: &'static str, t: Instant| timings.push((name, t.elapsed()));

    let t = Instant::now();
    let (inputs, mut diags) = load::load(&opts.site);
    step("load", t);

    let t = Instant::now();
    let Some(mut inputs) = inputs else {
        return Err(content_errors(diags));
    };
    if let Some(b) = &opts.base_url {
        inputs.config.base_url = b.clone();
    }
    diags.extend(validate::validate(&inputs, opts.drafts));
    let theme = match theme::load(&opts.site, &inputs.config) {
        Ok(t) => Some(t),
        Err(es) => {
            es.into_iter().for_each(|d| diags.push(d));
            None
        }
    };
    if !diags.is_empty() {
        return Err(content_errors(diags));
    }
    let theme = theme.expect("no errors means the theme loaded");
    step("validate", t);

    let t = Instant::now();
    let today = opts
        .today
        .unwrap_or_else(|| Day(jiff::ZonedDateTime::now().date()));
    let derived = derive::derive(&inputs, today, opts.drafts);
    step("derive", t);

    let t = Instant::now();
    let mut renderer = render::Renderer::new(&inputs, &derived, &theme, &inputs.config.base_url);
    if let Err(es) = renderer.render_markdown() {
        return Err(BuildError::Content(es));
    }
    step("markdown", t);

    let t = Instant::now();
    let stats = if let Some(sink) = sink {
        renderer.render_all(sink).map_err(BuildError::Content)?
    } else if opts.write {
        let target = opts.output_dir();
        output::check_target(&target, &opts.site).map_err(BuildError::Io)?;
        let staging = output::Staging::new(&target).map_err(|e| BuildError::Io(e.to_string()))?;
        let stats = renderer
            .render_all(&|rel, bytes| staging.write(rel, bytes))
            .map_err(BuildError::Content)?;
        staging
            .commit()
            .map_err(|e| BuildError::Io(e.to_string()))?;
        stats
    } else {
        renderer
            .render_all(&|_, _| Ok(()))
            .map_err(BuildError::Content)?
    };
    step(if opts.write { "render+write" } else { "render" }, t);

    Ok(BuildReport {
        pages: stats.pages,
        files: stats.files,
        indicators: inputs.indicators.len(),
        agencies: inputs.agencies.len(),
        timings,
    })
}
