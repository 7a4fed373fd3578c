//! The job queue seam: what the workers need of a durable queue, behind a trait that
//! each backend implements. Today's backend is [`TableQueue`], the `jobs` table of every
//! region cell (the row is the record of the job; a job is enqueued in the same cell
//! transaction as the change that needs it, e.g. publishing a video). A message-queue
//! backend ([`crate::bus::queue::StreamQueue`], NATS JetStream, for scale-out) keeps the
//! row as the record of truth and delivers word of it through a work-queue stream.
//!
//! Interruption: a claimed job carries a lease; a worker that dies stops renewing it and
//! the job is claimed again once the lease ends. Nothing here marks a job done but
//! [`JobQueue::complete`], called after its last step.

use std::time::Duration;

use futures_util::future::BoxFuture;
use spool_core::RegionCode;
use spool_store::{FailOutcome, Job, NewJob, Store, StoreError};

/// Why a queue operation failed.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The message queue (the bus) failed; the job rows are untouched.
    #[error("the message queue: {0}")]
    Bus(String),
}

pub type QueueResult<T> = Result<T, QueueError>;

pub trait JobQueue: Send + Sync + 'static {
    /// Takes the next due job of `region` with a priority of at most `max_priority`
    /// for `worker`, leased for `lease` (lowest priority first; see spool_store's jobs).
    /// With `max_clip_ms` (the express lane; only where [`express_lane`] is true), only
    /// a job of a clip at most that long, shortest first.
    ///
    /// [`express_lane`]: JobQueue::express_lane
    fn claim<'a>(
        &'a self,
        region: &'a RegionCode,
        worker: &'a str,
        lease: Duration,
        max_priority: u32,
        max_clip_ms: Option<i64>,
    ) -> BoxFuture<'a, QueueResult<Option<Job>>>;
    /// Whether claims can pick jobs by their clip's length (the express lane).
    fn express_lane(&self) -> bool {
        false
    }
    /// Renews a lease; `false` when the job is not this worker's any more.
    fn heartbeat<'a>(
        &'a self,
        region: &'a RegionCode,
        job: i64,
        worker: &'a str,
        lease: Duration,
    ) -> BoxFuture<'a, QueueResult<bool>>;
    /// Marks the job done and queues `next` with it, in one transaction (the caller
    /// then announces them with [`queued`](JobQueue::queued)).
    fn complete<'a>(
        &'a self,
        region: &'a RegionCode,
        job: i64,
        worker: &'a str,
        next: &'a [NewJob],
    ) -> BoxFuture<'a, QueueResult<()>>;
    /// Records a failure: retried after `backoff` unless `permanent` or out of attempts.
    fn fail<'a>(
        &'a self,
        region: &'a RegionCode,
        job: &'a Job,
        worker: &'a str,
        message: &'a str,
        permanent: bool,
        backoff: Duration,
    ) -> BoxFuture<'a, QueueResult<FailOutcome>>;
    /// Jobs of `region` queued or running.
    fn pending<'a>(&'a self, region: &'a RegionCode) -> BoxFuture<'a, QueueResult<i64>>;
    /// Tells the workers that a job was queued (after its transaction committed).
    fn queued(&self, region: &RegionCode, kind: &str, subject: &str);
    /// Waits for [`queued`](JobQueue::queued), at most `max` (retries and expired
    /// leases are found by the next claim).
    fn wait(&self, max: Duration) -> BoxFuture<'_, ()>;
}

/// The jobs tables of the region cells.
pub struct TableQueue {
    store: Store,
    notify: tokio::sync::Notify,
}

impl TableQueue {
    pub fn new(store: Store) -> Self {
        Self {
            store,
            notify: tokio::sync::Notify::new(),
        }
    }

    fn cell(&self, region: &RegionCode) -> QueueResult<&spool_store::Cell> {
        self.store
            .cell(region)
            .ok_or_else(|| StoreError::UnknownRegion(region.to_string()).into())
    }
}

impl JobQueue for TableQueue {
    fn claim<'a>(
        &'a self,
        region: &'a RegionCode,
        worker: &'a str,
        lease: Duration,
        max_priority: u32,
        max_clip_ms: Option<i64>,
    ) -> BoxFuture<'a, QueueResult<Option<Job>>> {
        Box::pin(async move {
            Ok(self
                .cell(region)?
                .claim_job(worker, lease, max_priority, max_clip_ms)
                .await?)
        })
    }

    fn express_lane(&self) -> bool {
        true
    }

    fn heartbeat<'a>(
        &'a self,
        region: &'a RegionCode,
        job: i64,
        worker: &'a str,
        lease: Duration,
    ) -> BoxFuture<'a, QueueResult<bool>> {
        Box::pin(async move { Ok(self.cell(region)?.heartbeat(job, worker, lease).await?) })
    }

    fn complete<'a>(
        &'a self,
        region: &'a RegionCode,
        job: i64,
        worker: &'a str,
        next: &'a [NewJob],
    ) -> BoxFuture<'a, QueueResult<()>> {
        Box::pin(async move {
            self.cell(region)?
                .complete_job_then(job, worker, next)
                .await?;
            Ok(())
        })
    }

    fn fail<'a>(
        &'a self,
        region: &'a RegionCode,
        job: &'a Job,
        worker: &'a str,
        message: &'a str,
        permanent: bool,
        backoff: Duration,
    ) -> BoxFuture<'a, QueueResult<FailOutcome>> {
        Box::pin(async move {
            Ok(self
                .cell(region)?
                .fail_job(job, worker, message, permanent, backoff)
                .await?)
        })
    }

    fn pending<'a>(&'a self, region: &'a RegionCode) -> BoxFuture<'a, QueueResult<i64>> {
        Box::pin(async move { Ok(self.cell(region)?.pending_jobs().await?) })
    }

    fn queued(&self, _region: &RegionCode, _kind: &str, _subject: &str) {
        self.notify.notify_waiters();
    }

    fn wait(&self, max: Duration) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            let _ = tokio::time::timeout(max, self.notify.notified()).await;
        })
    }
}
