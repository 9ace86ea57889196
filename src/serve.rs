//! `baocao serve`: builds the site into memory, serves it, rebuilds when
//! `content/` or `themes/` change, and reloads open pages.
//!
//! Steps:
//! 1. bind the address (default `127.0.0.1:1111`), so a port in use is
//!    reported before anything else;
//! 2. build into a map of output paths to bytes, which sits behind a lock
//!    with the errors of the last build, if it failed (see [`live`]);
//! 3. serve only the files of that map (`/a/` → `a/index.html`); any `..`
//!    or other non-normal path component is a 404 (the site's `404.html`);
//!    HTML responses get a small script (`/__baocao/reload.js`) that listens on
//!    `/__baocao/events?page=/a/` (server-sent events), which tells serve the
//!    page is open and reloads it when the site was rebuilt; after a failed
//!    build every HTML request gets a page listing the errors (which
//!    reloads itself as well);
//! 4. watch `content/` and `themes/` with `notify`, wait until they have
//!    been quiet for 20 ms, rebuild what the changed files show (see
//!    `crate::incremental`): the pages open in a browser first, each told
//!    to reload as soon as it is made, then the rest in the background,
//!    a page asked for before it is made being made next. A request waits
//!    for what the edit may change, so it is never served stale.
//!
//! `baocao build` never sees any of this: the script is added to responses
//! here, not to the rendered files.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

use crate::BuildOptions;
use crate::diagnostics::Diagnostic;
use crate::incremental::publish::Publish;

mod live;
use live::{Live, Now};

/// The path of the server-sent events stream that reloads pages.
pub const EVENTS_PATH: &str = "/__baocao/events";

/// How long the watched folders must be quiet before a rebuild (an
/// editor's save is a burst of events within a few milliseconds).
pub const DEBOUNCE: Duration = Duration::from_millis(20);

/// What `baocao serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// `site`, `drafts`, `today` and, when given, `base_url` are used.
    pub build: BuildOptions,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    /// Print nothing but errors.
    pub quiet: bool,
}

/// Why the server could not start (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("port {port} is in use; try --port {suggestion}")]
    PortInUse { port: u16, suggestion: u16 },
    #[error("cannot listen on {addr}: {err}")]
    Bind { addr: SocketAddr, err: io::Error },
    #[error("{0}")]
    Other(String),
}

/// How long a request waits for its page to be made before it is served
/// what there is (a full build of a national site takes seconds).
pub const MAX_WAIT: Duration = Duration::from_secs(60);

struct Shared {
    /// The files served, what is being made, who waits for what.
    live: Mutex<Live>,
    /// Notified when a file someone waits for is published, and when a
    /// round's plan is known or it ends.
    changed: Condvar,
    /// Differs from one server run to the next, so pages reload after a
    /// restart as well.
    run_id: u64,
    /// The base URL's path (`/` or `/cchc/`).
    base_path: String,
    /// Live-reload connections open now (each holds a thread).
    reload_clients: std::sync::atomic::AtomicUsize,
}

/// More open pages than anyone previews at once; past it, a page keeps
/// working but does not reload itself.
pub const MAX_RELOAD_CLIENTS: usize = 64;

/// Counts one live-reload connection for as long as it lives, and the
/// page it shows (its output file), which is then in view.
struct ReloadClient {
    shared: Arc<Shared>,
    page: Option<String>,
}

