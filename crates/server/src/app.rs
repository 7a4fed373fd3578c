//! Building and running the server.

use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use spool_store::Store;
use tokio::net::TcpListener;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::config::Config;
use crate::error::{ApiError, ErrorCode};
use crate::state::AppState;

/// A bound, ready-to-run server. Binding happens in [`Application::build`], so a caller
/// that asked for port 0 learns the real port before serving starts.
pub struct Application {
    listener: TcpListener,
    router: Router,
    /// `/metrics` on its own address (`server.metrics_listen`).
    metrics: Option<(TcpListener, Router)>,
    state: AppState,
}

impl Application {
    /// Opens the store (creating and migrating it on first start), builds the router
    /// and binds the listen address.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let token_file = &config.server.metrics_token_file;
        if !token_file.as_os_str().is_empty() {
            let token = std::fs::read_to_string(token_file).map_err(|e| {
                anyhow::anyhow!("server.metrics_token_file {}: {e}", token_file.display())
            })?;
            if token.trim().is_empty() {
                anyhow::bail!(
                    "server.metrics_token_file {} is empty",
                    token_file.display()
                );
            }
        }
        let state = open_state(config.clone()).await?;
        let router = if config.server.role.serves_api() {
            crate::routes::router(state.clone())
        } else {
            // A worker answers no public requests: health and metrics only.
            Router::new()
                .route(
                    "/healthz",
                    axum::routing::get(crate::routes::health::healthz),
                )
                .route(
                    "/metrics",
                    axum::routing::get(crate::routes::health::metrics),
                )
                .fallback(|| async {
                    ApiError::new(ErrorCode::NotFound, "a worker node serves no API")
                })
                .with_state(state.clone())
        }
        .layer(axum::middleware::from_fn(track_metrics))
        .layer(axum::middleware::from_fn(json_errors));
        let router = with_hsts(router, state.secure_cookies());
        let listener = TcpListener::bind(config.server.listen).await?;
        let metrics = match config.server.metrics_listen {
            Some(addr) => {
                let router = Router::new()
                    .route(
                        "/metrics",
                        axum::routing::get(crate::routes::health::metrics_listener),
                    )
                    .fallback(|| async { ApiError::new(ErrorCode::NotFound, "no such route") })
                    .with_state(state.clone())
                    .layer(axum::middleware::from_fn(json_errors));
                Some((TcpListener::bind(addr).await?, router))
            }
            None => None,
        };
        Ok(Self {
            listener,
            router,
            metrics,
            state,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Where `/metrics` is served when it has an address of its own.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics
            .as_ref()
            .and_then(|(listener, _)| listener.local_addr().ok())
    }

    /// Serves until `shutdown` resolves, then finishes the requests in flight.
    ///
    /// An API node subscribes to the bus first, then rebuilds from the store (search
    /// index, feed replay), then applies what it heard meanwhile: nothing published
    /// between the two is missed.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let serves_api = self.state.serves_api();
        let mut subscriptions = if serves_api {
            crate::bus::Subscriptions::subscribe(&self.state).await?
        } else {
            crate::bus::Subscriptions::none()
        };
        if serves_api {
            if self.state.search_needs_rebuild() {
                crate::services::catalog::reindex_all(&self.state).await?;
            }
            let replayed = crate::feed::load(&self.state).await?;
            subscriptions.start(&self.state, replayed);
        }
        crate::services::relocation::finish_recovered_moves(&self.state).await?;
        // Deliveries a crash cut off between a change and its catalog hook.
        let reconciling = {
            let state = self.state.clone();
            tokio::spawn(async move { crate::federation::reconcile(&state).await })
        };
        let workers = crate::workers::start(&self.state);
        let metrics = self.metrics.map(|(listener, router)| {
            tokio::spawn(async move {
                if let Err(e) = axum::serve(listener, router).await {
                    tracing::error!(error = %e, "the metrics listener stopped");
                }
            })
        });
        let shortcut = serves_api.then(|| crate::serve::Shortcut::new(self.state.clone()));
        let result = crate::serve::serve(self.listener, self.router, shortcut, shutdown).await;
        // A job cut off here is taken up again once its lease runs out.
        reconciling.abort();
        workers.stop();
        subscriptions.stop();
        if let Some(metrics) = metrics {
            metrics.abort();
        }
        if serves_api {
            if let Err(e) = crate::feed::save(&self.state).await {
                tracing::warn!(error = %e, "cannot snapshot the feed");
            }
            if let Err(e) = self.state.search().commit() {
                tracing::warn!(error = %e, "cannot commit the search index");
            }
        }
        self.state.bus().flush().await;
        Ok(result?)
    }
}

/// Opens the store and everything a handler or worker needs, without serving HTTP (for
/// `spool seed` and `spool bench`).
pub async fn open_state(config: Config) -> anyhow::Result<AppState> {
    let store = Store::open(
        &config.data_dir,
        &config.regions.enabled,
        &config.store_engine()?,
    )
    .await?;
    let backends = crate::state::Backends::open(&config, &store).await?;
    let state = AppState::new(config, store, metrics_handle()?, backends)?;
    state.start_federation().await?;
    Ok(state)
}

/// One pass of clean-up: expired sessions, login records past retention, expired
/// uploads. A few idempotent DELETEs, safe to interrupt; run by the node that runs the
/// deployment's upkeep (role `worker` or `all`).
pub(crate) async fn housekeeping(state: &AppState) -> anyhow::Result<()> {
    let retention = chrono::Duration::days(i64::from(
        state.config().accounts.login_record_retention_days,
    ));
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            match cell.purge_expired(retention).await {
                Ok(n) if n > 0 => {
                    tracing::info!(%region, rows = n, "purged expired sessions, login records and federation deliveries")
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(%region, error = %e, "housekeeping failed"),
            }
            if let Err(e) = sweep_uploads(state, cell).await {
                tracing::warn!(%region, error = %e, "upload sweep failed");
            }
        }
    }
    Ok(())
}

