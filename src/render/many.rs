//! Indicators observed for many units (the communes of a country): their
//! page shows the region's own value, how the units' values spread, the
//! top and bottom ten and one line per parent (province) linking to the
//! parent's own page `/indicators/<id>/<parent>/`, where its units are
//! ranked and tabled. No page lists every unit, so each stays small enough
//! to open on a phone.

use serde::Serialize;

use super::renderer::Renderer;
use crate::derive::groups::{self, Group};
use crate::derive::median;
use crate::locale::rank_place;
use crate::model::IndicatorIx;

/// How many units the top and bottom lists show.
const TOP: usize = 10;
/// Bars in the distribution, at most.
const BINS: usize = 10;

impl Renderer<'_> {
    /// Whether indicator `i` is shown in the many-units layout.
    pub fn is_many(&self, i: IndicatorIx) -> bool {
        self.indicator_facts(i).series.len() > groups::MANY
    }

    /// The groups of indicator `i` with a page of their own (those under a
    /// parent agency), as indices into its groups; none for a small one.
    pub fn group_pages(&self, i: IndicatorIx) -> Vec<usize> {
        if !self.is_many(i) {
            return Vec::new();
        }
        let g = &self.derived.indicators[i].groups.groups;
        (0..g.len()).filter(|&k| g[k].parent.is_some()).collect()
    }

    /// `/indicators/<id>/<parent id>/` (an output's address, not a read of
    /// what it shows: another address is another output).
    pub fn group_url(&self, i: IndicatorIx, g: usize) -> String {
        let facts = &self.derived.indicators[i];
        let parent = facts.groups.groups[g]
            .parent
            .map_or("", |a| self.inputs.agencies[a].id.as_str());
        format!("{}{parent}/", facts.url)
    }

    /// The latest-year value of series `k` of indicator `i`.
    fn latest_value(&self, i: IndicatorIx, k: usize) -> Option<f64> {
        let facts = self.indicator_facts(i);
        let y = facts.last_year?;
        facts.series[k]
            .points
            .iter()
            .find(|p| p.year == y)
            .map(|p| p.value)
    }

    /// The unit's place among its parent's units: "hạng 12/98".
    pub fn standing_text(&self, i: IndicatorIx, k: usize) -> Option<String> {
        let s = self.indicator_facts(i).groups.standing.get(k).copied()??;
        Some(rank_place(s.place, Some(s.of), self.inputs.config.language))
    }

    /// The worst status of unit `k` (a series of indicator `i`) over the
    /// indicator's targets, as the status partial shows it; none when no
    /// target judges it.
    pub fn unit_status(&self, i: IndicatorIx, k: usize) -> Option<tera::Value> {
        let status = self
            .indicator_facts(i)
            .targets
            .iter()
            .filter_map(|t| t.evaluations.get(k).map(|e| e.status))
            .min()?;
        Some(self.memo.status(status.key(), || {
            tera::Value::from_serializable(&self.status_view(Some(status)))
        }))
    }

    /// One unit in a ranked list: its place, name, parent and value.
    fn ranked_row(&self, i: IndicatorIx, k: usize, place: usize, of: usize) -> RankedRow<'_> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let s = &facts.series[k];
        let f = self.fmt(ind);
        // The entity looked up once (a parent's page has a row per unit).
        let (name, full_name, url, parent) = match self.derived.agency_index.get(&s.entity) {
            Some(&a) => {
                let (ag, af) = self.agency_named(a);
                let parent = self.agency_as_row(a).1.parent;
                (
                    ag.label().to_string(),
                    ag.name.clone(),
                    Some(self.link(&af.url)),
                    parent.map(|p| self.agency_named(p).0.label()),
                )
            }
            None => {
                let name = self.entity_name(&s.entity);
                (name.clone(), name, None, None)
            }
        };
        let latest = s.latest();
        let previous = s.previous();
        RankedRow {
            place: Some(format!("{place}/{of}")),
            name,
            full_name,
            url,
            parent,
            value: self.latest_value(i, k).map(|v| f.cell(v, None)),
            change: latest
                .zip(previous)
                .map(|(l, p)| f.change(l.value - p.value)),
            spark: None,
            status: None,
        }
    }

    /// The many-units summary of indicator `i`'s page.
    pub fn many_view(&self, i: IndicatorIx) -> Option<ManyView<'_>> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let f = self.fmt(ind);
        let region = self.inputs.config.region.id.as_str();
        let lang = self.inputs.config.language;
        // Every unit with a value in the latest year, best first.
        let mut ranked: Vec<(usize, f64)> = (0..facts.series.len())
            .filter(|&k| facts.series[k].entity != region)
            .filter_map(|k| self.latest_value(i, k).map(|v| (k, v)))
            .collect();
        let dir = ind.direction();
        ranked.sort_by(|a, b| groups::better(a.1, b.1, dir).then(a.0.cmp(&b.0)));
        let n = ranked.len();
        if n == 0 {
            return None;
        }
        let places = shared_places(&ranked);
        let top: Vec<RankedRow> = (0..n.min(TOP))
            .map(|r| self.ranked_row(i, ranked[r].0, places[r], n))
            .collect();
        let first_bottom = n.saturating_sub(TOP).max(TOP.min(n));
        let bottom: Vec<RankedRow> = (first_bottom..n)
            .rev()
            .map(|r| self.ranked_row(i, ranked[r].0, places[r], n))
            .collect();
        // Units tied with the last row shown, left out of either list.
        let hidden = TOP.min(n)..first_bottom;
        let top_more = (n > TOP)
            .then(|| self.tied_more(&places, hidden.clone(), places[TOP - 1], n))
            .flatten();
        let bottom_more = (first_bottom < n)
            .then(|| self.tied_more(&places, hidden, places[first_bottom], n))
            .flatten();
        let mut values: Vec<f64> = ranked.iter().map(|r| r.1).collect();
        values.sort_by(f64::total_cmp);
        let median = median(&values);
        let mut groups: Vec<GroupSummary> = self
            .group_pages(i)
            .into_iter()
            .map(|g| self.group_summary(i, g))
            .collect();
        // In the reader's order of names (Bắc Giang < Bắc Kạn < Bình Dương).
        groups.sort_by(|a, b| {
            crate::collate::compare_agencies(lang, a.name.unwrap_or(""), b.name.unwrap_or(""))
        });
        let region_value = facts
            .series
            .iter()
            .find(|s| s.entity == region)
            .and_then(|s| s.latest())
            .map(|p| RegionValue {
                text: f.value(p.value),
                year: p.year,
            });
        let units = facts.series.len() as f64 - f64::from(u8::from(region_value.is_some()));
        Some(ManyView {
            year: facts.last_year,
            count: crate::locale::format_number(n as f64, 0, lang),
            units: crate::locale::format_number(units, 0, lang),
            median: f.value(median),
            min: f.value(values[0]),
            max: f.value(values[n - 1]),
            region: region_value,
            bins: self.bin_views(i, &values),
            top,
            top_more,
            bottom,
            bottom_more,
            groups,
            statuses: self.status_counts(i),
        })
    }

    /// "và 9 đơn vị khác cũng hạng 1/240": how many of the units at
    /// positions `hidden` share `place`, none when none does.
    fn tied_more(
        &self,
        places: &[usize],
        hidden: std::ops::Range<usize>,
        place: usize,
        of: usize,
    ) -> Option<String> {
        let tied = places[hidden].iter().filter(|&&p| p == place).count();
        (tied > 0).then(|| {
            let lang = self.inputs.config.language;
            self.theme.fill(
                "tied_more",
                &[
                    ("n", &crate::locale::format_number(tied as f64, 0, lang)),
                    ("place", &rank_place(place, Some(of), lang)),
                ],
            )
        })
    }

    /// The bars of the spread: each range of values, how many units.
    fn bin_views(&self, i: IndicatorIx, sorted: &[f64]) -> Vec<Bin> {
        let f = self.fmt(self.indicator_of(i));
        let lang = self.inputs.config.language;
        bins(sorted)
            .into_iter()
            .map(|(lo, hi, count, share)| Bin {
                label: format!("{} – {}", f.number(lo), f.number(hi)),
                count,
                count_text: crate::locale::format_number(count as f64, 0, lang),
                share: format!("{:.1}", share * 100.0),
            })
            .collect()
    }

    /// How many units reach each status of the indicator's first target.
    fn status_counts(&self, i: IndicatorIx) -> Vec<StatusCounts> {
        let facts = self.indicator_facts(i);
        let ind = self.indicator_of(i);
        let f = self.fmt(ind);
        facts
            .targets
            .iter()
            .map(|t| {
                let mut counts: Vec<(crate::derive::status::Status, usize)> = Vec::new();
                for e in &t.evaluations {
                    match counts.iter_mut().find(|(s, _)| *s == e.status) {
                        Some(c) => c.1 += 1,
                        None => counts.push((e.status, 1)),
                    }
                }
                counts.sort_by_key(|c| c.0);
                StatusCounts {
                    text: super::text::target_in(&ind.targets[t.index], &f, self.theme),
                    counts: counts
                        .iter()
                        .map(|(s, n)| StatusCount {
                            status: self.status_view(Some(*s)),
                            count: crate::locale::format_number(
                                *n as f64,
                                0,
                                self.inputs.config.language,
                            ),
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// One parent in the indicator's list: its units' median, best, worst.
    fn group_summary(&self, i: IndicatorIx, g: usize) -> GroupSummary<'_> {
        let ind = self.indicator_of(i);
        let f = self.fmt(ind);
        let group: &Group = &self.indicator_facts(i).groups.groups[g];
        let mut values: Vec<f64> = group
            .series
            .iter()
            .filter_map(|&k| self.latest_value(i, k))
            .collect();
        values.sort_by(f64::total_cmp);
        let parent = group.parent.map(|a| self.agency_named(a).0);
        let (best, worst) = match ind.direction() {
            crate::model::Direction::HigherIsBetter => (values.last(), values.first()),
            crate::model::Direction::LowerIsBetter => (values.first(), values.last()),
        };
        GroupSummary {
            name: parent.map(|a| a.label()),
            url: self.link(&self.group_url(i, g)),
            count: group.series.len(),
            median: (!values.is_empty()).then(|| f.cell(median(&values), None)),
            best: best.map(|&v| f.cell(v, None)),
            worst: worst.map(|&v| f.cell(v, None)),
        }
    }

    /// `/indicators/<id>/<parent>/`: the parent's units ranked, and their
    /// values by year.
    pub fn indicator_group(&self, i: IndicatorIx, g: usize) -> GroupPage<'_> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let group = &facts.groups.groups[g];
        let parent_name = group
            .parent
            .map(|a| self.agency_named(a).0.name.clone())
            .unwrap_or_default();
        let lower_is_better = ind.direction() == crate::model::Direction::LowerIsBetter;
        let has_targets = !facts.targets.is_empty();
        let rows = group
            .series
            .iter()
            .map(|&k| {
                let s = facts.groups.standing[k];
                let mut row =
                    self.ranked_row(i, k, s.map_or(0, |s| s.place), s.map_or(0, |s| s.of));
                if s.is_none() {
                    row.place = None;
                }
                row.spark = Some(crate::charts::sparkline_svg(
                    &facts.series[k].pairs(),
                    lower_is_better,
                ));
                if has_targets {
                    row.status = Some(self.unit_status(i, k));
                }
                row
            })
            .collect();
        // In the reader's order of names: the series already are.
        let series: Vec<_> = group.series.iter().map(|&k| &facts.series[k]).collect();
        GroupPage {
            title: format!("{} — {}", ind.label(), parent_name),
            indicator: self.indicator_link(i),
            indicator_name: &ind.name,
            unit: &ind.unit,
            parent: group.parent.map(|a| self.agency_link(a)),
            parent_name,
            year: facts.last_year,
            has_targets,
            rows,
            table: self.values_table_of(i, &series),
            summary: self.group_summary(i, g),
        }
    }
}

/// A unit in a ranked list: its place, names, parent, latest value and
/// change, and on a parent's page its trend.
#[derive(Serialize)]
pub struct RankedRow<'a> {
    place: Option<String>,
    name: String,
    full_name: String,
    url: Option<String>,
    parent: Option<&'a str>,
    value: Option<String>,
    change: Option<String>,
    /// Only on a parent's page: the sparkline, or none without two years.
    #[serde(skip_serializing_if = "Option::is_none")]
    spark: Option<Option<String>>,
    /// Only on a parent's page of an indicator with targets: the unit's
    /// worst status, or none when no target judges it.
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Option<tera::Value>>,
}

/// `/indicators/<id>/<parent>/` (`indicator_group.html`).
#[derive(Serialize)]
pub struct GroupPage<'a> {
    title: String,
    indicator: super::views::IndicatorLink<'a>,
    indicator_name: &'a str,
    unit: &'a str,
    parent: Option<super::views::AgencyLink<'a>>,
    parent_name: String,
    year: Option<i32>,
    /// Whether the rows show a status (the indicator has targets).
    has_targets: bool,
    rows: Vec<RankedRow<'a>>,
    table: super::table::ValuesTable<'a>,
    summary: GroupSummary<'a>,
}

/// The many-units summary of an indicator's page (`many`): the spread of
/// the latest values, the best and the worst units, each parent's units,
/// how many units reach each status.
#[derive(Serialize)]
pub struct ManyView<'a> {
    year: Option<i32>,
    count: String,
    units: String,
    median: String,
    min: String,
    max: String,
    region: Option<RegionValue>,
    bins: Vec<Bin>,
    top: Vec<RankedRow<'a>>,
    /// Units tied with the last of the top ten, not shown.
    top_more: Option<String>,
    bottom: Vec<RankedRow<'a>>,
    /// Units tied with the first of the bottom ten, not shown.
    bottom_more: Option<String>,
    groups: Vec<GroupSummary<'a>>,
    statuses: Vec<StatusCounts>,
}

