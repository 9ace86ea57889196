//! Glue between the derived data and the chart drawing in `crate::charts`:
//! decides what a chart request shows (which entities, and whether it is a
//! line, a ranking, one number or progress), builds its data with short
//! labels, draws each distinct chart once (the cache) in both layouts, and
//! makes the standalone files: an SVG per indicator chart for other sites
//! to embed, a PNG card for sharing.
//!
//! This file holds the request, the cache, drawing and the captions of a
//! ranking; `request` decides what a chart shows, `data` builds what it
//! draws, `files` makes the standalone files.

pub(super) mod cache;
mod data;
mod files;
mod request;
mod spec;

use std::sync::Arc;

use cache::Key;
use data::{chart_data, ranked_year};

pub use cache::Cache;
pub use spec::{ChartRequest, Plan, Why};

use super::renderer::Renderer;
use crate::charts::{self, Width};
use crate::derive::Series;
use crate::derive::compare::{self, MAX_LINES};
use crate::model::{AgencyKind, IndicatorIx};

/// The SVG of a chart in one layout (drawn once per request and layout).
pub fn draw(r: &Renderer, req: &ChartRequest, width: Width) -> Option<Arc<str>> {
    r.chart_cache.get_or(Key::of(req, width), || {
        let data = chart_data(r, req);
        if data.series.iter().all(|s| s.points.is_empty()) {
            return None;
        }
        Some(match req.plan {
            Plan::Line { .. } => charts::line_svg(&data, width),
            Plan::Ranked => {
                let year = ranked_year(r, req)?;
                charts::ranked_svg(&data, year, width)
            }
            Plan::Stat => charts::stat_svg(&data, width),
            Plan::Progress => charts::progress_svg(&data, width),
        })
    })
}

/// Both layouts, for a page: the theme's CSS shows the one that fits.
pub fn draw_both(r: &Renderer, req: &ChartRequest) -> Option<String> {
    let wide = draw(r, req, Width::Wide)?;
    let narrow = draw(r, req, Width::Narrow)?;
    Some(format!("{wide}\n{narrow}"))
}

/// The ids the drawing of `req` writes into a page, in both layouts (none
/// when there is nothing to draw), for `check`.
pub fn drawn_ids(r: &Renderer, req: &ChartRequest) -> Vec<String> {
    match draw(r, req, Width::Wide) {
        Some(_) => charts::ids(req.file_kind(), &chart_data(r, req).title),
        None => Vec::new(),
    }
}

impl Renderer<'_> {
    /// What the entities of an indicator are, for captions: "tỉnh, thành
    /// phố", "huyện", "sở, ngành" or "đơn vị".
    pub fn entity_noun(&self, i: IndicatorIx) -> &str {
        let region = &self.inputs.config.region.id;
        let kinds: Vec<Option<AgencyKind>> = self.derived.indicators[i]
            .series
            .iter()
            .map(|s| {
                self.derived
                    .agency_index
                    .get(&s.entity)
                    .map(|&a| self.inputs.agencies[a].kind)
                    .or((&s.entity == region).then_some(AgencyKind::Province))
            })
            .collect();
        let all = |k: AgencyKind| kinds.iter().all(|x| *x == Some(k));
        self.theme.t(if all(AgencyKind::Province) {
            "entities_provinces"
        } else if all(AgencyKind::District) {
            "entities_districts"
        } else if all(AgencyKind::Department) {
            "entities_departments"
        } else {
            "entities_other"
        })
    }

    /// The home entity's place in ranking `req`, and its move since the
    /// year before when as many were ranked then: "hạng 22/63 năm 2020,
    /// tăng 3 bậc so với năm 2019". None when it is not in the ranking.
    pub fn home_standing(&self, req: &ChartRequest) -> Option<String> {
        let year = ranked_year(self, req)?;
        let owned: Vec<Series> = self.request_series(req).into_iter().cloned().collect();
        let dir = self.inputs.indicators[req.indicator].direction();
        self.standing_among(req, &owned, &compare::places(&owned, year, dir), year)
    }

    /// [`Renderer::home_standing`] from the ranking's series and places in
    /// `year`, as its caption has them already.
    fn standing_among(
        &self,
        req: &ChartRequest,
        owned: &[Series],
        places: &[(&str, usize, usize)],
        year: i32,
    ) -> Option<String> {
        let i = req.indicator;
        let ind = &self.inputs.indicators[i];
        let home = self.derived.indicators[i].primary_entity()?;
        let lang = self.inputs.config.language;
        let &(_, place, of) = places.iter().find(|p| p.0 == home)?;
        let mut out = crate::locale::rank_place(place, Some(of), lang);
        out.push_str(
            &self
                .theme
                .fill("chart_in_year", &[("year", &year.to_string())]),
        );
        // The place a year before, among those with values then. Only a
        // move among as many as now says something.
        let prev = compare::places(owned, year - 1, ind.direction());
        if let Some(&(_, before, _)) = prev.iter().find(|p| p.0 == home && p.2 == of) {
            out.push_str(&self.theme.fill(
                "chart_summary_rank_change",
                &[
                    (
                        "change",
                        &crate::locale::rank_change(before as i64, place as i64, lang),
                    ),
                    ("year", &(year - 1).to_string()),
                ],
            ));
        }
        Some(out)
    }

    /// The caption of a ranking: why it is a ranking, and the home
    /// entity's place ("Yên Bái: hạng 22/63, tăng 3 bậc so với năm 2019").
    pub fn ranked_summary(&self, req: &ChartRequest) -> String {
        let i = req.indicator;
        let ind = &self.inputs.indicators[i];
        let facts = &self.derived.indicators[i];
        let Some(year) = ranked_year(self, req) else {
            return self.theme.t("no_data_yet").to_string();
        };
        let series = self.request_series(req);
        let owned: Vec<Series> = series.iter().map(|s| (*s).clone()).collect();
        let places = compare::places(&owned, year, ind.direction());
        let mut out = String::new();
        if let Some(why) = req.why {
            out.push_str(&self.theme.fill(
                match why {
                    Why::Every => "chart_ranked_every",
                    Why::Listed => "chart_ranked_listed",
                },
                &[
                    ("n", &places.len().to_string()),
                    ("noun", self.entity_noun(i)),
                    ("year", &year.to_string()),
                    ("max", &MAX_LINES.to_string()),
                ],
            ));
            out.push(' ');
        }
        let standing = self.standing_among(req, &owned, &places, year);
        match (facts.primary_entity(), standing) {
            (Some(home), Some(standing)) => {
                let label = self.chart_labels(&[home]).remove(0);
                out.push_str(&format!("{label}: {standing}"));
                out.push('.');
            }
            _ => out.push_str(&self.theme.fill(
                "chart_ranked_plain",
                &[
                    ("n", &places.len().to_string()),
                    ("noun", self.entity_noun(i)),
                    ("year", &year.to_string()),
                ],
            )),
        }
        out
    }
}
