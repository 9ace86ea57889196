use super::look::styled;
use super::*;
use crate::config::Language;
use crate::locale::format_value;

fn s(id: &str, label: &str, pts: &[(i32, f64)]) -> Series {
    Series {
        id: id.into(),
        label: label.into(),
        name: label.into(),
        points: pts.to_vec(),
        median: false,
        gaps: Vec::new(),
    }
}

fn sipas(lang: Language) -> ChartData {
    ChartData {
        title: "SIPAS – Yên Bái, 2017–2019".into(),
        unit: "%".into(),
        decimals: 2,
        lower_is_better: false,
        rank: false,
        lang,
        series: vec![s(
            "yen-bai",
            "Yên Bái",
            &[(2017, 80.5), (2018, 83.2), (2019, 86.4)],
        )],
        targets: vec![TargetMark {
            year: 2020,
            label: "Mục tiêu 2020: trên 92%".into(),
            value: Some(92.0),
            band: None,
        }],
        highlight: Some("yen-bai".into()),
        band: None,
    }
}

fn districts() -> ChartData {
    ChartData {
        series: vec![
            s("van-yen", "UBND huyện Văn Yên", &[(2019, 86.1)]),
            s("tran-yen", "UBND huyện Trấn Yên", &[(2019, 84.7)]),
            s("luc-yen", "UBND huyện Lục Yên", &[(2019, 81.9)]),
            s("yen-bai", "Yên Bái", &[(2019, 86.4)]),
        ],
        ..sipas(Language::Vi)
    }
}

fn par(points: &[(i32, f64)]) -> ChartData {
    ChartData {
        title: "PAR INDEX – Yên Bái".into(),
        unit: "bậc".into(),
        decimals: 0,
        lower_is_better: true,
        rank: false,
        lang: Language::Vi,
        series: vec![s("yen-bai", "Yên Bái", points)],
        targets: vec![TargetMark {
            year: 2020,
            label: "Mục tiêu 2020: top 30".into(),
            value: Some(30.0),
            band: None,
        }],
        highlight: Some("yen-bai".into()),
        band: None,
    }
}

fn all_svgs(data: &ChartData) -> Vec<String> {
    let mut v = Vec::new();
    for w in [Width::Wide, Width::Narrow] {
        v.extend([
            line_svg(data, w),
            bar_svg(data, 2019),
            progress_svg(data, w),
            stat_svg(data, w),
        ]);
        v.push(ranked_svg(data, 2019, w));
    }
    v
}

fn line_svg1(data: &ChartData) -> String {
    line_svg(data, Width::Wide)
}

fn bar_svg(data: &ChartData, year: i32) -> String {
    ranked_svg(data, year, Width::Wide)
}

/// Text content of every `<text>` element.
fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("SVG is XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").trim().to_string())
        .collect()
}

/// (x, y) of the `<text>` whose content is exactly `content`.
fn text_pos(svg: &str, content: &str) -> Option<(f64, f64)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .find(|n| n.text().unwrap_or("").trim() == content)
        .map(|n| {
            (
                n.attribute("x").unwrap().parse().unwrap(),
                n.attribute("y").unwrap().parse().unwrap(),
            )
        })
}

#[test]
fn svg_is_accessible_responsive_xml() {
    for data in [
        sipas(Language::Vi),
        districts(),
        par(&[(2017, 40.0), (2019, 35.0)]),
    ] {
        for svg in all_svgs(&data) {
            let doc = roxmltree::Document::parse(&svg).expect("SVG is XML");
            let root = doc.root_element();
            assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
            assert_eq!(root.attribute("role"), Some("img"));
            assert_eq!(root.attribute("width"), Some("100%"));
            assert_eq!(root.attribute("height"), None, "no fixed height");
            let vb: Vec<f64> = root
                .attribute("viewBox")
                .unwrap()
                .split(' ')
                .map(|v| v.parse().unwrap())
                .collect();
            assert!(vb[2] > 0.0 && vb[3] > 0.0);
            let title = root.first_element_child().unwrap();
            assert!(title.has_tag_name("title"), "<title> comes first");
            assert_eq!(title.text(), Some(data.title.as_str()));
            assert_eq!(root.attribute("aria-labelledby"), title.attribute("id"));
            let desc_id = root.attribute("aria-describedby").unwrap();
            assert!(
                doc.descendants()
                    .any(|n| n.has_tag_name("desc") && n.attribute("id") == Some(desc_id))
            );
            // Nothing else has a fixed pixel size on the root, and no stray float noise.
            assert!(!svg.contains("font-size=\"18.99999"), "font sizes rounded");
        }
    }
}

