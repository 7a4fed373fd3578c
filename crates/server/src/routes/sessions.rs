use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use spool_core::{HandleKey, Password};
use spool_store::LoginRecord;
use utoipa::ToSchema;

use crate::auth::{self, ClientIp, CurrentUser};
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::state::AppState;
use crate::views::{own_account, AccountView};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    handle: String,
    password: String,
}

/// A session. `token` is only present in the answer to a log-in.
#[derive(Serialize, ToSchema)]
pub struct SessionView {
    /// Bearer token for API clients (the web client uses the cookie instead).
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<String>,
    /// Send as `X-CSRF-Token` on state-changing requests made with the cookie.
    csrf_token: String,
    expires_at: DateTime<Utc>,
    account: AccountView,
}

fn user_agent(headers: &axum::http::HeaderMap) -> String {
    headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.chars().take(200).collect())
        .unwrap_or_default()
}

/// Log in with handle and password: answers a bearer token and sets the session cookie.
#[utoipa::path(post, path = "/api/v1/sessions", tag = "sessions", request_body = LoginRequest,
    responses(
        (status = 201, body = SessionView, description = "Logged in; also sets the HttpOnly session cookie"),
        (status = 401, body = ErrorBody, description = "`invalid_credentials`: unknown handle or wrong password"),
        (status = 400, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Too many attempts for this handle or address; see Retry-After"),
    ))]
pub async fn login(
    State(state): State<AppState>,
    ip: ClientIp,
    headers: axum::http::HeaderMap,
    ApiJson(form): ApiJson<LoginRequest>,
) -> ApiResult<Response> {
    let key = HandleKey::of(&form.handle);
    state.limits().login(ip.0, key.as_str())?;
    let wrong = || ApiError::new(ErrorCode::InvalidCredentials, "wrong handle or password");
    let entry = state.store().directory().lookup(&key).await?;
    let cell = entry.as_ref().and_then(|e| state.store().cell(&e.region));
    let stored = match (&entry, cell) {
        (Some(e), Some(cell)) => cell.password_hash(e.account_id).await?,
        _ => None,
    };
    // Even for unknown handles and impossible passwords, spend the time of one
    // verification so answers do not reveal which handles exist.
    let matched = match Password::parse(&form.password) {
        Ok(password) => state.passwords().verify(&password, stored).await?,
        Err(_) => {
            let filler = Password::parse("filler-password").map_err(ApiError::internal)?;
            state.passwords().verify(&filler, None).await?;
            false
        }
    };
    let (Some(entry), Some(cell)) = (entry, cell) else {
        return Err(wrong());
    };
    let record = LoginRecord {
        at: Utc::now(),
        success: matched,
        ip_prefix: ip.truncated(),
        user_agent: user_agent(&headers),
    };
    cell.record_login(entry.account_id, &record).await?;
    if !matched {
        tracing::info!(account = %entry.account_id, "failed login");
        return Err(wrong());
    }
    let token = auth::new_session_token(&entry.region);
    let csrf_token = auth::new_csrf_token();
    let lifetime = chrono::Duration::days(i64::from(state.config().accounts.session_days));
    let expires_at = Utc::now() + lifetime;
    cell.create_session(
        &auth::token_hash(&token),
        entry.account_id,
        &csrf_token,
        expires_at,
    )
    .await?;
    let account = own_account(&state, cell, entry.account_id).await?;
    let cookie = auth::session_cookie(&token, lifetime.num_seconds(), state.secure_cookies());
    let body = SessionView {
        token: Some(token),
        csrf_token,
        expires_at,
        account,
    };
    Ok((
        StatusCode::CREATED,
        [(header::SET_COOKIE, cookie)],
        Json(body),
    )
        .into_response())
}

/// The current session: its CSRF token, expiry and account (for the web client, which
/// cannot read its HttpOnly cookie).
#[utoipa::path(get, path = "/api/v1/sessions/current", tag = "sessions",
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = SessionView), (status = 401, body = ErrorBody)))]
pub async fn current(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<SessionView>> {
    let cell = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let account = own_account(&state, cell, user.account_id).await?;
    Ok(Json(SessionView {
        token: None,
        csrf_token: user.csrf_token,
        expires_at: user.expires_at,
        account,
    }))
}

/// Log out: ends this session (the token stops working) and clears the cookie.
#[utoipa::path(delete, path = "/api/v1/sessions/current", tag = "sessions",
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 204, description = "Logged out"), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`csrf_rejected`")))]
pub async fn logout(State(state): State<AppState>, user: CurrentUser) -> ApiResult<Response> {
    if let Some(cell) = state.store().cell(&user.region) {
        cell.delete_session(&user.token_hash).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            auth::clear_session_cookie(state.secure_cookies()),
        )],
    )
        .into_response())
}
