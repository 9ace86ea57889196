//! Building fixture sites and the example site, and asserting on the pages.

mod common;

use std::fs;

use common::{Site, main_of, snapshot};

#[test]
fn minimal_site_builds_every_page() {
    let site = Site::minimal();
    let r = site.build();
    assert!(r.stderr.contains("Built"), "{}", r.stderr);
    for f in [
        "index.html",
        "indicators/index.html",
        "indicators/sipas/index.html",
        "agencies/index.html",
        "agencies/so-noi-vu/index.html",
        "news/index.html",
        "news/tin-mot/index.html",
        "404.html",
        "style.css",
    ] {
        assert!(site.out(f).is_file(), "missing {f}");
    }
    let home = site.page("index.html");
    assert!(home.contains("<html lang=\"vi\">"));
    assert!(home.contains("83,20%"), "vi number format on the dashboard");
    // 81.1 → 83.2 is +2.1 points; 92 needs much more: at risk, shown by word and icon.
    assert!(home.contains("Có nguy cơ không đạt"));
    assert!(home.contains("status-icon"));
}

#[test]
fn indicator_page_shows_targets_with_their_inputs() {
    let site = Site::minimal();
    site.build();
    let page = site.page("indicators/sipas/index.html");
    let main = main_of(&page);
    assert!(main.contains("+2,10 điểm %"), "change on previous year");
    assert!(
        main.contains("Tỷ số tiến độ"),
        "the inputs of the on-track judgement"
    );
    assert!(main.contains("href=\"/agencies/so-noi-vu/\""), "owner link");
    assert!(
        main.contains("href=\"/news/tin-mot/\""),
        "commentary citing it"
    );
    assert!(main.contains("Bộ") || main.contains("<caption>SIPAS (%)</caption>"));
}

#[test]
fn agency_page_judges_tasks_on_the_given_day() {
    let site = Site::minimal();
    site.build_with(&["--today", "2020-08-01"]);
    let page = main_of(&site.page("agencies/so-noi-vu/index.html")).to_string();
    assert!(page.contains("Nguyễn Văn A"));
    assert!(page.contains("Hoàn thành đúng hạn"));
    assert!(
        page.contains("Đang thực hiện"),
        "due 2020-09-30 is still open on 2020-08-01"
    );
    site.build_with(&["--today", "2020-10-01"]);
    let page = site.page("agencies/so-noi-vu/index.html");
    assert!(page.contains("Quá hạn"), "overdue after the due date");
}

#[test]
fn markdown_features_and_anchors_render() {
    let site = Site::minimal();
    site.write(
        "content/news/day-du.md",
        "---\ntitle: Đủ tính năng\ndate: 2020-02-01\n---\n## Bảng\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] xong\n- [ ] chưa\n\n~~bỏ~~ chú thích[^1]\n\n[^1]: Nguồn.\n\n<script>alert(1)</script>\n",
    );
    site.build();
    let page = site.page("news/day-du/index.html");
    assert!(page.contains("<h2 id=\"bang\">"));
    assert!(page.contains("<table>"));
    assert!(page.contains("type=\"checkbox\""));
    assert!(page.contains("<del>bỏ</del>"));
    assert!(page.contains("footnote-definition"));
    assert!(!page.contains("<script>alert"), "raw HTML is sanitised");
}

#[test]
fn chart_and_table_blocks_become_figures() {
    let site = Site::minimal();
    site.write(
        "content/news/bieu-do.md",
        "---\ntitle: Biểu đồ\n---\nTrước.\n\n```chart\nindicator: sipas\ntype: line\n```\n\n```indicator-table\nindicator: sipas\n```\n\n```yaml\nkhong: doi\n```\n",
    );
    site.build();
    let page = site.page("news/bieu-do/index.html");
    assert!(page.contains("<div class=\"chart chart-line\""), "{page}");
    assert!(
        page.contains("SIPAS của Yên Bái năm 2019 đạt 83,20%"),
        "summary sentence"
    );
    assert!(page.contains("class=\"indicator-table\""));
    assert!(
        page.contains("language-yaml"),
        "other fenced blocks stay code"
    );
}