/// Every `id` attribute an SVG writes.
fn written_ids(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("SVG is XML");
    doc.descendants()
        .filter_map(|n| n.attribute("id").map(String::from))
        .collect()
}

#[test]
fn a_chart_reports_every_id_it_writes() {
    let data = sipas(Language::Vi);
    let drawn = |kind: &str| -> Vec<String> {
        let svgs = [Width::Wide, Width::Narrow].map(|w| match kind {
            "line" => line_svg(&data, w),
            "bar" => ranked_svg(&data, 2019, w),
            "stat" => stat_svg(&data, w),
            _ => progress_svg(&data, w),
        });
        svgs.iter().flat_map(|s| written_ids(s)).collect()
    };
    for kind in ["line", "bar", "stat", "progress"] {
        assert_eq!(ids(kind, &data.title), drawn(kind), "{kind}");
    }
    assert_ne!(ids("line", "a"), ids("line", "b"));
}

#[test]
fn hostile_text_is_escaped() {
    let hostile = "<script>alert(\"x&y\")</script>'";
    let mut data = districts();
    data.title = format!("{hostile}\u{1}\u{0}");
    data.unit = "<u>".into();
    data.series[0].label = hostile.into();
    data.targets[0].label = hostile.into();
    for svg in all_svgs(&data).into_iter().chain([line_svg1(&ChartData {
        series: vec![],
        ..data.clone()
    })]) {
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("<u>"));
        let doc = roxmltree::Document::parse(&svg).expect("still XML");
        let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
        assert_eq!(
            title.text(),
            Some(hostile),
            "control characters dropped, the rest kept"
        );
    }
    let svg = bar_svg(&data, 2019);
    assert!(
        texts(&svg).iter().any(|t| t.starts_with("<script>")),
        "drawn as text, not markup"
    );
}

#[test]
fn rank_axis_is_inverted() {
    let data = par(&[(2017, 40.0), (2018, 1.0)]);
    let svg = line_svg1(&data);
    // The highlighted line: 4 px wide in the first colour.
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let line = doc
        .descendants()
        .find(|n| n.has_tag_name("polyline") && n.attribute("stroke-width") == Some("3"))
        .expect("highlighted line");
    let ys: Vec<f64> = line
        .attribute("points")
        .unwrap()
        .split_whitespace()
        .map(|p| p.split(',').nth(1).unwrap().parse().unwrap())
        .collect();
    assert!(
        ys[ys.len() - 1] < ys[0],
        "rank 1 ({}) drawn above rank 40 ({})",
        ys[ys.len() - 1],
        ys[0]
    );
    // Tick labels agree, and the note says so.
    let (_, y_small) = text_pos(&svg, "10").unwrap();
    let (_, y_big) = text_pos(&svg, "40").unwrap();
    assert!(y_small < y_big);
    assert!(texts(&svg).iter().any(|t| t.contains("Hạng 1 ở trên cùng")));
    let en = line_svg1(&ChartData {
        lang: Language::En,
        ..data.clone()
    });
    assert!(texts(&en).iter().any(|t| t.contains("Rank 1 at the top")));

    // Not inverted for higher-is-better.
    let svg = line_svg1(&sipas(Language::Vi));
    assert!(text_pos(&svg, "95%").unwrap().1 < text_pos(&svg, "80%").unwrap().1);
}

