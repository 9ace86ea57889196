//! The indicator pages: `/indicators/` (a card of each) and
//! `/indicators/<id>/` (its charts or spread, values, targets, who owns and
//! reports it, the pages citing it).

use serde_json::{Value, json};

use super::renderer::Renderer;
use super::{feeds, markdown};

impl Renderer<'_> {
    /// `/indicators/`: a card of every indicator.
    pub(super) fn indicators_list(&self) -> Value {
        let cards: Vec<Value> = (0..self.inputs.indicators.len())
            .map(|i| self.indicator_card(i))
            .collect();
        json!({ "title": self.theme.t("indicators"), "indicators": cards })
    }

    /// `/indicators/<id>/`: everything about indicator `i`.
    pub(super) fn indicator(&self, i: usize) -> Value {
        let ind = &self.inputs.indicators[i];
        let many = self.is_many(i);
        let facts = &self.derived.indicators[i];
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
        json!({
            "title": ind.name,
            "description": ind.description.as_deref().map(|d| markdown::truncate_words(d.trim(), 200)),
            "indicator": {
                "id": ind.id,
                "name": ind.name,
                "short_name": ind.label(),
                "unit": if ind.kind == crate::model::IndicatorKind::Rank { self.theme.t("rank_unit") } else { ind.unit.as_str() },
                "source": ind.source,
                "description_html": description,
                "direction": self.theme.t(if ind.direction() == crate::model::Direction::LowerIsBetter { "direction_lower" } else { "direction_higher" }),
                "last_year": facts.last_year,
                "updated": ind.updated.map(|d| crate::locale::format_date(d, self.inputs.config.language)),
                "csv": self.link(&feeds::csv_url(&ind.id)),
                "json": self.link(&feeds::indicator_json_url(&ind.id)),
            },
            "card": self.indicator_card(i),
            "charts": self.indicator_charts(i),
            "many": if many { self.many_view(i) } else { None },
            "components": self.components_view(i),
            "table": (!many).then(|| self.values_table(i, &[])),
            "targets": self.targets_view(i),
            "owner": owner,
            "responsible": responsible,
            "cited_by": cited,
            "og_image": self.card_url(i),
        })
    }
}
