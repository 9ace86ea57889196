//! Indicator facts: each indicator's series by entity in the reader's
//! order, its targets judged, its groups of units and averages.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::facts::{IndicatorFacts, Primary, TargetFacts};
use super::series::{Gap, Median, Point, Series};
use super::{averages, groups, status};
use crate::load::Inputs;
use crate::model::{AgencyIx, Day, Direction, Indicator, IndicatorIx, TiSlice, TiVec};
use crate::web::urls;

/// Each indicator's series (the region first, then the others by name),
/// targets, groups of units and averages.
pub(super) fn indicators_facts(
    inputs: &Inputs,
    agency_index: &HashMap<String, AgencyIx>,
    by_name: &[AgencyIx],
    today: Day,
) -> TiVec<IndicatorIx, IndicatorFacts> {
    let name_rank = name_ranks(by_name);
    // Each indicator on its own: in parallel, collected in their order.
    let facts: Vec<IndicatorFacts> = (0..inputs.indicators.len())
        .into_par_iter()
        .map(|i| {
            ordered_facts(
                inputs,
                IndicatorIx::from(i),
                agency_index,
                &name_rank,
                today,
            )
        })
        .collect();
    facts.into()
}

/// Each agency's place in the reader's order of names.
pub(super) fn name_ranks(by_name: &[AgencyIx]) -> TiVec<AgencyIx, usize> {
    let mut name_rank: TiVec<AgencyIx, usize> = vec![0; by_name.len()].into();
    for (r, &a) in by_name.iter().enumerate() {
        name_rank[a] = r;
    }
    name_rank
}

/// Indicator `i`'s facts, its series in the reader's order.
pub(super) fn ordered_facts(
    inputs: &Inputs,
    i: IndicatorIx,
    agency_index: &HashMap<String, AgencyIx>,
    name_rank: &TiSlice<AgencyIx, usize>,
    today: Day,
) -> IndicatorFacts {
    let region = inputs.config.region.id.as_str();
    let ind = &inputs.indicators[i];
    let entity_name = |id: &str| -> &str {
        match agency_index.get(id) {
            Some(&a) => &inputs.agencies[a].name,
            None => &inputs.config.region.name,
        }
    };
    let rank_of = |id: &str| agency_index.get(id).map_or(usize::MAX, |&a| name_rank[a]);
    let mut f = indicator_facts(ind, region, today);
    let start = usize::from(f.series.first().is_some_and(|s| s.entity == region));
    let mut order: Vec<usize> = (0..f.series.len()).collect();
    // Each entity's place in name order looked up once, not per comparison.
    let ranks: Vec<usize> = f.series.iter().map(|s| rank_of(&s.entity)).collect();
    order[start..].sort_by(|&x, &y| {
        let (a, b) = (&f.series[x], &f.series[y]);
        ranks[x]
            .cmp(&ranks[y])
            .then_with(|| entity_name(&a.entity).cmp(entity_name(&b.entity)))
            .then_with(|| a.entity.cmp(&b.entity))
    });
    // Each target's evaluations follow the series they judge.
    f.series = permuted(std::mem::take(&mut f.series), &order);
    for t in &mut f.targets {
        t.evaluations = permuted(std::mem::take(&mut t.evaluations), &order);
    }
    f.groups = groups::group(
        &f.series,
        region,
        &inputs.agencies,
        agency_index,
        ind.direction(),
        f.last_year,
    );
    f.averages = averages::averages(
        ind,
        &f.series,
        &inputs.agencies,
        agency_index,
        &inputs.config.regions,
    );
    f
}

/// `items` in the order `order` gives (a permutation of their indices).
fn permuted<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .map(|&k| slots[k].take().expect("a permutation"))
        .collect()
}

/// An indicator's own facts: its series (the region first, then by entity
/// id), its primary entity, its targets judged, its latest year.
fn indicator_facts(ind: &Indicator, region: &str, today: Day) -> IndicatorFacts {
    let series = series_by_entity(ind, region);
    let primary = primary_of(ind, &series, region);
    let targets = judged(ind, &series, &primary, today);
    let status = targets.iter().map(|t| t.primary.status).min();
    let last_year = series
        .iter()
        .filter_map(|s| s.latest().map(|p| p.year))
        .max();
    IndicatorFacts {
        url: urls::indicator(&ind.id),
        series,
        primary,
        targets,
        cited_by: Vec::new(),
        responsible: Vec::new(),
        last_year,
        due_year: None,
        status,
        groups: groups::Groups::default(),
        averages: Vec::new(),
    }
}

