//! Publishing videos, reading them back, the lists they appear in (an account's videos,
//! liked videos, hashtag and sound pages), sharing and deleting. Every video that leaves
//! here has passed the distribution rule for the viewer.

use spool_core::{
    AccountId, Caption, HandleKey, RegionCode, RemixKind, SoundId, UploadId, VideoId, Visibility,
};
use spool_store::{
    Cell, NewJob, NewVideo, ObjectKind, UploadState, VideoCounter, VideoRecord, VideoSettings,
};

use super::policy::{Audience, Decision};
use super::{Actor, ServiceError, ServiceResult};
use crate::error::ErrorCode;
use crate::state::AppState;
use crate::workers::transcode::TranscodePayload;

/// A video found for a viewer: its region and cell, the record, and what the viewer may
/// do with it.
pub struct Found<'a> {
    pub region: RegionCode,
    pub cell: &'a Cell,
    pub video: VideoRecord,
    pub decision: Decision,
}

/// Where a video lives, from the directory.
pub async fn locate(state: &AppState, id: VideoId) -> ServiceResult<Option<(RegionCode, &Cell)>> {
    let Some(region) = state
        .store()
        .directory()
        .locate(ObjectKind::Video, id.0)
        .await?
    else {
        return Ok(None);
    };
    Ok(state.store().cell(&region).map(|cell| (region, cell)))
}

/// A video as stored, with its region and cell, whoever may see it (`NotFound` when
/// there is none): for the rule to judge, or for moderators.
pub async fn stored(
    state: &AppState,
    id: VideoId,
) -> ServiceResult<(RegionCode, &Cell, VideoRecord)> {
    let (region, cell) = locate(state, id)
        .await?
        .ok_or(ServiceError::NotFound("video"))?;
    let video = cell
        .video(id)
        .await?
        .ok_or(ServiceError::NotFound("video"))?;
    Ok((region, cell, video))
}

/// A video the viewer may see (`view`); `NotFound` otherwise, as if it did not exist.
pub async fn viewable<'a>(audience: &mut Audience<'a>, raw_id: &str) -> ServiceResult<Found<'a>> {
    let id = VideoId::parse(raw_id).map_err(|_| ServiceError::NotFound("video"))?;
    viewable_id(audience, id).await
}

pub async fn viewable_id<'a>(audience: &mut Audience<'a>, id: VideoId) -> ServiceResult<Found<'a>> {
    let (region, cell, video) = stored(audience.state(), id).await?;
    let decision = audience.decide(cell, &video).await?;
    if decision.withheld {
        return Err(withheld(cell, &video).await?);
    }
    if !decision.view {
        return Err(ServiceError::NotFound("video"));
    }
    Ok(Found {
        region,
        cell,
        video,
        decision,
    })
}

/// The answer for a video withheld where the viewer is: which order, and where.
async fn withheld(cell: &Cell, video: &VideoRecord) -> ServiceResult<ServiceError> {
    let owner = cell
        .settings(video.account_id)
        .await?
        .map(|s| s.moderation)
        .unwrap_or_default();
    let w = video
        .moderation
        .withheld
        .clone()
        .or(owner.withheld)
        .unwrap_or_default();
    let places: Vec<String> = w
        .regions
        .iter()
        .chain(w.countries.iter())
        .cloned()
        .collect();
    Ok(ServiceError::refused(
        crate::error::ErrorCode::Withheld,
        format!(
            "this video is withheld in {} in compliance with a legal order ({})",
            if places.is_empty() {
                "your location".to_owned()
            } else {
                places.join(", ")
            },
            if w.reference.is_empty() {
                "no reference given"
            } else {
                &w.reference
            }
        ),
    ))
}

/// How a video is to be published, parsed.
pub struct PublishOptions {
    pub caption: Caption,
    pub visibility: Visibility,
    pub allow_comments: bool,
    pub allow_duet: bool,
    pub allow_stitch: bool,
    /// A sound to reuse: its region and id (checked by [`reusable_sound`]).
    pub sound: Option<(RegionCode, SoundId)>,
    /// A duet or stitch: the kind, the original's region and id (checked by
    /// [`remixable`]).
    pub remix: Option<(RemixKind, RegionCode, VideoId)>,
    /// The poster is the frame at this instant (milliseconds) instead of the default.
    pub cover_ms: Option<u32>,
}

