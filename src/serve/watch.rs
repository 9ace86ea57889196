//! Watching: changes to `content/` and `themes/` → rounds of rebuilding.
//!
//! Steps:
//! 1. `notify` reports changed paths under `content/` or `themes/` (the
//!    site folder is watched too, for either of them appearing);
//! 2. the first path heard begins a round ([`Live::begin`](super::live::Live::begin)): what the edit
//!    may change waits for its plan;
//! 3. after 20 ms of quiet (never more than half a second in all), the
//!    session brings the site up to date ([`rebuild`]): the pages open in a
//!    browser first, then the rest, a page asked for before it is made
//!    being made next, each output published into [`Live`](super::live::Live) as it is made;
//! 4. a newer edit heard meanwhile stops the round, and the next one makes
//!    what it left.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::shared::{ServeError, Shared};
use crate::diagnostics::Diagnostic;
use crate::incremental::publish::Publish;
use crate::incremental::{Session, Update};

/// How long the watched folders must be quiet before a rebuild (an
/// editor's save is a burst of events within a few milliseconds).
pub const DEBOUNCE: Duration = Duration::from_millis(20);

/// The longest a burst of events is gathered before its round begins.
const GATHER_AT_MOST: Duration = Duration::from_millis(500);

/// Changed paths, as the watcher sends them.
type Heard = Receiver<Vec<PathBuf>>;

/// One round of [`Session::update_with`] under serve: publishes each output
/// into [`Live`](super::live::Live) as it is made, the pages in view first, and stops when the
/// watcher hears of a newer edit.
struct Round<'a> {
    shared: &'a Shared,
    /// The watcher's events; `None` for the first build.
    rx: Option<&'a Mutex<Heard>>,
    /// Changed paths heard of during the round: the next round's.
    next: Mutex<Vec<PathBuf>>,
    stopped: AtomicBool,
    /// The plan is known: what is published now is not in view.
    planned: AtomicBool,
    started: Instant,
    /// When the last output in view was published.
    in_view: Mutex<Option<Duration>>,
}

impl Publish for Round<'_> {
    fn in_view(&self) -> Vec<String> {
        self.shared.live().in_view()
    }
    fn publish(&self, file: &str, bytes: &Arc<[u8]>) {
        let first = !self.planned.load(Ordering::SeqCst);
        let notify = self.shared.live().publish(file, bytes.clone(), first);
        if first {
            *self.in_view.lock().unwrap_or_else(|e| e.into_inner()) = Some(self.started.elapsed());
        }
        if notify {
            self.shared.changed.notify_all();
        }
    }
    fn planned(&self, pending: &[String], gone: &[String]) {
        self.planned.store(true, Ordering::SeqCst);
        self.shared.live().planned(pending, gone);
        self.shared.changed.notify_all();
    }
    fn full(&self) {
        self.shared.live().full_build();
        self.shared.changed.notify_all();
    }
    fn wanted(&self) -> Option<String> {
        self.shared.live().next_wanted()
    }
    fn stop(&self) -> bool {
        if self.stopped.load(Ordering::SeqCst) {
            return true;
        }
        let Some(rx) = self.rx else { return false };
        let heard = match rx.lock().unwrap_or_else(|e| e.into_inner()).try_recv() {
            Ok(paths) => paths,
            // No more events (the watcher is gone): nothing newer to make.
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => return false,
        };
        self.next
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(heard);
        self.stopped.store(true, Ordering::SeqCst);
        // The next round begins: what it may change waits for its plan.
        self.shared.live().begin();
        true
    }
}

