//! The blocks baocao draws from data: charts (on indicator pages and from
//! ```` ```chart ```` blocks in Markdown) and indicator tables (from
//! ```` ```indicator-table ```` blocks).

use std::path::Path;

use serde::Serialize;
use tera::Context;

use super::markdown::{BlockHtml, BlockKind};
use super::renderer::Renderer;
use super::table::ValuesTable;
use super::text::{self, Fmt};
use super::views::{IndicatorLink, TargetView};

use crate::diagnostics::Diagnostic;
use crate::model::IndicatorIx;

pub use super::charts::{ChartRequest, Plan};
pub use crate::load::blocks::ChartKind;

/// How templates write a chart's id (`{{ chart.id }}`): `check` takes the
/// ids a page's charts have from [`Renderer::chart_id`] …
pub const CHART_ID_EXPR: &str = "chart.id";
/// … and, on a page whose charts it does not know, accepts any id that
/// begins like a chart's.
pub const CHART_ID_PREFIX: &str = "chart-";

/// A chart with its text alternative and data table
/// (`partials/chart.html` as `chart`).
#[derive(Serialize)]
pub struct ChartView<'a> {
    kind: &'static str,
    id: String,
    title: String,
    summary: String,
    svg: Option<String>,
    /// The standalone SVG file, for an indicator page's charts.
    file: Option<String>,
    table: ValuesTable<'a>,
    url: String,
}

/// What `partials/chart.html` gets.
#[derive(Serialize)]
struct ChartBlock<'a> {
    chart: ChartView<'a>,
}

/// What `partials/indicator_table.html` gets.
#[derive(Serialize)]
struct TableBlock<'a> {
    block: IndicatorTable<'a>,
}

#[derive(Serialize)]
struct IndicatorTable<'a> {
    indicator: IndicatorLink<'a>,
    table: ValuesTable<'a>,
    targets: Vec<TargetView>,
}