/// The raw references a publish request makes, checked against the rule here.
pub struct References<'r> {
    pub sound_id: Option<&'r str>,
    pub remix: Option<(RemixKind, &'r str)>,
}

/// Publishes a finished upload of the actor, checking the sound and remix it names.
pub async fn publish(
    state: &AppState,
    actor: &Actor,
    upload_id: UploadId,
    mut options: PublishOptions,
    refs: References<'_>,
) -> ServiceResult<VideoRecord> {
    super::moderation::ensure_active(state, actor).await?;
    let mut audience = Audience::new(state, Some(actor.clone()));
    if let Some(raw) = refs.sound_id {
        options.sound = Some(reusable_sound(&mut audience, raw).await?);
    }
    if let Some((kind, raw)) = refs.remix {
        options.remix = Some(remixable(&mut audience, kind, raw).await?);
    }
    let cell = state
        .store()
        .cell(&actor.region)
        .ok_or(ServiceError::Unauthenticated)?;
    let video = publish_upload(state, cell, actor.id, upload_id, options).await?;
    screen_caption(state, cell, actor, &video).await;
    Ok(video)
}

/// Screens a video's caption against the operator's term lists (new or edited).
async fn screen_caption(state: &AppState, cell: &Cell, actor: &Actor, video: &VideoRecord) {
    super::moderation::screening::screen(
        state,
        cell,
        spool_store::Target {
            kind: spool_store::TargetKind::Video,
            id: video.id.0,
        },
        actor.id,
        &actor.region,
        "caption",
        video.caption.as_str(),
    )
    .await;
}

