//! The creator's side of moderation: statements of reasons, the account status page
//! and appeals.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiResult, ErrorBody};
use crate::json::ApiJson;
use crate::services::moderation::{appeals, public, rfc3339};
use crate::services::Actor;
use crate::state::AppState;
use crate::views::{appeal_view, decision_view, AppealView, DecisionView};

#[derive(Serialize, ToSchema)]
pub struct Statements {
    /// Statements of reasons (DSA art. 17) in the EU DSA Transparency Database's fields,
    /// plus `id`, `kind`, `action`, `target`, `policy`, `appeal`; newest first.
    #[schema(value_type = Vec<Object>)]
    items: Vec<serde_json::Value>,
}

/// Every statement of reasons sent to you.
#[utoipa::path(get, path = "/api/v1/me/statements", tag = "moderation", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = Statements), (status = 401, body = ErrorBody)))]
pub async fn my_statements(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Statements>> {
    let items = public::my_statements(&state, &Actor::from(&user)).await?;
    Ok(Json(Statements { items }))
}

#[derive(Serialize, ToSchema)]
pub struct AccountStatus {
    /// `good`, `suspended` or `terminated`.
    state: String,
    suspended_until: Option<String>,
    /// Decisions in force against your content or account within the strike window.
    strikes: i64,
    /// Past this many, moderators are proposed a suspension (never automatic).
    strike_threshold: u32,
    history: Vec<DecisionView>,
    #[schema(value_type = Vec<Object>)]
    statements: Vec<serde_json::Value>,
}

/// Your account's standing: suspensions, strikes, every decision and statement.
#[utoipa::path(get, path = "/api/v1/me/status", tag = "moderation", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = AccountStatus), (status = 401, body = ErrorBody)))]
pub async fn my_status(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<AccountStatus>> {
    let s = public::my_status(&state, &Actor::from(&user)).await?;
    Ok(Json(AccountStatus {
        state: s.state.to_owned(),
        suspended_until: s.suspended_until.map(rfc3339),
        strikes: s.strikes,
        strike_threshold: s.strike_threshold,
        history: s.history.iter().map(decision_view).collect(),
        statements: s.statements,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppealRequest {
    statement_id: String,
    /// Why the decision is wrong (1 to 5000 characters).
    text: String,
}

/// Appeals a decision (within six months of its statement); a different moderator
/// reviews it.
#[utoipa::path(post, path = "/api/v1/appeals", tag = "moderation", security(("bearer" = []), ("cookie" = [])),
    request_body = AppealRequest,
    responses((status = 201, body = AppealView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn appeal(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<AppealRequest>,
) -> ApiResult<(StatusCode, Json<AppealView>)> {
    let a = appeals::file(&state, &Actor::from(&user), &form.statement_id, &form.text).await?;
    Ok((StatusCode::CREATED, Json(appeal_view(&a))))
}
