//! Publishing videos from finished uploads, and reading them back.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use spool_core::{AccountId, Caption, RegionCode, SoundId, UploadId, VideoId, Visibility};
use spool_store::{Cell, NewJob, NewVideo, ObjectKind, UploadState, VideoRecord, VideoState};
use utoipa::ToSchema;

use super::uploads::remove_file;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::state::AppState;
use crate::worker::{TranscodePayload, TRANSCODE};

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
}

#[derive(Serialize, ToSchema)]
pub struct Creator {
    handle: String,
    display_name: String,
}

#[derive(Serialize, ToSchema)]
pub struct Failure {
    /// e.g. `transcode_failed`, `not_media`.
    code: String,
    message: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct RenditionView {
    name: String,
    width: u32,
    height: u32,
    bandwidth: u64,
}

#[derive(Serialize, ToSchema)]
pub struct SoundRef {
    #[schema(value_type = String)]
    id: SoundId,
    /// The audio file, when the sound's own video is public.
    url: String,
}

/// A video as its viewer may see it.
#[derive(Serialize, ToSchema)]
pub struct VideoView {
    #[schema(value_type = String)]
    id: VideoId,
    creator: Creator,
    caption: String,
    #[schema(value_type = String)]
    visibility: Visibility,
    allow_comments: bool,
    allow_duet: bool,
    allow_stitch: bool,
    /// `processing`, `ready` (at least one rendition playable) or `failed`.
    state: String,
    failure: Option<Failure>,
    duration_ms: Option<i64>,
    width: Option<i64>,
    height: Option<i64>,
    /// HLS master playlist (relative to this server); present once `ready`. Signed and
    /// expiring for non-public videos.
    playlist_url: Option<String>,
    poster_url: Option<String>,
    /// Renditions published so far, smallest first.
    renditions: Vec<RenditionView>,
    /// All planned renditions are published.
    ladder_complete: bool,
    sound: Option<SoundRef>,
    created_at: DateTime<Utc>,
    published_at: Option<DateTime<Utc>>,
    like_count: i64,
    comment_count: i64,
    share_count: i64,
    /// Whether the caller likes it.
    liked_by_me: bool,
    /// A link to pass on.
    share_url: String,
    /// Set for duets and stitches: the original they link back to.
    remix: Option<Remix>,
    /// The caption's hashtags (normalized, without '#'), for linking to hashtag pages.
    hashtags: Vec<String>,
    /// The handles @mentioned in the caption, for linking to profiles.
    mentions: Vec<String>,
}

pub(crate) async fn video_view(
    state: &AppState,
    region: &RegionCode,
    cell: &Cell,
    video: VideoRecord,
    viewer: Option<AccountId>,
) -> ApiResult<VideoView> {
    let account = cell
        .account(video.account_id)
        .await?
        .ok_or_else(|| ApiError::not_found("video"))?;
    let ready = video.state == VideoState::Ready;
    let base = if !ready {
        None
    } else if video.visibility == Visibility::Public && !account.is_private {
        Some(format!("/media/v/{region}/{}", video.id))
    } else {
        let ttl = std::time::Duration::from_secs(state.config().media.signed_url_ttl_secs);
        Some(state.media_key().signed_base(region, video.id, ttl))
    };
    let renditions: Vec<RenditionView> =
        serde_json::from_str(&video.renditions_json).unwrap_or_default();
    let sound_region = match video.sound_id {
        Some(id) => {
            state
                .store()
                .directory()
                .locate(ObjectKind::Sound, id.0)
                .await?
        }
        None => None,
    };
    let sound = video
        .sound_id
        .zip(sound_region)
        .map(|(id, region)| SoundRef {
            id,
            url: format!("/media/sounds/{region}/{id}.m4a"),
        });
    let liked = match viewer {
        Some(v) => match super::social::account_by_id(state, v).await? {
            Some(loc) => loc.cell.likes_video(v, video.id).await?,
            None => false,
        },
        None => false,
    };
    let (tags, mentions) = spool_core::tags_and_mentions(video.caption.as_str());
    let remix = video.remix.as_ref().map(|(kind, of, _)| Remix {
        kind: kind.clone(),
        of: *of,
    });
    Ok(VideoView {
        id: video.id,
        creator: Creator {
            handle: account.handle.to_string(),
            display_name: account.display_name.as_str().to_owned(),
        },
        caption: video.caption.as_str().to_owned(),
        visibility: video.visibility,
        allow_comments: video.allow_comments,
        allow_duet: video.allow_duet,
        allow_stitch: video.allow_stitch,
        state: video.state.as_str().to_owned(),
        failure: match (video.failure_code, video.failure_message) {
            (Some(code), Some(message)) if video.state == VideoState::Failed => {
                Some(Failure { code, message })
            }
            _ => None,
        },
        duration_ms: video.duration_ms,
        width: video.width,
        height: video.height,
        playlist_url: base.as_ref().map(|b| format!("{b}/master.m3u8")),
        poster_url: base.as_ref().map(|b| format!("{b}/poster.jpg")),
        renditions,
        ladder_complete: video.ladder_complete,
        sound,
        created_at: video.created_at,
        published_at: video.published_at,
        like_count: video.like_count,
        comment_count: video.comment_count,
        share_count: video.share_count,
        liked_by_me: liked,
        share_url: super::social::share_url(state, video.id),
        remix,
        hashtags: tags,
        mentions,
    })
}

impl VideoView {
    pub fn caption(&self) -> &str {
        &self.caption
    }
}

/// What a duet or stitch was made from.
#[derive(Serialize, ToSchema)]
pub struct Remix {
    /// `duet` or `stitch`.
    kind: String,
    /// The original video.
    #[schema(value_type = String)]
    of: VideoId,
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
        sound: match &form.sound_id {
            None => None,
            Some(raw) => Some(reusable_sound(&state, raw).await?),
        },
        remix: match (&form.duet_of, &form.stitch_of) {
            (Some(_), Some(_)) => {
                return Err(ApiError::new(
                    ErrorCode::InvalidField("invalid_remix"),
                    "a video is a duet or a stitch, not both",
                ))
            }
            (Some(raw), None) => Some(remixable(&state, &user, "duet", raw).await?),
            (None, Some(raw)) => Some(remixable(&state, &user, "stitch", raw).await?),
            (None, None) => None,
        },
    };
    let cell = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let video = publish_upload(&state, cell, user.account_id, upload_id, options).await?;
    let view = video_view(&state, &user.region, cell, video, Some(user.account_id)).await?;
    Ok((StatusCode::ACCEPTED, Json(view)).into_response())
}

