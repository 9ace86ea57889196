//! Whether an output shows anything that changed: what it read when it
//! was last rendered ([`Reads`], recorded by the renderer's accessors as
//! its view read the records) against what changed since ([`Changed`]).
//! There is no list here of what each output shows: the views say it by
//! what they read.

use super::hashes::Changed;
use crate::render::reads::Reads;

/// Whether anything `r` read is among what changed.
pub(super) fn touches(r: &Reads, c: &Changed) -> bool {
    (r.jobs && c.jobs)
        || (r.order && c.order)
        || (r.names && c.names)
        || (r.latest_year && c.latest_year)
        || r.indicators.iter().any(|i| c.indicators.contains(i))
        || r.indicator_parts
            .iter()
            .any(|p| c.indicator_parts.contains(p))
        || r.agencies.iter().any(|a| c.agencies.contains(a))
        || r.rows.iter().any(|a| c.rows.contains(a))
        || r.agency_names.iter().any(|a| c.agency_names.contains(a))
        || r.page_meta.iter().any(|p| c.page_meta.contains(p))
        || r.page_body.iter().any(|p| c.page_body.contains(p))
        || r.images.iter().any(|p| c.images.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgencyIx, IndicatorIx};

    #[test]
    fn touches_what_was_read_only() {
        let mut reads = Reads::default();
        let (i, a) = (IndicatorIx::from, AgencyIx::from);
        reads.indicators = vec![i(2)];
        reads.rows = vec![a(5)];
        let mut c = Changed::default();
        assert!(!touches(&reads, &c));
        c.indicators.insert(i(3));
        c.agencies.insert(a(5));
        c.order = true;
        assert!(!touches(&reads, &c), "agency 5's record is not its row");
        c.rows.insert(a(5));
        assert!(touches(&reads, &c));
        let c = Changed {
            indicators: [i(2)].into(),
            ..Default::default()
        };
        assert!(touches(&reads, &c));
    }
}
