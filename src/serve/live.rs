//! What `serve` serves now, and what a request or an open page waits for.
//!
//! An edit is a round:
//! 1. [`Live::begin`] when the watcher first hears of it: until its plan is
//!    known, any output may change, so requests wait (but for outputs the
//!    round has already published);
//! 2. the outputs in view are published ([`Live::publish`] with `first`):
//!    the site's tag changes, and the pages showing them are told to reload;
//! 3. [`Live::planned`]: the outputs still to make are pending, the others
//!    are served and their pages told to reload;
//! 4. each pending output is published as it is made; a request for one
//!    asks for it ([`Live::want`]) and waits until it is published;
//! 5. [`Live::finish`], or a newer edit begins the next round, which makes
//!    what this one left.
//!
//! So a request never gets an output older than one it could have got
//! before, nor one the edit it was made after changes (once the watcher
//! heard of the edit).

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use crate::diagnostics::Diagnostic;
use crate::incremental::Files;

#[derive(Debug, Default)]
pub struct Live {
    /// The output files, by path (`a/index.html`).
    pub files: Files,
    /// The errors of the last build, when it failed.
    pub errors: Vec<Diagnostic>,
    /// Changes with each round that changes anything; names the version
    /// of the site a page shows (see `tag`).
    pub generation: u64,
    /// A round began and its plan is not known yet.
    planning: bool,
    /// The generation changed in this round.
    bumped: bool,
    /// Outputs published in this round before its plan was known.
    fresh: HashSet<String>,
    /// Outputs whose inputs changed, not made yet.
    pending: HashSet<String>,
    /// Pending outputs asked for, first asked first.
    wanted: VecDeque<String>,
    /// Requests waiting, by output.
    waiting: HashMap<String, usize>,
    /// Open pages (their live-reload connections), by output.
    viewers: HashMap<String, usize>,
}

/// What a request for an output may do now.
#[derive(Debug, PartialEq, Eq)]
pub enum Now {
    Serve,
    /// Wait: the output may change (or is being made).
    Wait,
}

impl Live {
    /// A round begins: nothing is served until its plan is known.
    pub fn begin(&mut self) {
        self.planning = true;
        self.bumped = false;
        self.fresh.clear();
    }

    fn bump(&mut self) {
        if !self.bumped {
            self.generation += 1;
            self.bumped = true;
        }
    }

    /// An output made in this round; `first` while the round's plan is not
    /// known (the outputs in view). Returns whether anyone waits for it.
    pub fn publish(&mut self, file: &str, bytes: Arc<[u8]>, first: bool) -> bool {
        self.files.insert(file.to_string(), bytes);
        self.pending.remove(file);
        if first {
            self.fresh.insert(file.to_string());
            self.bump();
        }
        self.waiting.contains_key(file) || self.viewers.contains_key(file)
    }

    /// The round's plan: `pending` are to be made, `gone` are no more.
    pub fn planned(&mut self, pending: &[String], gone: &[String]) {
        for f in gone {
            self.files.remove(f);
        }
        self.pending = pending.iter().cloned().collect();
        self.planning = false;
        self.bump();
    }

    /// The round is a full build: serve what there is until it is done.
    pub fn full_build(&mut self) {
        self.planning = false;
    }

    /// The round ended (with `errors`, or without); `files`, after a full
    /// build. `next` when a newer edit already began the next round.
    pub fn finish(&mut self, files: Option<Files>, errors: Vec<Diagnostic>, next: bool) {
        if let Some(files) = files {
            self.files = files;
            self.pending.clear();
        }
        if !errors.is_empty() {
            self.pending.clear();
        }
        self.errors = errors;
        if !next {
            self.planning = false;
            self.bump();
        }
    }

    /// Whether `file` may be served now.
    pub fn now(&self, file: &str) -> Now {
        if self.planning && !self.fresh.contains(file) || self.pending.contains(file) {
            Now::Wait
        } else {
            Now::Serve
        }
    }

