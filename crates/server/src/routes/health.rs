use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult, ErrorCode};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `ok` when every region cell answers.
    status: String,
    /// The region cells this server runs.
    regions: Vec<String>,
    /// With the NATS bus: how far this node is with the others' news (lag = `last -
    /// applied` per stream).
    #[serde(skip_serializing_if = "Option::is_none")]
    bus: Option<crate::bus::BusProgress>,
}

/// Liveness and readiness: answers 200 once every region cell's database answers.
#[utoipa::path(get, path = "/healthz", tag = "operations",
    responses((status = 200, body = Health), (status = 500, body = crate::error::ErrorBody)))]
pub async fn healthz(State(state): State<AppState>) -> ApiResult<Json<Health>> {
    let mut regions = Vec::new();
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            cell.ping().await.map_err(|e| {
                ApiError::new(
                    ErrorCode::Internal,
                    format!("region {region} does not answer: {e}"),
                )
            })?;
        }
        regions.push(region.to_string());
    }
    let bus =
        state.bus().progress(&regions).await.map_err(|e| {
            ApiError::new(ErrorCode::Internal, format!("the bus does not answer: {e}"))
        })?;
    Ok(Json(Health {
        status: "ok".into(),
        regions,
        bus,
    }))
}

/// Prometheus metrics in the text exposition format. With `server.metrics_listen` set,
/// they are served there and this route is absent; with `server.metrics_token_file`, a
/// bearer token is required.
#[utoipa::path(get, path = "/metrics", tag = "operations",
    responses((status = 200, description = "Prometheus text format", content_type = "text/plain"),
        (status = 401, body = crate::error::ErrorBody, description = "`unauthenticated`: the metrics token is configured and was not sent"),
        (status = 404, body = crate::error::ErrorBody, description = "Metrics are served on their own address (`server.metrics_listen`)")))]
pub async fn metrics(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    if state.config().server.metrics_listen.is_some() {
        return Err(ApiError::new(ErrorCode::NotFound, "no such route"));
    }
    render_metrics(&state, &headers).await
}

/// `/metrics` on its own listener (`server.metrics_listen`).
pub async fn metrics_listener(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    render_metrics(&state, &headers).await
}

async fn render_metrics(state: &AppState, headers: &HeaderMap) -> ApiResult<Response> {
    let file = &state.config().server.metrics_token_file;
    if !file.as_os_str().is_empty() {
        // Read on every scrape, so the token can be rotated without a restart.
        let token = tokio::fs::read_to_string(file)
            .await
            .map_err(|e| ApiError::internal(format!("metrics token file: {e}")))?;
        let token = token.trim();
        if token.is_empty() {
            return Err(ApiError::internal("the metrics token file is empty"));
        }
        let sent = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .unwrap_or_default();
        if !crate::auth::constant_time_eq(sent.as_bytes(), token.as_bytes()) {
            let mut response = ApiError::new(
                ErrorCode::Unauthenticated,
                "send the metrics token as Authorization: Bearer <token>",
            )
            .into_response();
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
            return Ok(response);
        }
    }
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics().render(),
    )
        .into_response())
}

/// This OpenAPI document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "operations",
    responses((status = 200, description = "OpenAPI 3.1 document", content_type = "application/json")))]
pub async fn openapi_json(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        state.openapi().to_owned(),
    )
}
