//! Reports of content: filed with the content's region, for its moderators.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::services::policy::Audience;
use crate::services::{videos, Actor};
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    video_id: String,
    /// `hate_speech`, `harassment`, `violence`, `sexual_content`, `child_safety`,
    /// `self_harm`, `disinformation`, `spam`, `illegal` or `other`.
    category: String,
    /// Optional details, at most 1000 characters.
    #[serde(default)]
    note: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReportAnswer {
    id: String,
    /// `open` until a moderator acts on it.
    state: String,
    /// False when you had already reported this video (the first report stands).
    new: bool,
}

/// Report a video. Stored with the video, in its region, for that region's moderators;
/// you are recorded only as a keyed hash (to count one report per person and video).
#[utoipa::path(post, path = "/api/v1/reports", tag = "social", security(("bearer" = []), ("cookie" = [])),
    request_body = ReportRequest,
    responses((status = 201, body = ReportAnswer), (status = 200, body = ReportAnswer, description = "Already reported"),
        (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<ReportRequest>,
) -> ApiResult<(StatusCode, Json<ReportAnswer>)> {
    let category = spool_core::ReportCategory::parse(&form.category)?;
    let note = form.note.trim();
    if note.chars().count() > 1000 || note.chars().any(|c| c.is_control() && c != '\n') {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_note"),
            "the note is at most 1000 characters of text",
        )
        .field("note"));
    }
    let mut audience = Audience::new(&state, Some(Actor::from(&user)));
    let found = videos::viewable(&mut audience, &form.video_id).await?;
    let (cell, video) = (found.cell, found.video);
    let tag = state.audit().subject_tag(user.account_id);
    let (id, new) = cell
        .add_report(video.id, &tag, category.as_str(), note)
        .await?;
    tracing::info!(region = %cell.region(), category = category.as_str(), new, "content reported");
    Ok((
        if new {
            StatusCode::CREATED
        } else {
            StatusCode::OK
        },
        Json(ReportAnswer {
            id: id.to_string(),
            state: "open".into(),
            new,
        }),
    ))
}