/// How a video is published, parsed.
pub struct PublishOptions {
    pub caption: Caption,
    pub visibility: Visibility,
    pub allow_comments: bool,
    pub allow_duet: bool,
    pub allow_stitch: bool,
    /// A sound to reuse: its region and id (checked by [`reusable_sound`]).
    pub sound: Option<(RegionCode, SoundId)>,
    /// A duet or stitch: `duet`/`stitch`, the original's region and id (checked by
    /// [`remixable`]).
    pub remix: Option<(String, RegionCode, VideoId)>,
}

/// Publishes a finished upload of `account` (whose home cell is `cell`): probes it
/// (refusing, and discarding, what is not a sane short video), then records the video
/// and queues its transcode job in one transaction.
pub async fn publish_upload(
    state: &AppState,
    cell: &Cell,
    account: AccountId,
    upload_id: UploadId,
    options: PublishOptions,
) -> ApiResult<VideoRecord> {
    let upload = cell
        .upload(upload_id)
        .await?
        .filter(|u| u.account_id == account)
        .ok_or_else(|| ApiError::not_found("upload"))?;
    match upload.state {
        UploadState::Receiving => {
            return Err(ApiError::new(
                ErrorCode::UploadIncomplete,
                format!(
                    "the upload has {} of {} bytes; finish it first",
                    upload.offset, upload.length
                ),
            ))
        }
        UploadState::Consumed => {
            return Err(ApiError::new(
                ErrorCode::UploadConsumed,
                "this upload was already published",
            ))
        }
        UploadState::Complete => {}
    }
    // Refuse what is not a sane short video now, with the reason, and keep nothing.
    let path = cell.upload_path(upload_id);
    if let Err(e) = spool_media::probe(&path, &state.media_limits()).await {
        if let spool_media::MediaError::Rejected { code, message } = e {
            cell.delete_upload(upload_id).await?;
            remove_file(&path).await;
            return Err(ApiError {
                field: Some("upload_id"),
                ..ApiError::new(ErrorCode::MediaRejected(code), message)
            });
        }
        return Err(ApiError::internal(e));
    }
    let id = VideoId::new();
    let payload = TranscodePayload {
        upload_id,
        sound: options.sound.clone(),
        remix: options.remix.clone(),
    };
    let job = NewJob {
        kind: TRANSCODE.into(),
        subject: id.to_string(),
        payload: serde_json::to_string(&payload).map_err(ApiError::internal)?,
        max_attempts: state.config().jobs.max_attempts,
    };
    let directory = state.store().directory();
    directory
        .register_object(ObjectKind::Video, id.0, cell.region(), account)
        .await?;
    let remix = options.remix.clone();
    let hashtags = spool_core::tags_and_mentions(options.caption.as_str()).0;
    let new = NewVideo {
        id,
        account_id: account,
        upload_id,
        caption: options.caption,
        visibility: options.visibility,
        allow_comments: options.allow_comments,
        allow_duet: options.allow_duet,
        allow_stitch: options.allow_stitch,
        reuse_sound: options.sound.map(|(_, id)| id),
        hashtags,
        remix: remix.clone().map(|(kind, region, of)| (kind, of, region)),
    };
    match cell.publish_video(&new, &job).await {
        Ok(video) => {
            state.work_queued();
            super::social::notify_mentions(state, video.caption.as_str(), account, Some(id), None)
                .await;
            // The remix tuple already names the original's region (see `remixable`).
            if let Some((kind, region, of)) = &remix {
                if let Some(cell) = state.store().cell(region) {
                    if let Ok(Some(original)) = cell.video(*of).await {
                        super::social::notify(
                            state,
                            original.account_id,
                            kind,
                            account,
                            Some(id),
                            None,
                        )
                        .await;
                    }
                }
            }
            tracing::info!(video = %id, %account, "video published; transcoding queued");
            Ok(video)
        }
        Err(e) => {
            let _ = directory.remove_object(id.0).await;
            Err(e.into())
        }
    }
}