impl ReloadClient {
    /// A place for one more connection, if there is one.
    fn join(shared: &Arc<Shared>, page: Option<String>) -> Option<Self> {
        let before = shared.reload_clients.fetch_add(1, Ordering::SeqCst);
        if before >= MAX_RELOAD_CLIENTS {
            shared.reload_clients.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        if let Some(p) = &page {
            shared.live().view(p);
        }
        Some(ReloadClient {
            shared: shared.clone(),
            page,
        })
    }
}

impl Drop for ReloadClient {
    fn drop(&mut self) {
        if let Some(p) = &self.page {
            self.shared.live().unview(p);
        }
        self.shared.reload_clients.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Shared {
    fn live(&self) -> MutexGuard<'_, Live> {
        self.live.lock().unwrap_or_else(|e| e.into_inner())
    }
    /// Names the site's current version, in pages and reload events.
    fn tag(&self, live: &Live) -> String {
        format!("{:x}-{}", self.run_id, live.generation)
    }
}

/// Binds the listening socket; a port in use names the next free one.
pub fn bind(addr: IpAddr, port: u16) -> Result<TcpListener, ServeError> {
    let sock = SocketAddr::new(addr, port);
    match TcpListener::bind(sock) {
        Ok(l) => Ok(l),
        Err(e) if e.kind() == io::ErrorKind::AddrInUse => {
            let suggestion = (port.saturating_add(1)..=port.saturating_add(100))
                .find(|p| TcpListener::bind(SocketAddr::new(addr, *p)).is_ok())
                .unwrap_or(port.saturating_add(1));
            Err(ServeError::PortInUse { port, suggestion })
        }
        Err(err) => Err(ServeError::Bind { addr: sock, err }),
    }
}

/// Serves the site until the process is stopped.
pub fn serve(opts: ServeOptions) -> Result<(), ServeError> {
    let listener = bind(opts.bind, opts.port)?;
    let local = listener
        .local_addr()
        .map_err(|e| ServeError::Other(e.to_string()))?;
    let shown = if local.ip().is_unspecified() {
        SocketAddr::new(IpAddr::from([127, 0, 0, 1]), local.port())
    } else {
        local
    };
    let mut build_opts = opts.build.clone();
    build_opts.write = false;
    let base_url = build_opts
        .base_url
        .clone()
        .unwrap_or_else(|| format!("http://{shown}/"));
    build_opts.base_url = Some(base_url.clone());
    let (_, base_path) = crate::render::split_base_url(&base_url);

    let shared = Arc::new(Shared {
        live: Mutex::new(Live::default()),
        changed: Condvar::new(),
        run_id: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
            ^ u64::from(std::process::id()),
        base_path: base_path.clone(),
        reload_clients: Default::default(),
    });
    let mut session = crate::incremental::Session::new(build_opts.clone());
    rebuild(&shared, &mut session, &[], opts.quiet, None);

    let server = Server::from_listener(listener, None)
        .map_err(|e| ServeError::Other(format!("cannot start the server: {e}")))?;
    let server = Arc::new(server);

    let root = crate::output::absolute(&build_opts.site);
    watch(&root, shared.clone(), session, opts.quiet)?;

    let url = format!("http://{shown}{base_path}");
    let mut out = io::stdout().lock();
    if local.ip().is_unspecified() {
        let _ = writeln!(
            out,
            "Serving {} at {url} (listening on all interfaces, port {}); press Ctrl+C to stop",
            root.display(),
            local.port()
        );
    } else {
        let _ = writeln!(
            out,
            "Serving {} at {url}; press Ctrl+C to stop",
            root.display()
        );
    }
    let _ = out.flush();
    drop(out);

    let workers: Vec<_> = (0..4)
        .map(|_| {
            let server = server.clone();
            let shared = shared.clone();
            std::thread::spawn(move || {
                loop {
                    match server.recv() {
                        Ok(req) => handle(req, &shared),
                        Err(_) => std::thread::sleep(Duration::from_millis(10)),
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    Ok(())
}

/// One round of [`Session::update_with`](crate::incremental::Session::update_with)
/// under serve: publishes each output into [`Live`] as it is made, the
/// pages in view first, and stops when the watcher hears of a newer edit.
struct Round<'a> {
    shared: &'a Shared,
    /// The watcher's events; `None` for the first build.
    rx: Option<&'a Mutex<Receiver<Vec<PathBuf>>>>,
    /// Changed paths heard of during the round: the next round's.
    next: Mutex<Vec<PathBuf>>,
    stopped: AtomicBool,
    /// The plan is known: what is published now is not in view.
    planned: AtomicBool,
    started: Instant,
    /// When the last output in view was published.
    in_view: Mutex<Option<Duration>>,
}

impl Publish for Round<'_> {
    fn in_view(&self) -> Vec<String> {
        self.shared.live().in_view()
    }
    fn publish(&self, file: &str, bytes: &Arc<[u8]>) {
        let first = !self.planned.load(Ordering::SeqCst);
        let notify = self.shared.live().publish(file, bytes.clone(), first);
        if first {
            *self.in_view.lock().unwrap_or_else(|e| e.into_inner()) = Some(self.started.elapsed());
        }
        if notify {
            self.shared.changed.notify_all();
        }
    }
    fn planned(&self, pending: &[String], gone: &[String]) {
        self.planned.store(true, Ordering::SeqCst);
        self.shared.live().planned(pending, gone);
        self.shared.changed.notify_all();
    }
    fn full(&self) {
        self.shared.live().full_build();
        self.shared.changed.notify_all();
    }
    fn wanted(&self) -> Option<String> {
        self.shared.live().next_wanted()
    }
    fn stop(&self) -> bool {
        if self.stopped.load(Ordering::SeqCst) {
            return true;
        }
        let Some(rx) = self.rx else { return false };
        let heard = match rx.lock().unwrap_or_else(|e| e.into_inner()).try_recv() {
            Ok(paths) => paths,
            // No more events (the watcher is gone): nothing newer to make.
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => return false,
        };
        self.next
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(heard);
        self.stopped.store(true, Ordering::SeqCst);
        // The next round begins: what it may change waits for its plan.
        self.shared.live().begin();
        true
    }
}

/// Brings the site up to date (a full build when `changed` is empty, else
/// only what the changed files show) and publishes it; prints a line (or
/// the errors). Returns the changed paths heard of meanwhile, which stopped
/// the round: the next round's.
fn rebuild(
    shared: &Shared,
    session: &mut crate::incremental::Session,
    changed: &[PathBuf],
    quiet: bool,
    rx: Option<&Mutex<Receiver<Vec<PathBuf>>>>,
) -> Vec<PathBuf> {
    let round = Round {
        shared,
        rx,
        next: Mutex::default(),
        stopped: AtomicBool::new(false),
        planned: AtomicBool::new(false),
        started: Instant::now(),
        in_view: Mutex::default(),
    };
    let result = if changed.is_empty() {
        session.full()
    } else {
        session.update_with(changed, &round)
    };
    let ms = round.started.elapsed().as_millis();
    let next = round.stopped.load(Ordering::SeqCst);
    let (files, errors) = match result {
        Ok(update) => {
            if !quiet {
                let line = if update.full {
                    format!("Built {} files in {ms} ms", session.files.len())
                } else {
                    let mut line = format!(
                        "Rendered {} of {} files in {ms} ms",
                        update.rendered,
                        session.files.len()
                    );
                    if let Some(t) = *round.in_view.lock().unwrap_or_else(|e| e.into_inner()) {
                        line.push_str(&format!(
                            "; the {} in view in {} ms",
                            plural(update.in_view, "page", "pages"),
                            t.as_millis()
                        ));
                    }
                    if update.left > 0 {
                        line.push_str(&format!(
                            "; {} left for the next edit",
                            plural(update.left, "file", "files")
                        ));
                    }
                    line
                };
                eprintln!("{line}");
            }
            (update.full.then(|| session.files.clone()), Vec::new())
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}\n");
            }
            eprintln!(
                "{} found; the browser shows them until they are fixed.",
                plural(errors.len(), "error", "errors")
            );
            (None, errors)
        }
    };
    shared.live().finish(files, errors, next);
    shared.changed.notify_all();
    round.next.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// "1 page", "3 pages".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Watches `content/` and `themes/` (and the site folder, for either of
/// them appearing) and rebuilds after 20 ms of quiet.
fn watch(
    root: &Path,
    shared: Arc<Shared>,
    mut session: crate::incremental::Session,
    quiet: bool,
) -> Result<(), ServeError> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let content = root.join("content");
    let themes = root.join("themes");
    let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
    let (c2, t2) = (content.clone(), themes.clone());
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(ev) = res else { return };
        if matches!(ev.kind, EventKind::Access(_)) {
            return;
        }
        let paths: Vec<PathBuf> = ev
            .paths
            .into_iter()
            .filter(|p| p.starts_with(&c2) || p.starts_with(&t2))
            .collect();
        if !paths.is_empty() {
            let _ = tx.send(paths);
        }
    })
    .map_err(|e| ServeError::Other(format!("cannot watch {}: {e}", root.display())))?;
    let _ = watcher.watch(root, RecursiveMode::NonRecursive);
    let mut watched = Vec::<PathBuf>::new();
    let mut ensure = {
        move |w: &mut notify::RecommendedWatcher| {
            watched.retain(|p| p.is_dir());
            for dir in [&content, &themes] {
                if dir.is_dir()
                    && !watched.contains(dir)
                    && w.watch(dir, RecursiveMode::Recursive).is_ok()
                {
                    watched.push(dir.clone());
                }
            }
        }
    };
    ensure(&mut watcher);
    std::thread::spawn(move || {
        // The thread owns the watcher, which watches as long as it lives.
        let mut watcher = watcher;
        let rx = Mutex::new(rx);
        let mut heard = Vec::new();
        loop {
            let mut changed = if heard.is_empty() {
                let Ok(changed) = rx.lock().unwrap_or_else(|e| e.into_inner()).recv() else {
                    return;
                };
                // What the edit changes waits for its plan.
                shared.live().begin();
                changed
            } else {
                std::mem::take(&mut heard)
            };
            // Wait for 20 ms of quiet (an editor's save is several events),
            // but never more than half a second in all.
            let first = Instant::now();
            let rx_now = rx.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                match rx_now.recv_timeout(DEBOUNCE) {
                    Ok(more) if first.elapsed() < Duration::from_millis(500) => {
                        changed.extend(more)
                    }
                    Ok(more) => {
                        changed.extend(more);
                        break;
                    }
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            drop(rx_now);
            changed.sort();
            changed.dedup();
            ensure(&mut watcher);
            heard = rebuild(&shared, &mut session, &changed, quiet, Some(&rx));
        }
    });
    Ok(())
}

/// A response header. A value is sent as visible ASCII: anything else (a
/// `Location` under a Vietnamese base path, `/cải-cách/`) percent-encoded,
/// so that no address can make a header fail and a worker stop.
fn header(k: &str, v: &str) -> Header {
    let value = header_value(v);
    Header::from_bytes(k.as_bytes(), value.as_bytes())
        .unwrap_or_else(|()| Header::from_bytes(k.as_bytes(), &b""[..]).expect("an empty value"))
}

fn header_value(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_graphic() || b == b' ' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The type of a file by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit('/')
        .next()
        .and_then(|f| f.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "yml" | "yaml" => "text/yaml; charset=utf-8",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// What a request path asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    /// An output path, served if the site has it.
    File(String),
    /// A folder asked for without its trailing slash: redirect here.
    Redirect(String),
    NotFound,
    /// Not a path at all: a bad `%` escape, bytes that are not UTF-8, an
    /// encoded slash (400, not the site's 404 page).
    Malformed,
}

/// Maps a request target (`/a/b/?x`) to an output path (`a/b/index.html`),
/// given the site's files and the base path. `..`, `.`, empty inner
/// segments, backslashes and NUL are never served.
pub fn lookup<V>(target: &str, base_path: &str, files: &BTreeMap<String, V>) -> Lookup {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Lookup::NotFound;
    }
    let Some(decoded) = crate::web::percent::path(path) else {
        return Lookup::Malformed;
    };
    let rel = match decoded.strip_prefix(base_path) {
        Some(r) => r.to_string(),
        None if decoded == base_path.trim_end_matches('/') => {
            return Lookup::Redirect(base_path.to_string());
        }
        None if decoded == "/" => return Lookup::Redirect(base_path.to_string()),
        None => return Lookup::NotFound,
    };
    if rel.contains(['\\', '\0']) {
        return Lookup::NotFound;
    }
    let segments: Vec<&str> = rel.split('/').collect();
    let last = segments.len() - 1;
    for (i, s) in segments.iter().enumerate() {
        let ok = match *s {
            "" => i == last,
            "." | ".." => false,
            s => {
                let mut c = Path::new(s).components();
                matches!(c.next(), Some(std::path::Component::Normal(_))) && c.next().is_none()
            }
        };
        if !ok {
            return Lookup::NotFound;
        }
    }
    let key = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.clone()
    };
    if files.contains_key(&key) {
        return Lookup::File(key);
    }
    if !rel.is_empty() && !rel.ends_with('/') && files.contains_key(&format!("{rel}/index.html")) {
        return Lookup::Redirect(format!("{}/", path));
    }
    Lookup::NotFound
}

/// The script that reloads a page when the site is rebuilt (or the server
/// restarted): served from the server itself, since the pages' Content
/// Security Policy allows no inline script.
pub const RELOAD_JS_PATH: &str = "/__baocao/reload.js";

const RELOAD_JS: &str = r#"(function () {
  var me = document.currentScript, tag = me && me.getAttribute("data-tag");
  if (!window.EventSource) return;
  var events = new EventSource("/__baocao/events?page=" + encodeURIComponent(location.pathname));
  events.onmessage = function (e) {
    if (e.data !== tag) { events.close(); location.reload(); }
  };
})();
"#;

