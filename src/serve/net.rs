//! The connections: one thread reads and writes every open connection
//! (HTTP/1.1 by hyper on a single-threaded tokio runtime), so an open
//! connection, a page's live-reload stream among them, costs no thread.
//! Nothing is made here: each request is handed to the workers
//! ([`super::http::work`]) and its [`Reply`] sent when they give it back.
//!
//! Steps, for each connection:
//! 1. accepted, it is read and written on this thread alone, a write to a
//!    page that does not read waiting without holding up any other;
//! 2. each request is sent to the workers as a [`Job`]; a worker that
//!    panicked answering it gives nothing back, and the request is
//!    answered 500 Internal Server Error;
//! 3. it ends when the browser closes it, when hyper finds it broken
//!    (malformed requests are answered 400 by hyper first), or when live
//!    reload hangs up on it ([`Hangup`]).

use std::convert::Infallible;
use std::future::{Future, poll_fn};
use std::pin::pin;
use std::sync::mpsc::Sender;
use std::task::Poll;
use std::time::Duration;

use hyper::body::Incoming;
use hyper::header::{HeaderName, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

use super::body::{Body, Hangup};
use super::http::{Asked, Job};
use super::response::{Reply, text};
use super::shared::ServeError;

/// How long a connection may take to send a request's headers.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// [`HEADER_READ_TIMEOUT`], or in debug builds `BAOCAO_TEST_HEADER_TIMEOUT_MS`
/// (tests/serve.rs waits for a silent connection to be closed).
fn header_read_timeout() -> Duration {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("BAOCAO_TEST_HEADER_TIMEOUT_MS")
        .ok()
        .and_then(|n| n.parse::<u64>().ok())
    {
        return Duration::from_millis(ms);
    }
    HEADER_READ_TIMEOUT
}

/// Starts the thread that accepts and serves every connection, handing
/// requests to the workers through `jobs`.
pub(super) fn start(listener: std::net::TcpListener, jobs: Sender<Job>) -> Result<(), ServeError> {
    let failed = |e: std::io::Error| ServeError::Other(format!("cannot start the server: {e}"));
    listener.set_nonblocking(true).map_err(failed)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
        .map_err(failed)?;
    std::thread::Builder::new()
        .name("baocao-http-io".into())
        .spawn(move || runtime.block_on(accept(listener, jobs)))
        .map_err(failed)?;
    Ok(())
}

/// Accepts connections for ever.
async fn accept(listener: std::net::TcpListener, jobs: Sender<Job>) {
    let listener = match TcpListener::from_std(listener) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("serve: cannot listen ({e})");
            std::process::exit(1);
        }
    };
    loop {
        match listener.accept().await {
            Ok((socket, _)) => {
                tokio::spawn(connection(socket, jobs.clone()));
            }
            // Out of file descriptors, say: let connections close.
            Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
        }
    }
}

/// Serves one connection until it ends or is hung up on.
async fn connection(socket: TcpStream, jobs: Sender<Job>) {
    let _ = socket.set_nodelay(true);
    let hangup = Hangup::default();
    let on = hangup.clone();
    let service = service_fn(move |req| ask(req, jobs.clone(), on.clone()));
    let mut served = pin!(
        http1::Builder::new()
            // `Content-Type`, as browsers and tests have always read it.
            .title_case_headers(true)
            // A connection that sends no request within the time is
            // closed: it would hold a file descriptor for ever.
            .timer(TokioTimer::new())
            .header_read_timeout(header_read_timeout())
            .serve_connection(TokioIo::new(socket), service)
    );
    let mut heard = pin!(hangup.heard());
    poll_fn(|cx| {
        if served.as_mut().poll(cx).is_ready() || heard.as_mut().poll(cx).is_ready() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
}

/// Hands a request to the workers and waits for their reply.
async fn ask(
    req: Request<Incoming>,
    jobs: Sender<Job>,
    hangup: Hangup,
) -> Result<Response<Body>, Infallible> {
    let (reply, answer) = oneshot::channel();
    let job = Job {
        asked: Asked {
            method: req.method().as_str().to_string(),
            target: req.uri().to_string(),
            hangup,
        },
        reply,
    };
    let reply = match jobs.send(job) {
        Ok(()) => answer.await.ok(),
        Err(_) => None,
    };
    // No reply: the worker panicked (a bug), and said so.
    let reply = reply.unwrap_or_else(|| text(500, "Internal server error (a bug in baocao)\n"));
    Ok(response(reply))
}

/// A [`Reply`] as hyper sends it; every response is `no-cache`.
fn response(reply: Reply) -> Response<Body> {
    let mut resp = Response::new(reply.body);
    *resp.status_mut() = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::OK);
    let headers = resp.headers_mut();
    for (name, value) in reply.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            headers.append(name, value);
        }
    }
    headers.insert(
        hyper::header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache"),
    );
    resp
}
