//! Follows, blocks, mutes, likes, comments, notifications and privacy settings of one
//! region cell. Which cell holds what: see `migrations/cell/0003_social.sql`.

use chrono::{DateTime, Utc};
use spool_core::{AccountId, CommentId, CommentText, Policy, RegionCode, SoundId, VideoId};
use sqlx::any::AnyRow;
use sqlx::Row;
use uuid::Uuid;

use crate::cell::Cell;
use crate::media::{video_record, VideoRecord};
use crate::outbox::{send, Message};
use crate::{fault, from_ms, now_ms, Result, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowState {
    Active,
    Requested,
}

impl FollowState {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Requested => "requested",
        }
    }
    pub(crate) fn parse(s: &str) -> Self {
        if s == "active" {
            Self::Active
        } else {
            Self::Requested
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub is_private: bool,
    pub comment_policy: Policy,
    pub duet_policy: Policy,
    pub stitch_policy: Policy,
    pub liked_public: bool,
    /// What moderation decisions in force impose on the account.
    pub moderation: crate::Restrictions,
}

#[derive(Debug, Default)]
pub struct SettingsUpdate {
    pub is_private: Option<bool>,
    pub comment_policy: Option<Policy>,
    pub duet_policy: Option<Policy>,
    pub stitch_policy: Option<Policy>,
    pub liked_public: Option<bool>,
}

/// A counter on a video that counts nothing listed anywhere. (Likes are counted through
/// the outbox, `Store::like_video`; comments with the comment, `Cell::add_comment`.)
#[derive(Debug, Clone, Copy)]
pub enum VideoCounter {
    Shares,
    Views,
}

#[derive(Debug, Clone)]
pub struct CommentRecord {
    pub id: CommentId,
    pub video_id: VideoId,
    pub author_id: AccountId,
    pub author_region: RegionCode,
    pub parent_id: Option<CommentId>,
    pub body: CommentText,
    pub like_count: i64,
    pub pinned: bool,
    pub created_at: DateTime<Utc>,
    /// Replies (only counted for top-level comments).
    pub reply_count: i64,
    /// What moderation decisions in force impose on it.
    pub moderation: crate::Restrictions,
}

#[derive(Debug, Clone)]
pub struct NotificationRecord {
    pub id: i64,
    pub kind: String,
    pub actor_id: AccountId,
    pub video_id: Option<VideoId>,
    pub comment_id: Option<CommentId>,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

/// An edge to another account, with that account's region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub account_id: AccountId,
    pub region: RegionCode,
    pub state: FollowState,
    pub created_at: DateTime<Utc>,
}

fn uuid(r: &AnyRow, col: &str) -> Result<Uuid> {
    let raw: String = r.try_get(col)?;
    Uuid::parse_str(&raw).map_err(|e| StoreError::Corrupt(format!("{col} {raw:?}: {e}")))
}

fn region(r: &AnyRow, col: &str) -> Result<RegionCode> {
    let raw: String = r.try_get(col)?;
    RegionCode::parse(&raw).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn policy(r: &AnyRow, col: &'static str) -> Result<Policy> {
    let raw: String = r.try_get(col)?;
    Policy::parse(col, &raw).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn edge(r: &AnyRow, id_col: &str, region_col: &str) -> Result<Edge> {
    Ok(Edge {
        account_id: AccountId(uuid(r, id_col)?),
        region: region(r, region_col)?,
        state: FollowState::parse(&r.try_get::<String, _>("state")?),
        created_at: from_ms(r.try_get("created_at")?),
    })
}

impl Cell {
    pub async fn settings(&self, account: AccountId) -> Result<Option<Settings>> {
        let row = sqlx::query(
            "SELECT is_private, comment_policy, duet_policy, stitch_policy, liked_public, moderation FROM accounts WHERE id = $1",
        )
        .bind(account.0.to_string())
        .fetch_optional(&self.db.read)
        .await?;
        row.map(|r| settings_record(&r)).transpose()
    }

    /// The settings of several accounts of this cell; missing ones are left out.
    pub async fn settings_of(
        &self,
        accounts: &[AccountId],
    ) -> Result<std::collections::HashMap<AccountId, Settings>> {
        if accounts.is_empty() {
            return Ok(Default::default());
        }
        let sql = format!(
            "SELECT id, is_private, comment_policy, duet_policy, stitch_policy, liked_public, moderation FROM accounts WHERE id IN ({})",
            crate::db::numbered(1, accounts.len())
        );
        let mut q = sqlx::query(&sql);
        for a in accounts {
            q = q.bind(a.0.to_string());
        }
        let rows = q.fetch_all(&self.db.read).await?;
        rows.iter()
            .map(|r| Ok((parse_account(r, "id")?, settings_record(r)?)))
            .collect()
    }

    /// Of `accounts`, those in `relation` with `other`, by this cell's rows (the cell of
    /// `accounts` for `Blocks`, `FollowedBy` and `Follows`; the cell of `other` for
    /// `BlockedBy`).
    pub async fn related_to(
        &self,
        relation: Relation,
        accounts: &[AccountId],
        other: AccountId,
    ) -> Result<std::collections::HashSet<AccountId>> {
        if accounts.is_empty() {
            return Ok(Default::default());
        }
        // (table, the other's column, the accounts' column, only active rows)
        let (sql_table, other_col, own_col, active) = match relation {
            Relation::Blocks => ("blocks", "target_id", "account_id", ""),
            Relation::BlockedBy => ("blocks", "account_id", "target_id", ""),
            Relation::FollowedBy => (
                "followers",
                "follower_id",
                "account_id",
                " AND state = 'active'",
            ),
            Relation::Follows => (
                "following",
                "target_id",
                "account_id",
                " AND state = 'active'",
            ),
        };
        let sql = format!(
            "SELECT {own_col} AS account_id FROM {sql_table} WHERE {other_col} = $1{active} AND {own_col} IN ({})",
            crate::db::numbered(2, accounts.len())
        );
        let mut q = sqlx::query(&sql).bind(other.0.to_string());
        for a in accounts {
            q = q.bind(a.0.to_string());
        }
        let rows = q.fetch_all(&self.db.read).await?;
        rows.iter()
            .map(|r| parse_account(r, "account_id"))
            .collect()
    }

    pub async fn update_settings(&self, account: AccountId, update: &SettingsUpdate) -> Result<()> {
        let key = account.0.to_string();
        let mut tx = self.db.begin_write().await?;
        if let Some(v) = update.is_private {
            sqlx::query("UPDATE accounts SET is_private = $1 WHERE id = $2")
                .bind(i64::from(v))
                .bind(&key)
                .execute(&mut *tx)
                .await?;
        }
        for (col, value) in [
            ("comment_policy", update.comment_policy),
            ("duet_policy", update.duet_policy),
            ("stitch_policy", update.stitch_policy),
        ] {
            if let Some(p) = value {
                // `col` is one of three fixed names above, never input.
                sqlx::query(&format!("UPDATE accounts SET {col} = $1 WHERE id = $2"))
                    .bind(p.as_str())
                    .bind(&key)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        if let Some(v) = update.liked_public {
            sqlx::query("UPDATE accounts SET liked_public = $1 WHERE id = $2")
                .bind(i64::from(v))
                .bind(&key)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    // --- follows -------------------------------------------------------------------

    pub async fn following_state(
        &self,
        account: AccountId,
        target: AccountId,
    ) -> Result<Option<FollowState>> {
        let s: Option<String> = sqlx::query_scalar(
            "SELECT state FROM following WHERE account_id = $1 AND target_id = $2",
        )
        .bind(account.0.to_string())
        .bind(target.0.to_string())
        .fetch_optional(&self.db.read)
        .await?;
        Ok(s.map(|s| FollowState::parse(&s)))
    }

    /// Whether `follower` is an accepted follower of `account` (in `account`'s cell).
    pub async fn follower_state(
        &self,
        account: AccountId,
        follower: AccountId,
    ) -> Result<Option<FollowState>> {
        let s: Option<String> = sqlx::query_scalar(
            "SELECT state FROM followers WHERE account_id = $1 AND follower_id = $2",
        )
        .bind(account.0.to_string())
        .bind(follower.0.to_string())
        .fetch_optional(&self.db.read)
        .await?;
        Ok(s.map(|s| FollowState::parse(&s)))
    }

    /// Followers of `account` in `state`, newest first.
    pub async fn followers(
        &self,
        account: AccountId,
        state: FollowState,
        limit: u32,
    ) -> Result<Vec<Edge>> {
        let rows = sqlx::query(
            "SELECT follower_id, follower_region, state, created_at FROM followers
             WHERE account_id = $1 AND state = $2 ORDER BY created_at DESC LIMIT $3",
        )
        .bind(account.0.to_string())
        .bind(state.as_str())
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter()
            .map(|r| edge(r, "follower_id", "follower_region"))
            .collect()
    }

    /// Accounts `account` follows (active), newest first.
    pub async fn following(&self, account: AccountId, limit: u32) -> Result<Vec<Edge>> {
        let rows = sqlx::query(
            "SELECT target_id, target_region, state, created_at FROM following
             WHERE account_id = $1 AND state = 'active' ORDER BY created_at DESC LIMIT $2",
        )
        .bind(account.0.to_string())
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter()
            .map(|r| edge(r, "target_id", "target_region"))
            .collect()
    }

    // --- blocks and mutes ------------------------------------------------------------

    async fn set_edge(
        &self,
        table: &str,
        account: AccountId,
        target: AccountId,
        target_region: &RegionCode,
        on: bool,
    ) -> Result<()> {
        // `table` is "blocks" or "mutes", never input.
        let key = (account.0.to_string(), target.0.to_string());
        if on {
            sqlx::query(&format!(
                "INSERT INTO {table} (account_id, target_id, target_region, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"
            ))
            .bind(key.0)
            .bind(key.1)
            .bind(target_region.as_str())
            .bind(now_ms())
            .execute(&self.db.write)
            .await?;
        } else {
            sqlx::query(&format!(
                "DELETE FROM {table} WHERE account_id = $1 AND target_id = $2"
            ))
            .bind(key.0)
            .bind(key.1)
            .execute(&self.db.write)
            .await?;
        }
        Ok(())
    }

    async fn has_edge(&self, table: &str, account: AccountId, target: AccountId) -> Result<bool> {
        // `table` is "blocks" or "mutes", never input.
        let found: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT 1 FROM {table} WHERE account_id = $1 AND target_id = $2"
        ))
        .bind(account.0.to_string())
        .bind(target.0.to_string())
        .fetch_optional(&self.db.read)
        .await?;
        Ok(found.is_some())
    }

    pub async fn set_block(
        &self,
        account: AccountId,
        target: AccountId,
        target_region: &RegionCode,
        on: bool,
    ) -> Result<()> {
        self.set_edge("blocks", account, target, target_region, on)
            .await
    }

    pub async fn set_mute(
        &self,
        account: AccountId,
        target: AccountId,
        target_region: &RegionCode,
        on: bool,
    ) -> Result<()> {
        self.set_edge("mutes", account, target, target_region, on)
            .await
    }

    /// Whether `account` (of this cell) blocks `target`.
    pub async fn blocks(&self, account: AccountId, target: AccountId) -> Result<bool> {
        self.has_edge("blocks", account, target).await
    }

    pub async fn mutes(&self, account: AccountId, target: AccountId) -> Result<bool> {
        self.has_edge("mutes", account, target).await
    }

    /// Everyone `account` blocks.
    pub async fn blocked_ids(&self, account: AccountId) -> Result<Vec<AccountId>> {
        self.account_ids(
            "SELECT target_id FROM blocks WHERE account_id = $1",
            account,
        )
        .await
    }

    // --- likes -----------------------------------------------------------------------

    pub async fn likes_video(&self, account: AccountId, video: VideoId) -> Result<bool> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM likes WHERE account_id = $1 AND video_id = $2")
                .bind(account.0.to_string())
                .bind(video.to_string())
                .fetch_optional(&self.db.read)
                .await?;
        Ok(found.is_some())
    }

    /// Which of `videos` `account` (of this cell) likes.
    pub async fn likes_among(
        &self,
        account: AccountId,
        videos: &[VideoId],
    ) -> Result<std::collections::HashSet<VideoId>> {
        if videos.is_empty() {
            return Ok(Default::default());
        }
        let sql = format!(
            "SELECT video_id FROM likes WHERE account_id = $1 AND video_id IN ({})",
            crate::db::numbered(2, videos.len())
        );
        let mut q = sqlx::query(&sql).bind(account.0.to_string());
        for v in videos {
            q = q.bind(v.to_string());
        }
        let rows = q.fetch_all(&self.db.read).await?;
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("video_id")?;
                VideoId::parse(&id).map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .collect()
    }

    /// The videos `account` liked, newest first, with their regions.
    pub async fn liked_videos(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<(VideoId, RegionCode)>> {
        let rows = sqlx::query("SELECT video_id, video_region FROM likes WHERE account_id = $1 ORDER BY created_at DESC LIMIT $2")
            .bind(account.0.to_string())
            .bind(i64::from(limit))
            .fetch_all(&self.db.read)
            .await?;
        rows.iter()
            .map(|r| Ok((VideoId(uuid(r, "video_id")?), region(r, "video_region")?)))
            .collect()
    }

    /// Moves a public counter of a video (in the video's cell).
    pub async fn bump_video(
        &self,
        video: VideoId,
        counter: VideoCounter,
        delta: i64,
    ) -> Result<()> {
        let col = match counter {
            VideoCounter::Shares => "share_count",
            VideoCounter::Views => "view_count",
        };
        sqlx::query(&format!(
            "UPDATE videos SET {col} = CASE WHEN {col} + $1 > 0 THEN {col} + $1 ELSE 0 END WHERE id = $2"
        ))
        .bind(delta)
        .bind(video.to_string())
        .execute(&self.db.write)
        .await?;
        Ok(())
    }

    /// Several counters of this cell's videos moved in one transaction (the view counts a
    /// batch of feed events adds).
    pub async fn bump_videos(
        &self,
        counter: VideoCounter,
        deltas: &[(VideoId, i64)],
    ) -> Result<()> {
        let col = match counter {
            VideoCounter::Shares => "share_count",
            VideoCounter::Views => "view_count",
        };
        let sql = format!(
            "UPDATE videos SET {col} = CASE WHEN {col} + $1 > 0 THEN {col} + $1 ELSE 0 END WHERE id = $2"
        );
        let mut tx = self.db.begin_write().await?;
        for (video, delta) in deltas {
            sqlx::query(&sql)
                .bind(*delta)
                .bind(video.to_string())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn video_counts(&self, video: VideoId) -> Result<(i64, i64, i64)> {
        let row =
            sqlx::query("SELECT like_count, comment_count, share_count FROM videos WHERE id = $1")
                .bind(video.to_string())
                .fetch_optional(&self.db.read)
                .await?
                .ok_or(StoreError::NotFound)?;
        Ok((
            row.try_get("like_count")?,
            row.try_get("comment_count")?,
            row.try_get("share_count")?,
        ))
    }

    // --- comments --------------------------------------------------------------------

    /// Adds a comment (in the video's cell) and counts it.
    pub async fn add_comment(&self, c: &CommentRecord) -> Result<()> {
        let mut tx = self.db.begin_write().await?;
        sqlx::query(
            "INSERT INTO comments (id, video_id, author_id, author_region, parent_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(c.id.to_string())
        .bind(c.video_id.to_string())
        .bind(c.author_id.0.to_string())
        .bind(c.author_region.as_str())
        .bind(c.parent_id.map(|p| p.to_string()))
        .bind(c.body.as_str())
        .bind(c.created_at.timestamp_millis())
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE videos SET comment_count = comment_count + 1 WHERE id = $1")
            .bind(c.video_id.to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn comment(&self, id: CommentId) -> Result<Option<CommentRecord>> {
        let row = sqlx::query(
            "SELECT c.*, (SELECT COUNT(*) FROM comments r WHERE r.parent_id = c.id) AS reply_count FROM comments c WHERE id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(&self.db.write)
        .await?;
        row.map(|r| comment_record(&r)).transpose()
    }

    /// Top-level comments of a video (the pinned one first, then oldest first), or the
    /// replies to one comment (oldest first). Pages go by the unique key (`created_at`,
    /// `id`): `after` is the last comment of the previous page, and later pages leave
    /// out the pinned comment (the first page had it), so comments written in the same
    /// millisecond are neither skipped nor repeated.
    pub async fn comments(
        &self,
        video: VideoId,
        parent: Option<CommentId>,
        after: Option<(i64, CommentId)>,
        limit: u32,
    ) -> Result<Vec<CommentRecord>> {
        let rows = sqlx::query(
            "SELECT c.*, (SELECT COUNT(*) FROM comments r WHERE r.parent_id = c.id) AS reply_count FROM comments c
             WHERE video_id = $1 AND parent_id IS NOT DISTINCT FROM $2
               AND ($3 IS NULL OR (pinned = 0 AND (created_at, id) > ($3, $4)))
             ORDER BY pinned DESC, created_at ASC, id ASC LIMIT $5",
        )
        .bind(video.to_string())
        .bind(parent.map(|p| p.to_string()))
        .bind(after.map(|(ms, _)| ms))
        .bind(after.map(|(_, id)| id.to_string()))
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(comment_record).collect()
    }

    /// Deletes a comment and its replies, and uncounts them.
    pub async fn delete_comment(&self, id: CommentId) -> Result<()> {
        let mut tx = self.db.begin_write().await?;
        let video: Option<String> =
            sqlx::query_scalar("SELECT video_id FROM comments WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&mut *tx)
                .await?;
        let Some(video) = video else {
            return Ok(());
        };
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM comments WHERE id = $1 OR parent_id = $2")
                .bind(id.to_string())
                .bind(id.to_string())
                .fetch_one(&mut *tx)
                .await?;
        sqlx::query("DELETE FROM comments WHERE id = $1")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE videos SET comment_count = CASE WHEN comment_count - $1 > 0 THEN comment_count - $1 ELSE 0 END WHERE id = $2")
            .bind(n)
            .bind(video)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Pins one comment of a video (unpinning any other), or unpins with `None`.
    pub async fn pin_comment(&self, video: VideoId, comment: Option<CommentId>) -> Result<()> {
        let mut tx = self.db.begin_write().await?;
        sqlx::query("UPDATE comments SET pinned = 0 WHERE video_id = $1")
            .bind(video.to_string())
            .execute(&mut *tx)
            .await?;
        if let Some(c) = comment {
            sqlx::query("UPDATE comments SET pinned = 1 WHERE id = $1 AND video_id = $2 AND parent_id IS NULL")
                .bind(c.to_string())
                .bind(video.to_string())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    // --- notifications ---------------------------------------------------------------

    pub async fn notify(
        &self,
        recipient: AccountId,
        kind: &str,
        actor: AccountId,
        video: Option<VideoId>,
        comment: Option<CommentId>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO notifications (account_id, kind, actor_id, video_id, comment_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(recipient.0.to_string())
        .bind(kind)
        .bind(actor.0.to_string())
        .bind(video.map(|v| v.to_string()))
        .bind(comment.map(|c| c.to_string()))
        .bind(now_ms())
        .execute(&self.db.write)
        .await?;
        Ok(())
    }

    /// Withdraws a notification (an unlike, an unfollow, a cancelled request).
    pub async fn unnotify(
        &self,
        recipient: AccountId,
        kind: &str,
        actor: AccountId,
        video: Option<VideoId>,
    ) -> Result<()> {
        sqlx::query("DELETE FROM notifications WHERE account_id = $1 AND kind = $2 AND actor_id = $3 AND video_id IS NOT DISTINCT FROM $4")
            .bind(recipient.0.to_string())
            .bind(kind)
            .bind(actor.0.to_string())
            .bind(video.map(|v| v.to_string()))
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    pub async fn notifications(
        &self,
        account: AccountId,
        limit: u32,
    ) -> Result<Vec<NotificationRecord>> {
        let rows = sqlx::query("SELECT * FROM notifications WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2")
            .bind(account.0.to_string())
            .bind(i64::from(limit))
            .fetch_all(&self.db.read)
            .await?;
        rows.iter()
            .map(|r| {
                let video: Option<String> = r.try_get("video_id")?;
                let comment: Option<String> = r.try_get("comment_id")?;
                Ok(NotificationRecord {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    actor_id: AccountId(uuid(r, "actor_id")?),
                    video_id: video.and_then(|v| Uuid::parse_str(&v).ok()).map(VideoId),
                    comment_id: comment
                        .and_then(|c| Uuid::parse_str(&c).ok())
                        .map(CommentId),
                    created_at: from_ms(r.try_get("created_at")?),
                    read: crate::db::flag(r, "read")?,
                })
            })
            .collect()
    }

    pub async fn mark_notifications_read(&self, account: AccountId) -> Result<()> {
        sqlx::query("UPDATE notifications SET read = 1 WHERE account_id = $1 AND read = 0")
            .bind(account.0.to_string())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    // --- hashtags and sounds ---------------------------------------------------------

    /// Public, ready videos with a hashtag, newest first.
    pub async fn hashtag_videos(
        &self,
        tag: &str,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<VideoRecord>> {
        let rows = sqlx::query(
            "SELECT v.* FROM video_hashtags h JOIN videos v ON v.id = h.video_id
             WHERE h.tag = $1 AND v.visibility = 'public' AND v.state = 'ready' AND v.created_at < $2
               AND v.account_id IN (SELECT id FROM accounts WHERE is_private = 0)
             ORDER BY v.created_at DESC LIMIT $3",
        )
        .bind(tag)
        .bind(before.unwrap_or(i64::MAX))
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(video_record).collect()
    }

    pub async fn hashtag_count(&self, tag: &str) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM video_hashtags h JOIN videos v ON v.id = h.video_id
             WHERE h.tag = $1 AND v.visibility = 'public' AND v.state = 'ready'
               AND v.account_id IN (SELECT id FROM accounts WHERE is_private = 0)",
        )
        .bind(tag)
        .fetch_one(&self.db.read)
        .await?)
    }

    /// Public, ready videos using a sound: newest first, or most liked first.
    pub async fn sound_videos(
        &self,
        sound: SoundId,
        popular: bool,
        limit: u32,
    ) -> Result<Vec<VideoRecord>> {
        let order = if popular {
            "v.like_count DESC, v.created_at DESC"
        } else {
            "v.created_at DESC"
        };
        let rows = sqlx::query(&format!(
            "SELECT v.* FROM videos v WHERE v.sound_id = $1 AND v.visibility = 'public' AND v.state = 'ready'
               AND v.account_id IN (SELECT id FROM accounts WHERE is_private = 0)
             ORDER BY {order} LIMIT $2"
        ))
        .bind(sound.to_string())
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(video_record).collect()
    }

    /// Every account of this cell (for rebuilding the search index).
    pub async fn all_account_ids(&self) -> Result<Vec<AccountId>> {
        let rows = sqlx::query("SELECT id FROM accounts")
            .fetch_all(&self.db.read)
            .await?;
        rows.iter().map(|r| Ok(AccountId(uuid(r, "id")?))).collect()
    }

    /// Every public, ready video of a public account (for rebuilding the search index).
    pub async fn all_public_videos(&self) -> Result<Vec<VideoRecord>> {
        let rows = sqlx::query(
            "SELECT v.* FROM videos v JOIN accounts a ON a.id = v.account_id
             WHERE v.visibility = 'public' AND v.state = 'ready' AND a.is_private = 0",
        )
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(video_record).collect()
    }
}

fn comment_record(r: &AnyRow) -> Result<CommentRecord> {
    let parent: Option<String> = r.try_get("parent_id")?;
    Ok(CommentRecord {
        id: CommentId(uuid(r, "id")?),
        video_id: VideoId(uuid(r, "video_id")?),
        author_id: AccountId(uuid(r, "author_id")?),
        author_region: region(r, "author_region")?,
        parent_id: parent.and_then(|p| Uuid::parse_str(&p).ok()).map(CommentId),
        body: CommentText::from_trusted(r.try_get("body")?),
        like_count: r.try_get("like_count")?,
        pinned: crate::db::flag(r, "pinned")?,
        created_at: from_ms(r.try_get("created_at")?),
        reply_count: r.try_get("reply_count")?,
        moderation: crate::Restrictions::parse(&r.try_get::<String, _>("moderation")?),
    })
}

// --- cross-cell writes ------------------------------------------------------------------

/// What a follow did: the state the edge had before (if any) and has now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowChange {
    pub before: Option<FollowState>,
    pub now: FollowState,
}

/// What a block ended: the blocked account's follow of the blocker (`incoming`) and the
/// blocker's follow of it (`outgoing`), with the states they had.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BlockChange {
    pub incoming: Option<FollowState>,
    pub outgoing: Option<FollowState>,
}

fn state_of(raw: Option<String>) -> Option<FollowState> {
    raw.map(|s| FollowState::parse(&s))
}

/// `+1`, `-1` or `0`: how an active-edge count changes when an edge goes from `before`
/// to `after`.
pub(crate) fn active_delta(before: Option<FollowState>, after: Option<FollowState>) -> i64 {
    i64::from(after == Some(FollowState::Active)) - i64::from(before == Some(FollowState::Active))
}

/// Moves one of an account's follow counts (`follower_count` or `following_count`), in the
/// caller's transaction: the one that changes the edge it counts.
pub(crate) async fn bump_follow_count(
    conn: &mut sqlx::AnyConnection,
    account: AccountId,
    column: FollowCount,
    delta: i64,
) -> Result<()> {
    if delta == 0 {
        return Ok(());
    }
    let col = match column {
        FollowCount::Followers => "follower_count",
        FollowCount::Following => "following_count",
    };
    sqlx::query(&format!(
        "UPDATE accounts SET {col} = CASE WHEN {col} + $1 > 0 THEN {col} + $1 ELSE 0 END WHERE id = $2"
    ))
    .bind(delta)
    .bind(account.0.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum FollowCount {
    Followers,
    Following,
}

impl crate::Store {
    fn cell_of(&self, region: &RegionCode) -> Result<&Cell> {
        self.cell(region)
            .ok_or_else(|| StoreError::UnknownRegion(region.to_string()))
    }

    /// `liker` (of `liker_region`) likes a video of `video_region`: the like in the
    /// liker's cell and the count in the video's, crash-safe through the outbox (see
    /// `outbox.rs`). Returns whether the like is new (liking twice changes nothing).
    pub async fn like_video(
        &self,
        liker: AccountId,
        liker_region: &RegionCode,
        video: VideoId,
        video_region: &RegionCode,
    ) -> Result<bool> {
        let home = self.cell_of(liker_region)?;
        let mut tx = home.db.begin_write().await?;
        let new = sqlx::query(
            "INSERT INTO likes (account_id, video_id, video_region, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(liker.0.to_string())
        .bind(video.to_string())
        .bind(video_region.as_str())
        .bind(now_ms())
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        let mut queued = false;
        if new {
            let msg = Message::VideoLikes {
                liker,
                video,
                delta: 1,
            };
            queued = send(&mut tx, liker_region, liker, video_region, &msg).await?;
        }
        tx.commit().await?;
        fault::point("like:recorded");
        if queued {
            self.relay_after(liker_region).await;
        }
        Ok(new)
    }

    /// Takes a like back; returns whether there was one.
    pub async fn unlike_video(
        &self,
        liker: AccountId,
        liker_region: &RegionCode,
        video: VideoId,
    ) -> Result<bool> {
        let home = self.cell_of(liker_region)?;
        let mut tx = home.db.begin_write().await?;
        let region: Option<String> = sqlx::query_scalar(
            "DELETE FROM likes WHERE account_id = $1 AND video_id = $2 RETURNING video_region",
        )
        .bind(liker.0.to_string())
        .bind(video.to_string())
        .fetch_optional(&mut *tx)
        .await?;
        let mut queued = false;
        if let Some(region) = &region {
            let target =
                RegionCode::parse(region).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let msg = Message::VideoLikes {
                liker,
                video,
                delta: -1,
            };
            queued = send(&mut tx, liker_region, liker, &target, &msg).await?;
        }
        tx.commit().await?;
        fault::point("like:recorded");
        if queued {
            self.relay_after(liker_region).await;
        }
        Ok(region.is_some())
    }

    /// `liker` likes a comment (of `video`, in `comment_region`); returns whether new.
    pub async fn like_comment(
        &self,
        liker: AccountId,
        liker_region: &RegionCode,
        comment: CommentId,
        video: VideoId,
        comment_region: &RegionCode,
    ) -> Result<bool> {
        let home = self.cell_of(liker_region)?;
        let mut tx = home.db.begin_write().await?;
        let new = sqlx::query(
            "INSERT INTO comment_likes (account_id, comment_id, comment_region, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(liker.0.to_string())
        .bind(comment.to_string())
        .bind(comment_region.as_str())
        .bind(now_ms())
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        let mut queued = false;
        if new {
            let msg = Message::CommentLikes {
                liker,
                comment,
                video,
                delta: 1,
            };
            queued = send(&mut tx, liker_region, liker, comment_region, &msg).await?;
        }
        tx.commit().await?;
        fault::point("like:recorded");
        if queued {
            self.relay_after(liker_region).await;
        }
        Ok(new)
    }

    /// Takes a comment like back; returns whether there was one.
    pub async fn unlike_comment(
        &self,
        liker: AccountId,
        liker_region: &RegionCode,
        comment: CommentId,
        video: VideoId,
    ) -> Result<bool> {
        let home = self.cell_of(liker_region)?;
        let mut tx = home.db.begin_write().await?;
        let region: Option<String> = sqlx::query_scalar(
            "DELETE FROM comment_likes WHERE account_id = $1 AND comment_id = $2 RETURNING comment_region",
        )
        .bind(liker.0.to_string())
        .bind(comment.to_string())
        .fetch_optional(&mut *tx)
        .await?;
        let mut queued = false;
        if let Some(region) = &region {
            let target =
                RegionCode::parse(region).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let msg = Message::CommentLikes {
                liker,
                comment,
                video,
                delta: -1,
            };
            queued = send(&mut tx, liker_region, liker, &target, &msg).await?;
        }
        tx.commit().await?;
        fault::point("like:recorded");
        if queued {
            self.relay_after(liker_region).await;
        }
        Ok(region.is_some())
    }

    /// `follower` follows `target`. The edge is decided in ONE transaction of the
    /// followee's cell (`followers`: active, or requested for a private account; refused
    /// with `NotFound` when the followee blocks the follower), which also sends the
    /// follower's copy (`following`) through the outbox. Repeating it changes nothing.
    pub async fn follow(
        &self,
        follower: AccountId,
        follower_region: &RegionCode,
        target: AccountId,
        target_region: &RegionCode,
    ) -> Result<FollowChange> {
        let cell = self.cell_of(target_region)?;
        let (t, f) = (target.0.to_string(), follower.0.to_string());
        let mut tx = cell.db.begin_write().await?;
        let private: Option<i64> =
            sqlx::query_scalar("SELECT is_private FROM accounts WHERE id = $1")
                .bind(&t)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(private) = private else {
            return Err(StoreError::NotFound);
        };
        let blocked: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM blocks WHERE account_id = $1 AND target_id = $2")
                .bind(&t)
                .bind(&f)
                .fetch_optional(&mut *tx)
                .await?;
        if blocked.is_some() {
            return Err(StoreError::NotFound);
        }
        let before = state_of(
            sqlx::query_scalar(
                "SELECT state FROM followers WHERE account_id = $1 AND follower_id = $2",
            )
            .bind(&t)
            .bind(&f)
            .fetch_optional(&mut *tx)
            .await?,
        );
        let now = match before {
            Some(FollowState::Active) => FollowState::Active,
            _ if private != 0 => FollowState::Requested,
            _ => FollowState::Active,
        };
        sqlx::query(
            "INSERT INTO followers (account_id, follower_id, follower_region, state, created_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (account_id, follower_id) DO UPDATE
             SET state = excluded.state, follower_region = excluded.follower_region",
        )
        .bind(&t)
        .bind(&f)
        .bind(follower_region.as_str())
        .bind(now.as_str())
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        let delta = active_delta(before, Some(now));
        bump_follow_count(&mut tx, target, FollowCount::Followers, delta).await?;
        let msg = Message::Following {
            follower,
            target,
            state: Some(now.into()),
        };
        let queued = send(&mut tx, target_region, target, follower_region, &msg).await?;
        tx.commit().await?;
        fault::point("follow:recorded");
        if queued {
            self.relay_after(target_region).await;
        }
        Ok(FollowChange { before, now })
    }

    /// Ends the edge `follower` → `target` (a follow or a request), decided in the
    /// followee's cell like [`Store::follow`]. Returns the state it had.
    pub async fn unfollow(
        &self,
        follower: AccountId,
        follower_region: &RegionCode,
        target: AccountId,
        target_region: &RegionCode,
    ) -> Result<Option<FollowState>> {
        let cell = self.cell_of(target_region)?;
        let mut tx = cell.db.begin_write().await?;
        let before = state_of(
            sqlx::query_scalar(
                "DELETE FROM followers WHERE account_id = $1 AND follower_id = $2 RETURNING state",
            )
            .bind(target.0.to_string())
            .bind(follower.0.to_string())
            .fetch_optional(&mut *tx)
            .await?,
        );
        let delta = active_delta(before, None);
        bump_follow_count(&mut tx, target, FollowCount::Followers, delta).await?;
        // Sent even when there was no edge here: it also clears a copy left over.
        let msg = Message::Following {
            follower,
            target,
            state: None,
        };
        let queued = send(&mut tx, target_region, target, follower_region, &msg).await?;
        tx.commit().await?;
        fault::point("follow:recorded");
        if queued {
            self.relay_after(target_region).await;
        }
        Ok(before)
    }

    /// `target` accepts the follow request of `follower`; returns whether there was one.
    pub async fn accept_follow(
        &self,
        target: AccountId,
        target_region: &RegionCode,
        follower: AccountId,
        follower_region: &RegionCode,
    ) -> Result<bool> {
        let cell = self.cell_of(target_region)?;
        let mut tx = cell.db.begin_write().await?;
        let accepted = sqlx::query(
            "UPDATE followers SET state = 'active'
             WHERE account_id = $1 AND follower_id = $2 AND state = 'requested'",
        )
        .bind(target.0.to_string())
        .bind(follower.0.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        let mut queued = false;
        if accepted {
            bump_follow_count(&mut tx, target, FollowCount::Followers, 1).await?;
            let msg = Message::Following {
                follower,
                target,
                state: Some(FollowState::Active.into()),
            };
            queued = send(&mut tx, target_region, target, follower_region, &msg).await?;
        }
        tx.commit().await?;
        fault::point("follow:recorded");
        if queued {
            self.relay_after(target_region).await;
        }
        Ok(accepted)
    }

    /// `account` blocks `target`: the block, and the end of the follows between them
    /// both ways, in one transaction of the blocker's cell (its audience edge directly,
    /// its own follow through an unfollow sent to the target's cell).
    pub async fn block(
        &self,
        account: AccountId,
        region: &RegionCode,
        target: AccountId,
        target_region: &RegionCode,
    ) -> Result<BlockChange> {
        let cell = self.cell_of(region)?;
        let (a, t) = (account.0.to_string(), target.0.to_string());
        let mut tx = cell.db.begin_write().await?;
        sqlx::query(
            "INSERT INTO blocks (account_id, target_id, target_region, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(&a)
        .bind(&t)
        .bind(target_region.as_str())
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        let incoming = state_of(
            sqlx::query_scalar(
                "DELETE FROM followers WHERE account_id = $1 AND follower_id = $2 RETURNING state",
            )
            .bind(&a)
            .bind(&t)
            .fetch_optional(&mut *tx)
            .await?,
        );
        let outgoing = state_of(
            sqlx::query_scalar(
                "DELETE FROM following WHERE account_id = $1 AND target_id = $2 RETURNING state",
            )
            .bind(&a)
            .bind(&t)
            .fetch_optional(&mut *tx)
            .await?,
        );
        bump_follow_count(
            &mut tx,
            account,
            FollowCount::Followers,
            active_delta(incoming, None),
        )
        .await?;
        bump_follow_count(
            &mut tx,
            account,
            FollowCount::Following,
            active_delta(outgoing, None),
        )
        .await?;
        let mut queued = false;
        for msg in [
            Message::Following {
                follower: target,
                target: account,
                state: None,
            },
            Message::Unfollow {
                follower: account,
                target,
            },
        ] {
            queued |= send(&mut tx, region, account, target_region, &msg).await?;
        }
        tx.commit().await?;
        fault::point("follow:recorded");
        if queued {
            self.relay_after(region).await;
        }
        Ok(BlockChange { incoming, outgoing })
    }

    /// Deletes a video with its comments, hashtags, reports and extracted sound (returned:
    /// their files are the caller's to remove), and, through the outbox, every row in
    /// any cell that names it or its comments (likes, comment likes, notifications).
    pub async fn delete_video(&self, region: &RegionCode, video: VideoId) -> Result<Vec<SoundId>> {
        let cell = self.cell_of(region)?;
        let regions: Vec<RegionCode> = self.regions().cloned().collect();
        let (sounds, queued) = cell.delete_video_everywhere(video, &regions).await?;
        fault::point("video:deleted");
        if queued {
            self.relay_after(region).await;
        }
        Ok(sounds)
    }
}

/// The relation [`Cell::related_to`] asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The account blocks the other.
    Blocks,
    /// The other blocks the account.
    BlockedBy,
    /// The other is an active follower of the account.
    FollowedBy,
    /// The account actively follows the other.
    Follows,
}

fn settings_record(r: &sqlx::any::AnyRow) -> Result<Settings> {
    Ok(Settings {
        is_private: crate::db::flag(r, "is_private")?,
        comment_policy: policy(r, "comment_policy")?,
        duet_policy: policy(r, "duet_policy")?,
        stitch_policy: policy(r, "stitch_policy")?,
        liked_public: crate::db::flag(r, "liked_public")?,
        moderation: crate::Restrictions::parse(&r.try_get::<String, _>("moderation")?),
    })
}

fn parse_account(r: &sqlx::any::AnyRow, col: &str) -> Result<AccountId> {
    let id: String = r.try_get(col)?;
    Uuid::parse_str(&id)
        .map(AccountId)
        .map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
}
