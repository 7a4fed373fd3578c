//! The job workers: `media.workers` [`JobWorker`] loops per region claim jobs from the
//! queue ([`crate::jobs::JobQueue`]) and run them; as many permits bound how many run
//! at once in this process. One slot is kept for urgent jobs (priority
//! [`JobKind::URGENT`]: a new upload's first rendition): a loop that cannot get one of
//! the `workers - 1` background permits claims urgent jobs only, so a first rendition
//! starts at once even while every other slot works on someone's ladder. Background
//! work also runs its ffmpeg niced, so the urgent run gets the cores first.
//!
//! Interruption at any point is safe: a job is only marked done after its last step,
//! every step is idempotent (outputs are renamed into place only when complete and
//! skipped when present), and a worker that dies stops renewing its lease, so another
//! claim picks the job up again.

use std::sync::Arc;
use std::time::Duration;

use spool_core::{JobKind, RegionCode};
use spool_store::{FailOutcome, Job, NewJob};
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;

use super::{WaitFuture, WorkFuture, WorkState, Worker};
use crate::state::AppState;

/// Why a job did not finish.
pub enum JobError {
    /// Retrying cannot help (e.g. the file is not a video). Message: `code: text`, shown
    /// to the creator: never a server path.
    Permanent(String),
    /// Logged only; the job runs again after a backoff.
    Retry(String),
}

impl From<spool_media::MediaError> for JobError {
    fn from(e: spool_media::MediaError) -> Self {
        match &e {
            spool_media::MediaError::Rejected { code, message } => {
                Self::Permanent(format!("{code}: {message}"))
            }
            _ => Self::Retry(format!("transcode_failed: {e}")),
        }
    }
}

impl From<spool_store::StoreError> for JobError {
    fn from(e: spool_store::StoreError) -> Self {
        Self::Retry(format!("store: {e}"))
    }
}

impl From<crate::services::ServiceError> for JobError {
    fn from(e: crate::services::ServiceError) -> Self {
        Self::Retry(format!("service: {e}"))
    }
}

/// Claims and runs the jobs of one region.
pub struct JobWorker {
    state: AppState,
    region: RegionCode,
    worker: String,
    slots: Slots,
    /// An express loop: claims through `slots.express` only (see the module doc).
    express: bool,
}

/// The permits the loops of a process share: `all` bounds the jobs running at once,
/// `background` the non-urgent ones among them (one fewer, when there are two or more).
#[derive(Clone)]
struct Slots {
    all: Arc<Semaphore>,
    background: Arc<Semaphore>,
    /// The express lane's one slot, and the longest clip it takes (ms).
    express: Arc<Semaphore>,
    express_max_ms: i64,
}

/// `media.workers` job loops per region, sharing the slots.
pub fn start(state: &AppState) -> Vec<JoinHandle<()>> {
    let n = state.config().media.job_slots().max(1) as usize;
    let express_max_ms = i64::from(state.config().media.express_max_secs) * 1000;
    let express = express_max_ms > 0 && state.jobs().express_lane();
    let slots = Slots {
        all: Arc::new(Semaphore::new(n)),
        background: Arc::new(Semaphore::new(n.saturating_sub(1).max(1))),
        express: Arc::new(Semaphore::new(1)),
        express_max_ms,
    };
    tracing::info!(slots = n, express, "job workers");
    let instance = uuid::Uuid::new_v4().simple().to_string();
    let regions: Vec<RegionCode> = state.store().regions().cloned().collect();
    let mut handles = Vec::new();
    for region in regions {
        for i in 0..n {
            handles.push(super::spawn(JobWorker {
                state: state.clone(),
                worker: format!("{instance}-{region}-{i}"),
                region: region.clone(),
                slots: slots.clone(),
                express: false,
            }));
        }
        if express {
            handles.push(super::spawn(JobWorker {
                state: state.clone(),
                worker: format!("{instance}-{region}-express"),
                region: region.clone(),
                slots: slots.clone(),
                express: true,
            }));
        }
    }
    handles
}

impl Worker for JobWorker {
    fn name(&self) -> String {
        format!("jobs-{}", self.region)
    }

    fn work(&mut self) -> WorkFuture<'_> {
        Box::pin(async move {
            let lease = Duration::from_secs(self.state.config().jobs.lease_secs);
            // An express loop holds the lane's own slot and takes short clips' first
            // renditions only; the others share `all` and need a background permit for
            // anything less urgent than a first rendition.
            let (permit, mut background, max_priority, max_clip_ms) = if self.express {
                let permit = Arc::clone(&self.slots.express).acquire_owned().await?;
                (
                    permit,
                    None,
                    JobKind::URGENT,
                    Some(self.slots.express_max_ms),
                )
            } else {
                let permit = Arc::clone(&self.slots.all).acquire_owned().await?;
                let background = Arc::clone(&self.slots.background).try_acquire_owned().ok();
                let max_priority = match background {
                    Some(_) => u32::MAX,
                    None => JobKind::URGENT,
                };
                (permit, background, max_priority, None)
            };
            let job = self
                .state
                .jobs()
                .claim(&self.region, &self.worker, lease, max_priority, max_clip_ms)
                .await?;
            let Some(job) = job else {
                return Ok(WorkState::Idle);
            };
            if job.priority == JobKind::URGENT {
                // An urgent job does not hold a background slot.
                background.take();
            }
            run_one(&self.state, &self.region, &self.worker, job).await;
            drop((permit, background));
            Ok(WorkState::Busy)
        })
    }

    fn wait_for_work(&mut self) -> WaitFuture<'_> {
        Box::pin(self.state.jobs().wait(Duration::from_secs(1)))
    }
}