    /// A request waits for `file`: made next if it is pending.
    pub fn want(&mut self, file: &str) {
        if self.pending.contains(file) && !self.wanted.iter().any(|w| w == file) {
            self.wanted.push_back(file.to_string());
        }
        *self.waiting.entry(file.to_string()).or_default() += 1;
    }

    /// A request stopped waiting for `file`.
    pub fn unwant(&mut self, file: &str) {
        if let Some(n) = self.waiting.get_mut(file) {
            *n -= 1;
            if *n == 0 {
                self.waiting.remove(file);
            }
        }
    }

    /// The next output asked for that is still pending.
    pub fn next_wanted(&mut self) -> Option<String> {
        while let Some(f) = self.wanted.pop_front() {
            if self.pending.contains(&f) {
                return Some(f);
            }
        }
        None
    }

    /// Whether a page showing `file` (none: a page serve does not know)
    /// can be told of the current generation: its output is made.
    pub fn ready(&self, file: Option<&str>) -> bool {
        match file {
            Some(f) if self.fresh.contains(f) => true,
            Some(f) => !self.planning && !self.pending.contains(f),
            None => !self.planning,
        }
    }

    /// The outputs open in a browser.
    pub fn in_view(&self) -> Vec<String> {
        let mut v: Vec<String> = self.viewers.keys().cloned().collect();
        v.sort();
        v
    }

    pub fn view(&mut self, file: &str) {
        *self.viewers.entry(file.to_string()).or_default() += 1;
    }

    pub fn unview(&mut self, file: &str) {
        if let Some(n) = self.viewers.get_mut(file) {
            *n -= 1;
            if *n == 0 {
                self.viewers.remove(file);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(s: &str) -> Arc<[u8]> {
        Arc::from(s.as_bytes())
    }

    #[test]
    fn a_round_holds_back_what_may_change_until_it_is_made() {
        let mut l = Live::default();
        for f in ["a", "b", "c"] {
            l.files.insert(f.into(), bytes("old"));
        }
        l.finish(None, Vec::new(), false);
        let g = l.generation;
        assert_eq!(l.now("a"), Now::Serve);
        assert!(l.ready(Some("a")));

        l.view("a");
        l.begin();
        assert_eq!(l.now("b"), Now::Wait, "the plan is not known");
        assert!(!l.ready(Some("a")) && !l.ready(None));
        assert_eq!(l.in_view(), ["a"]);
        assert!(l.publish("a", bytes("new"), true), "a page shows a");
        assert_eq!(l.generation, g + 1);
        assert_eq!(l.now("a"), Now::Serve);
        assert!(l.ready(Some("a")) && !l.ready(Some("c")));

        l.planned(&["b".into()], &["c".into()]);
        assert_eq!(l.generation, g + 1, "one new generation a round");
        assert_eq!(l.now("b"), Now::Wait);
        assert!(l.ready(None) && !l.ready(Some("b")));
        assert!(!l.files.contains_key("c"));
        l.want("b");
        l.want("b");
        assert_eq!(l.next_wanted().as_deref(), Some("b"));
        assert_eq!(l.next_wanted(), None);
        assert!(l.publish("b", bytes("new"), false), "a request waits");
        l.unwant("b");
        assert_eq!(l.now("b"), Now::Serve);
        assert_eq!(&*l.files["b"], b"new");
        l.unwant("b");
        assert!(!l.publish("b", bytes("new"), false), "nobody waits");

        // A newer edit stops a round: what it left stays pending.
        l.begin();
        l.planned(&["b".into()], &[]);
        l.begin();
        l.finish(None, Vec::new(), true);
        assert_eq!(l.now("a"), Now::Wait, "the next round began");
        l.planned(&["b".into()], &[]);
        assert_eq!(l.now("a"), Now::Serve);
        assert_eq!(l.now("b"), Now::Wait);
        // A full build replaces everything.
        l.begin();
        l.full_build();
        assert_eq!(l.now("a"), Now::Serve);
        l.finish(Some(Files::new()), Vec::new(), false);
        assert_eq!(l.now("b"), Now::Serve);
    }
}
