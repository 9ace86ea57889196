//! The indicator pages: `/indicators/` (a card of each) and
//! `/indicators/<id>/` (its charts or spread, values, targets, who owns and
//! reports it, the pages citing it).

use serde::Serialize;
use serde_json::Value;

use super::blocks::ChartView;
use super::components::ComponentsView;
use super::many::ManyView;
use super::renderer::Renderer;
use super::table::ValuesTable;
use super::views::{AgencyLink, PageCard, TargetView};
use super::{feeds, markdown};
use crate::model::IndicatorIx;

/// `/indicators/` (`indicators.html`).
#[derive(Serialize)]
pub struct IndicatorsList<'a> {
    title: &'a str,
    indicators: Vec<Value>,
}

/// `/indicators/<id>/` (`indicator.html`).
#[derive(Serialize)]
pub struct IndicatorPage<'a> {
    title: &'a str,
    description: Option<String>,
    indicator: IndicatorHeader<'a>,
    card: Value,
    charts: Vec<ChartView<'a>>,
    /// The home entity's place in the page's ranking, and its move.
    standing: Option<String>,
    many: Option<ManyView<'a>>,
    components: Option<ComponentsView<'a>>,
    table: Option<ValuesTable<'a>>,
    targets: Vec<TargetView>,
    owner: Option<AgencyLink<'a>>,
    responsible: Vec<AgencyLink<'a>>,
    cited_by: Vec<PageCard<'a>>,
    og_image: Option<String>,
}

/// What an indicator is: its names, unit, source, description, direction,
/// last year, and its data files.
#[derive(Serialize)]
pub struct IndicatorHeader<'a> {
    id: &'a str,
    name: &'a str,
    short_name: &'a str,
    unit: &'a str,
    source: Option<&'a str>,
    description_html: Option<String>,
    direction: &'a str,
    last_year: Option<i32>,
    updated: Option<String>,
    csv: String,
    json: String,
}

impl Renderer<'_> {
    /// `/indicators/`: a card of every indicator.
    pub(super) fn indicators_list(&self) -> IndicatorsList<'_> {
        // In the reader's order of their short names (CS2 before CS10,
        // Điểm PAR INDEX under Đ), not of their files.
        let lang = self.inputs.config.language;
        let mut order: Vec<IndicatorIx> = self.inputs.indicators.keys().collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (self.indicator_of(a), self.indicator_of(b));
            crate::collate::compare(lang, x.label(), y.label()).then_with(|| x.id.cmp(&y.id))
        });
        IndicatorsList {
            title: self.theme.t("indicators"),
            indicators: order.into_iter().map(|i| self.indicator_card(i)).collect(),
        }
    }

    /// `/indicators/<id>/`: everything about indicator `i`.
    pub(super) fn indicator(&self, i: IndicatorIx) -> IndicatorPage<'_> {
        let ind = self.indicator_of(i);
        let many = self.is_many(i);
        let facts = self.indicator_facts(i);
        let opts = self.md_options();
        let description = ind
            .description
            .as_deref()
            .map(|d| markdown::render_simple(d, &opts));
        let cited: Vec<_> = facts
            .cited_by
            .iter()
            .map(|&pi| self.page_card(pi))
            .collect();
        let owner = ind
            .owner
            .as_deref()
            .and_then(|o| self.derived.agency_index.get(o))
            .map(|&a| self.agency_link(a));
        let responsible: Vec<_> = facts
            .responsible
            .iter()
            .map(|&a| self.agency_link(a))
            .collect();
        let lower = ind.direction() == crate::model::Direction::LowerIsBetter;
        IndicatorPage {
            title: &ind.name,
            description: ind
                .description
                .as_deref()
                .map(|d| markdown::truncate_words(d.trim(), 200)),
            indicator: IndicatorHeader {
                id: &ind.id,
                name: &ind.name,
                short_name: ind.label(),
                unit: if ind.kind == crate::model::IndicatorKind::Rank {
                    self.theme.t("rank_unit")
                } else {
                    ind.unit.as_str()
                },
                source: ind.source.as_deref(),
                description_html: description,
                direction: self.theme.t(if lower {
                    "direction_lower"
                } else {
                    "direction_higher"
                }),
                last_year: facts.last_year,
                updated: ind
                    .updated
                    .map(|d| crate::locale::format_date(d, self.inputs.config.language)),
                csv: self.link(&feeds::csv_url(&ind.id)),
                json: self.link(&feeds::indicator_json_url(&ind.id)),
            },
            card: self.indicator_card(i),
            charts: self.indicator_charts(i),
            // A rank's own value says its place already.
            standing: (ind.kind != crate::model::IndicatorKind::Rank)
                .then(|| self.indicator_requests(i))
                .into_iter()
                .flatten()
                .find(|r| r.plan == super::charts::Plan::Ranked)
                .and_then(|r| self.home_standing(&r)),
            many: if many { self.many_view(i) } else { None },
            components: self.components_view(i),
            table: (!many).then(|| self.values_table(i, &[])),
            targets: self.targets_view(i),
            owner,
            responsible,
            cited_by: cited,
            og_image: self.card_url(i),
        }
    }
}