/// The tag added to every served HTML page, naming the build it shows.
fn reload_script(tag: &str) -> String {
    format!("<script src=\"{RELOAD_JS_PATH}\" data-tag=\"{tag}\"></script>")
}

/// Puts `script` before `</body>`, or at the end.
pub fn inject(html: &[u8], script: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let mut out = String::with_capacity(text.len() + script.len());
    match text.rfind("</body>") {
        Some(i) => {
            out.push_str(&text[..i]);
            out.push_str(script);
            out.push_str(&text[i..]);
        }
        None => {
            out.push_str(&text);
            out.push_str(script);
        }
    }
    out.into_bytes()
}

/// The page shown instead of every HTML page while the site has errors.
pub fn error_page(errors: &[Diagnostic], script: &str) -> Vec<u8> {
    use crate::render::escape;
    let mut items = String::new();
    for e in errors {
        items.push_str(&format!(
            "<li><code>{}</code><p>{}</p>",
            escape(&e.location()),
            escape(&e.message)
        ));
        if let Some(h) = &e.hint {
            items.push_str(&format!("<p class=\"hint\">{}</p>", escape(h)));
        }
        if let Some(c) = e.code {
            // The guide's address when the build knows it; else the command.
            let see = crate::diagnostics::see(c);
            items.push_str(&if see.starts_with("https://") {
                format!(
                    "<p class=\"hint\">{c}: <a href=\"{}\">what it means and how to fix it</a></p>",
                    escape(&see)
                )
            } else {
                format!("<p class=\"hint\">{c}: <code>baocao explain {c}</code> says what it means and how to fix it</p>")
            });
        }
        items.push_str("</li>\n");
    }
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{n} error{s} – baocao</title><style>\
body{{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}}\
h1{{color:#a00;font-size:1.5rem}}li{{margin:1rem 0}}code{{font-weight:bold}}\
li p{{margin:.2rem 0;white-space:pre-wrap}}.hint{{color:#555}}</style></head><body>\n\
<h1>{n} error{s}: the site could not be rebuilt</h1>\n\
<p>Fix the files below and save: this page reloads by itself.</p>\n<ol>\n{items}</ol>\n{script}</body></html>\n",
        n = errors.len(),
        s = if errors.len() == 1 { "" } else { "s" },
    )
    .into_bytes()
}

fn respond<R: io::Read>(req: Request, resp: Response<R>) {
    let _ = req.respond(resp.with_header(header("Cache-Control", "no-cache")));
}

fn handle(req: Request, shared: &Arc<Shared>) {
    if !matches!(req.method(), Method::Get | Method::Head) {
        respond(
            req,
            Response::from_string("method not allowed\n")
                .with_status_code(405)
                .with_header(header("Allow", "GET, HEAD"))
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        );
        return;
    }
    let target = req.url().to_string();
    if target.split('?').next() == Some(EVENTS_PATH) {
        let page = viewed(&target, shared);
        match ReloadClient::join(shared, page) {
            Some(client) => {
                std::thread::spawn(move || events(req, client));
            }
            None => respond(
                req,
                Response::from_string("too many pages are open for live reload; close some tabs\n")
                    .with_status_code(503)
                    .with_header(header("Retry-After", "10"))
                    .with_header(header("Content-Type", "text/plain; charset=utf-8")),
            ),
        }
        return;
    }
    if target.split('?').next() == Some(RELOAD_JS_PATH) {
        respond(
            req,
            Response::from_string(RELOAD_JS)
                .with_header(header("Content-Type", "text/javascript; charset=utf-8")),
        );
        return;
    }
    let now = take(&target, shared);
    let script = reload_script(&now.tag);
    let html_response = |status: u16, body: Vec<u8>| {
        Response::from_data(body)
            .with_status_code(StatusCode(status))
            .with_header(header("Content-Type", "text/html; charset=utf-8"))
    };
    let shows_errors = match now.found {
        Lookup::File(_) => now.is_html,
        Lookup::Redirect(_) | Lookup::Malformed => false,
        Lookup::NotFound => true,
    };
    if shows_errors && !now.errors.is_empty() {
        respond(req, html_response(500, error_page(&now.errors, &script)));
        return;
    }
    match (now.found, now.file) {
        (Lookup::File(key), Some(bytes)) => {
            let body = if now.is_html {
                inject(&bytes, &script)
            } else {
                bytes.to_vec()
            };
            respond(
                req,
                Response::from_data(body).with_header(header("Content-Type", content_type(&key))),
            );
        }
        (Lookup::Redirect(to), _) => respond(
            req,
            Response::empty(301).with_header(header("Location", &to)),
        ),
        (Lookup::Malformed, _) => respond(
            req,
            Response::from_string("Bad request: the address is not a valid path\n")
                .with_status_code(StatusCode(400))
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        ),
        (_, file) => respond(
            req,
            match file {
                Some(b) => html_response(404, inject(&b, &script)),
                None => html_response(
                    404,
                    b"<!doctype html><title>404</title>Not found\n".to_vec(),
                ),
            },
        ),
    }
}

/// What a request gets, taken from [`Live`] under its lock.
struct Taken {
    found: Lookup,
    /// The file found, else the site's 404 page (if it has one).
    file: Option<Arc<[u8]>>,
    /// An HTML page with the reload script: not the editor, which keeps
    /// working (from the last good build) while the site has errors, so
    /// they can be fixed in it, and loads no reload script (its CSP would
    /// refuse it, and a reload would lose an edit).
    is_html: bool,
    errors: Vec<Diagnostic>,
    tag: String,
}

/// Looks `target` up, first waiting (up to [`MAX_WAIT`]) while its file
/// may change: until the plan of the edit under way is known, and, when
/// the edit changes the file, until it is made (asking for it first).
fn take(target: &str, shared: &Shared) -> Taken {
    let deadline = Instant::now() + MAX_WAIT;
    let mut live = shared.live();
    loop {
        let found = lookup(target, &shared.base_path, &live.files);
        if let Lookup::File(key) = &found
            && live.errors.is_empty()
            && live.now(key) == Now::Wait
        {
            let left = deadline.saturating_duration_since(Instant::now());
            if !left.is_zero() {
                live.want(key);
                live = match shared.changed.wait_timeout(live, left) {
                    Ok((l, _)) => l,
                    Err(e) => e.into_inner().0,
                };
                live.unwant(key);
                continue;
            }
        }
        let (file, is_html) = match &found {
            Lookup::File(key) => (
                live.files.get(key).cloned(),
                content_type(key).starts_with("text/html") && !key.starts_with("admin/"),
            ),
            Lookup::Redirect(_) | Lookup::Malformed => (None, false),
            Lookup::NotFound => (live.files.get("404.html").cloned(), true),
        };
        return Taken {
            found,
            file,
            is_html,
            errors: live.errors.clone(),
            tag: shared.tag(&live),
        };
    }
}

/// The output file of the page a live-reload connection comes from
/// (`/__baocao/events?page=%2Fa%2F` → `a/index.html`).
fn viewed(target: &str, shared: &Shared) -> Option<String> {
    let query = target.split_once('?')?.1;
    let value = query.split('&').find_map(|kv| kv.strip_prefix("page="))?;
    let path = crate::web::percent::component(value)?;
    match lookup(&path, &shared.base_path, &shared.live().files) {
        Lookup::File(key) => Some(key),
        _ => None,
    }
}

/// A server-sent events stream: sends the site's current tag once the
/// page's own file is made (at once, when nothing is being made), and again
/// after each edit once its file is made; a comment every 15 s finds closed
/// connections.
fn events(req: Request, client: ReloadClient) {
    let shared = &*client.shared;
    let page = client.page.as_deref();
    let mut w = req.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\nretry: 300\n\n";
    if w.write_all(head.as_bytes()).is_err() {
        return;
    }
    let mut seen = u64::MAX;
    loop {
        let msg = {
            let due = |l: &Live| l.generation != seen && l.ready(page);
            let live = shared.live();
            let live = match shared
                .changed
                .wait_timeout_while(live, Duration::from_secs(15), |l| !due(l))
            {
                Ok((l, _)) => l,
                Err(e) => e.into_inner().0,
            };
            if due(&live) {
                seen = live.generation;
                format!("data: {}\n\n", shared.tag(&live))
            } else {
                ": ping\n\n".to_string()
            }
        };
        if w.write_all(msg.as_bytes()).and_then(|_| w.flush()).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_are_visible_ascii() {
        assert_eq!(
            header_value("/cải-cách/tin/"),
            "/c%E1%BA%A3i-c%C3%A1ch/tin/"
        );
        assert_eq!(header_value("a\r\nSet-Cookie: x"), "a%0D%0ASet-Cookie: x");
        let h = header("Location", "/cải-cách/");
        assert_eq!(h.value.as_str(), "/c%E1%BA%A3i-c%C3%A1ch/");
    }
    use crate::diagnostics::Pos;

    fn files() -> BTreeMap<String, Vec<u8>> {
        ["index.html", "a/index.html", "style.css", "404.html"]
            .into_iter()
            .map(|k| (k.to_string(), Vec::new()))
            .collect()
    }

    #[test]
    fn looks_up_paths() {
        let f = files();
        let file = |s: &str| Lookup::File(s.into());
        assert_eq!(lookup("/", "/", &f), file("index.html"));
        assert_eq!(lookup("/a/", "/", &f), file("a/index.html"));
        assert_eq!(lookup("/a/?x=1", "/", &f), file("a/index.html"));
        assert_eq!(lookup("/a", "/", &f), Lookup::Redirect("/a/".into()));
        assert_eq!(lookup("/style.css", "/", &f), file("style.css"));
        for bad in [
            "/../Cargo.toml",
            "/%2e%2e/",
            "/%2E%2E/Cargo.toml",
            "/a/../style.css",
            "/./style.css",
            "/a//",
            "//etc/passwd",
            "/a\\..\\x",
            "/%00",
            "*",
            "http://x/",
            "/b/",
        ] {
            assert_eq!(lookup(bad, "/", &f), Lookup::NotFound, "{bad}");
        }
        for malformed in ["/a%2fb", "/%ff", "/%zz", "/50%"] {
            assert_eq!(lookup(malformed, "/", &f), Lookup::Malformed, "{malformed}");
        }
        assert_eq!(lookup("/cchc/a/", "/cchc/", &f), file("a/index.html"));
        assert_eq!(lookup("/", "/cchc/", &f), Lookup::Redirect("/cchc/".into()));
        assert_eq!(lookup("/a/", "/cchc/", &f), Lookup::NotFound);
    }

    #[test]
    fn injects_and_escapes() {
        assert_eq!(
            inject(b"<html><body>x</body></html>", "<s>"),
            b"<html><body>x<s></body></html>"
        );
        assert_eq!(inject(b"x", "<s>"), b"x<s>");
        let page = String::from_utf8(error_page(
            &[
                Diagnostic::new("content/a<b>.yaml", Pos::new(3, 4), "bad <x> & y")
                    .code(crate::diagnostics::Code::UnknownField),
            ],
            "",
        ))
        .unwrap();
        assert!(page.contains("content/a&lt;b&gt;.yaml:3:4"));
        assert!(page.contains("bad &lt;x&gt; &amp; y"));
        assert!(page.contains("E0104"), "{page}");
        assert_eq!(content_type("a/b.CSS"), "text/css; charset=utf-8");
        assert_eq!(content_type("data/x.json"), "application/json");
        assert_eq!(content_type("README"), "application/octet-stream");
    }
}