#[test]
fn bom_and_crlf_are_accepted() {
    let site = Site::minimal();
    site.write(
        "content/news/windows.md",
        "\u{feff}---\r\ntitle: Tệp Windows\r\ndate: 2020-03-01\r\n---\r\nDòng một.\r\n",
    );
    site.build();
    let page = site.page("news/windows/index.html");
    assert!(page.contains("Dòng một."), "{page}");
}

#[test]
fn drafts_are_built_only_when_asked() {
    let site = Site::minimal();
    site.write(
        "content/news/nhap.md",
        "---\ntitle: Bản nháp\ndraft: true\n---\nChưa xong.\n",
    );
    site.build();
    assert!(!site.out("news/nhap/index.html").exists());
    site.build_with(&["--drafts"]);
    assert!(site.out("news/nhap/index.html").exists());
}

#[test]
fn base_url_with_a_subpath_prefixes_every_internal_link() {
    let site = Site::minimal();
    site.build_with(&["--base-url", "https://example.github.io/cchc/"]);
    for (rel, bytes) in snapshot(&site.root().join("output")) {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        for part in html
            .split("href=\"")
            .skip(1)
            .chain(html.split("src=\"").skip(1))
        {
            let url = &part[..part.find('"').unwrap()];
            if url.starts_with('/') {
                assert!(url.starts_with("/cchc/"), "{rel}: link {url} drops /cchc/");
            }
        }
    }
    let page = site.page("news/tin-mot/index.html");
    assert!(
        page.contains("href=\"/cchc/indicators/sipas/\""),
        "Markdown links too"
    );
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://example.github.io/cchc/news/tin-mot/\">"
    ));
}

#[test]
fn same_input_gives_identical_bytes() {
    let site = Site::minimal();
    let (a, b) = (site.build_fresh(), site.build_fresh());
    assert!(a.len() > 20, "{} files", a.len());
    assert_eq!(a, b);
}

#[test]
fn a_build_with_nothing_changed_writes_nothing_and_any_change_builds() {
    let site = Site::minimal();
    let first = site.build();
    assert!(
        !first.stderr.contains("Nothing changed"),
        "{}",
        first.stderr
    );
    // Nothing changed: the fingerprint stops the build.
    let again = site.build();
    assert!(again.stderr.contains("Nothing changed"), "{}", again.stderr);
    // A changed input, a changed option: built again.
    site.write(
        "content/news/tin-mot.md",
        &common::NEWS.replace("Đoạn đầu", "Đoạn mở đầu"),
    );
    assert!(!site.build().stderr.contains("Nothing changed"));
    assert!(site.page("news/tin-mot/index.html").contains("Đoạn mở đầu"));
    assert!(
        !site
            .build_with(&["--today", "2021-01-01"])
            .stderr
            .contains("Nothing changed")
    );
    assert!(
        site.build_with(&["--today", "2021-01-01"])
            .stderr
            .contains("Nothing changed")
    );
    assert!(
        !site
            .build_with(&["--today", "2021-01-01", "--drafts"])
            .stderr
            .contains("Nothing changed")
    );
    // Another baocao binary (its size or time differs): built again.
    let bin_dir = tempfile::tempdir().unwrap();
    let bin = bin_dir.path().join("baocao");
    fs::copy(env!("CARGO_BIN_EXE_baocao"), &bin).unwrap();
    let run = |bin: &std::path::Path| {
        let out = std::process::Command::new(bin)
            .args(["build", "--today", "2021-01-01", "--drafts"])
            .current_dir(site.root())
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let first_run = run(&bin);
    assert!(
        !first_run.contains("Nothing changed"),
        "a copied binary is another binary: {first_run}"
    );
    assert!(run(&bin).contains("Nothing changed"));
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&bin)
        .unwrap()
        .set_modified(later)
        .unwrap();
    assert!(
        !run(&bin).contains("Nothing changed"),
        "a newer binary builds again"
    );
    // An output file changed behind baocao's back: written again.
    fs::write(site.out("index.html"), "x").unwrap();
    site.build_with(&["--today", "2021-01-01", "--drafts"]);
    assert!(site.page("index.html").contains("<html"));
}

