//! A responsibility's status on a day. A leaf that the agencies' facts,
//! their lineage and their scorecard read.

use crate::model::Day;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    Overdue,
    Open,
    DoneLate,
    Done,
}

impl TaskStatus {
    pub fn key(&self) -> &'static str {
        match self {
            TaskStatus::Done => "done",
            TaskStatus::DoneLate => "done_late",
            TaskStatus::Open => "open",
            TaskStatus::Overdue => "overdue",
        }
    }
}

/// Judged against `today`: a `done` date after today does not count yet.
pub fn task_status(due: Day, done: Option<Day>, today: Day) -> TaskStatus {
    match done.filter(|d| *d <= today) {
        Some(d) if d <= due => TaskStatus::Done,
        Some(_) => TaskStatus::DoneLate,
        None if today > due => TaskStatus::Overdue,
        None => TaskStatus::Open,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn task_statuses_follow_today() {
        let due = day("2020-06-30");
        assert_eq!(
            task_status(due, Some(day("2020-05-20")), day("2020-12-31")),
            TaskStatus::Done
        );
        assert_eq!(
            task_status(due, Some(day("2020-07-15")), day("2020-12-31")),
            TaskStatus::DoneLate
        );
        assert_eq!(task_status(due, None, day("2020-06-30")), TaskStatus::Open);
        assert_eq!(
            task_status(due, None, day("2020-07-01")),
            TaskStatus::Overdue
        );
        // Done in the future of `today`: not done yet on that day.
        assert_eq!(
            task_status(due, Some(day("2020-07-15")), day("2020-06-01")),
            TaskStatus::Open
        );
    }
}