/// A video the caller may duet or stitch: visible to them, its flag on, its creator's
/// setting open to them, no block either way.
pub async fn remixable(
    state: &AppState,
    user: &CurrentUser,
    kind: &'static str,
    raw: &str,
) -> ApiResult<(String, RegionCode, VideoId)> {
    let (region, cell, original) =
        super::social::visible_video(state, raw, Some(user.account_id)).await?;
    let settings = cell
        .settings(original.account_id)
        .await?
        .ok_or_else(|| ApiError::not_found("video"))?;
    let (flag, policy) = if kind == "duet" {
        (original.allow_duet, settings.duet_policy)
    } else {
        (original.allow_stitch, settings.stitch_policy)
    };
    let home = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let allowed = flag
        && original.visibility == Visibility::Public
        && !home.blocks(user.account_id, original.account_id).await?
        && super::social::allowed_by_policy(cell, original.account_id, user.account_id, policy)
            .await?;
    if !allowed {
        return Err(ApiError::new(
            ErrorCode::RemixOff,
            format!("the creator does not allow a {kind} of this video by you"),
        ));
    }
    Ok((kind.to_owned(), region, original.id))
}

/// A sound that may be reused: it exists and its own video is public and ready.
pub async fn reusable_sound(state: &AppState, raw: &str) -> ApiResult<(RegionCode, SoundId)> {
    let not_found = || ApiError {
        field: Some("sound_id"),
        ..ApiError::not_found("sound")
    };
    let id = SoundId::parse(raw).map_err(|_| not_found())?;
    let region = state
        .store()
        .directory()
        .locate(ObjectKind::Sound, id.0)
        .await?
        .ok_or_else(not_found)?;
    let cell = state.store().cell(&region).ok_or_else(not_found)?;
    let sound = cell.sound(id).await?.ok_or_else(not_found)?;
    if !cell.video_is_public(sound.video_id).await? || !cell.sound_path(id).is_file() {
        return Err(not_found());
    }
    Ok((region, id))
}