#[test]
fn theme_override_replaces_one_template_only() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        &format!("{}theme: rieng\n", common::SITE_YAML),
    );
    site.write(
        "themes/rieng/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<p>Trang riêng 404</p>{% endblock content %}",
    );
    site.build();
    assert!(site.page("404.html").contains("Trang riêng 404"));
    assert!(
        site.page("index.html").contains("class=\"cards\""),
        "others stay built-in"
    );
}

#[test]
fn example_site_builds_all_its_pages() {
    let dir = tempfile::tempdir().unwrap();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for e in walkdir::WalkDir::new(&src) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(&src).unwrap();
        let to = dir.path().join("content").join(rel);
        if e.file_type().is_dir() {
            fs::create_dir_all(&to).unwrap();
        } else {
            fs::copy(e.path(), &to).unwrap();
        }
    }
    let site = Site { dir };
    site.build();
    let indicators = fs::read_dir(site.root().join("content/data/indicators"))
        .unwrap()
        .count();
    let built = fs::read_dir(site.out("indicators"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    // And /indicators/status/, the targets by status.
    assert_eq!(indicators + 1, built, "one page per indicator");
    let home = site.page("index.html");
    for name in ["SIPAS", "PAR INDEX", "PCI"] {
        assert!(home.contains(name), "dashboard lists {name}");
    }
    assert!(site.out("agencies/so-noi-vu/index.html").is_file());
    assert!(site.out("agencies/ubnd-van-yen/index.html").is_file());
    // The list of indicators in the reader's order of their names.
    let list = site.page("indicators/index.html");
    let names: Vec<&str> = list
        .split("<th scope=\"row\"><a href=\"")
        .skip(1)
        .map(|r| {
            let r = &r[r.find("\">").unwrap() + 2..];
            &r[..r.find('<').unwrap()]
        })
        .collect();
    assert_eq!(names.len(), indicators);
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| baocao::collate::compare(baocao::config::Language::Vi, a, b));
    assert_eq!(names, sorted);
    assert!(site.out("news/index.html").is_file());
    // The photo news item: a captioned figure served in WebP and JPEG,
    // "Các tin khác", and archives linked from the news list.
    let item = site.page("news/mot-cua-van-yen/index.html");
    assert!(item.contains("<figure class=\"photo\"><picture><source type=\"image/webp\" srcset=\"/news/mot-cua-van-yen/quang-canh-bo-phan-mot-cua-480.webp 480w"));
    assert!(item.contains("<figcaption>Máy lấy số tự động"));
    assert!(item.contains("<h2 id=\"related-h\">Các tin khác</h2>"));
    assert!(item.contains("<meta property=\"og:image:alt\""));
    let news = site.page("news/index.html");
    assert!(news.contains("<a href=\"/news/2020/11/\""));
    assert!(site.out("news/2020/11/index.html").is_file());
}

