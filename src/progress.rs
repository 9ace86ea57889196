//! What `build` and `check` print while they work.
//!
//! On a terminal (stderr is a TTY, `CI` is not set, no `--quiet`), a build
//! that lasts more than a moment shows a spinner with the step it is in and
//! the number of files written so far; it is cleared before the final line.
//! In CI, in a pipe or with `--quiet`, only plain lines are printed.
//! `--verbose` prints each file written.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How much to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Nothing but errors.
    Quiet,
    /// Plain lines (CI, pipes).
    Plain,
    /// A spinner on the terminal.
    Fancy,
}

impl Mode {
    pub fn detect(quiet: bool) -> Mode {
        if quiet {
            Mode::Quiet
        } else if std::env::var_os("CI").is_some() || !std::io::stderr().is_terminal() {
            Mode::Plain
        } else {
            Mode::Fancy
        }
    }
}

/// Shows a build's progress; its `file` method is called from the sink, on
/// many threads at once.
pub struct Progress {
    mode: Mode,
    verbose: bool,
    /// Prefix of the paths printed by `--verbose` (the output folder).
    prefix: String,
    files: AtomicUsize,
    bar: Option<Arc<ProgressBar>>,
}

/// Show the spinner only for builds longer than this.
const SHOW_AFTER: Duration = Duration::from_millis(150);

impl Progress {
    pub fn start(mode: Mode, verbose: bool, prefix: String, what: &str) -> Progress {
        let bar = (mode == Mode::Fancy).then(|| {
            let bar = Arc::new(ProgressBar::with_draw_target(
                None,
                ProgressDrawTarget::hidden(),
            ));
            bar.set_style(
                ProgressStyle::with_template("{spinner} {prefix}: {msg} [{elapsed}]")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.set_prefix(what.to_string());
            bar.set_message("load, validate, derive, markdown");
            let b = bar.clone();
            std::thread::spawn(move || {
                std::thread::sleep(SHOW_AFTER);
                if !b.is_finished() {
                    b.set_draw_target(ProgressDrawTarget::stderr());
                    b.enable_steady_tick(Duration::from_millis(80));
                }
            });
            bar
        });
        Progress {
            mode,
            verbose,
            prefix,
            files: AtomicUsize::new(0),
            bar,
        }
    }

    /// A file was written (or rendered, for `check`).
    pub fn file(&self, rel: &str) {
        let n = self.files.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(bar) = &self.bar {
            bar.set_message(format!("render and write: {n} files"));
        }
        if self.verbose && self.mode != Mode::Quiet {
            let line = format!("  {}{rel}", self.prefix);
            match &self.bar {
                Some(bar) => bar.println(line),
                None => eprintln!("{line}"),
            }
        }
    }

    /// Clears the spinner.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }

    pub fn quiet(&self) -> bool {
        self.mode == Mode::Quiet
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
