//! Chart requests: what a chart shows (which entities, and whether lines,
//! a ranking, one number or progress), from a page's block or for an
//! indicator's page, and the series a request draws.

use super::spec::{ChartRequest, Plan, Why};
use crate::derive::Series;
use crate::derive::compare::{self, MAX_LINES};
use crate::model::IndicatorIx;
use crate::render::blocks::ChartKind;
use crate::render::renderer::Renderer;

impl Renderer<'_> {
    /// What a chart shows. `listed`: entities named one by one (exactly
    /// these); `compare`: peers beside the home entity; `block`: asked for
    /// in a page, where naming neither means every entity.
    pub fn chart_request(
        &self,
        i: IndicatorIx,
        kind: ChartKind,
        listed: &[String],
        compare: &[String],
        year: Option<i32>,
        block: bool,
    ) -> ChartRequest {
        let req = |plan, entities: Vec<String>, why| ChartRequest {
            indicator: i,
            plan,
            entities,
            year,
            why,
        };
        match kind {
            ChartKind::Progress => return req(Plan::Progress, listed.to_vec(), None),
            ChartKind::Bar => return req(Plan::Ranked, listed.to_vec(), None),
            ChartKind::Line => {}
        }
        let (shown, plan) = match self.line_entities(i, listed, compare, block) {
            Ok(lines) => lines,
            Err(why @ Why::Listed) => return req(Plan::Ranked, listed.to_vec(), Some(why)),
            Err(why @ Why::Every) => return req(Plan::Ranked, Vec::new(), Some(why)),
        };
        // One value, or values of one year only: a number or a ranking.
        match self.only_year(i, &shown) {
            Some((_, with_values)) if with_values <= 1 => req(Plan::Stat, shown, None),
            Some((y, _)) => ChartRequest {
                year: Some(y),
                ..req(Plan::Ranked, shown, None)
            },
            None => req(plan, shown, None),
        }
    }

    /// The entities a line chart of indicator `i` draws and whether with
    /// the median and band; or why it must be a ranking instead: more
    /// entities `listed` than a line chart draws, or every entity asked for
    /// (`block` naming none) and too many.
    fn line_entities(
        &self,
        i: IndicatorIx,
        listed: &[String],
        compare: &[String],
        block: bool,
    ) -> Result<(Vec<String>, Plan), Why> {
        let ind = &self.inputs.indicators[i];
        let facts = &self.derived.indicators[i];
        if !listed.is_empty() {
            if listed.len() > MAX_LINES {
                return Err(Why::Listed);
            }
            let plan = Plan::Line {
                median: false,
                band: false,
            };
            return Ok((listed.to_vec(), plan));
        }
        let peers: &[String] = if !compare.is_empty() {
            compare
        } else if block {
            if facts.series.len() > MAX_LINES {
                return Err(Why::Every);
            }
            &[]
        } else {
            ind.compare
                .as_deref()
                .unwrap_or(&self.inputs.config.compare)
        };
        let mut c = compare::choose(facts, peers, ind.direction());
        // A home unit that ended: its successors carry its line on.
        for id in self.successors_with_values(i) {
            if !c.shown.contains(&id) {
                let at = usize::from(!c.shown.is_empty());
                c.shown.insert(at, id);
            }
        }
        // Places of a whole ranking have no middle worth drawing: their
        // median is always the middle place, their middle half always the
        // middle half of the places.
        let rank = ind.kind == crate::model::IndicatorKind::Rank;
        let plan = Plan::Line {
            median: c.median && !rank,
            band: c.band && !rank,
        };
        Ok((c.shown, plan))
    }

    /// When the `shown` entities of indicator `i` have values of one year
    /// only: that year, and how many of them have a series.
    fn only_year(&self, i: IndicatorIx, shown: &[String]) -> Option<(i32, usize)> {
        let facts = &self.derived.indicators[i];
        let mut years: Vec<i32> = facts
            .series
            .iter()
            .filter(|s| shown.contains(&s.entity))
            .flat_map(|s| s.points.iter().map(|p| p.year))
            .collect();
        years.sort_unstable();
        years.dedup();
        let [year] = years[..] else {
            return None;
        };
        let with_values = facts
            .series
            .iter()
            .filter(|s| shown.contains(&s.entity))
            .count();
        Some((year, with_values))
    }

    /// The successors of the indicator's home unit that have values.
    fn successors_with_values(&self, i: IndicatorIx) -> Vec<String> {
        let facts = &self.derived.indicators[i];
        let Some(&home) = (facts.primary_entity()).and_then(|e| self.derived.agency_index.get(e))
        else {
            return Vec::new();
        };
        self.derived.agencies[home]
            .lineage
            .successors
            .iter()
            .map(|&a| self.inputs.agencies[a].id.clone())
            .filter(|id| facts.series.iter().any(|s| &s.entity == id))
            .collect()
    }

    /// The series a request shows.
    pub fn request_series(&self, req: &ChartRequest) -> Vec<&Series> {
        let facts = &self.derived.indicators[req.indicator];
        if req.entities.is_empty() {
            return facts.series.iter().collect();
        }
        // In the request's order (the home entity first).
        req.entities
            .iter()
            .filter_map(|e| facts.series.iter().find(|s| &s.entity == e))
            .collect()
    }

    /// The charts an indicator page shows: its line chart (the home entity
    /// and its peers), or its one number; and a ranking of every entity
    /// when several have a value in the latest year.
    pub fn indicator_requests(&self, i: IndicatorIx) -> Vec<ChartRequest> {
        let facts = &self.derived.indicators[i];
        let mut out = Vec::new();
        // Thousands of units: the page shows their spread instead.
        if facts.series.is_empty() || self.is_many(i) {
            return out;
        }
        let first = self.chart_request(i, ChartKind::Line, &[], &[], None, false);
        let ranked = facts.last_year.filter(|&y| {
            facts
                .series
                .iter()
                .filter(|s| s.points.iter().any(|p| p.year == y))
                .count()
                > 1
        });
        if !(first.plan == Plan::Ranked && ranked.is_some()) {
            out.push(first);
        }
        if let Some(y) = ranked {
            out.push(ChartRequest {
                indicator: i,
                plan: Plan::Ranked,
                entities: Vec::new(),
                year: Some(y),
                why: None,
            });
        }
        out
    }
}
