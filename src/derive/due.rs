//! When a year's figure is due: for the reporting page (who is late) and
//! for targets (a target year whose figure is due and missing is no longer
//! judged by its pace). A leaf: it reads the calendar only.

use crate::model::Day;

/// The latest year whose figure is due on `today`. With `due_months`,
/// the figure of year Y is due at the end of month `due_months` after Y
/// ends (6: by 30 June of Y+1), and late from the next day; without, the
/// latest year any entity has a value for is due.
pub fn due_year(due_months: Option<u32>, last_year: Option<i32>, today: Day) -> Option<i32> {
    let Some(months) = due_months else {
        return last_year;
    };
    // Months counted from year 0: the due month of Y is 12(Y+1) + months - 1.
    let now = 12 * i64::from(today.0.year()) + i64::from(today.0.month()) - 1;
    let due_month = |y: i64| 12 * (y + 1) + i64::from(months) - 1;
    let mut y = i64::from(today.0.year());
    while due_month(y) >= now {
        y -= 1;
    }
    i32::try_from(y).ok()
}

/// Whether the figure of `year` is due on `today`: with `due_months`, as
/// [`due_year`] says; without, once a whole year has passed after it (the
/// 2020 figure from 1 January 2022). Until then a target of `year` with no
/// value is judged by its pace; from then on, it is not reported.
pub fn figure_due(year: i32, due_months: Option<u32>, today: Day) -> bool {
    match due_months {
        Some(_) => due_year(due_months, None, today).is_some_and(|due| due >= year),
        None => i32::from(today.0.year()) > year + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_years_figure_is_due_a_year_after_without_months() {
        let d = |s: &str| Day::parse(s).unwrap();
        assert!(!figure_due(2020, None, d("2021-12-31")));
        assert!(figure_due(2020, None, d("2022-01-01")));
        // With months, as the reporting page has it.
        assert!(!figure_due(2020, Some(6), d("2021-06-30")));
        assert!(figure_due(2020, Some(6), d("2021-07-01")));
    }

    #[test]
    fn a_years_figure_is_due_after_its_months() {
        let d = |s: &str| Day::parse(s).unwrap();
        // 6 months: the 2020 figure is due by 30 June 2021.
        assert_eq!(due_year(Some(6), Some(2021), d("2021-06-30")), Some(2019));
        assert_eq!(due_year(Some(6), Some(2021), d("2021-07-01")), Some(2020));
        // 0 months: due as the year ends.
        assert_eq!(due_year(Some(0), None, d("2021-01-01")), Some(2020));
        assert_eq!(due_year(Some(0), None, d("2020-12-31")), Some(2019));
        // 15 months: the 2019 figure by 31 March 2021.
        assert_eq!(due_year(Some(15), None, d("2021-04-01")), Some(2019));
        assert_eq!(due_year(Some(15), None, d("2021-03-31")), Some(2018));
        // Without: the latest year anybody reported.
        assert_eq!(due_year(None, Some(2019), d("2030-01-01")), Some(2019));
    }
}