/// Runs jobs of every region until none is queued or running (for `spool seed` and
/// `spool bench`, which run no workers of their own).
pub async fn drain(state: &AppState) -> anyhow::Result<()> {
    let worker = format!("drain-{}", uuid::Uuid::new_v4().simple());
    let lease = Duration::from_secs(state.config().jobs.lease_secs);
    let regions: Vec<RegionCode> = state.store().regions().cloned().collect();
    loop {
        let mut pending = 0;
        for region in &regions {
            while let Some(job) = state
                .jobs()
                .claim(region, &worker, lease, u32::MAX, None)
                .await?
            {
                run_one(state, region, &worker, job).await;
            }
            pending += state.jobs().pending(region).await?;
        }
        if pending == 0 {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn run_one(state: &AppState, region: &RegionCode, worker: &str, job: Job) {
    // The span follows the job's future only (entering it across awaits would tag
    // whatever else the thread runs meanwhile, e.g. requests, with this job).
    let span = tracing::info_span!("job", id = job.id, kind = %job.kind, subject = %job.subject, attempt = job.attempts);
    tracing::Instrument::instrument(run_job(state, region, worker, job), span).await
}

async fn run_job(state: &AppState, region: &RegionCode, worker: &str, job: Job) {
    let lease = Duration::from_secs(state.config().jobs.lease_secs);
    if job.attempts > job.max_attempts {
        // Claimed again after its worker died on the last attempt.
        let message = "transcode_failed: the worker stopped during every attempt";
        finish_failed(state, region, worker, &job, message, true).await;
        return;
    }
    // Renew the lease while the job runs; stop working if it was lost.
    let heartbeat = {
        let state = state.clone();
        let region = region.clone();
        let worker = worker.to_owned();
        let id = job.id;
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(lease / 3);
            tick.tick().await;
            loop {
                tick.tick().await;
                match state.jobs().heartbeat(&region, id, &worker, lease).await {
                    Ok(true) => {}
                    Ok(false) => return,
                    Err(e) => tracing::warn!(error = %e, "heartbeat failed"),
                }
            }
        })
    };
    let started = std::time::Instant::now();
    let result = tokio::select! {
        r = execute(state, region, &job) => r,
        _ = async { let _ = heartbeat.await; } => Err(JobError::Retry("lost the job's lease".into())),
    };
    match result {
        Ok(next) => {
            match state.jobs().complete(region, job.id, worker, &next).await {
                Ok(()) => {
                    for n in &next {
                        state.jobs().queued(region, &n.kind, &n.subject);
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "cannot mark the job done; it will run again")
                }
            }
            metrics::histogram!("spool_job_seconds", "kind" => job.kind.clone())
                .record(started.elapsed().as_secs_f64());
            tracing::info!(secs = started.elapsed().as_secs_f64(), "job done");
        }
        Err(JobError::Permanent(message)) => {
            finish_failed(state, region, worker, &job, &message, true).await
        }
        Err(JobError::Retry(message)) => {
            finish_failed(state, region, worker, &job, &message, false).await
        }
    }
}

async fn finish_failed(
    state: &AppState,
    region: &RegionCode,
    worker: &str,
    job: &Job,
    message: &str,
    permanent: bool,
) {
    let backoff = Duration::from_secs(state.config().jobs.retry_backoff_secs);
    match state
        .jobs()
        .fail(region, job, worker, message, permanent, backoff)
        .await
    {
        Ok(FailOutcome::WillRetry) => tracing::warn!(error = message, "job failed; will retry"),
        Ok(FailOutcome::GaveUp) => {
            tracing::error!(error = message, "job failed for good");
            if JobKind::parse(&job.kind) == Ok(JobKind::Transcode) {
                super::transcode::gave_up(state, region, job, message).await;
            }
        }
        Err(e) => tracing::warn!(error = %e, "cannot record the job's failure"),
    }
}

/// Runs the job; on success, the jobs that follow it (queued with its completion).
async fn execute(
    state: &AppState,
    region: &RegionCode,
    job: &Job,
) -> Result<Vec<NewJob>, JobError> {
    let Some(cell) = state.store().cell(region) else {
        return Err(JobError::Retry(format!(
            "region {region} is not served here"
        )));
    };
    match JobKind::parse(&job.kind) {
        Ok(JobKind::Deliver) => match crate::federation::deliver(state, cell, job).await {
            Ok(()) => Ok(Vec::new()),
            Err(crate::federation::DeliveryError::Permanent(m)) => Err(JobError::Permanent(m)),
            Err(crate::federation::DeliveryError::Retry(m)) => Err(JobError::Retry(m)),
        },
        Ok(kind) => super::transcode::run(state, cell, job, kind).await,
        Err(_) => Err(JobError::Permanent(format!(
            "unknown_job: no handler for {:?}",
            job.kind
        ))),
    }
}