/// Publishes a finished upload of `account` (whose home cell is `cell`): probes it
/// (refusing, and discarding, what is not a sane short video), then records the video
/// and queues its transcode job in one transaction. The sound and remix in `options`
/// must have been checked ([`publish`] does).
pub async fn publish_upload(
    state: &AppState,
    cell: &Cell,
    account: AccountId,
    upload_id: UploadId,
    options: PublishOptions,
) -> ServiceResult<VideoRecord> {
    let upload = cell
        .upload(upload_id)
        .await?
        .filter(|u| u.account_id == account)
        .ok_or(ServiceError::NotFound("upload"))?;
    match upload.state {
        UploadState::Receiving => {
            return Err(ServiceError::refused(
                ErrorCode::UploadIncomplete,
                format!(
                    "the upload has {} of {} bytes; finish it first",
                    upload.offset, upload.length
                ),
            ))
        }
        UploadState::Consumed => {
            return Err(ServiceError::refused(
                ErrorCode::UploadConsumed,
                "this upload was already published",
            ))
        }
        UploadState::Complete => {}
    }
    // Refuse what is not a sane short video now, with the reason, and keep nothing.
    let id = VideoId::new();
    // Probed from a local file: the stored one on the local backend, a copy in a scratch
    // folder (gone after the probe) on object storage.
    let scratch = state
        .media()
        .scratch_dir()
        .map_err(ServiceError::unexpected)?;
    let path = state
        .media()
        .stage(
            cell,
            &spool_blob::keys::upload_part(upload_id),
            scratch.path(),
        )
        .await
        .map_err(|_| ServiceError::NotFound("upload"))?;
    let probed = spool_media::probe(&path, &state.media_limits()).await;
    drop(scratch);
    let report = match probed {
        Ok(report) => report,
        Err(spool_media::MediaError::Rejected { code, message }) => {
            cell.delete_upload(upload_id).await?;
            state.media().remove_upload(cell, upload_id).await;
            return Err(
                ServiceError::refused(ErrorCode::MediaRejected(code), message).field("upload_id"),
            );
        }
        Err(e) => return Err(ServiceError::unexpected(e)),
    };
    // The cover must be an instant of the clip (the upload stays, to publish again).
    if let Some(ms) = options.cover_ms {
        if f64::from(ms) > report.duration_secs * 1000.0 {
            return Err(ServiceError::refused(
                ErrorCode::InvalidField("invalid_cover"),
                format!(
                    "the cover is at {ms} ms, after the end of the clip ({:.0} ms)",
                    report.duration_secs * 1000.0
                ),
            )
            .field("cover_ms"));
        }
    }
    let payload = TranscodePayload {
        upload_id,
        sound: options.sound.clone(),
        remix: options.remix.clone(),
        cover_ms: options.cover_ms,
    };
    let job = NewJob {
        kind: spool_core::JobKind::Transcode.as_str().into(),
        subject: id.to_string(),
        payload: serde_json::to_string(&payload).map_err(ServiceError::unexpected)?,
        max_attempts: state.config().jobs.max_attempts,
        priority: spool_core::JobKind::Transcode.priority(),
    };
    let directory = state.store().directory();
    directory
        .register_object(ObjectKind::Video, id.0, cell.region(), account)
        .await?;
    let remix = options.remix;
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
        remix: remix
            .clone()
            .map(|(kind, region, of)| (kind.as_str().to_owned(), of, region)),
        duration_ms: (report.duration_secs * 1000.0).round() as i64,
    };
    match cell.publish_video(&new, &job).await {
        Ok(video) => {
            state.jobs().queued(cell.region(), &job.kind, &job.subject);
            super::notifications::mentions(state, video.caption.as_str(), account, Some(id), None)
                .await;
            if let Some((kind, region, of)) = &remix {
                if let Some(cell) = state.store().cell(region) {
                    if let Ok(Some(original)) = cell.video(*of).await {
                        super::notifications::notify(
                            state,
                            original.account_id,
                            (*kind).into(),
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

/// A video the viewer may duet or stitch, by the distribution rule: `NotFound` when they
/// may not see it, `remix_off` when they may see but not remix it.
pub async fn remixable(
    audience: &mut Audience<'_>,
    kind: RemixKind,
    raw: &str,
) -> ServiceResult<(RemixKind, RegionCode, VideoId)> {
    let found = viewable(audience, raw).await?;
    if !found.decision.remix(kind) {
        return Err(ServiceError::refused(
            ErrorCode::RemixOff,
            format!("the creator does not allow a {kind} of this video by you"),
        ));
    }
    Ok((kind, found.region, found.video.id))
}

/// A sound the viewer may reuse: its video's decision allows it and its file exists.
pub async fn reusable_sound(
    audience: &mut Audience<'_>,
    raw: &str,
) -> ServiceResult<(RegionCode, SoundId)> {
    let not_found = || ServiceError::NotFound("sound").field("sound_id");
    let id = SoundId::parse(raw).map_err(|_| not_found())?;
    let (region, cell, _, decision) = sound_for(audience, id).await?.ok_or_else(not_found)?;
    if !decision.reuse_sound || !audience.state().media().sound_exists(cell, id).await {
        return Err(not_found());
    }
    Ok((region, id))
}

/// A sound, its cell, and the rule's decision on the video it comes from.
pub async fn sound_for<'a>(
    audience: &mut Audience<'a>,
    id: SoundId,
) -> ServiceResult<Option<(RegionCode, &'a Cell, spool_store::SoundRecord, Decision)>> {
    let state = audience.state();
    let Some(region) = state
        .store()
        .directory()
        .locate(ObjectKind::Sound, id.0)
        .await?
    else {
        return Ok(None);
    };
    let Some(cell) = state.store().cell(&region) else {
        return Ok(None);
    };
    let Some(sound) = cell.sound(id).await? else {
        return Ok(None);
    };
    let Some(video) = cell.video(sound.video_id).await? else {
        return Ok(None);
    };
    let decision = audience.decide(cell, &video).await?;
    Ok(Some((region, cell, sound, decision)))
}

/// An account's videos for the viewer, newest first (all of them, in any state, for the
/// account itself). `before` is a `created_at` in Unix ms.
pub async fn account_videos<'a>(
    audience: &mut Audience<'a>,
    handle: &str,
    before: Option<i64>,
    limit: u32,
) -> ServiceResult<(RegionCode, &'a Cell, Vec<VideoRecord>)> {
    let state = audience.state();
    let not_found = || ServiceError::NotFound("account");
    let entry = state
        .store()
        .directory()
        .lookup(&HandleKey::of(handle))
        .await?
        .ok_or_else(not_found)?;
    let cell = state.store().cell(&entry.region).ok_or_else(not_found)?;
    if audience.blocked_with(cell, entry.account_id).await? {
        return Err(not_found());
    }
    let own = audience.viewer_id() == Some(entry.account_id);
    // Candidates from the store; the rule decides each.
    let scope = if own {
        spool_store::VideoScope::Own
    } else {
        spool_store::VideoScope::Follower
    };
    let mut out = Vec::new();
    let mut cursor = before;
    loop {
        let batch = cell
            .account_videos(entry.account_id, scope, cursor, limit)
            .await?;
        let done = batch.len() < limit as usize;
        cursor = batch.last().map(|v| v.created_at.timestamp_millis());
        for v in batch {
            if out.len() < limit as usize && audience.decide(cell, &v).await?.list {
                out.push(v);
            }
        }
        if done || out.len() == limit as usize {
            break;
        }
    }
    Ok((entry.region, cell, out))
}

/// The videos the account behind `handle` liked, for the viewer: shown when the account
/// made its likes public (and to itself), and never past a block or a private account's
/// followers.
pub async fn liked_videos<'a>(
    audience: &mut Audience<'a>,
    handle: &str,
) -> ServiceResult<Vec<(RegionCode, &'a Cell, VideoRecord)>> {
    let state = audience.state();
    let owner = super::accounts::by_handle(state, handle).await?;
    if !super::accounts::may_see_lists(audience, &owner).await? {
        return Err(ServiceError::NotFound("account"));
    }
    let id = owner.entry.account_id;
    let own = audience.viewer_id() == Some(id);
    let public = owner
        .cell
        .settings(id)
        .await?
        .is_some_and(|s| s.liked_public);
    if !own && !public {
        return Err(ServiceError::forbidden(
            "this account keeps its liked videos private",
        ));
    }
    let mut items = Vec::new();
    for (id, region) in owner.cell.liked_videos(id, 50).await? {
        let Some(cell) = state.store().cell(&region) else {
            continue;
        };
        let Some(video) = cell.video(id).await? else {
            continue;
        };
        if audience.decide(cell, &video).await?.list {
            items.push((region, cell, video));
        }
    }
    Ok(items)
}

/// Keeps the candidates the viewer may see in a list, up to `limit`.
async fn listed<'a>(
    audience: &mut Audience<'a>,
    candidates: Vec<(RegionCode, VideoRecord)>,
    limit: usize,
) -> ServiceResult<Vec<(RegionCode, &'a Cell, VideoRecord)>> {
    let state = audience.state();
    let mut items = Vec::new();
    for (region, video) in candidates {
        if items.len() == limit {
            break;
        }
        let Some(cell) = state.store().cell(&region) else {
            continue;
        };
        if audience.decide(cell, &video).await?.list {
            items.push((region, cell, video));
        }
    }
    Ok(items)
}

/// A hashtag's videos from every region, newest first, and how many public videos carry it.
pub async fn hashtag_videos<'a>(
    audience: &mut Audience<'a>,
    tag: &str,
) -> ServiceResult<(i64, Vec<(RegionCode, &'a Cell, VideoRecord)>)> {
    let state = audience.state();
    let count = hashtag_count(state, tag).await?;
    let mut videos = Vec::new();
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        for v in cell.hashtag_videos(tag, None, 50).await? {
            videos.push((region.clone(), v));
        }
    }
    videos.sort_by_key(|v| std::cmp::Reverse(v.1.created_at));
    Ok((count, listed(audience, videos, 50).await?))
}

/// Public videos with this hashtag, in every region.
pub async fn hashtag_count(state: &AppState, tag: &str) -> ServiceResult<i64> {
    let mut count = 0;
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            count += cell.hashtag_count(tag).await?;
        }
    }
    Ok(count)
}

