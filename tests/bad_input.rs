//! Broken sites and files, one table row each: every case must fail with
//! exit code 1, report exactly the errors listed (file, line, column,
//! message and hint), never panic, and leave `output/` byte-identical.

mod common;

use std::fs;
use std::path::Path;

use common::{Site, snapshot};

const SITE: &str = "content/site.yaml";
const IND: &str = "content/data/indicators/sipas.yaml";
const AG: &str = "content/data/agencies/so-noi-vu.yaml";
const PAGE: &str = "content/news/bai-moi.md";
const CSV: &str = "content/data/indicators/sipas.csv";

/// What a case does to a good, already built site.
enum Op {
    Write(String, Vec<u8>),
    Remove(String),
    /// A file of this many bytes, written sparsely.
    Sized(String, u64),
    #[cfg(unix)]
    Symlink {
        target: String,
        link: String,
    },
    /// A file whose name is these bytes (not always UTF-8).
    #[cfg(unix)]
    RawName(Vec<u8>, String),
    /// A named pipe (which a read would wait on forever).
    #[cfg(unix)]
    Fifo(String),
}

/// One expected error: `file:line:col` exactly, a part of the message and,
/// optionally, a part of its hint.
struct Expect {
    loc: String,
    msg: String,
    hint: Option<String>,
}

struct Case {
    name: &'static str,
    ops: Vec<Op>,
    expect: Vec<Expect>,
    /// Text that must not appear in what baocao prints.
    secret: Option<String>,
}

fn case(name: &'static str) -> Case {
    Case {
        name,
        ops: Vec::new(),
        expect: Vec::new(),
        secret: None,
    }
}

impl Case {
    fn write(mut self, path: &str, text: impl Into<Vec<u8>>) -> Self {
        self.ops.push(Op::Write(path.into(), text.into()));
        self
    }
    /// A page with this front matter (between `---` lines) and body.
    fn page(self, path: &str, front: &str, body: &str) -> Self {
        self.write(path, format!("---\n{front}---\n{body}"))
    }
    fn remove(mut self, path: &str) -> Self {
        self.ops.push(Op::Remove(path.into()));
        self
    }
    fn sized(mut self, path: &str, len: u64) -> Self {
        self.ops.push(Op::Sized(path.into(), len));
        self
    }
    #[cfg(unix)]
    fn symlink(mut self, target: &str, link: &str) -> Self {
        self.ops.push(Op::Symlink {
            target: target.into(),
            link: link.into(),
        });
        self
    }
    #[cfg(unix)]
    fn fifo(mut self, path: &str) -> Self {
        self.ops.push(Op::Fifo(path.into()));
        self
    }
    /// Nothing baocao prints may contain `text`.
    fn never_prints(mut self, text: &str) -> Self {
        self.secret = Some(text.into());
        self
    }
    #[cfg(unix)]
    fn raw_name(mut self, path: &[u8], text: &str) -> Self {
        self.ops.push(Op::RawName(path.to_vec(), text.into()));
        self
    }
    /// Expects an error at `file:at` ("5:19", or "" for the file as a
    /// whole) whose message contains `msg`.
    fn err(mut self, file: &str, at: &str, msg: &str) -> Self {
        let loc = if at.is_empty() {
            file.to_string()
        } else {
            format!("{file}:{at}")
        };
        self.expect.push(Expect {
            loc,
            msg: msg.into(),
            hint: None,
        });
        self
    }
    /// The last expected error's hint contains `hint`.
    fn hint(mut self, hint: &str) -> Self {
        self.expect.last_mut().expect("err() first").hint = Some(hint.into());
        self
    }
}

/// An error as printed: `error[CODE]: LOC: MESSAGE` and an optional
/// `help:` line.
struct Printed {
    /// `E0104`; none when the error was printed as `error: …`.
    code: Option<String>,
    loc: String,
    msg: String,
    hint: Option<String>,
}

fn parse_stderr(stderr: &str) -> Vec<Printed> {
    let mut out = Vec::new();
    for block in stderr.split("\n\n") {
        let block = block.trim_start();
        let (code, head) = if let Some(head) = block.strip_prefix("error: ") {
            (None, head)
        } else if let Some((code, head)) = block
            .strip_prefix("error[")
            .and_then(|b| b.split_once("]: "))
        {
            (Some(code.to_string()), head)
        } else {
            continue;
        };
        let (first, rest) = head.split_once('\n').unwrap_or((head, ""));
        // The location is `file[:line[:col]]`; files here hold no ": ".
        let (loc, msg) = first.split_once(": ").unwrap_or((first, ""));
        let hint = rest
            .lines()
            .find_map(|l| l.trim_start().strip_prefix("help: "))
            .map(str::to_string);
        out.push(Printed {
            code,
            loc: loc.to_string(),
            msg: msg.to_string(),
            hint,
        });
    }
    out
}