/// Removes expired uploads, and upload blobs that no upload row knows (left by a
/// crash) once they are an hour old.
pub async fn sweep_uploads(state: &AppState, cell: &spool_store::Cell) -> anyhow::Result<()> {
    for id in cell.expired_uploads().await? {
        cell.delete_upload(id).await?;
        state.media().remove_upload(cell, id).await;
        tracing::info!(upload = %id, "expired upload removed");
    }
    let blobs = state.media().blobs(cell)?;
    for entry in blobs.list(&spool_blob::keys::uploads()).await? {
        let Some(id) = spool_blob::keys::upload_of(&entry.key) else {
            continue;
        };
        let old = entry
            .meta
            .modified
            .elapsed()
            .is_ok_and(|age| age > Duration::from_secs(3600));
        if old && !cell.upload_exists(id).await? {
            state.media().remove_upload(cell, id).await;
        }
    }
    Ok(())
}

/// The process-wide Prometheus recorder (installed once, shared by every
/// `Application` in the process).
fn metrics_handle() -> anyhow::Result<PrometheusHandle> {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    if let Some(h) = HANDLE.get() {
        return Ok(h.clone());
    }
    let recorder = PrometheusBuilder::new()
        .set_buckets(&[
            0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
        ])?
        .build_recorder();
    let handle = recorder.handle();
    if metrics::set_global_recorder(recorder).is_ok() {
        let _ = HANDLE.set(handle);
    }
    HANDLE
        .get()
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("another metrics recorder is installed"))
}

/// The `Strict-Transport-Security` value of every answer when the public URL is HTTPS.
pub(crate) const HSTS: &str = "max-age=31536000";

/// `Strict-Transport-Security` on every answer when the public URL is HTTPS.
fn with_hsts(router: Router, https: bool) -> Router {
    if !https {
        return router;
    }
    router.layer(SetResponseHeaderLayer::overriding(
        header::STRICT_TRANSPORT_SECURITY,
        HeaderValue::from_static(HSTS),
    ))
}

/// Keeps every error answer in the API's JSON shape: a path that is not UTF-8 once
/// percent-decoded is refused before routing (axum would answer plain text), and any
/// other plain-text error (an extractor's rejection) is rewritten as
/// `{"error": {"code", "message"}}` with the same status.
async fn json_errors(req: Request, next: Next) -> Response {
    // A path without escapes is UTF-8 already (a `&str`): most paths, every media path.
    let path = req.uri().path();
    if path.contains('%') && std::str::from_utf8(&crate::auth::percent_decode(path, false)).is_err()
    {
        return ApiError::new(
            ErrorCode::BadRequest,
            "the request path is not valid UTF-8 once percent-decoded",
        )
        .into_response();
    }
    let response = next.run(req).await;
    let status = response.status();
    let plain_text = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("text/plain"));
    if !plain_text || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let code = match status.as_u16() {
        404 => ErrorCode::NotFound,
        405 => ErrorCode::MethodNotAllowed,
        408 => ErrorCode::Timeout,
        413 => ErrorCode::BodyTooLarge,
        415 => ErrorCode::UnsupportedMediaType,
        422 => ErrorCode::InvalidBody,
        500..=599 => ErrorCode::Internal,
        _ => ErrorCode::BadRequest,
    };
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
    let message = match String::from_utf8_lossy(&text).trim() {
        _ if code == ErrorCode::Internal => "something went wrong on our side".to_owned(),
        "" => status
            .canonical_reason()
            .unwrap_or("bad request")
            .to_owned(),
        m => m.to_owned(),
    };
    let mut out = ApiError {
        status_override: Some(status),
        ..ApiError::new(code, message)
    }
    .into_response();
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            out.headers_mut().append(name.clone(), value.clone());
        }
    }
    out
}

async fn track_metrics(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let route = req.extensions().get::<MatchedPath>().cloned();
    let method = req.method().clone();
    let response = next.run(req).await;
    let route = route.as_ref().map_or("unmatched", MatchedPath::as_str);
    let (requests, duration) = request_metrics(route, &method, response.status());
    requests.increment(1);
    duration.record(start.elapsed().as_secs_f64());
    response
}

/// The request counter and duration histogram of one route, method and status.
type RequestMetrics = (metrics::Counter, metrics::Histogram);

/// The metrics of `route`, `method` and `status`, registered on first use and kept:
/// labels made of new strings and looked up in the registry on every request were
/// most of what counting a media request cost.
pub(crate) fn request_metrics(route: &str, method: &Method, status: StatusCode) -> RequestMetrics {
    type Made = HashMap<String, HashMap<(Method, StatusCode), RequestMetrics>>;
    static MADE: OnceLock<parking_lot::RwLock<Made>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    let known = made
        .read()
        .get(route)
        .and_then(|by| by.get(&(method.clone(), status)))
        .cloned();
    if let Some(known) = known {
        return known;
    }
    let labels = [
        ("method", method.to_string()),
        ("route", route.to_owned()),
        ("status", status.as_u16().to_string()),
    ];
    let new = (
        metrics::counter!("spool_http_requests_total", &labels),
        metrics::histogram!("spool_http_request_duration_seconds", &labels),
    );
    made.write()
        .entry(route.to_owned())
        .or_default()
        .insert((method.clone(), status), new.clone());
    new
}
