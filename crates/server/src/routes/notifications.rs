//! Notifications, grouped.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::{DateTime, Utc};
use serde::Serialize;
use spool_core::{CommentId, NotificationKind, VideoId};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiResult, ErrorBody};
use crate::services::{notifications as service, Actor};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct NotificationGroup {
    /// `like`, `comment`, `reply`, `mention`, `follow`, `follow_request`,
    /// `follow_accepted`, `comment_like`, `duet`, `stitch`.
    #[schema(value_type = String)]
    kind: NotificationKind,
    /// The latest accounts (up to 3), newest first.
    actors: Vec<String>,
    /// How many notifications the group holds ("12 people liked your video").
    count: usize,
    #[schema(value_type = Option<String>)]
    video_id: Option<VideoId>,
    #[schema(value_type = Option<String>)]
    comment_id: Option<CommentId>,
    /// A sentence for people.
    text: String,
    unread: bool,
    latest_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct Notifications {
    /// Unread notifications.
    unread: usize,
    groups: Vec<NotificationGroup>,
}

/// The sentence for a group.
fn sentence(g: &service::Group) -> String {
    use NotificationKind as K;
    let count = g.count;
    let who = match (g.actors.first(), count) {
        (Some(a), 1) => format!("@{a}"),
        (Some(a), n) => format!("@{a} and {} others", n - 1),
        (None, n) => format!("{n} people"),
    };
    match g.kind {
        K::Like if count > 1 => format!("{count} people liked your video"),
        K::Like => format!("{who} liked your video"),
        K::Comment => format!("{who} commented on your video"),
        K::Reply => format!("{who} replied to your comment"),
        K::Mention => format!("{who} mentioned you"),
        K::Follow if count > 1 => format!("{count} new followers"),
        K::Follow => format!("{who} started following you"),
        K::FollowRequest => format!("{who} asked to follow you"),
        K::FollowAccepted => format!("{who} accepted your follow request"),
        K::CommentLike => format!("{who} liked your comment"),
        K::Duet => format!("{who} made a duet with your video"),
        K::Stitch => format!("{who} stitched your video"),
        K::Statement => {
            "A moderation decision affects your content or account: read the statement of reasons on your account status page".to_owned()
        }
        K::ReportOutcome => "A report you sent has been decided".to_owned(),
    }
}

/// Own notifications, grouped where a person would expect it (likes per video, new
/// followers), newest first.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "social", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = Notifications), (status = 401, body = ErrorBody)))]
pub async fn notifications(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Notifications>> {
    let (unread, groups) = service::list(&state, &Actor::from(&user)).await?;
    let groups = groups
        .into_iter()
        .map(|g| NotificationGroup {
            text: sentence(&g),
            kind: g.kind,
            actors: g.actors,
            count: g.count,
            video_id: g.video_id,
            comment_id: g.comment_id,
            unread: g.unread,
            latest_at: g.latest_at,
        })
        .collect();
    Ok(Json(Notifications { unread, groups }))
}

/// Mark every notification read.
#[utoipa::path(post, path = "/api/v1/notifications/read", tag = "social", security(("bearer" = []), ("cookie" = [])),
    responses((status = 204, description = "All read"), (status = 401, body = ErrorBody)))]
pub async fn mark_read(State(state): State<AppState>, user: CurrentUser) -> ApiResult<StatusCode> {
    service::mark_read(&state, &Actor::from(&user)).await?;
    Ok(StatusCode::NO_CONTENT)
}
