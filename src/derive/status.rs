//! Target statuses, per entity.
//!
//! - `achieved` / `missed`: there is an observation for the target year and
//!   every condition of the target holds / does not.
//! - `on_track` / `at_risk`: no observation for the target year yet; decided
//!   by the progress rule below, whose inputs are kept for the page.
//! - `no_data`: nothing to judge from.
//!
//! The progress rule (the compound-growth measure of national SDG
//! platforms): with a baseline (the earliest value before the target year)
//! and the latest value before it, the observed annual growth rate is
//! compared with the rate needed to go from the baseline to the target by
//! the target year. `ratio = observed / needed`; a ratio of at least 0.95
//! (or a latest value that already meets the target) is `on_track`, less is
//! `at_risk`. For ranks, and when a value is zero or negative, the rates
//! are linear (places or units a year) instead of compound. For `improve_by` targets the needed rate
//! is the minimum improvement, compared with the latest year-on-year change.

use serde::Serialize;

use crate::model::{Direction, ImproveBy, Target};

/// The least share of the needed pace that counts as on track.
pub const ON_TRACK_RATIO: f64 = 0.95;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Missed,
    AtRisk,
    NoData,
    OnTrack,
    Achieved,
}

impl Status {
    pub fn key(&self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::Missed => "missed",
            Status::OnTrack => "on_track",
            Status::AtRisk => "at_risk",
            Status::NoData => "no_data",
        }
    }
    /// Achieved or on track.
    pub fn is_good(&self) -> bool {
        matches!(self, Status::Achieved | Status::OnTrack)
    }
}

pub use crate::model::{Condition, conditions};

impl Condition {
    /// Whether `value` meets a threshold condition.
    pub fn holds(&self, value: f64) -> bool {
        match *self {
            Condition::Above(v) => value > v,
            Condition::AtLeast(v) => value >= v - eps(v),
            Condition::Below(v) => value < v,
            Condition::AtMost(v) => value <= v + eps(v),
            Condition::Equals(v) => (value - v).abs() <= eps(v),
            Condition::ImproveBy(_) => false,
        }
    }
}

fn eps(v: f64) -> f64 {
    1e-9 * v.abs().max(1.0)
}

/// The change from `from` to `to` measured in the better direction.
pub fn improvement(from: f64, to: f64, dir: Direction) -> f64 {
    match dir {
        Direction::HigherIsBetter => to - from,
        Direction::LowerIsBetter => from - to,
    }
}

/// How one condition was judged, with the inputs shown on the page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum Judgement {
    /// The target year has a value.
    Observed { year: i32, value: f64, holds: bool },
    /// The target year has a value and so does the year before.
    ObservedChange {
        year: i32,
        value: f64,
        previous: f64,
        change: f64,
        holds: bool,
    },
    /// No value for the target year, but the latest already meets it.
    AlreadyMet { year: i32, value: f64 },
    /// The progress rule on a threshold.
    Pace {
        base_year: i32,
        base_value: f64,
        latest_year: i32,
        latest_value: f64,
        target_value: f64,
        target_year: i32,
        compound: bool,
        observed_rate: f64,
        needed_rate: f64,
        ratio: f64,
        on_track: bool,
    },
    /// The progress rule on an `improve_by`: the latest yearly change.
    ChangePace {
        from_year: i32,
        to_year: i32,
        change: f64,
        needed: f64,
        on_track: bool,
    },
    /// Nothing to judge from.
    Missing { reason: MissingReason },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MissingReason {
    /// No value at all before or in the target year.
    NoValues,
    /// One value only: no pace can be measured.
    OneValue,
    /// The year before the target year has no value to compare with.
    NoPreviousYear,
    /// The target year's figure is due, and there is none: a pace no
    /// longer forecasts anything.
    NotReported,
}

impl Judgement {
    pub fn status(&self) -> Status {
        match self {
            Judgement::Observed { holds, .. } | Judgement::ObservedChange { holds, .. } => {
                if *holds {
                    Status::Achieved
                } else {
                    Status::Missed
                }
            }
            Judgement::AlreadyMet { .. } => Status::OnTrack,
            Judgement::Pace { on_track, .. } | Judgement::ChangePace { on_track, .. } => {
                if *on_track {
                    Status::OnTrack
                } else {
                    Status::AtRisk
                }
            }
            Judgement::Missing { .. } => Status::NoData,
        }
    }
}

/// A condition and how it was judged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConditionResult {
    pub condition: Condition,
    pub judgement: Judgement,
}

