//! Writes a site in the contract's format at any scale, deterministic for a
//! seed: `cargo run --release --example corpus -- DIR [--provinces 63]
//! [--years 10] [--agencies-per-province 11] [--news 10000]
//! [--indicators 12] [--communes-per-province 0] [--commune-indicators 0]
//! [--csv] [--seed 1] [--photos 0] [--photo-size 3000x2000]`. The commune
//! scale of issue 14: `--provinces 34 --communes-per-province 98
//! --commune-indicators 50 --csv`.
//!
//! `--photos N` makes the first N news pages folders with a photo-like
//! JPEG each (with a phone's EXIF: author, serial number, GPS position).

#[path = "../tests/common/corpus.rs"]
mod corpus;

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut scale = corpus::Scale {
        news: 10_000,
        ..Default::default()
    };
    let mut seed = 1u64;
    let mut photos = 0usize;
    let mut photo_size = (3000u32, 2000u32);
    while let Some(a) = args.next() {
        let mut num = |name: &str| -> usize {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name} needs a number"))
        };
        match a.as_str() {
            "--provinces" => scale.provinces = num("--provinces"),
            "--years" => scale.years = num("--years"),
            "--agencies-per-province" => {
                scale.agencies_per_province = num("--agencies-per-province")
            }
            "--news" => scale.news = num("--news"),
            "--indicators" => scale.indicators = num("--indicators"),
            "--communes-per-province" => {
                scale.communes_per_province = num("--communes-per-province")
            }
            "--commune-indicators" => scale.commune_indicators = num("--commune-indicators"),
            "--csv" => scale.csv = true,
            "--seed" => seed = num("--seed") as u64,
            "--photos" => photos = num("--photos"),
            "--photo-size" => {
                photo_size = args
                    .next()
                    .and_then(|v| {
                        let (w, h) = v.split_once('x')?;
                        Some((w.parse().ok()?, h.parse().ok()?))
                    })
                    .filter(|&(w, h)| w > 0 && h > 0 && w <= 16_000 && h <= 16_000)
                    .unwrap_or_else(|| panic!("--photo-size needs WIDTHxHEIGHT, e.g. 3000x2000"))
            }
            "-h" | "--help" => {
                eprintln!(
                    "usage: corpus DIR [--provinces N] [--years N] [--agencies-per-province N] [--news N] [--indicators N] [--communes-per-province N] [--commune-indicators N] [--csv] [--seed N] [--photos N] [--photo-size WxH]"
                );
                return;
            }
            other => dir = Some(PathBuf::from(other)),
        }
    }
    let dir = dir.expect("give the folder to write the site into");
    if dir.join("content").exists() {
        eprintln!(
            "{} already has a content/ folder; remove it first",
            dir.display()
        );
        std::process::exit(2);
    }
    corpus::generate(&dir, &scale, seed);
    corpus::add_photos(&dir, photos, photo_size.0, photo_size.1, seed);
    eprintln!(
        "wrote {}: {} provinces, {} agencies and {} communes, {} indicators and {} commune indicators × {} years, {} news pages ({} with a photo)",
        dir.display(),
        scale.provinces,
        scale.provinces * scale.agencies_per_province,
        scale.provinces * scale.communes_per_province,
        scale.indicators,
        scale.commune_indicators,
        scale.years,
        scale.news,
        photos.min(scale.news)
    );
}
