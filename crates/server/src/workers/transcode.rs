//! A new video's media jobs. `transcode` (urgent): probe → smallest rendition + poster,
//! and beside it the video's fingerprint, matched against removed content (a match
//! holds the video before it ever becomes playable) → the video is playable; its
//! completion queues `sound` (the clip's own audio as a reusable sound), whose
//! completion queues `ladder` (the rest of the renditions; the video is then complete).
//! Both can wait behind other uploads' first renditions and run their ffmpeg niced. Each job stages the original into a work folder of its
//! own and skips what a previous attempt finished.
//!
//! A video (or its account) deleted while its job runs: the job checks between steps,
//! and when the video is gone it removes what it wrote (files, the sound it registered)
//! and ends as done — nothing of a deleted video stays behind.
//!
//! A duet or stitch starts from the original as it was published: its picture, and its
//! reused sound where it has one — never the audio of the original's raw upload.

use std::path::Path;

use serde::{Deserialize, Serialize};
use spool_blob::keys;
use spool_core::{JobKind, RegionCode, RemixKind, SoundId, UploadId, VideoId};
use spool_media::{AudioSource, Limits, MediaError, ProbeReport, Rendition};
use spool_store::{Cell, Job, NewJob, ObjectKind, SoundRecord};

use super::jobs::JobError;
use crate::services::catalog;
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TranscodePayload {
    pub upload_id: UploadId,
    /// A sound to use instead of the clip's own audio: (its region, its id).
    pub sound: Option<(RegionCode, SoundId)>,
    /// A duet or stitch: (kind, the original's region, its id).
    #[serde(default)]
    pub remix: Option<(RemixKind, RegionCode, VideoId)>,
    /// The creator's cover: the poster is the frame at this instant (milliseconds).
    #[serde(default)]
    pub cover_ms: Option<u32>,
}

fn io(e: std::io::Error) -> JobError {
    JobError::Retry(format!("io: {e}"))
}

/// The job gave up: the video is marked failed with a reason fit for its creator.
pub async fn gave_up(state: &AppState, region: &RegionCode, job: &Job, message: &str) {
    let Some(cell) = state.store().cell(region) else {
        return;
    };
    let Ok(id) = VideoId::parse(&job.subject) else {
        return;
    };
    let (code, text) = creator_failure(message);
    if let Err(e) = cell.fail_video(id, code, &text).await {
        tracing::warn!(error = %e, "cannot mark the video failed");
    }
    state.media().remove_renditions(cell, id).await;
}

/// The failure code and message a creator sees: the code of a known refusal with its
/// text (file paths taken out), and a plain sentence for anything unexpected (whose
/// details only the log has).
fn creator_failure(message: &str) -> (&str, String) {
    let (code, text) = message
        .split_once(": ")
        .unwrap_or(("transcode_failed", message));
    let known = code.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        && !matches!(code, "transcode_failed" | "io" | "store" | "service");
    if !known {
        return (
            "transcode_failed",
            "the video could not be processed; try uploading it again".to_owned(),
        );
    }
    let redacted: Vec<&str> = text
        .split_whitespace()
        .map(|w| {
            if w.contains('/') || w.contains('\\') {
                "[file]"
            } else {
                w
            }
        })
        .collect();
    (code, redacted.join(" "))
}

/// Whether the video is still there; when it is not, removes what the job wrote.
async fn still_there(state: &AppState, cell: &Cell, id: VideoId) -> Result<bool, JobError> {
    if cell.video(id).await?.is_some() {
        return Ok(true);
    }
    tracing::info!(video = %id, "video deleted while transcoding; cleaning up");
    let sound = SoundId(id.0);
    // The sound row went with the video (or was never written); its file and
    // directory entry may still be here.
    catalog::media_removed(state, cell, &[id], &[sound]).await?;
    Ok(false)
}