/// The region's own latest value.
#[derive(Serialize)]
pub struct RegionValue {
    text: String,
    year: i32,
}

/// A bar of the spread.
#[derive(Serialize)]
pub struct Bin {
    label: String,
    count: usize,
    count_text: String,
    share: String,
}

/// One parent's units: their median, best and worst.
#[derive(Serialize)]
pub struct GroupSummary<'a> {
    name: Option<&'a str>,
    url: String,
    count: usize,
    median: Option<String>,
    best: Option<String>,
    worst: Option<String>,
}

/// How many units reach each status of a target.
#[derive(Serialize)]
pub struct StatusCounts {
    text: String,
    counts: Vec<StatusCount>,
}

#[derive(Serialize)]
pub struct StatusCount {
    status: Option<super::views::StatusView>,
    count: String,
}

/// Places with ties shared (1, 2, 2, 4) for values sorted best first.
fn shared_places(ranked: &[(usize, f64)]) -> Vec<usize> {
    let mut out = Vec::with_capacity(ranked.len());
    for (n, r) in ranked.iter().enumerate() {
        let place = match out.last() {
            Some(&p) if ranked[n - 1].1 == r.1 => p,
            _ => n + 1,
        };
        out.push(place);
    }
    out
}

/// Up to [`BINS`] bins of equal width over the sorted values, on round
/// bounds: (low, high, count, share of the largest bin).
fn bins(sorted: &[f64]) -> Vec<(f64, f64, usize, f64)> {
    let (Some(&lo), Some(&hi)) = (sorted.first(), sorted.last()) else {
        return Vec::new();
    };
    if hi <= lo {
        return vec![(lo, hi, sorted.len(), 1.0)];
    }
    let step = nice_step((hi - lo) / BINS as f64);
    let start = (lo / step).floor() * step;
    // The top bound closes the last bin: a maximum of 100 falls in
    // 95–100, not in a bin of its own.
    let count = (((hi - start) / step).ceil() as usize).clamp(1, BINS + 2);
    let mut counts = vec![0usize; count];
    for &v in sorted {
        let b = (((v - start) / step).floor() as usize).min(count - 1);
        counts[b] += 1;
    }
    let most = counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    counts
        .iter()
        .enumerate()
        .map(|(b, &c)| {
            let a = start + b as f64 * step;
            (a, a + step, c, c as f64 / most)
        })
        .collect()
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|&s| s >= raw)
        .unwrap_or(10.0 * p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bins_are_round_and_hold_every_value() {
        let v: Vec<f64> = (0..100).map(|k| 60.0 + k as f64 * 0.4).collect();
        let b = bins(&v);
        assert_eq!(b.iter().map(|x| x.2).sum::<usize>(), 100);
        assert_eq!(b[0].0, 60.0);
        assert_eq!(b[0].1 - b[0].0, 5.0);
        assert!(b.len() <= BINS + 2);
        assert_eq!(bins(&[3.0, 3.0]), [(3.0, 3.0, 2, 1.0)]);
        assert!(bins(&[]).is_empty());
    }

    #[test]
    fn ties_share_a_place_and_the_median_is_the_middle() {
        assert_eq!(
            shared_places(&[(0, 9.0), (1, 8.0), (2, 8.0), (3, 7.0)]),
            [1, 2, 2, 4]
        );
        assert_eq!(median(&[1.0, 2.0, 4.0]), 2.0);
        assert_eq!(median(&[1.0, 2.0, 4.0, 5.0]), 3.0);
    }
}
