//! Where a part of a record is written, found when a message asks.

use std::fmt;

use crate::diagnostics::Pos;

/// Finds where a part of a record is written (`targets[2]`,
/// `observations[40].entity`) when a message needs it. Positions are worked
/// out on the first question, so a file that is right is parsed once.
#[derive(Clone, Default)]
pub struct Locator(Option<std::sync::Arc<LocateFn>>);

type LocateFn = dyn Fn(&str) -> Pos + Send + Sync;

impl Locator {
    pub fn new(f: impl Fn(&str) -> Pos + Send + Sync + 'static) -> Self {
        Locator(Some(std::sync::Arc::new(f)))
    }
    /// The position of the value at `path`, else of its nearest parent;
    /// line 1 when nothing is known.
    pub fn locate(&self, path: &str) -> Pos {
        self.0.as_ref().map_or(Pos::new(1, 1), |f| f(path))
    }
}

impl fmt::Debug for Locator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Locator")
    }
}