/// The observations by entity: values as points, declared gaps, each
/// sorted by year; the region's series first, then by entity id.
fn series_by_entity(ind: &Indicator, region: &str) -> Vec<Series> {
    // Grouped through a hash index, then put in order once: a commune
    // indicator has thousands of entities.
    let mut index: HashMap<&str, usize> = HashMap::default();
    let mut groups: Vec<(&str, Vec<Point>, Vec<Gap>)> = Vec::new();
    for o in &ind.observations {
        let entity = o.entity.as_deref().unwrap_or(region);
        let k = *index.entry(entity).or_insert_with(|| {
            groups.push((entity, Vec::new(), Vec::new()));
            groups.len() - 1
        });
        let entry = &mut groups[k];
        match (o.value, o.status) {
            (Some(value), _) => entry.1.push(Point {
                year: o.year,
                value,
                of: o.of,
                note: o.note.clone(),
                group: o.group.clone(),
                components: o.components.clone(),
                source: o.source.clone(),
            }),
            (None, Some(status)) => entry.2.push(Gap {
                year: o.year,
                status,
                note: o.note.clone(),
                source: o.source.clone(),
            }),
            (None, None) => {} // refused by validate
        }
    }
    groups.sort_unstable_by(|a, b| (a.0 != region, a.0).cmp(&(b.0 != region, b.0)));
    let mut series: Vec<Series> = groups
        .into_iter()
        .map(|(e, points, gaps)| Series {
            entity: e.to_string(),
            points,
            gaps,
        })
        .collect();
    for s in &mut series {
        s.points.sort_by_key(|p| p.year);
        s.gaps.sort_by_key(|g| g.year);
    }
    series
}

/// Whose values the headline gives: the region's if it has values (or
/// nobody has), else the owner's if it has, else the only entity's; of
/// several units, none of them either, their median. A rank has no
/// median worth giving (the middle of a ranking is its middle place): the
/// first unit's stays.
fn primary_of(ind: &Indicator, series: &[Series], region: &str) -> Primary {
    if series.iter().any(|s| s.entity == region) || series.is_empty() {
        return Primary::Entity(region.to_string());
    }
    if let Some(o) = ind
        .owner
        .as_ref()
        .filter(|o| series.iter().any(|s| &&s.entity == o))
    {
        return Primary::Entity(o.clone());
    }
    let median = (series.len() > 1 && ind.kind != crate::model::IndicatorKind::Rank)
        .then(|| Median::of(series))
        .flatten();
    match median {
        Some(m) => Primary::Median(m),
        None => Primary::Entity(series[0].entity.clone()),
    }
}

/// Each target judged for every series and for the primary one, on
/// `today` (a target year whose figure is due and missing is not
/// reported).
fn judged(ind: &Indicator, series: &[Series], primary: &Primary, today: Day) -> Vec<TargetFacts> {
    let dir: Direction = ind.direction();
    let growth = if ind.kind == crate::model::IndicatorKind::Rank {
        status::Growth::Linear
    } else {
        status::Growth::Compound
    };
    let empty: Vec<(i32, f64)> = Vec::new();
    let primary_pairs = match primary {
        Primary::Entity(id) => series.iter().find(|s| &s.entity == id),
        Primary::Median(m) => Some(&m.series),
    }
    .map(Series::pairs)
    .unwrap_or(empty);
    ind.targets
        .iter()
        .enumerate()
        .map(|(index, t)| {
            let due = super::due::figure_due(t.year, ind.due_months, today);
            TargetFacts {
                index,
                evaluations: series
                    .iter()
                    .map(|s| status::evaluate_due(t, &s.pairs(), dir, growth, due))
                    .collect(),
                primary: status::evaluate_due(t, &primary_pairs, dir, growth, due),
            }
        })
        .collect()
}
