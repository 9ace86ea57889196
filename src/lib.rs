//! baocao: administrative-reform indicators, targets and accountability as a
//! static site.
//!
//! A build is a flat list of steps, each handing the next a plain value:
//!
//! 1. **load** `content/` into typed, located records ([`load`]);
//! 2. **validate** references and uniqueness, collecting every error ([`validate`]);
//! 3. load the **theme** (templates, UI strings, static files) ([`theme`]);
//! 4. check and resize the **images** pages show, with a cache between
//!    builds; their errors join validation's ([`images`]);
//! 5. **derive** statuses, changes, URLs ([`derive`]);
//! 6. **render** Markdown, charts and templates ([`render`]);
//! 7. **write** into a staging folder and swap it in ([`output`]).

pub mod charts;
pub mod check;
pub mod cms;
pub mod collate;
pub mod config;
pub mod derive;
pub mod diagnostics;
pub mod guide;
pub mod images;
pub mod incremental;
pub mod load;
pub mod locale;
pub mod model;
pub mod new;
pub mod output;
pub mod render;
pub mod serve;
pub mod theme;
pub mod validate;
pub mod web;

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
    /// The process ends right after this build (the command line's `build`
    /// and `check`): what the build holds in memory is left for the system
    /// to take back at exit, not freed record by record (on the
    /// 3,332-commune site that was about a tenth of a second on one core).
    pub exits_after: bool,
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
            exits_after: false,
        }
    }
    /// The day statuses are judged on: `--today`, else the system date.
    pub fn today_or_now(&self) -> Day {
        self.today
            .unwrap_or_else(|| Day(jiff::ZonedDateTime::now().date()))
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
    /// The output folder was refused: a link to the sources, another
    /// build's lock, a file where a folder goes (exit code 2).
    #[error("{0}")]
    Output(String),
    /// The file system failed while writing (exit code 2); the error names
    /// the path.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// SIGINT or SIGTERM: the build stopped and removed its staging folder;
    /// the previous output is as it was (exit code 130).
    #[error("interrupted; the previous output was left as it was")]
    Interrupted,
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub pages: usize,
    pub files: usize,
    pub indicators: usize,
    pub agencies: usize,
    /// Each step and how long it took.
    pub timings: Vec<(&'static str, Duration)>,
    /// Files whose bytes were the same as in the previous output (kept, not
    /// rewritten).
    pub unchanged: usize,
    /// Nothing changed since the previous build into the same folder: the
    /// build stopped after comparing fingerprints.
    pub skipped: bool,
    /// Photo files the pages show, and how many of them were resized (not
    /// found in the cache).
    pub photos: images::Counts,
}

fn content_errors(d: Diagnostics) -> BuildError {
    BuildError::Content(d.into_sorted())
}

/// The whole pipeline. Nothing is written unless every step succeeds.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    run(opts, Target::Folder(&|_| {}), &mut |_| {})
}

/// Like [`build`], calling `observe` with each output file's path as it is
/// written (for progress displays).
pub fn build_observed(
    opts: &BuildOptions,
    observe: &(dyn Fn(&str) + Sync),
) -> Result<BuildReport, BuildError> {
    run(opts, Target::Folder(observe), &mut |_| {})
}

/// The whole pipeline, handing every output file to `sink` (path under the
/// output root, bytes) instead of writing a folder: `serve` keeps the site
/// in memory with it. `opts.write` is ignored.
pub fn build_into(opts: &BuildOptions, sink: &render::Sink) -> Result<BuildReport, BuildError> {
    run(opts, Target::Sink(sink), &mut |_| {})
}

/// [`build_into`], showing `rendered` the renderer once every file went
/// to `sink`: `check` reads from it the links each page's Markdown wrote.
pub fn build_gathering(
    opts: &BuildOptions,
    sink: &render::Sink,
    rendered: &mut dyn FnMut(&render::Renderer),
) -> Result<BuildReport, BuildError> {
    run(opts, Target::Sink(sink), rendered)
}

/// Where a build's files go.
enum Target<'a> {
    /// The output folder (or nowhere, for `check`).
    Folder(&'a (dyn Fn(&str) + Sync)),
    Sink(&'a render::Sink<'a>),
}

/// What besides the files changes the output.
fn options_key(opts: &BuildOptions, today: Day) -> String {
    format!(
        "base_url={:?} drafts={} today={today}",
        opts.base_url, opts.drafts
    )
}

/// Steps 1–4, everything before rendering: the records, the theme (with
/// the site and UI strings in its global context) and the derived facts.
pub struct Prepared {
    pub inputs: load::Inputs,
    pub theme: theme::Theme,
    pub images: images::Images,
    pub derived: derive::Derived,
}

pub(crate) fn prepare(
    opts: &BuildOptions,
    today: Day,
    step: &mut dyn FnMut(&'static str, Instant),
) -> Result<Prepared, BuildError> {
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
        Ok(t) => {
            diags.extend(validate::static_clashes(&inputs, &t.statics));
            Some(t)
        }
        Err(es) => {
            es.into_iter().for_each(|d| diags.push(d));
            None
        }
    };
    step("validate", t);

    let t = Instant::now();
    let cache = images::Cache::open(&opts.site);
    let (images, image_errors) = images::prepare(&inputs, opts.drafts, &cache);
    diags.extend(image_errors);
    step("images", t);
    if !diags.is_empty() {
        return Err(content_errors(diags));
    }
    let mut theme = theme.expect("no errors means the theme loaded");

    let t = Instant::now();
    let derived = derive::derive(&inputs, today, opts.drafts);
    step("derive", t);

    let site_view = render::Renderer::new(&inputs, &derived, &theme, &images).site_view();
    let strings = theme.strings.clone();
    theme.tera.global_context().insert("site", &site_view);
    theme.tera.global_context().insert("t", &strings);
    Ok(Prepared {
        inputs,
        theme,
        images,
        derived,
    })
}

