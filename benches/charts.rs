//! Charts per second for the three kinds, and bare plotters drawing a
//! comparable line chart with its own axes, for scale. Run with
//! `cargo bench --bench charts`; prints a table.

use std::time::Instant;

use baocao::charts::{self, ChartData, Series, TargetMark};
use baocao::config::Language;
use plotters::prelude::*;

fn data(entities: usize) -> ChartData {
    let names = [
        "Yên Bái",
        "UBND huyện Văn Yên",
        "UBND huyện Trấn Yên",
        "UBND huyện Lục Yên",
        "UBND thị xã Nghĩa Lộ",
        "UBND huyện Mù Cang Chải",
    ];
    ChartData {
        title: "SIPAS – Yên Bái, 2011–2020".into(),
        unit: "%".into(),
        decimals: 2,
        lower_is_better: false,
        lang: Language::Vi,
        series: (0..entities)
            .map(|e| Series {
                id: format!("e{e}"),
                label: names[e % names.len()].into(),
                points: (0..10)
                    .map(|k| (2011 + k, 70.0 + k as f64 * 1.7 + e as f64 * 0.9))
                    .collect(),
            })
            .collect(),
        targets: vec![TargetMark {
            year: 2020,
            label: "Mục tiêu 2020: trên 92%".into(),
            value: Some(92.0),
            band: None,
        }],
        highlight: Some("e0".into()),
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
        runs.push(n as f64 / t.elapsed().as_secs_f64());
    }
    runs.sort_by(f64::total_cmp);
    let median = runs[2];
    println!(
        "{name:<28} {median:>10.0} charts/s   ({} bytes each)",
        bytes / (5 * n)
    );
    median
}

fn bare_plotters_line(d: &ChartData) -> usize {
    let mut s = String::new();
    {
        let root = SVGBackend::with_string(&mut s, (640, 380)).into_drawing_area();
        root.fill(&WHITE).unwrap();
        let mut chart = ChartBuilder::on(&root)
            .margin(20)
            .x_label_area_size(30)
            .y_label_area_size(50)
            .build_cartesian_2d(2011i32..2020i32, 60f64..100f64)
            .unwrap();
        chart
            .configure_mesh()
            .x_labels(6)
            .y_labels(5)
            .draw()
            .unwrap();
        for (k, series) in d.series.iter().enumerate() {
            let color = Palette99::pick(k);
            chart
                .draw_series(LineSeries::new(series.points.iter().copied(), &color))
                .unwrap();
            chart
                .draw_series(
                    series
                        .points
                        .iter()
                        .map(|p| Circle::new(*p, 4, color.filled())),
                )
                .unwrap();
        }
        chart
            .draw_series(LineSeries::new([(2011, 92.0), (2020, 92.0)], BLACK))
            .unwrap();
        root.present().unwrap();
    }
    s.len()
}

fn main() {
    charts::init_fonts();
    let line = data(4);
    let bar = {
        let mut d = data(20);
        d.title = "SIPAS 2019".into();
        d
    };
    let n = 300;
    println!("kind                         median of 5 runs of {n}");
    let full = time("line (4 series × 10 years)", n, || {
        charts::line_svg(&line).len()
    });
    time("bar (20 entities)", n, || charts::bar_svg(&bar, 2019).len());
    time("progress", n, || charts::progress_svg(&line).len());
    let drawing = time("line, plotters drawing only", n, || {
        charts::line_svg_plotters_only(&line).len()
    });
    time("bare plotters line (fewer elements)", n, || {
        bare_plotters_line(&line)
    });
    time("PNG card 1200×630", 20, || {
        charts::card_png("SIPAS", "Yên Bái năm 2019 đạt 86,40%", &line).len()
    });
    println!(
        "chart stage / plotters drawing the same line chart: {:.2}",
        drawing / full
    );
}
