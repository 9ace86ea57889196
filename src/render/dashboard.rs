//! The dashboard (`/`) and the targets listed by status
//! (`/indicators/status/<key>/`).
//!
//! Steps of the dashboard:
//! 1. the status strip: every target of every indicator, judged for the
//!    indicator's own entity, counted by status; an indicator without a
//!    target counts once as "no target", so the counts add up to what the
//!    cards below show, and each count links to the list of those targets;
//! 2. the cards, under the site's `groups:` (indicators no group names
//!    come last), the worst status first inside each group;
//! 3. overdue tasks: at most [`OVERDUE_SHOWN`] agencies, the rest counted
//!    by kind, with a link to all of them;
//! 4. the latest news.

use serde::Serialize;
use serde_json::Value;

use super::renderer::Renderer;
use super::views::{AgencyLink, PageCard};
use crate::derive::TaskStatus;
use crate::derive::status::Status;
use crate::model::{AgencyIx, IndicatorIx, TiVec};
use crate::web::urls;

/// The strip's statuses, worst first, then "no target".
pub const STATUS_KEYS: [&str; 6] = [
    "missed", "at_risk", "no_data", "on_track", "achieved", NO_TARGET,
];

pub const NO_TARGET: &str = "no_target";

/// Agencies named in the dashboard's overdue box.
pub const OVERDUE_SHOWN: usize = 8;

/// The URL of the targets with status `key`.
pub fn status_url(key: &str) -> String {
    format!("{}status/{key}/", urls::INDICATORS)
}

/// `/` (`index.html`).
#[derive(Serialize)]
pub struct Dashboard<'a> {
    title: &'a str,
    strip: StatusStrip,
    groups: Vec<CardGroup>,
    overdue: Option<OverdueBox<'a>>,
    latest: Vec<PageCard<'a>>,
    latest_thumbs: bool,
}

/// `/indicators/status/<key>/` (`targets_status.html`).
#[derive(Serialize)]
pub struct TargetsWithStatus {
    title: String,
    key: &'static str,
    label: String,
    rows: Vec<StatusRow>,
    strip: StatusStrip,
}

/// An indicator's card, with the target of the status (none for an
/// indicator without targets).
#[derive(Serialize)]
pub struct StatusRow {
    card: Value,
    target: Option<Value>,
}

/// The status strip: counts by status, each with its link.
#[derive(Serialize)]
pub struct StatusStrip {
    items: Vec<StripItem>,
    sentence: String,
}

#[derive(Serialize)]
pub struct StripItem {
    key: &'static str,
    label: String,
    icon: &'static str,
    count: usize,
    url: String,
    current: bool,
}

/// Cards under a group's name.
#[derive(Serialize)]
pub struct CardGroup {
    name: String,
    cards: Vec<Value>,
}

/// Who has overdue tasks: the first agencies, the rest counted by kind.
#[derive(Serialize)]
pub struct OverdueBox<'a> {
    agencies: usize,
    tasks: usize,
    sentence: String,
    shown: Vec<Overdue<'a>>,
    more: usize,
    by_kind: Vec<KindCount>,
    all_url: String,
}

#[derive(Serialize)]
pub struct Overdue<'a> {
    agency: AgencyLink<'a>,
    overdue: usize,
}

#[derive(Serialize)]
pub struct KindCount {
    label: String,
    count: usize,
}