/// A video: its state and, once ready, where to play it.
#[utoipa::path(get, path = "/api/v1/videos/{id}", tag = "videos", security((), ("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path, description = "Video id")),
    responses((status = 200, body = VideoView),
        (status = 404, body = ErrorBody, description = "No such video, or not visible to the caller")))]
pub async fn get_video(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(id): Path<String>,
) -> ApiResult<Json<VideoView>> {
    let viewer_id = viewer.map(|v| v.account_id);
    let (region, cell, video) = super::social::visible_video(&state, &id, viewer_id).await?;
    Ok(Json(
        video_view(&state, &region, cell, video, viewer_id).await?,
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

#[derive(Serialize, ToSchema)]
pub struct VideoPage {
    pub(crate) items: Vec<VideoView>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub(crate) cursor: Option<String>,
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
    axum::extract::Query(page): axum::extract::Query<PageQuery>,
) -> ApiResult<Json<VideoPage>> {
    let not_found = || ApiError::not_found("account");
    let entry = state
        .store()
        .directory()
        .lookup(&spool_core::HandleKey::of(&handle))
        .await?
        .ok_or_else(not_found)?;
    let cell = state.store().cell(&entry.region).ok_or_else(not_found)?;
    let account = cell
        .account(entry.account_id)
        .await?
        .ok_or_else(not_found)?;
    let viewer_id = viewer.map(|v| v.account_id);
    let own = viewer_id == Some(account.id);
    let limit = page.limit.unwrap_or(20).clamp(1, 50);
    let before = page.cursor.as_deref().and_then(|c| c.parse::<i64>().ok());
    let blocked = super::social::blocked_by(cell, account.id, viewer_id).await?;
    let follower = match viewer_id {
        Some(v) => super::social::follows(cell, account.id, v).await?,
        None => false,
    };
    if blocked {
        return Err(not_found());
    }
    let videos = if account.is_private && !own && !follower {
        Vec::new()
    } else {
        cell.account_videos(
            account.id,
            if own {
                spool_store::VideoScope::Own
            } else if follower {
                spool_store::VideoScope::Follower
            } else {
                spool_store::VideoScope::Public
            },
            before,
            limit,
        )
        .await?
    };
    let cursor = (videos.len() == limit as usize)
        .then(|| {
            videos
                .last()
                .map(|v| v.created_at.timestamp_millis().to_string())
        })
        .flatten();
    let mut items = Vec::with_capacity(videos.len());
    for video in videos {
        items.push(video_view(&state, &entry.region, cell, video, viewer_id).await?);
    }
    Ok(Json(VideoPage { items, cursor }))
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
    let (region, cell, video) =
        super::social::visible_video(&state, &id, Some(user.account_id)).await?;
    if video.account_id != user.account_id {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "only its creator can delete a video",
        ));
    }
    // Its likes and comment likes (in the likers' cells) go too, through the outbox.
    let sounds = state.store().delete_video(&region, video.id).await?;
    purge_media(&state, cell, &[video.id], &sounds).await?;
    tracing::info!(video = %video.id, "video deleted");
    Ok(StatusCode::NO_CONTENT)
}

/// After videos and sounds left a cell's database: takes them out of the directory, the
/// search index and the media cache, and removes their files.
pub(crate) async fn purge_media(
    state: &AppState,
    cell: &Cell,
    videos: &[VideoId],
    sounds: &[SoundId],
) -> ApiResult<()> {
    let directory = state.store().directory();
    for id in videos {
        state.feed().remove_video(id.0.as_u128());
        directory.remove_object(id.0).await?;
        let _ = state
            .search()
            .remove(spool_search::Kind::Video, &id.to_string());
        let dir = cell.video_dir(*id);
        state.media_cache().forget_under(&dir);
        if let Err(e) = tokio::fs::remove_dir_all(&dir).await {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(video = %id, error = %e, "cannot remove video files");
            }
        }
    }
    for id in sounds {
        directory.remove_object(id.0).await?;
        let _ = state
            .search()
            .remove(spool_search::Kind::Sound, &id.to_string());
        let path = cell.sound_path(*id);
        state.media_cache().forget_under(&path);
        super::uploads::remove_file(&path).await;
    }
    Ok(())
}
