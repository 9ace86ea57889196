//! Label placement with measured boxes: labels that would overlap are
//! moved apart vertically, each as little as needed.

use super::canvas::Rect;

/// A label to place: its wanted vertical centre, its height, and the
/// horizontal span it takes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Item {
    pub want: f64,
    pub h: f64,
    pub x0: f64,
    pub x1: f64,
}

/// The top of each item, in input order: items whose horizontal spans meet
/// never overlap vertically, each stays as near its wanted centre as the
/// others allow (clusters of touching items sit on the mean of their wants)
/// and all stay within `[top, bottom]` when they fit there.
pub(crate) fn place(items: &[Item], top: f64, bottom: f64) -> Vec<f64> {
    let n = items.len();
    // Groups: items whose spans overlap, directly or through others.
    let mut group: Vec<usize> = (0..n).collect();
    fn find(g: &mut [usize], i: usize) -> usize {
        let mut i = i;
        while g[i] != i {
            g[i] = g[g[i]];
            i = g[i];
        }
        i
    }
    for a in 0..n {
        for b in a + 1..n {
            if items[a].x0 < items[b].x1 && items[b].x0 < items[a].x1 {
                let (ra, rb) = (find(&mut group, a), find(&mut group, b));
                if ra != rb {
                    group[rb] = ra;
                }
            }
        }
    }
    let mut tops = vec![0.0; n];
    let mut done = vec![false; n];
    for i in 0..n {
        let root = find(&mut group, i);
        if done[root] {
            continue;
        }
        done[root] = true;
        let members: Vec<usize> = (0..n).filter(|&k| find(&mut group, k) == root).collect();
        let placed = stack(
            &members.iter().map(|&k| items[k]).collect::<Vec<_>>(),
            top,
            bottom,
        );
        for (k, t) in members.iter().zip(placed) {
            tops[*k] = t;
        }
    }
    tops
}

/// One column of items: tops, in input order.
fn stack(items: &[Item], top: f64, bottom: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| items[a].want.total_cmp(&items[b].want).then(a.cmp(&b)));
    // Clusters of consecutive items (in order), each laid out touching:
    // (first index into `order`, count, top).
    let total: f64 = items.iter().map(|i| i.h).sum();
    let span = (bottom - top).max(total);
    let clamp = |t: f64, h: f64| t.clamp(top, top + span - h);
    let mut clusters: Vec<(usize, usize, f64)> = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let it = items[i];
        clusters.push((k, 1, clamp(it.want - it.h / 2.0, it.h)));
        // Merge while the last cluster overlaps the one before it.
        while clusters.len() > 1 {
            let (s1, n1, t1) = clusters[clusters.len() - 2];
            let (_, n2, t2) = clusters[clusters.len() - 1];
            let h1: f64 = order[s1..s1 + n1].iter().map(|&j| items[j].h).sum();
            if t1 + h1 <= t2 + 1e-9 {
                break;
            }
            clusters.pop();
            let (s, n) = (s1, n1 + n2);
            // The top that puts the members' centres nearest their wants.
            let mut off = 0.0;
            let mut sum = 0.0;
            for &j in &order[s..s + n] {
                sum += items[j].want - off - items[j].h / 2.0;
                off += items[j].h;
            }
            let last = clusters.len() - 1;
            clusters[last] = (s, n, clamp(sum / n as f64, off));
        }
    }
    let mut tops = vec![0.0; items.len()];
    for (s, n, t) in clusters {
        let mut y = t;
        for &j in &order[s..s + n] {
            tops[j] = y;
            y += items[j].h;
        }
    }
    tops
}

/// Every pair of boxes that overlap, by index (for tests and debug checks).
pub fn overlapping(boxes: &[Rect]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for a in 0..boxes.len() {
        for b in a + 1..boxes.len() {
            if boxes[a].overlaps(&boxes[b]) {
                out.push((a, b));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn it(want: f64, h: f64) -> Item {
        Item {
            want,
            h,
            x0: 0.0,
            x1: 10.0,
        }
    }

    #[test]
    fn apart_items_stay_where_they_want() {
        let tops = place(&[it(10.0, 4.0), it(50.0, 4.0)], 0.0, 100.0);
        assert_eq!(tops, vec![8.0, 48.0]);
    }

    #[test]
    fn touching_items_move_apart_evenly() {
        let tops = place(&[it(50.0, 10.0), it(50.0, 10.0)], 0.0, 100.0);
        assert_eq!(tops, vec![40.0, 50.0]);
        // Three at one place, one far off.
        let tops = place(
            &[
                it(50.0, 10.0),
                it(50.0, 10.0),
                it(50.0, 10.0),
                it(90.0, 10.0),
            ],
            0.0,
            100.0,
        );
        assert_eq!(tops, vec![35.0, 45.0, 55.0, 85.0]);
    }

    #[test]
    fn bounds_are_kept_when_there_is_room() {
        let tops = place(&[it(0.0, 10.0), it(1.0, 10.0), it(99.0, 10.0)], 0.0, 100.0);
        assert_eq!(tops, vec![0.0, 10.0, 90.0]);
    }

    #[test]
    fn items_apart_horizontally_do_not_push() {
        let a = Item {
            want: 50.0,
            h: 10.0,
            x0: 0.0,
            x1: 10.0,
        };
        let b = Item {
            x0: 20.0,
            x1: 30.0,
            ..a
        };
        assert_eq!(place(&[a, b], 0.0, 100.0), vec![45.0, 45.0]);
    }
}
