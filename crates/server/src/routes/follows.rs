//! Follows, follow requests, and the lists of followers and followings.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;
use spool_store::FollowState;
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiResult, ErrorBody};
use crate::services::policy::Audience;
use crate::services::social::follows::{self, List};
use crate::services::Actor;
use crate::state::AppState;
use crate::views::{profiles, ProfileList};

#[derive(Serialize, ToSchema)]
pub struct FollowAnswer {
    /// `following`, or `requested` for a private account (until it accepts).
    state: String,
}

/// Follow an account; a private account gets a follow request instead.
#[utoipa::path(post, path = "/api/v1/accounts/{handle}/follow", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)),
    responses((status = 200, body = FollowAnswer), (status = 404, body = ErrorBody, description = "No such account (or it blocks you)"),
        (status = 422, body = ErrorBody, description = "Following yourself")))]
pub async fn follow(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<Json<FollowAnswer>> {
    let state_now = follows::follow(&state, &Actor::from(&user), &handle).await?;
    Ok(Json(FollowAnswer {
        state: match state_now {
            FollowState::Active => "following",
            FollowState::Requested => "requested",
        }
        .into(),
    }))
}

/// Unfollow (or withdraw a follow request).
#[utoipa::path(delete, path = "/api/v1/accounts/{handle}/follow", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Not following any more"), (status = 404, body = ErrorBody)))]
pub async fn unfollow(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    follows::unfollow(&state, &Actor::from(&user), &handle).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Pending follow requests to the caller's (private) account.
#[utoipa::path(get, path = "/api/v1/me/follow-requests", tag = "social", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = ProfileList), (status = 401, body = ErrorBody)))]
pub async fn follow_requests(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<ProfileList>> {
    let ids = follows::requests(&state, &Actor::from(&user)).await?;
    Ok(Json(profiles(&state, ids).await?))
}

/// Accept a follow request.
#[utoipa::path(post, path = "/api/v1/me/follow-requests/{handle}", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)),
    responses((status = 204, description = "Accepted"), (status = 404, body = ErrorBody, description = "No such request")))]
pub async fn accept_request(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    follows::accept(&state, &Actor::from(&user), &handle).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Decline a follow request.
#[utoipa::path(delete, path = "/api/v1/me/follow-requests/{handle}", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)),
    responses((status = 204, description = "Declined"), (status = 404, body = ErrorBody, description = "No such request")))]
pub async fn decline_request(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    follows::decline(&state, &Actor::from(&user), &handle).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An account's followers (for a private account: its followers only).
#[utoipa::path(get, path = "/api/v1/accounts/{handle}/followers", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 200, body = ProfileList), (status = 404, body = ErrorBody)))]
pub async fn followers(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(handle): Path<String>,
) -> ApiResult<Json<ProfileList>> {
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let ids = follows::list(&mut audience, &handle, List::Followers).await?;
    Ok(Json(profiles(&state, ids).await?))
}

/// The accounts an account follows.
#[utoipa::path(get, path = "/api/v1/accounts/{handle}/following", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 200, body = ProfileList), (status = 404, body = ErrorBody)))]
pub async fn following(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(handle): Path<String>,
) -> ApiResult<Json<ProfileList>> {
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let ids = follows::list(&mut audience, &handle, List::Following).await?;
    Ok(Json(profiles(&state, ids).await?))
}
