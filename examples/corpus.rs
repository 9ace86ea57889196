//! Writes a site in the contract's format at any scale, deterministic for a
//! seed: `cargo run --release --example corpus -- DIR [--provinces 63]
//! [--years 10] [--agencies-per-province 11] [--news 10000]
//! [--indicators 12] [--communes-per-province 0] [--commune-indicators 0]
//! [--csv] [--seed 1]`. The commune scale of issue 14: `--provinces 34
//! --communes-per-province 98 --commune-indicators 50 --csv`.

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
            "-h" | "--help" => {
                eprintln!(
                    "usage: corpus DIR [--provinces N] [--years N] [--agencies-per-province N] [--news N] [--indicators N] [--communes-per-province N] [--commune-indicators N] [--csv] [--seed N]"
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
    eprintln!(
        "wrote {}: {} provinces, {} agencies and {} communes, {} indicators and {} commune indicators × {} years, {} news pages",
        dir.display(),
        scale.provinces,
        scale.provinces * scale.agencies_per_province,
        scale.provinces * scale.communes_per_province,
        scale.indicators,
        scale.commune_indicators,
        scale.years,
        scale.news
    );
}
