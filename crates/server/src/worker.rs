//! Job workers: claim jobs from each region cell's durable queue and run them.
//!
//! Interruption at any point is safe: a job is only marked done after its last step,
//! every step is idempotent (outputs are renamed into place only when complete and
//! skipped when present), and a worker that dies stops renewing its lease, so another
//! claim picks the job up again. Media work itself is `spool_media`'s; this module only
//! moves state between the store and the media functions.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use spool_core::{RegionCode, SoundId, UploadId, VideoId};
use spool_media::{AudioSource, MediaError, ProbeReport, Rendition};
use spool_store::{Cell, FailOutcome, Job, ObjectKind, SoundRecord};
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;

use crate::state::AppState;

pub const TRANSCODE: &str = "transcode";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TranscodePayload {
    pub upload_id: UploadId,
    /// A sound to use instead of the clip's own audio: (its region, its id).
    pub sound: Option<(RegionCode, SoundId)>,
    /// A duet or stitch: (`duet`|`stitch`, the original's region, its id).
    #[serde(default)]
    pub remix: Option<(String, RegionCode, VideoId)>,
}

/// Starts one worker loop per region; `media.workers` bounds how many jobs run at once.
pub fn spawn(state: &AppState) -> Vec<JoinHandle<()>> {
    let permits = Arc::new(Semaphore::new(state.config().media.workers as usize));
    let instance = uuid::Uuid::new_v4().simple().to_string();
    state
        .store()
        .regions()
        .cloned()
        .collect::<Vec<_>>()
        .into_iter()
        .map(|region| {
            let state = state.clone();
            let permits = Arc::clone(&permits);
            let worker = format!("{instance}-{region}");
            tokio::spawn(async move { run(state, region, worker, permits).await })
        })
        .collect()
}

async fn run(state: AppState, region: RegionCode, worker: String, permits: Arc<Semaphore>) {
    let Some(cell) = state.store().cell(&region).cloned() else {
        return;
    };
    let lease = Duration::from_secs(state.config().jobs.lease_secs);
    loop {
        let Ok(permit) = permits.clone().acquire_owned().await else {
            return;
        };
        let job = match cell.claim_job(&worker, lease).await {
            Ok(job) => job,
            Err(e) => {
                tracing::warn!(%region, error = %e, "cannot claim a job");
                None
            }
        };
        match job {
            Some(job) => {
                run_one(&state, &cell, &worker, job).await;
                drop(permit);
            }
            None => {
                drop(permit);
                // Woken when a job is queued; the timeout catches retries and expired leases.
                state.wait_for_work(Duration::from_secs(1)).await;
            }
        }
    }
}

/// Runs jobs of every region until none is queued or running (for `spool seed` and
/// `spool bench`, which have no server loop).
pub async fn drain(state: &AppState) -> anyhow::Result<()> {
    let worker = format!("drain-{}", uuid::Uuid::new_v4().simple());
    let lease = Duration::from_secs(state.config().jobs.lease_secs);
    loop {
        let mut pending = 0;
        for region in state.store().regions() {
            let Some(cell) = state.store().cell(region) else {
                continue;
            };
            while let Some(job) = cell.claim_job(&worker, lease).await? {
                run_one(state, cell, &worker, job).await;
            }
            pending += cell.pending_jobs().await?;
        }
        if pending == 0 {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn run_one(state: &AppState, cell: &Cell, worker: &str, job: Job) {
    let lease = Duration::from_secs(state.config().jobs.lease_secs);
    let span = tracing::info_span!("job", id = job.id, kind = %job.kind, subject = %job.subject, attempt = job.attempts);
    let _enter = span.enter();
    if job.attempts > job.max_attempts {
        // Claimed again after its worker died on the last attempt.
        finish_failed(
            state,
            cell,
            worker,
            &job,
            "gave up: the worker stopped during every attempt",
            true,
        )
        .await;
        return;
    }
    // Renew the lease while the job runs; stop working if it was lost.
    let heartbeat = {
        let cell = cell.clone();
        let worker = worker.to_owned();
        let id = job.id;
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(lease / 3);
            tick.tick().await;
            loop {
                tick.tick().await;
                match cell.heartbeat(id, &worker, lease).await {
                    Ok(true) => {}
                    Ok(false) => return,
                    Err(e) => tracing::warn!(error = %e, "heartbeat failed"),
                }
            }
        })
    };
    let started = std::time::Instant::now();
    let result = tokio::select! {
        r = execute(state, cell, &job) => r,
        _ = wait_lost(heartbeat) => Err(JobError::Retry("lost the job's lease".into())),
    };
    match result {
        Ok(()) => {
            if let Err(e) = cell.complete_job(job.id, worker).await {
                tracing::warn!(error = %e, "cannot mark the job done; it will run again");
            }
            metrics::histogram!("spool_job_seconds", "kind" => job.kind.clone())
                .record(started.elapsed().as_secs_f64());
            tracing::info!(secs = started.elapsed().as_secs_f64(), "job done");
        }
        Err(JobError::Permanent(message)) => {
            finish_failed(state, cell, worker, &job, &message, true).await
        }
        Err(JobError::Retry(message)) => {
            finish_failed(state, cell, worker, &job, &message, false).await
        }
    }
}

async fn wait_lost(heartbeat: JoinHandle<()>) {
    let _ = heartbeat.await;
}

async fn finish_failed(
    state: &AppState,
    cell: &Cell,
    worker: &str,
    job: &Job,
    message: &str,
    permanent: bool,
) {
    let backoff = Duration::from_secs(state.config().jobs.retry_backoff_secs);
    match cell
        .fail_job(job, worker, message, permanent, backoff)
        .await
    {
        Ok(FailOutcome::WillRetry) => tracing::warn!(error = message, "job failed; will retry"),
        Ok(FailOutcome::GaveUp) => {
            tracing::error!(error = message, "job failed for good");
            if job.kind == TRANSCODE {
                if let Ok(id) = VideoId::parse(&job.subject) {
                    let (code, text) = message
                        .split_once(": ")
                        .unwrap_or(("transcode_failed", message));
                    let code = if code.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                        code
                    } else {
                        "transcode_failed"
                    };
                    if let Err(e) = cell.fail_video(id, code, text).await {
                        tracing::warn!(error = %e, "cannot mark the video failed");
                    }
                    let _ = tokio::fs::remove_dir_all(cell.video_dir(id).join("hls")).await;
                }
            }
        }
        Err(e) => tracing::warn!(error = %e, "cannot record the job's failure"),
    }
}

