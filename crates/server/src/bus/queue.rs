//! The job queue over NATS JetStream: the cell's `jobs` row stays the record of every
//! job (lease, attempts, backoff, outcome, exactly as [`crate::jobs::TableQueue`] keeps
//! it) and is written in the same transaction as the change that needs the job; the
//! work-queue stream carries word of it to the workers.
//!
//! Delivery: after the enqueuing transaction commits, the job is published to
//! `<prefix>.urgent.<region>` (first renditions) or `<prefix>.jobs.<region>` (work that
//! can wait), two work-queue streams; the workers of a region share one durable pull
//! consumer of each. A claim reads the urgent lane first; a claim limited to urgent
//! jobs (the slot a worker keeps for them) reads only that lane. Within a lane the
//! order is the stream's; which account goes first is the table's rule only where the
//! table orders (on NATS a batch of one account's uploads is taken in turn).
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
use spool_core::{JobKind, RegionCode};
use spool_store::{FailOutcome, Job, NamedClaim, NewJob, Store, StoreError};

use super::{JobMessage, Nats};
use crate::jobs::{JobQueue, QueueError, QueueResult};

/// How long one claim waits for a delivery before it reports an empty queue.
const CLAIM_WAIT: Duration = Duration::from_secs(1);

pub struct StreamQueue {
    store: Store,
    nats: Arc<Nats>,
    /// Per region: the urgent lane's consumer and the other lane's.
    consumers: HashMap<RegionCode, [PullConsumer; 2]>,
    /// The delivery of each job this process runs, to acknowledge it.
    held: Mutex<HashMap<(RegionCode, i64), async_nats::jetstream::Message>>,
}

fn unexpected(e: impl std::fmt::Display) -> QueueError {
    QueueError::Bus(e.to_string())
}