#[test]
fn numbers_follow_the_language() {
    let mut data = sipas(Language::Vi);
    data.series[0].points = vec![(2017, 83.05), (2018, 83.37), (2019, 83.71)];
    data.targets.clear();
    let vi = texts(&line_svg1(&data));
    assert!(vi.iter().any(|t| t == "83,2%"), "{vi:?}");
    assert!(
        vi.iter().any(|t| t == "83,71%"),
        "latest value labelled: {vi:?}"
    );
    assert!(!vi.iter().any(|t| t.contains("83.")));
    let en = texts(&line_svg1(&ChartData {
        lang: Language::En,
        ..data
    }));
    assert!(en.iter().any(|t| t == "83.2%"), "{en:?}");
    assert!(en.iter().any(|t| t == "83.71%"));

    let bar = texts(&bar_svg(&districts(), 2019));
    assert!(bar.iter().any(|t| t == "86,40%"));
    assert!(bar.iter().any(|t| t == "Mục tiêu 2020: trên 92%"));
}

#[test]
fn years_are_whole_and_few() {
    let mut data = sipas(Language::Vi);
    data.series[0].points = (2000..=2019)
        .map(|y| (y, 70.0 + (y - 2000) as f64))
        .collect();
    for svg in [line_svg1(&sipas(Language::Vi)), line_svg1(&data)] {
        let years: Vec<i64> = texts(&svg)
            .iter()
            .filter_map(|t| t.parse::<i64>().ok())
            .filter(|y| *y >= 1900)
            .collect();
        assert!(!years.is_empty() && years.len() <= 6, "{years:?}");
        assert!(!svg.contains("2.019") && !svg.contains("2,019") && !svg.contains(".5<"));
    }
    assert_eq!(
        draw::year_ticks(2017, 2020, 6),
        vec![2017, 2018, 2019, 2020]
    );
    assert_eq!(draw::year_ticks(2019, 2019, 6), vec![2019]);
    assert_eq!(
        draw::year_ticks(2000, 2019, 6),
        vec![2000, 2005, 2010, 2015]
    );
    assert!(draw::year_ticks(i32::MIN, i32::MAX, 6).len() <= 6);
}

#[test]
fn ticks_are_round_and_few() {
    for (lo, hi, dec) in [
        (80.5, 92.0, 2),
        (30.0, 40.0, 0),
        (0.0, 0.0, 2),
        (-3.5, 4.2, 1),
        (1e-9, 2e-9, 6),
        (0.0, 1e12, 0),
        (5.0, 5.0, 0),
    ] {
        let (ticks, _) = draw::nice_ticks(lo, hi, 6, 10f64.powi(-dec));
        assert!(
            ticks.len() >= 2 && ticks.len() <= 6,
            "{lo}..{hi}: {ticks:?}"
        );
        assert!(
            ticks[0] <= lo.min(hi) && *ticks.last().unwrap() >= hi.max(lo),
            "{lo}..{hi}: {ticks:?}"
        );
    }
    let (ticks, dec) = draw::nice_ticks(80.5, 92.0, 6, 0.01);
    assert_eq!((ticks, dec), (vec![80.0, 85.0, 90.0, 95.0], 0));
    // Ranks stay whole numbers.
    let (ticks, dec) = draw::nice_ticks(1.0, 3.0, 6, 1.0);
    assert!(
        ticks.iter().all(|t| t.fract() == 0.0) && dec == 0,
        "{ticks:?}"
    );
}

