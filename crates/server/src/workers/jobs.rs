//! The job workers: one [`JobWorker`] per region claims jobs from the queue
//! ([`crate::jobs::JobQueue`]) and runs them; `media.workers` bounds how many run at once
//! in this process.
//!
//! Interruption at any point is safe: a job is only marked done after its last step,
//! every step is idempotent (outputs are renamed into place only when complete and
//! skipped when present), and a worker that dies stops renewing its lease, so another
//! claim picks the job up again.

use std::sync::Arc;
use std::time::Duration;

use spool_core::{JobKind, RegionCode};
use spool_store::{FailOutcome, Job};
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
    permits: Arc<Semaphore>,
}

/// One job worker per region, sharing `media.workers` permits.
pub fn start(state: &AppState) -> Vec<JoinHandle<()>> {
    let permits = Arc::new(Semaphore::new(state.config().media.workers.max(1) as usize));
    let instance = uuid::Uuid::new_v4().simple().to_string();
    state
        .store()
        .regions()
        .cloned()
        .collect::<Vec<_>>()
        .into_iter()
        .map(|region| {
            super::spawn(JobWorker {
                state: state.clone(),
                worker: format!("{instance}-{region}"),
                region,
                permits: Arc::clone(&permits),
            })
        })
        .collect()
}

impl Worker for JobWorker {
    fn name(&self) -> String {
        format!("jobs-{}", self.region)
    }

    fn work(&mut self) -> WorkFuture<'_> {
        Box::pin(async move {
            let permit = Arc::clone(&self.permits).acquire_owned().await?;
            let lease = Duration::from_secs(self.state.config().jobs.lease_secs);
            let job = self
                .state
                .jobs()
                .claim(&self.region, &self.worker, lease)
                .await?;
            let Some(job) = job else {
                return Ok(WorkState::Idle);
            };
            run_one(&self.state, &self.region, &self.worker, job).await;
            drop(permit);
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
            while let Some(job) = state.jobs().claim(region, &worker, lease).await? {
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
    let lease = Duration::from_secs(state.config().jobs.lease_secs);
    let span = tracing::info_span!("job", id = job.id, kind = %job.kind, subject = %job.subject, attempt = job.attempts);
    let _enter = span.enter();
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
        Ok(()) => {
            if let Err(e) = state.jobs().complete(region, job.id, worker).await {
                tracing::warn!(error = %e, "cannot mark the job done; it will run again");
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

async fn execute(state: &AppState, region: &RegionCode, job: &Job) -> Result<(), JobError> {
    let Some(cell) = state.store().cell(region) else {
        return Err(JobError::Retry(format!(
            "region {region} is not served here"
        )));
    };
    match JobKind::parse(&job.kind) {
        Ok(JobKind::Transcode) => super::transcode::run(state, cell, job).await,
        Err(_) => Err(JobError::Permanent(format!(
            "unknown_job: no handler for {:?}",
            job.kind
        ))),
    }
}
