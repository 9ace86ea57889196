//! Incremental rebuilds give the same bytes as a full build: build, edit,
//! update, compare with a fresh full build of the edited site.

mod common;

use std::path::PathBuf;

use baocao::BuildOptions;
use baocao::incremental::Session;
use baocao::incremental::publish::Publish;
use baocao::model::Day;
use common::Site;

fn options(site: &Site) -> BuildOptions {
    let mut o = BuildOptions::new(site.root());
    o.today = Some(Day::parse("2020-12-31").unwrap());
    o
}

/// Applies `edit`, updates `session` with the edited files, and checks the
/// result against a full build. Returns how many outputs were rendered.
fn check(
    site: &Site,
    session: &mut Session,
    files: &[&str],
    edit: impl FnOnce(&Site),
) -> (bool, usize) {
    edit(site);
    let changed: Vec<PathBuf> = files.iter().map(|f| site.root().join(f)).collect();
    let update = session
        .update(&changed)
        .unwrap_or_else(|e| panic!("update failed: {e:?}"));
    let differ = common::differing_from_full_build(session, options(site));
    assert!(
        differ.is_empty(),
        "after editing {files:?} these differ from a full build: {differ:?}"
    );
    (update.full, update.rendered)
}

fn corpus() -> Site {
    let scale = common::corpus::Scale {
        provinces: 4,
        years: 3,
        agencies_per_province: 3,
        news: 40,
        indicators: 3,
        ..Default::default()
    };
    common::corpus_site(&scale, 5)
}

#[test]
fn markdown_edits_render_only_what_shows_them() {
    let site = corpus();
    let mut s = Session::new(options(&site));
    let total = s.full().unwrap().rendered;
    let page = "content/news/ban-tin-00007.md";
    let text = std::fs::read_to_string(site.root().join(page)).unwrap();

    // The body below the first paragraph: only the page itself.
    let (full, n) = check(&site, &mut s, &[page], |s| {
        s.write(
            page,
            &text.replace("Người đứng đầu chịu", "Người đứng đầu luôn chịu"),
        )
    });
    assert!(!full);
    assert!(n <= 3, "{n} outputs rendered for a body edit");

    // The title: lists, tags, feed, search… but far from everything.
    let (full, n) = check(&site, &mut s, &[page], |s| {
        s.write(
            page,
            &text.replace("Bản tin cải cách hành chính số 7", "Tin mới số bảy"),
        )
    });
    assert!(!full && n < total / 2, "{n} of {total}");

    // The date moves it in every list; tags change their pages.
    check(&site, &mut s, &[page], |s| {
        s.write(
            page,
            &text
                .replace("date: 2015-01-08", "date: 2019-06-01")
                .replace("tags: [", "tags: [Tin nóng, "),
        )
    });

    // A broken file is an error; fixing it builds again.
    std::fs::write(site.root().join(page), "---\ntitle: [\n---\n").unwrap();
    assert!(s.update(&[site.root().join(page)]).is_err());
    check(&site, &mut s, &[page], |s| s.write(page, &text));
}

#[test]
fn data_edits_reach_every_page_that_shows_them() {
    let site = corpus();
    let mut s = Session::new(options(&site));
    s.full().unwrap();
    let ind = "content/data/indicators/ind-01.yaml";
    let text = std::fs::read_to_string(site.root().join(ind)).unwrap();
    let (full, _) = check(&site, &mut s, &[ind], |s| {
        s.write(
            ind,
            &text
                .replacen("value: ", "value: 1", 1)
                .replace("name: ", "name: Đã sửa "),
        )
    });
    assert!(!full);
    let agency = "content/data/agencies/tinh-02.yaml";
    let text = std::fs::read_to_string(site.root().join(agency)).unwrap();
    check(&site, &mut s, &[agency], |s| {
        s.write(agency, &text.replace("name: Ủy ban", "name: UBND mới"))
    });
    // A short name: only charts show it.
    check(&site, &mut s, &[agency], |s| {
        s.write(agency, &format!("short_name: Tỉnh hai\n{text}"))
    });
    check(&site, &mut s, &[agency], |s| {
        s.write(agency, &text.replace("due: 2020-03-28", "due: 2021-03-28"))
    });
    // A head's name (search index, lists) and the indicators a task names.
    check(&site, &mut s, &[agency], |s| {
        s.write(
            agency,
            &text
                .replace("name: Chủ tịch", "name: Chủ tịch mới")
                .replace("indicators: [ind-01]", "indicators: [ind-02]"),
        )
    });
    // A task's text: only the agency's own page shows it.
    let district = "content/data/agencies/tinh-01-dv-02.yaml";
    let text = std::fs::read_to_string(site.root().join(district)).unwrap();
    let (_, n) = check(&site, &mut s, &[district], |s| {
        s.write(
            district,
            &text.replace("task: \"Công khai", "task: \"Niêm yết và công khai"),
        )
    });
    assert!(n <= 2, "{n} outputs for a task's text");
}

