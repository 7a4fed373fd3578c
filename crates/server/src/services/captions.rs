//! Caption tracks: a creator attaches a WebVTT file per language to their own video (at
//! upload or later) and removes it. The file is checked (`spool_core::WebVtt`: a strict
//! parse, cues within the clip), stored with the video's media (`videos/<id>/captions/`,
//! same blob store, so deleting or moving the video takes it along) together with its
//! HLS subtitle playlist, and listed on the video's record. The master playlist gets the
//! tracks when it is served ([`master_playlist`]); the files themselves are served by the
//! media routes under exactly the rule, paths and signatures of the video's segments.

use bytes::Bytes;
use spool_blob::keys;
use spool_core::{CaptionLang, VideoId, WebVtt};
use spool_store::{Cell, VideoRecord};

use super::policy::Audience;
use super::videos::{viewable, Found};
use super::{Actor, ServiceError, ServiceResult};

/// The caller's own video, found as anyone's would be; another account's video (or one
/// the caller may not see) answers `NotFound`, as if there were none.
async fn own_video<'a>(
    audience: &mut Audience<'a>,
    actor: &Actor,
    raw: &str,
) -> ServiceResult<Found<'a>> {
    super::moderation::ensure_active(audience.state(), actor).await?;
    let found = viewable(audience, raw).await?;
    if found.video.account_id != actor.id {
        return Err(ServiceError::NotFound("video"));
    }
    Ok(found)
}

fn clip_ms(video: &VideoRecord) -> Option<u64> {
    video.duration_ms.and_then(|d| u64::try_from(d).ok())
}

/// Attaches (or replaces) the caption track of `lang` on the caller's video. Nothing is
/// changed when the file is refused. The files are written before the record lists
/// them, so a listed track is always there; a crash in between leaves files that the
/// next upload of that language replaces, or the video's deletion removes.
pub async fn put<'a>(
    audience: &mut Audience<'a>,
    actor: &Actor,
    raw_video: &str,
    lang: CaptionLang,
    body: &[u8],
) -> ServiceResult<Found<'a>> {
    let found = own_video(audience, actor, raw_video).await?;
    let clip = clip_ms(&found.video);
    let vtt = WebVtt::parse(body, clip)?;
    let length = clip
        .or_else(|| vtt.cues().last().map(|c| c.end_ms))
        .unwrap_or(1000);
    let state = audience.state();
    let blobs = state
        .media()
        .blobs(found.cell)
        .map_err(ServiceError::unexpected)?;
    let id = found.video.id;
    blobs
        .put(&keys::caption_file(id, &lang), Bytes::from(vtt.into_text()))
        .await
        .map_err(ServiceError::unexpected)?;
    let playlist = spool_media::subtitle_playlist(length, &format!("{lang}.vtt"));
    blobs
        .put(&keys::caption_playlist(id, &lang), Bytes::from(playlist))
        .await
        .map_err(ServiceError::unexpected)?;
    let video = found
        .cell
        .set_video_caption(id, &lang, true)
        .await?
        .ok_or(ServiceError::NotFound("video"))?;
    super::catalog::video_changed(state, found.cell, id).await;
    tracing::info!(video = %id, %lang, "caption track stored");
    Ok(Found { video, ..found })
}

/// Removes the caption track of `lang` from the caller's video (`NotFound` when it has
/// none in that language). The record first, then the files: a track that is no longer
/// listed is not in the master playlist any more.
pub async fn remove<'a>(
    audience: &mut Audience<'a>,
    actor: &Actor,
    raw_video: &str,
    lang: CaptionLang,
) -> ServiceResult<Found<'a>> {
    let found = own_video(audience, actor, raw_video).await?;
    if !found.video.captions.contains(&lang) {
        return Err(ServiceError::NotFound("caption track"));
    }
    let id = found.video.id;
    let video = found
        .cell
        .set_video_caption(id, &lang, false)
        .await?
        .ok_or(ServiceError::NotFound("video"))?;
    let state = audience.state();
    let blobs = state
        .media()
        .blobs(found.cell)
        .map_err(ServiceError::unexpected)?;
    for key in [
        keys::caption_file(id, &lang),
        keys::caption_playlist(id, &lang),
    ] {
        if let Err(e) = blobs.delete(&key).await {
            tracing::warn!(error = %e, video = %id, "cannot remove a caption file");
        }
    }
    super::catalog::video_changed(state, found.cell, id).await;
    tracing::info!(video = %id, %lang, "caption track removed");
    Ok(Found { video, ..found })
}

/// The master playlist of a video that has caption tracks, with them as its subtitle
/// renditions (`subs/<lang>.m3u8`, relative, so public and signed paths alike lead to
/// the caption files beside the segments); `None` when the video has no captions (the
/// stored master is served as it is). The caller has already applied the media rule.
pub async fn master_playlist(
    state: &crate::state::AppState,
    cell: &Cell,
    video: VideoId,
) -> ServiceResult<Option<String>> {
    let Some(record) = cell.video(video).await? else {
        return Err(ServiceError::NotFound("media"));
    };
    if record.captions.is_empty() {
        return Ok(None);
    }
    let blobs = state
        .media()
        .blobs(cell)
        .map_err(ServiceError::unexpected)?;
    let stored = match blobs.get(&keys::hls_master(video)).await {
        Ok(b) => b,
        Err(e) if e.is_not_found() => return Err(ServiceError::NotFound("media")),
        Err(e) => return Err(ServiceError::unexpected(e)),
    };
    let stored = String::from_utf8_lossy(&stored);
    let tracks: Vec<spool_media::SubtitleTrack<'_>> = record
        .captions
        .iter()
        .map(|lang| spool_media::SubtitleTrack {
            language: lang.as_str(),
            uri: format!("subs/{lang}.m3u8"),
        })
        .collect();
    Ok(Some(spool_media::with_subtitles(&stored, &tracks)))
}