enum JobError {
    /// Retrying cannot help (e.g. the file is not a video). Message: `code: text`.
    Permanent(String),
    Retry(String),
}

impl From<MediaError> for JobError {
    fn from(e: MediaError) -> Self {
        match &e {
            MediaError::Rejected { code, message } => Self::Permanent(format!("{code}: {message}")),
            _ => Self::Retry(format!("transcode_failed: {e}")),
        }
    }
}

impl From<spool_store::StoreError> for JobError {
    fn from(e: spool_store::StoreError) -> Self {
        Self::Retry(format!("store: {e}"))
    }
}

fn io(e: std::io::Error) -> JobError {
    JobError::Retry(format!("io: {e}"))
}

async fn execute(state: &AppState, cell: &Cell, job: &Job) -> Result<(), JobError> {
    match job.kind.as_str() {
        TRANSCODE => transcode(state, cell, job).await,
        other => Err(JobError::Permanent(format!(
            "unknown_job: no handler for {other:?}"
        ))),
    }
}

/// Probe → smallest rendition + poster (the video becomes playable) → own sound →
/// the rest of the ladder. Each step skips what a previous attempt finished.
async fn transcode(state: &AppState, cell: &Cell, job: &Job) -> Result<(), JobError> {
    let video_id =
        VideoId::parse(&job.subject).map_err(|e| JobError::Permanent(format!("bad_job: {e}")))?;
    let payload: TranscodePayload = serde_json::from_str(&job.payload)
        .map_err(|e| JobError::Permanent(format!("bad_job: {e}")))?;
    let Some(video) = cell.video(video_id).await? else {
        return Ok(()); // deleted meanwhile: nothing to do
    };
    let limits = state.media_limits();
    let dir = cell.video_dir(video_id);
    tokio::fs::create_dir_all(&dir).await.map_err(io)?;
    let original = dir.join("original");
    // For a duet or stitch the upload is the user's own clip; `original` is the
    // composition made from it and the remixed video.
    let own_clip = if payload.remix.is_some() {
        dir.join("clip")
    } else {
        original.clone()
    };
    if !tokio::fs::try_exists(&own_clip).await.map_err(io)?
        && !tokio::fs::try_exists(&original).await.map_err(io)?
    {
        let upload = cell.upload_path(payload.upload_id);
        if !tokio::fs::try_exists(&upload).await.map_err(io)? {
            return Err(JobError::Permanent(
                "upload_lost: the uploaded file is gone".into(),
            ));
        }
        tokio::fs::rename(&upload, &own_clip).await.map_err(io)?;
    }
    if let Some((kind, region, of)) = &payload.remix {
        if !tokio::fs::try_exists(&original).await.map_err(io)? {
            let source_cell = state.store().cell(region).ok_or_else(|| {
                JobError::Permanent("remix_gone: the original's region is not served here".into())
            })?;
            let source = source_cell.video_dir(*of).join("original");
            if !tokio::fs::try_exists(&source).await.map_err(io)? {
                return Err(JobError::Permanent(
                    "remix_gone: the original video was removed".into(),
                ));
            }
            let source_probe = spool_media::probe(&source, &limits).await?;
            let clip_probe = spool_media::probe(&own_clip, &limits).await?;
            if kind == "duet" {
                spool_media::compose_duet(
                    &source,
                    &source_probe,
                    &own_clip,
                    &clip_probe,
                    &original,
                    &limits,
                )
                .await?;
            } else {
                spool_media::compose_stitch(
                    &source,
                    &source_probe,
                    &own_clip,
                    &clip_probe,
                    &original,
                    &limits,
                )
                .await?;
            }
        }
    }

    let probe = match spool_media::probe(&original, &limits).await {
        Ok(p) => p,
        Err(e @ MediaError::Rejected { .. }) => {
            let _ = tokio::fs::remove_dir_all(&dir).await;
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
    let with_audio = payload.sound.is_some() || probe.has_audio;
    let ladder: Vec<Rendition> = spool_media::plan_ladder(&probe)
        .into_iter()
        .map(|r| r.with_audio(with_audio))
        .collect();
    let Some(first) = ladder.first().cloned() else {
        return Err(JobError::Permanent(
            "not_media: no rendition fits this video".into(),
        ));
    };
    let sound_path = match &payload.sound {
        Some((region, id)) => {
            let sound_cell = state.store().cell(region).ok_or_else(|| {
                JobError::Permanent("sound_gone: the sound's region is not served here".into())
            })?;
            Some(sound_cell.sound_path(*id))
        }
        None => None,
    };
    let audio = || match &sound_path {
        Some(p) => AudioSource::Sound(p),
        None if probe.has_audio => AudioSource::Original,
        None => AudioSource::None,
    };
    let hls = dir.join("hls");
    tokio::fs::create_dir_all(&hls).await.map_err(io)?;

    // 1. The smallest rendition and the poster: then the video is playable.
    spool_media::transcode_renditions(
        &original,
        &probe,
        std::slice::from_ref(&first),
        audio(),
        &hls,
        &limits,
    )
    .await?;
    let poster = dir.join("poster.jpg");
    if !tokio::fs::try_exists(&poster).await.map_err(io)? {
        spool_media::make_poster(&original, &probe, &poster, &limits).await?;
    }
    publish_renditions(cell, video_id, &probe, &ladder[..1], false).await?;
    crate::routes::discover::index_video(state, cell, video_id).await;

    // 2. The clip's own audio becomes a sound others can reuse.
    if !video.reuses_sound && probe.has_audio {
        let sound_id = SoundId(video_id.0);
        let path = cell.sound_path(sound_id);
        let duration = spool_media::extract_sound(&original, &probe, &path, &limits)
            .await?
            .unwrap_or(0.0);
        if duration > 0.0 {
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
            cell.attach_own_sound(&SoundRecord {
                id: sound_id,
                video_id,
                account_id: video.account_id,
                title,
                duration_ms: (duration * 1000.0).round() as i64,
                created_at: chrono::Utc::now(),
            })
            .await?;
        }
    }

    // 3. The rest of the ladder, in one ffmpeg run; then the video is complete.
    if ladder.len() > 1 {
        spool_media::transcode_renditions(&original, &probe, &ladder[1..], audio(), &hls, &limits)
            .await?;
    }
    publish_renditions(cell, video_id, &probe, &ladder, true).await?;
    crate::routes::discover::index_video(state, cell, video_id).await;
    Ok(())
}

/// Writes the master playlist for `renditions` (atomically) and records them.
async fn publish_renditions(
    cell: &Cell,
    video: VideoId,
    probe: &ProbeReport,
    renditions: &[Rendition],
    complete: bool,
) -> Result<(), JobError> {
    let master = spool_media::master_playlist(renditions, probe.frame_rate);
    spool_media::write_atomic(
        &cell.video_dir(video).join("hls").join("master.m3u8"),
        master.as_bytes(),
    )
    .await?;
    let views: Vec<serde_json::Value> = renditions
        .iter()
        .map(|r| serde_json::json!({"name": r.name, "width": r.width, "height": r.height, "bandwidth": r.bandwidth}))
        .collect();
    let json = serde_json::to_string(&views).map_err(|e| JobError::Retry(e.to_string()))?;
    cell.set_video_renditions(video, &json, complete).await?;
    Ok(())
}