#[test]
fn a_unit_ending_reaches_its_successor_and_the_charts() {
    // tinh-02 merges into tinh-03 on 30 June 2020; then tinh-03's values
    // continue, tinh-02's duties move; then the merger is undone.
    let site = corpus();
    let mut s = Session::new(options(&site));
    s.full().unwrap();
    let old = "content/data/agencies/tinh-02.yaml";
    let new = "content/data/agencies/tinh-03.yaml";
    let (old_text, new_text) = (
        std::fs::read_to_string(site.root().join(old)).unwrap(),
        std::fs::read_to_string(site.root().join(new)).unwrap(),
    );
    check(&site, &mut s, &[old], |s| {
        s.write(
            old,
            &format!("until: 2020-06-30\nsuccessors: [tinh-03]\n{old_text}"),
        )
    });
    check(&site, &mut s, &[new], |s| {
        s.write(new, &format!("formed_from: [tinh-02]\n{new_text}"))
    });
    check(&site, &mut s, &[old], |s| s.write(old, &old_text));
    check(&site, &mut s, &[new], |s| s.write(new, &new_text));
}

#[test]
fn csv_edits_reload_their_indicator() {
    let scale = common::corpus::Scale {
        provinces: 2,
        years: 3,
        agencies_per_province: 2,
        news: 6,
        indicators: 1,
        communes_per_province: 4,
        commune_indicators: 2,
        csv: true,
    };
    let site = common::corpus_site(&scale, 3);
    let mut s = Session::new(options(&site));
    s.full().unwrap();
    let csv = "content/data/indicators/xa-01.csv";
    let text = std::fs::read_to_string(site.root().join(csv)).unwrap();
    // One value changed: the indicator is reloaded, not the whole site.
    let line = text.lines().nth(3).unwrap().to_string();
    let (head, _) = line.rsplit_once(',').unwrap();
    let (full, _) = check(&site, &mut s, &[csv], |s| {
        s.write(csv, &text.replacen(&line, &format!("{head},12.5"), 1))
    });
    assert!(!full, "a CSV edit is incremental");
    // A bad row is an error naming the CSV; fixing it builds again.
    std::fs::write(
        site.root().join(csv),
        format!("{text}tinh-01-x001,2020,x\n"),
    )
    .unwrap();
    let e = s.update(&[site.root().join(csv)]).unwrap_err();
    assert!(e[0].file.ends_with("xa-01.csv"), "{e:?}");
    check(&site, &mut s, &[csv], |s| s.write(csv, &text));
    // Removed: the YAML file's own observations (none) remain.
    let (full, _) = check(&site, &mut s, &[csv], |s| {
        std::fs::remove_file(s.root().join(csv)).unwrap()
    });
    assert!(!full);
}

#[test]
fn a_value_of_one_unit_among_many_renders_its_group_not_every_unit() {
    let scale = common::corpus::Scale {
        provinces: 6,
        years: 3,
        agencies_per_province: 1,
        news: 4,
        indicators: 1,
        communes_per_province: 20,
        commune_indicators: 4,
        csv: true,
    };
    let site = common::corpus_site(&scale, 9);
    let mut s = Session::new(options(&site));
    let total = s.full().unwrap().rendered;
    let csv = "content/data/indicators/xa-02.csv";
    let text = std::fs::read_to_string(site.root().join(csv)).unwrap();
    let row = text
        .lines()
        .find(|l| l.starts_with("tinh-03-x005,2020,"))
        .unwrap()
        .to_string();
    // The best value: its place and its neighbours' places change.
    let (full, n) = check(&site, &mut s, &[csv], |s| {
        s.write(csv, &text.replace(&row, "tinh-03-x005,2020,100"))
    });
    assert!(!full);
    // Its province's 20 units, the indicator's pages and lists; not the
    // 100 other units.
    assert!(n < 60, "{n} of {total} outputs rendered");
    // Back again, and a unit moved to another province's list.
    check(&site, &mut s, &[csv], |s| s.write(csv, &text));
    let commune = "content/data/agencies/tinh-03-x005.yaml";
    let y = std::fs::read_to_string(site.root().join(commune)).unwrap();
    check(&site, &mut s, &[commune], |s| {
        s.write(commune, &y.replace("parent: tinh-03", "parent: tinh-04"))
    });
}

