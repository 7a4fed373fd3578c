//! Moving one's home region.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use spool_core::{Password, RegionCode};
use utoipa::ToSchema;

use crate::auth::{self, CurrentUser};
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveRequest {
    /// The new home region.
    region: String,
    /// The account's password, to confirm.
    password: String,
}

#[derive(Serialize, ToSchema)]
pub struct MoveAnswer {
    region: String,
    /// Sessions carry their region: every session ended; log in again.
    logged_out: bool,
}

/// Move your home region. All personal data (profile, e-mail, birth date, sessions, login
/// records, likes, follows, blocks, notifications, watch history) and your videos, sounds
/// and their files move to the new region's cell in one step; nothing stays in the old
/// one. Every session ends (log in again).
#[utoipa::path(post, path = "/api/v1/me/move", tag = "me", security(("bearer" = []), ("cookie" = [])),
    request_body = MoveRequest,
    responses((status = 200, body = MoveAnswer), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Too many password checks for this account; see Retry-After")))]
pub async fn move_region(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<MoveRequest>,
) -> ApiResult<Response> {
    let unknown = || ApiError::new(ErrorCode::UnknownRegion, "no such region").field("region");
    let to = RegionCode::parse(&form.region).map_err(|_| unknown())?;
    state.store().cell(&to).ok_or_else(unknown)?;
    if to == user.region {
        return Err(ApiError::new(
            ErrorCode::InvalidField("same_region"),
            "that is already your home region",
        )
        .field("region"));
    }
    let home = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let wrong =
        || ApiError::new(ErrorCode::InvalidCredentials, "the password is wrong").field("password");
    // A few checks per hour: a stolen session cannot guess the password.
    state.limits().password_check(user.account_id).await?;
    let password = Password::parse(&form.password).map_err(|_| wrong())?;
    let stored = home.password_hash(user.account_id).await?;
    if !state.passwords().verify(&password, stored).await? {
        return Err(wrong());
    }
    // Jobs of the account's videos run in the old cell's worker; moving mid-transcode
    // would strand them.
    let (videos, _, _) = home.account_media(user.account_id).await?;
    for v in &videos {
        if home
            .video(*v)
            .await?
            .is_some_and(|r| r.state == spool_store::VideoState::Processing || !r.ladder_complete)
        {
            return Err(ApiError {
                status_override: Some(StatusCode::CONFLICT),
                ..ApiError::new(
                    ErrorCode::InvalidField("video_processing"),
                    "a video is still being processed; try again when it is done",
                )
            });
        }
    }
    for v in &videos {
        state
            .media_cache()
            .forget_under(home.region(), &spool_blob::keys::video_dir(*v));
    }
    let moved = state
        .store()
        .move_account(user.account_id, &user.region, &to)
        .await?;
    crate::services::relocation::after_move(&state, user.account_id, &user.region, &to, &moved)
        .await?;
    tracing::info!(from = %user.region, to = %to, "account moved");
    Ok((
        StatusCode::OK,
        [(
            header::SET_COOKIE,
            auth::clear_session_cookie(state.secure_cookies()),
        )],
        Json(MoveAnswer {
            region: to.to_string(),
            logged_out: true,
        }),
    )
        .into_response())
}
