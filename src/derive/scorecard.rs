//! The accountability scorecard of an agency, a published formula:
//!
//! - **tasks** = (responsibilities done on time + ½ × done late) ÷
//!   responsibilities whose due date has passed or that are done (those
//!   still open before their due date are left out);
//! - **targets** = targets of the indicators the agency owns that are
//!   achieved or on track ÷ those targets that could be judged (targets
//!   with no data are left out);
//! - **score** = the mean of the parts that have something to count,
//!   × 100; no score when neither has.

use serde::Serialize;

use super::status::Status;
use super::tasks::TaskStatus;
use crate::model::Day;

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scorecard {
    pub due: usize,
    pub on_time: usize,
    pub late: usize,
    /// Overdue right now (not done, due date passed).
    pub overdue: usize,
    pub targets_judged: usize,
    pub targets_good: usize,
    /// 0–100 for each part, when it has something to count.
    pub tasks_part: Option<f64>,
    pub targets_part: Option<f64>,
    pub score: Option<f64>,
}

/// `tasks`: status and due date of each responsibility; `targets`: the
/// primary status of each target of each owned indicator.
pub fn scorecard(tasks: &[(TaskStatus, Day)], targets: &[Status], today: Day) -> Scorecard {
    let due: Vec<TaskStatus> = tasks
        .iter()
        .filter(|(s, d)| *d < today || matches!(s, TaskStatus::Done | TaskStatus::DoneLate))
        .map(|(s, _)| *s)
        .collect();
    let on_time = due.iter().filter(|s| **s == TaskStatus::Done).count();
    let late = due.iter().filter(|s| **s == TaskStatus::DoneLate).count();
    let overdue = due.iter().filter(|s| **s == TaskStatus::Overdue).count();
    let judged: Vec<Status> = targets
        .iter()
        .copied()
        .filter(|s| *s != Status::NoData)
        .collect();
    let good = judged.iter().filter(|s| s.is_good()).count();
    let tasks_part =
        (!due.is_empty()).then(|| 100.0 * (on_time as f64 + 0.5 * late as f64) / due.len() as f64);
    let targets_part = (!judged.is_empty()).then(|| 100.0 * good as f64 / judged.len() as f64);
    let parts: Vec<f64> = [tasks_part, targets_part].into_iter().flatten().collect();
    let score = (!parts.is_empty()).then(|| parts.iter().sum::<f64>() / parts.len() as f64);
    Scorecard {
        due: due.len(),
        on_time,
        late,
        overdue,
        targets_judged: judged.len(),
        targets_good: good,
        tasks_part,
        targets_part,
        score,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn follows_the_published_formula() {
        let today = d("2020-12-31");
        let tasks = [
            (TaskStatus::Done, d("2020-03-01")),
            (TaskStatus::DoneLate, d("2020-06-30")),
            (TaskStatus::Overdue, d("2020-09-30")),
            (TaskStatus::Open, d("2021-03-31")), // not due yet: left out
            (TaskStatus::Open, d("2020-12-31")), // due today, still open: left out
        ];
        let targets = [
            Status::Achieved,
            Status::AtRisk,
            Status::OnTrack,
            Status::NoData,
        ];
        let s = scorecard(&tasks, &targets, today);
        assert_eq!((s.due, s.on_time, s.late, s.overdue), (3, 1, 1, 1));
        assert!((s.tasks_part.unwrap() - 50.0).abs() < 1e-9);
        assert_eq!((s.targets_judged, s.targets_good), (3, 2));
        assert!((s.targets_part.unwrap() - 200.0 / 3.0).abs() < 1e-9);
        assert!((s.score.unwrap() - (50.0 + 200.0 / 3.0) / 2.0).abs() < 1e-9);
    }

    #[test]
    fn uses_only_the_parts_that_count_something() {
        let today = d("2020-01-01");
        let s = scorecard(
            &[(TaskStatus::Open, d("2020-06-30"))],
            &[Status::Missed],
            today,
        );
        assert_eq!(s.tasks_part, None);
        assert_eq!(s.score, Some(0.0));
        assert_eq!(scorecard(&[], &[Status::NoData], today).score, None);
    }
}
