//! The durable job queue of one region cell.
//!
//! A job is claimed by a single `UPDATE ... RETURNING` that sets a lease. The worker
//! renews the lease while it works ([`Cell::heartbeat`]); if the worker dies, the lease
//! runs out and the next claim takes the job again, so a crash at any point loses
//! nothing. Each claim counts as an attempt; failures are retried with exponential
//! backoff until `max_attempts`, after which the job is `failed` for good. Job handlers
//! must therefore be idempotent.
//!
//! Order: a claim takes the lowest `priority` first (0: what makes a new video
//! playable; higher: work that can wait, such as the rest of a ladder), and within a
//! priority the job of the account with the fewest jobs running right now (a video's
//! account, found through the job's subject), then the oldest. So one account's batch
//! of uploads takes one worker at a time while others' uploads wait, not all of them.
//! The express lane ([`Cell::claim_job`] with a clip length cap) claims only urgent
//! jobs of clips no longer than the cap, shortest first: a short upload's first
//! rendition need not wait until a long clip's first rendition ends.
//! A job can name the jobs that follow it ([`Cell::complete_job_then`]): they are
//! queued in the same transaction that marks it done, so they never run before it
//! finished and are never lost after it.

use std::time::Duration;

use sqlx::{Any, Row, Transaction};

use crate::cell::Cell;
use crate::{now_ms, Result};

/// A job to enqueue. (`kind`, `subject`) is unique: enqueueing the same pair twice
/// keeps the first.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: String,
    pub subject: String,
    pub payload: String,
    pub max_attempts: u32,
    /// Lower runs first.
    pub priority: u32,
}

/// A claimed job.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub subject: String,
    pub payload: String,
    /// Including this one.
    pub attempts: u32,
    pub max_attempts: u32,
    pub priority: u32,
}

/// Where a job stands (for diagnostics and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobStatus {
    pub state: String,
    pub attempts: u32,
    pub last_error: Option<String>,
}

/// What a claim of one named job found (a message-queue backend delivers jobs by name;
/// the row stays the record of truth).
#[derive(Debug, Clone)]
pub enum NamedClaim {
    Claimed(Job),
    /// Not claimable now: queued for later, or leased by a live worker; try again in.
    Later(Duration),
    /// Done, failed for good, or gone: nothing to run.
    Finished,
}

/// A job that should have been claimed by now (see [`Cell::overdue_jobs`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverdueJob {
    pub id: i64,
    pub kind: String,
    pub subject: String,
    pub attempts: u32,
}

/// What became of a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    WillRetry,
    GaveUp,
}