/// Runs one of a video's media jobs; returns the jobs that follow it.
pub async fn run(
    state: &AppState,
    cell: &Cell,
    job: &Job,
    kind: JobKind,
) -> Result<Vec<NewJob>, JobError> {
    let video_id =
        VideoId::parse(&job.subject).map_err(|e| JobError::Permanent(format!("bad_job: {e}")))?;
    let payload: TranscodePayload = serde_json::from_str(&job.payload)
        .map_err(|e| JobError::Permanent(format!("bad_job: {e}")))?;
    if !still_there(state, cell, video_id).await? {
        return Ok(Vec::new());
    }
    let video_work = state.media().work_dir(cell, video_id);
    let work = video_work.join(kind.as_str());
    tokio::fs::create_dir_all(&work).await.map_err(io)?;
    let mut limits = state.media_limits();
    if kind.priority() > JobKind::URGENT {
        limits.niceness = 10;
    }
    let result = match kind {
        JobKind::Transcode => first(state, cell, video_id, &payload, &work, &limits).await,
        JobKind::Sound => sound(state, cell, video_id, &work, &limits).await,
        JobKind::Ladder => ladder(state, cell, video_id, &payload, &work, &limits).await,
        JobKind::Deliver => Err(JobError::Permanent(
            "bad_job: a delivery is not a media job".into(),
        )),
    };
    if result.is_ok() {
        let _ = tokio::fs::remove_dir_all(&work).await;
        // Gone once no other job of the video still works in it.
        let _ = tokio::fs::remove_dir(&video_work).await;
    }
    let next = result?;
    Ok(next
        .into_iter()
        .map(|k| NewJob {
            kind: k.as_str().into(),
            subject: job.subject.clone(),
            payload: job.payload.clone(),
            max_attempts: job.max_attempts,
            priority: k.priority(),
        })
        .collect())
}

/// What every job of a video starts from: the original, staged into `work`, and its
/// probe and rendition ladder.
struct Source {
    video: spool_store::VideoRecord,
    original: std::path::PathBuf,
    probe: ProbeReport,
    ladder: Vec<Rendition>,
}

async fn source(
    state: &AppState,
    cell: &Cell,
    video_id: VideoId,
    payload: &TranscodePayload,
    work: &Path,
    limits: &Limits,
) -> Result<Option<Source>, JobError> {
    let Some(video) = cell.video(video_id).await? else {
        return Ok(None);
    };
    let original = state
        .media()
        .stage(cell, &keys::video_original(video_id), work)
        .await
        .map_err(blob)?;
    let probe = spool_media::probe(&original, limits).await?;
    let ladder = ladder_for(&probe, payload);
    Ok(Some(Source {
        video,
        original,
        probe,
        ladder,
    }))
}

/// The renditions to make of a video probed as `probe`: with an audio track when it
/// has audio of its own or a reused sound.
fn ladder_for(probe: &ProbeReport, payload: &TranscodePayload) -> Vec<Rendition> {
    let with_audio = payload.sound.is_some() || probe.has_audio;
    spool_media::plan_ladder(probe)
        .into_iter()
        .map(|r| r.with_audio(with_audio))
        .collect()
}

/// The reused sound of the video, staged into `work`, when it has one.
async fn staged_sound(
    state: &AppState,
    payload: &TranscodePayload,
    work: &Path,
) -> Result<Option<std::path::PathBuf>, JobError> {
    let Some((region, id)) = &payload.sound else {
        return Ok(None);
    };
    let sound_cell = state.store().cell(region).ok_or_else(|| {
        JobError::Permanent("sound_gone: the sound's region is not served here".into())
    })?;
    state
        .media()
        .stage_sound(sound_cell, *id, work)
        .await
        .map(Some)
        .map_err(|_| JobError::Permanent("sound_gone: the sound was removed".into()))
}

fn audio_of<'a>(sound: &'a Option<std::path::PathBuf>, probe: &ProbeReport) -> AudioSource<'a> {
    match sound {
        Some(p) => AudioSource::Sound(p),
        None if probe.has_audio => AudioSource::Original,
        None => AudioSource::None,
    }
}

