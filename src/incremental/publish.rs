//! The order in which an update makes its outputs, and where they go as
//! they are made. `serve` has the pages open in a browser made first, then
//! the rest on every thread, a page asked for before the others, and stops
//! when a newer edit comes (see [`Publish`]); `baocao build` and the tests
//! take everything at once ([`AllAtOnce`]).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::render::{Job, Renderer};

/// Told of an update's outputs as they are made, and asked for their order.
/// Every method has a default that suits an update made all at once.
pub trait Publish: Sync {
    /// Output files shown in a browser now (`news/a/index.html`): made
    /// first, before it is known what else changes.
    fn in_view(&self) -> Vec<String> {
        Vec::new()
    }
    /// An output made again, byte for byte as a full build makes it.
    fn publish(&self, _file: &str, _bytes: &Arc<[u8]>) {}
    /// Called once the outputs that change are known: `pending` are still
    /// to be made (the ones published so far are not in it) and `gone` are
    /// no more. Every other output is as it was.
    fn planned(&self, _pending: &[String], _gone: &[String]) {}
    /// The update turned out to need a full build, which publishes nothing
    /// until it is done.
    fn full(&self) {}
    /// A pending output asked for now: made next.
    fn wanted(&self) -> Option<String> {
        None
    }
    /// Whether to leave the outputs not made yet for the next update (a
    /// newer edit came). Once it said yes, it keeps saying yes.
    fn stop(&self) -> bool {
        false
    }
}

/// An update made all at once, published nowhere.
pub struct AllAtOnce;

impl Publish for AllAtOnce {}

/// The pages in view: published as they are made, never stopped or
/// reordered (there are a few).
pub struct First<'a>(pub &'a dyn Publish);

impl Publish for First<'_> {
    fn publish(&self, file: &str, bytes: &Arc<[u8]>) {
        self.0.publish(file, bytes);
    }
}

/// What [`make`] made.
#[derive(Default)]
pub struct Made {
    /// Output files and their bytes, in the order they were made.
    pub files: Vec<(String, Arc<[u8]>)>,
    /// The jobs not made (indices into the jobs given), in order.
    pub left: Vec<usize>,
    pub errors: Vec<Diagnostic>,
}

/// Which job comes next: one asked for, else the next in order.
struct Queue<'a> {
    next: usize,
    taken: Vec<bool>,
    /// Each job's output file (`a/index.html`).
    by_file: HashMap<&'a str, usize>,
}

impl Queue<'_> {
    fn take(&mut self, out: &dyn Publish) -> Option<usize> {
        while let Some(f) = out.wanted() {
            if let Some(&k) = self.by_file.get(f.as_str())
                && !self.taken[k]
            {
                self.taken[k] = true;
                return Some(k);
            }
        }
        while self.next < self.taken.len() {
            let k = self.next;
            self.next += 1;
            if !self.taken[k] {
                self.taken[k] = true;
                return Some(k);
            }
        }
        None
    }
}

/// Makes `jobs` (out of `all`, the site's whole list; `files[k]` is the
/// output file of `jobs[k]`) on every thread, publishing each output as it
/// is made. The first error stops it.
pub fn make(r: &Renderer, all: &[Job], jobs: &[Job], files: &[String], out: &dyn Publish) -> Made {
    let queue = Mutex::new(Queue {
        next: 0,
        taken: vec![false; jobs.len()],
        by_file: files
            .iter()
            .enumerate()
            .map(|(k, f)| (f.as_str(), k))
            .collect(),
    });
    let stopped = AtomicBool::new(false);
    let made = Mutex::new(Made::default());
    let worker = || {
        loop {
            if stopped.load(Ordering::SeqCst) || out.stop() {
                stopped.store(true, Ordering::SeqCst);
                return;
            }
            let Some(k) = queue.lock().expect("queue").take(out) else {
                return;
            };
            let output = Mutex::new(Vec::new());
            let sink = |rel: &str, body: crate::render::Body| {
                let bytes: Arc<[u8]> = Arc::from(&*body.into_bytes()?);
                output
                    .lock()
                    .expect("output")
                    .push((rel.to_string(), bytes));
                Ok(())
            };
            let errors = r.render_jobs(&[jobs[k]], all, &sink);
            let output = output.into_inner().expect("output");
            for (rel, bytes) in &output {
                out.publish(rel, bytes);
            }
            let mut made = made.lock().expect("made");
            made.files.extend(output);
            if !errors.is_empty() {
                made.errors.extend(errors);
                stopped.store(true, Ordering::SeqCst);
                return;
            }
        }
    };
    (0..rayon::current_num_threads().max(1))
        .into_par_iter()
        .for_each(|_| worker());
    let mut made = made.into_inner().expect("made");
    let queue = queue.into_inner().expect("queue");
    made.left = (0..jobs.len()).filter(|&k| !queue.taken[k]).collect();
    made
}
