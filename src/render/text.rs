//! Sentences written from the data in the site's language: target
//! conditions, how a status was judged, value changes.

use crate::config::Language;
use crate::derive::status::{Condition, Evaluation, Judgement, MissingReason, ON_TRACK_RATIO};
use crate::locale::{
    change_unit, format_change, format_number, format_value, rank_move, rank_move_at_least,
    rank_place,
};
use crate::model::{Indicator, IndicatorKind, Target};
use crate::theme::Theme;

/// Formats numbers of one indicator.
pub struct Fmt<'a> {
    pub ind: &'a Indicator,
    pub lang: Language,
}

/// Every number of an indicator is written through here, so that ranks are
/// spoken one way everywhere: a place is "hạng 35/63" (never "35 bậc"), a
/// move is "tăng 3 bậc" (better) or "giảm 3 bậc" (worse), never a
/// percentage.
impl Fmt<'_> {
    pub fn is_rank(&self) -> bool {
        self.ind.kind == IndicatorKind::Rank
    }
    /// A value in a sentence: "86,40%", "hạng 35".
    pub fn value(&self, v: f64) -> String {
        self.value_of(v, None)
    }
    /// A value with, for a rank, how many were ranked: "hạng 35/63".
    pub fn value_of(&self, v: f64, of: Option<usize>) -> String {
        if self.is_rank() {
            rank_place(v.round().max(0.0) as usize, of, self.lang)
        } else {
            format_value(v, self.ind.decimals(), &self.ind.unit, self.lang)
        }
    }
    /// A value in a table cell, whose header names the unit: "35/63" for a
    /// rank.
    pub fn cell(&self, v: f64, of: Option<usize>) -> String {
        match (self.is_rank(), of) {
            (true, Some(n)) => format!("{}/{n}", self.number(v)),
            (true, None) => self.number(v),
            _ => self.value(v),
        }
    }
    pub fn number(&self, v: f64) -> String {
        format_number(v, self.ind.decimals(), self.lang)
    }
    /// The change from one value to the next (`delta` = later − earlier):
    /// "+2,10 điểm %"; for a rank, the places gained or lost.
    pub fn change(&self, delta: f64) -> String {
        if self.is_rank() {
            return rank_move(-delta, self.lang);
        }
        let unit = change_unit(self.ind.kind, &self.ind.unit, self.lang);
        format_change(delta, self.ind.decimals(), unit, self.lang)
    }
    /// A change measured in the better direction (positive is better):
    /// "tăng 3 bậc", "cải thiện 2,10 điểm %", "kém đi 1 điểm".
    pub fn improvement(&self, v: f64, theme: &Theme) -> String {
        if self.is_rank() {
            return rank_move(v, self.lang);
        }
        let key = if v > 0.0 {
            "improved_by"
        } else if v < 0.0 {
            "worsened_by"
        } else {
            return theme.t("unchanged").to_string();
        };
        theme.fill(key, &[("amount", &self.amount(v.abs()))])
    }
    /// "tăng ít nhất 4 bậc", "cải thiện ít nhất 2 điểm %".
    pub fn improvement_at_least(&self, v: f64, theme: &Theme) -> String {
        if self.is_rank() {
            return rank_move_at_least(v, self.lang);
        }
        theme.fill("cond_improve_by", &[("min", &self.amount(v))])
    }
    /// An amount of change without a sign: "4 bậc", "2,10 điểm %".
    pub fn amount(&self, v: f64) -> String {
        if self.is_rank() {
            return match self.lang {
                Language::Vi => format!("{} bậc", format_number(v, 0, self.lang)),
                Language::En => format!("{} places", format_number(v, 0, self.lang)),
            };
        }
        let unit = change_unit(self.ind.kind, &self.ind.unit, self.lang);
        let n = format_number(v, self.ind.decimals(), self.lang);
        if unit.is_empty() {
            n
        } else {
            format!("{n} {unit}")
        }
    }
}

pub fn condition(c: &Condition, f: &Fmt, theme: &Theme) -> String {
    if f.is_rank() {
        return rank_condition(c, f, theme);
    }
    match c {
        Condition::Above(v) => theme.fill("cond_above", &[("v", &f.value(*v))]),
        Condition::AtLeast(v) => theme.fill("cond_at_least", &[("v", &f.value(*v))]),
        Condition::Below(v) => theme.fill("cond_below", &[("v", &f.value(*v))]),
        Condition::AtMost(v) => theme.fill("cond_at_most", &[("v", &f.value(*v))]),
        Condition::Equals(v) => theme.fill("cond_equals", &[("v", &f.value(*v))]),
        Condition::ImproveBy(ib) => match ib.max {
            Some(max) => theme.fill(
                "cond_improve_by_range",
                &[("min", &f.number(ib.min)), ("max", &f.amount(max))],
            ),
            None => theme.fill("cond_improve_by", &[("min", &f.amount(ib.min))]),
        },
    }
}

