//! Scores: an agency's scorecard with every input and the formula in
//! words, and the bar chart of agencies by score on `/agencies/`.

use serde::Serialize;

use crate::derive::scorecard::Scorecard;
use crate::locale::format_number;
use crate::model::AgencyIx;
use crate::render::renderer::Renderer;
use crate::render::views::AgencyLink;

/// How many agencies the chart of the lowest scores shows, at most.
const LOWEST: usize = 20;

/// An agency's score, its parts and the formula, in words.
#[derive(Serialize)]
pub struct ScorecardView<'a> {
    score: Option<String>,
    tasks: String,
    targets: String,
    formula: &'a str,
}

/// The bar chart of agencies by score, with its rows as a table.
#[derive(Serialize)]
pub struct RankingChart<'a> {
    title: String,
    svg: String,
    rows: Vec<Scored<'a>>,
    /// When the lowest twenty would cut through a tie: how many share
    /// the score there, left out of the chart rather than picked by name.
    tied: Option<String>,
    /// The full list by score.
    by_score_url: String,
    /// The ids the chart writes, for `check`.
    #[serde(skip)]
    pub chart_ids: Vec<String>,
}

#[derive(Serialize)]
pub struct Scored<'a> {
    agency: AgencyLink<'a>,
    score: String,
}

impl Renderer<'_> {
    /// The scorecard with every input and the formula, in words.
    pub fn scorecard_view(&self, card: &Scorecard) -> ScorecardView<'_> {
        let lang = self.inputs.config.language;
        let n = |v: Option<f64>| v.map(|v| format_number(v, 0, lang));
        ScorecardView {
            score: n(card.score),
            tasks: self.theme.fill(
                "score_tasks",
                &[
                    ("due", &card.due.to_string()),
                    ("on_time", &card.on_time.to_string()),
                    ("late", &card.late.to_string()),
                    ("part", &n(card.tasks_part).unwrap_or_else(|| "–".into())),
                ],
            ),
            targets: self.theme.fill(
                "score_targets",
                &[
                    ("judged", &card.targets_judged.to_string()),
                    ("good", &card.targets_good.to_string()),
                    ("part", &n(card.targets_part).unwrap_or_else(|| "–".into())),
                ],
            ),
            formula: self.theme.t("score_formula"),
        }
    }

    /// Keeps the [`LOWEST`] lowest of `scored` (sorted, more of them):
    /// those below the score at the cut when others share it, and then
    /// says how many share it.
    fn lowest(&self, scored: &mut Vec<(AgencyIx, f64)>) -> Option<String> {
        let cut = scored[LOWEST - 1].1;
        let tied = (scored[LOWEST].1 == cut).then(|| {
            let n = scored.iter().filter(|x| x.1 == cut).count();
            scored.retain(|x| x.1 < cut);
            let lang = self.inputs.config.language;
            self.theme.fill(
                if scored.is_empty() {
                    "score_tied_all"
                } else {
                    "score_tied"
                },
                &[
                    ("n", &format_number(n as f64, 0, lang)),
                    ("score", &format_number(cut, 0, lang)),
                ],
            )
        });
        scored.truncate(LOWEST);
        tied
    }

    /// A bar chart of agencies by score: all of them when there are at most
    /// 40 with a score, else the 20 lowest (who is behind). Twenty that
    /// would cut through a tie stop below it, and the tie is counted: no
    /// name is singled out of 315 agencies at 0 by the order of names.
    pub fn ranking_chart(&self) -> Option<RankingChart<'_>> {
        let mut scored: Vec<(AgencyIx, f64)> = self
            .agencies_as_rows()
            .1
            .iter_enumerated()
            .filter_map(|(a, f)| f.scorecard.score.map(|s| (a, s)))
            .collect();
        if scored.is_empty() {
            return None;
        }
        scored.sort_by(|x, y| x.1.total_cmp(&y.1).then(x.0.cmp(&y.0)));
        let partial = scored.len() > 40;
        let tied = if partial {
            self.lowest(&mut scored)
        } else {
            None
        };
        let ids: Vec<&str> = scored
            .iter()
            .map(|&(a, _)| self.agency_named(a).0.id.as_str())
            .collect();
        let labels = self.chart_labels(&ids);
        let data = crate::charts::ChartData {
            title: self
                .theme
                .t(match (partial, tied.is_some()) {
                    (false, _) => "ranking_all",
                    (true, false) => "ranking_lowest",
                    (true, true) => "ranking_lowest_tied",
                })
                .to_string(),
            unit: self.theme.t("points").to_string(),
            decimals: 0,
            lower_is_better: false,
            rank: false,
            lang: self.inputs.config.language,
            series: scored
                .iter()
                .zip(labels)
                .map(|(&(a, s), label)| crate::charts::Series {
                    id: self.agency_named(a).0.id.clone(),
                    label,
                    name: self.agency_named(a).0.name.clone(),
                    points: vec![(self.latest_year().unwrap_or(0), s)],
                    median: false,
                    gaps: Vec::new(),
                })
                .collect(),
            targets: Vec::new(),
            highlight: None,
            band: None,
        };
        let year = self.latest_year().unwrap_or(0);
        let lang = self.inputs.config.language;
        Some(RankingChart {
            svg: if scored.is_empty() {
                String::new()
            } else {
                crate::charts::responsive(|w| crate::charts::ranked_svg(&data, year, w))
            },
            tied,
            by_score_url: self.link("/agencies/by/score/"),
            chart_ids: crate::charts::ids("bar", &data.title),
            title: data.title,
            rows: scored
                .iter()
                .map(|&(a, s)| Scored {
                    agency: self.agency_link(a),
                    score: format_number(s, 0, lang),
                })
                .collect(),
        })
    }
}