fn run(
    opts: &BuildOptions,
    target: Target,
    rendered: &mut dyn FnMut(&render::Renderer),
) -> Result<BuildReport, BuildError> {
    let today = opts.today_or_now();
    let mut timings = Vec::new();
    let folder = match target {
        Target::Folder(_) if opts.write => {
            let t = Instant::now();
            let Some(folder) = open_folder(opts, today)? else {
                return Ok(BuildReport {
                    skipped: true,
                    timings: vec![("fingerprint", t.elapsed())],
                    ..Default::default()
                });
            };
            timings.push(("output", t.elapsed()));
            Some(folder)
        }
        _ => None,
    };
    let mut step = |name: &'static str, t: Instant| timings.push((name, t.elapsed()));
    let Prepared {
        inputs,
        theme,
        images,
        derived,
    } = prepare(opts, today, &mut step)?;

    let t = Instant::now();
    let mut renderer = render::Renderer::new(&inputs, &derived, &theme, &images);
    if let Err(es) = renderer.render_markdown() {
        return Err(BuildError::Content(es));
    }
    step("markdown", t);

    let t = Instant::now();
    let (stats, unchanged) = render_and_write(&renderer, target, folder)?;
    step(if opts.write { "render+write" } else { "render" }, t);
    rendered(&renderer);

    let report = BuildReport {
        pages: stats.pages,
        files: stats.files,
        indicators: inputs.indicators.len(),
        agencies: inputs.agencies.len(),
        timings,
        unchanged,
        skipped: false,
        photos: images.counts,
    };
    if opts.exits_after {
        leave_to_exit(renderer);
        leave_to_exit((inputs, derived, theme, images));
    }
    Ok(report)
}

/// What a build holds in memory, not freed: the process is about to end
/// and the system takes it all back at once. Nothing here holds a file
/// open or a lock (the output folder's lock went with the folder).
#[expect(
    clippy::mem_forget,
    reason = "freeing millions of observations one by one just before exit is wasted time"
)]
fn leave_to_exit<T>(held: T) {
    std::mem::forget(held);
}

/// The output folder and the inputs' fingerprint. A build into a folder
/// starts with the folder: resolved, locked, cleaned of leftovers and
/// checked, before anything is read. `None` when the inputs are unchanged
/// since the build that wrote it: the build stops there.
fn open_folder(
    opts: &BuildOptions,
    today: Day,
) -> Result<Option<(output::OutputDir, String)>, BuildError> {
    let out = output::OutputDir::open(&opts.output_dir(), &opts.site)
        .map_err(|e| BuildError::Output(e.0))?;
    let fingerprint = load::fingerprint::fingerprint(&opts.site, &options_key(opts, today));
    if out.unchanged_since(&fingerprint) {
        return Ok(None);
    }
    Ok(Some((out, fingerprint)))
}

/// Renders every output into `target`: the sink, the `folder` opened
/// (see [`write_folder`]), or nowhere (`check`). Returns the counts, and
/// how many files were as in the previous output.
fn render_and_write(
    renderer: &render::Renderer,
    target: Target,
    folder: Option<(output::OutputDir, String)>,
) -> Result<(render::Stats, usize), BuildError> {
    match (target, folder) {
        (Target::Sink(sink), _) => Ok((renderer.render_all(sink).map_err(BuildError::Content)?, 0)),
        (Target::Folder(observe), Some((out, fingerprint))) => {
            write_folder(renderer, observe, &out, &fingerprint)
        }
        (Target::Folder(_), None) => Ok((
            renderer
                .render_all(&|_, _| Ok(()))
                .map_err(BuildError::Content)?,
            0,
        )),
    }
}

/// Writes every output into a staging folder of `out`, calling `observe`
/// with each path written, and swaps it in once all went well. Returns the
/// counts, and how many files were as in the previous output.
fn write_folder(
    renderer: &render::Renderer,
    observe: &(dyn Fn(&str) + Sync),
    out: &output::OutputDir,
    fingerprint: &str,
) -> Result<(render::Stats, usize), BuildError> {
    let staging = out.stage(fingerprint).map_err(io_error)?;
    // The first write that failed: the disk, not the site, is at fault.
    let failed: std::sync::Mutex<Option<std::io::Error>> = Default::default();
    let rendered = renderer.render_all(&|rel, body| {
        let written = match body {
            render::Body::Bytes(b) => staging.write(rel, b),
            render::Body::File(f) => staging.copy(rel, f),
        };
        match written {
            Ok(()) => {
                observe(rel);
                Ok(())
            }
            Err(e) => {
                let mut first = failed.lock().unwrap_or_else(|p| p.into_inner());
                let copy = std::io::Error::new(e.kind(), e.to_string());
                first.get_or_insert(e);
                Err(copy)
            }
        }
    });
    if let Some(e) = failed.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(io_error(e));
    }
    let stats = rendered.map_err(BuildError::Content)?;
    let unchanged = staging.unchanged();
    staging.commit().map_err(io_error)?;
    Ok((stats, unchanged))
}

/// An I/O error of the output: interrupted, or the disk refused.
fn io_error(e: std::io::Error) -> BuildError {
    if e.kind() == std::io::ErrorKind::Interrupted && output::interrupted() {
        BuildError::Interrupted
    } else {
        BuildError::Io(e)
    }
}
