//! Work shared by the outputs of one render, made once: an indicator's
//! card (shown by every page that cites the indicator: 834 news pages of a
//! national site show each card), a chart or table block written the
//! same way in many pages, and an indicator's link and a status as
//! template values (each of a commune site's 3,332 communes' pages shows
//! the same fifty links and five statuses: made into template values once,
//! then shared, they are not built and dropped again on each page).
//!
//! A [`Memo`] lives as long as its
//! [`Renderer`](super::renderer::Renderer), whose records and facts do
//! not change, so what it holds never goes stale. A leaf the renderer
//! holds: it makes nothing itself, the renderer hands it how
//! (`Renderer::indicator_card` in `views`, `Renderer::block_once` in
//! `blocks`).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use serde_json::Value;

use super::links::BlockHtml;
use crate::load::blocks::BlockKind;
use crate::model::ix::{IndicatorIx, TiVec};

#[derive(Default)]
pub struct Memo {
    cards: TiVec<IndicatorIx, OnceLock<Value>>,
    /// Each indicator's link, as a template value.
    indicator_links: TiVec<IndicatorIx, OnceLock<tera::Value>>,
    /// Each status as a template value, by its key.
    statuses: Mutex<HashMap<&'static str, tera::Value>>,
    /// A block's HTML, ids and indicator, by its kind and body (they do
    /// not depend on the page it is in; its errors do, by their line, and
    /// are not kept).
    blocks: Mutex<HashMap<(BlockKind, String), (BlockHtml, IndicatorIx)>>,
}

impl Memo {
    pub fn new(indicators: usize) -> Memo {
        Memo {
            cards: (0..indicators).map(|_| OnceLock::new()).collect(),
            indicator_links: (0..indicators).map(|_| OnceLock::new()).collect(),
            statuses: Mutex::default(),
            blocks: Mutex::default(),
        }
    }

    /// Indicator `i`'s card, made by `make` the first time.
    pub fn card(&self, i: IndicatorIx, make: impl FnOnce() -> Value) -> Value {
        match self.cards.get(i) {
            Some(card) => card.get_or_init(make).clone(),
            None => make(),
        }
    }

    /// Indicator `i`'s link as a template value, made by `make` the first
    /// time. Cloning it shares it: a view that holds it passes it to the
    /// template as it is.
    pub fn indicator_link(
        &self,
        i: IndicatorIx,
        make: impl FnOnce() -> tera::Value,
    ) -> tera::Value {
        match self.indicator_links.get(i) {
            Some(link) => link.get_or_init(make).clone(),
            None => make(),
        }
    }

    /// The status of key `key` as a template value, made by `make` the
    /// first time.
    pub fn status(&self, key: &'static str, make: impl FnOnce() -> tera::Value) -> tera::Value {
        let mut statuses = self.statuses.lock().expect("statuses");
        statuses.entry(key).or_insert_with(make).clone()
    }

    /// The block of this kind and body, made by `make` the first time it
    /// succeeds.
    pub fn block<E>(
        &self,
        kind: BlockKind,
        body: &str,
        make: impl FnOnce() -> Result<(BlockHtml, IndicatorIx), E>,
    ) -> Result<(BlockHtml, IndicatorIx), E> {
        let key = (kind, body.to_string());
        if let Some(done) = self.blocks.lock().expect("blocks").get(&key) {
            return Ok(done.clone());
        }
        // Made outside the lock: two threads may make the same block once
        // each, both give the same bytes.
        let done = make()?;
        self.blocks
            .lock()
            .expect("blocks")
            .insert(key, done.clone());
        Ok(done)
    }
}
