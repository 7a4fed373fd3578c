//! Publishing videos from finished uploads, and reading them back.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use spool_core::{Caption, CaptionLang, RemixKind, UploadId, Visibility, WebVtt};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::services::captions;
use crate::services::policy::Audience;
use crate::services::videos::{self, PublishOptions, References};
use crate::services::Actor;
use crate::state::AppState;
use crate::views::{video_view, VideoPage, VideoView};

fn yes() -> bool {
    true
}

/// Publish a finished upload.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishRequest {
    /// The id from the tus upload's Location.
    upload_id: String,
    /// Up to 2200 characters.
    #[serde(default)]
    caption: String,
    /// `public` (default), `followers` or `private`.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    visibility: Option<String>,
    #[serde(default = "yes")]
    allow_comments: bool,
    #[serde(default = "yes")]
    allow_duet: bool,
    #[serde(default = "yes")]
    allow_stitch: bool,
    /// Use this sound instead of the clip's own audio.
    sound_id: Option<String>,
    /// Make a duet with this video: the upload is shown side by side with it.
    duet_of: Option<String>,
    /// Stitch this video: its first 5 seconds, then the upload.
    stitch_of: Option<String>,
    /// The cover: the poster is the frame at this instant (milliseconds from the start;
    /// at most the clip's length). Default: 1 s in.
    cover_ms: Option<u32>,
}

/// Publish a finished upload as a video. Answers at once; the video is `processing`
/// until its first rendition is playable.
#[utoipa::path(post, path = "/api/v1/videos", tag = "videos", security(("bearer" = []), ("cookie" = [])),
    request_body = PublishRequest,
    responses(
        (status = 202, body = VideoView, description = "Accepted; poll GET /api/v1/videos/{id}"),
        (status = 401, body = ErrorBody), (status = 404, body = ErrorBody, description = "No such upload or sound of yours"),
        (status = 409, body = ErrorBody, description = "`upload_incomplete` or `upload_consumed`"),
        (status = 422, body = ErrorBody, description = "Not an acceptable video (`empty_file`, `not_media`, `no_video_stream`, \
            `still_image`, `too_short`, `too_long`, `too_large`, `unsupported_codec`; the upload is discarded), or an invalid field"),
    ))]
pub async fn publish(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<PublishRequest>,
) -> ApiResult<Response> {
    let upload_id = UploadId::parse(&form.upload_id).map_err(|_| ApiError::not_found("upload"))?;
    let options = PublishOptions {
        caption: Caption::parse(&form.caption)?,
        visibility: match &form.visibility {
            Some(v) => v.parse::<Visibility>()?,
            None => Visibility::Public,
        },
        allow_comments: form.allow_comments,
        allow_duet: form.allow_duet,
        allow_stitch: form.allow_stitch,
        sound: None,
        remix: None,
        cover_ms: form.cover_ms,
    };
    let remix = match (&form.duet_of, &form.stitch_of) {
        (Some(_), Some(_)) => {
            return Err(ApiError::new(
                ErrorCode::InvalidField("invalid_remix"),
                "a video is a duet or a stitch, not both",
            ))
        }
        (Some(raw), None) => Some((RemixKind::Duet, raw.as_str())),
        (None, Some(raw)) => Some((RemixKind::Stitch, raw.as_str())),
        (None, None) => None,
    };
    let refs = References {
        sound_id: form.sound_id.as_deref(),
        remix,
    };
    let actor = Actor::from(&user);
    let video = videos::publish(&state, &actor, upload_id, options, refs).await?;
    let cell = state
        .store()
        .cell(&actor.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let mut audience = Audience::new(&state, Some(actor.clone()));
    let view = video_view(&mut audience, &actor.region, cell, video).await?;
    Ok((StatusCode::ACCEPTED, Json(view)).into_response())
}

/// A video: its state and, once ready, where to play it.
#[utoipa::path(get, path = "/api/v1/videos/{id}", tag = "videos", security((), ("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path, description = "Video id")),
    responses((status = 200, body = VideoView),
        (status = 404, body = ErrorBody, description = "No such video, or not visible to the caller"),
        (status = 451, body = ErrorBody, description = "Withheld where the caller is by a legal order")))]
pub async fn get_video(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    country: crate::auth::ClientCountry,
    Path(id): Path<String>,
) -> ApiResult<Json<VideoView>> {
    let mut audience =
        Audience::new(&state, viewer.as_ref().map(Actor::from)).with_country(country.0);
    let found = videos::viewable(&mut audience, &id).await?;
    Ok(Json(
        video_view(&mut audience, &found.region, found.cell, found.video).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// At most this many (1 to 50; default 20).
    limit: Option<u32>,
    /// The `cursor` of the previous page.
    cursor: Option<String>,
}

/// An account's videos, newest first: public and ready ones for everyone; all of them,
/// in any state, for the account itself. A private account's videos are its own.
#[utoipa::path(get, path = "/api/v1/accounts/{handle}/videos", tag = "videos", security((), ("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path), PageQuery),
    responses((status = 200, body = VideoPage), (status = 404, body = ErrorBody)))]