pub(crate) async fn insert_job(
    tx: &mut Transaction<'_, Any>,
    job: &NewJob,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO jobs (kind, subject, payload, state, max_attempts, priority, run_after, created_at, updated_at)
         VALUES ($1, $2, $3, 'queued', $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )
    .bind(&job.kind)
    .bind(&job.subject)
    .bind(&job.payload)
    .bind(i64::from(job.max_attempts))
    .bind(i64::from(job.priority))
    .bind(now)
    .bind(now)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Queues `jobs` in the transaction `tx` (with the change that needs them).
pub(crate) async fn insert_jobs(
    tx: &mut Transaction<'_, Any>,
    jobs: &[NewJob],
    now: i64,
) -> Result<()> {
    for job in jobs {
        insert_job(tx, job, now).await?;
    }
    Ok(())
}

impl Cell {
    pub async fn enqueue_job(&self, job: &NewJob) -> Result<()> {
        self.enqueue_jobs(std::slice::from_ref(job)).await
    }

    /// Queues jobs in one transaction.
    pub async fn enqueue_jobs(&self, jobs: &[NewJob]) -> Result<()> {
        if jobs.is_empty() {
            return Ok(());
        }
        let now = now_ms();
        let mut tx = self.db.begin_write().await?;
        insert_jobs(&mut tx, jobs, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Claims the next due job (queued and due, or running with an expired lease) whose
    /// priority is at most `max_priority`, in the order the module doc gives. With
    /// `max_clip_ms`, only jobs of a video whose clip is at most that long (the express
    /// lane), shortest clip first after the fairness rule.
    pub async fn claim_job(
        &self,
        worker: &str,
        lease: Duration,
        max_priority: u32,
        max_clip_ms: Option<i64>,
    ) -> Result<Option<Job>> {
        let now = now_ms();
        let (clip_filter, clip_order) = match max_clip_ms {
            Some(_) => (
                " AND v.duration_ms IS NOT NULL AND v.duration_ms <= $7",
                " v.duration_ms,",
            ),
            None => ("", ""),
        };
        let sql = format!(
            "UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = $1, worker = $2, updated_at = $3
             WHERE id = (SELECT j.id FROM jobs j LEFT JOIN videos v ON v.id = j.subject
                         WHERE ((j.state = 'queued' AND j.run_after <= $4) OR (j.state = 'running' AND j.lease_until < $5))
                           AND j.priority <= $6{clip_filter}
                         ORDER BY j.priority,
                                  (SELECT COUNT(*) FROM jobs r JOIN videos rv ON rv.id = r.subject
                                   WHERE r.state = 'running' AND r.lease_until >= $5 AND rv.account_id = v.account_id),
                                 {clip_order} j.run_after, j.id
                         LIMIT 1)
               -- Checked again on the row itself: on PostgreSQL another worker may
               -- have claimed it since the subquery looked.
               AND ((state = 'queued' AND run_after <= $4) OR (state = 'running' AND lease_until < $5))
             RETURNING id, kind, subject, payload, attempts, max_attempts, priority"
        );
        let mut query = sqlx::query(&sql)
            .bind(now + lease.as_millis() as i64)
            .bind(worker)
            .bind(now)
            .bind(now)
            .bind(now)
            .bind(i64::from(max_priority));
        if let Some(ms) = max_clip_ms {
            query = query.bind(ms);
        }
        let row = query.fetch_optional(&self.db.write).await?;
        row.map(|r| job_row(&r)).transpose()
    }

    /// Claims the job (`kind`, `subject`) if it is due (queued and due, or running with
    /// an expired lease), like [`claim_job`](Self::claim_job) for one named job.
    pub async fn claim_named_job(
        &self,
        kind: &str,
        subject: &str,
        worker: &str,
        lease: Duration,
    ) -> Result<NamedClaim> {
        let now = now_ms();
        let row = sqlx::query(
            "UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = $1, worker = $2, updated_at = $3
             WHERE kind = $4 AND subject = $5
               AND ((state = 'queued' AND run_after <= $6) OR (state = 'running' AND lease_until < $7))
             RETURNING id, kind, subject, payload, attempts, max_attempts, priority",
        )
        .bind(now + lease.as_millis() as i64)
        .bind(worker)
        .bind(now)
        .bind(kind)
        .bind(subject)
        .bind(now)
        .bind(now)
        .fetch_optional(&self.db.write)
        .await?;
        if let Some(r) = row {
            return Ok(NamedClaim::Claimed(job_row(&r)?));
        }
        let row = sqlx::query(
            "SELECT state, run_after, lease_until FROM jobs WHERE kind = $1 AND subject = $2",
        )
        .bind(kind)
        .bind(subject)
        .fetch_optional(&self.db.write)
        .await?;
        let Some(r) = row else {
            return Ok(NamedClaim::Finished);
        };
        let state: String = r.try_get("state")?;
        let at: Option<i64> = match state.as_str() {
            "queued" => r.try_get("run_after")?,
            "running" => r.try_get("lease_until")?,
            _ => return Ok(NamedClaim::Finished),
        };
        let wait = at.unwrap_or(now).saturating_sub(now).max(1);
        Ok(NamedClaim::Later(Duration::from_millis(wait as u64)))
    }

    /// Jobs that were due before `before` (epoch ms) and are still not claimed: queued
    /// and due since then, or running with a lease that ended by then; oldest first.
    pub async fn overdue_jobs(&self, before: i64, limit: u32) -> Result<Vec<OverdueJob>> {
        let rows = sqlx::query(
            "SELECT id, kind, subject, attempts FROM jobs
             WHERE (state = 'queued' AND run_after < $1) OR (state = 'running' AND lease_until < $2)
             ORDER BY run_after, id LIMIT $3",
        )
        .bind(before)
        .bind(before)
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OverdueJob {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    subject: r.try_get("subject")?,
                    attempts: r.try_get::<i64, _>("attempts")? as u32,
                })
            })
            .collect()
    }

    /// Extends the lease; false if the job is no longer this worker's (its lease ran
    /// out and someone else took it), in which case the worker must stop.
    pub async fn heartbeat(&self, job_id: i64, worker: &str, lease: Duration) -> Result<bool> {
        let now = now_ms();
        let done = sqlx::query(
            "UPDATE jobs SET lease_until = $1, updated_at = $2 WHERE id = $3 AND worker = $4 AND state = 'running'",
        )
        .bind(now + lease.as_millis() as i64)
        .bind(now)
        .bind(job_id)
        .bind(worker)
        .execute(&self.db.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn complete_job(&self, job_id: i64, worker: &str) -> Result<()> {
        self.complete_job_then(job_id, worker, &[]).await.map(drop)
    }

    /// Marks the job done and queues `next` in the same transaction (each kept once per
    /// kind and subject, as [`enqueue_job`](Self::enqueue_job) does). Returns whether the
    /// job was still this worker's: when it was not (its lease ran out and another
    /// worker took it), nothing changes and that worker will queue them.
    pub async fn complete_job_then(
        &self,
        job_id: i64,
        worker: &str,
        next: &[NewJob],
    ) -> Result<bool> {
        let now = now_ms();
        let mut tx = self.db.begin_write().await?;
        let done = sqlx::query(
            "UPDATE jobs SET state = 'done', lease_until = NULL, updated_at = $1 WHERE id = $2 AND worker = $3",
        )
        .bind(now)
        .bind(job_id)
        .bind(worker)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        insert_jobs(&mut tx, next, now).await?;
        crate::fault::point("job.complete.before_commit");
        tx.commit().await?;
        crate::fault::point("job.complete.after_commit");
        Ok(true)
    }

    /// Records a failed attempt: retried after `backoff * 2^(attempts-1)` unless
    /// `permanent` or out of attempts.
    pub async fn fail_job(
        &self,
        job: &Job,
        worker: &str,
        error: &str,
        permanent: bool,
        backoff: Duration,
    ) -> Result<FailOutcome> {
        let now = now_ms();
        let give_up = permanent || job.attempts >= job.max_attempts;
        let delay = backoff.as_millis() as i64 * (1i64 << job.attempts.saturating_sub(1).min(16));
        sqlx::query(
            "UPDATE jobs SET state = $1, run_after = $2, lease_until = NULL, last_error = $3, updated_at = $4
             WHERE id = $5 AND worker = $6",
        )
        .bind(if give_up { "failed" } else { "queued" })
        .bind(now + delay)
        .bind(error)
        .bind(now)
        .bind(job.id)
        .bind(worker)
        .execute(&self.db.write)
        .await?;
        Ok(if give_up {
            FailOutcome::GaveUp
        } else {
            FailOutcome::WillRetry
        })
    }

    pub async fn job_status(&self, kind: &str, subject: &str) -> Result<Option<JobStatus>> {
        let row = sqlx::query(
            "SELECT state, attempts, last_error FROM jobs WHERE kind = $1 AND subject = $2",
        )
        .bind(kind)
        .bind(subject)
        .fetch_optional(&self.db.read)
        .await?;
        row.map(|r| {
            Ok(JobStatus {
                state: r.try_get("state")?,
                attempts: r.try_get::<i64, _>("attempts")? as u32,
                last_error: r.try_get("last_error")?,
            })
        })
        .transpose()
    }

    /// How many jobs are waiting or running (for metrics and `spool seed`).
    pub async fn pending_jobs(&self) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')")
                .fetch_one(&self.db.read)
                .await?,
        )
    }
}

