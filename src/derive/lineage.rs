//! Units that end and the units that carry on: who succeeds whom, since
//! when a successor exists, and which open duties pass to it.

use rustc_hash::FxHashMap as HashMap;

use super::tasks::TaskStatus;
use crate::model::{Agency, AgencyIx, Day, TiSlice, TiVec};

/// One agency's place in the map's history.
#[derive(Debug, Clone, Default)]
pub struct Lineage {
    /// The agencies that carry on after it ends (`successors:`).
    pub successors: Vec<AgencyIx>,
    /// The agencies it was formed from: its `formed_from:` and those that
    /// name it among their successors.
    pub predecessors: Vec<AgencyIx>,
    /// Its first day, for a unit formed from others: the day after the
    /// earliest of its predecessors' `until`.
    pub since: Option<Day>,
    /// It ended on or before today.
    pub ended: bool,
    /// Per responsibility: passed to the successors (not done when the
    /// unit ended).
    pub handed_over: Vec<bool>,
    /// Duties handed over to it: (predecessor, responsibility index).
    pub taken_over: Vec<(AgencyIx, usize)>,
}

/// The lineage of every agency, index-aligned with `agencies`.
pub fn lineages(
    agencies: &TiSlice<AgencyIx, Agency>,
    index: &HashMap<String, AgencyIx>,
    tasks: &TiSlice<AgencyIx, Vec<(TaskStatus, Option<usize>)>>,
    today: Day,
) -> TiVec<AgencyIx, Lineage> {
    let mut out: TiVec<AgencyIx, Lineage> = agencies
        .iter()
        .map(|a| Lineage {
            successors: ids(&a.successors, index),
            predecessors: ids(&a.formed_from, index),
            ended: a.until.is_some_and(|u| u < today),
            ..Lineage::default()
        })
        .collect();
    for (p, a) in agencies.iter_enumerated() {
        for &s in &out[p].successors.clone() {
            if !out[s].predecessors.contains(&p) {
                out[s].predecessors.push(p);
            }
        }
        let Some(until) = a.until else { continue };
        // A duty is handed over when it was not done by the unit's last day.
        out[p].handed_over = a
            .responsibilities
            .iter()
            .zip(&tasks[p])
            .map(|(r, (status, _))| {
                out[p].ended
                    && !out[p].successors.is_empty()
                    && r.done.is_none_or(|d| d > until)
                    && matches!(status, TaskStatus::Open | TaskStatus::Overdue)
            })
            .collect();
        for k in 0..a.responsibilities.len() {
            if out[p].handed_over[k] {
                for s in out[p].successors.clone() {
                    out[s].taken_over.push((p, k));
                }
            }
        }
    }
    for l in &mut out {
        l.predecessors.sort_unstable();
        l.since = l
            .predecessors
            .iter()
            .filter_map(|&p| agencies[p].until)
            .min()
            .and_then(|d| d.0.tomorrow().ok().map(Day));
    }
    out
}

fn ids(list: &[String], index: &HashMap<String, AgencyIx>) -> Vec<AgencyIx> {
    list.iter()
        .filter_map(|id| index.get(id).copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agency(id: &str, until: Option<&str>, successors: &[&str]) -> Agency {
        let mut y = format!("name: {id}\nkind: province\n");
        if let Some(u) = until {
            y.push_str(&format!("until: {u}\n"));
        }
        if !successors.is_empty() {
            y.push_str(&format!("successors: [{}]\n", successors.join(", ")));
        }
        y.push_str("responsibilities:\n  - { task: Một, due: 2025-03-31, done: 2025-03-01 }\n  - { task: Hai, due: 2025-12-31 }\n");
        let mut a: Agency = serde_yaml::from_str(&y).unwrap();
        a.id = id.to_string();
        a
    }

    #[test]
    fn open_duties_pass_to_the_successor() {
        let agencies: TiVec<AgencyIx, Agency> = vec![
            agency("yen-bai", Some("2025-06-30"), &["lao-cai"]),
            agency("lao-cai", None, &[]),
        ]
        .into();
        let (yen_bai, lao_cai) = (AgencyIx::from(0usize), AgencyIx::from(1usize));
        let index: HashMap<String, AgencyIx> = [
            ("yen-bai".to_string(), yen_bai),
            ("lao-cai".to_string(), lao_cai),
        ]
        .into_iter()
        .collect();
        let open = vec![(TaskStatus::Done, None), (TaskStatus::Open, None)];
        let tasks: TiVec<AgencyIx, _> = vec![open.clone(), open].into();
        let today = Day::parse("2026-01-15").unwrap();
        let l = lineages(&agencies, &index, &tasks, today);
        assert!(l[yen_bai].ended && !l[lao_cai].ended);
        assert_eq!(l[yen_bai].handed_over, [false, true]);
        assert_eq!(l[lao_cai].taken_over, [(yen_bai, 1)]);
        assert_eq!(l[lao_cai].predecessors, [yen_bai]);
        assert_eq!(l[lao_cai].since, Some(Day::parse("2025-07-01").unwrap()));
        // Before the unit ends, nothing is handed over.
        let before = lineages(&agencies, &index, &tasks, Day::parse("2025-06-01").unwrap());
        assert!(!before[yen_bai].ended && before[lao_cai].taken_over.is_empty());
    }
}
