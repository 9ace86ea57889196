//! Incremental rebuilds for `serve`: after a full build in memory, a change
//! to some Markdown or data files renders only the outputs that show them.
//!
//! Steps of an update:
//! 1. classify the changed paths: a Markdown page, an indicator or an agency
//!    file that already existed is reloaded alone, and so are the pages
//!    that show a changed (or removed) photo; anything else (site.yaml,
//!    the theme, static files, a file added or removed) means a full build;
//!    the photos of reloaded pages are prepared again (from the cache when
//!    their bytes are known);
//! 2. validate and derive the whole site again (cheap: no file is read);
//! 3. find what changed, by comparing a hash of what each indicator,
//!    agency and page shows (records and derived facts), and of the order of
//!    the lists; an agency's change also changes the indicators that name it;
//! 4. render again the Markdown of the changed pages and of the pages whose
//!    chart or table blocks show a changed indicator;
//! 5. render again every output that read anything that changed when it
//!    was last rendered (the renderer records what each output's view
//!    reads, see [`crate::render::reads`]; checked in [`deps`]), plus
//!    outputs that are new, and drop the outputs that are gone (a page's
//!    photo files count as outputs of their own).
//!
//! An output's reads are those of its last render: if nothing it read
//! changed, its view reads the same records again and makes the same
//! bytes (the views note what decides which records they read, such as
//! the lists' order, as reads too).
//!
//! The result is byte-identical to a full build (tested).
//!
//! Under `serve` ([`Session::update_with`]), the outputs open in a browser
//! are made right after step 2, with the Markdown of the edited pages and
//! of the pages they show, and charts drawn anew; step 5 then publishes
//! each output as it is made
//! (see [`publish`]), and may stop when a newer edit comes: what it left is
//! made by the next update.

mod deps;
mod hashes;
mod outputs;
mod plan;
pub mod publish;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::derive::Derived;
use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pos};
use crate::images::Images;
use crate::load::Inputs;
use crate::model::{Day, IndicatorIx, PageIx, TiVec};
use crate::render::markdown::RenderedMarkdown;
use crate::render::reads::Reads;
use crate::render::{Renderer, charts::Cache};
use crate::theme::Theme;
use crate::{BuildError, BuildOptions, Prepared};
use deps::touches;
pub use hashes::Changed;
use hashes::{Hashes, indicator_agencies};
use outputs::{Outputs, make_in_view, read_late, take_reads};
use plan::{Edit, plan};
use publish::{AllAtOnce, Publish};

/// The files of a site by output path.
/// Bytes are shared, so handing the map to the server is cheap.
pub type Files = BTreeMap<String, Arc<[u8]>>;

/// What the last successful build left, to start the next one from.
struct State {
    inputs: Inputs,
    theme: Theme,
    images: Images,
    /// Taken out while an update runs.
    derived: Option<Derived>,
    markdown: TiVec<PageIx, Option<RenderedMarkdown>>,
    block_uses: TiVec<PageIx, Vec<IndicatorIx>>,
    charts: Cache,
    hashes: Hashes,
    /// Output URL of every job of the last build.
    urls: BTreeSet<String>,
    /// What each output read when it was last rendered, by URL.
    reads: HashMap<String, Reads>,
    /// What every template sees as `site` (its menu names the sections by
    /// their `_index.md` titles), as JSON.
    site: String,
}

/// Output files made, with their bytes, in the order they were made.
type Written = Vec<(String, Arc<[u8]>)>;

/// What a renderer leaves to reuse: Markdown, block uses, drawn charts.
type Rendered = (
    TiVec<PageIx, Option<RenderedMarkdown>>,
    TiVec<PageIx, Vec<IndicatorIx>>,
    Cache,
);

impl State {
    fn keep(
        inputs: Inputs,
        theme: Theme,
        images: Images,
        derived: Derived,
        rendered: Rendered,
        hashes: Hashes,
        (urls, reads, site): (BTreeSet<String>, HashMap<String, Reads>, String),
    ) -> State {
        let (markdown, block_uses, charts) = rendered;
        State {
            reads,
            site,
            inputs,
            theme,
            images,
            derived: Some(derived),
            markdown,
            block_uses,
            charts,
            hashes,
            urls,
        }
    }

