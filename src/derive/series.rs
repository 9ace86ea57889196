//! An indicator's values for one entity: the points, the years declared
//! without a value, and the series that holds them. A leaf: the parts of
//! derive that read series (averages, groups, compare) depend on it alone.

use std::collections::BTreeMap;

/// One value of an indicator for one entity.
#[derive(Debug, Clone, Default)]
pub struct Point {
    pub year: i32,
    pub value: f64,
    /// For a rank: how many were ranked, as declared (`of:`).
    pub of: Option<u32>,
    pub note: Option<String>,
    /// The group published with the value ("Khá").
    pub group: Option<String>,
    /// The value of each component, by id.
    pub components: Option<Box<BTreeMap<String, f64>>>,
    pub source: Option<Box<crate::model::Source>>,
}

/// A year an entity has no value for, and why (`status:`).
#[derive(Debug, Clone)]
pub struct Gap {
    pub year: i32,
    pub status: crate::model::ObsStatus,
    pub note: Option<String>,
    pub source: Option<Box<crate::model::Source>>,
}

/// An indicator's values for one entity, sorted by year.
#[derive(Debug, Clone, Default)]
pub struct Series {
    pub entity: String,
    pub points: Vec<Point>,
    /// Years declared without a value, sorted.
    pub gaps: Vec<Gap>,
}

impl Series {
    pub fn latest(&self) -> Option<&Point> {
        self.points.last()
    }
    /// The value of the year before the latest, when there is one.
    pub fn previous(&self) -> Option<&Point> {
        let latest = self.latest()?;
        self.points
            .iter()
            .rev()
            .nth(1)
            .filter(|p| p.year == latest.year - 1)
    }
    pub fn pairs(&self) -> Vec<(i32, f64)> {
        self.points.iter().map(|p| (p.year, p.value)).collect()
    }
}

/// Every finite value of `series`, by year (unsorted within a year).
pub fn values_by_year(series: &[Series]) -> BTreeMap<i32, Vec<f64>> {
    let mut by_year: BTreeMap<i32, Vec<f64>> = BTreeMap::new();
    for s in series {
        for p in s.points.iter().filter(|p| p.value.is_finite()) {
            by_year.entry(p.year).or_default().push(p.value);
        }
    }
    by_year
}

/// The middle of `sorted` values (the mean of the two middle ones when
/// their number is even); NaN when there are none.
pub fn median(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

/// A summary of several units' series: each year, the median of the
/// values of the units with one that year (at least [`Median::MIN_UNITS`]
/// of them; the median of two is only their mean).
#[derive(Debug, Clone, Default)]
pub struct Median {
    /// The medians, by year, as a series of no entity.
    pub series: Series,
    /// How many units each point is the median of (as `series.points`).
    pub units: Vec<usize>,
}

impl Median {
    /// The fewest values a year's median is taken of (the median line of
    /// a chart too).
    pub const MIN_UNITS: usize = 3;

    /// The median of `series` year by year; `None` when no year has
    /// [`Median::MIN_UNITS`] values.
    pub fn of(series: &[Series]) -> Option<Median> {
        let mut m = Median::default();
        for (year, mut values) in values_by_year(series) {
            if values.len() < Self::MIN_UNITS {
                continue;
            }
            values.sort_unstable_by(f64::total_cmp);
            m.series.points.push(Point {
                year,
                value: median(&values),
                ..Point::default()
            });
            m.units.push(values.len());
        }
        (!m.series.points.is_empty()).then_some(m)
    }

    /// How many units the latest median is of.
    pub fn latest_units(&self) -> usize {
        self.units.last().copied().unwrap_or(0)
    }
}

/// A series of `(year, value)` points, for tests.
#[cfg(test)]
pub(crate) fn series_of(entity: &str, values: &[(i32, f64)]) -> Series {
    Series {
        entity: entity.into(),
        points: values
            .iter()
            .map(|&(year, value)| Point {
                year,
                value,
                ..Point::default()
            })
            .collect(),
        gaps: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::series_of as series;
    use super::*;

    #[test]
    fn the_median_of_units_is_taken_year_by_year_over_those_with_a_value() {
        let s = [
            series("a", &[(2019, 10.0), (2020, 50.0), (2021, 7.0)]),
            series("b", &[(2019, 30.0), (2020, 60.0), (2021, 9.0)]),
            series("c", &[(2019, 20.0), (2020, 90.0)]),
            series("d", &[(2020, 70.0)]),
        ];
        let m = Median::of(&s).unwrap();
        // 2021 has two values: no median that year.
        assert_eq!(m.series.pairs(), [(2019, 20.0), (2020, 65.0)]);
        assert_eq!(m.units, [3, 4]);
        assert_eq!(m.latest_units(), 4);
        assert!(Median::of(&s[..2]).is_none());
        assert!(median(&[]).is_nan());
    }
}
