//! The chart files: a standalone SVG per indicator chart for other sites to
//! embed (`/indicators/<id>/<kind>.svg`), and the PNG card a page shares
//! (`/indicators/<id>/card.png`).

use std::sync::Arc;

use super::data::chart_data;
use super::draw;
use super::spec::{ChartRequest, Plan};
use crate::charts::{self, Width};
use crate::model::IndicatorIx;
use crate::render::renderer::Renderer;

impl Renderer<'_> {
    /// `/indicators/<id>/<kind>.svg`: a standalone file other sites embed
    /// (the wide layout).
    pub fn standalone_svg(&self, req: &ChartRequest) -> Vec<u8> {
        let svg = draw(self, req, Width::Wide).unwrap_or_else(|| Arc::from(""));
        let mut out = String::with_capacity(svg.len() + 64);
        out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.push_str(&svg);
        out.push('\n');
        out.into_bytes()
    }

    /// `/indicators/<id>/card.png`: 1200×630, for Open Graph and Twitter.
    pub fn card_png(&self, i: IndicatorIx) -> Vec<u8> {
        let ind = &self.inputs.indicators[i];
        let home = self.derived.indicators[i].primary_entity();
        // A median headline: the median, and the band of the units.
        let req = ChartRequest {
            indicator: i,
            plan: Plan::Line {
                median: home.is_none(),
                band: home.is_none(),
            },
            entities: home.map(str::to_owned).into_iter().collect(),
            year: None,
            why: None,
        };
        let series = self.request_series(&req);
        let data = chart_data(self, &req);
        let subtitle = self.chart_summary(i, &series);
        charts::card_png(&ind.name, &subtitle, &data)
    }

    /// The URL of the card an indicator page (or a page citing it) shares.
    pub fn card_url(&self, i: IndicatorIx) -> Option<String> {
        (!self.derived.indicators[i].series.is_empty() && !self.is_many(i))
            .then(|| self.permalink(&format!("{}card.png", self.derived.indicators[i].url)))
    }
}
