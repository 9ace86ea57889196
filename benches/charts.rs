//! The chart stage against plotters drawing the same charts. Run with
//! `cargo bench --bench charts`; prints a table and the ratios the issue
//! bounds (chart stage / plotters ≤ 1.5).
//!
//! "Chart stage": layout (label placement with measured text included) and
//! the finished, accessible SVG. "Plotters": the same layout drawn through
//! plotters' SVG backend. Pages carry both layouts (wide and narrow), so
//! both are timed, against plotters drawing both.

use std::time::Instant;

use baocao::charts::{self, Band, ChartData, Series, TargetMark, Width};
use baocao::config::Language;

const PROVINCES: [&str; 8] = [
    "Ủy ban nhân dân tỉnh Yên Bái",
    "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
    "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    "Ủy ban nhân dân thành phố Hồ Chí Minh",
    "Ủy ban nhân dân tỉnh Bắc Kạn",
    "Ủy ban nhân dân huyện Mù Cang Chải",
    "Ủy ban nhân dân tỉnh Quảng Ngãi",
    "Ủy ban nhân dân tỉnh Đắk Nông",
];

/// `entities` series of ten smooth years, labelled as the site does.
fn data(entities: usize) -> ChartData {
    let short = |n: &str| {
        n.trim_start_matches("Ủy ban nhân dân ")
            .trim_start_matches("tỉnh ")
            .trim_start_matches("thành phố ")
            .trim_start_matches("huyện ")
            .to_string()
    };
    ChartData {
        title: "CS1 – Yên Bái, 2011–2020".into(),
        unit: "%".into(),
        decimals: 2,
        lower_is_better: false,
        rank: false,
        lang: Language::Vi,
        series: (0..entities)
            .map(|e| {
                let name = PROVINCES[e % PROVINCES.len()];
                Series {
                    id: format!("e{e}"),
                    label: format!(
                        "{}{}",
                        short(name),
                        if e >= 8 { e.to_string() } else { String::new() }
                    ),
                    name: name.into(),
                    points: (0..10)
                        .map(|k| {
                            (
                                2011 + k,
                                70.0 + k as f64 * 1.7 + ((e * 37) % 23) as f64 * 0.9,
                            )
                        })
                        .collect(),
                    median: false,
                    gaps: Vec::new(),
                }
            })
            .collect(),
        targets: vec![
            TargetMark {
                year: 2020,
                label: "Mục tiêu 2020: trên 85,00%".into(),
                value: Some(85.0),
                band: None,
            },
            TargetMark {
                year: 2022,
                label: "Mục tiêu 2022: từ 90,00% trở lên".into(),
                value: Some(90.0),
                band: None,
            },
        ],
        highlight: Some("e0".into()),
        band: Some(Band {
            years: (0..10)
                .map(|k| (2011 + k, 72.0 + k as f64, 80.0 + k as f64))
                .collect(),
            of: 63,
            noun: "tỉnh, thành phố".into(),
        }),
    }
}

fn time<F: FnMut() -> usize>(name: &str, n: usize, mut f: F) -> f64 {
    let mut runs = Vec::new();
    let mut bytes = 0;
    for _ in 0..5 {
        let t = Instant::now();
        for _ in 0..n {
            bytes += f();
        }
        runs.push(t.elapsed().as_secs_f64() / n as f64 * 1e6);
    }
    runs.sort_by(f64::total_cmp);
    let median = runs[2];
    println!(
        "{name:<44} {median:>9.1} µs/chart   ({} bytes)",
        bytes / (5 * n)
    );
    median
}

fn main() {
    charts::init_fonts();
    let line = data(6);
    let ranked = {
        let mut d = data(63);
        d.band = None;
        d
    };
    let n = 300;
    println!("chart                                        median of 5 runs of {n}");
    let wide = time("line, 6 × 10 years, wide: chart stage", n, || {
        charts::line_svg(&line, Width::Wide).len()
    });
    let wide_p = time("line, wide: plotters drawing the same", n, || {
        charts::line_svg_plotters_only(&line, Width::Wide).len()
    });
    let both = time("line, both layouts: chart stage", n, || {
        charts::responsive(|w| charts::line_svg(&line, w)).len()
    });
    let both_p = time("line, both layouts: plotters", n, || {
        charts::line_svg_plotters_only(&line, Width::Wide).len()
            + charts::line_svg_plotters_only(&line, Width::Narrow).len()
    });
    let r = time("ranking, 63 rows, both layouts: chart stage", n / 3, || {
        charts::responsive(|w| charts::ranked_svg(&ranked, 2020, w)).len()
    });
    let r_p = time("ranking, 63 rows, both layouts: plotters", n / 3, || {
        charts::ranked_svg_plotters_only(&ranked, 2020, Width::Wide).len()
            + charts::ranked_svg_plotters_only(&ranked, 2020, Width::Narrow).len()
    });
    time("progress, both layouts", n, || {
        charts::responsive(|w| charts::progress_svg(&line, w)).len()
    });
    time("PNG card 1200×630", 20, || {
        charts::card_png("CS1", "Yên Bái năm 2020 đạt 86,40%", &line).len()
    });
    println!("chart stage / plotters drawing the same chart (bound: 1.5)");
    println!("  line, wide:           {:.2}", wide / wide_p);
    println!("  line, both layouts:   {:.2}", both / both_p);
    println!("  ranking, 63 rows:     {:.2}", r / r_p);
}