/// A target on a rank, in places: "vào top 30", "tăng từ 4 đến 6 bậc".
fn rank_condition(c: &Condition, f: &Fmt, theme: &Theme) -> String {
    let n = |v: f64| f.number(v);
    match c {
        Condition::AtMost(v) => theme.fill("cond_rank_top", &[("n", &n(*v))]),
        Condition::Below(v) => theme.fill("cond_rank_top", &[("n", &n(v - 1.0))]),
        Condition::AtLeast(v) => theme.fill("cond_rank_at_or_after", &[("n", &n(*v))]),
        Condition::Above(v) => theme.fill("cond_rank_after", &[("n", &n(*v))]),
        Condition::Equals(v) => f.value(*v),
        Condition::ImproveBy(ib) => match ib.max {
            Some(max) => theme.fill(
                "cond_rank_up_range",
                &[("min", &n(ib.min)), ("max", &n(max))],
            ),
            None => f.improvement_at_least(ib.min, theme),
        },
    }
}

/// A target with its year: "2020: Trên 92%" (its own label, with the
/// year unless the label says it: "100% trước 30/6/2020"), else its
/// conditions: "2020: trên 92% và vào top 30".
pub fn target_in(t: &Target, f: &Fmt, theme: &Theme) -> String {
    let year = t.year.to_string();
    let conditions = match &t.label {
        Some(l) if l.contains(&year) => return l.clone(),
        Some(l) => l.clone(),
        None => crate::derive::status::conditions(t)
            .iter()
            .map(|c| condition(c, f, theme))
            .collect::<Vec<_>>()
            .join(&format!(" {} ", theme.t("and"))),
    };
    theme.fill("target_in", &[("year", &year), ("conditions", &conditions)])
}

/// One sentence per condition explaining the status.
/// Each condition's judgement in words, for a target of `year`.
fn explain(e: &Evaluation, year: i32, f: &Fmt, theme: &Theme) -> Vec<String> {
    e.conditions
        .iter()
        .map(|c| judgement(&c.judgement, year, f, theme))
        .collect()
}

fn verdict(holds: bool, theme: &Theme) -> &str {
    theme.t(if holds {
        "verdict_holds"
    } else {
        "verdict_fails"
    })
}

fn judgement(j: &Judgement, target_year: i32, f: &Fmt, theme: &Theme) -> String {
    let lang = f.lang;
    match j {
        Judgement::Observed { year, value, holds } => theme.fill(
            "j_observed",
            &[
                ("year", &year.to_string()),
                ("value", &f.value(*value)),
                ("verdict", verdict(*holds, theme)),
            ],
        ),
        Judgement::ObservedChange {
            year,
            value,
            previous,
            change,
            holds,
        } => theme.fill(
            "j_observed_change",
            &[
                ("year", &year.to_string()),
                ("value", &f.value(*value)),
                ("change", &f.improvement(*change, theme)),
                ("prev_year", &(year - 1).to_string()),
                ("previous", &f.value(*previous)),
                ("verdict", verdict(*holds, theme)),
            ],
        ),
        Judgement::AlreadyMet { year, value } => theme.fill(
            "j_already_met",
            &[("year", &year.to_string()), ("value", &f.value(*value))],
        ),
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
            ..
        } => theme.fill(
            "j_pace",
            &[
                ("base_year", &base_year.to_string()),
                ("base_value", &f.value(*base_value)),
                ("latest_year", &latest_year.to_string()),
                ("latest_value", &f.value(*latest_value)),
                ("target_value", &f.value(*target_value)),
                ("target_year", &target_year.to_string()),
                ("observed_rate", &rate(*observed_rate, *compound, f)),
                ("needed_rate", &rate(*needed_rate, *compound, f)),
                ("ratio", &format_number(*ratio, 2, lang)),
                ("threshold", &format_number(ON_TRACK_RATIO, 2, lang)),
            ],
        ),
        Judgement::ChangePace {
            from_year,
            to_year,
            change,
            needed,
            ..
        } => theme.fill(
            "j_change_pace",
            &[
                ("from_year", &from_year.to_string()),
                ("to_year", &to_year.to_string()),
                ("change", &f.improvement(*change, theme)),
                ("needed", &f.improvement_at_least(*needed, theme)),
            ],
        ),
        Judgement::Missing { reason } => missing(reason, target_year, theme),
    }
}

/// A yearly rate of change as the rule measured it: a percentage when
/// `compound`, places a year for a rank, else in the indicator's unit.
fn rate(r: f64, compound: bool, f: &Fmt) -> String {
    if compound {
        format!("{}%", format_change(r * 100.0, 2, "", f.lang))
    } else if f.is_rank() {
        // Places a year: a fall in the number is a rise.
        rank_move(-r, f.lang)
    } else {
        f.change(r)
    }
}

/// Why there was nothing to judge from, for a target of `year`.
fn missing(reason: &MissingReason, year: i32, theme: &Theme) -> String {
    match reason {
        MissingReason::NoValues => theme.t("j_no_values").to_string(),
        MissingReason::OneValue => theme.t("j_one_value").to_string(),
        MissingReason::NoPreviousYear => {
            theme.fill("j_no_previous", &[("prev_year", &(year - 1).to_string())])
        }
        MissingReason::NotReported => theme.fill("j_not_reported", &[("year", &year.to_string())]),
    }
}

/// How target `t` was judged, a sentence per condition.
pub fn explain_target(e: &Evaluation, t: &Target, f: &Fmt, theme: &Theme) -> Vec<String> {
    explain(e, t.year, f, theme)
}