fn job_row(r: &sqlx::any::AnyRow) -> Result<Job> {
    Ok(Job {
        id: r.try_get("id")?,
        kind: r.try_get("kind")?,
        subject: r.try_get("subject")?,
        payload: r.try_get("payload")?,
        attempts: r.try_get::<i64, _>("attempts")? as u32,
        max_attempts: r.try_get::<i64, _>("max_attempts")? as u32,
        priority: r.try_get::<i64, _>("priority")? as u32,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use spool_core::RegionCode;

    async fn cell() -> (tempfile::TempDir, Cell) {
        let dir = tempfile::tempdir().unwrap();
        let us = RegionCode::parse("us").unwrap();
        let store = Store::open_embedded(dir.path(), std::slice::from_ref(&us))
            .await
            .unwrap();
        let cell = store.cell(&us).unwrap().clone();
        (dir, cell)
    }

    fn job(subject: &str) -> NewJob {
        NewJob {
            kind: "test".into(),
            subject: subject.into(),
            payload: "{}".into(),
            max_attempts: 2,
            priority: 0,
        }
    }

    #[tokio::test]
    async fn a_job_is_claimed_once_and_again_after_its_lease_runs_out() {
        let (_dir, cell) = cell().await;
        cell.enqueue_job(&job("a")).await.unwrap();
        cell.enqueue_job(&job("a")).await.unwrap(); // idempotent
        let lease = Duration::from_millis(200);
        let first = cell.claim_job("w1", lease, 9, None).await.unwrap().unwrap();
        assert_eq!(first.attempts, 1);
        assert!(cell
            .claim_job("w2", lease, 9, None)
            .await
            .unwrap()
            .is_none());
        assert!(cell.heartbeat(first.id, "w1", lease).await.unwrap());
        // w1 "dies": after the lease, w2 gets it, and w1 can no longer touch it.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let second = cell.claim_job("w2", lease, 9, None).await.unwrap().unwrap();
        assert_eq!((second.id, second.attempts), (first.id, 2));
        assert!(!cell.heartbeat(first.id, "w1", lease).await.unwrap());
        cell.complete_job(second.id, "w2").await.unwrap();
        assert_eq!(
            cell.job_status("test", "a").await.unwrap().unwrap().state,
            "done"
        );
        assert_eq!(cell.pending_jobs().await.unwrap(), 0);
    }

    #[tokio::test]
    async fn failures_back_off_then_give_up() {
        let (_dir, cell) = cell().await;
        cell.enqueue_job(&job("b")).await.unwrap();
        let lease = Duration::from_secs(30);
        let j = cell.claim_job("w", lease, 9, None).await.unwrap().unwrap();
        let outcome = cell
            .fail_job(&j, "w", "boom", false, Duration::from_millis(100))
            .await
            .unwrap();
        assert_eq!(outcome, FailOutcome::WillRetry);
        assert!(
            cell.claim_job("w", lease, 9, None).await.unwrap().is_none(),
            "backoff not respected"
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
        let j = cell.claim_job("w", lease, 9, None).await.unwrap().unwrap();
        let outcome = cell
            .fail_job(&j, "w", "boom again", false, Duration::from_millis(1))
            .await
            .unwrap();
        assert_eq!(outcome, FailOutcome::GaveUp);
        let status = cell.job_status("test", "b").await.unwrap().unwrap();
        assert_eq!((status.state.as_str(), status.attempts), ("failed", 2));
        assert_eq!(status.last_error.as_deref(), Some("boom again"));
    }

    #[tokio::test]
    async fn a_named_job_is_claimed_when_due_and_overdue_ones_are_listed() {
        let (_dir, cell) = cell().await;
        cell.enqueue_job(&job("c")).await.unwrap();
        let lease = Duration::from_millis(300);
        let NamedClaim::Claimed(j) = cell
            .claim_named_job("test", "c", "w1", lease)
            .await
            .unwrap()
        else {
            panic!("a queued, due job is claimed");
        };
        // Leased: another worker is told to come back when the lease ends.
        match cell
            .claim_named_job("test", "c", "w2", lease)
            .await
            .unwrap()
        {
            NamedClaim::Later(wait) => assert!(wait <= lease, "{wait:?}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            cell.claim_named_job("test", "nope", "w2", lease)
                .await
                .unwrap(),
            NamedClaim::Finished
        ));
        // The lease runs out: the job is overdue, then claimed again by name.
        tokio::time::sleep(Duration::from_millis(400)).await;
        let overdue = cell.overdue_jobs(now_ms(), 10).await.unwrap();
        assert_eq!(overdue.len(), 1);
        assert_eq!((overdue[0].id, overdue[0].attempts), (j.id, 1));
        let NamedClaim::Claimed(again) = cell
            .claim_named_job("test", "c", "w2", lease)
            .await
            .unwrap()
        else {
            panic!("an expired lease is claimed again");
        };
        assert_eq!(again.attempts, 2);
        cell.complete_job(again.id, "w2").await.unwrap();
        assert!(matches!(
            cell.claim_named_job("test", "c", "w3", lease)
                .await
                .unwrap(),
            NamedClaim::Finished
        ));
        assert!(cell.overdue_jobs(now_ms(), 10).await.unwrap().is_empty());
    }

    /// Inserts an account and a video of it directly (the queue only reads
    /// `videos.account_id`) and returns the video id.
    async fn video_of(cell: &Cell, account: spool_core::AccountId) -> String {
        let video = uuid::Uuid::new_v4().to_string();
        sqlx::query(
            "INSERT INTO videos (id, account_id, upload_id, caption, visibility, allow_comments, allow_duet,
                allow_stitch, state, created_at) VALUES ($1, $2, $3, '', 'public', 1, 1, 1, 'processing', 0)",
        )
        .bind(&video)
        .bind(account.0.to_string())
        .bind(uuid::Uuid::new_v4().to_string())
        .execute(&cell.db.write)
        .await
        .unwrap();
        video
    }

    async fn new_account(cell: &Cell, handle: &str) -> spool_core::AccountId {
        use spool_core::{BirthDate, DisplayName, Handle};
        let id = spool_core::AccountId::new();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        cell.create_account(&crate::NewAccount {
            id,
            handle: Handle::parse(handle).unwrap(),
            display_name: DisplayName::parse("").unwrap(),
            email: None,
            birth_date: BirthDate::parse("1990-05-05", today).unwrap(),
            password_hash: "hash".into(),
            is_private: false,
        })
        .await
        .unwrap();
        id
    }

    fn kind_job(kind: &str, subject: &str, priority: u32) -> NewJob {
        NewJob {
            kind: kind.into(),
            priority,
            ..job(subject)
        }
    }

    #[tokio::test]
    async fn a_lower_priority_runs_first_and_a_capped_claim_takes_nothing_above_its_cap() {
        let (_dir, cell) = cell().await;
        let lease = Duration::from_secs(30);
        cell.enqueue_job(&kind_job("ladder", "old", 2))
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(5)).await;
        cell.enqueue_job(&kind_job("transcode", "new", 0))
            .await
            .unwrap();
        // Only first renditions: the older ladder is not this claim's.
        let first = cell
            .claim_job("fast", lease, 0, None)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (first.kind.as_str(), first.subject.as_str(), first.priority),
            ("transcode", "new", 0)
        );
        assert!(cell
            .claim_job("fast", lease, 0, None)
            .await
            .unwrap()
            .is_none());
        let later = cell
            .claim_job("any", lease, 9, None)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((later.kind.as_str(), later.priority), ("ladder", 2));
    }

    #[tokio::test]
    async fn an_account_with_a_job_running_waits_behind_another_accounts_job() {
        let (_dir, cell) = cell().await;
        let lease = Duration::from_secs(30);
        let batch = new_account(&cell, "batch").await;
        let other = new_account(&cell, "other").await;
        let mut batch_videos = Vec::new();
        for _ in 0..3 {
            let v = video_of(&cell, batch).await;
            cell.enqueue_job(&kind_job("transcode", &v, 0))
                .await
                .unwrap();
            batch_videos.push(v);
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let late = video_of(&cell, other).await;
        cell.enqueue_job(&kind_job("transcode", &late, 0))
            .await
            .unwrap();
        let order: Vec<String> = [
            cell.claim_job("w1", lease, 9, None).await.unwrap().unwrap(),
            cell.claim_job("w2", lease, 9, None).await.unwrap().unwrap(),
            cell.claim_job("w3", lease, 9, None).await.unwrap().unwrap(),
        ]
        .into_iter()
        .map(|j| j.subject)
        .collect();
        assert_eq!(
            order,
            [batch_videos[0].clone(), late, batch_videos[1].clone()]
        );
    }

    #[tokio::test]
    async fn the_jobs_that_follow_are_queued_with_the_completion_and_only_by_its_owner() {
        let (_dir, cell) = cell().await;
        let lease = Duration::from_secs(30);
        cell.enqueue_job(&job("v")).await.unwrap();
        let j = cell.claim_job("w", lease, 9, None).await.unwrap().unwrap();
        let next = [kind_job("sound", "v", 1), kind_job("ladder", "v", 2)];
        assert!(!cell
            .complete_job_then(j.id, "someone else", &next)
            .await
            .unwrap());
        assert!(cell.job_status("ladder", "v").await.unwrap().is_none());
        assert_eq!(
            cell.job_status("test", "v").await.unwrap().unwrap().state,
            "running"
        );
        assert!(cell.complete_job_then(j.id, "w", &next).await.unwrap());
        assert_eq!(
            cell.job_status("test", "v").await.unwrap().unwrap().state,
            "done"
        );
        let sound = cell.claim_job("w", lease, 9, None).await.unwrap().unwrap();
        assert_eq!((sound.kind.as_str(), sound.priority), ("sound", 1));
        // Queued again (a repeated completion): kept once.
        cell.enqueue_job(&next[1]).await.unwrap();
        let ladder = cell.claim_job("w", lease, 9, None).await.unwrap().unwrap();
        assert_eq!(ladder.kind, "ladder");
        assert!(cell.claim_job("w", lease, 9, None).await.unwrap().is_none());
    }

    #[tokio::test]
    async fn the_express_lane_takes_the_shortest_urgent_clip_within_its_cap_and_nothing_else() {
        let (_dir, cell) = cell().await;
        let lease = Duration::from_secs(30);
        let a = new_account(&cell, "longclips").await;
        let b = new_account(&cell, "shortclips").await;
        let mut ids = Vec::new();
        // Oldest first: a 55 s clip, a 20 s clip's ladder, a 12 s clip, an 8 s clip,
        // and a job whose subject is no video (no length: never express).
        for (account, ms, kind, priority) in [
            (a, 55_000, "transcode", 0),
            (b, 20_000, "ladder", 2),
            (a, 12_000, "transcode", 0),
            (b, 8_000, "transcode", 0),
        ] {
            let v = video_of(&cell, account).await;
            sqlx::query("UPDATE videos SET duration_ms = $1 WHERE id = $2")
                .bind(ms)
                .bind(&v)
                .execute(&cell.db.write)
                .await
                .unwrap();
            cell.enqueue_job(&kind_job(kind, &v, priority))
                .await
                .unwrap();
            ids.push(v);
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        cell.enqueue_job(&kind_job("transcode", "not-a-video", 0))
            .await
            .unwrap();
        let cap = Some(30_000);
        let first = cell.claim_job("x1", lease, 0, cap).await.unwrap().unwrap();
        assert_eq!(first.subject, ids[3], "the shortest urgent clip first");
        let second = cell.claim_job("x2", lease, 0, cap).await.unwrap().unwrap();
        assert_eq!(second.subject, ids[2]);
        // The 55 s clip is above the cap, the ladder is not urgent, the last has no clip.
        assert!(cell.claim_job("x3", lease, 0, cap).await.unwrap().is_none());
        assert!(cell
            .claim_job("x3", lease, 9, Some(60_000))
            .await
            .unwrap()
            .is_some_and(|j| j.subject == ids[0]));
        // An ordinary claim still takes the oldest first.
        let rest = cell.claim_job("w", lease, 0, None).await.unwrap().unwrap();
        assert_eq!(rest.subject, "not-a-video");
    }
}
