//! The job queue over NATS JetStream: the cell's `jobs` row stays the record of every
//! job (lease, attempts, backoff, outcome, exactly as [`crate::jobs::TableQueue`] keeps
//! it) and is written in the same transaction as the change that needs the job; the
//! work-queue stream carries word of it to the workers.
//!
//! Delivery: after the enqueuing transaction commits, the job is published to
//! `<prefix>.jobs.<region>`; the workers of a region share one durable pull consumer.
//! A delivery claims the named row ([`Cell::claim_named_job`]); a job leased by a live
//! worker or waiting for its retry is handed back (`nak`) until then; a job already
//! done is acknowledged and ignored. A running job's heartbeat renews its lease and
//! tells the server it is in progress; the message is acknowledged after the job's last
//! step. A worker that dies sends neither: after `jobs.lease_secs` the server delivers
//! the message again and the lease has run out, so another worker takes the job over.
//! [`relay`] republishes jobs that stayed due without being claimed (the process died
//! between the commit and the publication, or the server lost the message).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_nats::jetstream::consumer::{pull, AckPolicy, PullConsumer};
use async_nats::jetstream::message::AckKind;
use futures_util::future::BoxFuture;
use futures_util::StreamExt as _;
use parking_lot::Mutex;
use spool_core::RegionCode;
use spool_store::{FailOutcome, Job, NamedClaim, Store, StoreError};

use super::{JobMessage, Nats};
use crate::jobs::{JobQueue, QueueError, QueueResult};

/// How long one claim waits for a delivery before it reports an empty queue.
const CLAIM_WAIT: Duration = Duration::from_secs(1);

pub struct StreamQueue {
    store: Store,
    nats: Arc<Nats>,
    consumers: HashMap<RegionCode, PullConsumer>,
    /// The delivery of each job this process runs, to acknowledge it.
    held: Mutex<HashMap<(RegionCode, i64), async_nats::jetstream::Message>>,
}

fn unexpected(e: impl std::fmt::Display) -> QueueError {
    QueueError::Bus(e.to_string())
}

impl StreamQueue {
    /// Makes (or finds) the durable consumer of every region.
    pub async fn new(store: Store, nats: Arc<Nats>, lease: Duration) -> anyhow::Result<Self> {
        let stream = nats
            .js
            .get_stream(nats.names.jobs_stream())
            .await
            .map_err(|e| anyhow::anyhow!("the jobs stream: {e}"))?;
        let mut consumers = HashMap::new();
        for region in store.regions() {
            let name = nats.names.jobs_consumer(region.as_str());
            let consumer = stream
                .get_or_create_consumer(
                    &name,
                    pull::Config {
                        durable_name: Some(name.clone()),
                        filter_subject: nats.names.jobs_subject(region.as_str()),
                        ack_policy: AckPolicy::Explicit,
                        ack_wait: lease,
                        // Attempts are counted by the row, not by the server.
                        max_deliver: -1,
                        ..Default::default()
                    },
                )
                .await
                .map_err(|e| anyhow::anyhow!("the jobs consumer {name}: {e}"))?;
            consumers.insert(region.clone(), consumer);
        }
        Ok(Self {
            store,
            nats,
            consumers,
            held: Mutex::new(HashMap::new()),
        })
    }

    fn cell(&self, region: &RegionCode) -> QueueResult<&spool_store::Cell> {
        self.store
            .cell(region)
            .ok_or_else(|| StoreError::UnknownRegion(region.to_string()).into())
    }

    async fn next_delivery(
        &self,
        region: &RegionCode,
        wait: Duration,
    ) -> QueueResult<Option<async_nats::jetstream::Message>> {
        let consumer = self
            .consumers
            .get(region)
            .ok_or_else(|| StoreError::UnknownRegion(region.to_string()))?;
        let mut batch = consumer
            .fetch()
            .max_messages(1)
            .expires(wait)
            .messages()
            .await
            .map_err(unexpected)?;
        match batch.next().await {
            Some(Ok(m)) => Ok(Some(m)),
            Some(Err(e)) => Err(unexpected(e)),
            None => Ok(None),
        }
    }

    fn take(&self, region: &RegionCode, job: i64) -> Option<async_nats::jetstream::Message> {
        self.held.lock().remove(&(region.clone(), job))
    }
}

async fn answer(message: &async_nats::jetstream::Message, kind: AckKind) {
    if let Err(e) = message.ack_with(kind).await {
        tracing::warn!(error = %e, "cannot answer a job delivery; it will come again");
    }
}

