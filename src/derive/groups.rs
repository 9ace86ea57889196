//! Units under one parent: for an indicator observed for many entities (the
//! communes of a country), who belongs with whom and each one's place among
//! its own parent's units in the latest year ("hạng 12/98 trong tỉnh").
//! Indicators with more than [`MANY`] entities get a page per parent
//! instead of one table of every unit.

use std::cmp::Ordering;

use rustc_hash::FxHashMap as HashMap;

use super::series::Series;
use crate::model::{Agency, AgencyIx, Direction, TiSlice};

/// Past this many entities an indicator's page shows the distribution, the
/// top and bottom ten and one page per parent, not every unit.
pub const MANY: usize = 100;

/// The entities of one indicator under one parent.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The parent agency; `None` for entities without one (under the region).
    pub parent: Option<AgencyIx>,
    /// Indices into the indicator's series, best first in the latest year
    /// (those without a value that year last, in series order).
    pub series: Vec<usize>,
}

/// One entity's place among its parent's units in the latest year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub group: usize,
    /// 1 for the best; equal values share a place (1, 2, 2, 4).
    pub place: usize,
    /// How many in the group have a value that year.
    pub of: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Groups {
    /// Groups with a parent first, by the parent's index; then the
    /// parentless.
    pub groups: Vec<Group>,
    /// By series index; `None` for the region and entities with no value in
    /// the latest year.
    pub standing: Vec<Option<Standing>>,
    /// By series index, its group; `None` for the region.
    pub member_of: Vec<Option<usize>>,
}

impl Groups {
    /// The group of series `k` (any, placed or not).
    pub fn standing_group(&self, k: usize) -> Option<usize> {
        self.member_of.get(k).copied().flatten()
    }

    /// The group of the units under agency `parent`.
    pub fn of_parent(&self, parent: AgencyIx) -> Option<usize> {
        self.groups.iter().position(|g| g.parent == Some(parent))
    }
}

/// Whether `a` is better than `b` in `dir`.
pub fn better(a: f64, b: f64, dir: Direction) -> Ordering {
    match dir {
        Direction::HigherIsBetter => b.total_cmp(&a),
        Direction::LowerIsBetter => a.total_cmp(&b),
    }
}