/// Runs one case in a copy of the built template site; returns what is
/// wrong, if anything.
fn run_case(template: &Path, c: &Case) -> Result<(), String> {
    let site = Site {
        dir: tempfile::tempdir().unwrap(),
    };
    copy_dir(template, site.root());
    let before = snapshot(&site.root().join("output"));
    for op in &c.ops {
        match op {
            Op::Write(p, bytes) => site.write_bytes(p, bytes),
            Op::Remove(p) => {
                let p = site.root().join(p);
                if p.is_dir() {
                    fs::remove_dir_all(p).unwrap();
                } else {
                    fs::remove_file(p).unwrap();
                }
            }
            Op::Sized(p, len) => {
                let p = site.root().join(p);
                fs::create_dir_all(p.parent().unwrap()).unwrap();
                let f = fs::File::create(&p).unwrap();
                f.set_len(*len).unwrap();
            }
            #[cfg(unix)]
            Op::Symlink { target, link } => {
                let target = target.replace("$SITE", &site.root().to_string_lossy());
                let link = site.root().join(link);
                fs::create_dir_all(link.parent().unwrap()).unwrap();
                std::os::unix::fs::symlink(target, link).unwrap();
            }
            #[cfg(unix)]
            Op::Fifo(p) => {
                let p = site.root().join(p);
                fs::create_dir_all(p.parent().unwrap()).unwrap();
                let ok = std::process::Command::new("mkfifo")
                    .arg(&p)
                    .status()
                    .unwrap();
                assert!(ok.success());
            }
            #[cfg(unix)]
            Op::RawName(name, text) => {
                use std::os::unix::ffi::OsStrExt;
                let p = site.root().join(std::ffi::OsStr::from_bytes(name));
                fs::create_dir_all(p.parent().unwrap()).unwrap();
                fs::write(p, text).unwrap();
            }
        }
    }
    let r = site.run(&["build", "--today", "2020-12-31"]);
    let mut problems = Vec::new();
    if let Some(secret) = &c.secret
        && (r.stderr.contains(secret.as_str()) || r.stdout.contains(secret.as_str()))
    {
        problems.push(format!("printed `{secret}`"));
    }
    if r.stderr.contains("panicked") {
        problems.push("panicked".to_string());
    }
    if r.code != 1 {
        problems.push(format!("exit code {} instead of 1", r.code));
    }
    if before != snapshot(&site.root().join("output")) {
        problems.push("output/ changed".to_string());
    }
    let printed = parse_stderr(&r.stderr);
    // Every error can be looked up in the catalogue.
    for p in printed.iter().filter(|p| p.code.is_none()) {
        problems.push(format!("`{}: {}` has no code", p.loc, p.msg));
    }
    for e in &c.expect {
        let found = printed.iter().any(|p| {
            p.loc == e.loc
                && p.msg.contains(&e.msg)
                && e.hint
                    .as_ref()
                    .is_none_or(|h| p.hint.as_deref().is_some_and(|ph| ph.contains(h)))
        });
        if !found {
            let hint = e.hint.as_deref().unwrap_or("-");
            problems.push(format!("missing `{}: {}` (help: {hint})", e.loc, e.msg));
        }
    }
    if printed.len() != c.expect.len() {
        problems.push(format!(
            "{} errors printed, {} expected",
            printed.len(),
            c.expect.len()
        ));
    }
    let count = format!(
        "{} error{} found; nothing was written.",
        c.expect.len(),
        if c.expect.len() == 1 { "" } else { "s" }
    );
    if !r.stderr.contains(&count) {
        problems.push(format!("no `{count}` line"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "case `{}`: {}\n--- stderr:\n{}",
            c.name,
            problems.join("; "),
            r.stderr
        ))
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if e.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// `depth` nested flow lists: `[[[...]]]`.
fn nested(depth: usize) -> String {
    format!(
        "name: x\nkind: percent\nunit: {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    )
}

/// "Billion laughs": nine levels of nine aliases each.
fn alias_bomb() -> String {
    let mut s = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (prev, cur) in "abcdefgh".chars().zip("bcdefghi".chars()) {
        let refs = vec![format!("*{prev}"); 9].join(", ");
        s.push_str(&format!("{cur}: &{cur} [{refs}]\n"));
    }
    s + "name: *i\nkind: percent\n"
}

fn cases() -> Vec<Case> {
    let max = baocao::load::files::MAX_TEXT_BYTES;
    let mut v = vec![
        // YAML syntax, several kinds.
        case("bad indentation")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - year: 2019\n   value: 3\n")
            .err(IND, "5:4", "YAML syntax error: did not find expected '-' indicator"),
        case("unclosed bracket")
            .write(IND, "name: x\nkind: percent\nobservations: [ { year: 2019, value: 3 }\n")
            .err(IND, "4:1", "did not find expected ',' or ']', while parsing a flow sequence that starts on line 3")
            .hint("close the list `[` opened on line 3 with `]`"),
        case("unclosed brace")
            .write(AG, "name: Sở\nkind: department\nhead: { name: A, title: B\n")
            .err(AG, "4:1", "did not find expected ',' or '}', while parsing a flow mapping that starts on line 3")
            .hint("close the `{` opened on line 3 with `}`"),
        case("tab indentation")
            .write(IND, "name: x\nkind: percent\n\tunit: \"%\"\n")
            .err(IND, "3:1", "found a tab character that violates indentation")
            .hint("indent with spaces"),
        case("duplicate key")
            .write(IND, "name: x\nkind: percent\nname: y\n")
            .err(IND, "3:1", "YAML syntax error: the field `name` appears twice (first on line 1)")
            .hint("each field may appear once"),
        case("duplicate key in a head")
            .write(AG, "name: Sở\nkind: department\nhead:\n  name: A\n  title: B\n  name: C\n")
            .err(AG, "6:3", "the field `head.name` appears twice (first on line 4)"),
        case("colon in an unquoted title")
            .page(PAGE, "title: Yên Bái: tin mới\n", "x\n")
            .err(PAGE, "2:15", "mapping values are not allowed in this context")
            .hint("title: \"A: B\""),
        case("unclosed quote in front matter")
            .page(PAGE, "title: \"Tin mới\ndate: 2020-01-01\n", "x\n")
            .err(PAGE, "4:1", "found unexpected end of stream, while scanning a quoted scalar that starts on line 2")
            .hint("close the quote opened on line 2"),
        case("unknown anchor")
            .write(IND, "name: *ten\nkind: percent\n")
            .err(IND, "1:7", "YAML syntax error: unknown anchor"),
        case("a list instead of a mapping")
            .write(IND, "- name: x\n- kind: percent\n")
            .err(IND, "1:1", "expected a mapping of `field: value` lines, found a list"),
        // Wrong types.
        case("decimal comma in quotes")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: 2019, value: \"83,2\" }\n")
            .err(IND, "4:26", "`observations[0].value`: invalid type: string \"83,2\", expected f64")
            .hint("write numbers with a decimal point and no quotes: 83.2"),
        case("decimal comma without quotes")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { note: Sở, year: 2019, value: 83,2 }\n")
            .err(IND, "4:36", "`83,2` reads as two values: inside `{ }` a comma separates fields")
            .hint("write numbers with a decimal point and no quotes: 83.2"),
        case("decimal comma in a block mapping")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - year: 2019\n    value: 3.545,5\n")
            .err(IND, "5:12", "`observations[0].value`: invalid type: string \"3.545,5\"")
            .hint("no quotes: 3545.5"),
        case("text where a list is expected")
            .write(IND, "name: x\nkind: percent\nobservations: chưa có\n")
            .err(IND, "3:15", "`observations`: invalid type: string \"chưa có\", expected a sequence")
            .hint("write a list"),
        case("text where a list is expected, in front matter")
            .page(PAGE, "title: A\ntags: CCHC\n", "x\n")
            .err(PAGE, "3:7", "`tags`: invalid type: string \"CCHC\", expected a sequence"),
        case("a list where text is expected")
            .write(IND, "name: [Chỉ số, SIPAS]\nkind: percent\n")
            .err(IND, "1:7", "`name`: invalid type: sequence, expected a string"),
        case("a number where text is expected")
            .page(PAGE, "title: 2020\n", "x\n")
            .err(PAGE, "2:8", "`title`: invalid type: integer `2020`, expected a string")
            .hint("in quotes: \"2020\""),
        case("a field name that is a number")
            .write(IND, "name: x\nkind: percent\n2019: 83.2\n")
            .err(IND, "3:1", "`2019` is not a field name"),
        case("year out of i32")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: 99999999999, value: 1 }\n")
            .err(IND, "4:13", "`observations[0].year`: invalid value: integer `99999999999`, expected i32"),
        case("negative decimals")
            .write(IND, "name: x\nkind: percent\ndecimals: -1\n")
            .err(IND, "3:11", "`decimals`: invalid value: integer `-1`, expected u8"),
        case("too many decimals")
            .write(IND, "name: x\nkind: percent\ndecimals: 9\n")
            .err(IND, "3:11", "`decimals` must be between 0 and 6"),
        case("missing required field")
            .write(IND, "kind: percent\nunit: \"%\"\n")
            .err(IND, "1:1", "missing field `name`")
            .hint("add a line `name: ...`"),
        case("missing field in a block mapping")
            .write(AG, "name: Sở\nkind: department\nhead:\n  title: Giám đốc\n  since: 2019-06-01\n")
            .err(AG, "4:3", "missing field `name` in `head`"),
        case("missing title")
            .page(PAGE, "date: 2020-01-01\n", "x\n")
            .err(PAGE, "2:1", "missing field `title`"),
        case("non-finite numbers")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: 2017, value: .nan }\n  - { year: 2018, value: .inf }\n  - { year: 2019, value: -.inf }\n  - { year: 2020, value: 1e999 }\n")
            .err(IND, "4:26", "`observations[0].value` is NaN, which is not a number baocao can publish")
            .err(IND, "5:26", "`observations[1].value` is inf")
            .err(IND, "6:26", "`observations[2].value` is -inf")
            .hint("write a finite number")
            .err(IND, "7:26", "`observations[3].value`: invalid type: string \"1e999\", expected f64")
            .hint("`1e999` is too large to be a number"),
        case("non-finite target")
            .write(IND, "name: x\nkind: percent\ntargets:\n  - { year: 2020, above: .NaN }\n")
            .err(IND, "4:26", "`targets[0].above` is NaN"),
        case("a year in quotes")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: \"2019\", value: 1 }\n")
            .err(IND, "4:13", "`observations[0].year`: invalid type: string \"2019\", expected i32")
            .hint("write a whole number without quotes"),
        case("yes for a boolean")
            .page(PAGE, "title: A\ndraft: yes\n", "x\n")
            .err(PAGE, "3:8", "`draft`: invalid type: string \"yes\", expected a boolean")
            .hint("write `true` or `false`"),
        case("two documents in one file")
            .write(IND, "name: x\nkind: percent\n---\nname: y\nkind: rank\n")
            .err(IND, "3:1", "YAML syntax error: the file holds more than one YAML document")
            .hint("remove it"),
        case("empty names")
            .write(IND, "name: \"\"\nkind: percent\n")
            .write(AG, "kind: department\nname:  \" \"\n")
            .err(IND, "1:7", "the name is empty")
            .err(AG, "2:8", "the name is empty")
            .hint("write the full name"),
        // Empty files.
        case("empty indicator")
            .write(IND, "")
            .err(IND, "1:1", "the file is empty"),
        case("indicator with only comments")
            .write(IND, "# chưa viết\n\n")
            .err(IND, "1:1", "the file is empty"),
        case("empty agency")
            .write(AG, "\n")
            .err(AG, "1:1", "the file is empty"),
        case("empty site.yaml")
            .write(SITE, "")
            .err(SITE, "1:1", "the file is empty"),
        case("empty front matter")
            .page(PAGE, "", "Nội dung.\n")
            .err(PAGE, "2:1", "the front matter is empty")
            .hint("at least `title: ...`"),
        case("empty chart block")
            .page(PAGE, "title: A\n", "Đoạn.\n\n```chart\n```\n")
            .err(PAGE, "7:1", "this block is empty"),
        // Unknown fields, with "did you mean".
        case("unknown top-level field")
            .write(IND, "name: x\nkind: percent\nownr: so-noi-vu\n")
            .err(IND, "3:1", "unknown field `ownr`")
            .hint("did you mean `owner`?"),
        case("unknown field in an observation")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: 2019, vlaue: 3 }\n")
            .err(IND, "4:19", "unknown field `vlaue` in `observations[0]`")
            .hint("did you mean `value`?"),
        case("unknown field in a target")
            .write(IND, "name: x\nkind: percent\ntargets:\n  - year: 2020\n    at_leats: 90\n")
            .err(IND, "5:5", "unknown field `at_leats` in `targets[0]`")
            .hint("did you mean `at_least`?"),
        case("unknown field in a head")
            .write(AG, "name: Sở\nkind: department\nhead: { name: A, titel: B }\n")
            .err(AG, "3:18", "unknown field `titel` in `head`")
            .hint("did you mean `title`?"),
        case("unknown field in one of several heads")
            .write(AG, "name: Sở\nkind: department\nheads:\n  - { name: A, since: 2019-01-01 }\n  - { name: B, sinse: 2020-01-01 }\n")
            .err(AG, "5:16", "unknown field `sinse` in `heads[1]`")
            .hint("did you mean `since`?"),
        case("unknown field in a responsibility")
            .write(AG, "name: Sở\nkind: department\nresponsibilities:\n  - task: A\n    due: 2020-01-01\n    indicator: [sipas]\n")
            .err(AG, "6:5", "unknown field `indicator` in `responsibilities[0]`")
            .hint("did you mean `indicators`?"),
        case("unknown field in front matter")
            .page(PAGE, "title: A\ntag: [CCHC]\n", "x\n")
            .err(PAGE, "3:1", "unknown field `tag`")
            .hint("did you mean `tags`?"),
        case("unknown field in site.yaml")
            .write(SITE, "title: A\nbase_url: https://e.vn/\nregion: { id: yen-bai, name: Y }\npagesize: 3\n")
            .err(SITE, "4:1", "unknown field `pagesize`")
            .hint("did you mean `page_size`?"),
        case("unknown field in site.yaml's markdown")
            .write(SITE, "title: A\nbase_url: https://e.vn/\nregion: { id: yen-bai, name: Y }\nmarkdown:\n  embed_host: [www.youtube.com]\n")
            .err(SITE, "5:3", "unknown field `embed_host` in `markdown`")
            .hint("did you mean `embed_hosts`?"),
        case("unknown field in a chart block")
            .page(PAGE, "title: A\n", "```chart\nindicator: sipas\nentity: [yen-bai]\n```\n")
            .err(PAGE, "6:1", "unknown field `entity`")
            .hint("did you mean `entities`?"),
        // Bad enum values.
        case("bad kind")
            .write(IND, "name: x\nkind: percentage\n")
            .err(IND, "2:7", "`percentage` is not a valid value for `kind`")
            .hint("did you mean `percent`?"),
        case("bad agency kind")
            .write(AG, "name: Sở\nkind: ministry\n")
            .err(AG, "2:7", "`ministry` is not a valid value for `kind`")
            .hint("expected one of: province, department, district, commune, other"),
        case("bad direction")
            .write(IND, "name: x\nkind: rank\ndirection: lower_is_better_\n")
            .err(IND, "3:12", "`lower_is_better_` is not a valid value for `direction`")
            .hint("did you mean `lower_is_better`?"),
        case("bad language")
            .write(SITE, "title: A\nbase_url: https://e.vn/\nregion: { id: yen-bai, name: Y }\nlanguage: vn\n")
            .err(SITE, "4:11", "`vn` is not a valid value for `language`")
            .hint("expected one of: vi, en"),
        case("bad raw_html")
            .write(SITE, "title: A\nbase_url: https://e.vn/\nregion: { id: yen-bai, name: Y }\nmarkdown: { raw_html: alow }\n")
            .err(SITE, "4:23", "`alow` is not a valid value for `markdown.raw_html`")
            .hint("did you mean `allow`?"),
        case("bad chart type")
            .page(PAGE, "title: A\n", "```chart\nindicator: sipas\ntype: pie\n```\n")
            .err(PAGE, "6:7", "`pie` is not a valid value for `type`")
            .hint("expected one of: line, bar, progress"),
        // Dangling references of every kind.
        case("dangling owner")
            .write(IND, "name: x\nkind: percent\nowner: so-noi-vuu\n")
            .err(IND, "3:8", "no agency has the id `so-noi-vuu`")
            .hint("did you mean `so-noi-vu`?"),
        case("dangling observation entity")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: 2019, entity: van-yen, value: 1 }\n")
            .err(IND, "4:27", "no entity has the id `van-yen`")
            .hint("an entity is the region (`yen-bai`)"),
        case("dangling parent")
            .write(AG, "name: Sở\nkind: department\nparent: ubnd-tinh\n")
            .err(AG, "3:9", "no agency has the id `ubnd-tinh`")
            .hint("known ids: so-noi-vu, yen-bai"),
        case("dangling responsibility indicator")
            .write(AG, "name: Sở\nkind: department\nresponsibilities:\n  - task: A\n    due: 2020-01-01\n    indicators: [sipas, pci]\n")
            .err(AG, "6:25", "no indicator has the id `pci`")
            .hint("known ids: sipas"),
        case("dangling page indicator")
            .page(PAGE, "title: A\nindicators:\n  - sipass\n", "x\n")
            .err(PAGE, "4:5", "no indicator has the id `sipass`")
            .hint("did you mean `sipas`?"),
        case("dangling page agency")
            .page(PAGE, "title: A\nagencies: [so-tu-phap]\n", "x\n")
            .err(PAGE, "3:12", "no agency has the id `so-tu-phap`"),
        case("dangling chart indicator")
            .page(PAGE, "title: A\n", "```chart\nindicator: sipa\n```\n")
            .err(PAGE, "5:12", "the chart names the indicator `sipa`, which does not exist")
            .hint("did you mean `sipas`?"),
        case("dangling chart entity")
            .page(PAGE, "title: A\n", "```chart\nindicator: sipas\nentities: [yen-bai, van-yen]\n```\n")
            .err(PAGE, "6:21", "the indicator `sipas` has no values for the entity `van-yen`")
            .hint("entities with values: yen-bai"),
        // Peers a chart compares the region with.
        case("unknown peer in site.yaml")
            .write(SITE, format!("{}compare: [so-noi-vu, lao-cai]\n", common::SITE_YAML))
            .err(SITE, "5:22", "no entity has the id `lao-cai`")
            .hint("known ids: so-noi-vu, yen-bai"),
        case("an indicator's peer without values")
            .write(IND, common::SIPAS.replace("owner: so-noi-vu\n", "owner: so-noi-vu\ncompare: [so-noi-vu]\n"))
            .err(IND, "6:11", "the indicator `sipas` has no values for the entity `so-noi-vu`")
            .hint("entities with values: yen-bai"),
        case("a chart block with entities and compare")
            .page(PAGE, "title: A\n", "```chart\nindicator: sipas\nentities: [yen-bai]\ncompare: [yen-bai]\n```\n")
            .err(PAGE, "7:11", "a chart takes `entities` (exactly these) or `compare` (the region and these peers), not both"),
        case("a chart block's unknown peer")
            .page(PAGE, "title: A\n", "```chart\nindicator: sipas\ncompare: [yen-bia]\n```\n")
            .err(PAGE, "6:11", "the indicator `sipas` has no values for the entity `yen-bia`")
            .hint("did you mean `yen-bai`?"),
        case("an empty short name")
            .write(AG, "name: Sở Nội vụ\nshort_name: \" \"\nkind: department\n")
            .err(AG, "2:13", "the short name is empty"),
        case("dangling indicator-table indicator")
            .page(PAGE, "title: A\n", "Đoạn.\n\n```indicator-table\nindicator: par-index\n```\n")
            .err(PAGE, "7:12", "the table names the indicator `par-index`"),
        // Every error in one run, blocks included.
        case("a bad chart block and an error in another file")
            .page(PAGE, "title: A\n", "Đoạn.\n\n```chart\nindicator: sipas\nentities: [ha-noi]\n```\n")
            .write(AG, "name: Sở Nội vụ\nkind: departmnt\n")
            .err(PAGE, "8:12", "the indicator `sipas` has no values for the entity `ha-noi`")
            .err(AG, "2:7", "`departmnt` is not a valid value for `kind`"),
        case("a chart block with a misspelt field")
            .page(PAGE, "title: A\n", "```chart\nindicator: sipas\ntpye: bar\n```\n")
            .err(PAGE, "6:1", "unknown field `tpye`")
            .hint("did you mean `type`?"),
        case("HTML nested too deep to sanitise")
            .page(PAGE, "title: A\n", &format!("Đoạn.\n\n{}x\n", "<div>".repeat(200)))
            .err(PAGE, "6:1", "nests more than 100 elements deep"),
        // Text that hides or reverses itself.
        case("a direction override in a head's name")
            .write(AG, "name: Sở Nội vụ\nkind: department\nhead: { name: \"Nguyễn \u{202E}Văn A\", title: Giám đốc, since: 2019-06-01 }\n")
            .err(AG, "3:23", "reverses the direction of text (U+202E)"),
        case("a title of only a zero-width space")
            .page(PAGE, "title: \"\u{200B}\"\n", "x\n")
            .err(PAGE, "2:8", "the title is empty"),
        case("tags with no letter or digit")
            .page(PAGE, "title: A\ntags: [\"\u{200B}\", \"!!!\", CCHC]\n", "x\n")
            .err(PAGE, "3:8", "the tag `\\u{200B}` has no letter or digit")
            .err(PAGE, "3:13", "the tag `!!!` has no letter or digit"),
        case("an empty head name")
            .write(AG, "name: Sở Nội vụ\nkind: department\nhead: { name: \" \", title: Giám đốc, since: 2019-06-01 }\n")
            .err(AG, "3:7", "the head's name is empty"),
        // Numbers out of range, strange keys, strange file names.
        case("a value as large as a double")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: 2019, value: 1.79e308 }\n  - { year: 2018, value: -1.79e308 }\n")
            .err(IND, "4:26", "the value 1.79e308 is outside what a percent can be (-1e6 to 1e6)")
            .err(IND, "5:26", "the value -1.79e308 is outside what a percent can be"),
        case("a rank of zero")
            .write(IND, "name: x\nkind: rank\nobservations:\n  - { year: 2019, value: 0 }\n")
            .err(IND, "4:26", "the value 0 is outside what a rank can be (1 to 1e6)")
            .hint("a rank is a place counted from 1"),
        case("a thirty-digit integer")
            .write(IND, "name: x\nkind: count\nobservations:\n  - { year: 2019, value: 123456789012345678901234567890 }\n")
            .err(IND, "4:26", "the number 123456789012345678901234567890 has more digits than a value can hold")
            .hint("at most 15 significant digits"),
        case("keys holding a dot and a bracket")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: 2019, value: 1, \"a[0]\": 2, \"b.c\": 3 }\n")
            .err(IND, "4:29", "unknown field `a[0]` in `observations[0]`"),
        case("a data file named only by punctuation")
            .write("content/data/indicators/-.yaml", "name: x\nkind: percent\n")
            .err("content/data/indicators/-.yaml", "", "the file name `-` cannot be an id")
            .hint("e.g. `chi-so-moi.yaml`"),
        // Static files that would replace generated pages or each other.
        case("a static file over the dashboard")
            .write("content/static/index.html", "<p>x</p>")
            .err("content/static/index.html", "", "would be published as /index.html, where baocao writes a page of its own"),
        case("a static stylesheet over the theme's")
            .write("content/static/style.css", "a{}")
            .err("content/static/style.css", "", "where baocao writes a page of its own")
            .hint("themes/<name>/static/"),
        case("a static file over a page and over a tag page")
            .write("content/static/news/tin-mot/index.html", "x")
            .write("content/static/tags/cchc/index.html", "x")
            .err("content/static/news/tin-mot/index.html", "", "/news/tin-mot/index.html")
            .err("content/static/tags/cchc/index.html", "", "/tags/cchc/index.html"),
        case("static files that differ only by case or by normalisation")
            .write("content/static/files/Bao-cao.pdf", "a")
            .write("content/static/files/bao-cao.pdf", "b")
            .write("content/static/files/ho\u{300}a.pdf", "c")
            .write("content/static/files/h\u{f2}a.pdf", "d")
            .err("content/static/files/bao-cao.pdf", "", "differ only in capital letters")
            .err("content/static/files/h\u{f2}a.pdf", "", "differ only in capital letters"),
        // Duplicates.
        case("duplicate observation")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: 2019, value: 1 }\n  - { year: 2019, entity: yen-bai, value: 2 }\n")
            .err(IND, "5:5", "a second observation for yen-bai in 2019 (the first is on line 4)"),
        case("two files with one slug")
            .page("content/news/tin_mot.md", "title: Trùng\n", "x\n")
            .err("content/news/tin_mot.md", "2:8", "this page has the URL /news/tin-mot/, like content/news/tin-mot.md")
            .hint("give one of them another file name or `slug:`"),
        case("a slug naming another file")
            .page("content/news/tin-moi.md", "title: Mới\nslug: tin-mot\n", "x\n")
            .err("content/news/tin-moi.md", "3:7", "this page has the URL /news/tin-mot/, like content/news/tin-mot.md"),
        // Dates.
        case("impossible days")
            .write(AG, "name: Sở\nkind: department\nresponsibilities:\n  - { task: A, due: 2020-02-30 }\n  - { task: B, due: 2020-01-01, done: 2021-02-29 }\n")
            .err(AG, "4:21", "`responsibilities[0].due`: `2020-02-30` is not a real day of the calendar")
            .err(AG, "5:39", "`responsibilities[1].done`: `2021-02-29` is not a real day")
            .hint("write dates as YYYY-MM-DD"),
        case("a day-first date")
            .page(PAGE, "title: A\ndate: 10/01/2020\n", "x\n")
            .err(PAGE, "3:7", "`date`: `10/01/2020` is not a date")
            .hint("write dates as YYYY-MM-DD"),
        case("a number as a date")
            .write(AG, "name: Sở\nkind: department\nresponsibilities:\n  - { task: A, due: 20200630 }\n")
            .err(AG, "4:21", "invalid type: number 20200630, expected a date YYYY-MM-DD"),
        case("a year as a page date")
            .page(PAGE, "title: A\nupdated: 2020\n", "x\n")
            .err(PAGE, "3:10", "`updated`: invalid type: number 2020, expected a date"),
        case("until before since")
            .write(AG, "name: Sở\nkind: department\nheads:\n  - { name: Trần Văn B, since: 2019-06-01, until: 2019-05-31 }\n")
            .err(AG, "4:5", "Trần Văn B leaves office (2019-05-31) before taking it (2019-06-01)"),
        // Front matter and encoding.
        case("unterminated front matter")
            .write(PAGE, "---\ntitle: A\n\nNội dung.\n")
            .err(PAGE, "1:1", "the front matter opened on line 1 is never closed")
            .hint("add a line `---`"),
        case("missing front matter")
            .write(PAGE, "# Tin mới\n\nNội dung.\n")
            .err(PAGE, "1:1", "a page must start with front matter"),
        case("invalid UTF-8 in a page")
            .write(PAGE, b"---\ntitle: S\xF4 N\xF4i v\xFB\n---\n".to_vec())
            .err(PAGE, "2:9", "the file is not valid UTF-8 (bad byte 0xF4 at byte offset 12)")
            .hint("save the file as UTF-8"),
        case("invalid UTF-8 in YAML")
            .write(AG, b"name: S\xe1\xbb\x9f N\xe1\xbb\x99i v\xe1\n".to_vec())
            .err(AG, "1:15", "bad byte 0xE1 at byte offset 18"),
        // Limits.
        case("alias bomb")
            .write(IND, alias_bomb())
            .err(IND, "1:1", "YAML syntax error: repetition limit exceeded")
            .hint("write the values out"),
        case("10,000 nested lists")
            .write(IND, nested(10_000))
            .err(IND, "3:134", "YAML syntax error: recursion limit exceeded")
            .hint("the document nests too deeply"),
        case("deep nesting in front matter")
            .page(PAGE, &format!("title: A\ntags: {}{}\n", "{a: ".repeat(5_000), "}".repeat(5_000)), "x\n")
            .err(PAGE, "3:515", "recursion limit exceeded"),
        case("a file over the size limit")
            .sized(IND, max + 1)
            .err(IND, "", &format!("the file is {} bytes; data files are limited to 16 MiB", max + 1))
            .hint("split the data"),
        case("a page over the size limit")
            .sized(PAGE, baocao::load::files::MAX_PAGE_BYTES + 1)
            .err(PAGE, "", &format!("the file is {} bytes; Markdown pages are limited to 2 MiB", baocao::load::files::MAX_PAGE_BYTES + 1))
            .hint("split the data"),
        // Site structure.
        case("missing content/")
            .remove("content")
            .err("content", "", "no `content/` folder here"),
        case("missing site.yaml")
            .remove(SITE)
            .err(SITE, "", "`content/site.yaml` is missing")
            .hint("`title`, `base_url` and `region`"),
        case("a file name that is not an id")
            .write("content/data/agencies/Sở Nội Vụ.yaml", "name: Sở Nội vụ\nkind: department\n")
            .err("content/data/agencies/Sở Nội Vụ.yaml", "", "the file name `Sở Nội Vụ` cannot be an id")
            .hint("rename the file to `so-noi-vu.yaml`"),
        case("a page in a reserved folder")
            .page("content/indicators/x.md", "title: X\n", "x\n")
            .err("content/indicators/x.md", "", "the folder `content/indicators/` collides with the pages baocao makes at /indicators/"),
        case("content/_index.md")
            .page("content/_index.md", "title: Trang chủ\n", "x\n")
            .err("content/_index.md", "", "would replace the dashboard at /"),
        case("a page name without letters")
            .page("content/news/---.md", "title: X\n", "x\n")
            .err("content/news/---.md", "", "the page's slug is empty"),
        case("base_url not absolute")
            .write(SITE, "title: A\nbase_url: cchc.example.gov.vn\nregion: { id: yen-bai, name: Y }\n")
            .err(SITE, "2:11", "`base_url` must be an absolute URL, found `cchc.example.gov.vn`"),
        case("page_size 0")
            .write(SITE, "title: A\nbase_url: https://e.vn/\nregion: { id: yen-bai, name: Y }\npage_size: 0\n")
            .err(SITE, "4:12", "`page_size` must be at least 1"),
        case("region id not an id")
            .write(SITE, "title: A\nbase_url: https://e.vn/\nregion:\n  id: Yên Bái\n  name: Yên Bái\n")
            .err(SITE, "4:7", "`region.id` `Yên Bái` is not an id")
            .hint("`yen-bai`"),
        case("theme without a folder")
            .write(SITE, "title: A\nbase_url: https://e.vn/\nregion: { id: yen-bai, name: Y }\ntheme: rieng\n")
            .err(SITE, "4:8", "the theme `rieng` has no folder `themes/rieng/`"),
        // Targets and agencies.
        case("target with no condition")
            .write(IND, "name: x\nkind: percent\ntargets:\n  - { year: 2020, label: Tốt }\n")
            .err(IND, "4:5", "the target for 2020 has no condition"),
        case("improve_by max below min")
            .write(IND, "name: x\nkind: percent\ntargets:\n  - { year: 2020, improve_by: { min: 4, max: 2 } }\n")
            .err(IND, "4:5", "`improve_by.max` is smaller than `improve_by.min`"),
        case("parent cycle")
            .write("content/data/agencies/a.yaml", "name: A\nkind: other\nparent: b\n")
            .write("content/data/agencies/b.yaml", "name: B\nkind: other\nparent: a\n")
            .err("content/data/agencies/a.yaml", "3:9", "the parent chain of `a` loops back on itself")
            .err("content/data/agencies/b.yaml", "3:9", "the parent chain of `b` loops back on itself"),
        case("own parent")
            .write(AG, "name: Sở\nkind: department\nparent: so-noi-vu\n")
            .err(AG, "3:9", "an agency cannot be its own parent"),
        case("hidden folders are not read")
            .page("content/.trash/cu.md", "", "Trang cũ, hỏng.\n")
            .write("content/data/indicators/.cu/x.yaml", "name: [\n")
            .write("content/news/.tin-mot.md.swp", "\u{0}\u{1}")
            .page("content/news/.nhap/tin-mot.md", "title: Trùng\n", "x\n")
            .write(IND, "name: x\nkind: percent\nowner: so-noi-vuu\n")
            .err(IND, "3:8", "no agency has the id `so-noi-vuu`"),
        // Several errors in several files, all listed.
        case("several errors at once")
            .write(IND, "name: x\nkind: percent\nobservations:\n  - { year: 2019, valu: 1 }\n  - { year: 2020, value: \"8,5\" }\n")
            .write(AG, "name: Sở\nkind: departmen\n")
            .page(PAGE, "title: A\nindicators: [pci]\n", "x\n")
            .write(SITE, "title: A\nbase_url: /\nregion: { id: yen-bai, name: Y }\n")
            .err(IND, "4:19", "unknown field `valu`")
            .err(IND, "5:26", "`observations[1].value`")
            .hint("8.5")
            .err(AG, "2:7", "`departmen` is not a valid value for `kind`")
            .err(PAGE, "3:14", "no indicator has the id `pci`")
            .err(SITE, "2:11", "`base_url` must be an absolute URL"),
    ];
    #[cfg(unix)]
    v.extend([
        case("a symlink out of the site")
            .symlink("/etc/hostname", "content/data/agencies/ngoai.yaml")
            .err(
                "content/data/agencies/ngoai.yaml",
                "",
                "this symbolic link points outside the site",
            )
            .hint("copy the file into the site"),
        case("a symlinked folder out of the site")
            .symlink("/etc", "content/static/etc")
            .err("content/static/etc", "", "points outside the site"),
        case("a file name that is not UTF-8")
            .raw_name(b"content/news/tin-\xf0\xe1.md", "---\ntitle: A\n---\n")
            .raw_name(
                b"content/data/agencies/s\xf4.yaml",
                "name: A\nkind: other\n",
            )
            .err(
                "content/news/tin-\u{fffd}\u{fffd}.md",
                "",
                "this name is not valid UTF-8",
            )
            .err(
                "content/data/agencies/s\u{fffd}.yaml",
                "",
                "this name is not valid UTF-8",
            )
            .hint("rename it"),
        case("site.yaml linked outside the site")
            .remove(SITE)
            .symlink("/etc/hostname", SITE)
            .err(SITE, "", "this symbolic link points outside the site"),
        case("a theme named by a path")
            .write(SITE, format!("{}theme: ../..\n", common::SITE_YAML))
            .err(
                SITE,
                "5:8",
                "`theme` must be the name of a folder under `themes/`",
            ),
        case("a theme folder linked outside the site")
            .write(SITE, format!("{}theme: ngoai\n", common::SITE_YAML))
            .symlink("/etc", "themes/ngoai")
            .err(
                "themes/ngoai",
                "",
                "this symbolic link points outside the site",
            ),
        case("a theme's static folder linked outside the site")
            .write(SITE, format!("{}theme: rieng\n", common::SITE_YAML))
            .write("themes/rieng/templates/x.txt", "")
            .symlink("/etc", "themes/rieng/static")
            .err(
                "themes/rieng/static",
                "",
                "this symbolic link points outside the site",
            ),
        case("a theme's templates linked outside the site")
            .write(SITE, format!("{}theme: rieng\n", common::SITE_YAML))
            .symlink("$SITE/../", "themes/rieng/templates")
            .err("themes/rieng/templates", "", "points outside the site"),
        case("git's config reached through a link")
            .write(
                ".git/config",
                "[remote]\n  url = https://x-access-token:BI-MAT@github.com/o/r\n",
            )
            .symlink("$SITE/.git/config", "content/static/cau-hinh.txt")
            .err(
                "content/static/cau-hinh.txt",
                "",
                "leads into a hidden file or folder (.git/config)",
            )
            .never_prints("BI-MAT"),
        case("a page that is a named pipe")
            .fifo("content/news/ong.md")
            .err("content/news/ong.md", "", "not a regular file"),
        case("a static file linked to a device")
            .write("content/static/x.txt", "x")
            .symlink("$SITE/dev-zero", "content/static/zero.bin")
            .symlink("/dev/zero", "dev-zero")
            .err("content/static/zero.bin", "", "points outside the site"),
        // Observations from CSV, every kind of error at once.
        case("CSV rows with errors, all located")
            .write(
                CSV,
                "entity,year,value\nso-noi-vu,2020,88.5\nso-noi-vu,20x1,88\nso-noi-vu,2021,tám\nso-noi-vu,2021\nso-noi-vu,2022,\n",
            )
            .err(CSV, "3:11", "`20x1` is not a year")
            .hint("four-digit year")
            .err(CSV, "4:16", "`tám` is not a number")
            .err(CSV, "5:1", "this row has 2 fields; the header has 3")
            .hint("in double quotes")
            .err(CSV, "6:16", "the value is empty"),
        case("CSV with a misspelt entity and a repeated year")
            .write(CSV, "entity;year;value\nso-noi-vu;2020;88,5\nso-noi-vuu;2021;89\nso-noi-vu;2020;90\n")
            .err(CSV, "3:1", "no entity has the id `so-noi-vuu`")
            .hint("did you mean `so-noi-vu`?")
            .err(CSV, "4:1", "a second observation for so-noi-vu in 2020 (the first is on line 2)"),
        case("CSV repeating a year of the YAML file")
            .write(CSV, "year,value\n2019,83.2\n")
            .err(CSV, "2:1", "a second observation for yen-bai in 2019 (the first is on content/data/indicators/sipas.yaml line 10)"),
        case("CSV header with an unknown column")
            .write(CSV, "entity,nam,value\n")
            .err(CSV, "1:8", "unknown column `nam`")
            .err(CSV, "1:1", "the header has no `year` column"),
        case("CSV with decimal commas in a comma-separated file")
            .write(CSV, "year,value\n2020,\"88,5\"\n")
            .err(CSV, "2:6", "`88,5` is not a number")
            .hint("declare `csv: { decimal: comma }`"),
        case("CSV without its indicator")
            .write("content/data/indicators/papi.csv", "year,value\n2020,1\n")
            .err("content/data/indicators/papi.csv", "1:1", "no indicator `papi.yaml` for this CSV file"),
        case("csv: settings without a CSV file")
            .write(IND, format!("{}csv: {{ separator: \";\" }}\n", common::SIPAS))
            .err(IND, "11:1", "`csv` describes `content/data/indicators/sipas.csv`, which does not exist"),
        case("csv: settings misspelt")
            .write(IND, format!("{}csv: {{ separator: \"|\" }}\n", common::SIPAS))
            .err(IND, "11:19", "`|` is not a valid value for `csv.separator`"),
        case("a symlink to nothing")
            .symlink("$SITE/content/khong-co.md", "content/news/mat.md")
            .err(
                "content/news/mat.md",
                "",
                "this symbolic link leads nowhere",
            ),
    ]);
    v
}

