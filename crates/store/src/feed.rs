//! Feed events (the viewer's watch history) and feed settings, in the viewer's cell.

use spool_core::AccountId;
use sqlx::Row;
use uuid::Uuid;

use crate::cell::Cell;
use crate::{now_ms, Result, StoreError};

/// One stored feed event.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedEvent {
    pub id: i64,
    pub account_id: AccountId,
    /// The video (or, for `follow`, the followed account; for `reset`, nil).
    pub subject: Uuid,
    pub kind: String,
    pub watched_ms: i64,
    pub replays: i64,
    pub created_at_ms: i64,
}

/// An event to store.
#[derive(Debug, Clone)]
pub struct NewFeedEvent {
    pub subject: Uuid,
    pub kind: &'static str,
    pub watched_ms: i64,
    pub replays: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FeedSettings {
    pub personalized: bool,
    pub keyword_filters: Vec<String>,
}

impl Cell {
    /// Stores a batch of events in one transaction; returns their ids in order.
    pub async fn add_feed_events(
        &self,
        account: AccountId,
        events: &[NewFeedEvent],
    ) -> Result<Vec<i64>> {
        let mut ids = self.add_feed_events_of_many(&[(account, events)]).await?;
        Ok(ids.pop().unwrap_or_default())
    }

    /// Stores the events of several accounts in one transaction (a group commit: the
    /// feed's ingest writes what concurrent requests brought in one go). Returns the ids
    /// per account, in the order given.
    pub async fn add_feed_events_of_many(
        &self,
        batch: &[(AccountId, &[NewFeedEvent])],
    ) -> Result<Vec<Vec<i64>>> {
        let mut tx = self.db.begin_write().await?;
        let now = now_ms();
        let mut all = Vec::with_capacity(batch.len());
        for (account, events) in batch {
            let mut ids = Vec::with_capacity(events.len());
            for e in *events {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO feed_events (account_id, video_id, kind, watched_ms, replays, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(account.0.to_string())
                .bind(e.subject.to_string())
                .bind(e.kind)
                .bind(e.watched_ms)
                .bind(e.replays)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                ids.push(id);
            }
            all.push(ids);
        }
        tx.commit().await?;
        Ok(all)
    }

    /// Events after `after_id`, oldest first (for replay after a restart).
    pub async fn feed_events_after(&self, after_id: i64, limit: u32) -> Result<Vec<FeedEvent>> {
        let rows = sqlx::query(
            "SELECT id, account_id, video_id, kind, watched_ms, replays, created_at FROM feed_events
             WHERE id > $1 ORDER BY id LIMIT $2",
        )
        .bind(after_id)
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(feed_event).collect()
    }

    /// One account's events, newest first (its view history, for the data export).
    pub async fn account_feed_events(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<FeedEvent>> {
        let rows = sqlx::query(
            "SELECT id, account_id, video_id, kind, watched_ms, replays, created_at FROM feed_events
             WHERE account_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(account.0.to_string())
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(feed_event).collect()
    }

    /// Removes events older than `before_ms` (retention); returns how many went.
    pub async fn prune_feed_events(&self, before_ms: i64) -> Result<u64> {
        let done = sqlx::query("DELETE FROM feed_events WHERE created_at < $1")
            .bind(before_ms)
            .execute(&self.db.write)
            .await?;
        Ok(done.rows_affected())
    }

    pub async fn feed_settings(&self, account: AccountId) -> Result<Option<FeedSettings>> {
        let row = sqlx::query("SELECT feed_mode, keyword_filters FROM accounts WHERE id = $1")
            .bind(account.0.to_string())
            .fetch_optional(&self.db.read)
            .await?;
        row.map(|r| {
            let mode: String = r.try_get("feed_mode")?;
            let filters: String = r.try_get("keyword_filters")?;
            Ok(FeedSettings {
                personalized: mode != "non_personalized",
                keyword_filters: serde_json::from_str(&filters)
                    .map_err(|e| StoreError::Corrupt(format!("keyword_filters: {e}")))?,
            })
        })
        .transpose()
    }

    pub async fn set_feed_settings(
        &self,
        account: AccountId,
        personalized: Option<bool>,
        keyword_filters: Option<&[String]>,
    ) -> Result<()> {
        let mut tx = self.db.begin_write().await?;
        if let Some(p) = personalized {
            sqlx::query("UPDATE accounts SET feed_mode = $1 WHERE id = $2")
                .bind(if p {
                    "personalized"
                } else {
                    "non_personalized"
                })
                .bind(account.0.to_string())
                .execute(&mut *tx)
                .await?;
        }
        if let Some(k) = keyword_filters {
            let json = serde_json::to_string(k).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            sqlx::query("UPDATE accounts SET keyword_filters = $1 WHERE id = $2")
                .bind(json)
                .bind(account.0.to_string())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Accounts of this cell that block `target`.
    pub async fn blockers_of(&self, target: AccountId) -> Result<Vec<AccountId>> {
        self.account_ids("SELECT account_id FROM blocks WHERE target_id = $1", target)
            .await
    }

    /// Everyone `account` mutes.
    pub async fn muted_ids(&self, account: AccountId) -> Result<Vec<AccountId>> {
        self.account_ids("SELECT target_id FROM mutes WHERE account_id = $1", account)
            .await
    }

    /// Runs a query with one account-id parameter that selects one column of account
    /// ids. `sql` is fixed by the caller, never input.
    pub(crate) async fn account_ids(&self, sql: &str, key: AccountId) -> Result<Vec<AccountId>> {
        let rows: Vec<String> = sqlx::query_scalar(sql)
            .bind(key.0.to_string())
            .fetch_all(&self.db.read)
            .await?;
        rows.iter()
            .map(|s| {
                Uuid::parse_str(s)
                    .map(AccountId)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .collect()
    }

    /// Ready videos of several owners (all in this cell) that a follower may see,
    /// newest first, before `before_ms`.
    pub async fn followed_videos(
        &self,
        owners: &[AccountId],
        before_ms: i64,
        limit: u32,
    ) -> Result<Vec<crate::VideoRecord>> {
        if owners.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; owners.len()].join(",");
        let sql = format!(
            "SELECT * FROM videos WHERE account_id IN ({marks}) AND state = 'ready'
               AND visibility IN ('public', 'followers') AND created_at < $1
             ORDER BY created_at DESC, id DESC LIMIT $2"
        );
        let mut q = sqlx::query(&sql);
        for o in owners {
            q = q.bind(o.0.to_string());
        }
        let rows = q
            .bind(before_ms)
            .bind(i64::from(limit))
            .fetch_all(&self.db.read)
            .await?;
        rows.iter().map(crate::media::video_record).collect()
    }
}

fn feed_event(r: &sqlx::any::AnyRow) -> Result<FeedEvent> {
    let parse = |col: &str| -> Result<Uuid> {
        let s: String = r.try_get(col)?;
        Uuid::parse_str(&s).map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
    };
    Ok(FeedEvent {
        id: r.try_get("id")?,
        account_id: AccountId(parse("account_id")?),
        subject: parse("video_id")?,
        kind: r.try_get("kind")?,
        watched_ms: r.try_get("watched_ms")?,
        replays: r.try_get("replays")?,
        created_at_ms: r.try_get("created_at")?,
    })
}
