//! Comments: writing, listing, deleting, pinning and liking them.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use spool_core::{CommentId, CommentText};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiResult, ErrorBody};
use crate::json::ApiJson;
use crate::services::policy::Audience;
use crate::services::social::{comments, likes};
use crate::services::Actor;
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewComment {
    /// 1 to 500 characters; @mentions notify.
    text: String,
    /// Reply to this top-level comment.
    parent_id: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CommentView {
    #[schema(value_type = String)]
    id: CommentId,
    #[schema(value_type = Option<String>)]
    parent_id: Option<CommentId>,
    author: String,
    text: String,
    like_count: i64,
    reply_count: i64,
    pinned: bool,
    created_at: DateTime<Utc>,
}

impl From<comments::Comment> for CommentView {
    fn from(c: comments::Comment) -> Self {
        let r = c.record;
        Self {
            id: r.id,
            parent_id: r.parent_id,
            author: c.author,
            text: r.body.as_str().to_owned(),
            like_count: r.like_count,
            reply_count: r.reply_count,
            pinned: r.pinned,
            created_at: r.created_at,
        }
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CommentQuery {
    /// Replies to this comment instead of the top-level comments.
    parent_id: Option<String>,
    /// The `cursor` of the previous page.
    cursor: Option<String>,
    limit: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct CommentPage {
    items: Vec<CommentView>,
    cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CommentLikeAnswer {
    liked: bool,
    like_count: i64,
}

/// Comment on a video, or reply to a top-level comment. Refused where the video's
/// comments are off, the creator's setting excludes the caller, or the creator blocks
/// them. A teen creator only gets comments from accounts they follow.
#[utoipa::path(post, path = "/api/v1/videos/{id}/comments", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)), request_body = NewComment,
    responses((status = 201, body = CommentView),
        (status = 403, body = ErrorBody, description = "`comments_off` or `forbidden`"),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(form): ApiJson<NewComment>,
) -> ApiResult<Response> {
    let text = CommentText::parse(&form.text)?;
    let comment = comments::add(
        &state,
        &Actor::from(&user),
        &id,
        text,
        form.parent_id.as_deref(),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(CommentView::from(comment))).into_response())
}

/// A video's comments (pinned first, then oldest first), or the replies to one.
#[utoipa::path(get, path = "/api/v1/videos/{id}/comments", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), CommentQuery), responses((status = 200, body = CommentPage), (status = 404, body = ErrorBody)))]
pub async fn comments(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(id): Path<String>,
    Query(q): Query<CommentQuery>,
) -> ApiResult<Json<CommentPage>> {
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let limit = q.limit.unwrap_or(30).clamp(1, 100);
    let (items, cursor) = comments::page(
        &mut audience,
        &id,
        q.parent_id.as_deref(),
        q.cursor.as_deref(),
        limit,
    )
    .await?;
    Ok(Json(CommentPage {
        items: items.into_iter().map(CommentView::from).collect(),
        cursor,
    }))
}

/// Delete a comment: its author or the video's creator may.
#[utoipa::path(delete, path = "/api/v1/videos/{id}/comments/{comment_id}", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 204, description = "Deleted (with its replies)"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn delete_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    comments::delete(&state, &Actor::from(&user), &id, &comment_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Pin a top-level comment (the video's creator only); one pin per video.
#[utoipa::path(post, path = "/api/v1/videos/{id}/comments/{comment_id}/pin", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 204, description = "Pinned"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn pin_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    comments::pin(&state, &Actor::from(&user), &id, &comment_id, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unpin (the video's creator only).
#[utoipa::path(delete, path = "/api/v1/videos/{id}/comments/{comment_id}/pin", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 204, description = "Unpinned"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn unpin_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    comments::pin(&state, &Actor::from(&user), &id, &comment_id, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Like a comment (idempotent).
#[utoipa::path(post, path = "/api/v1/videos/{id}/comments/{comment_id}/like", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 200, body = CommentLikeAnswer), (status = 404, body = ErrorBody)))]
pub async fn like_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<Json<CommentLikeAnswer>> {
    let like_count =
        likes::like_comment(&state, &Actor::from(&user), &id, &comment_id, true).await?;
    Ok(Json(CommentLikeAnswer {
        liked: true,
        like_count,
    }))
}

/// Take back a comment like (idempotent).
#[utoipa::path(delete, path = "/api/v1/videos/{id}/comments/{comment_id}/like", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 200, body = CommentLikeAnswer), (status = 404, body = ErrorBody)))]
pub async fn unlike_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<Json<CommentLikeAnswer>> {
    let like_count =
        likes::like_comment(&state, &Actor::from(&user), &id, &comment_id, false).await?;
    Ok(Json(CommentLikeAnswer {
        liked: false,
        like_count,
    }))
}