    /// The `site` every template sees, made again after `derived`:
    /// whether it changed (then every output shows something new).
    fn site_again(&mut self, derived: &Derived) -> bool {
        let view = Renderer::new(&self.inputs, derived, &self.theme, &self.images).site_view();
        let json = serde_json::to_string(&view).expect("plain data");
        if json == self.site {
            return false;
        }
        self.theme.tera.global_context().insert("site", &view);
        self.site = json;
        true
    }
}

/// A site kept in memory between builds.
pub struct Session {
    opts: BuildOptions,
    today: Day,
    state: Option<State>,
    pub files: Files,
    /// Outputs whose inputs changed but that an update left unmade (a
    /// newer edit came): made by the next update.
    dirty: BTreeSet<String>,
}

/// What an update did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Update {
    /// A full build was needed.
    pub full: bool,
    /// Outputs rendered again (or removed).
    pub rendered: usize,
    /// Of those, the outputs in view, made first.
    pub in_view: usize,
    /// Outputs left for the next update (a newer edit came).
    pub left: usize,
}

impl Session {
    pub fn new(opts: BuildOptions) -> Session {
        let today = opts.today_or_now();
        Session {
            opts,
            today,
            state: None,
            files: Files::new(),
            dirty: BTreeSet::new(),
        }
    }

    /// Builds everything; on errors the previous files stay.
    pub fn full(&mut self) -> Result<Update, Vec<Diagnostic>> {
        let Prepared {
            inputs,
            theme,
            images,
            derived,
        } = crate::prepare(&self.opts, self.today, &mut |_, _| {}).map_err(errors)?;
        let files = Mutex::new(Files::new());
        let sink = |rel: &str, body: crate::render::Body| {
            let bytes = body.into_bytes()?;
            files
                .lock()
                .expect("files")
                .insert(rel.to_string(), Arc::from(&*bytes));
            Ok(())
        };
        let mut r = Renderer::new(&inputs, &derived, &theme, &images);
        r.recording = true;
        r.render_markdown()?;
        let stats = r.render_all(&sink)?;
        let jobs = r.jobs();
        let urls = jobs.iter().map(|j| r.url(*j)).collect();
        let hashes = Hashes::of(&r);
        let reads = take_reads(&r).collect();
        let site = serde_json::to_string(&r.site_view()).expect("plain data");
        let rendered = (r.markdown, r.block_uses, r.chart_cache);
        self.files = files.into_inner().expect("files");
        self.dirty.clear();
        self.state = Some(State::keep(
            inputs,
            theme,
            images,
            derived,
            rendered,
            hashes,
            (urls, reads, site),
        ));
        Ok(Update {
            full: true,
            rendered: stats.files,
            ..Default::default()
        })
    }

    /// Brings the site up to date after `changed` (absolute paths) changed.
    pub fn update(&mut self, changed: &[PathBuf]) -> Result<Update, Vec<Diagnostic>> {
        self.update_with(changed, &AllAtOnce)
    }

    /// [`Session::update`], telling `out` of each output as it is made, in
    /// the order it asks for.
    pub fn update_with(
        &mut self,
        changed: &[PathBuf],
        out: &dyn Publish,
    ) -> Result<Update, Vec<Diagnostic>> {
        let Some(state) = self.state.take() else {
            out.full();
            return self.full();
        };
        // The watcher reports absolute paths, whatever `--site` was
        // (`baocao serve` in the site folder: `.`, where every edit was a
        // full build).
        let root = crate::output::absolute(&self.opts.site);
        match plan(&root, &state.inputs, &state.images, changed) {
            Some(edits) => {
                let result = self.apply(state, &root, &edits, out);
                if result.is_err() {
                    // The failed state is gone; the next change builds anew.
                    self.state = None;
                }
                result
            }
            None => {
                out.full();
                self.full()
            }
        }
    }