impl Renderer<'_> {
    /// Each indicator's targets with their status key (for its primary
    /// entity), or one `no_target` entry for an indicator without any.
    fn target_statuses(&self) -> Vec<(IndicatorIx, Option<usize>, &'static str)> {
        let mut out = Vec::new();
        for (i, _, f) in self.all_indicators() {
            if f.targets.is_empty() {
                out.push((i, None, NO_TARGET));
            }
            for (k, t) in f.targets.iter().enumerate() {
                out.push((i, Some(k), t.primary.status.key()));
            }
        }
        out
    }

    fn status_label(&self, key: &str) -> String {
        if key == NO_TARGET {
            self.theme.t("no_target").to_string()
        } else {
            self.theme.t(&format!("status_{key}")).to_string()
        }
    }

    /// Step 1: counts by status, each with its link.
    pub fn status_strip(&self, current: Option<&str>) -> StatusStrip {
        let all = self.target_statuses();
        let targets = all.iter().filter(|t| t.1.is_some()).count();
        let without = all.len() - targets;
        let items = STATUS_KEYS
            .iter()
            .map(|&key| StripItem {
                key,
                label: self.status_label(key),
                icon: icon(key),
                count: all.iter().filter(|t| t.2 == key).count(),
                url: self.link(&status_url(key)),
                current: current == Some(key),
            })
            .collect();
        StatusStrip {
            items,
            sentence: self.theme.fill(
                "strip_sentence",
                &[
                    ("targets", &targets.to_string()),
                    ("indicators", &self.inputs.indicators.len().to_string()),
                    ("without", &without.to_string()),
                ],
            ),
        }
    }

    /// Step 2: the cards by group, worst status first.
    fn card_groups(&self) -> Vec<CardGroup> {
        let mut placed: TiVec<IndicatorIx, bool> = vec![false; self.inputs.indicators.len()].into();
        let mut groups: Vec<(String, Vec<IndicatorIx>)> = Vec::new();
        for g in &self.inputs.config.groups {
            let members: Vec<IndicatorIx> = g
                .indicators
                .iter()
                .filter_map(|id| self.derived.indicator_index.get(id).copied())
                .filter(|&i| !std::mem::replace(&mut placed[i], true))
                .collect();
            groups.push((g.name.clone(), members));
        }
        let rest: Vec<IndicatorIx> = placed.keys().filter(|&i| !placed[i]).collect();
        if !rest.is_empty() {
            let name = if groups.is_empty() {
                self.theme.t("indicators")
            } else {
                self.theme.t("other_indicators")
            };
            groups.push((name.to_string(), rest));
        }
        groups
            .into_iter()
            .filter(|(_, m)| !m.is_empty())
            .map(|(name, mut members)| {
                self.worst_first(&mut members);
                CardGroup {
                    name,
                    cards: members.iter().map(|&i| self.indicator_card(i)).collect(),
                }
            })
            .collect()
    }

    /// Indicators in the order cards show them: the worst status first,
    /// those without a target last, then by name.
    pub fn worst_first(&self, indicators: &mut [IndicatorIx]) {
        let lang = self.inputs.config.language;
        let rank = |i: IndicatorIx| self.indicator_facts(i).status.map_or(u8::MAX, |s| s as u8);
        indicators.sort_by(|&a, &b| {
            rank(a).cmp(&rank(b)).then_with(|| {
                crate::collate::compare(
                    lang,
                    self.indicator_of(a).label(),
                    self.indicator_of(b).label(),
                )
            })
        });
    }

    /// Step 3: who has overdue tasks, most first; summarised by kind past
    /// [`OVERDUE_SHOWN`].
    fn overdue_box(&self) -> Option<OverdueBox<'_>> {
        let lang = self.inputs.config.language;
        let (names, facts) = self.agencies_as_rows();
        let mut late: Vec<(AgencyIx, usize)> = facts
            .iter_enumerated()
            .filter_map(|(a, f)| {
                let n = f
                    .tasks
                    .iter()
                    .filter(|t| t.0 == TaskStatus::Overdue)
                    .count();
                (n > 0).then_some((a, n))
            })
            .collect();
        if late.is_empty() {
            return None;
        }
        late.sort_by(|x, y| {
            y.1.cmp(&x.1).then_with(|| {
                crate::collate::compare_agencies(lang, &names[x.0].name, &names[y.0].name)
            })
        });
        let tasks: usize = late.iter().map(|x| x.1).sum();
        let mut by_kind = Vec::new();
        if late.len() > OVERDUE_SHOWN {
            for kind in &super::agencies::KINDS {
                let n = late.iter().filter(|x| names[x.0].kind == *kind).count();
                if n > 0 {
                    by_kind.push(KindCount {
                        label: self.theme.t(&format!("kind_{}", kind.as_str())).to_string(),
                        count: n,
                    });
                }
            }
        }
        Some(OverdueBox {
            agencies: late.len(),
            tasks,
            sentence: self.theme.fill(
                "overdue_sentence",
                &[
                    ("agencies", &late.len().to_string()),
                    ("tasks", &tasks.to_string()),
                ],
            ),
            shown: late
                .iter()
                .take(OVERDUE_SHOWN)
                .map(|&(a, n)| Overdue {
                    agency: self.agency_link(a),
                    overdue: n,
                })
                .collect(),
            more: late.len().saturating_sub(OVERDUE_SHOWN),
            by_kind,
            all_url: self.link("/agencies/by/overdue/"),
        })
    }

    pub fn dashboard(&self) -> Dashboard<'_> {
        let latest: Vec<_> = self
            .lists()
            .lists
            .sections
            .iter()
            .flat_map(|s| s.pages.iter().copied())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            // Newest first; a page without a date is not news.
            .filter_map(|pi| Some((-self.page_meta(pi).meta.date?.timestamp, pi)))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .take(5)
            .map(|(_, pi)| {
                let mut card = self.page_card(pi);
                card.thumb = self.thumb_sized(pi, true, super::images::SIZES_SMALL);
                card
            })
            .collect();
        let latest_thumbs = latest.iter().any(|c| c.thumb.is_some());
        Dashboard {
            title: &self.inputs.config.title,
            strip: self.status_strip(None),
            groups: self.card_groups(),
            overdue: self.overdue_box(),
            latest,
            latest_thumbs,
        }
    }

    /// `/indicators/status/<key>/`: the targets (or the indicators without
    /// one) whose status is `key`.
    pub fn targets_with_status(&self, k: usize) -> TargetsWithStatus {
        let key = STATUS_KEYS[k];
        let rows = self
            .target_statuses()
            .into_iter()
            .filter(|t| t.2 == key)
            .map(|(i, t, _)| {
                let card = self.indicator_card(i);
                let target = t.and_then(|t| card["targets"].get(t).cloned());
                StatusRow { card, target }
            })
            .collect();
        let label = self.status_label(key);
        TargetsWithStatus {
            title: self
                .theme
                .fill("targets_with_status", &[("status", &label)]),
            key,
            label,
            rows,
            strip: self.status_strip(Some(key)),
        }
    }
}

fn icon(key: &str) -> &'static str {
    match key {
        "achieved" => super::views::status_icon(Status::Achieved),
        "missed" => super::views::status_icon(Status::Missed),
        "at_risk" => super::views::status_icon(Status::AtRisk),
        "on_track" => super::views::status_icon(Status::OnTrack),
        "no_data" => super::views::status_icon(Status::NoData),
        _ => "–",
    }
}
