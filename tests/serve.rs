//! `baocao serve`: the real binary on a copy of a fixture site, spoken to
//! over plain TCP.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use common::Site;

/// The running server; killed when dropped, whatever happens in the test.
struct Server {
    child: Child,
    port: u16,
    _stdout: BufReader<ChildStdout>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `baocao serve --port 0` in the site and reads the URL it prints.
fn serve(site: &Site) -> Server {
    serve_with(site, &[])
}

/// [`serve`] with more arguments.
fn serve_with(site: &Site, extra: &[&str]) -> Server {
    serve_env(site, extra, &[])
}

/// [`serve_with`] with environment variables.
fn serve_env(site: &Site, extra: &[&str], env: &[(&str, &str)]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(["serve", "--port", "0", "--today", "2020-12-31", "--quiet"])
        .args(extra)
        .envs(env.iter().copied())
        .current_dir(site.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start baocao serve");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let port = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no URL in {line:?}"));
    Server {
        child,
        port,
        _stdout: stdout,
    }
}

struct Reply {
    status: u16,
    head: String,
    body: String,
}

/// Sends raw bytes and reads the whole answer.
fn raw(port: u16, request: &[u8], timeout: Duration) -> std::io::Result<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(timeout))?;
    s.write_all(request)?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn get(port: u16, path: &str) -> Reply {
    let text = raw(
        port,
        format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes(),
        Duration::from_secs(5),
    )
    .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Reply {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

/// GETs `path` until `ok` holds or `limit` passes; returns the last reply
/// and the time it took.
fn poll(port: u16, path: &str, limit: Duration, ok: impl Fn(&Reply) -> bool) -> (Reply, Duration) {
    let start = Instant::now();
    loop {
        let r = get(port, path);
        if ok(&r) || start.elapsed() > limit {
            return (r, start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn serves_rebuilds_and_shows_errors_until_fixed() {
    let site = Site::minimal();
    let server = serve(&site);
    let port = server.port;

    let r = get(port, "/news/tin-mot/");
    assert_eq!(r.status, 200, "{}", r.head);
    assert!(r.head.contains("Content-Type: text/html; charset=utf-8"));
    assert!(r.body.contains("Đoạn đầu tiên của bài."), "{}", r.body);
    assert!(r.body.contains("/__baocao/reload.js"), "no reload script");

    // An edit is served. How fast is the benchmark's business
    // (benches/compare.sh: tens of milliseconds); the test only allows a
    // generous time, so that a loaded machine does not fail it.
    site.write(
        "content/news/tin-mot.md",
        &common::NEWS.replace("Đoạn đầu tiên", "Đoạn đã sửa"),
    );
    let (r, took) = poll(port, "/news/tin-mot/", Duration::from_secs(30), |r| {
        r.body.contains("Đoạn đã sửa")
    });
    assert!(
        r.body.contains("Đoạn đã sửa"),
        "the edit was not served ({took:?})"
    );

    // A broken YAML file: every HTML page shows the error, located.
    site.write(
        "content/data/indicators/sipas.yaml",
        &common::SIPAS.replace("unit: \"%\"", "unit: [\"%\""),
    );
    let (r, _) = poll(port, "/news/tin-mot/", Duration::from_secs(5), |r| {
        r.body.contains("content/data/indicators/sipas.yaml:")
    });
    assert!(
        r.body.contains("content/data/indicators/sipas.yaml:"),
        "no error page: {}",
        r.body
    );
    assert!(
        r.body.contains("/__baocao/reload.js"),
        "the error page reloads too"
    );
    let line = r
        .body
        .split("content/data/indicators/sipas.yaml:")
        .nth(1)
        .and_then(|s| s.split(':').next())
        .and_then(|l| l.parse::<usize>().ok());
    assert!(line.is_some_and(|l| l >= 3), "no line in {}", r.body);
    let other = get(port, "/");
    assert!(
        other.body.contains("sipas.yaml"),
        "every HTML page shows it"
    );
    // Non-HTML files are still served from the last good build.
    assert_eq!(get(port, "/style.css").status, 200);

    // Fixed: the page is back.
    site.write("content/data/indicators/sipas.yaml", common::SIPAS);
    let (r, _) = poll(port, "/news/tin-mot/", Duration::from_secs(5), |r| {
        r.status == 200 && r.body.contains("Đoạn đã sửa")
    });
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(!r.body.contains("sipas.yaml:"));

    // `baocao build` output never carries the reload script.
    site.build();
    assert!(!site.page("news/tin-mot/index.html").contains("__baocao"));
    drop(server);
}

#[test]
fn serves_only_the_site_and_survives_bad_requests() {
    let site = Site::minimal();
    site.write("secret.txt", "not for the web");
    let server = serve(&site);
    let port = server.port;

    for path in [
        "/../Cargo.toml",
        "/%2e%2e/",
        "/%2e%2e/secret.txt",
        "/../secret.txt",
        "/news/../../secret.txt",
        "/content/site.yaml",
        "/secret.txt",
        "/news//tin-mot/",
        "/nope/",
    ] {
        let r = get(port, path);
        assert_eq!(r.status, 404, "{path}: {}", r.head);
        assert!(!r.body.contains("not for the web"), "{path}");
    }
    // The site's own 404 page.
    let r = get(port, "/nope/");
    assert!(r.body.contains("<main"), "{}", r.body);

    // Folders without their slash are redirected; types follow extensions.
    let r = get(port, "/news");
    assert_eq!(r.status, 301);
    assert!(r.head.contains("Location: /news/"), "{}", r.head);
    let r = get(port, "/style.css");
    assert_eq!(r.status, 200);
    assert!(r.head.contains("Content-Type: text/css"), "{}", r.head);

    // Malformed requests get an answer or a closed connection, never a
    // dead server.
    for junk in [
        &b"GARBAGE\r\n\r\n"[..],
        b"\x00\xff\xfe\r\n\r\n",
        b"GET\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET http://example.com/ HTTP/1.1\r\n\r\n",
        b"POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc",
        b"GET /%zz HTTP/1.1\r\nConnection: close\r\n\r\n",
    ] {
        // Keep-alive answers leave the connection open: do not wait long.
        let _ = raw(port, junk, Duration::from_millis(300));
    }
    // An address that is not a path is a bad request, not the 404 page.
    for malformed in ["/%zz", "/news%2Ftin-mot/", "/%FF/"] {
        let r = get(port, malformed);
        assert_eq!(r.status, 400, "{malformed}: {}", r.head);
    }
    let mut half = TcpStream::connect(("127.0.0.1", port)).unwrap();
    half.write_all(b"GET / HT").unwrap();
    drop(half);
    let r = get(port, "/news/tin-mot/");
    assert_eq!(r.status, 200, "the server died: {}", r.head);
}

#[test]
fn a_vietnamese_base_path_is_redirected_to_not_a_dead_worker() {
    let site = Site::minimal();
    let server = serve_with(&site, &["--base-url", "http://127.0.0.1/cải-cách/"]);
    let port = server.port;
    // More times than the server has workers, each of which used to stop
    // on a Location header that was not ASCII.
    for _ in 0..6 {
        let r = get(port, "/");
        assert_eq!(r.status, 301, "{}", r.head);
        assert!(
            r.head.contains("Location: /c%E1%BA%A3i-c%C3%A1ch/"),
            "{}",
            r.head
        );
    }
    let r = get(port, "/c%E1%BA%A3i-c%C3%A1ch/news/tin-mot/");
    assert_eq!(r.status, 200, "{}", r.head);
}

/// A bug that makes answering a request panic (here asked for by the
/// debug build's `BAOCAO_TEST_PANIC_PATH`) answers 500, and costs no
/// worker: after more such requests than there are workers, pages are
/// still served.
#[test]
fn a_worker_that_panics_answers_500_and_keeps_serving() {
    let site = Site::minimal();
    let server = serve_env(&site, &[], &[("BAOCAO_TEST_PANIC_PATH", "/news/")]);
    let port = server.port;
    for _ in 0..12 {
        let r = get(port, "/news/");
        assert_eq!(r.status, 500, "{}", r.head);
        let r = get(port, "/news/tin-mot/");
        assert_eq!(r.status, 200, "{}", r.head);
    }
}

#[test]
fn tells_open_pages_to_reload() {
    let site = Site::minimal();
    let server = serve(&site);
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(b"GET /__baocao/events HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut reader = BufReader::new(s);
    let mut data = Vec::new();
    let mut line = String::new();
    let mut edited = false;
    while data.len() < 2 {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        if let Some(d) = line.strip_prefix("data: ") {
            data.push(d.trim().to_string());
            if !edited {
                edited = true;
                site.write(
                    "content/news/tin-mot.md",
                    &common::NEWS.replace("bài", "tin"),
                );
            }
        }
    }
    assert_eq!(data.len(), 2, "no reload event after an edit");
    assert_ne!(data[0], data[1]);
}

/// A connection that never sends a request is closed (it would hold a file
/// descriptor for ever), while one that sends its request in time is
/// answered. The debug build's `BAOCAO_TEST_HEADER_TIMEOUT_MS` shortens
/// the 30 s of release builds.
#[test]
fn a_connection_that_sends_nothing_is_closed() {
    let site = Site::minimal();
    let server = serve_env(&site, &[], &[("BAOCAO_TEST_HEADER_TIMEOUT_MS", "300")]);
    let mut silent = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    silent
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let started = Instant::now();
    let mut buf = Vec::new();
    // Closed by the server: the read ends (with hyper's 408 or nothing),
    // long before the client's own 20 s.
    let ended = silent.read_to_end(&mut buf);
    assert!(
        ended.is_ok() && started.elapsed() < Duration::from_secs(15),
        "a silent connection was left open ({ended:?} after {:?})",
        started.elapsed()
    );
    assert_eq!(get(server.port, "/").status, 200);
}

/// Live-reload connections are capped: past the cap a page gets a 503
/// (and still works), and a closed connection frees its place.
#[test]
fn live_reload_connections_are_capped() {
    let site = Site::minimal();
    let server = serve(&site);
    let open = |n: usize| -> Vec<BufReader<TcpStream>> {
        (0..n)
            .map(|_| {
                let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
                s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                s.write_all(b"GET /__baocao/events HTTP/1.1\r\nHost: x\r\n\r\n")
                    .unwrap();
                let mut r = BufReader::new(s);
                let mut status = String::new();
                r.read_line(&mut status).unwrap();
                assert!(status.starts_with("HTTP/1.1 200"), "{status}");
                r
            })
            .collect()
    };
    let held = open(64);
    let mut extra = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    extra
        .write_all(b"GET /__baocao/events HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    extra
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut status = String::new();
    BufReader::new(extra).read_line(&mut status).unwrap();
    assert!(status.starts_with("HTTP/1.1 503"), "{status}");
    assert_eq!(get(server.port, "/news/tin-mot/").status, 200);
    drop(held);
    // The server notices a closed stream when a write to it fails: the
    // second after the close (a build, or its 15 s keep-alive). Two edits
    // make it write twice now.
    let start = Instant::now();
    for (n, word) in ["tin", "báo"].into_iter().enumerate() {
        site.write(
            "content/news/tin-mot.md",
            &common::NEWS.replace("bài", word),
        );
        while !get(server.port, "/news/tin-mot/")
            .body
            .contains(&format!("của {word}"))
        {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "edit {n} never served"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    loop {
        let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        s.write_all(b"GET /__baocao/events HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut status = String::new();
        BufReader::new(s).read_line(&mut status).unwrap();
        if status.starts_with("HTTP/1.1 200") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "places never freed"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_port_in_use_names_another() {
    let site = Site::minimal();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let r = site.run(&["serve", "--port", &port]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("port {port} is in use; try --port ")),
        "{}",
        r.stderr
    );
}

/// The browser editor under `serve`: no reload script (its CSP would
/// refuse it, a reload would lose an edit), its config follows the site's
/// ids after an edit, and it stays usable while the site has errors so
/// they can be fixed in it.
#[test]
fn serves_the_editor_without_reload_and_through_errors() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        &format!(
            "{}cms:\n  backend: github\n  repo: a/b\n",
            common::SITE_YAML
        ),
    );
    let server = serve(&site);
    let port = server.port;
    let r = get(port, "/admin/");
    assert_eq!(r.status, 200, "{}", r.head);
    assert!(r.body.contains("Content-Security-Policy"));
    assert!(!r.body.contains("__baocao"), "reload script on /admin/");
    let c = get(port, "/admin/config.yml");
    assert!(c.head.contains("Content-Type: text/yaml"), "{}", c.head);
    assert!(!c.body.contains("value: moi"));

    // A page edit (rendered incrementally) with a new tag: offered at once.
    site.write(
        "content/news/tin-mot.md",
        &common::NEWS.replace("tags: [CCHC]", "tags: [CCHC, Thẻ mới]"),
    );
    let (c, _) = poll(port, "/admin/config.yml", Duration::from_secs(5), |r| {
        r.body.contains("value: Thẻ mới")
    });
    assert!(c.body.contains("value: Thẻ mới"), "{}", c.body);

    // A new indicator: its id is offered at once.
    site.write(
        "content/data/indicators/moi.yaml",
        "name: Chỉ số mới\nkind: count\n",
    );
    let (c, _) = poll(port, "/admin/config.yml", Duration::from_secs(5), |r| {
        r.body.contains("value: moi")
    });
    assert!(c.body.contains("value: moi"), "{}", c.body);

    // An error: pages show it, the editor still opens.
    site.write(
        "content/data/indicators/moi.yaml",
        "name: Chỉ số mới\nkind: nhieu\n",
    );
    let (r, _) = poll(port, "/", Duration::from_secs(5), |r| {
        r.body.contains("moi.yaml:")
    });
    assert!(r.body.contains("moi.yaml:"), "no error page");
    let a = get(port, "/admin/");
    assert_eq!(a.status, 200);
    assert!(a.body.contains("decap-cms"), "{}", a.body);
    drop(server);
}

/// A live-reload connection, as the reload script opens it for `page`.
struct Events(BufReader<TcpStream>);

impl Events {
    fn open(port: u16, page: &str) -> Events {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
        let page = page.replace('/', "%2F");
        s.write_all(
            format!("GET /__baocao/events?page={page} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes(),
        )
        .unwrap();
        Events(BufReader::new(s))
    }

    /// The next tag sent (the page is told to reload).
    fn next(&mut self) -> String {
        let mut line = String::new();
        loop {
            line.clear();
            let n = self.0.read_line(&mut line).expect("no reload event");
            assert!(n > 0, "the event stream closed");
            if let Some(tag) = line.strip_prefix("data: ") {
                return tag.trim().to_string();
            }
        }
    }
}

/// Forty open pages wait for their reload without holding a thread each:
/// a page is answered while they all wait, one edit reaches every one,
/// and they cost the server a few threads at most, not one a page (as
/// tiny_http's thread per connection did: 37 more for 40 pages).
#[test]
fn many_open_pages_hold_no_worker_and_all_hear_of_an_edit() {
    const PAGES: usize = 40;
    let site = Site::minimal();
    let server = serve(&site);
    let port = server.port;
    let tasks = format!("/proc/{}/task", server.child.id());
    let threads = || std::fs::read_dir(&tasks).map(|d| d.count()).ok();
    let before = threads();
    // One after another: each told the site's version, so open and
    // waiting, before the next opens.
    let (mut pages, mut told) = (Vec::new(), Vec::new());
    for _ in 0..PAGES {
        let mut page = Events::open(port, "/news/tin-mot/");
        told.push(page.next());
        pages.push(page);
    }
    let r = get(port, "/news/tin-mot/");
    assert_eq!(r.status, 200, "not answered while pages wait: {}", r.head);
    assert!(get(port, "/").body.contains("__baocao"));
    if let (Some(before), Some(after)) = (before, threads()) {
        assert!(
            after < before + 5,
            "{PAGES} open pages took {} more threads than the idle server's {before}",
            after.saturating_sub(before)
        );
    }
    site.write(
        "content/news/tin-mot.md",
        &common::NEWS.replace("bài", "tin"),
    );
    for (n, (page, old)) in pages.iter_mut().zip(&told).enumerate() {
        assert_ne!(&page.next(), old, "page {n} was not told of the edit");
    }
}

/// A page that stops reading its live-reload stream (a frozen tab, a
/// stalled network) holds up no other page: a page that reads hears of
/// every edit, and the server closes the stuck stream once more than a
/// few events wait for it. The debug build's `BAOCAO_TEST_EVENT_PADDING`
/// sends a comment that long with each event, so that a few edits fill
/// what the kernel and the server buffer for the stuck page.
#[test]
fn a_page_that_stops_reading_holds_up_no_other() {
    const EDITS: usize = 20;
    let site = Site::minimal();
    let pad = (2 << 20).to_string();
    let server = serve_env(&site, &[], &[("BAOCAO_TEST_EVENT_PADDING", &pad)]);
    let port = server.port;
    // Told the site's version, so open, then never read again.
    let mut stuck = Events::open(port, "/news/tin-mot/");
    stuck.next();
    let mut page = Events::open(port, "/news/tin-mot/");
    // Generous: a stalled server never answers at all.
    let limit = Duration::from_secs(60);
    page.0.get_ref().set_read_timeout(Some(limit)).unwrap();
    let mut tag = page.next();
    for k in 0..EDITS {
        site.write(
            "content/news/tin-mot.md",
            &common::NEWS.replace("bài", &format!("bài {k}")),
        );
        let told = page.next();
        assert_ne!(told, tag, "edit {k}");
        tag = told;
    }
    // The stuck stream was closed: what was sent reads to its end (left
    // open, it would go on with a comment every 15 s).
    stuck.0.get_ref().set_read_timeout(Some(limit)).unwrap();
    let (start, mut buf) = (Instant::now(), vec![0; 1 << 16]);
    loop {
        match stuck.0.read(&mut buf) {
            Ok(0) => break,
            Ok(_) => assert!(start.elapsed() < limit, "the stuck stream was left open"),
            Err(e) => panic!("the stuck stream was left open ({e})"),
        }
    }
}

/// After an indicator edit, serve makes the page in view first and the
/// many pages showing the indicator's card in the background: a page asked
/// for before the background reached it is made on demand, so once the
/// page in view reloads, every page shows the new value. Twenty edits,
/// each made while the last one's background may still run.
#[test]
fn a_page_asked_for_before_the_background_reached_it_is_never_stale() {
    let scale = common::corpus::Scale {
        provinces: 4,
        years: 3,
        agencies_per_province: 2,
        news: 300,
        indicators: 2,
        ..Default::default()
    };
    let site = common::corpus_site(&scale, 7);
    // The news pages whose card shows ind-01; the last is made last.
    let mut citing: Vec<String> = std::fs::read_dir(site.root().join("content/news"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("indicators: [ind-01")
        })
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            format!("/news/{stem}/")
        })
        .collect();
    citing.sort();
    assert!(citing.len() > 100, "{} pages cite ind-01", citing.len());
    let ind = "content/data/indicators/ind-01.yaml";
    let text = std::fs::read_to_string(site.root().join(ind)).unwrap();
    let row = text
        .lines()
        .rfind(|l| l.contains("entity: tinh-01,"))
        .expect("the region's latest value")
        .to_string();
    let old = row.split("value: ").nth(1).unwrap().trim_end_matches(" }");

    let server = serve(&site);
    let port = server.port;
    let in_view = "/indicators/ind-01/";
    let mut events = Events::open(port, in_view);
    let first = events.next();
    let shown = |v: &str| v.replace('.', ",");
    assert!(
        get(port, citing.last().unwrap()).body.contains(&shown(old)),
        "the card does not show {old}"
    );
    let mut tags = vec![first];
    for k in 0..20 {
        let value = format!("{}.{:02}", 10 + k, 1 + k);
        site.write(
            ind,
            &text.replace(
                &row,
                &row.replace(&format!("value: {old}"), &format!("value: {value}")),
            ),
        );
        // The page in view reloads once it shows the edit.
        loop {
            let tag = events.next();
            assert!(!tags.contains(&tag), "tag {tag} sent twice");
            tags.push(tag);
            if get(port, in_view).body.contains(&shown(&value)) {
                break;
            }
        }
        // Any page showing the card, asked for now, shows the new value.
        for page in [citing.last().unwrap(), &citing[citing.len() / 2]] {
            let r = get(port, page);
            assert_eq!(r.status, 200, "{page}: {}", r.head);
            assert!(
                r.body.contains(&shown(&value)),
                "edit {k}: {page} is stale (no {value})"
            );
        }
    }
    drop(server);
}

/// `baocao serve` started in the site's folder (`--site .`) renders an edit
/// alone: the watcher's absolute paths are found in the site (every edit
/// was a full build).
#[test]
fn serve_in_the_site_folder_renders_only_what_an_edit_shows() {
    let site = Site::minimal();
    let mut child = Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(["serve", "--port", "0", "--today", "2020-12-31"])
        .current_dir(site.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start baocao serve");
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert!(line.starts_with("Built "), "{line}");
    // Watching once it says where it serves.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut serving = String::new();
    stdout.read_line(&mut serving).unwrap();
    assert!(serving.starts_with("Serving "), "{serving}");
    site.write(
        "content/news/tin-mot.md",
        &common::NEWS.replace("Đoạn đầu tiên", "Đoạn đã sửa"),
    );
    line.clear();
    stderr.read_line(&mut line).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.starts_with("Rendered "), "{line}");
}
