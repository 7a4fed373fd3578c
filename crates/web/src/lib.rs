//! The web client: pages and assets served by `spool serve` at `/`.

use axum::Router;

/// Routes of the web client (pages and assets). Merged into the API router by
/// `spool-server`; must not claim `/api/`, `/media/`, `/healthz` or `/metrics`.
pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
}