#[test]
fn bars_best_first_with_highlight() {
    let svg = bar_svg(&districts(), 2019);
    let order: Vec<f64> = [
        "Yên Bái",
        "UBND huyện Văn Yên",
        "UBND huyện Trấn Yên",
        "UBND huyện Lục Yên",
    ]
    .iter()
    .map(|n| text_pos(&svg, n).unwrap().1)
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // The highlighted name is bold; the others are not.
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let weight = |name: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name("text") && n.text().unwrap_or("").trim() == name)
            .and_then(|n| n.attribute("font-weight"))
    };
    assert_eq!(weight("Yên Bái"), Some("bold"));
    assert_eq!(weight("UBND huyện Văn Yên"), None);

    // Ranks: smallest first.
    let mut ranks = districts();
    ranks.lower_is_better = true;
    ranks.decimals = 0;
    ranks.unit = "bậc".into();
    let svg = bar_svg(&ranks, 2019);
    assert!(text_pos(&svg, "UBND huyện Lục Yên").unwrap().1 < text_pos(&svg, "Yên Bái").unwrap().1);

    // Height grows with the entities.
    let many = ChartData {
        series: (0..60)
            .map(|i| {
                s(
                    &format!("e{i}"),
                    &format!("UBND xã số {i}"),
                    &[(2019, i as f64)],
                )
            })
            .collect(),
        ..districts()
    };
    let h = |svg: &str| -> f64 {
        let doc = roxmltree::Document::parse(svg).unwrap();
        doc.root_element()
            .attribute("viewBox")
            .unwrap()
            .split(' ')
            .nth(3)
            .unwrap()
            .parse()
            .unwrap()
    };
    let tall = bar_svg(&many, 2019);
    assert!(h(&tall) > 10.0 * h(&bar_svg(&districts(), 2019)) / 4.0);
    assert_eq!(
        texts(&tall)
            .iter()
            .filter(|t| t.starts_with("UBND xã số"))
            .count(),
        60
    );
}

#[test]
fn progress_writes_the_distance() {
    let vi = texts(&progress_svg(&sipas(Language::Vi), Width::Wide));
    assert!(vi.iter().any(|t| t == "còn 5,60 điểm % nữa"), "{vi:?}");
    assert!(vi.iter().any(|t| t == "86,40%"));
    let mut d = sipas(Language::En);
    d.series[0].points.push((2020, 83.2)); // the latest, not the largest
    let en = texts(&progress_svg(&d, Width::Wide));
    assert!(
        en.iter().any(|t| t == "8.80 percentage points to go"),
        "{en:?}"
    );
    let rank = texts(&progress_svg(
        &par(&[(2017, 40.0), (2019, 35.0)]),
        Width::Wide,
    ));
    assert!(rank.iter().any(|t| t == "còn 5 bậc nữa"), "{rank:?}");
    let done = texts(&progress_svg(&par(&[(2019, 28.0)]), Width::Wide));
    assert!(done.iter().any(|t| t == "Đã đạt mục tiêu"), "{done:?}");
    let mut none = sipas(Language::Vi);
    none.targets.clear();
    assert!(
        texts(&progress_svg(&none, Width::Wide))
            .iter()
            .any(|t| t == "Chưa có mục tiêu")
    );
}

