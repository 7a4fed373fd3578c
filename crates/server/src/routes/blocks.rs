//! Blocks and mutes.

use axum::extract::{Path, State};
use axum::http::StatusCode;

use crate::auth::CurrentUser;
use crate::error::{ApiResult, ErrorBody};
use crate::services::social::blocks;
use crate::services::Actor;
use crate::state::AppState;

/// Block an account: it sees nothing of you and cannot interact with you; follows
/// between you end.
#[utoipa::path(post, path = "/api/v1/accounts/{handle}/block", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Blocked"), (status = 404, body = ErrorBody)))]
pub async fn block(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    blocks::block(&state, &Actor::from(&user), &handle).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unblock an account.
#[utoipa::path(delete, path = "/api/v1/accounts/{handle}/block", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Unblocked"), (status = 404, body = ErrorBody)))]
pub async fn unblock(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    blocks::unblock(&state, &Actor::from(&user), &handle).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Mute an account: its videos stay out of your feeds; it is not told.
#[utoipa::path(post, path = "/api/v1/accounts/{handle}/mute", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Muted"), (status = 404, body = ErrorBody)))]
pub async fn mute(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    blocks::set_mute(&state, &Actor::from(&user), &handle, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unmute an account.
#[utoipa::path(delete, path = "/api/v1/accounts/{handle}/mute", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Unmuted"), (status = 404, body = ErrorBody)))]
pub async fn unmute(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    blocks::set_mute(&state, &Actor::from(&user), &handle, false).await?;
    Ok(StatusCode::NO_CONTENT)
}