impl JobQueue for StreamQueue {
    fn claim<'a>(
        &'a self,
        region: &'a RegionCode,
        worker: &'a str,
        lease: Duration,
    ) -> BoxFuture<'a, QueueResult<Option<Job>>> {
        Box::pin(async move {
            let cell = self.cell(region)?;
            let deadline = tokio::time::Instant::now() + CLAIM_WAIT;
            loop {
                let left = deadline.saturating_duration_since(tokio::time::Instant::now());
                if left < Duration::from_millis(50) {
                    return Ok(None);
                }
                let Some(message) = self.next_delivery(region, left).await? else {
                    return Ok(None);
                };
                let word: JobMessage = match serde_json::from_slice(&message.payload) {
                    Ok(w) => w,
                    Err(e) => {
                        tracing::warn!(error = %e, "a job message that is not one; dropped");
                        answer(&message, AckKind::Term).await;
                        continue;
                    }
                };
                match cell
                    .claim_named_job(&word.kind, &word.subject, worker, lease)
                    .await?
                {
                    NamedClaim::Claimed(job) => {
                        self.held.lock().insert((region.clone(), job.id), message);
                        return Ok(Some(job));
                    }
                    NamedClaim::Later(wait) => {
                        answer(
                            &message,
                            AckKind::Nak(Some(wait + Duration::from_millis(50))),
                        )
                        .await
                    }
                    // A duplicate of a job that is over: acknowledged, ignored.
                    NamedClaim::Finished => answer(&message, AckKind::Ack).await,
                }
            }
        })
    }

    fn heartbeat<'a>(
        &'a self,
        region: &'a RegionCode,
        job: i64,
        worker: &'a str,
        lease: Duration,
    ) -> BoxFuture<'a, QueueResult<bool>> {
        Box::pin(async move {
            let mine = self.cell(region)?.heartbeat(job, worker, lease).await?;
            let message = self.held.lock().get(&(region.clone(), job)).cloned();
            if let (true, Some(message)) = (mine, message) {
                answer(&message, AckKind::Progress).await;
            }
            Ok(mine)
        })
    }

    fn complete<'a>(
        &'a self,
        region: &'a RegionCode,
        job: i64,
        worker: &'a str,
    ) -> BoxFuture<'a, QueueResult<()>> {
        Box::pin(async move {
            self.cell(region)?.complete_job(job, worker).await?;
            if let Some(message) = self.take(region, job) {
                answer(&message, AckKind::Ack).await;
            }
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
            let outcome = self
                .cell(region)?
                .fail_job(job, worker, message, permanent, backoff)
                .await?;
            if let Some(delivery) = self.take(region, job.id) {
                match outcome {
                    // Delivered again when the retry is due (the row says when).
                    FailOutcome::WillRetry => {
                        let delay = backoff * (1u32 << job.attempts.saturating_sub(1).min(16));
                        answer(&delivery, AckKind::Nak(Some(delay))).await;
                    }
                    FailOutcome::GaveUp => answer(&delivery, AckKind::Ack).await,
                }
            }
            Ok(outcome)
        })
    }

    fn pending<'a>(&'a self, region: &'a RegionCode) -> BoxFuture<'a, QueueResult<i64>> {
        Box::pin(async move { Ok(self.cell(region)?.pending_jobs().await?) })
    }

    fn queued(&self, region: &RegionCode, kind: &str, subject: &str) {
        self.nats.publish_job(region, kind, subject, "new");
    }

    fn wait(&self, max: Duration) -> BoxFuture<'_, ()> {
        // A claim already waited for a delivery; this only paces retries after errors.
        Box::pin(tokio::time::sleep(max.min(Duration::from_millis(200))))
    }
}