/// A sound's page: the sound (if the viewer may see the video it comes from) and the
/// videos that use it, newest or most liked first.
pub struct SoundPage<'a> {
    pub region: RegionCode,
    pub sound: spool_store::SoundRecord,
    pub videos: Vec<(RegionCode, &'a Cell, VideoRecord)>,
}

pub async fn sound_page<'a>(
    audience: &mut Audience<'a>,
    raw: &str,
    popular: bool,
) -> ServiceResult<SoundPage<'a>> {
    let state = audience.state();
    let not_found = || ServiceError::NotFound("sound");
    let id = SoundId::parse(raw).map_err(|_| not_found())?;
    let (region, _, sound, decision) = sound_for(audience, id).await?.ok_or_else(not_found)?;
    // The sound is as visible as a public listing of its video (blocks included).
    if !(decision.list && decision.search) {
        return Err(not_found());
    }
    let mut videos = Vec::new();
    for r in state.store().regions() {
        let Some(c) = state.store().cell(r) else {
            continue;
        };
        for v in c.sound_videos(id, popular, 50).await? {
            videos.push((r.clone(), v));
        }
    }
    if popular {
        videos.sort_by(|a, b| {
            b.1.like_count
                .cmp(&a.1.like_count)
                .then(b.1.created_at.cmp(&a.1.created_at))
        });
    } else {
        videos.sort_by_key(|v| std::cmp::Reverse(v.1.created_at));
    }
    Ok(SoundPage {
        region,
        sound,
        videos: listed(audience, videos, 50).await?,
    })
}