/// The urgent job: the video becomes playable. Returns the jobs that follow.
async fn first(
    state: &AppState,
    cell: &Cell,
    video_id: VideoId,
    payload: &TranscodePayload,
    work: &Path,
    limits: &Limits,
) -> Result<Vec<JobKind>, JobError> {
    let Some(video) = cell.video(video_id).await? else {
        return Ok(Vec::new());
    };
    let media = state.media();
    let blobs = media.blobs(cell).map_err(blob)?;
    let original_key = keys::video_original(video_id);
    // For a duet or stitch the upload is the user's own clip; `original` is the
    // composition made from it and the remixed video.
    let own_key = if payload.remix.is_some() {
        keys::video_clip(video_id)
    } else {
        original_key.clone()
    };
    if !media.exists(cell, &own_key).await && !media.exists(cell, &original_key).await {
        let upload = keys::upload_part(payload.upload_id);
        if !media.exists(cell, &upload).await {
            return Err(JobError::Permanent(
                "upload_lost: the uploaded file is gone".into(),
            ));
        }
        blobs.rename(&upload, &own_key).await.map_err(blob)?;
    }
    if let Some((kind, region, of)) = &payload.remix {
        if !media.exists(cell, &original_key).await {
            let clip = media.stage(cell, &own_key, work).await.map_err(blob)?;
            let out = work.join("composed.mp4");
            compose(state, work, &clip, &out, *kind, region, *of, limits).await?;
            blobs.put_file(&original_key, &out).await.map_err(blob)?;
        }
    }
    if !still_there(state, cell, video_id).await? {
        return Ok(Vec::new());
    }

    let original = media.stage(cell, &original_key, work).await.map_err(blob)?;
    let probe = match spool_media::probe(&original, limits).await {
        Ok(p) => p,
        Err(e @ MediaError::Rejected { .. }) => {
            media.remove_video(cell, video_id).await;
            return Err(e.into());
        }
        Err(e) => return Err(e.into()),
    };
    cell.set_video_probe(
        video_id,
        (probe.duration_secs * 1000.0).round() as i64,
        i64::from(probe.width),
        i64::from(probe.height),
    )
    .await?;
    let ladder = ladder_for(&probe, payload);
    let Some(first) = ladder.first().cloned() else {
        return Err(JobError::Permanent(
            "not_media: no rendition fits this video".into(),
        ));
    };
    let sound_path = staged_sound(state, payload, work).await?;
    let hls = work.join("hls");
    tokio::fs::create_dir_all(&hls).await.map_err(io)?;

    // 1. The smallest rendition and the poster, and beside them the fingerprint (ffmpeg
    // decodes a frame a second for it): then the video is playable — unless it matches
    // removed content, when it is held first.
    let (rendered, fingerprint) = tokio::join!(
        render(
            state,
            cell,
            video_id,
            &original,
            &probe,
            std::slice::from_ref(&first),
            audio_of(&sound_path, &probe),
            &hls,
            limits,
        ),
        fingerprint(cell, video_id, &original, limits),
    );
    rendered?;
    let fingerprint = fingerprint?;
    let region = cell.region().clone();
    crate::services::moderation::matching::check_upload(
        state,
        &region,
        cell,
        video_id,
        &fingerprint,
    )
    .await
    .map_err(|e| JobError::Retry(format!("fingerprint match: {e}")))?;
    let poster_key = keys::video_poster(video_id);
    if !media.exists(cell, &poster_key).await {
        let poster = work.join("poster.jpg");
        let cover = payload.cover_ms.map(|ms| f64::from(ms) / 1000.0);
        spool_media::make_poster(&original, &probe, cover, &poster, limits).await?;
        blobs.put_file(&poster_key, &poster).await.map_err(blob)?;
    }
    if !still_there(state, cell, video_id).await? {
        return Ok(Vec::new());
    }
    // A ladder already complete (this job runs again after its follow-ups finished,
    // e.g. its completion was lost) is not cut back to the first rendition, and
    // nothing follows.
    if video.ladder_complete {
        return Ok(Vec::new());
    }
    publish_renditions(state, cell, video_id, &probe, &ladder[..1], false).await?;
    catalog::video_changed(state, cell, video_id).await;
    // The follow-ups run one after the other, the ladder last: a video is complete
    // (`ladder_complete`) only when all of its jobs are done.
    if !video.reuses_sound && probe.has_audio {
        Ok(vec![JobKind::Sound])
    } else {
        Ok(vec![JobKind::Ladder])
    }
}