    fn apply(
        &mut self,
        mut st: State,
        root: &Path,
        edits: &[Edit],
        out: &dyn Publish,
    ) -> Result<Update, Vec<Diagnostic>> {
        let kinds = Kinds::of(edits);
        // 1. Reload the changed files alone, and the photos of the pages.
        let (mut soft, bodies_only) = reload(&mut st.inputs, root, edits)?;
        if let Some(b) = &self.opts.base_url {
            st.inputs.config.base_url = b.clone();
        }
        soft.extend(self.photos_again(&mut st, &kinds.pages));
        // 2. Validate and derive, then make the outputs in view.
        let previous = st.derived.take();
        let derived = self.derive_again(&st.inputs, previous, &kinds, bodies_only, soft)?;
        let site_changed = st.site_again(&derived);
        let mut r = Renderer::new(&st.inputs, &derived, &st.theme, &st.images);
        r.recording = true;
        r.markdown = std::mem::take(&mut st.markdown);
        r.block_uses = std::mem::take(&mut st.block_uses);
        r.chart_cache = std::mem::take(&mut st.charts);
        let kept_charts = std::mem::take(&mut r.chart_cache);
        let outputs = Outputs::of(&r);
        let first = outputs.in_view(out);
        let mut reads = std::mem::take(&mut st.reads);
        let (early, made_first) =
            make_in_view(&mut r, &outputs, &first, &kinds.pages, &reads, out)?;
        reads.extend(take_reads(&r));

        // 3. What changed (data hashes do not depend on Markdown).
        let (mut hashes, mut changed) =
            what_changed(&mut r, &st.hashes, &kinds, bodies_only, kept_charts);

        // 4. Markdown of changed pages and of pages showing changed data.
        let pages = markdown_again(&mut r, kinds.pages, &early, &changed)?;
        hashes.pages_again(&st.hashes, &r, &pages);
        changed.pages_from(&st.hashes, &hashes);

        // 5. Render what shows anything that changed (and what the last
        //    update left), but for the outputs in view, made above.
        let urls: BTreeSet<String> = outputs.urls.iter().cloned().collect();
        changed.jobs = urls != st.urls;
        changed.site = site_changed;
        let mut todo = self.to_make(&outputs, &first, &st.urls, &reads, &changed);
        todo.extend(read_late(&outputs, &first, &reads, &early, &changed));
        let mut written = made_first.files;
        written.extend(write_cms(&r, out)?);
        let gone: Vec<String> = st
            .urls
            .difference(&urls)
            .map(|u| crate::web::urls::file_for(u))
            .collect();
        let pending = outputs.files_of(&todo);
        out.planned(&pending, &gone);
        let made = publish::make(&r, &outputs.jobs, &outputs.jobs_of(&todo), &pending, out);
        if !made.errors.is_empty() {
            return Err(made.errors);
        }
        written.extend(made.files);
        reads.extend(take_reads(&r));
        for u in st.urls.difference(&urls) {
            reads.remove(u);
        }
        self.keep_files(&gone, written);
        self.dirty = made.left.iter().map(|&k| pending[k].clone()).collect();
        let update = Update {
            full: false,
            rendered: first.len() + todo.len() - made.left.len() + gone.len(),
            in_view: first.len(),
            left: made.left.len(),
        };
        let kept = (r.markdown, r.block_uses, r.chart_cache);
        self.state = Some(State::keep(
            st.inputs,
            st.theme,
            st.images,
            derived,
            kept,
            hashes,
            (urls, reads, st.site),
        ));
        Ok(update)
    }

    /// The photos of the reloaded pages `edited`, prepared again (a page
    /// that became a draft shows none): their errors, and their files'
    /// clashes with static files.
    fn photos_again(&self, st: &mut State, edited: &BTreeSet<PageIx>) -> Vec<Diagnostic> {
        let built: Vec<PageIx> = edited
            .iter()
            .copied()
            .filter(|&pi| self.opts.drafts || !st.inputs.pages[pi].meta.draft)
            .collect();
        let cache = crate::images::Cache::open(&self.opts.site);
        let (prepared, image_errors, _) = crate::images::prepare_pages(&st.inputs, &built, &cache);
        for &pi in edited {
            st.images.pages[pi] = Default::default();
        }
        for (pi, imgs) in prepared {
            st.images.pages[pi] = imgs;
        }
        let mut soft = image_errors.into_sorted();
        let mut clashes = Diagnostics::new();
        crate::images::static_clashes(&st.inputs, &st.images.pages, &mut clashes);
        soft.extend(clashes.into_sorted());
        soft
    }