/// One pass of the relay: every job of every region that has been due for longer than
/// `grace` without being claimed is published again (de-duplicated per attempt, so
/// the stream holds one copy per attempt within JetStream's window).
pub async fn relay(store: &Store, nats: &Nats, grace: Duration) -> anyhow::Result<usize> {
    let before = spool_store::now_ms() - i64::try_from(grace.as_millis()).unwrap_or(i64::MAX);
    let mut n = 0;
    for region in store.regions() {
        let Some(cell) = store.cell(region) else {
            continue;
        };
        for job in cell.overdue_jobs(before, 500).await? {
            nats.publish_job(
                region,
                &job.kind,
                &job.subject,
                &format!("relay-{}", job.attempts),
            );
            n += 1;
        }
    }
    if n > 0 {
        tracing::info!(jobs = n, "relayed jobs that nobody claimed");
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{BusBackend, Config};
    use spool_store::NewJob;

    /// A queue on the test NATS server (`SPOOL_TEST_NATS_URL`, started by scripts/test)
    /// under a prefix of its own, over a fresh store of one region.
    async fn queue(lease: Duration) -> (tempfile::TempDir, Store, Arc<Nats>, StreamQueue) {
        let url = std::env::var("SPOOL_TEST_NATS_URL").unwrap_or_else(|_| {
            panic!("SPOOL_TEST_NATS_URL is not set: this test needs a NATS server with JetStream (scripts/test starts one with scripts/lib/nats.sh)")
        });
        let dir = tempfile::tempdir().unwrap();
        let config = Config {
            data_dir: dir.path().into(),
            regions: crate::config::RegionsConfig {
                enabled: vec![RegionCode::parse("us").unwrap()],
            },
            bus: crate::config::BusConfig {
                backend: BusBackend::Nats,
                url,
                prefix: format!("unit{}", uuid::Uuid::new_v4().simple()),
                ..Default::default()
            },
            ..Default::default()
        };
        let store = Store::open_embedded(dir.path(), &config.regions.enabled)
            .await
            .unwrap();
        let nats = Arc::new(Nats::connect(&config, "unit-node").await.unwrap());
        let queue = StreamQueue::new(store.clone(), Arc::clone(&nats), lease)
            .await
            .unwrap();
        (dir, store, nats, queue)
    }

    fn job(subject: &str) -> NewJob {
        NewJob {
            kind: "test".into(),
            subject: subject.into(),
            payload: "{}".into(),
            max_attempts: 3,
        }
    }

    /// Claims until a job comes (a guard against hanging, not a timing requirement).
    async fn claim_soon(
        q: &StreamQueue,
        region: &RegionCode,
        worker: &str,
        lease: Duration,
    ) -> Job {
        for _ in 0..60 {
            if let Some(job) = q.claim(region, worker, lease).await.unwrap() {
                return job;
            }
        }
        panic!("no job was delivered");
    }

    #[tokio::test]
    async fn a_dead_workers_job_is_delivered_again_and_a_done_jobs_duplicate_is_ignored() {
        let lease = Duration::from_secs(2);
        let (_dir, store, nats, q) = queue(lease).await;
        let us = RegionCode::parse("us").unwrap();
        store
            .cell(&us)
            .unwrap()
            .enqueue_job(&job("a"))
            .await
            .unwrap();
        q.queued(&us, "test", "a");
        let first = claim_soon(&q, &us, "w1", lease).await;
        assert_eq!((first.subject.as_str(), first.attempts), ("a", 1));
        // w1 dies: no heartbeat, no acknowledgement. The delivery comes back after the
        // lease, and w2 takes the job over.
        let second = claim_soon(&q, &us, "w2", lease).await;
        assert_eq!((second.id, second.attempts), (first.id, 2));
        assert!(!q.heartbeat(&us, first.id, "w1", lease).await.unwrap());
        assert!(q.heartbeat(&us, second.id, "w2", lease).await.unwrap());
        q.complete(&us, second.id, "w2").await.unwrap();
        assert_eq!(q.pending(&us).await.unwrap(), 0);
        // Word of the finished job once more (as a relay might send): acknowledged and
        // ignored, nothing runs.
        nats.publish_job(&us, "test", "a", "again");
        nats.flush().await;
        assert!(q.claim(&us, "w3", lease).await.unwrap().is_none());
        let status = store
            .cell(&us)
            .unwrap()
            .job_status("test", "a")
            .await
            .unwrap()
            .unwrap();
        assert_eq!((status.state.as_str(), status.attempts), ("done", 2));
    }

    #[tokio::test]
    async fn the_relay_announces_a_job_that_was_never_published() {
        let lease = Duration::from_secs(2);
        let (_dir, store, nats, q) = queue(lease).await;
        let us = RegionCode::parse("us").unwrap();
        // Committed, then the process "died" before publishing.
        store
            .cell(&us)
            .unwrap()
            .enqueue_job(&job("lost"))
            .await
            .unwrap();
        assert!(q.claim(&us, "w", lease).await.unwrap().is_none());
        assert_eq!(relay(&store, &nats, Duration::ZERO).await.unwrap(), 1);
        let job = claim_soon(&q, &us, "w", lease).await;
        assert_eq!(job.subject, "lost");
        q.complete(&us, job.id, "w").await.unwrap();
        assert_eq!(relay(&store, &nats, Duration::ZERO).await.unwrap(), 0);
    }
}
