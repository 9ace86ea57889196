//! A small harness for fixture sites: write files into a temp folder, build
//! with the real binary, read pages back.
#![allow(dead_code)]

pub mod corpus;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Site {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub const SITE_YAML: &str = "title: Thử nghiệm\nbase_url: https://example.gov.vn/\nlanguage: vi\nregion: { id: yen-bai, name: Yên Bái }\n";

pub const SIPAS: &str = "name: Chỉ số hài lòng\nshort_name: SIPAS\nunit: \"%\"\nkind: percent\nowner: so-noi-vu\ntargets:\n  - { year: 2020, above: 92 }\nobservations:\n  - { year: 2018, value: 81.1 }\n  - { year: 2019, value: 83.2 }\n";

pub const AGENCY: &str = "name: Sở Nội vụ\nkind: department\nhead: { name: Nguyễn Văn A, title: Giám đốc, since: 2019-06-01 }\nresponsibilities:\n  - { task: Niêm yết thủ tục, due: 2020-06-30, done: 2020-05-20, indicators: [sipas] }\n  - { task: Làm báo cáo, due: 2020-09-30 }\n";

pub const NEWS: &str = "---\ntitle: \"Tin: SIPAS 2019\"\ndate: 2020-01-10T08:10:36+07:00\ntags: [CCHC]\nindicators: [sipas]\nagencies: [so-noi-vu]\n---\nĐoạn đầu tiên của bài.\n\n## Phần hai\n\nXem [SIPAS](/indicators/sipas/).\n";

/// A generated site of `scale` from `seed`, in a new temporary folder.
pub fn corpus_site(scale: &corpus::Scale, seed: u64) -> Site {
    let site = Site {
        dir: tempfile::tempdir().unwrap(),
    };
    corpus::generate(site.root(), scale, seed);
    site
}

impl Site {
    /// A small valid site: one indicator, one agency, one news page.
    pub fn minimal() -> Site {
        Site::with(&[
            ("content/site.yaml", SITE_YAML),
            ("content/data/indicators/sipas.yaml", SIPAS),
            ("content/data/agencies/so-noi-vu.yaml", AGENCY),
            ("content/news/tin-mot.md", NEWS),
        ])
    }

    pub fn with(files: &[(&str, &str)]) -> Site {
        let site = Site {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        for (p, c) in files {
            site.write(p, c);
        }
        site
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, content: &str) {
        self.write_bytes(rel, content.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, content: &[u8]) {
        let p = self.root().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, content).unwrap();
    }

    pub fn remove(&self, rel: &str) {
        fs::remove_file(self.root().join(rel)).unwrap();
    }

    /// Runs the real `baocao` binary in the site folder.
    pub fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_baocao"))
            .args(args)
            .current_dir(self.root())
            .env_remove("GITHUB_ACTIONS")
            .output()
            .expect("run baocao");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `baocao build --today 2020-12-31`, which must succeed.
    pub fn build(&self) -> Run {
        self.build_with(&[])
    }

    pub fn build_with(&self, extra: &[&str]) -> Run {
        let mut args = vec!["build"];
        if !extra.contains(&"--today") {
            args.extend_from_slice(&["--today", "2020-12-31"]);
        }
        args.extend_from_slice(extra);
        let r = self.run(&args);
        assert_eq!(r.code, 0, "build failed:\n{}{}", r.stdout, r.stderr);
        r
    }

    /// Builds into a new empty folder and returns every file written there
    /// (a second build into the same folder would stop at "nothing
    /// changed" and compare the output with itself).
    pub fn build_fresh(&self) -> BTreeMap<String, Vec<u8>> {
        let out = tempfile::tempdir().expect("temp dir");
        let dir = out.path().join("site");
        self.build_with(&["--output", dir.to_str().expect("UTF-8 temp path")]);
        // The site's files; baocao's own `.baocao-*` bookkeeping holds times.
        let mut files = snapshot(&dir);
        files.retain(|k, _| !k.starts_with(".baocao-"));
        files
    }

    pub fn out(&self, rel: &str) -> PathBuf {
        self.root().join("output").join(rel)
    }

    pub fn page(&self, rel: &str) -> String {
        fs::read_to_string(self.out(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

/// Every file under `dir` with its bytes, by relative path.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    if !dir.exists() {
        return m;
    }
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            m.insert(rel, fs::read(e.path()).unwrap());
        }
    }
    m
}

/// The text between `<main` and `</main>`.
pub fn main_of(html: &str) -> &str {
    let a = html.find("<main").unwrap_or(0);
    let b = html.find("</main>").unwrap_or(html.len());
    &html[a..b]
}

/// The outputs of an incremental session that differ from a full build of
/// the same files (none when the incremental path is right).
pub fn differing_from_full_build(
    session: &baocao::incremental::Session,
    opts: baocao::BuildOptions,
) -> Vec<String> {
    let mut fresh = baocao::incremental::Session::new(opts);
    fresh.full().expect("a full build");
    let (a, b) = (&session.files, &fresh.files);
    let mut differ: Vec<String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect();
    differ.sort();
    differ.dedup();
    differ
}