/// Brings the site up to date (a full build when `changed` is empty, else
/// only what the changed files show) and publishes it; prints a line (or
/// the errors). Returns the changed paths heard of meanwhile, which stopped
/// the round: the next round's.
pub(super) fn rebuild(
    shared: &Shared,
    session: &mut Session,
    changed: &[PathBuf],
    quiet: bool,
    rx: Option<&Mutex<Heard>>,
) -> Vec<PathBuf> {
    let round = Round {
        shared,
        rx,
        next: Mutex::default(),
        stopped: AtomicBool::new(false),
        planned: AtomicBool::new(false),
        started: Instant::now(),
        in_view: Mutex::default(),
    };
    let result = if changed.is_empty() {
        session.full()
    } else {
        session.update_with(changed, &round)
    };
    let next = round.stopped.load(Ordering::SeqCst);
    let (files, errors) = match result {
        Ok(update) => {
            if !quiet {
                eprintln!("{}", done(&round, &update, session.files.len()));
            }
            (update.full.then(|| session.files.clone()), Vec::new())
        }
        Err(errors) => {
            print_errors(&errors);
            (None, errors)
        }
    };
    shared.live().finish(files, errors, next);
    shared.changed.notify_all();
    round.next.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// The line a round that built prints: what it made, in how long.
fn done(round: &Round, update: &Update, total: usize) -> String {
    let ms = round.started.elapsed().as_millis();
    if update.full {
        return format!("Built {total} files in {ms} ms");
    }
    let mut line = format!("Rendered {} of {total} files in {ms} ms", update.rendered);
    if let Some(t) = *round.in_view.lock().unwrap_or_else(|e| e.into_inner()) {
        line.push_str(&format!(
            "; the {} in view in {} ms",
            plural(update.in_view, "page", "pages"),
            t.as_millis()
        ));
    }
    if update.left > 0 {
        line.push_str(&format!(
            "; {} left for the next edit",
            plural(update.left, "file", "files")
        ));
    }
    line
}

fn print_errors(errors: &[Diagnostic]) {
    for e in errors {
        eprintln!("{e}\n");
    }
    eprintln!(
        "{} found; the browser shows them until they are fixed.",
        plural(errors.len(), "error", "errors")
    );
}

/// "1 page", "3 pages".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Watches `content/` and `themes/` (and the site folder, for either of
/// them appearing) and rebuilds after 20 ms of quiet, on a thread of its
/// own.
pub(super) fn watch(
    root: &Path,
    shared: Arc<Shared>,
    session: Session,
    quiet: bool,
) -> Result<(), ServeError> {
    let content = root.join("content");
    let themes = root.join("themes");
    let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
    let (c2, t2) = (content.clone(), themes.clone());
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(ev) = res else { return };
        if matches!(ev.kind, EventKind::Access(_)) {
            return;
        }
        let paths: Vec<PathBuf> = ev
            .paths
            .into_iter()
            .filter(|p| p.starts_with(&c2) || p.starts_with(&t2))
            .collect();
        if !paths.is_empty() {
            let _ = tx.send(paths);
        }
    })
    .map_err(|e| ServeError::Other(format!("cannot watch {}: {e}", root.display())))?;
    let _ = watcher.watch(root, RecursiveMode::NonRecursive);
    let mut folders = Folders {
        wanted: [content, themes],
        watched: Vec::new(),
    };
    folders.watch(&mut watcher);
    std::thread::Builder::new()
        .name("baocao-watch".into())
        .spawn(move || rounds(watcher, folders, rx, &shared, session, quiet))
        .map_err(|e| ServeError::Other(format!("cannot start watching: {e}")))?;
    Ok(())
}

/// `content/` and `themes/`, watched (recursively) once they exist.
struct Folders {
    wanted: [PathBuf; 2],
    watched: Vec<PathBuf>,
}

impl Folders {
    fn watch(&mut self, w: &mut RecommendedWatcher) {
        self.watched.retain(|p| p.is_dir());
        for dir in &self.wanted {
            if dir.is_dir()
                && !self.watched.contains(dir)
                && w.watch(dir, RecursiveMode::Recursive).is_ok()
            {
                self.watched.push(dir.clone());
            }
        }
    }
}

/// The watching thread: one round after another, as long as the watcher
/// (which it owns, and which watches as long as it lives) sends events.
fn rounds(
    mut watcher: RecommendedWatcher,
    mut folders: Folders,
    rx: Heard,
    shared: &Shared,
    mut session: Session,
    quiet: bool,
) {
    let rx = Mutex::new(rx);
    let mut heard = Vec::new();
    loop {
        let mut changed = if heard.is_empty() {
            let Ok(changed) = rx.lock().unwrap_or_else(|e| e.into_inner()).recv() else {
                return;
            };
            // What the edit changes waits for its plan.
            shared.live().begin();
            changed
        } else {
            std::mem::take(&mut heard)
        };
        let rx_now = rx.lock().unwrap_or_else(|e| e.into_inner());
        if !gather(&rx_now, &mut changed) {
            return;
        }
        drop(rx_now);
        changed.sort();
        changed.dedup();
        folders.watch(&mut watcher);
        heard = rebuild(shared, &mut session, &changed, quiet, Some(&rx));
    }
}

/// Adds to `changed` what the watcher sends until it has been quiet for
/// [`DEBOUNCE`] (an editor's save is several events), but for no more than
/// [`GATHER_AT_MOST`] in all. False when the watcher is gone.
fn gather(rx: &Heard, changed: &mut Vec<PathBuf>) -> bool {
    let first = Instant::now();
    loop {
        match rx.recv_timeout(DEBOUNCE) {
            Ok(more) => {
                changed.extend(more);
                if first.elapsed() >= GATHER_AT_MOST {
                    return true;
                }
            }
            Err(RecvTimeoutError::Timeout) => return true,
            Err(RecvTimeoutError::Disconnected) => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_events_is_one_round() {
        let (tx, rx) = mpsc::channel();
        tx.send(vec![PathBuf::from("b")]).unwrap();
        tx.send(vec![PathBuf::from("c")]).unwrap();
        let mut changed = vec![PathBuf::from("a")];
        assert!(gather(&rx, &mut changed));
        assert_eq!(changed, ["a", "b", "c"].map(PathBuf::from));
        drop(tx);
        assert!(!gather(&rx, &mut changed), "the watcher is gone");
    }
}
