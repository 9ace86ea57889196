//! The error catalogue's texts: for each [`Code`](super::Code), what it means, an
//! example and the fix, in English and Vietnamese. The guide's catalogue
//! pages and `baocao explain` are made from this table; `tests/catalogue.rs`
//! applies every example to a new site and checks it gives its code.
//!
//! Texts are Markdown. Examples start from the site `baocao new site`
//! writes (`content/site.yaml`, the indicator `sipas`, the agency
//! `so-noi-vu`, one news page); a CSV file beside `sipas.yaml` adds to its
//! observations.
//!
//! One file per range of codes; [`ENTRIES`] puts them together in order.

mod agencies;
mod csv;
mod entry;
mod files;
mod indicators;
mod links;
mod observations;
mod output;
mod pages;
mod photos;
mod site;
mod statics;
mod yaml;

pub use entry::{Entry, Step};

/// Every entry, in catalogue order (by code).
pub const ENTRIES: &[Entry] = &ALL;

/// The parts of the catalogue, one per range of codes, in order.
const PARTS: &[&[Entry]] = &[
    files::ENTRIES,
    yaml::ENTRIES,
    site::ENTRIES,
    indicators::ENTRIES,
    agencies::ENTRIES,
    observations::ENTRIES,
    pages::ENTRIES,
    statics::ENTRIES,
    links::ENTRIES,
    output::ENTRIES,
    csv::ENTRIES,
    photos::ENTRIES,
];
const ALL: [Entry; count(PARTS)] = concat(PARTS);

/// How many entries the parts hold.
const fn count(parts: &[&[Entry]]) -> usize {
    let (mut n, mut k) = (0, 0);
    while k < parts.len() {
        n += parts[k].len();
        k += 1;
    }
    n
}

/// The parts' entries one after the other.
const fn concat<const N: usize>(parts: &[&[Entry]]) -> [Entry; N] {
    let mut out = [parts[0][0]; N];
    let (mut i, mut k) = (0, 0);
    while k < parts.len() {
        let mut j = 0;
        while j < parts[k].len() {
            out[i] = parts[k][j];
            i += 1;
            j += 1;
        }
        k += 1;
    }
    out
}
