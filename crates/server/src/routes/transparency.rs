//! The public transparency report and decision log.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{ApiResult, ErrorBody};
use crate::services::moderation::{public, rfc3339};
use crate::state::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct ReportQuery {
    /// A region (default: all).
    region: Option<String>,
    /// First day, YYYY-MM-DD (default: 29 days before `to`).
    from: Option<String>,
    /// Last day, YYYY-MM-DD (default: today).
    to: Option<String>,
    /// `json` (default) or `csv` (one `section,key,value` row per figure).
    format: Option<String>,
}

/// The transparency report: notices, decisions, automated means, time to decision
/// (median, p90), deadline misses, appeals, reversals, suspensions, legal orders,
/// screening precision.
#[utoipa::path(get, path = "/api/v1/transparency/report", tag = "transparency",
    params(ReportQuery),
    responses((status = 200, body = Object), (status = 422, body = ErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    Query(q): Query<ReportQuery>,
) -> ApiResult<Response> {
    let r = public::report(&state, q.region.as_deref(), q.from.as_deref(), q.to.as_deref()).await?;
    match q.format.as_deref() {
        Some("csv") => Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"spool-transparency-{}-{}-{}.csv\"", r.region, r.from, r.to),
                ),
            ],
            spool_moderation::transparency::csv(&r),
        )
            .into_response()),
        None | Some("json") => Ok(Json(r).into_response()),
        Some(_) => Err(crate::error::ApiError::new(
            crate::error::ErrorCode::InvalidField("invalid_format"),
            "format is json or csv",
        )
        .field("format")),
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct DecisionsQuery {
    region: Option<String>,
    /// At most this many (default 50, at most 200).
    limit: Option<i64>,
    /// The `id` of the last entry of the previous page.
    before: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct LogEntry {
    id: String,
    region: String,
    /// `decision` or `appeal`.
    kind: String,
    decided_at: String,
    action: String,
    category: String,
    ground: String,
    content_type: String,
    automated_detection: bool,
    automated_decision: bool,
    territorial_scope: Vec<String>,
    source_type: String,
    reversed: bool,
}

#[derive(Serialize, ToSchema)]
pub struct DecisionLog {
    items: Vec<LogEntry>,
    /// Pass as `before` for the next page.
    next: Option<String>,
}

/// The public log of decisions, newest first: no reporter's, creator's or moderator's
/// data.
#[utoipa::path(get, path = "/api/v1/transparency/decisions", tag = "transparency",
    params(DecisionsQuery),
    responses((status = 200, body = DecisionLog), (status = 422, body = ErrorBody)))]
pub async fn decisions(
    State(state): State<AppState>,
    Query(q): Query<DecisionsQuery>,
) -> ApiResult<Json<DecisionLog>> {
    let limit = q.limit.unwrap_or(50).clamp(1, 200);
    let rows = public::decisions(&state, q.region.as_deref(), limit, q.before.as_deref()).await?;
    let next = (rows.len() as i64 == limit)
        .then(|| rows.last().map(|(_, r)| r.id.to_string()))
        .flatten();
    Ok(Json(DecisionLog {
        items: rows
            .into_iter()
            .map(|(region, r)| LogEntry {
                id: r.id.to_string(),
                region: region.to_string(),
                kind: r.kind,
                decided_at: rfc3339(r.created_ms),
                action: r.action,
                category: r.category,
                ground: r.ground,
                content_type: r.content_type,
                automated_detection: r.automated_detection,
                automated_decision: r.automated_decision,
                territorial_scope: r.scope,
                source_type: r.source,
                reversed: r.reversed,
            })
            .collect(),
        next,
    }))
}