#[test]
fn odd_input_does_not_panic() {
    let base = sipas(Language::Vi);
    let cases = vec![
        ChartData {
            series: vec![],
            targets: vec![],
            ..base.clone()
        },
        ChartData {
            series: vec![s("a", "A", &[])],
            ..base.clone()
        },
        ChartData {
            series: vec![s("a", "A", &[(2019, 86.4)])],
            ..base.clone()
        },
        ChartData {
            series: vec![s("a", "A", &[(2019, 5.0), (2020, 5.0)])],
            targets: vec![],
            ..base.clone()
        },
        ChartData {
            series: vec![s("a", "A", &[(2019, 0.0)])],
            targets: vec![],
            ..base.clone()
        },
        ChartData {
            series: vec![
                s("a", "A", &[(2017, -12.5), (2019, -3.0)]),
                s("b", "B", &[(2019, 4.0)]),
            ],
            ..base.clone()
        },
        ChartData {
            series: vec![s("a", "A", &[(2019, 1e12), (2020, -1e12)])],
            decimals: 0,
            ..base.clone()
        },
        ChartData {
            series: vec![s("a", "A", &[(2019, 1e-9)])],
            decimals: 12,
            ..base.clone()
        },
        ChartData {
            series: vec![s("a", "A", &[(i32::MIN, 1.0), (i32::MAX, 2.0)])],
            ..base.clone()
        },
        ChartData {
            series: vec![s("a", "A", &[(2019, f64::NAN), (2020, f64::INFINITY)])],
            ..base.clone()
        },
        ChartData {
            targets: vec![TargetMark {
                year: 2021,
                label: "Dải".into(),
                value: None,
                band: Some((90.0, 95.0)),
            }],
            ..base.clone()
        },
        ChartData {
            series: vec![s("x", &"Tên rất dài ".repeat(40), &[(2019, 50.0)])],
            unit: String::new(),
            ..base.clone()
        },
        ChartData {
            series: (0..60)
                .map(|i| {
                    s(
                        &format!("e{i}"),
                        &format!("UBND huyện Văn Yên {i}"),
                        &[(2018, i as f64), (2019, 60.0 - i as f64)],
                    )
                })
                .collect(),
            highlight: Some("missing".into()),
            ..base.clone()
        },
        ChartData {
            lower_is_better: true,
            rank: false,
            decimals: 0,
            unit: "bậc".into(),
            series: vec![s("a", "A", &[(2019, 1.0)])],
            ..base.clone()
        },
    ];
    for data in &cases {
        for svg in all_svgs(data) {
            roxmltree::Document::parse(&svg).expect("XML");
        }
        let _ = bar_svg(data, 1900);
        let png = card_png(&data.title, "", data);
        assert!(png.len() > 1000);
    }
    for svg in [
        line_svg1(&cases[0]),
        bar_svg(&cases[0], 2019),
        progress_svg(&cases[0], Width::Wide),
        line_svg1(&cases[1]),
    ] {
        assert!(texts(&svg).iter().any(|t| t == "Chưa có số liệu"), "{svg}");
    }
    let en = ChartData {
        lang: Language::En,
        ..cases[0].clone()
    };
    assert!(texts(&line_svg1(&en)).iter().any(|t| t == "No data yet"));
    // A single point still gets a marker and its label.
    let one = line_svg1(&cases[2]);
    assert!(one.contains("<circle") && texts(&one).iter().any(|t| t == "86,40%"));
}

#[test]
fn output_is_deterministic() {
    let multi = ChartData {
        series: vec![
            s(
                "yen-bai",
                "Yên Bái",
                &[(2017, 80.5), (2018, 83.2), (2019, 86.4)],
            ),
            s(
                "van-yen",
                "UBND huyện Văn Yên",
                &[(2017, 79.0), (2019, 86.1)],
            ),
        ],
        ..sipas(Language::Vi)
    };
    for data in [
        sipas(Language::Vi),
        multi.clone(),
        par(&[(2017, 40.0), (2019, 35.0)]),
    ] {
        assert_eq!(all_svgs(&data), all_svgs(&data.clone()));
    }
    let a = card_png("Chỉ số SIPAS tỉnh Yên Bái", "2017–2019", &multi);
    let b = card_png("Chỉ số SIPAS tỉnh Yên Bái", "2017–2019", &multi);
    assert!(a == b, "PNG bytes differ");
    // Ids depend on the title and kind only.
    let id = |svg: &str| {
        svg.split("aria-labelledby=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(id(&line_svg1(&multi)), id(&line_svg1(&sipas(Language::Vi))));
    assert_ne!(id(&line_svg1(&multi)), id(&bar_svg(&multi, 2019)));
}

#[test]
fn card_is_a_1200x630_png() {
    let png = card_png(
        "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) tỉnh Yên Bái",
        "Mục tiêu 2020: trên 92%",
        &sipas(Language::Vi),
    );
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[12..16], b"IHDR");
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1200);
    assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 630);
    assert_eq!(png[24], 8, "8-bit");
    assert_eq!(png[25], 2, "RGB");
}

#[test]
fn font_covers_vietnamese_and_measures() {
    use ab_glyph::Font;
    let f = text::font();
    for c in
        "ĂăÂâĐđÊêÔôƠơƯưĨĩŨũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹÀÁÃÈÉÌÍÒÓÕÙÚÝ–…₫".chars()
    {
        assert_ne!(f.glyph_id(c).0, 0, "{c} missing from the font");
    }
    assert!(
        text::FONT_BYTES.len() < 100 * 1024,
        "font subset stays small"
    );
    let w = text_width("UBND huyện Văn Yên", 20.0);
    assert!(w > 120.0 && w < 220.0, "{w}");
    assert_eq!(text_width("", 20.0), 0.0);
    assert!((text_width("86,40%", 40.0) - 2.0 * text_width("86,40%", 20.0)).abs() < 1e-9);
    init_fonts();
    init_fonts();
}