/// Groups `series` (entity ids) by parent and ranks each group in `year`.
pub fn group(
    series: &[Series],
    region: &str,
    agencies: &TiSlice<AgencyIx, Agency>,
    agency_index: &HashMap<String, AgencyIx>,
    dir: Direction,
    year: Option<i32>,
) -> Groups {
    let mut by_parent: HashMap<Option<AgencyIx>, Vec<usize>> = HashMap::default();
    for (k, s) in series.iter().enumerate() {
        // The region is not one of the units, unless it is an agency too
        // (a national site whose home province is its region).
        if s.entity == region && !agency_index.contains_key(region) {
            continue;
        }
        let parent = agency_index
            .get(&s.entity)
            .and_then(|&a| agencies[a].parent.as_ref())
            .and_then(|p| agency_index.get(p).copied());
        by_parent.entry(parent).or_default().push(k);
    }
    let mut keys: Vec<Option<AgencyIx>> = by_parent.keys().copied().collect();
    // Parents by index, the parentless last: a stable order.
    keys.sort_by_key(|k| (k.is_none(), *k));
    let value = |k: usize| {
        year.and_then(|y| series[k].points.iter().find(|p| p.year == y))
            .map(|p| p.value)
    };
    let mut standing = vec![None; series.len()];
    let mut member_of = vec![None; series.len()];
    let mut groups = Vec::with_capacity(keys.len());
    for parent in keys {
        let mut members = by_parent.remove(&parent).unwrap_or_default();
        members.sort_by(|&a, &b| match (value(a), value(b)) {
            (Some(x), Some(y)) => better(x, y, dir).then(a.cmp(&b)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => a.cmp(&b),
        });
        let of = members.iter().filter(|&&k| value(k).is_some()).count();
        let gi = groups.len();
        for &k in &members {
            member_of[k] = Some(gi);
        }
        let mut place = 0;
        let mut last: Option<f64> = None;
        for (n, &k) in members.iter().enumerate() {
            let Some(v) = value(k) else { break };
            if last != Some(v) {
                place = n + 1;
                last = Some(v);
            }
            standing[k] = Some(Standing {
                group: gi,
                place,
                of,
            });
        }
        groups.push(Group {
            parent,
            series: members,
        });
    }
    Groups {
        groups,
        standing,
        member_of,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive::Point;
    use crate::model::TiVec;

    fn s(entity: &str, v: Option<f64>) -> Series {
        Series {
            entity: entity.into(),
            points: v
                .map(|value| Point {
                    year: 2020,
                    value,
                    of: None,
                    note: None,
                    ..Default::default()
                })
                .into_iter()
                .collect(),
            gaps: Vec::new(),
        }
    }

    fn agency(id: &str, parent: Option<&str>) -> Agency {
        let y = format!(
            "name: {id}\nkind: commune\n{}",
            parent.map(|p| format!("parent: {p}\n")).unwrap_or_default()
        );
        let mut a: Agency = serde_yaml::from_str(&y).unwrap();
        a.id = id.into();
        a
    }

    #[test]
    fn ranks_units_among_their_parents_units_with_shared_places() {
        let agencies: TiVec<AgencyIx, Agency> = vec![
            agency("p1", None),
            agency("p2", None),
            agency("a", Some("p1")),
            agency("b", Some("p1")),
            agency("c", Some("p1")),
            agency("d", Some("p2")),
            agency("e", Some("p1")),
        ]
        .into();
        let (p1, p2) = (AgencyIx::from(0usize), AgencyIx::from(1usize));
        let index: HashMap<String, AgencyIx> = agencies
            .iter_enumerated()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let series = vec![
            s("vung", Some(50.0)),
            s("a", Some(80.0)),
            s("b", Some(90.0)),
            s("c", Some(80.0)),
            s("d", Some(10.0)),
            s("e", None),
            s("p1", Some(70.0)),
        ];
        let g = group(
            &series,
            "vung",
            &agencies,
            &index,
            Direction::HigherIsBetter,
            Some(2020),
        );
        assert_eq!(g.groups.len(), 3);
        assert_eq!(g.groups[0].parent, Some(p1));
        assert_eq!(g.groups[0].series, [2, 1, 3, 5]);
        let place = |k: usize| g.standing[k].map(|s| (s.place, s.of));
        assert_eq!(place(2), Some((1, 3)));
        assert_eq!(place(1), Some((2, 3)));
        assert_eq!(place(3), Some((2, 3)), "equal values share a place");
        assert_eq!(place(5), None, "no value, no place");
        assert_eq!(place(4), Some((1, 1)));
        assert_eq!(place(0), None, "the region is not ranked");
        assert_eq!(g.groups[2].parent, None);
        assert_eq!(g.of_parent(p2), Some(1));
        assert_eq!(g.standing_group(5), Some(0), "in its group without a value");
        assert_eq!(g.standing_group(0), None);
        // A region that is an agency too (a national site's home province)
        // is one of the units.
        let mut with_region = agencies.clone();
        with_region.push(agency("vung", None));
        let index2: HashMap<String, AgencyIx> = with_region
            .iter_enumerated()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let g2 = group(
            &series,
            "vung",
            &with_region,
            &index2,
            Direction::HigherIsBetter,
            Some(2020),
        );
        assert_eq!(
            g2.standing[0].map(|s| (s.place, s.of)),
            Some((2, 2)),
            "vung 50 after p1 70"
        );
        // Lower is better turns the order round.
        let g = group(
            &series,
            "vung",
            &agencies,
            &index,
            Direction::LowerIsBetter,
            Some(2020),
        );
        assert_eq!(g.groups[0].series, [1, 3, 2, 5]);
    }
}