    /// Validates and derives again: nothing for Markdown bodies; the data
    /// and not the pages after data edits (ids stay, so pages' references
    /// hold); everything after a front matter edit. `soft` are the
    /// errors found so far.
    fn derive_again(
        &self,
        inputs: &Inputs,
        previous: Option<Derived>,
        kinds: &Kinds,
        bodies_only: bool,
        soft: Vec<Diagnostic>,
    ) -> Result<Derived, Vec<Diagnostic>> {
        use crate::{derive, validate};
        Ok(match previous {
            Some(d) if bodies_only && soft.is_empty() => d,
            Some(_) if bodies_only => return Err(soft),
            // Indicator files alone (a CSV row): the others, the agencies
            // and the pages were valid and are derived as they were.
            Some(d) if kinds.all_indicators && !kinds.indicators.is_empty() => {
                valid(
                    validate::validate_indicators(inputs, &kinds.indicators),
                    soft,
                )?;
                derive::derive_after_indicator_edits(inputs, self.today, d, &kinds.indicators)
            }
            Some(d) if kinds.pages.is_empty() => {
                valid(validate::validate_data(inputs), soft)?;
                derive::derive_with(inputs, self.today, d.lists)
            }
            _ => {
                valid(validate::validate(inputs, self.opts.drafts), soft)?;
                derive::derive(inputs, self.today, self.opts.drafts)
            }
        })
    }

    /// The outputs to make (indices into `outputs`), but for those in
    /// view (`first`), made already: those the last update left, new
    /// ones, and those showing anything that changed.
    fn to_make(
        &self,
        outputs: &Outputs,
        first: &[usize],
        old_urls: &BTreeSet<String>,
        reads: &HashMap<String, Reads>,
        changed: &Changed,
    ) -> Vec<usize> {
        (0..outputs.jobs.len())
            .filter(|k| first.binary_search(k).is_err())
            .filter(|&k| {
                self.dirty.contains(&outputs.files[k])
                    || !old_urls.contains(&outputs.urls[k])
                    || changed.site
                    || reads
                        .get(&outputs.urls[k])
                        .is_none_or(|x| touches(x, changed))
            })
            .collect()
    }

    /// Takes in the files `written`, and drops the files `gone`.
    fn keep_files(&mut self, gone: &[String], written: Written) {
        for f in gone {
            self.files.remove(f);
        }
        for (rel, bytes) in written {
            self.files.insert(rel, bytes);
        }
    }
}

/// What kinds of file an update reloads.
struct Kinds {
    /// The pages reloaded.
    pages: BTreeSet<PageIx>,
    /// The indicators reloaded, in the order of the edits.
    indicators: Vec<IndicatorIx>,
    /// Every edit is of an indicator (true of no edits).
    all_indicators: bool,
}

impl Kinds {
    fn of(edits: &[Edit]) -> Kinds {
        Kinds {
            pages: edits
                .iter()
                .filter_map(|e| match e {
                    Edit::Page(pi, _) => Some(*pi),
                    _ => None,
                })
                .collect(),
            indicators: edits
                .iter()
                .filter_map(|e| match e {
                    Edit::Indicator(i, _) => Some(*i),
                    _ => None,
                })
                .collect(),
            all_indicators: edits.iter().all(|e| matches!(e, Edit::Indicator(..))),
        }
    }
}

