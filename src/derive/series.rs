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
