//! A fixed number of threads running the same loop, each replaced when it
//! stops: a panic that escaped the loop (a bug) costs one thread's stack,
//! never the server its workers.
//!
//! Steps:
//! 1. [`Workers::start`] spawns the threads, each holding a note of its
//!    number that is sent back when the thread ends, however it ends (the
//!    note is dropped while a panic unwinds too);
//! 2. [`Workers::supervise`] waits for such notes and starts a new thread
//!    in each place, for as long as the process runs.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

type Work = Arc<dyn Fn() + Send + Sync>;

pub(super) struct Workers {
    name: &'static str,
    work: Work,
    ended: Receiver<usize>,
    /// Given to each thread's [`Ended`] note.
    tell: Sender<usize>,
}

/// Sends its thread's number when dropped: when the thread ends.
struct Ended {
    id: usize,
    tell: Sender<usize>,
}

impl Drop for Ended {
    fn drop(&mut self) {
        let _ = self.tell.send(self.id);
    }
}

impl Workers {
    /// Starts `n` threads named `name-0`, `name-1`… each running `work`.
    pub(super) fn start(
        n: usize,
        name: &'static str,
        work: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        let (tell, ended) = channel();
        let workers = Workers {
            name,
            work: Arc::new(work),
            ended,
            tell,
        };
        for id in 0..n {
            workers.spawn(id);
        }
        workers
    }

    /// Starts thread `id`, trying again each second while the system has
    /// no thread to give.
    fn spawn(&self, id: usize) {
        loop {
            let work = self.work.clone();
            let note = Ended {
                id,
                tell: self.tell.clone(),
            };
            let started = std::thread::Builder::new()
                .name(format!("{}-{id}", self.name))
                .spawn(move || {
                    let _note = note;
                    work();
                });
            match started {
                Ok(_) => return,
                Err(e) => {
                    eprintln!("serve: cannot start {}-{id} ({e}); trying again", self.name);
                    std::thread::sleep(Duration::from_secs(1));
                }
            }
        }
    }

    /// Waits until a thread ends and starts another in its place; returns
    /// its number.
    fn replace_next(&self) -> usize {
        // `self.tell` is never dropped before `self`: a note always comes.
        let id = self.ended.recv().expect("a sender is held");
        self.spawn(id);
        id
    }

    /// Replaces each thread that ends, for ever.
    pub(super) fn supervise(self) {
        loop {
            let id = self.replace_next();
            eprintln!("serve: {}-{id} stopped; another took its place", self.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Two workers, each failing at once, the first six times: each one
    /// that fails is replaced, and the work runs eight times in all.
    #[test]
    fn a_worker_that_fails_is_replaced() {
        let (ran, runs) = channel();
        let count = AtomicUsize::new(0);
        let workers = Workers::start(2, "test-worker", move || {
            let _ = ran.send(());
            if count.fetch_add(1, Ordering::SeqCst) < 6 {
                panic!("a worker fails, as the test asks");
            }
            // Then it serves for ever.
            loop {
                std::thread::park();
            }
        });
        std::thread::spawn(move || workers.supervise());
        for n in 0..8 {
            // Not a timing test: a bound so that a failure does not hang.
            runs.recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("the work ran {n} times, not 8"));
        }
    }
}
