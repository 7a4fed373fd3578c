//! Likes and shares of videos, and the videos an account liked.

use axum::extract::{Path, State};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiResult, ErrorBody};
use crate::services::policy::Audience;
use crate::services::social::likes;
use crate::services::{videos, Actor};
use crate::state::AppState;
use crate::views::{share_url, video_view, VideoPage};

#[derive(Serialize, ToSchema)]
pub struct Counts {
    liked: bool,
    like_count: i64,
    comment_count: i64,
    share_count: i64,
}

impl From<likes::Counts> for Counts {
    fn from(c: likes::Counts) -> Self {
        Self {
            liked: c.liked,
            like_count: c.like_count,
            comment_count: c.comment_count,
            share_count: c.share_count,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ShareAnswer {
    /// A link to the video to pass on.
    url: String,
    share_count: i64,
}

/// Like a video. Idempotent. Who liked is recorded in the liker's home region; the
/// count in the video's.
#[utoipa::path(post, path = "/api/v1/videos/{id}/like", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)), responses((status = 200, body = Counts), (status = 404, body = ErrorBody)))]
pub async fn like(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Counts>> {
    Ok(Json(
        likes::like(&state, &Actor::from(&user), &id).await?.into(),
    ))
}

/// Take a like back. Idempotent.
#[utoipa::path(delete, path = "/api/v1/videos/{id}/like", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)), responses((status = 200, body = Counts), (status = 404, body = ErrorBody)))]
pub async fn unlike(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Counts>> {
    Ok(Json(
        likes::unlike(&state, &Actor::from(&user), &id)
            .await?
            .into(),
    ))
}

/// Share a video: answers its link and counts the share (who shared is not recorded).
#[utoipa::path(post, path = "/api/v1/videos/{id}/share", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)), responses((status = 200, body = ShareAnswer), (status = 404, body = ErrorBody)))]
pub async fn share(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(id): Path<String>,
) -> ApiResult<Json<ShareAnswer>> {
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let (video, share_count) = videos::share(&mut audience, &id).await?;
    Ok(Json(ShareAnswer {
        url: share_url(&state, video),
        share_count,
    }))
}

/// The videos an account liked: shown when the account made them public (and to itself).
#[utoipa::path(get, path = "/api/v1/accounts/{handle}/liked", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)),
    responses((status = 200, body = VideoPage), (status = 403, body = ErrorBody, description = "The account keeps its likes private"),
        (status = 404, body = ErrorBody)))]
pub async fn liked_videos(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(handle): Path<String>,
) -> ApiResult<Json<VideoPage>> {
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let liked = videos::liked_videos(&mut audience, &handle).await?;
    let mut items = Vec::new();
    for (region, cell, video) in liked {
        items.push(video_view(&mut audience, &region, cell, video).await?);
    }
    Ok(Json(VideoPage {
        items,
        cursor: None,
    }))
}
