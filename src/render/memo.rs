//! Work shared by the outputs of one render, made once: an indicator's
//! card (shown by every page that cites the indicator: 834 news pages of a
//! national site show each card) and a chart or table block written the
//! same way in many pages.
//!
//! A [`Memo`] lives as long as its [`Renderer`], whose records and facts do
//! not change, so what it holds never goes stale.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use serde_json::Value;

use super::Renderer;
use super::markdown::{BlockHtml, BlockKind};
use crate::diagnostics::Diagnostic;

#[derive(Default)]
pub struct Memo {
    cards: Vec<OnceLock<Value>>,
    /// A block's HTML, ids and indicator, by its kind and body (they do
    /// not depend on the page it is in; its errors do, by their line, and
    /// are not kept).
    blocks: Mutex<HashMap<(BlockKind, String), (BlockHtml, usize)>>,
}

impl Memo {
    pub fn new(indicators: usize) -> Memo {
        Memo {
            cards: (0..indicators).map(|_| OnceLock::new()).collect(),
            blocks: Mutex::default(),
        }
    }
}

impl Renderer<'_> {
    /// A card for lists and the dashboard: latest value, change, targets.
    pub fn indicator_card(&self, i: usize) -> Value {
        match self.memo.cards.get(i) {
            Some(card) => card.get_or_init(|| self.card_view(i)).clone(),
            None => self.card_view(i),
        }
    }

    /// [`Renderer::block`], once per kind and body.
    pub fn block_once(
        &self,
        kind: BlockKind,
        body: &str,
        file: &Path,
        line: usize,
    ) -> Result<(BlockHtml, usize), Vec<Diagnostic>> {
        let key = (kind, body.to_string());
        if let Some(done) = self.memo.blocks.lock().expect("blocks").get(&key) {
            return Ok(done.clone());
        }
        // Made outside the lock: two threads may make the same block once
        // each, both give the same bytes.
        let done = self.block(kind, body, file, line)?;
        self.memo
            .blocks
            .lock()
            .expect("blocks")
            .insert(key, done.clone());
        Ok(done)
    }
}
