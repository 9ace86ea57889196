//! Averages computed at build time: over the provinces in the data (the
//! nation), and over the members of each `regions:` of `site.yaml`.

use rustc_hash::FxHashMap as HashMap;

use super::series::Series;
use crate::model::{Agency, AgencyIx, AgencyKind, Indicator, IndicatorKind, TiSlice};

/// Whose average it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Over {
    /// Every province with a value that year.
    Nation,
    /// The members of `regions[k]` of `site.yaml`.
    Region(usize),
}

/// An average by year: (year, mean, how many values it is the mean of).
#[derive(Debug, Clone)]
pub struct Average {
    pub over: Over,
    pub points: Vec<(i32, f64, usize)>,
}

/// A mean needs at least this many values: one value is not an average.
const MIN_VALUES: usize = 2;

/// The averages of one indicator. None for ranks (a mean place says
/// nothing) and for sites without two provinces in the data.
pub fn averages(
    ind: &Indicator,
    series: &[Series],
    agencies: &TiSlice<AgencyIx, Agency>,
    index: &HashMap<String, AgencyIx>,
    regions: &[crate::config::RegionGroup],
) -> Vec<Average> {
    if ind.kind == IndicatorKind::Rank {
        return Vec::new();
    }
    let province = |s: &&Series| {
        index
            .get(&s.entity)
            .is_some_and(|&a| agencies[a].kind == AgencyKind::Province)
    };
    let mut out = Vec::new();
    let provinces: Vec<&Series> = series.iter().filter(province).collect();
    if let Some(a) = mean_by_year(&provinces, Over::Nation) {
        out.push(a);
    }
    for (k, r) in regions.iter().enumerate() {
        let members: Vec<&Series> = series
            .iter()
            .filter(|s| r.members.iter().any(|m| m == &s.entity))
            .collect();
        if let Some(a) = mean_by_year(&members, Over::Region(k)) {
            out.push(a);
        }
    }
    out
}

fn mean_by_year(series: &[&Series], over: Over) -> Option<Average> {
    let mut sums: std::collections::BTreeMap<i32, (f64, usize)> = Default::default();
    for s in series {
        for p in &s.points {
            let e = sums.entry(p.year).or_default();
            e.0 += p.value;
            e.1 += 1;
        }
    }
    let points: Vec<(i32, f64, usize)> = sums
        .into_iter()
        .filter(|(_, (_, n))| *n >= MIN_VALUES)
        .map(|(y, (sum, n))| (y, sum / n as f64, n))
        .collect();
    (!points.is_empty()).then_some(Average { over, points })
}

#[cfg(test)]
mod tests {
    use super::super::series::series_of as series;
    use super::*;

    #[test]
    fn means_by_year_over_two_or_more() {
        let s = [
            series("a", &[(2020, 80.0), (2021, 90.0)]),
            series("b", &[(2020, 70.0)]),
        ];
        let refs: Vec<&Series> = s.iter().collect();
        let a = mean_by_year(&refs, Over::Nation).unwrap();
        // 2021 has one value only: no average that year.
        assert_eq!(a.points, [(2020, 75.0, 2)]);
        assert!(mean_by_year(&refs[..1], Over::Nation).is_none());
    }
}
