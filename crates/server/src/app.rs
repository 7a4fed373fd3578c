//! Building and running the server.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use spool_store::Store;
use tokio::net::TcpListener;

use crate::config::Config;
use crate::state::AppState;

/// A bound, ready-to-run server. Binding happens in [`Application::build`], so a caller
/// that asked for port 0 learns the real port before serving starts.
pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
}

impl Application {
    /// Opens the store (creating and migrating it on first start), builds the router
    /// and binds the listen address.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let store = Store::open_embedded(&config.data_dir, &config.regions.enabled).await?;
        let state = AppState::new(config.clone(), store, metrics_handle()?)?;
        let router =
            crate::routes::router(state.clone()).layer(axum::middleware::from_fn(track_metrics));
        let listener = TcpListener::bind(config.server.listen).await?;
        Ok(Self {
            listener,
            router,
            state,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` resolves, then finishes the requests in flight.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let housekeeping = tokio::spawn(housekeeping(self.state.clone()));
        let result = axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        housekeeping.abort();
        Ok(result?)
    }
}

/// Periodic clean-up: expired sessions, login records past retention, idle rate-limit
/// keys. Each pass is a few idempotent DELETEs, safe to interrupt.
async fn housekeeping(state: AppState) {
    let retention = chrono::Duration::days(i64::from(
        state.config().accounts.login_record_retention_days,
    ));
    let mut tick = tokio::time::interval(Duration::from_secs(15 * 60));
    loop {
        tick.tick().await;
        for region in state.store().regions() {
            if let Some(cell) = state.store().cell(region) {
                match cell.purge_expired(retention).await {
                    Ok(n) if n > 0 => {
                        tracing::info!(%region, rows = n, "purged expired sessions and login records")
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!(%region, error = %e, "housekeeping failed"),
                }
            }
        }
        state.limits().shrink();
    }
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

async fn track_metrics(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let method = req.method().to_string();
    let response = next.run(req).await;
    let labels = [
        ("method", method),
        ("route", route),
        ("status", response.status().as_u16().to_string()),
    ];
    metrics::counter!("spool_http_requests_total", &labels).increment(1);
    metrics::histogram!("spool_http_request_duration_seconds", &labels)
        .record(start.elapsed().as_secs_f64());
    response
}