impl StreamQueue {
    /// Makes (or finds) the durable consumer of every region.
    pub async fn new(store: Store, nats: Arc<Nats>, lease: Duration) -> anyhow::Result<Self> {
        let names = &nats.names;
        let mut consumers = HashMap::new();
        for region in store.regions() {
            let r = region.as_str();
            let urgent = consumer(
                &nats,
                names.urgent_stream(),
                names.urgent_consumer(r),
                names.urgent_subject(r),
                lease,
            )
            .await?;
            let later = consumer(
                &nats,
                names.jobs_stream(),
                names.jobs_consumer(r),
                names.jobs_subject(r),
                lease,
            )
            .await?;
            consumers.insert(region.clone(), [urgent, later]);
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

    /// The next delivery of the urgent lane, else (unless `urgent_only`) of the other
    /// lane: the urgent lane is only glanced at when the other follows, the last lane
    /// read waits up to `wait`.
    async fn next_delivery(
        &self,
        region: &RegionCode,
        wait: Duration,
        urgent_only: bool,
    ) -> QueueResult<Option<async_nats::jetstream::Message>> {
        let lanes = self
            .consumers
            .get(region)
            .ok_or_else(|| StoreError::UnknownRegion(region.to_string()))?;
        let lanes = if urgent_only { &lanes[..1] } else { &lanes[..] };
        for (i, consumer) in lanes.iter().enumerate() {
            let wait = if i + 1 < lanes.len() {
                Duration::from_millis(20)
            } else {
                wait
            };
            let mut batch = consumer
                .fetch()
                .max_messages(1)
                .expires(wait)
                .messages()
                .await
                .map_err(unexpected)?;
            match batch.next().await {
                Some(Ok(m)) => return Ok(Some(m)),
                Some(Err(e)) => return Err(unexpected(e)),
                None => {}
            }
        }
        Ok(None)
    }

    fn take(&self, region: &RegionCode, job: i64) -> Option<async_nats::jetstream::Message> {
        self.held.lock().remove(&(region.clone(), job))
    }
}

/// Makes (or finds) the durable consumer `name` of `stream` for `subject`.
async fn consumer(
    nats: &Nats,
    stream: String,
    name: String,
    subject: String,
    lease: Duration,
) -> anyhow::Result<PullConsumer> {
    let stream = nats
        .js
        .get_stream(&stream)
        .await
        .map_err(|e| anyhow::anyhow!("the jobs stream {stream}: {e}"))?;
    stream
        .get_or_create_consumer(
            &name,
            pull::Config {
                durable_name: Some(name.clone()),
                filter_subject: subject,
                ack_policy: AckPolicy::Explicit,
                ack_wait: lease,
                // Attempts are counted by the row, not by the server.
                max_deliver: -1,
                ..Default::default()
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("the jobs consumer {name}: {e}"))
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
        max_priority: u32,
        // No express lane here (`express_lane` is false): the streams deliver by kind.
        _max_clip_ms: Option<i64>,
    ) -> BoxFuture<'a, QueueResult<Option<Job>>> {
        Box::pin(async move {
            let cell = self.cell(region)?;
            let urgent_only = max_priority == JobKind::URGENT;
            let deadline = tokio::time::Instant::now() + CLAIM_WAIT;
            loop {
                let left = deadline.saturating_duration_since(tokio::time::Instant::now());
                if left < Duration::from_millis(50) {
                    return Ok(None);
                }
                let Some(message) = self.next_delivery(region, left, urgent_only).await? else {
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
        next: &'a [NewJob],
    ) -> BoxFuture<'a, QueueResult<()>> {
        Box::pin(async move {
            self.cell(region)?
                .complete_job_then(job, worker, next)
                .await?;
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
            priority: 2,
        }
    }

    fn kind_job(kind: JobKind, subject: &str) -> NewJob {
        NewJob {
            kind: kind.as_str().into(),
            priority: kind.priority(),
            ..job(subject)
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
            if let Some(job) = q
                .claim(region, worker, lease, u32::MAX, None)
                .await
                .unwrap()
            {
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
        q.complete(&us, second.id, "w2", &[]).await.unwrap();
        assert_eq!(q.pending(&us).await.unwrap(), 0);
        // Word of the finished job once more (as a relay might send): acknowledged and
        // ignored, nothing runs.
        nats.publish_job(&us, "test", "a", "again");
        nats.flush().await;
        assert!(q
            .claim(&us, "w3", lease, u32::MAX, None)
            .await
            .unwrap()
            .is_none());
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
        assert!(q
            .claim(&us, "w", lease, u32::MAX, None)
            .await
            .unwrap()
            .is_none());
        assert_eq!(relay(&store, &nats, Duration::ZERO).await.unwrap(), 1);
        let job = claim_soon(&q, &us, "w", lease).await;
        assert_eq!(job.subject, "lost");
        q.complete(&us, job.id, "w", &[]).await.unwrap();
        assert_eq!(relay(&store, &nats, Duration::ZERO).await.unwrap(), 0);
    }

    #[tokio::test]
    async fn the_urgent_lane_comes_first_and_a_slot_kept_for_it_takes_nothing_else() {
        let lease = Duration::from_secs(30);
        let (_dir, store, _nats, q) = queue(lease).await;
        let us = RegionCode::parse("us").unwrap();
        let cell = store.cell(&us).unwrap();
        let ladder = kind_job(JobKind::Ladder, "old");
        cell.enqueue_job(&ladder).await.unwrap();
        q.queued(&us, &ladder.kind, "old");
        // The kept slot finds no urgent job: the ladder is not for it.
        assert!(q
            .claim(&us, "kept", lease, JobKind::URGENT, None)
            .await
            .unwrap()
            .is_none());
        let first = kind_job(JobKind::Transcode, "new");
        cell.enqueue_job(&first).await.unwrap();
        q.queued(&us, &first.kind, "new");
        // Any slot takes the urgent job before the older ladder.
        let got = claim_soon(&q, &us, "any", lease).await;
        assert_eq!(
            (got.kind.as_str(), got.subject.as_str()),
            ("transcode", "new")
        );
        let next = [kind_job(JobKind::Sound, "new")];
        q.complete(&us, got.id, "any", &next).await.unwrap();
        q.queued(&us, &next[0].kind, "new");
        let got = claim_soon(&q, &us, "any", lease).await;
        assert_eq!(got.kind, "ladder");
        let got = claim_soon(&q, &us, "any", lease).await;
        assert_eq!((got.kind.as_str(), got.subject.as_str()), ("sound", "new"));
    }
}
