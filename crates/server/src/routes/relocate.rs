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
    responses((status = 200, body = MoveAnswer), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
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
        state.media_cache().forget_under(&home.video_dir(*v));
    }
    let moved = state
        .store()
        .move_account(user.account_id, &user.region, &to)
        .await?;
    after_move(&state, user.account_id, &user.region, &to, &moved).await?;
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

/// What follows a move outside the store: the audit entries, search and feed brought to
/// the videos' new cell, the viewer's feed state to its new region.
async fn after_move(
    state: &AppState,
    account: spool_core::AccountId,
    from: &RegionCode,
    to: &RegionCode,
    moved: &spool_store::Moved,
) -> ApiResult<()> {
    crate::audit::record_owner_action(state, from, "account_moved_out", account).await?;
    crate::audit::record_owner_action(state, to, "account_moved_in", account).await?;
    if let Some(dst) = state.store().cell(to) {
        for v in &moved.videos {
            super::discover::index_video(state, dst, *v).await;
        }
    }
    super::discover::index_account(state, account).await;
    state
        .feed()
        .set_viewer_region(account.0.as_u128(), to.as_str());
    // The old region's viewers snapshot still holds the learned state: rewrite both.
    if let Err(e) = crate::feed::save(state).await {
        tracing::warn!(error = %e, "cannot rewrite the feed snapshots after a move");
    }
    Ok(())
}

/// At start, after the feed is loaded: the same follow-up for the moves that a crash
/// interrupted and that opening the store finished.
pub(crate) async fn finish_recovered_moves(state: &AppState) -> anyhow::Result<()> {
    let recovered = state.store().recovered_moves().to_vec();
    for m in &recovered {
        after_move(state, m.account, &m.from, &m.to, &m.moved)
            .await
            .map_err(|e| anyhow::anyhow!(e.message))?;
        tracing::info!(from = %m.from, to = %m.to, "an interrupted move was finished");
    }
    Ok(())
}