#[test]
fn every_broken_input_fails_with_its_exact_error() {
    let template = Site::minimal();
    template.build();
    let cases = cases();
    assert!(cases.len() >= 40);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(c) = cases.get(i) else { break };
                    if let Err(e) = run_case(template.root(), c) {
                        failures.lock().unwrap().push(e);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// `--output` never points at something it would destroy: the site, its
/// sources, a parent of them, or a folder that is not baocao's. Nothing in
/// any of them is deleted or changed.
#[test]
fn output_refuses_folders_it_would_destroy() {
    let top = tempfile::tempdir().unwrap();
    // The site lives two levels down, so that it has parents to refuse.
    let root = top.path().join("parent/site");
    for (p, c) in [
        ("content/site.yaml", common::SITE_YAML),
        ("content/data/indicators/sipas.yaml", common::SIPAS),
        ("content/data/agencies/so-noi-vu.yaml", common::AGENCY),
        ("content/news/tin-mot.md", common::NEWS),
        ("themes/rieng/static/x.css", "a {}"),
        ("foreign/keep.txt", "của tôi"),
        ("a-file", "tệp"),
    ] {
        let f = root.join(p);
        fs::create_dir_all(f.parent().unwrap()).unwrap();
        fs::write(f, c).unwrap();
    }
    fs::write(top.path().join("parent/beside.txt"), "x").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.join("content"), root.join("link-to-content")).unwrap();
    let before = snapshot(top.path());
    let top_abs = top.path().to_string_lossy().into_owned();
    for (output, why) in [
        (".", "refusing to write the site into"),
        ("content", "refusing to write the site into"),
        ("content/news", "inside the site's sources"),
        ("content/out", "inside the site's sources"),
        ("themes", "refusing to write the site into"),
        ("themes/rieng/out", "inside the site's sources"),
        ("..", "refusing to write the site into"),
        ("../..", "refusing to write the site into"),
        (top_abs.as_str(), "refusing to write the site into"),
        ("/", "refusing to write the site into"),
        ("foreign", "is not empty and was not written by baocao"),
        ("a-file", "is a file, not a folder"),
        #[cfg(unix)]
        ("link-to-content", "refusing to write the site into"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
            .args(["build", "--today", "2020-12-31", "--output", output])
            .current_dir(&root)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "--output {output}: {stderr}");
        assert!(stderr.contains(why), "--output {output}: {stderr}");
        assert!(!stderr.contains("panicked"));
        assert!(
            before == snapshot(top.path()),
            "--output {output} changed files"
        );
        let staged = walkdir::WalkDir::new(top.path())
            .into_iter()
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().contains(".baocao-"));
        assert!(staged.is_none(), "--output {output} left {staged:?}");
    }
    // A folder that is empty, or baocao's own, is fine.
    fs::create_dir(root.join("empty")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(["build", "--today", "2020-12-31", "--output", "empty"])
        .current_dir(&root)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(root.join("empty/index.html").is_file());
}