#[test]
fn palette_contrast_at_least_3_to_1() {
    fn lum(c: RGBColor) -> f64 {
        let f = |v: u8| {
            let c = v as f64 / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * f(c.0) + 0.7152 * f(c.1) + 0.0722 * f(c.2)
    }
    for c in draw::PALETTE
        .iter()
        .chain([&draw::BAR, &draw::TARGET, &draw::MUTED, &draw::GOOD])
    {
        let ratio = 1.05 / (lum(*c) + 0.05);
        assert!(ratio >= 3.0, "{c:?}: {ratio}");
    }
    // Series differ by more than colour.
    let data = ChartData {
        series: (0..4)
            .map(|i| s(&format!("s{i}"), "x", &[(2019, 1.0)]))
            .collect(),
        highlight: None,
        ..sipas(Language::Vi)
    };
    let looks: Vec<_> = styled(&data)
        .into_iter()
        .map(|(_, l)| (l.dash, l.marker))
        .collect();
    for i in 0..looks.len() {
        for j in i + 1..looks.len() {
            assert!(looks[i].0 != looks[j].0 && looks[i].1 != looks[j].1);
        }
    }
}

// ------------------------------------------------ labels, sizes, layouts

const LONG: &str = "Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh";

/// `n` provinces over ten smooth years, ending near each other so that
/// their labels must be moved apart; names as the site labels them.
fn provinces(n: usize, lang: Language, long: bool) -> ChartData {
    const NAMES: [&str; 8] = [
        "Yên Bái",
        "Bà Rịa - Vũng Tàu",
        "Thừa Thiên Huế",
        "Hồ Chí Minh",
        "Bắc Kạn",
        "Mù Cang Chải",
        "Quảng Ngãi",
        "Đắk Nông",
    ];
    ChartData {
        title: "CS1".into(),
        unit: "%".into(),
        decimals: 2,
        lower_is_better: false,
        rank: false,
        lang,
        series: (0..n)
            .map(|e| {
                let name = if long && e % 2 == 1 {
                    format!("{LONG} {e}")
                } else {
                    format!(
                        "{}{}",
                        NAMES[e % 8],
                        if e >= 8 {
                            format!(" {e}")
                        } else {
                            String::new()
                        }
                    )
                };
                Series {
                    id: format!("e{e}"),
                    label: name.clone(),
                    name,
                    points: (0..10)
                        .map(|k| (2011 + k, 70.0 + k as f64 * 1.5 + (e % 5) as f64 * 0.2))
                        .collect(),
                    median: false,
                    gaps: Vec::new(),
                }
            })
            .collect(),
        targets: vec![
            TargetMark {
                year: 2020,
                label: match lang {
                    Language::Vi => "Mục tiêu 2020: trên 85,00%".into(),
                    Language::En => "Target 2020: above 85.00%".into(),
                },
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
                .map(|k| (2011 + k, 71.0 + k as f64, 74.0 + k as f64))
                .collect(),
            of: 63,
            noun: "tỉnh, thành phố".into(),
        }),
    }
}

fn view_box(svg: &str) -> (f64, f64) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let vb: Vec<f64> = doc
        .root_element()
        .attribute("viewBox")
        .unwrap()
        .split(' ')
        .map(|v| v.parse().unwrap())
        .collect();
    (vb[2], vb[3])
}

/// No two texts overlap, and every text lies inside the chart.
fn assert_labels_apart(what: &str, d: &Drawn) {
    let boxes: Vec<Rect> = d.boxes.iter().map(|b| b.1).collect();
    let bad = place::overlapping(&boxes);
    assert!(
        bad.is_empty(),
        "{what}: {:?}",
        bad.iter()
            .map(|&(a, b)| (&d.boxes[a], &d.boxes[b]))
            .collect::<Vec<_>>()
    );
    let (w, h) = view_box(&d.svg);
    for (t, b) in &d.boxes {
        assert!(
            b.x0 >= -0.5 && b.x1 <= w + 0.5 && b.y0 >= -0.5 && b.y1 <= h + 0.5,
            "{what}: `{t}` {b:?} is cut at {w}×{h}"
        );
    }
}

