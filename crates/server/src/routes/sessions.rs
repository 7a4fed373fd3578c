use axum::extract::{Path, State};
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
    state.limits().login(ip.0, key.as_str()).await?;
    let wrong = || ApiError::new(ErrorCode::InvalidCredentials, "wrong handle or password");
    let result = check_login(&state, &key, &form.password).await;
    match &result {
        Ok(Some((_, true))) => state.limits().login_succeeded(ip.0, key.as_str()).await,
        Ok(Some((_, false)) | None) => state.limits().login_failed(ip.0, key.as_str()).await,
        Err(_) => {}
    }
    let Some((entry, matched)) = result? else {
        return Err(wrong());
    };
    let Some(cell) = state.store().cell(&entry.region) else {
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
        &device_summary(&record.user_agent).encode(),
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

/// Checks a handle and password, taking the time of one verification whatever happens.
/// `None`: no such handle (or no cell for it). `Some((entry, matched))` otherwise; a
/// wrong password for an existing handle is `Some((_, false))`, which the caller still
/// records as a failed login.
async fn check_login(
    state: &AppState,
    key: &HandleKey,
    password: &str,
) -> ApiResult<Option<(spool_store::DirectoryEntry, bool)>> {
    let entry = state.store().directory().lookup(key).await?;
    let cell = entry.as_ref().and_then(|e| state.store().cell(&e.region));
    let stored = match (&entry, cell) {
        (Some(e), Some(cell)) => cell.password_hash(e.account_id).await?,
        _ => None,
    };
    // Even for unknown handles and impossible passwords, spend the time of one
    // verification so answers do not reveal which handles exist.
    let matched = match Password::parse(password) {
        Ok(password) => state.passwords().verify(&password, stored).await?,
        Err(_) => {
            let filler = Password::parse("filler-password").map_err(ApiError::internal)?;
            state.passwords().verify(&filler, None).await?;
            false
        }
    };
    Ok(match (entry, cell) {
        (Some(e), Some(_)) => Some((e, matched)),
        _ => None,
    })
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

/// What a session was started from, from its User-Agent: a browser (or client) and an
/// operating system, each known by a short name or absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Device {
    pub browser: Option<&'static str>,
    pub os: Option<&'static str>,
}

/// The short device summary kept with a session (not the whole User-Agent).
pub fn device_summary(user_agent: &str) -> Device {
    let ua = user_agent;
    let has = |needle: &str| ua.contains(needle);
    let browser = if has("Edg/") || has("EdgA/") || has("EdgiOS/") {
        Some("Edge")
    } else if has("OPR/") || has("Opera") {
        Some("Opera")
    } else if has("SamsungBrowser/") {
        Some("Samsung Internet")
    } else if has("Firefox/") || has("FxiOS/") {
        Some("Firefox")
    } else if has("Chromium/") {
        Some("Chromium")
    } else if has("Chrome/") || has("CriOS/") {
        Some("Chrome")
    } else if has("Safari/") && has("Version/") {
        Some("Safari")
    } else if ua.starts_with("curl/") {
        Some("curl")
    } else if ua.starts_with("python-requests/") || ua.starts_with("Python-urllib/") {
        Some("Python")
    } else if ua.starts_with("node") || has("undici") {
        Some("Node.js")
    } else {
        None
    };
    let os = if has("Windows") {
        Some("Windows")
    } else if has("iPhone") || has("iPad") || has("iPod") {
        Some("iOS")
    } else if has("Android") {
        Some("Android")
    } else if has("CrOS") {
        Some("ChromeOS")
    } else if has("Mac OS X") || has("Macintosh") {
        Some("macOS")
    } else if has("Linux") || has("X11") {
        Some("Linux")
    } else {
        None
    };
    Device { browser, os }
}

impl Device {
    /// The stored form: `browser` and `os` on one line each (either may be empty).
    fn encode(self) -> String {
        match (self.browser, self.os) {
            (None, None) => String::new(),
            (b, o) => format!("{}\n{}", b.unwrap_or(""), o.unwrap_or("")),
        }
    }

    fn decode(stored: &str) -> (Option<String>, Option<String>) {
        let (b, o) = stored.split_once('\n').unwrap_or((stored, ""));
        let part = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        (part(b), part(o))
    }
}

impl std::fmt::Display for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&display_device(self.browser, self.os))
    }
}

fn display_device(browser: Option<&str>, os: Option<&str>) -> String {
    match (browser, os) {
        (Some(b), Some(o)) => format!("{b} on {o}"),
        (Some(x), None) | (None, Some(x)) => x.to_owned(),
        (None, None) => "Unknown device".to_owned(),
    }
}

/// One of the caller's sessions.
#[derive(Serialize, ToSchema)]
pub struct SessionItem {
    /// Use with `DELETE /api/v1/me/sessions/{id}`.
    id: String,
    /// A short summary of the device it was started from, e.g. "Firefox on Linux".
    device: String,
    /// The browser or client, when known (e.g. "Firefox").
    browser: Option<String>,
    /// The operating system, when known (e.g. "Linux").
    os: Option<String>,
    created_at: DateTime<Utc>,
    /// Kept to the minute (`accounts.session_touch_secs`).
    last_used_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    /// The session this request was made with.
    current: bool,
}

