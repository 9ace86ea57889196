//! `baocao new`: a starter site, and new news pages.
//!
//! `new site DIR` writes a small site that builds at once (site settings,
//! one indicator, one agency, one news page), its YAML commented field by
//! field and pointing to the guide's format reference
//! ([`crate::guide::FORMAT`]). `new post TITLE` writes
//! `content/news/<slug>.md` with its front matter filled in, as a draft.
//! Neither ever overwrites a file.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::model::Day;
use crate::web::slug::slugify;

/// Why `new` refused or failed (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum NewError {
    #[error("{0}")]
    Refused(String),
    #[error("{}: {err}", .path.display())]
    Io { path: PathBuf, err: io::Error },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> NewError + '_ {
    move |err| NewError::Io {
        path: path.to_path_buf(),
        err,
    }
}

/// Today in Vietnam (UTC+7), or the given day.
fn now_vn(today: Option<Day>) -> (Day, String) {
    match today {
        Some(d) => (d, format!("{d}T08:00:00+07:00")),
        None => {
            let now = jiff::ZonedDateTime::now()
                .with_time_zone(jiff::tz::TimeZone::fixed(jiff::tz::Offset::constant(7)));
            (
                Day(now.date()),
                now.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            )
        }
    }
}

/// Writes a new file; never replaces one.
fn create(path: &Path, text: &str) -> Result<(), NewError> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|err| {
            if err.kind() == io::ErrorKind::AlreadyExists {
                NewError::Refused(format!(
                    "{} already exists; baocao does not overwrite it",
                    path.display()
                ))
            } else {
                NewError::Io {
                    path: path.to_path_buf(),
                    err,
                }
            }
        })?;
    f.write_all(text.as_bytes()).map_err(io_err(path))
}

/// A YAML double-quoted string: safe for any title (`:`, `#`, quotes …).
pub fn yaml_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `baocao new site DIR`: writes a starter site into `dir`, which must not
/// exist or be empty. Returns the files written (relative to `dir`).
pub fn new_site(dir: &Path, today: Option<Day>) -> Result<Vec<String>, NewError> {
    if dir.is_file() {
        return Err(NewError::Refused(format!(
            "{} is a file, not a folder",
            dir.display()
        )));
    }
    if dir.is_dir() {
        let mut entries = fs::read_dir(dir).map_err(io_err(dir))?;
        if entries.next().is_some() {
            return Err(NewError::Refused(format!(
                "{} is not empty; `baocao new site` only writes into a new or empty folder",
                dir.display()
            )));
        }
    }
    let (day, now) = now_vn(today);
    let y = day.year();
    let files = starter_files(y, &now);
    let mut written = Vec::new();
    for (rel, text) in &files {
        create(&dir.join(rel), text)?;
        written.push(rel.to_string());
    }
    Ok(written)
}

/// The starter site: where each file goes, and its text as written under
/// `src/new/starter/`. `{year}`, `{year-1}` … `{year-3}` and `{now}` in the
/// text are filled in by [`fill`].
const STARTER: [(&str, &str); 5] = [
    ("content/site.yaml", include_str!("new/starter/site.yaml")),
    (
        "content/data/indicators/sipas.yaml",
        include_str!("new/starter/sipas.yaml"),
    ),
    (
        "content/data/agencies/so-noi-vu.yaml",
        include_str!("new/starter/so-noi-vu.yaml"),
    ),
    (
        "content/news/muc-tieu-chi-so-hai-long.md",
        include_str!("new/starter/muc-tieu-chi-so-hai-long.md"),
    ),
    (".gitignore", include_str!("new/starter/gitignore")),
];

fn starter_files(y: i32, now: &str) -> Vec<(&'static str, String)> {
    STARTER
        .iter()
        .map(|&(path, text)| (path, fill(text, y, now)))
        .collect()
}

/// A starter file's text with its year (`{year}`, `{year-1}` … `{year-3}`)
/// and its time (`{now}`) filled in.
fn fill(text: &str, y: i32, now: &str) -> String {
    text.replace("{year-3}", &(y - 3).to_string())
        .replace("{year-2}", &(y - 2).to_string())
        .replace("{year-1}", &(y - 1).to_string())
        .replace("{year}", &y.to_string())
        .replace("{now}", now)
}

/// `baocao new post TITLE`: writes `content/news/<slug>.md` in `site` as a
/// draft. Returns its path.
pub fn new_post(site: &Path, title: &str, today: Option<Day>) -> Result<PathBuf, NewError> {
    let title = title.trim();
    let slug = slugify(title);
    if slug.is_empty() {
        return Err(NewError::Refused(format!(
            "`{title}` gives an empty file name: a title needs letters or digits"
        )));
    }
    let content = site.join("content");
    if !content.is_dir() {
        return Err(NewError::Refused(format!(
            "no content/ folder in {}: run baocao in a site folder, pass --site DIR, or make one with `baocao new site DIR`",
            site.display()
        )));
    }
    let (_, now) = now_vn(today);
    let path = if site == Path::new(".") {
        PathBuf::from("content")
    } else {
        content
    }
    .join("news")
    .join(format!("{slug}.md"));
    let text = format!(
        r#"---
title: {title}
date: {now}
# author: Tên tác giả
tags: []
indicators: []             # ids of indicators the article is about: [sipas]
agencies: []               # ids of agencies: [so-noi-vu]
draft: true                # built only with --drafts; set to false to publish
---
Đoạn mở đầu: đoạn này được dùng làm tóm tắt của bài.

## Tiêu đề mục

Nội dung bài viết.

<!-- Liên kết đến một chỉ số: [SIPAS](/indicators/sipas/); đến một cơ quan:
[Sở Nội vụ](/agencies/so-noi-vu/); đến một bài khác: [bài](/news/ten-bai/).
Biểu đồ của một chỉ số:
```chart
indicator: sipas
type: line
```
`baocao check` báo mọi liên kết hỏng, kèm dòng của nó. -->
"#,
        title = yaml_quote(title)
    );
    create(&path, &text)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_titles() {
        assert_eq!(yaml_quote("a: \"b\" \\ #c"), r#""a: \"b\" \\ #c""#);
        let v: serde_yaml::Value =
            serde_yaml::from_str(&format!("title: {}", yaml_quote("Tin: \"SIPAS\" #1 \\ \t")))
                .unwrap();
        assert_eq!(v["title"].as_str(), Some("Tin: \"SIPAS\" #1 \\ \t"));
    }

    #[test]
    fn fills_every_placeholder() {
        for (path, text) in starter_files(2024, "2024-03-05T08:00:00+07:00") {
            for token in ["{year", "{now}"] {
                assert!(!text.contains(token), "{path} keeps {token}");
            }
        }
        let (_, agency) = &starter_files(2024, "")[2];
        assert!(agency.contains("since: 2021-06-01"), "{agency}");
    }

    #[test]
    fn refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let day = Day::parse("2021-03-04").ok();
        new_site(dir.path(), day).unwrap();
        assert!(matches!(
            new_site(dir.path(), day),
            Err(NewError::Refused(_))
        ));
        let p = new_post(dir.path(), "Tiêu đề bài viết", day).unwrap();
        assert!(p.ends_with("content/news/tieu-de-bai-viet.md"));
        let text = fs::read_to_string(&p).unwrap();
        assert!(text.contains("date: 2021-03-04T08:00:00+07:00"));
        assert!(matches!(
            new_post(dir.path(), "Tiêu đề bài viết", day),
            Err(NewError::Refused(_))
        ));
        assert!(matches!(
            new_post(dir.path(), "?!", day),
            Err(NewError::Refused(_))
        ));
    }
}
