//! Which entities a line chart shows, and the figures drawn for the rest.
//!
//! The rule (also in the README):
//! 1. the home entity always (the site's region, or the indicator's
//!    primary entity when the region has no values; none when the
//!    headline is the units' median);
//! 2. then the peers an author names: a chart block's `compare:`, else the
//!    indicator's, else the site's — those with values, at most five;
//! 3. with no peers named: every entity when there are at most six;
//!    otherwise the best and the worst of the latest year and the median
//!    of all entities;
//! 4. when entities are left out, a faint band shows the middle half of
//!    all of them (lower to upper quartile), year by year.

use super::facts::IndicatorFacts;
use super::series::Series;
use crate::model::Direction;

/// At most this many lines in a line chart (the home entity included).
pub const MAX_LINES: usize = 6;

/// What a line chart shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Entities drawn as lines, the home entity (if any) first.
    pub shown: Vec<String>,
    /// Also draw the median of all entities.
    pub median: bool,
    /// Also draw the band of all entities (some are left out).
    pub band: bool,
}

/// The home entity, then `peers` (or the default), for one indicator.
pub fn choose(facts: &IndicatorFacts, peers: &[String], direction: Direction) -> Choice {
    let home: Vec<String> = facts
        .primary_entity()
        .map(str::to_owned)
        .into_iter()
        .collect();
    let has = |e: &str| facts.series.iter().any(|s| s.entity == e);
    let total = facts.series.len();
    if !peers.is_empty() {
        let mut shown = home;
        for p in peers {
            if shown.len() == MAX_LINES {
                break;
            }
            if has(p) && !shown.contains(p) {
                shown.push(p.clone());
            }
        }
        let band = total > shown.len();
        return Choice {
            shown,
            median: facts.primary_entity().is_none(),
            band,
        };
    }
    if total <= MAX_LINES {
        let mut shown = home.clone();
        shown.extend(
            facts
                .series
                .iter()
                .map(|s| s.entity.clone())
                .filter(|e| !home.contains(e)),
        );
        // A median headline is drawn too, the line its figures come from.
        return Choice {
            shown,
            median: facts.primary_entity().is_none(),
            band: false,
        };
    }
    // The best and the worst of the latest year.
    let mut shown = home;
    if let Some(year) = facts.last_year {
        let mut latest: Vec<(&str, f64)> = facts
            .series
            .iter()
            .filter_map(|s| {
                let p = s.points.iter().find(|p| p.year == year)?;
                Some((s.entity.as_str(), p.value))
            })
            .collect();
        latest.sort_by(|a, b| {
            let by = if direction == Direction::LowerIsBetter {
                a.1.total_cmp(&b.1)
            } else {
                b.1.total_cmp(&a.1)
            };
            by.then_with(|| a.0.cmp(b.0))
        });
        for e in [latest.first(), latest.last()].into_iter().flatten() {
            if !shown.iter().any(|s| s == e.0) {
                shown.push(e.0.to_string());
            }
        }
    }
    Choice {
        shown,
        median: true,
        band: true,
    }
}

/// Per year with values for at least `min` entities, the value at
/// quantile `q` (0 … 1, linear between ranks).
pub fn quantile_by_year(series: &[Series], q: f64, min: usize) -> Vec<(i32, f64)> {
    super::series::values_by_year(series)
        .into_iter()
        .filter(|(_, v)| v.len() >= min.max(1))
        .map(|(y, mut v)| {
            v.sort_by(f64::total_cmp);
            let at = q.clamp(0.0, 1.0) * (v.len() - 1) as f64;
            let (i, f) = (at.floor() as usize, at.fract());
            let value = if i + 1 < v.len() {
                v[i] + (v[i + 1] - v[i]) * f
            } else {
                v[i]
            };
            (y, value)
        })
        .collect()
}