#[derive(Serialize, ToSchema)]
pub struct SessionList {
    items: Vec<SessionItem>,
}

fn own_cell<'a>(state: &'a AppState, user: &CurrentUser) -> ApiResult<&'a spool_store::Cell> {
    state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)
}

/// Your live sessions (this one included), most recently used first.
#[utoipa::path(get, path = "/api/v1/me/sessions", tag = "sessions",
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = SessionList), (status = 401, body = ErrorBody)))]
pub async fn list_sessions(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<SessionList>> {
    let cell = own_cell(&state, &user)?;
    let items = cell
        .sessions(user.account_id, &user.token_hash)
        .await?
        .into_iter()
        .map(|(s, current)| {
            let (browser, os) = Device::decode(s.device.as_deref().unwrap_or(""));
            SessionItem {
                id: s.id,
                device: display_device(browser.as_deref(), os.as_deref()),
                browser,
                os,
                created_at: s.created_at,
                last_used_at: s.last_used_at,
                expires_at: s.expires_at,
                current,
            }
        })
        .collect();
    Ok(Json(SessionList { items }))
}

/// End one of your sessions (its token stops working). Ending the current one logs
/// out (and clears the cookie). Another account's session id is not found.
#[utoipa::path(delete, path = "/api/v1/me/sessions/{id}", tag = "sessions",
    security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path, description = "Session id from the list")),
    responses((status = 204, description = "Ended"), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`csrf_rejected`"),
        (status = 404, body = ErrorBody, description = "No such session of yours")))]
pub async fn end_session(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let cell = own_cell(&state, &user)?;
    if !cell.end_session(user.account_id, &id).await? {
        return Err(ApiError::not_found("session"));
    }
    if id == user.session_id {
        return Ok((
            StatusCode::NO_CONTENT,
            [(
                header::SET_COOKIE,
                auth::clear_session_cookie(state.secure_cookies()),
            )],
        )
            .into_response());
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Serialize, ToSchema)]
pub struct Ended {
    /// How many sessions ended.
    ended: u64,
}

/// Log out everywhere else: ends every session of yours but this one.
#[utoipa::path(delete, path = "/api/v1/me/sessions", tag = "sessions",
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = Ended), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`csrf_rejected`")))]
pub async fn end_other_sessions(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Ended>> {
    let cell = own_cell(&state, &user)?;
    let ended = cell
        .end_other_sessions(user.account_id, &user.token_hash)
        .await?;
    Ok(Json(Ended { ended }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    /// The password now, to confirm.
    current_password: String,
    /// The new password (the same rules as at sign-up).
    new_password: String,
}

/// Change your password. The current password is checked (a few tries per hour); the
/// new one follows the sign-up rules. Every other session ends; this one stays.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "sessions",
    security(("bearer" = []), ("cookie" = [])),
    request_body = ChangePasswordRequest,
    responses((status = 200, body = Ended, description = "Changed; `ended` other sessions were ended"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`wrong_password` (field `current_password`) or `csrf_rejected`"),
        (status = 422, body = ErrorBody, description = "`invalid_password` (field `new_password`) or `invalid_body`"),
        (status = 429, body = ErrorBody, description = "Too many password checks; see Retry-After")))]
pub async fn change_password(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<ChangePasswordRequest>,
) -> ApiResult<Json<Ended>> {
    let new = Password::parse(&form.new_password).map_err(|e| ApiError {
        field: Some("new_password"),
        ..ApiError::from(e)
    })?;
    state.limits().password_check(user.account_id).await?;
    let cell = own_cell(&state, &user)?;
    let wrong = || {
        ApiError::new(ErrorCode::WrongPassword, "the current password is wrong")
            .field("current_password")
    };
    let current = Password::parse(&form.current_password).map_err(|_| wrong())?;
    let stored = cell.password_hash(user.account_id).await?;
    if !state.passwords().verify(&current, stored).await? {
        return Err(wrong());
    }
    let hash = state.passwords().hash(&new).await?;
    let ended = cell
        .change_password(user.account_id, &hash, &user.token_hash)
        .await?;
    tracing::info!(region = %user.region, ended, "password changed");
    Ok(Json(Ended { ended }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_agents_are_summed_up_in_a_few_words() {
        let cases = [
            ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox on Linux"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0", "Edge on Windows"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari on iOS"),
            ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36", "Chrome on Android"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", "Safari on macOS"),
            ("curl/8.5.0", "curl"),
            ("", "Unknown device"),
            ("something else", "Unknown device"),
        ];
        for (ua, want) in cases {
            let device = device_summary(ua);
            assert_eq!(device.to_string(), want, "{ua}");
            let (b, o) = Device::decode(&device.encode());
            assert_eq!(display_device(b.as_deref(), o.as_deref()), want);
        }
    }
}
