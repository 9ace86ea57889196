//! `baocao serve`: builds the site into memory, serves it, rebuilds when
//! `content/` or `themes/` change, and reloads open pages.
//!
//! Steps:
//! 1. bind the address (default `127.0.0.1:1111`), so a port in use is
//!    reported before anything else;
//! 2. build into a map of output paths to bytes, which sits behind a lock
//!    with the errors of the last build, if it failed ([`live`]);
//! 3. watch `content/` and `themes/` and rebuild what an edit changes, the
//!    pages open in a browser first ([`watch`]);
//! 4. read and write every connection on one thread ([`net`]: hyper), which
//!    hands each request to a few worker threads ([`http`]; one that stops
//!    is replaced: [`workers`]): only the files of that map, a request
//!    waiting for what the edit under way may change, so it is never
//!    served stale; after a failed build every HTML request gets a page
//!    listing the errors;
//! 5. tell the pages open in a browser to reload ([`reload`]): an open page
//!    holds no thread, and one that stops reading holds up no other.
//!
//! `baocao build` never sees any of this: the script is added to responses
//! here, not to the rendered files.

use std::io::{self, Write};
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::Path;
use std::sync::{Arc, Mutex, mpsc};

use crate::BuildOptions;

mod body;
mod http;
mod live;
mod lookup;
mod net;
mod reload;
mod response;
mod shared;
mod streams;
mod watch;
mod workers;

pub use http::{MAX_WAIT, content_type, error_page, inject};
pub use lookup::{Lookup, lookup};
pub use reload::{EVENTS_PATH, MAX_RELOAD_CLIENTS, RELOAD_JS_PATH};
pub use shared::ServeError;
pub use watch::DEBOUNCE;

use shared::Shared;

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

/// How many threads answer requests (an open connection, a page's
/// live-reload stream among them, holds none).
const WORKERS: usize = 4;

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

    let shared = Arc::new(Shared::new(base_path.clone()));
    let mut session = crate::incremental::Session::new(build_opts.clone());
    watch::rebuild(&shared, &mut session, &[], opts.quiet, None);

    let (jobs, queue) = mpsc::channel();
    net::start(listener, jobs)?;

    let root = crate::output::absolute(&build_opts.site);
    watch::watch(&root, shared.clone(), session, opts.quiet)?;
    reload::start(shared.clone())?;
    let queue = Mutex::new(queue);
    let work = move || http::work(&queue, &shared);
    let workers = workers::Workers::start(WORKERS, "baocao-http", work);
    announce(&root, local, &format!("http://{shown}{base_path}"));
    workers.supervise();
    Ok(())
}

/// Says where the site is served (the first line on stdout, which tests
/// and scripts read).
fn announce(root: &Path, local: SocketAddr, url: &str) {
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
}