/// Places in `year`, best first (1 is the best; ties share a place), of
/// every entity with a value that year: (entity, place, how many).
pub fn places(series: &[Series], year: i32, direction: Direction) -> Vec<(&str, usize, usize)> {
    let vals: Vec<(&str, f64)> = series
        .iter()
        .filter_map(|s| {
            let p = s.points.iter().find(|p| p.year == year)?;
            p.value.is_finite().then_some((s.entity.as_str(), p.value))
        })
        .collect();
    let n = vals.len();
    vals.iter()
        .map(|&(e, v)| {
            let better = vals
                .iter()
                .filter(|(_, w)| {
                    if direction == Direction::LowerIsBetter {
                        *w < v
                    } else {
                        *w > v
                    }
                })
                .count();
            (e, better + 1, n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive::Point;

    fn facts(n: usize) -> IndicatorFacts {
        IndicatorFacts {
            url: String::new(),
            series: (0..n)
                .map(|i| Series {
                    entity: format!("e{i:02}"),
                    points: vec![
                        Point {
                            year: 2019,
                            value: i as f64,
                            of: None,
                            note: None,
                            ..Default::default()
                        },
                        Point {
                            year: 2020,
                            value: ((i * 37) % 101) as f64,
                            of: None,
                            note: None,
                            ..Default::default()
                        },
                    ],
                    gaps: Vec::new(),
                })
                .collect(),
            primary: crate::derive::Primary::Entity("e03".into()),
            targets: Vec::new(),
            cited_by: Vec::new(),
            responsible: Vec::new(),
            last_year: Some(2020),
            due_year: None,
            status: None,
            groups: Default::default(),
            averages: Vec::new(),
        }
    }

    #[test]
    fn few_entities_are_all_shown_home_first() {
        let c = choose(&facts(4), &[], Direction::HigherIsBetter);
        assert_eq!(c.shown, ["e03", "e00", "e01", "e02"]);
        assert!(!c.median && !c.band);
    }

    #[test]
    fn many_entities_default_to_best_worst_and_median() {
        let f = facts(63);
        let c = choose(&f, &[], Direction::HigherIsBetter);
        // 2020: distinct values (i·37 mod 101).
        let best = f
            .series
            .iter()
            .max_by(|a, b| a.points[1].value.total_cmp(&b.points[1].value))
            .unwrap();
        assert_eq!(c.shown[0], "e03");
        assert_eq!(c.shown[1], best.entity);
        assert_eq!(c.shown.len(), 3);
        assert!(c.median && c.band);
        assert!(c.shown.len() <= MAX_LINES);
        // Never the first ones by id.
        assert_ne!(c.shown[1..], ["e00".to_string(), "e01".to_string()]);
    }

    #[test]
    fn a_median_headline_has_no_home_line() {
        let mut f = facts(63);
        f.primary = crate::derive::Primary::Median(Default::default());
        let c = choose(&f, &[], Direction::HigherIsBetter);
        assert_eq!(c.shown.len(), 2, "the best and the worst: {:?}", c.shown);
        assert!(!c.shown.contains(&"e03".to_string()));
        let mut f = facts(4);
        f.primary = crate::derive::Primary::Median(Default::default());
        let c = choose(&f, &[], Direction::HigherIsBetter);
        assert_eq!(c.shown, ["e00", "e01", "e02", "e03"]);
        assert!(c.median, "the median the headline gives is drawn");
    }

    #[test]
    fn named_peers_come_after_home_at_most_five() {
        let f = facts(63);
        let peers: Vec<String> = ["e10", "e03", "x", "e11", "e12", "e13", "e14", "e15"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let c = choose(&f, &peers, Direction::HigherIsBetter);
        assert_eq!(c.shown, ["e03", "e10", "e11", "e12", "e13", "e14"]);
        assert!(!c.median && c.band);
    }

    #[test]
    fn quartiles_and_places() {
        let f = facts(5);
        // 2019: 0..4; 2020: 0, 37, 74, 10, 47.
        assert_eq!(
            quantile_by_year(&f.series, 0.5, 3),
            [(2019, 2.0), (2020, 37.0)]
        );
        assert_eq!(quantile_by_year(&f.series, 0.25, 3)[0], (2019, 1.0));
        assert!(quantile_by_year(&f.series, 0.5, 6).is_empty());
        let p = places(&f.series, 2019, Direction::HigherIsBetter);
        assert_eq!(p[4], ("e04", 1, 5));
        let p = places(&f.series, 2019, Direction::LowerIsBetter);
        assert_eq!(p[4], ("e04", 5, 5));
    }
}