/// The clip's own audio becomes a sound others can reuse.
async fn sound(
    state: &AppState,
    cell: &Cell,
    video_id: VideoId,
    work: &Path,
    limits: &Limits,
) -> Result<Vec<JobKind>, JobError> {
    let no_sound = TranscodePayload {
        upload_id: UploadId(uuid::Uuid::nil()),
        sound: None,
        remix: None,
        cover_ms: None,
    };
    let Some(Source {
        video,
        original,
        probe,
        ..
    }) = source(state, cell, video_id, &no_sound, work, limits).await?
    else {
        return Ok(Vec::new());
    };
    let blobs = state.media().blobs(cell).map_err(blob)?;
    if !video.reuses_sound && probe.has_audio && video.sound_id.is_none() {
        let sound_id = SoundId(video_id.0);
        let local = work.join("sound.m4a");
        let duration = spool_media::extract_sound(&original, &probe, &local, limits)
            .await?
            .unwrap_or(0.0);
        if duration > 0.0 {
            blobs
                .put_file(&keys::sound(sound_id), &local)
                .await
                .map_err(blob)?;
            let account = cell.account(video.account_id).await?;
            let title = match account {
                Some(a) => format!("original sound - @{}", a.handle),
                None => "original sound".to_owned(),
            };
            state
                .store()
                .directory()
                .register_object(
                    ObjectKind::Sound,
                    sound_id.0,
                    cell.region(),
                    video.account_id,
                )
                .await?;
            let attached = cell
                .attach_own_sound(&SoundRecord {
                    id: sound_id,
                    video_id,
                    account_id: video.account_id,
                    title,
                    duration_ms: (duration * 1000.0).round() as i64,
                    created_at: chrono::Utc::now(),
                })
                .await?;
            if !attached {
                still_there(state, cell, video_id).await?;
            }
        }
    }
    if video.ladder_complete {
        return Ok(Vec::new());
    }
    Ok(vec![JobKind::Ladder])
}

/// The rest of the ladder (if the video has more than one rendition), in one ffmpeg
/// run; then the video is complete.
async fn ladder(
    state: &AppState,
    cell: &Cell,
    video_id: VideoId,
    payload: &TranscodePayload,
    work: &Path,
    limits: &Limits,
) -> Result<Vec<JobKind>, JobError> {
    let Some(Source {
        original,
        probe,
        ladder,
        ..
    }) = source(state, cell, video_id, payload, work, limits).await?
    else {
        return Ok(Vec::new());
    };
    let sound_path = staged_sound(state, payload, work).await?;
    let hls = work.join("hls");
    tokio::fs::create_dir_all(&hls).await.map_err(io)?;
    if ladder.len() > 1 {
        render(
            state,
            cell,
            video_id,
            &original,
            &probe,
            &ladder[1..],
            audio_of(&sound_path, &probe),
            &hls,
            limits,
        )
        .await?;
    }
    if !still_there(state, cell, video_id).await? {
        return Ok(Vec::new());
    }
    publish_renditions(state, cell, video_id, &probe, &ladder, true).await?;
    catalog::video_changed(state, cell, video_id).await;
    // A deletion that ran during the last step finds the files and removes them; one
    // that runs after this check is the deletion's own to finish.
    still_there(state, cell, video_id).await?;
    Ok(Vec::new())
}

fn blob(e: spool_blob::BlobError) -> JobError {
    if e.is_not_found() {
        JobError::Retry(format!("blob: {e}"))
    } else {
        JobError::Retry(format!("io: {e}"))
    }
}

/// Encodes the renditions not yet published into `hls` (a local folder), then puts each
/// one in as a whole.
/// The video's fingerprint: the stored one when an earlier attempt made it, else one
/// sampled now (a frame a second, with mirror hashes).
async fn fingerprint(
    cell: &Cell,
    video_id: VideoId,
    original: &Path,
    limits: &spool_media::Limits,
) -> Result<spool_moderation::vpdq::VideoFingerprint, JobError> {
    if let Some(stored) = cell.video_fingerprint(video_id.0).await? {
        if let Ok(fp) = serde_json::from_str(&stored) {
            return Ok(fp);
        }
    }
    crate::services::moderation::matching::fingerprint_file(
        original,
        spool_moderation::vpdq::SECONDS_PER_HASH,
        limits,
    )
    .await
    .map_err(|e| JobError::Retry(format!("fingerprint: {e}")))
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    cell: &Cell,
    video: VideoId,
    original: &Path,
    probe: &ProbeReport,
    renditions: &[Rendition],
    audio: AudioSource<'_>,
    hls: &Path,
    limits: &Limits,
) -> Result<(), JobError> {
    let media = state.media();
    let mut todo = Vec::new();
    for r in renditions {
        let key = keys::rendition_file(video, &r.name, "index.m3u8")
            .map_err(|e| JobError::Permanent(format!("bad_job: {e}")))?;
        if !media.exists(cell, &key).await {
            todo.push(r.clone());
        }
    }
    if todo.is_empty() {
        return Ok(());
    }
    spool_media::transcode_renditions(original, probe, &todo, audio, hls, limits).await?;
    let blobs = media.blobs(cell).map_err(blob)?;
    for r in &todo {
        let prefix = keys::rendition_dir(video, &r.name)
            .map_err(|e| JobError::Permanent(format!("bad_job: {e}")))?;
        blobs
            .put_dir(&prefix, &hls.join(&r.name))
            .await
            .map_err(blob)?;
    }
    Ok(())
}