#[test]
fn no_two_label_boxes_overlap() {
    for lang in [Language::Vi, Language::En] {
        for long in [false, true] {
            for n in [1, 6, 63] {
                let data = provinces(n, lang, long);
                for w in [Width::Wide, Width::Narrow] {
                    let what = format!("{n} entities, {lang:?}, long {long}, {w:?}");
                    if n <= 6 {
                        assert_labels_apart(&format!("line, {what}"), &line_drawn(&data, w));
                    }
                    assert_labels_apart(&format!("ranked, {what}"), &ranked_drawn(&data, 2020, w));
                    assert_labels_apart(&format!("stat, {what}"), &stat_drawn(&data, w));
                    assert_labels_apart(&format!("progress, {what}"), &progress_drawn(&data, w));
                }
            }
        }
    }
    // Ranks, a series that ends early, and one-point series.
    let mut data = provinces(6, Language::Vi, true);
    data.series[3].points.truncate(4);
    data.series[4].points = vec![(2020, 71.0)];
    for w in [Width::Wide, Width::Narrow] {
        assert_labels_apart("ends early", &line_drawn(&data, w));
        let par = par(&[(2017, 40.0), (2018, 38.0), (2019, 35.0)]);
        assert_labels_apart("ranks", &line_drawn(&par, w));
        assert_labels_apart("sipas", &line_drawn(&districts(), w));
    }
}

#[test]
fn end_labels_sit_at_the_last_real_point() {
    let mut data = provinces(2, Language::Vi, false);
    data.band = None;
    data.series[1].points.truncate(6); // ends in 2016
    let d = line_drawn(&data, Width::Wide);
    let doc = roxmltree::Document::parse(&d.svg).unwrap();
    let lines: Vec<Vec<(f64, f64)>> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("series"))
        .map(|n| {
            n.attribute("points")
                .unwrap()
                .split(' ')
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect();
    assert_eq!(lines.len(), 2);
    let short = lines.iter().find(|l| l.len() == 6).unwrap();
    let long = lines.iter().find(|l| l.len() == 10).unwrap();
    let (last_x, last_y) = short[5];
    // Its label starts just right of its last point, well before 2020.
    let value = format_value(data.series[1].points[5].1, 2, "%", Language::Vi);
    let b = d.boxes.iter().find(|(t, _)| *t == value).unwrap().1;
    assert!(b.x0 > last_x && b.x0 < last_x + 15.0, "{b:?} vs {last_x}");
    assert!(b.x0 < long[9].0, "not placed past 2020");
    assert!((b.y0 + b.y1) / 2.0 - last_y < 8.0);
}

#[test]
fn a_ranking_of_63_fits_1400_units() {
    for lang in [Language::Vi, Language::En] {
        let data = provinces(63, lang, false);
        for w in [Width::Wide, Width::Narrow] {
            let d = ranked_drawn(&data, 2020, w);
            // Shown 1:1 at 1280 px (the wide layout is never scaled up).
            if w == Width::Wide {
                assert!(d.height <= 1400.0, "{w:?}: {}", d.height);
            }
            // One row each, about 20 units.
            let rows = texts(&d.svg).iter().filter(|t| t.ends_with('%')).count();
            assert!(rows >= 63);
        }
    }
    // Long names wrap inside their row; what does not fit in three lines
    // loses words from its middle, never its distinguishing end.
    for w in [Width::Wide, Width::Narrow] {
        let d = ranked_drawn(&provinces(6, Language::Vi, true), 2020, w);
        let t = texts(&d.svg);
        assert!(!t.iter().any(|t| t.ends_with('…')), "{t:?}");
        for e in [1, 3, 5] {
            assert!(t.iter().any(|t| t.ends_with(&format!("tỉnh {e}"))), "{t:?}");
        }
    }
}

#[test]
fn dashes_are_dasharrays_and_charts_are_small() {
    let data = provinces(6, Language::Vi, false);
    let svg = line_svg(&data, Width::Wide);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let series: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("series"))
        .collect();
    assert_eq!(series.len(), 6, "one element per series");
    assert!(
        series
            .iter()
            .filter(|n| n.attribute("stroke-dasharray").is_some())
            .count()
            >= 3,
        "the other series are dashed with a dasharray"
    );
    assert!(svg.matches("<polyline").count() < 40, "no segment dashes");
    assert!(svg.len() < 16 * 1024, "{}", svg.len());
    let both = responsive(|w| ranked_svg(&provinces(63, Language::Vi, false), 2020, w));
    assert!(
        both.len() < 60 * 1024,
        "a 63-entity chart, both layouts: {}",
        both.len()
    );
}

