//! The HTTP connection loop: hyper over TCP, with one shortcut for media files.
//!
//! `axum::serve` would do, but it copies every response body through user space into
//! the socket. Media segments are immutable files, served hot from the page cache by
//! nginx with `sendfile(2)`; to come close, a connection here lets a handler *offer* the
//! file behind a body it answers with ([`ZeroCopy::offer`]). The body itself stays the
//! real bytes (from the memory cache): when hyper writes a slice that lies inside the
//! offered bytes, the connection sends that stretch of the file with `sendfile` instead
//! of copying the slice, which is the same content because the bytes were read from
//! that very file (same length and modification time) and media files never change
//! once written. Anything else, or any doubt (another body, a short file, an error),
//! is written normally; so the offer can only ever save a copy, never change a byte.

use std::future::Future;
use std::io::{self, IoSlice};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{ready, Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::ConnectInfo;
use axum::http::{Method, Request};
use axum::response::Response;
use axum::Router;
use futures_util::FutureExt;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, Interest, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tower::ServiceExt;

/// Serves `router` on `listener` until `shutdown` resolves, then lets the requests in
/// flight finish. Every request carries `ConnectInfo<SocketAddr>` (as with
/// `into_make_service_with_connect_info`) and its connection's [`ZeroCopy`].
///
/// With `shortcut`, the video media routes (`/media/v/...`, `/media/s/...`, GET) are
/// answered ahead of the router by the same handlers (see [`Shortcut`]).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shortcut: Option<Shortcut>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (tcp, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                // A client gone before it was accepted: nothing to wait for.
                Err(e) if matches!(
                    e.kind(),
                    io::ErrorKind::ConnectionRefused
                        | io::ErrorKind::ConnectionAborted
                        | io::ErrorKind::ConnectionReset
                ) => continue,
                Err(e) => {
                    // Out of file descriptors and the like: wait instead of spinning
                    // (what axum::serve does).
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Answers are whole responses: no reason to wait for the peer's ACK before
        // sending the last bit of one.
        let _ = tcp.set_nodelay(true);
        let zero_copy = ZeroCopy::default();
        let conn = Conn {
            tcp,
            offer: zero_copy.clone(),
        };
        let router = router.clone();
        let shortcut = shortcut.clone();
        let service = tower::service_fn(move |req: Request<hyper::body::Incoming>| {
            let router = router.clone();
            let shortcut = shortcut.clone();
            let zero_copy = zero_copy.clone();
            async move {
                let mut req = req.map(Body::new);
                if let Some(shortcut) = shortcut.filter(|_| req.method() == Method::GET) {
                    if let Some(response) = shortcut.answer(&mut req, &zero_copy).await {
                        return Ok(response);
                    }
                }
                req.extensions_mut().insert(ConnectInfo(remote));
                req.extensions_mut().insert(zero_copy);
                router.oneshot(req).await
            }
        });
        let connection = Builder::new(TokioExecutor::new())
            .serve_connection_with_upgrades(TokioIo::new(conn), TowerToHyperService::new(service))
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::trace!(error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// The video media routes, answered without the router's layers.
///
/// Serving a small segment or poster is a few microseconds of work; routing over all
/// the API's routes, the trace span, the panic catcher and the two middleware layers
/// (`app.rs`) cost as much again, which kept small files well below nginx's rate. A
/// request this takes is answered by the same handler the router would call, counted
/// in the same metrics under the same route label, and gets the same HSTS header; what
/// it skips is the per-request trace span (these requests are logged by no one at the
/// default level anyway) and the JSON error rewriting (these handlers answer JSON
/// errors themselves). A handler's panic is still answered with a 500.
#[derive(Clone)]
pub struct Shortcut {
    state: crate::state::AppState,
    hsts: bool,
}

impl Shortcut {
    pub fn new(state: crate::state::AppState) -> Self {
        let hsts = state.secure_cookies();
        Self { state, hsts }
    }

    /// The answer to `req` when it is a video media request, else `None` (and `req`
    /// is untouched).
    async fn answer(&self, req: &mut Request<Body>, zero_copy: &ZeroCopy) -> Option<Response> {
        let uri = req.uri().clone(); // shares the path's bytes
        let direct = crate::routes::media::Direct::parse(uri.path())?;
        let start = std::time::Instant::now();
        let http1 = matches!(
            req.version(),
            axum::http::Version::HTTP_10 | axum::http::Version::HTTP_11
        );
        let route = direct.route;
        let headers = std::mem::take(req.headers_mut());
        let answer = direct.answer(
            self.state.clone(),
            headers,
            http1.then(|| zero_copy.clone()),
        );
        let mut response = match std::panic::AssertUnwindSafe(answer).catch_unwind().await {
            Ok(response) => response,
            Err(_) => axum::response::IntoResponse::into_response(
                crate::error::ApiError::internal("a handler panicked"),
            ),
        };
        if self.hsts {
            response.headers_mut().insert(
                axum::http::header::STRICT_TRANSPORT_SECURITY,
                axum::http::HeaderValue::from_static(crate::app::HSTS),
            );
        }
        let (requests, duration) =
            crate::app::request_metrics(route, &Method::GET, response.status());
        requests.increment(1);
        duration.record(start.elapsed().as_secs_f64());
        Some(response)
    }
}

/// A media file kept open to be sent from.
pub type OpenFile = Arc<std::fs::File>;

/// A connection's offer of a file behind the bytes of a response body.
#[derive(Clone, Default)]
pub struct ZeroCopy(Arc<Mutex<Option<Offer>>>);

struct Offer {
    /// The body's bytes. Holding them keeps their memory from being reused, so an
    /// address inside it means these very bytes.
    bytes: Bytes,
    file: OpenFile,
    /// Where `bytes` start in `file`.
    at: u64,
}

impl ZeroCopy {
    /// From now on, slices of `bytes` written to this connection go out as the same
    /// stretch of `file`, which holds exactly `bytes` from offset `at`. The offer ends
    /// when its last byte is sent, or with the next offer.
    pub fn offer(&self, bytes: Bytes, file: OpenFile, at: u64) {
        *self.lock() = Some(Offer { bytes, file, at });
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Offer>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The extractor of a media handler: its connection's [`ZeroCopy`] when the answer's
/// body will be written to it (an HTTP/1 request other than HEAD).
pub struct Sendfile(pub Option<ZeroCopy>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Sendfile {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        let http1 = matches!(
            parts.version,
            axum::http::Version::HTTP_10 | axum::http::Version::HTTP_11
        );
        Ok(Self(
            parts
                .extensions
                .get::<ZeroCopy>()
                .filter(|_| http1 && parts.method != axum::http::Method::HEAD)
                .cloned(),
        ))
    }
}

struct Conn {
    tcp: TcpStream,
    offer: ZeroCopy,
}

/// Where `slice` lies in the offered bytes, if it lies entirely inside them.
fn offset_in(bytes: &Bytes, slice: &[u8]) -> Option<u64> {
    let base = bytes.as_ptr() as usize;
    let at = slice.as_ptr() as usize;
    let offset = at.checked_sub(base)?;
    (!slice.is_empty() && offset + slice.len() <= bytes.len()).then_some(offset as u64)
}

impl Conn {
    /// Writes `bufs`, sending what lies in the offered bytes from the file.
    fn poll_write_bufs(
        &mut self,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let mut slot = self.offer.lock();
        let Some(offer) = slot.as_ref() else {
            drop(slot);
            return Pin::new(&mut self.tcp).poll_write_vectored(cx, bufs);
        };
        match bufs
            .iter()
            .position(|b| offset_in(&offer.bytes, b).is_some())
        {
            None => {
                drop(slot);
                Pin::new(&mut self.tcp).poll_write_vectored(cx, bufs)
            }
            Some(0) => {
                let offset = offset_in(&offer.bytes, &bufs[0]).unwrap_or_default();
                let count = bufs[0].len();
                let sent = ready!(poll_io(&self.tcp, cx, || {
                    let mut from = offer.at + offset;
                    rustix::fs::sendfile(&self.tcp, &*offer.file, Some(&mut from), count)
                        .map_err(io::Error::from)
                }));
                match sent {
                    Ok(n) if n > 0 => {
                        if offset + n as u64 == offer.bytes.len() as u64 {
                            *slot = None; // all sent: let the file go
                        }
                        Poll::Ready(Ok(n))
                    }
                    // The file ended early or cannot be sent from (it cannot change, but
                    // then the bytes are right): write them, and send no more from it.
                    _ => {
                        *slot = None;
                        drop(slot);
                        Pin::new(&mut self.tcp).poll_write_vectored(cx, &bufs[..1])
                    }
                }
            }
            // The head before the file's bytes: written with MSG_MORE, so it leaves
            // in the same packet as the start of the file.
            Some(i) => {
                drop(slot);
                if i == 1 {
                    let head: &[u8] = &bufs[0];
                    return poll_io(&self.tcp, cx, || {
                        rustix::net::send(&self.tcp, head, rustix::net::SendFlags::MORE)
                            .map_err(io::Error::from)
                    });
                }
                Pin::new(&mut self.tcp).poll_write_vectored(cx, &bufs[..i])
            }
        }
    }
}

/// Runs a non-blocking write on the socket once it is writable.
fn poll_io(
    tcp: &TcpStream,
    cx: &mut Context<'_>,
    mut f: impl FnMut() -> io::Result<usize>,
) -> Poll<io::Result<usize>> {
    loop {
        ready!(tcp.poll_write_ready(cx))?;
        match tcp.try_io(Interest::WRITABLE, &mut f) {
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            other => return Poll::Ready(other),
        }
    }
}

impl AsyncRead for Conn {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_read(cx, buf)
    }
}

impl AsyncWrite for Conn {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.poll_write_bufs(cx, &[IoSlice::new(buf)])
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        self.poll_write_bufs(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_slices_inside_the_offered_bytes_are_sent_from_the_file() {
        let bytes = Bytes::from(vec![7u8; 100]);
        assert_eq!(offset_in(&bytes, &bytes), Some(0));
        assert_eq!(offset_in(&bytes, &bytes[40..60]), Some(40));
        assert_eq!(offset_in(&bytes, &bytes[99..]), Some(99));
        assert_eq!(offset_in(&bytes, &bytes[100..]), None, "empty");
        let copy = bytes.to_vec();
        assert_eq!(offset_in(&bytes, &copy), None, "same content elsewhere");
        let other = Bytes::from(vec![7u8; 300]);
        assert_eq!(offset_in(&bytes, &other[..]), None);
        // A slice of a shared copy is inside; one running past the end is not.
        let shared = bytes.slice(10..);
        assert_eq!(offset_in(&bytes, &shared[..5]), Some(10));
        assert_eq!(offset_in(&shared, &bytes[..20]), None);
    }
}
