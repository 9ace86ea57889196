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

fn starter_files(y: i32, now: &str) -> Vec<(&'static str, String)> {
    let (y1, y2, y3) = (y - 1, y - 2, y - 3);
    let site =
        r#"# Site settings. Every field is explained in baocao's guide, /huong-dan/dinh-dang/
# (English: /guide/format/; docs/CONTENT-FORMAT.md in baocao's repository).

# The site's name, shown in the header and the browser tab.
title: Cải cách hành chính tỉnh A
# Where the site is published, absolute. `baocao build --base-url` overrides it
# (for a GitHub Pages project site: https://<org>.github.io/<repo>/).
base_url: https://cchc.example.gov.vn/
# vi or en: the language of the interface, and of number and date formats.
language: vi
# One sentence for search engines and link previews.
description: Theo dõi mục tiêu, kết quả cải cách hành chính và trách nhiệm người đứng đầu
# The province (or district) the site reports on. An observation without
# `entity:` is a value of this region.
region: { id: tinh-a, name: Tỉnh A }
# The theme: `default` is built in; themes/<name>/ in this folder may replace
# any of its files.
theme: default
# Links in the header, in order (optional).
menu:
  - { title: Tổng quan, url: / }
  - { title: Chỉ số, url: /indicators/ }
  - { title: Cơ quan, url: /agencies/ }
  - { title: Tin tức, url: /news/ }
# Items per list page (optional).
page_size: 10
# Markdown settings (optional).
markdown:
  # sanitize (the default) removes unsafe HTML from pages; allow keeps it as written.
  raw_html: sanitize
  # Video and map iframes are kept only from these hosts.
  embed_hosts: [www.youtube.com]
"#
        .to_string();

    let indicator = format!(
        r#"# One indicator per file; its id is the file name (sipas).
# Every field: /huong-dan/dinh-dang/ in baocao's guide (docs/CONTENT-FORMAT.md).

# The full name, and the short one used on cards and in charts.
name: Chỉ số hài lòng về sự phục vụ hành chính
short_name: SIPAS
# The unit shown after values: "%", "điểm", "bậc", "hồ sơ" …
unit: "%"
# percent | score | rank | count | money
kind: percent
# higher_is_better | lower_is_better (ranks: lower is better)
direction: higher_is_better
# Decimals shown (optional).
decimals: 2
# Who measures it (optional).
source: Bộ Nội vụ
# The id of the agency accountable for it (a file in data/agencies/; optional).
owner: so-noi-vu
# What it measures, in Markdown (optional).
description: |
  Đo mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan
  hành chính nhà nước. Xem [tin mới nhất](/news/).
# What was promised: a year and one or more conditions, all of which must hold.
# above | at_least | below | at_most | equals, or
# improve_by: {{ min: 2, max: 4 }} (change against the year before).
targets:
  - year: {y}
    above: 85
    label: Trên 85%          # optional; shown instead of a generated one
# The values: one per year and entity. `entity` defaults to the region;
# `note` says where a number comes from; `source: {{ title, url }}` where it
# was published. A rank may add `of: 63` (how many were ranked) and any value
# a published `group: Khá`. A year with no value says why, never a zero:
#   - {{ year: 2023, status: not_published }}     # or not_ranked
# A composite index lists its parts once, above the observations:
#   components: [{{ id: tiep-can, name: Tiếp cận dịch vụ, max: 25 }}]
# and each observation may give them: components: {{ tiep-can: 21.5 }}.
observations:
  - {{ year: {y3}, value: 78.5, note: Số liệu minh họa }}
  - {{ year: {y2}, value: 80.2, note: Số liệu minh họa }}
  - {{ year: {y1}, value: 82.9, note: Số liệu minh họa }}
"#
    );

    let agency = format!(
        r#"# One agency per file; its id is the file name (so-noi-vu).
# Every field: /huong-dan/dinh-dang/ in baocao's guide (docs/CONTENT-FORMAT.md).

name: Sở Nội vụ
# province | department | district | commune | other
kind: department
# Another agency's id or the region's id (optional).
parent: tinh-a
# The head of the agency. When the head changed, write `heads:` instead, a
# list of {{ name, title, since, until }}: each responsibility is attributed to
# the head in office on its due date.
head:
  name: Nguyễn Văn A
  title: Giám đốc
  since: {y3}-06-01
# A unit that ended (merged, abolished) says its last day and who carries on;
# its open duties are then shown as handed over to them:
#   until: 2025-06-30
#   successors: [so-noi-vu-moi]
# What the head was made responsible for, and when it is due.
responsibilities:
  - task: Niêm yết công khai đầy đủ thủ tục hành chính tại bộ phận một cửa
    due: {y1}-06-30
    done: {y1}-05-20         # absent = not done yet; overdue after `due`
    indicators: [sipas]     # optional: the indicators it serves
  - task: Khảo sát mức độ hài lòng của người dân và công bố kết quả
    due: {y}-12-31
    indicators: [sipas]
"#
    );

    let news = format!(
        r#"---
title: "Mục tiêu chỉ số hài lòng năm {y}"
date: {now}
author: Ban biên tập
tags: [CCHC, chỉ số hài lòng]
indicators: [sipas]
agencies: [so-noi-vu]
draft: false
---
Năm {y}, tỉnh đặt mục tiêu hơn 85% người dân hài lòng với sự phục vụ của cơ
quan hành chính. Trang [SIPAS](/indicators/sipas/) cho thấy kết quả từng năm và
tiến độ so với mục tiêu.

## Kết quả những năm gần đây

```chart
indicator: sipas
type: line
```

[Sở Nội vụ](/agencies/so-noi-vu/) là cơ quan đầu mối theo dõi chỉ số này.
"#
    );

    vec![
        ("content/site.yaml", site),
        ("content/data/indicators/sipas.yaml", indicator),
        ("content/data/agencies/so-noi-vu.yaml", agency),
        ("content/news/muc-tieu-chi-so-hai-long.md", news),
        (".gitignore", "output/\n.baocao-cache/\n".to_string()),
    ]
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