#[test]
fn structural_changes_fall_back_to_a_full_build() {
    let site = Site::minimal();
    let mut s = Session::new(options(&site));
    s.full().unwrap();
    let (full, _) = check(&site, &mut s, &["content/news/moi.md"], |s| {
        s.write("content/news/moi.md", "---\ntitle: Mới\n---\nx\n")
    });
    assert!(full, "a new page changes the set of pages");
    let (full, _) = check(&site, &mut s, &["content/site.yaml"], |s| {
        s.write(
            "content/site.yaml",
            &common::SITE_YAML.replace("Thử nghiệm", "Khác"),
        )
    });
    assert!(full);
    let (full, _) = check(&site, &mut s, &["content/news/moi.md"], |s| {
        s.remove("content/news/moi.md")
    });
    assert!(full);
}

#[test]
fn a_changed_photo_renders_again_only_its_page_and_the_lists_that_show_it() {
    use common::corpus::{jpeg, photo_pixels};
    let photo = |w: u32, h: u32, seed: u64| jpeg(&photo_pixels(w, h, seed), w, h, None);
    let site = Site::minimal();
    let page = "content/news/hop/index.md";
    let text = "---\ntitle: Họp\ndate: 2020-06-15\nimage: { src: bia.jpg, alt: Bìa }\n---\nĐoạn.\n\n![Ảnh](anh.jpg \"Chú thích\")\n";
    site.write_bytes("content/news/hop/anh.jpg", &photo(800, 600, 1));
    site.write_bytes("content/news/hop/bia.jpg", &photo(700, 400, 2));
    site.write(page, text);
    let mut s = Session::new(options(&site));
    let total = s.full().unwrap().rendered;

    // Another photo of the same size: the page's photo files (of both its
    // photos, 2 widths × 2 formats each), not the page, not the lists.
    let anh = "content/news/hop/anh.jpg";
    let (full, n) = check(&site, &mut s, &[anh], |s| {
        s.write_bytes(anh, &photo(800, 600, 3))
    });
    assert!(!full && n <= 8, "{n} of {total} outputs for a new photo");
    // A larger one: more files, and the page's markup.
    let (full, n) = check(&site, &mut s, &[anh], |s| {
        s.write_bytes(anh, &photo(1700, 1000, 4))
    });
    assert!(!full && n < total / 2, "{n} of {total}");
    // The featured photo, smaller: the lists' thumbnails too.
    let bia = "content/news/hop/bia.jpg";
    check(&site, &mut s, &[bia], |s| {
        s.write_bytes(bia, &photo(300, 200, 5))
    });
    // A photo removed: an error; put back, the site builds again.
    std::fs::remove_file(site.root().join(anh)).unwrap();
    let e = s.update(&[site.root().join(anh)]).unwrap_err();
    assert!(
        format!("{e:?}").contains("the image `anh.jpg` does not exist"),
        "{e:?}"
    );
    check(&site, &mut s, &[anh], |s| {
        s.write_bytes(anh, &photo(640, 480, 6))
    });
    // A new photo in the text.
    check(&site, &mut s, &[page, "content/news/hop/moi.jpg"], |s| {
        s.write_bytes("content/news/hop/moi.jpg", &photo(500, 500, 7));
        s.write(page, &format!("{text}\n![Mới](moi.jpg)\n"));
    });
}

/// Records what an update publishes; stops after `stop_after` outputs
/// past the ones in view.
struct Recorder {
    in_view: Vec<String>,
    stop_after: usize,
    published: std::sync::Mutex<Vec<(String, std::sync::Arc<[u8]>)>>,
    /// How many outputs were published when `planned` was called, and the
    /// pending ones.
    planned: std::sync::Mutex<Option<(usize, Vec<String>)>>,
}