#[test]
fn one_value_is_a_number() {
    let mut data = sipas(Language::Vi);
    data.series[0].points = vec![(2019, 86.4)];
    let svg = stat_svg(&data, Width::Wide);
    assert!(!svg.contains("<polyline"));
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let big = doc
        .descendants()
        .find(|n| n.has_tag_name("text") && n.text() == Some("86,40%"))
        .unwrap();
    assert_eq!(big.attribute("font-size"), Some("34"));
    assert!(texts(&svg).iter().any(|t| t.contains("Mục tiêu 2020")));
}

#[test]
fn the_band_and_the_median_are_labelled() {
    let mut data = provinces(3, Language::Vi, false);
    data.series.push(Series {
        id: "\u{0}median".into(),
        label: "Trung vị".into(),
        name: "Trung vị (63)".into(),
        points: (0..10).map(|k| (2011 + k, 72.0 + k as f64)).collect(),
        median: true,
        gaps: Vec::new(),
    });
    let svg = line_svg(&data, Width::Narrow);
    let t = texts(&svg);
    assert!(
        t.iter()
            .any(|t| t == "Vùng xám: nửa ở giữa của 63 tỉnh, thành phố"),
        "{t:?}"
    );
    assert!(t.iter().any(|t| t == "Trung vị"));
    assert!(svg.contains("<polygon"), "the band");
    let en = texts(&line_svg(
        &ChartData {
            lang: Language::En,
            ..data
        },
        Width::Wide,
    ));
    assert!(
        en.iter()
            .any(|t| t == "Grey band: the middle half of 63 tỉnh, thành phố")
    );
}

#[test]
fn sparklines_are_decoration() {
    let s = sparkline_svg(&[(2018, 40.0), (2019, 38.0), (2020, 35.0)], true).unwrap();
    assert!(s.contains("aria-hidden=\"true\"") && s.contains("focusable=\"false\""));
    roxmltree::Document::parse(&s).unwrap();
    // Ranks: the better (smaller) last value is drawn higher.
    let y = |s: &str| -> f64 {
        s.split("cy=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let up = sparkline_svg(&[(2018, 40.0), (2020, 35.0)], true).unwrap();
    let down = sparkline_svg(&[(2018, 40.0), (2020, 35.0)], false).unwrap();
    assert!(y(&up) < y(&down));
    assert!(sparkline_svg(&[(2020, 1.0)], false).is_none());
}

/// Chart ids are part of the pages (`aria-labelledby`, links to a chart):
/// their hash is pinned, and its parts cannot run into each other.
#[test]
fn chart_ids_are_stable_and_parts_stay_apart() {
    assert_eq!(id_hash(&["line", "PAR INDEX"]), 0xb3b5_9a5d_833e_2cce);
    assert_ne!(id_hash(&["ab", "c"]), id_hash(&["a", "bc"]));
    assert_eq!(
        super::written_ids("line", "PAR INDEX", Width::Narrow)[0],
        format!(
            "chart-line-narrow-{:016x}-title",
            id_hash(&["line", "PAR INDEX"])
        )
    );
}