#[test]
fn national_scale_site_builds_and_is_deterministic() {
    let scale = common::corpus::Scale::default();
    let site = common::corpus_site(&scale, 7);
    site.build();
    // Every agency has its page: all folders but the list's own by/ and reporting/.
    let agencies = fs::read_dir(site.out("agencies")).unwrap().count() - 3;
    assert_eq!(agencies, 63 * 11);
    // A province's page: its own indicators as cards, not again as rows
    // of a table; another province's table says "hạng 35/63", ranked
    // among all provinces (it has no parent agency).
    let home = site.page("agencies/tinh-01/index.html");
    assert!(home.contains("<div class=\"cards\">"));
    assert!(
        !home.contains("<table class=\"list stack observed\""),
        "cards, not a table too"
    );
    let other = site.page("agencies/tinh-05/index.html");
    let table = &other[other.find("<table class=\"list stack observed\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    assert!(table.contains("<th scope=\"col\">Xếp hạng</th>"), "{table}");
    assert!(!table.contains("trong đơn vị cấp trên"));
    for cell in table.split("data-label=\"Giá trị mới nhất\">").skip(1) {
        let cell = &cell[..cell.find("</td>").unwrap()];
        if cell.contains("/63") {
            assert!(cell.starts_with("<span class=\"nw\">hạng "), "{cell}");
        }
    }
    let list = site.page("agencies/index.html");
    // The lowest scores: twenty that would cut through a tie stop below
    // it and count the tie, naming none of it by the order of names.
    let lowest = &list[list.find("điểm trách nhiệm thấp nhất</h2>").unwrap()..];
    let lowest = &lowest[..lowest.find("</main>").unwrap()];
    let charted: Vec<u32> = lowest
        .split("<td class=\"num\">")
        .skip(1)
        .map(|r| r[..r.find('<').unwrap()].parse().unwrap())
        .collect();
    let tie = &lowest[lowest
        .find("<p class=\"tied\">")
        .expect("315 agencies at 0: a tie")
        + 16..];
    let n: usize = tie.split(' ').next().unwrap().parse().unwrap();
    let score = &tie[tie.find("cùng có ").unwrap() + "cùng có ".len()..];
    let score: u32 = score.split(' ').next().unwrap().parse().unwrap();
    assert!(n > 20, "{tie}");
    assert!(
        charted.len() <= 20 && charted.iter().all(|&c| c < score),
        "{charted:?} {score}"
    );
    let tables = &list[..list.find("<h2>Cơ quan có điểm").unwrap_or(list.len())];
    assert_eq!(
        tables.matches("<tr>").count() - tables.matches("<thead><tr>").count(),
        63 * 11
    );
    // Provinces in the reader's order of places, "tỉnh" or "thành phố"
    // alike: Cà Mau, Cao Bằng, Cần Thơ, …, Hà Nam, Hà Nội, Hà Tĩnh.
    let places: Vec<&str> = list
        .split("Ủy ban nhân dân ")
        .skip(1)
        .filter_map(|rest| {
            let name = &rest[..rest.find('<')?];
            ["tỉnh ", "thành phố "]
                .iter()
                .find_map(|u| name.strip_prefix(u))
        })
        .take(63)
        .collect();
    assert_eq!(places.len(), 63);
    let mut sorted = places.clone();
    sorted.sort_by(|a, b| baocao::collate::compare(baocao::config::Language::Vi, a, b));
    assert_eq!(places, sorted);
    // The home province's place heads the indicator's page, as the
    // ranking's caption words it further down.
    let page = site.page("indicators/ind-01/index.html");
    let standing = &page[page.find("<dt>Xếp hạng</dt><dd>").unwrap() + 25..];
    let standing = &standing[..standing.find("</dd>").unwrap()];
    assert!(
        standing.starts_with("hạng ") && standing.contains("/63 năm "),
        "{standing}"
    );
    assert!(page.find("<dt>Xếp hạng</dt>") < page.find("<figure"));
    assert!(
        page.contains(&format!(": {standing}.")),
        "the caption says the same"
    );
    // The agencies with a duty on an indicator, by name too.
    let duty = &page[page.find("<h2>Cơ quan có nhiệm vụ liên quan</h2>").unwrap()..];
    let duty = &duty[..duty.find("</ul>").unwrap()];
    let names: Vec<&str> = duty
        .split("\">")
        .skip(1)
        .map(|rest| &rest[..rest.find('<').unwrap()])
        .collect();
    assert!(names.len() > 2, "{duty}");
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| baocao::collate::compare_agencies(baocao::config::Language::Vi, a, b));
    assert_eq!(names, sorted);
    // An indicator cited by many news pages lists the ten newest, and
    // folds the rest under a summary that counts them.
    let page = site.page("indicators/ind-01/index.html");
    let cited = &page[page.find("<h2>Bài viết liên quan</h2>").unwrap()..];
    let cited = &cited[..cited.find("</main>").unwrap()];
    let (open, folded) = cited.split_once("<details class=\"more-pages\">").unwrap();
    assert_eq!(open.matches("<li>").count(), 10);
    let rest = folded.matches("<li>").count();
    assert!(rest > 0);
    assert!(folded.contains(&format!("<summary>Xem thêm {rest} bài viết</summary>")));
    // The sorted view lists every agency too, 100 to a page (a card each
    // on a phone: 500 made a page 86,000 px tall).
    let by_score = site.page("agencies/by/score/index.html");
    let next = site.page("agencies/by/score/page/2/index.html");
    let last = site.page("agencies/by/score/page/7/index.html");
    assert_eq!(by_score.matches("<tr>").count() - 1, 100);
    assert_eq!(next.matches("<tr>").count() - 1, 100);
    assert_eq!(last.matches("<tr>").count() - 1, 63 * 11 - 600);
    assert!(by_score.contains("rel=\"next\""), "page 1 links to page 2");
    assert!(!site.out("agencies/by/score/page/8").exists());
    assert!(
        site.out("news/page/30/index.html").is_file(),
        "300 pages, 10 a page"
    );
    // Charts read at this scale: at most six lines, rankings of 63 rows
    // within 1,400 units (shown 1:1 at 1280 px), small files.
    let (mut lines, mut rankings) = (0, 0);
    for (rel, bytes) in snapshot(&site.root().join("output")) {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        let mut rest = html.as_str();
        while let Some(a) = rest.find("<div class=\"chart chart-") {
            let b = a + rest[a..].find("</figure>").unwrap();
            let fig = &rest[a..b];
            rest = &rest[b..];
            assert!(
                fig.len() < 60 * 1024 + 16 * 1024,
                "{rel}: a chart of {} bytes",
                fig.len()
            );
            for svg in fig.split("<svg xmlns").skip(1) {
                let svg = &svg[..svg.find("</svg>").unwrap()];
                let h: f64 = svg
                    .split("viewBox=\"0 0 ")
                    .nth(1)
                    .unwrap()
                    .split(['"', ' '])
                    .nth(1)
                    .unwrap()
                    .parse()
                    .unwrap();
                if svg.contains("baocao-chart-line ") {
                    lines += 1;
                    assert!(svg.matches("class=\"series\"").count() <= 6, "{rel}");
                }
                if svg.contains("baocao-chart-bar chart-wide") && svg.matches("<rect").count() > 60
                {
                    rankings += 1;
                    assert!(h <= 1400.0, "{rel}: a ranking {h} units tall");
                    assert!(svg.len() < 30 * 1024, "{rel}: {} bytes", svg.len());
                }
            }
        }
    }
    assert!(
        lines > 100 && rankings > 50,
        "{lines} line charts, {rankings} rankings"
    );

    // Two builds into two different empty folders are byte-identical (the
    // site's files; baocao's own `.baocao-*` bookkeeping holds times).
    let other = tempfile::tempdir().unwrap();
    let out = other.path().join("elsewhere");
    site.build_with(&["--output", out.to_str().unwrap()]);
    let site_files = |dir: &std::path::Path| {
        let mut m = snapshot(dir);
        m.retain(|k, _| !k.starts_with(".baocao-"));
        m
    };
    let (a, b) = (site_files(&site.root().join("output")), site_files(&out));
    assert!(a.len() > 1000, "{} files", a.len());
    let differ: Vec<&String> = a.keys().filter(|k| a.get(*k) != b.get(*k)).collect();
    assert!(
        differ.is_empty() && a.len() == b.len(),
        "two builds differ: {differ:?}"
    );
}
