//! The charts drawn so far, by what they show: each is drawn once and
//! reused by every page that shows it. A leaf the
//! [`Renderer`](super::super::renderer::Renderer) holds; it draws nothing
//! itself.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::spec::{ChartRequest, Plan};
use crate::charts::Width;
use crate::model::ix::IndicatorIx;

/// What identifies a drawn chart: the request's indicator, plan,
/// entities and year, and the layout.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct Key {
    indicator: IndicatorIx,
    plan: Plan,
    entities: Vec<String>,
    year: Option<i32>,
    width: Width,
}

impl Key {
    pub(super) fn of(req: &ChartRequest, width: Width) -> Key {
        Key {
            indicator: req.indicator,
            plan: req.plan,
            entities: req.entities.clone(),
            year: req.year,
            width,
        }
    }
}

/// Drawn charts by what they show.
#[derive(Default)]
pub struct Cache(Mutex<HashMap<Key, Arc<str>>>);

impl Cache {
    pub(super) fn get_or(
        &self,
        key: Key,
        draw: impl FnOnce() -> Option<String>,
    ) -> Option<Arc<str>> {
        if let Some(svg) = self.0.lock().expect("chart cache").get(&key) {
            return Some(svg.clone());
        }
        // Drawn outside the lock; two threads may draw the same chart once
        // each, both give the same bytes.
        let svg: Arc<str> = draw()?.into();
        self.0.lock().expect("chart cache").insert(key, svg.clone());
        Some(svg)
    }

    /// Takes in the charts `other` drew (from the same records).
    pub fn absorb(&self, other: Cache) {
        let drawn = other.0.into_inner().expect("chart cache");
        self.0.lock().expect("chart cache").extend(drawn);
    }

    /// Drops the charts of the indicators given, so they are drawn again.
    pub fn forget(&self, indicators: &std::collections::HashSet<IndicatorIx>) {
        self.0
            .lock()
            .expect("chart cache")
            .retain(|k, _| !indicators.contains(&k.indicator));
    }
}