/// Counts a share of a video the viewer may see; answers the new share count.
pub async fn share(audience: &mut Audience<'_>, raw: &str) -> ServiceResult<(VideoId, i64)> {
    let found = viewable(audience, raw).await?;
    found
        .cell
        .bump_video(found.video.id, VideoCounter::Shares, 1)
        .await?;
    let state = audience.state();
    if let Some(v) = audience.viewer() {
        crate::feed::social_event(
            state,
            v.id,
            &v.region,
            found.video.id,
            spool_feed::EventKind::Share,
        )
        .await;
    }
    let (_, _, share_count) = found.cell.video_counts(found.video.id).await?;
    Ok((found.video.id, share_count))
}

/// Deletes one's own video: its media, comments, hashtags and extracted sound go at once
/// (videos that reused the sound keep their audio). A transcode still running for it
/// notices and cleans up after itself.
/// Changes to a video's caption and settings, parsed; `None` keeps what is there.
#[derive(Default)]
pub struct VideoEdit {
    pub caption: Option<Caption>,
    pub visibility: Option<Visibility>,
    pub allow_comments: Option<bool>,
    pub allow_duet: Option<bool>,
    pub allow_stitch: Option<bool>,
}

/// The creator edits their video: caption (its hashtags follow), who may see it, and
/// whether others may comment, duet or stitch. Only its creator may.
pub async fn edit<'a>(
    audience: &mut Audience<'a>,
    actor: &Actor,
    raw: &str,
    edit: VideoEdit,
) -> ServiceResult<Found<'a>> {
    let state = audience.state();
    super::moderation::ensure_active(state, actor).await?;
    let found = viewable(audience, raw).await?;
    if found.video.account_id != actor.id {
        return Err(ServiceError::forbidden("only its creator can edit a video"));
    }
    let v = &found.video;
    let caption_changed = edit.caption.is_some();
    let caption = edit.caption.unwrap_or_else(|| v.caption.clone());
    let settings = VideoSettings {
        hashtags: spool_core::tags_and_mentions(caption.as_str()).0,
        caption,
        visibility: edit.visibility.unwrap_or(v.visibility),
        allow_comments: edit.allow_comments.unwrap_or(v.allow_comments),
        allow_duet: edit.allow_duet.unwrap_or(v.allow_duet),
        allow_stitch: edit.allow_stitch.unwrap_or(v.allow_stitch),
    };
    let video = found.cell.update_video(v.id, &settings).await?;
    super::catalog::video_changed(state, found.cell, video.id).await;
    if caption_changed {
        screen_caption(state, found.cell, actor, &video).await;
    }
    tracing::info!(video = %video.id, "video edited");
    Ok(Found { video, ..found })
}

pub async fn delete(state: &AppState, actor: &Actor, raw: &str) -> ServiceResult<()> {
    let mut audience = Audience::new(state, Some(actor.clone()));
    let found = viewable(&mut audience, raw).await?;
    if found.video.account_id != actor.id {
        return Err(ServiceError::forbidden(
            "only its creator can delete a video",
        ));
    }
    // Other instances it went to are told first (a crash before the deletion leaves
    // the video here, taken back there: the creator asked for that).
    crate::federation::take_back(state, found.cell, actor.id, found.video.id).await?;
    // Its likes and comment likes (in the likers' cells) go too, through the outbox.
    let sounds = state
        .store()
        .delete_video(&found.region, found.video.id)
        .await?;
    super::catalog::media_removed(state, found.cell, &[found.video.id], &sounds).await?;
    tracing::info!(video = %found.video.id, "video deleted");
    Ok(())
}