/// Makes `out`, the duet or stitch of the original `of` with the creator's `clip`.
#[allow(clippy::too_many_arguments)]
async fn compose(
    state: &AppState,
    dir: &Path,
    clip: &Path,
    out: &Path,
    kind: RemixKind,
    region: &RegionCode,
    of: VideoId,
    limits: &Limits,
) -> Result<(), JobError> {
    let media = state.media();
    let gone = || JobError::Permanent("remix_gone: the original video was removed".into());
    let source_cell = state.store().cell(region).ok_or_else(gone)?;
    let original = source_cell.video(of).await?.ok_or_else(gone)?;
    let raw = media
        .stage(source_cell, &keys::video_original(of), dir)
        .await
        .map_err(|_| gone())?;
    let raw_probe = spool_media::probe(&raw, limits).await?;
    // The original as published: with its reused sound, not its upload's audio.
    let source = match original.sound_id.filter(|_| original.reuses_sound) {
        None => raw,
        Some(sound) => {
            let sound_region = state
                .store()
                .directory()
                .locate(ObjectKind::Sound, sound.0)
                .await?
                .ok_or_else(gone)?;
            let sound_cell = state.store().cell(&sound_region).ok_or_else(gone)?;
            let sound_file = media
                .stage_sound(sound_cell, sound, dir)
                .await
                .map_err(|_| gone())?;
            let published = dir.join("source.mp4");
            if !tokio::fs::try_exists(&published).await.map_err(io)? {
                spool_media::with_sound(&raw, &raw_probe, &sound_file, &published, limits).await?;
            }
            published
        }
    };
    let source_probe = spool_media::probe(&source, limits).await?;
    let clip_probe = spool_media::probe(clip, limits).await?;
    match kind {
        RemixKind::Duet => {
            spool_media::compose_duet(&source, &source_probe, clip, &clip_probe, out, limits)
                .await?
        }
        RemixKind::Stitch => {
            spool_media::compose_stitch(&source, &source_probe, clip, &clip_probe, out, limits)
                .await?
        }
    }
    Ok(())
}

/// Writes the master playlist for `renditions` (atomically) and records them.
async fn publish_renditions(
    state: &AppState,
    cell: &Cell,
    video: VideoId,
    probe: &ProbeReport,
    renditions: &[Rendition],
    complete: bool,
) -> Result<(), JobError> {
    let master = spool_media::master_playlist(renditions, probe.frame_rate);
    state
        .media()
        .blobs(cell)
        .map_err(blob)?
        .put(&keys::hls_master(video), master.into_bytes().into())
        .await
        .map_err(blob)?;
    let views: Vec<serde_json::Value> = renditions
        .iter()
        .map(|r| serde_json::json!({"name": r.name, "width": r.width, "height": r.height, "bandwidth": r.bandwidth}))
        .collect();
    let json = serde_json::to_string(&views).map_err(|e| JobError::Retry(e.to_string()))?;
    cell.set_video_renditions(video, &json, complete).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::creator_failure;

    #[test]
    fn creators_never_see_server_paths() {
        let (code, text) = creator_failure("io: No such file /srv/spool/regions/eu/media/x");
        assert_eq!(code, "transcode_failed");
        assert!(!text.contains("/srv"), "{text}");
        let (code, text) = creator_failure("not_media: /tmp/x.part is not a video");
        assert_eq!(code, "not_media");
        assert_eq!(text, "[file] is not a video");
        let (code, _) = creator_failure("transcode_failed: ffmpeg said /a/b");
        assert_eq!(code, "transcode_failed");
    }
}