impl Publish for Recorder {
    fn in_view(&self) -> Vec<String> {
        self.in_view.clone()
    }
    fn publish(&self, file: &str, bytes: &std::sync::Arc<[u8]>) {
        self.published
            .lock()
            .unwrap()
            .push((file.to_string(), bytes.clone()));
    }
    fn planned(&self, pending: &[String], _gone: &[String]) {
        let n = self.published.lock().unwrap().len();
        *self.planned.lock().unwrap() = Some((n, pending.to_vec()));
    }
    fn stop(&self) -> bool {
        let n = self.published.lock().unwrap().len();
        n >= self.in_view.len() + self.stop_after
    }
}

fn full_files(site: &Site) -> baocao::incremental::Files {
    let mut fresh = Session::new(options(site));
    fresh.full().unwrap();
    fresh.files
}

/// Under `serve`: the outputs in view are made and published first, each
/// as a full build makes it; a newer edit may stop the rest, which the next
/// update makes (merged with its own), so the site ends as a full build.
#[test]
fn outputs_in_view_come_first_and_what_a_stopped_update_left_comes_next() {
    let site = corpus();
    let mut s = Session::new(options(&site));
    s.full().unwrap();
    // A news page that shows ind-01's card, and the indicator's page.
    let news = s
        .files
        .iter()
        .find(|(k, v)| {
            k.starts_with("news/ban-tin-")
                && String::from_utf8_lossy(v).contains("/indicators/ind-01/")
        })
        .map(|(k, _)| k.clone())
        .expect("a news page citing ind-01");
    let in_view = vec!["indicators/ind-01/index.html".to_string(), news];
    let ind = "content/data/indicators/ind-01.yaml";
    let text = std::fs::read_to_string(site.root().join(ind)).unwrap();
    site.write(ind, &text.replacen("value: ", "value: 1", 1));
    let rec = Recorder {
        in_view: in_view.clone(),
        stop_after: 3,
        published: Default::default(),
        planned: Default::default(),
    };
    let update = s
        .update_with(&[site.root().join(ind)], &rec)
        .unwrap_or_else(|e| panic!("update failed: {e:?}"));
    let expected = full_files(&site);
    let published = rec.published.lock().unwrap().clone();
    let mut first: Vec<String> = published[..2].iter().map(|(f, _)| f.clone()).collect();
    first.sort();
    let mut want = in_view.clone();
    want.sort();
    assert_eq!(first, want, "the outputs in view were not published first");
    for (f, bytes) in &published {
        assert_eq!(
            Some(bytes),
            expected.get(f),
            "{f} was published other than a full build makes it"
        );
    }
    let (before, pending) = rec.planned.lock().unwrap().clone().expect("planned");
    assert!(before >= 2, "planned before the outputs in view were made");
    assert!(!pending.iter().any(|p| in_view.contains(p)), "{pending:?}");
    assert_eq!(update.in_view, 2);
    assert!(update.left > 0, "nothing left: {update:?}");
    // What was left differs from a full build, and nothing else does.
    let stale: Vec<&String> = expected
        .keys()
        .filter(|k| s.files.get(*k) != expected.get(*k))
        .collect();
    assert!(!stale.is_empty());
    assert!(stale.iter().all(|k| pending.contains(k)), "{stale:?}");

    // The next edit (another indicator) makes what was left too.
    let other = "content/data/indicators/ind-02.yaml";
    let text2 = std::fs::read_to_string(site.root().join(other)).unwrap();
    let (full, _) = check(&site, &mut s, &[other], |s| {
        s.write(other, &text2.replacen("value: ", "value: 2", 1))
    });
    assert!(!full);
    // So does an update with nothing changed.
    let rec = Recorder {
        in_view: Vec::new(),
        stop_after: 1,
        published: Default::default(),
        planned: Default::default(),
    };
    site.write(ind, &text);
    s.update_with(&[site.root().join(ind)], &rec).unwrap();
    let (full, _) = check(&site, &mut s, &[], |_| {});
    assert!(!full);
}

#[test]
fn a_sections_title_reaches_the_menu_of_every_page() {
    let site = corpus();
    let mut s = Session::new(options(&site));
    s.full().unwrap();
    let index = "content/news/_index.md";
    let text = std::fs::read_to_string(site.root().join(index)).unwrap();
    let title = text.lines().find(|l| l.starts_with("title:")).unwrap();
    check(&site, &mut s, &[index], |s| {
        s.write(index, &text.replace(title, "title: Tin mới đổi tên"))
    });
}