impl Renderer<'_> {
    /// The HTML of a block in a page, with the ids it writes that baocao
    /// computes (the chart's); `line` is the file's line of the block's
    /// first body line.
    pub fn block(
        &self,
        kind: BlockKind,
        body: &str,
        file: &Path,
        line: usize,
    ) -> Result<(BlockHtml, IndicatorIx), Vec<Diagnostic>> {
        let b = crate::load::blocks::parse(kind, body, file, line)?;
        let index = |id: &str| self.derived.indicator_index.get(id).copied();
        let i = crate::validate::block_refs(self.inputs, &index, &b, file)?;
        let entities: Vec<String> = b.entities.into_iter().map(|(e, _)| e).collect();
        let (template, html, ids) = match kind {
            BlockKind::Chart => {
                let compare: Vec<String> = b.compare.into_iter().map(|(e, _)| e).collect();
                let req = self.chart_request(i, b.chart, &entities, &compare, b.year, true);
                let view = ChartBlock {
                    chart: self.chart_view(&req),
                };
                let name = "partials/chart.html";
                let html = self.render_partial(name, &view, file, line);
                (name, html, self.chart_ids(&req))
            }
            BlockKind::IndicatorTable => {
                let view = TableBlock {
                    block: IndicatorTable {
                        indicator: self.indicator_link(i),
                        table: self.values_table(i, &entities),
                        targets: self.targets_view(i),
                    },
                };
                let name = "partials/indicator_table.html";
                (
                    name,
                    self.render_partial(name, &view, file, line),
                    Vec::new(),
                )
            }
        };
        let template = Some(template);
        Ok((
            BlockHtml {
                html,
                ids,
                template,
            },
            i,
        ))
    }

    /// [`Renderer::block`], once per kind and body.
    pub fn block_once(
        &self,
        kind: BlockKind,
        body: &str,
        file: &Path,
        line: usize,
    ) -> Result<(BlockHtml, IndicatorIx), Vec<Diagnostic>> {
        self.memo
            .block(kind, body, || self.block(kind, body, file, line))
    }

    fn render_partial(&self, name: &str, v: &impl Serialize, file: &Path, line: usize) -> String {
        let ctx = Context::from_serialize(v).expect("a block's view is a map");
        match self.theme.tera.render(name, &ctx) {
            Ok(s) => s,
            Err(e) => {
                // A broken theme partial: shown in the page, and reported by
                // the template check that runs on every build.
                let d = self.template_error_at(&e, name, file, line);
                format!(
                    "<p class=\"error\">{}</p>",
                    crate::web::escape(&d.to_string())
                )
            }
        }
    }

    fn template_error_at(
        &self,
        e: &tera::Error,
        name: &str,
        _file: &Path,
        _line: usize,
    ) -> Diagnostic {
        let f = crate::theme::template_file(&self.inputs.root, &self.inputs.config, name);
        crate::theme::template_error(e, &f)
    }

    /// The charts of an indicator page, with their standalone files.
    pub fn indicator_charts(&self, i: IndicatorIx) -> Vec<ChartView<'_>> {
        self.indicator_requests(i)
            .iter()
            .map(|req| {
                let mut v = self.chart_view(req);
                v.file = Some(self.link(&format!(
                    "{}{}.svg",
                    self.indicator_facts(i).url,
                    req.file_kind()
                )));
                v
            })
            .collect()
    }

    /// A chart with its text alternative and data table.
    pub fn chart_view(&self, req: &ChartRequest) -> ChartView<'_> {
        self.indicator_facts(req.indicator); // what the chart shows
        let i = req.indicator;
        let facts = self.indicator_facts(i);
        let series = self.request_series(req);
        let table = self.values_table(i, &req.entities);
        let svg = super::charts::draw_both(self, req);
        let summary = match req.plan {
            Plan::Ranked => self.ranked_summary(req),
            _ => self.chart_summary(i, &series),
        };
        ChartView {
            kind: req.file_kind(),
            id: self.chart_id(req),
            title: self.chart_title(req, &series),
            summary,
            svg,
            file: None,
            table,
            url: self.link(&facts.url),
        }
    }

    /// The id of a chart's HTML (`chart-sipas-line`), which a link may
    /// point at.
    pub fn chart_id(&self, req: &ChartRequest) -> String {
        let ind = self.indicator_of(req.indicator);
        format!("{CHART_ID_PREFIX}{}-{}", ind.id, req.file_kind())
    }

    /// Every id a chart writes into a page: its HTML's
    /// ([`Renderer::chart_id`]) and its drawing's.
    pub fn chart_ids(&self, req: &ChartRequest) -> Vec<String> {
        let mut ids = vec![self.chart_id(req)];
        ids.extend(super::charts::drawn_ids(self, req));
        ids
    }

    pub fn chart_title(&self, req: &ChartRequest, series: &[&crate::derive::Series]) -> String {
        let ind = self.indicator_of(req.indicator);
        let years: Vec<i32> = series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.year))
            .collect();
        let span = match (years.iter().min(), years.iter().max(), req.plan) {
            (_, Some(y), Plan::Ranked) => req.year.unwrap_or(*y).to_string(),
            (Some(a), Some(b), _) if a != b => format!("{a}–{b}"),
            (Some(a), _, _) => a.to_string(),
            _ => String::new(),
        };
        let who = if series.len() == 1 {
            format!(" – {}", self.entity_name(&series[0].entity))
        } else {
            String::new()
        };
        format!("{}{who}, {span}", ind.label())
    }

    /// "SIPAS năm 2019 đạt 86,40%, tăng 3,20 điểm % so với năm 2018; mục tiêu năm 2020: trên 92%."
    pub fn chart_summary(&self, i: IndicatorIx, series: &[&crate::derive::Series]) -> String {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let f = self.fmt(ind);
        // The home entity's line; a chart of one entity, that one's; else
        // the median a median headline gives (drawn with the units).
        let home = facts.primary_entity();
        let label = |s: &crate::derive::Series| self.chart_labels(&[s.entity.as_str()]).remove(0);
        let chosen = match (
            series.iter().find(|s| Some(s.entity.as_str()) == home),
            &facts.primary,
        ) {
            (Some(s), _) => Some((*s, label(s))),
            (None, crate::derive::Primary::Median(m)) if series.len() != 1 => {
                Some((&m.series, self.primary_name(i)))
            }
            (None, _) => series.first().map(|s| (*s, label(s))),
        };
        let Some((s, entity)) = chosen else {
            return self.theme.t("no_data_yet").to_string();
        };
        let Some(latest) = s.latest() else {
            return self.theme.t("no_data_yet").to_string();
        };
        // Ranks read as places: "đạt hạng 35/63", not "đạt 35 bậc".
        let rank = f.is_rank();
        let value = f.value_of(latest.value, facts.ranked_of(latest.year, latest.of));
        let mut out = self.theme.fill(
            "chart_summary",
            &[
                ("name", ind.label()),
                ("entity", &entity),
                ("year", &latest.year.to_string()),
                ("value", &value),
            ],
        );
        let other_n = s.previous().and_then(|prev| {
            let (b, a) = (
                facts.ranked_of(prev.year, prev.of)?,
                facts.ranked_of(latest.year, latest.of)?,
            );
            (rank && a != b).then_some((prev.year, b, a))
        });
        if let Some((since, before, after)) = other_n {
            // Places out of different numbers ranked are not compared.
            out.push_str("; ");
            out.push_str(&self.theme.fill(
                "not_comparable",
                &[
                    ("since", &since.to_string()),
                    ("before", &before.to_string()),
                    ("year", &latest.year.to_string()),
                    ("after", &after.to_string()),
                ],
            ));
        } else if let (Some(prev), true) = (s.previous(), rank) {
            // Ranks: a smaller number is a better place ("tăng 3 bậc").
            out.push_str(&self.theme.fill(
                "chart_summary_rank_change",
                &[
                    ("change", &f.change(latest.value - prev.value)),
                    ("year", &prev.year.to_string()),
                ],
            ));
        } else if let Some(prev) = s.previous() {
            let delta = latest.value - prev.value;
            let key = if delta > 0.0 {
                "chart_summary_up"
            } else if delta < 0.0 {
                "chart_summary_down"
            } else {
                "chart_summary_same"
            };
            out.push_str(&self.theme.fill(
                key,
                &[
                    ("amount", &f.amount(delta.abs())),
                    ("year", &prev.year.to_string()),
                ],
            ));
        }
        out.push_str(&self.summary_target(ind, latest.year, &f));
        out.push('.');
        out
    }

    /// "; mục tiêu năm 2020: trên 92%": the first target from `year` on,
    /// else the last; nothing without targets.
    fn summary_target(&self, ind: &crate::model::Indicator, year: i32, f: &Fmt) -> String {
        let Some(t) = ind
            .targets
            .iter()
            .filter(|t| t.year >= year)
            .min_by_key(|t| t.year)
            .or(ind.targets.last())
        else {
            return String::new();
        };
        self.theme.fill(
            "chart_summary_target",
            &[("target", &text::target_in(t, f, self.theme))],
        )
    }
}
