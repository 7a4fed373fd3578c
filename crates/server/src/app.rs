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
        let state = open_state(config.clone()).await?;
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
        if self.state.search_needs_rebuild() {
            crate::routes::discover::reindex_all(&self.state).await?;
        }
        let committer = self
            .state
            .search()
            .spawn_committer(Duration::from_millis(250));
        crate::feed::load(&self.state).await?;
        crate::routes::relocate::finish_recovered_moves(&self.state).await?;
        let feed_upkeep = crate::feed::spawn_maintenance(self.state.clone());
        let housekeeping = tokio::spawn(housekeeping(self.state.clone()));
        let workers = crate::worker::spawn(&self.state);
        let result = axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        housekeeping.abort();
        committer.abort();
        feed_upkeep.abort();
        if let Err(e) = crate::feed::save(&self.state).await {
            tracing::warn!(error = %e, "cannot snapshot the feed");
        }
        if let Err(e) = self.state.search().commit() {
            tracing::warn!(error = %e, "cannot commit the search index");
        }
        // A job cut off here is taken up again once its lease runs out.
        for worker in workers {
            worker.abort();
        }
        Ok(result?)
    }
}

/// Opens the store and everything a handler or worker needs, without serving HTTP (for
/// `spool seed` and `spool bench`).
pub async fn open_state(config: Config) -> anyhow::Result<AppState> {
    let store = Store::open_embedded(&config.data_dir, &config.regions.enabled).await?;
    AppState::new(config, store, metrics_handle()?)
}

/// Periodic clean-up: expired sessions, login records past retention, idle rate-limit
/// keys. Each pass is a few idempotent DELETEs, safe to interrupt.
async fn housekeeping(state: AppState) {
    let retention = chrono::Duration::days(i64::from(
        state.config().accounts.login_record_retention_days,
    ));
    let every = Duration::from_secs(state.config().server.housekeeping_secs.max(1));
    let mut tick = tokio::time::interval(every);
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
                if let Err(e) = sweep_uploads(cell).await {
                    tracing::warn!(%region, error = %e, "upload sweep failed");
                }
            }
        }
        state.limits().shrink();
    }
}

/// Removes expired uploads, and upload files that no upload row knows (left by a
/// crash) once they are an hour old.
pub async fn sweep_uploads(cell: &spool_store::Cell) -> anyhow::Result<()> {
    for id in cell.expired_uploads().await? {
        cell.delete_upload(id).await?;
        crate::routes::uploads::remove_file(&cell.upload_path(id)).await;
        tracing::info!(upload = %id, "expired upload removed");
    }
    let mut entries = tokio::fs::read_dir(cell.media_dir().join("uploads")).await?;
    while let Some(entry) = entries.next_entry().await? {
        let name = entry.file_name();
        let Some(id) = name
            .to_str()
            .and_then(|n| n.strip_suffix(".part"))
            .and_then(|n| spool_core::UploadId::parse(n).ok())
        else {
            continue;
        };
        let old = entry
            .metadata()
            .await?
            .modified()?
            .elapsed()
            .is_ok_and(|age| age > Duration::from_secs(3600));
        if old && !cell.upload_exists(id).await? {
            crate::routes::uploads::remove_file(&entry.path()).await;
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