pub async fn account_videos(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(handle): Path<String>,
    Query(page): Query<PageQuery>,
) -> ApiResult<Json<VideoPage>> {
    let limit = page.limit.unwrap_or(20).clamp(1, 50);
    let before = page.cursor.as_deref().and_then(|c| c.parse::<i64>().ok());
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let (region, cell, found) =
        videos::account_videos(&mut audience, &handle, before, limit).await?;
    let cursor = (found.len() == limit as usize)
        .then(|| {
            found
                .last()
                .map(|v| v.created_at.timestamp_millis().to_string())
        })
        .flatten();
    let mut items = Vec::with_capacity(found.len());
    for video in found {
        items.push(video_view(&mut audience, &region, cell, video).await?);
    }
    Ok(Json(VideoPage { items, cursor }))
}

/// Changes to one's own video; a field left out stays as it is.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditRequest {
    /// Up to 2200 characters; its hashtags replace the video's.
    caption: Option<String>,
    /// `public`, `followers` or `private`.
    #[schema(value_type = Option<String>)]
    visibility: Option<String>,
    allow_comments: Option<bool>,
    allow_duet: Option<bool>,
    allow_stitch: Option<bool>,
}

/// Edit one's own video: caption, who may see it, whether others may comment, duet or
/// stitch it.
#[utoipa::path(patch, path = "/api/v1/videos/{id}", tag = "videos", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)),
    request_body = EditRequest,
    responses((status = 200, body = VideoView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "Not your video"), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "An invalid field (nothing is changed)")))]
pub async fn edit_video(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(form): ApiJson<EditRequest>,
) -> ApiResult<Json<VideoView>> {
    let edit = videos::VideoEdit {
        caption: form.caption.as_deref().map(Caption::parse).transpose()?,
        visibility: form
            .visibility
            .as_deref()
            .map(str::parse::<Visibility>)
            .transpose()?,
        allow_comments: form.allow_comments,
        allow_duet: form.allow_duet,
        allow_stitch: form.allow_stitch,
    };
    let actor = Actor::from(&user);
    let mut audience = Audience::new(&state, Some(actor.clone()));
    let found = videos::edit(&mut audience, &actor, &id, edit).await?;
    Ok(Json(
        video_view(&mut audience, &found.region, found.cell, found.video).await?,
    ))
}

/// Delete one's own video: its media, comments, hashtags and extracted sound go at once
/// (videos that reused the sound keep their audio).
#[utoipa::path(delete, path = "/api/v1/videos/{id}", tag = "videos", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)),
    responses((status = 204, description = "Deleted"), (status = 403, body = ErrorBody, description = "Not your video"),
        (status = 404, body = ErrorBody)))]
pub async fn delete_video(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    videos::delete(&state, &Actor::from(&user), &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Attach a WebVTT caption track in one language to one's own video, or replace it.
/// The body is the `.vtt` file (`Content-Type: text/vtt`), at most 256 KiB: a `WEBVTT`
/// header, cues in order of their start and within the clip, WebVTT's own cue settings
/// and tags only. Another account's video answers 404, as if it did not exist.
#[utoipa::path(put, path = "/api/v1/videos/{id}/captions/{lang}", tag = "videos", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path, description = "Video id"),
        ("lang" = String, Path, description = "BCP-47 language tag, e.g. `en`, `pt-BR`, `zh-Hant`")),
    request_body(content = String, content_type = "text/vtt", description = "The WebVTT file"),
    responses((status = 200, body = VideoView, description = "Stored; `captions` lists the video's tracks"),
        (status = 401, body = ErrorBody), (status = 404, body = ErrorBody, description = "No such video of yours"),
        (status = 413, body = ErrorBody, description = "`body_too_large`: over 256 KiB"),
        (status = 415, body = ErrorBody, description = "Not `text/vtt`"),
        (status = 422, body = ErrorBody, description = "`invalid_language`, or `invalid_webvtt` with the line at fault (nothing is changed)")))]
pub async fn put_caption(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, lang)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Body,
) -> ApiResult<Json<VideoView>> {
    let body = super::whole_body(body, WebVtt::MAX_BYTES, || {
        format!(
            "a caption file may have at most {} KiB",
            WebVtt::MAX_BYTES / 1024
        )
    })
    .await?;
    let lang = CaptionLang::parse(&lang)?;
    let vtt = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("text/vtt"));
    if !vtt {
        return Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "send the caption file as Content-Type: text/vtt",
        ));
    }
    let actor = Actor::from(&user);
    let mut audience = Audience::new(&state, Some(actor.clone()));
    let found = captions::put(&mut audience, &actor, &id, lang, &body).await?;
    Ok(Json(
        video_view(&mut audience, &found.region, found.cell, found.video).await?,
    ))
}

/// Remove the caption track in one language from one's own video.
#[utoipa::path(delete, path = "/api/v1/videos/{id}/captions/{lang}", tag = "videos", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("lang" = String, Path)),
    responses((status = 200, body = VideoView, description = "Removed"), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody, description = "No such video of yours, or no track in that language"),
        (status = 422, body = ErrorBody, description = "`invalid_language`")))]
pub async fn delete_caption(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, lang)): Path<(String, String)>,
) -> ApiResult<Json<VideoView>> {
    let lang = CaptionLang::parse(&lang)?;
    let actor = Actor::from(&user);
    let mut audience = Audience::new(&state, Some(actor.clone()));
    let found = captions::remove(&mut audience, &actor, &id, lang).await?;
    Ok(Json(
        video_view(&mut audience, &found.region, found.cell, found.video).await?,
    ))
}