/// Reloads the files of `edits` into `inputs`. Returns their errors, and
/// whether only pages' bodies changed: a page whose front matter did not
/// change changes nothing that validation or derivation look at, only its
/// own Markdown.
fn reload(
    inputs: &mut Inputs,
    root: &Path,
    edits: &[Edit],
) -> Result<(Vec<Diagnostic>, bool), Vec<Diagnostic>> {
    let root = &crate::load::Root::new(root);
    let mut soft = Vec::new();
    let mut bodies_only = !edits.is_empty();
    for e in edits {
        let loaded = match *e {
            Edit::Page(pi, ref rel) => crate::load::load_page(root, rel).map(|(p, s)| {
                bodies_only &= p.meta == inputs.pages[pi].meta;
                inputs.pages[pi] = p;
                s
            }),
            Edit::Indicator(i, ref rel) => {
                bodies_only = false;
                crate::load::load_indicator(root, rel).map(|(v, s)| {
                    inputs.indicators[i] = v;
                    s
                })
            }
            Edit::Agency(a, ref rel) => crate::load::load_agency(root, rel).map(|(v, s)| {
                bodies_only = false;
                inputs.agencies[a] = v;
                s
            }),
        };
        soft.extend(loaded?);
    }
    Ok((soft, bodies_only))
}

/// `Ok` when validation found nothing and there are no `soft` errors;
/// else every error, sorted.
fn valid(mut diags: Diagnostics, soft: Vec<Diagnostic>) -> Result<(), Vec<Diagnostic>> {
    soft.into_iter().for_each(|d| diags.push(d));
    if diags.is_empty() {
        Ok(())
    } else {
        Err(diags.into_sorted())
    }
}

/// The data's hashes and what changed in them. Only indicator files
/// edited: the other indicators' records and facts are as they were (each
/// indicator's facts come from its own values, the agencies and the
/// pages, none of which changed). An agency's name shows in the charts
/// and tables of the indicators it owns, reports or answers for: those
/// count as changed too. Their charts are forgotten; those drawn for the
/// outputs in view join the `kept` ones.
fn what_changed(
    r: &mut Renderer,
    old: &Hashes,
    kinds: &Kinds,
    bodies_only: bool,
    kept: Cache,
) -> (Hashes, Changed) {
    let hashes = if bodies_only {
        old.data_only()
    } else if kinds.all_indicators {
        Hashes::data_of_indicators(r, old, &kinds.indicators)
    } else {
        Hashes::data_of(r)
    };
    let mut changed = Changed::between(old, &hashes);
    let named: Vec<IndicatorIx> = (r.inputs.indicators.keys())
        .filter(|&i| {
            indicator_agencies(r, i)
                .iter()
                .any(|a| changed.agency_names.contains(a))
        })
        .collect();
    changed.indicators.extend(named);
    let drawn = std::mem::replace(&mut r.chart_cache, kept);
    r.chart_cache.forget(&changed.indicators);
    r.chart_cache.absorb(drawn);
    (hashes, changed)
}

/// Renders again the Markdown of the `edited` pages and of the pages whose
/// blocks show a changed indicator, but for the pages rendered already
/// (`early`). Returns every page rendered in this update.
fn markdown_again(
    r: &mut Renderer,
    edited: BTreeSet<PageIx>,
    early: &[PageIx],
    changed: &Changed,
) -> Result<BTreeSet<PageIx>, Vec<Diagnostic>> {
    let mut pages = edited;
    for (pi, uses) in r.block_uses.iter_enumerated() {
        if uses.iter().any(|i| changed.indicators.contains(i)) {
            pages.insert(pi);
        }
    }
    let rest: Vec<PageIx> = pages
        .difference(&early.iter().copied().collect())
        .copied()
        .collect();
    r.render_markdown_of(&rest)?;
    pages.extend(early);
    Ok(pages)
}

/// The editor's files (`/admin/`), published as they are made.
fn write_cms(r: &Renderer, out: &dyn Publish) -> Result<Written, Vec<Diagnostic>> {
    let cms = Mutex::new(Vec::new());
    let sink = |rel: &str, body: crate::render::Body| {
        let bytes: Arc<[u8]> = Arc::from(&*body.into_bytes()?);
        out.publish(rel, &bytes);
        cms.lock().expect("files").push((rel.to_string(), bytes));
        Ok(())
    };
    let errors = r.write_cms(&sink);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(cms.into_inner().expect("files"))
}

fn errors(e: BuildError) -> Vec<Diagnostic> {
    match e {
        BuildError::Content(es) => es,
        e @ (BuildError::Io(_) | BuildError::Output(_)) => {
            vec![Diagnostic::new("content", Pos::default(), e.to_string()).code(Code::BuildIo)]
        }
        BuildError::Interrupted => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