/// A target judged for one entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub status: Status,
    pub conditions: Vec<ConditionResult>,
}

/// How the pace of a series is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Growth {
    /// Compound growth (percent a year), as national SDG platforms do.
    Compound,
    /// Change a year: places for ranks, where a growth rate means nothing.
    Linear,
}

/// Judges `target` from one entity's `(year, value)` points, sorted by year,
/// pacing them by compound growth.
pub fn evaluate(target: &Target, points: &[(i32, f64)], dir: Direction) -> Evaluation {
    evaluate_with(target, points, dir, Growth::Compound)
}

/// Judges `target` from one entity's `(year, value)` points, sorted by year,
/// pacing them by `growth`.
pub fn evaluate_with(
    target: &Target,
    points: &[(i32, f64)],
    dir: Direction,
    growth: Growth,
) -> Evaluation {
    evaluate_due(target, points, dir, growth, false)
}

/// [`evaluate_with`], knowing whether the target year's figure is due
/// (see [`super::figure_due`]): once it is, a target year without a value
/// is not reported, no longer on track or at risk by its pace.
pub fn evaluate_due(
    target: &Target,
    points: &[(i32, f64)],
    dir: Direction,
    growth: Growth,
    figure_due: bool,
) -> Evaluation {
    let conds = conditions(target);
    let value_at = |y: i32| points.iter().find(|p| p.0 == y).map(|p| p.1);
    let lapsed = figure_due && value_at(target.year).is_none();
    let results: Vec<ConditionResult> = conds
        .iter()
        .map(|&c| ConditionResult {
            condition: c,
            judgement: if lapsed {
                Judgement::Missing {
                    reason: MissingReason::NotReported,
                }
            } else {
                judge(c, target.year, points, &value_at, dir, growth)
            },
        })
        .collect();
    Evaluation {
        status: combine(results.iter().map(|r| r.judgement.status())),
        conditions: results,
    }
}

/// All conditions must hold: the worst status wins, except that a target
/// whose year has a value is achieved or missed, never "no data", when the
/// conditions that can be judged settle it.
fn combine(statuses: impl Iterator<Item = Status>) -> Status {
    let all: Vec<Status> = statuses.collect();
    if all.contains(&Status::Missed) {
        return Status::Missed;
    }
    if all.contains(&Status::AtRisk) {
        return Status::AtRisk;
    }
    if all.contains(&Status::NoData) || all.is_empty() {
        return Status::NoData;
    }
    if all.iter().all(|s| *s == Status::Achieved) {
        return Status::Achieved;
    }
    Status::OnTrack
}

/// Judges one condition of a target due in `year`.
fn judge(
    c: Condition,
    year: i32,
    points: &[(i32, f64)],
    value_at: &dyn Fn(i32) -> Option<f64>,
    dir: Direction,
    growth: Growth,
) -> Judgement {
    let before: Vec<(i32, f64)> = points.iter().copied().filter(|p| p.0 < year).collect();
    match c {
        Condition::ImproveBy(ib) => judge_change(ib, year, &before, value_at, dir),
        _ => judge_threshold(c, year, &before, value_at, dir, growth),
    }
}

/// An `improve_by` condition: the change into the target year when it has a
/// value, else the latest year-on-year change before it (`before`).
fn judge_change(
    ib: ImproveBy,
    year: i32,
    before: &[(i32, f64)],
    value_at: &dyn Fn(i32) -> Option<f64>,
    dir: Direction,
) -> Judgement {
    if let Some(value) = value_at(year) {
        return match value_at(year - 1) {
            Some(previous) => {
                let change = improvement(previous, value, dir);
                Judgement::ObservedChange {
                    year,
                    value,
                    previous,
                    change,
                    holds: change >= ib.min - eps(ib.min),
                }
            }
            None => Judgement::Missing {
                reason: MissingReason::NoPreviousYear,
            },
        };
    }
    // The latest year-on-year change before the target year.
    let pair = before
        .windows(2)
        .rev()
        .find(|w| w[1].0 == w[0].0 + 1)
        .map(|w| (w[0], w[1]));
    match pair {
        Some(((y0, v0), (y1, v1))) => {
            let change = improvement(v0, v1, dir);
            Judgement::ChangePace {
                from_year: y0,
                to_year: y1,
                change,
                needed: ib.min,
                on_track: change >= ib.min - eps(ib.min),
            }
        }
        None => Judgement::Missing {
            reason: if before.is_empty() {
                MissingReason::NoValues
            } else {
                MissingReason::OneValue
            },
        },
    }
}

/// A threshold condition: the target year's value when it has one, else
/// the latest value before it (`before`) when that already meets it, else
/// the progress rule from the earliest value to the latest.
fn judge_threshold(
    c: Condition,
    year: i32,
    before: &[(i32, f64)],
    value_at: &dyn Fn(i32) -> Option<f64>,
    dir: Direction,
    growth: Growth,
) -> Judgement {
    let target_value = c.threshold().expect("threshold condition");
    if let Some(value) = value_at(year) {
        return Judgement::Observed {
            year,
            value,
            holds: c.holds(value),
        };
    }
    let Some(&(latest_year, latest_value)) = before.last() else {
        return Judgement::Missing {
            reason: MissingReason::NoValues,
        };
    };
    if c.holds(latest_value) {
        return Judgement::AlreadyMet {
            year: latest_year,
            value: latest_value,
        };
    }
    let (base_year, base_value) = before[0];
    if before.len() < 2 || base_year == latest_year {
        return Judgement::Missing {
            reason: MissingReason::OneValue,
        };
    }
    pace(
        (base_year, base_value),
        (latest_year, latest_value),
        (year, target_value),
        dir,
        growth,
    )
}

/// The progress rule: the observed rate from `base` to `latest` against the
/// rate needed from `base` to `target`, each a `(year, value)` with `latest`
/// after `base`.
fn pace(
    (base_year, base_value): (i32, f64),
    (latest_year, latest_value): (i32, f64),
    (target_year, target_value): (i32, f64),
    dir: Direction,
    growth: Growth,
) -> Judgement {
    let compound =
        growth == Growth::Compound && base_value > 0.0 && latest_value > 0.0 && target_value > 0.0;
    let span_obs = f64::from(latest_year - base_year);
    let span_need = f64::from(target_year - base_year);
    let (observed_rate, needed_rate) = if compound {
        (
            (latest_value / base_value).powf(1.0 / span_obs) - 1.0,
            (target_value / base_value).powf(1.0 / span_need) - 1.0,
        )
    } else {
        (
            (latest_value - base_value) / span_obs,
            (target_value - base_value) / span_need,
        )
    };
    let ratio = if needed_rate.abs() < 1e-12 {
        // The baseline sits on the target: on track while not moving away.
        if improvement(base_value, latest_value, dir) >= 0.0 {
            1.0
        } else {
            -1.0
        }
    } else {
        observed_rate / needed_rate
    };
    Judgement::Pace {
        base_year,
        base_value,
        latest_year,
        latest_value,
        target_value,
        target_year,
        compound,
        observed_rate,
        needed_rate,
        ratio,
        on_track: ratio >= ON_TRACK_RATIO,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ImproveBy;

    fn target(year: i32) -> Target {
        Target {
            year,
            ..Default::default()
        }
    }

    #[test]
    fn achieved_and_missed_when_the_year_has_a_value() {
        let t = Target {
            above: Some(92.0),
            ..target(2020)
        };
        let e = evaluate(&t, &[(2019, 83.2), (2020, 92.5)], Direction::HigherIsBetter);
        assert_eq!(e.status, Status::Achieved);
        let e = evaluate(&t, &[(2019, 83.2), (2020, 92.0)], Direction::HigherIsBetter);
        assert_eq!(e.status, Status::Missed, "above is strict");
    }

    #[test]
    fn a_target_year_due_without_a_value_is_not_reported_not_paced() {
        let t = Target {
            above: Some(92.0),
            ..target(2020)
        };
        let pts = [(2017, 80.5), (2018, 83.2), (2019, 88.0)];
        let paced = evaluate_due(&t, &pts, Direction::HigherIsBetter, Growth::Compound, false);
        assert_eq!(paced.status, Status::OnTrack);
        let due = evaluate_due(&t, &pts, Direction::HigherIsBetter, Growth::Compound, true);
        assert_eq!(due.status, Status::NoData);
        assert!(matches!(
            due.conditions[0].judgement,
            Judgement::Missing {
                reason: MissingReason::NotReported
            }
        ));
        // With the year's value, the figure settles it, due or not.
        let pts = [(2019, 88.0), (2020, 92.5)];
        let e = evaluate_due(&t, &pts, Direction::HigherIsBetter, Growth::Compound, true);
        assert_eq!(e.status, Status::Achieved);
    }

    #[test]
    fn improve_by_counts_falls_as_gains_for_ranks() {
        let t = Target {
            improve_by: Some(ImproveBy {
                min: 4.0,
                max: Some(6.0),
            }),
            at_most: Some(30.0),
            ..target(2020)
        };
        let e = evaluate(&t, &[(2019, 35.0), (2020, 30.0)], Direction::LowerIsBetter);
        assert_eq!(e.status, Status::Achieved);
        let e = evaluate(&t, &[(2019, 35.0), (2020, 32.0)], Direction::LowerIsBetter);
        assert_eq!(e.status, Status::Missed);
        let e = evaluate(&t, &[(2020, 28.0)], Direction::LowerIsBetter);
        assert_eq!(e.status, Status::NoData, "no 2019 value to compare with");
    }

    #[test]
    fn pace_rule_decides_pending_targets() {
        let t = Target {
            above: Some(92.0),
            ..target(2020)
        };
        // 80 → 83.2 over 2 years is ~2% a year; 92 needs ~4.8% a year.
        let e = evaluate(&t, &[(2017, 80.0), (2019, 83.2)], Direction::HigherIsBetter);
        assert_eq!(e.status, Status::AtRisk);
        match &e.conditions[0].judgement {
            Judgement::Pace {
                ratio, compound, ..
            } => {
                assert!(*compound);
                assert!((ratio - 0.41).abs() < 0.01, "{ratio}");
            }
            other => panic!("{other:?}"),
        }
        let e = evaluate(&t, &[(2017, 80.0), (2019, 90.0)], Direction::HigherIsBetter);
        assert_eq!(e.status, Status::OnTrack);
        let e = evaluate(&t, &[(2019, 93.0)], Direction::HigherIsBetter);
        assert_eq!(e.status, Status::OnTrack, "already meets it");
        let e = evaluate(&t, &[(2019, 83.0)], Direction::HigherIsBetter);
        assert_eq!(e.status, Status::NoData, "one value gives no pace");
        let e = evaluate(&t, &[], Direction::HigherIsBetter);
        assert_eq!(e.status, Status::NoData);
    }

    #[test]
    fn pace_rule_reads_ranks_the_right_way() {
        let t = Target {
            at_most: Some(30.0),
            ..target(2020)
        };
        let e = evaluate(&t, &[(2017, 40.0), (2019, 32.0)], Direction::LowerIsBetter);
        assert_eq!(e.status, Status::OnTrack);
        let e = evaluate(&t, &[(2017, 40.0), (2019, 41.0)], Direction::LowerIsBetter);
        assert_eq!(e.status, Status::AtRisk);
    }

    #[test]
    fn ranks_are_paced_in_places_a_year() {
        let t = Target {
            at_most: Some(30.0),
            ..target(2020)
        };
        // 40 → 35 in two years is 2.5 places a year; 30 by 2020 needs
        // 10/3 a year: a ratio of 0.75.
        let e = evaluate_with(
            &t,
            &[(2017, 40.0), (2019, 35.0)],
            Direction::LowerIsBetter,
            Growth::Linear,
        );
        match &e.conditions[0].judgement {
            Judgement::Pace {
                compound,
                ratio,
                observed_rate,
                ..
            } => {
                assert!(!compound);
                assert!((observed_rate + 2.5).abs() < 1e-9, "{observed_rate}");
                assert!((ratio - 0.75).abs() < 1e-9, "{ratio}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(e.status, Status::AtRisk);
    }

    #[test]
    fn linear_when_values_touch_zero() {
        let t = Target {
            at_least: Some(40.0),
            ..target(2020)
        };
        let e = evaluate(&t, &[(2018, 0.0), (2019, 30.0)], Direction::HigherIsBetter);
        match &e.conditions[0].judgement {
            Judgement::Pace {
                compound, ratio, ..
            } => {
                assert!(!compound);
                assert!((ratio - 1.5).abs() < 1e-9);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn improve_by_pending_uses_latest_change() {
        let t = Target {
            improve_by: Some(ImproveBy {
                min: 2.0,
                max: Some(4.0),
            }),
            ..target(2020)
        };
        let e = evaluate(&t, &[(2018, 41.0), (2019, 37.0)], Direction::LowerIsBetter);
        assert_eq!(e.status, Status::OnTrack);
        let e = evaluate(&t, &[(2018, 41.0), (2019, 40.0)], Direction::LowerIsBetter);
        assert_eq!(e.status, Status::AtRisk);
    }
}
