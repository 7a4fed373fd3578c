//! Cross-cell writes, crash-safe: the outbox and its relay.
//!
//! A write whose other half lives in another cell (a like and the video's count; the
//! followee's side of a follow and the follower's copy) writes its own row and a
//! [`Message`] into its cell's `outbox` in ONE transaction. The relay then applies the
//! message to the target cell in one transaction that also records the message id in
//! `applied_messages` (so a second delivery changes nothing), and only then deletes it
//! from the outbox. A crash anywhere leaves either the message waiting (it is delivered
//! at the next write from that cell, or at the next start) or already applied (the
//! redelivery is skipped). So every counter equals its list, and both sides of an edge
//! agree, whatever moment a process dies.
//!
//! Order: one relay at a time per source cell, in outbox order, so messages about one
//! edge (always sent by the same cell) are applied in the order they were written.
//! A message for the writer's own cell is applied inside the writer's transaction when
//! nothing of the same account waits in the outbox (which keeps the order too).
//!
//! The target is found again through the directory when it is not where the message
//! says (it moved home); when it is gone for good, the message is dropped, and a like
//! of a gone video or comment is taken back in the liker's cell.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};
use spool_core::{AccountId, CommentId, RegionCode, VideoId};
use sqlx::AnyConnection;
use uuid::Uuid;

use crate::cell::Cell;
use crate::directory::ObjectKind;
use crate::social::{active_delta, bump_follow_count, FollowCount, FollowState};
use crate::tables::{OnErase, Target, CELL_TABLES};
use crate::{fault, now_ms, Result, Store, StoreError};

/// What one cell asks of another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Message {
    /// A like (`+1`) or a like taken back (`-1`): the video's count, in its cell.
    VideoLikes {
        liker: AccountId,
        video: VideoId,
        delta: i64,
    },
    /// The same for a comment (of `video`).
    CommentLikes {
        liker: AccountId,
        comment: CommentId,
        video: VideoId,
        delta: i64,
    },
    /// The follower's copy (`following`) of an edge decided in the followee's cell, which
    /// sends it: the edge's state, or `None` when it is gone.
    Following {
        follower: AccountId,
        target: AccountId,
        state: Option<FollowStateName>,
    },
    /// The follower (the sender) ends its follow: the followee's cell removes the edge
    /// and sends the follower's copy away (`Following { state: None }`).
    Unfollow {
        follower: AccountId,
        target: AccountId,
    },
    /// A video and its comments are gone: the rows naming them here go too (likes and
    /// comment likes of other accounts, notifications about them).
    PurgeVideo {
        video: VideoId,
        comments: Vec<CommentId>,
    },
}

/// A follow state as messages carry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum FollowStateName {
    Active,
    Requested,
}

impl From<FollowStateName> for FollowState {
    fn from(s: FollowStateName) -> Self {
        match s {
            FollowStateName::Active => Self::Active,
            FollowStateName::Requested => Self::Requested,
        }
    }
}

impl From<FollowState> for FollowStateName {
    fn from(s: FollowState) -> Self {
        match s {
            FollowState::Active => Self::Active,
            FollowState::Requested => Self::Requested,
        }
    }
}

impl FollowStateName {
    fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Requested => "requested",
        }
    }
}

impl Message {
    fn kind(&self) -> &'static str {
        match self {
            Self::VideoLikes { .. } => "video_likes",
            Self::CommentLikes { .. } => "comment_likes",
            Self::Following { .. } => "following",
            Self::Unfollow { .. } => "unfollow",
            Self::PurgeVideo { .. } => "purge_video",
        }
    }
}

/// What applying a message in a cell did.
#[derive(Debug)]
enum Applied {
    /// Done. `owner` is the account whose rows changed (the applied mark moves with it);
    /// `queued` says whether the cell's own outbox got a follow-up message.
    Done { owner: String, queued: bool },
    /// What it names does not live in this cell (any more).
    NotHere,
}

/// Sends `msg` from the cell `here`, inside a transaction of that cell: applied at once
/// when it is for this very cell and nothing of `account` waits in the outbox, queued
/// otherwise. Returns whether it was queued (the caller then runs the relay).
pub(crate) async fn send(
    conn: &mut AnyConnection,
    here: &RegionCode,
    account: AccountId,
    target: &RegionCode,
    msg: &Message,
) -> Result<bool> {
    let key = account.0.to_string();
    if target == here {
        let waiting: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM outbox WHERE account_id = $1 LIMIT 1")
                .bind(&key)
                .fetch_optional(&mut *conn)
                .await?;
        if waiting.is_none() {
            // Box::pin: applying may send a follow-up (an unfollow sends the copy away).
            let applied = Box::pin(apply_in(conn, here, here, msg, true)).await?;
            if let Applied::Done { queued, .. } = applied {
                return Ok(queued);
            }
        }
    }
    let payload =
        serde_json::to_string(msg).map_err(|e| StoreError::Corrupt(format!("message: {e}")))?;
    sqlx::query(
        "INSERT INTO outbox (id, account_id, target_region, kind, payload, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(Uuid::new_v4().to_string())
    .bind(&key)
    .bind(target.as_str())
    .bind(msg.kind())
    .bind(payload)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// Applies `msg` (sent from `source`) to the cell `here`, in the caller's transaction.
/// `target_live`: for a follower's copy, whether the followee still exists (a copy of
/// an edge to a deleted account is removed, not written).
async fn apply_in(
    conn: &mut AnyConnection,
    here: &RegionCode,
    source: &RegionCode,
    msg: &Message,
    target_live: bool,
) -> Result<Applied> {
    let done = |owner: String, queued: bool| Ok(Applied::Done { owner, queued });
    match msg {
        Message::VideoLikes { video, delta, .. } => {
            let owner: Option<String> = sqlx::query_scalar(
                "UPDATE videos SET like_count = CASE WHEN like_count + $1 > 0 THEN like_count + $1 ELSE 0 END WHERE id = $2 RETURNING account_id",
            )
            .bind(delta)
            .bind(video.to_string())
            .fetch_optional(&mut *conn)
            .await?;
            let Some(owner) = owner else {
                return Ok(Applied::NotHere);
            };
            // The creator's received likes, in the same transaction.
            sqlx::query("UPDATE accounts SET like_count = CASE WHEN like_count + $1 > 0 THEN like_count + $1 ELSE 0 END WHERE id = $2")
                .bind(delta)
                .bind(&owner)
                .execute(&mut *conn)
                .await?;
            done(owner, false)
        }
        Message::CommentLikes { comment, delta, .. } => {
            let owner: Option<String> = sqlx::query_scalar(
                "UPDATE comments SET like_count = CASE WHEN like_count + $1 > 0 THEN like_count + $1 ELSE 0 END WHERE id = $2
                 RETURNING (SELECT account_id FROM videos v WHERE v.id = comments.video_id)",
            )
            .bind(delta)
            .bind(comment.to_string())
            .fetch_optional(&mut *conn)
            .await?;
            match owner {
                Some(o) => done(o, false),
                None => Ok(Applied::NotHere),
            }
        }
        Message::Following {
            follower,
            target,
            state,
        } => {
            let key = follower.0.to_string();
            let here_too: Option<i64> = sqlx::query_scalar("SELECT 1 FROM accounts WHERE id = $1")
                .bind(&key)
                .fetch_optional(&mut *conn)
                .await?;
            if here_too.is_none() {
                return Ok(Applied::NotHere);
            }
            let before: Option<String> = sqlx::query_scalar(
                "SELECT state FROM following WHERE account_id = $1 AND target_id = $2",
            )
            .bind(&key)
            .bind(target.0.to_string())
            .fetch_optional(&mut *conn)
            .await?;
            let before = before.map(|s| FollowState::parse(&s));
            let after = (*state).filter(|_| target_live);
            let delta = active_delta(before, after.map(FollowState::from));
            bump_follow_count(conn, *follower, FollowCount::Following, delta).await?;
            match after {
                Some(state) => {
                    sqlx::query(
                        "INSERT INTO following (account_id, target_id, target_region, state, created_at) VALUES ($1, $2, $3, $4, $5)
                         ON CONFLICT (account_id, target_id) DO UPDATE
                         SET state = excluded.state, target_region = excluded.target_region",
                    )
                    .bind(&key)
                    .bind(target.0.to_string())
                    .bind(source.as_str())
                    .bind(state.as_str())
                    .bind(now_ms())
                    .execute(&mut *conn)
                    .await?;
                }
                None => {
                    sqlx::query("DELETE FROM following WHERE account_id = $1 AND target_id = $2")
                        .bind(&key)
                        .bind(target.0.to_string())
                        .execute(&mut *conn)
                        .await?;
                }
            }
            done(key, false)
        }
        Message::Unfollow { follower, target } => {
            let key = target.0.to_string();
            let here_too: Option<i64> = sqlx::query_scalar("SELECT 1 FROM accounts WHERE id = $1")
                .bind(&key)
                .fetch_optional(&mut *conn)
                .await?;
            if here_too.is_none() {
                return Ok(Applied::NotHere);
            }
            let before: Option<String> = sqlx::query_scalar(
                "DELETE FROM followers WHERE account_id = $1 AND follower_id = $2 RETURNING state",
            )
            .bind(&key)
            .bind(follower.0.to_string())
            .fetch_optional(&mut *conn)
            .await?;
            let delta = active_delta(before.map(|s| FollowState::parse(&s)), None);
            bump_follow_count(conn, *target, FollowCount::Followers, delta).await?;
            let copy = Message::Following {
                follower: *follower,
                target: *target,
                state: None,
            };
            let queued = send(conn, here, *target, source, &copy).await?;
            done(key, queued)
        }
        Message::PurgeVideo { video, comments } => {
            purge_refs(conn, &[*video], comments).await?;
            done(String::new(), false)
        }
    }
}

/// Deletes the rows of this cell that name one of `videos` or `comments` and that the
/// declaration (`tables.rs`) says go with them: other accounts' likes and comment likes,
/// notifications about them.
pub(crate) async fn purge_refs(
    conn: &mut AnyConnection,
    videos: &[VideoId],
    comments: &[CommentId],
) -> Result<()> {
    let json = |ids: Vec<String>| serde_json::Value::from(ids).to_string();
    let videos = json(videos.iter().map(ToString::to_string).collect());
    let comments = json(comments.iter().map(ToString::to_string).collect());
    for table in CELL_TABLES {
        for rf in table.refs {
            let value = match rf.target {
                Target::Video => &videos,
                Target::Comment => &comments,
                Target::Account => continue,
            };
            if rf.on_erase != OnErase::Delete {
                continue;
            }
            // Table and column names come from the declaration, never from input.
            let sql = format!(
                "DELETE FROM {} WHERE {}",
                table.name,
                crate::tables::ref_condition(rf, 1, crate::db::Backend::of(conn))
            );
            sqlx::query(&sql).bind(value).execute(&mut *conn).await?;
        }
    }
    Ok(())
}

/// A waiting message.
struct Queued {
    id: String,
    target: String,
    payload: String,
}

impl Cell {
    async fn waiting(&self, limit: i64) -> Result<Vec<Queued>> {
        let rows: Vec<(String, String, String)> =
            sqlx::query_as("SELECT id, target_region, payload FROM outbox ORDER BY seq LIMIT $1")
                .bind(limit)
                .fetch_all(&self.db.write)
                .await?;
        Ok(rows
            .into_iter()
            .map(|(id, target, payload)| Queued {
                id,
                target,
                payload,
            })
            .collect())
    }

    /// Applies a message from `source` in one transaction of this cell, with its applied
    /// mark; a message already applied here is skipped.
    async fn apply_message(
        &self,
        id: &str,
        source: &RegionCode,
        msg: &Message,
        target_live: bool,
    ) -> Result<Applied> {
        let mut tx = self.db.begin_write().await?;
        let seen: Option<i64> = sqlx::query_scalar("SELECT 1 FROM applied_messages WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        if seen.is_some() {
            return Ok(Applied::Done {
                owner: String::new(),
                queued: false,
            });
        }
        let applied = apply_in(&mut tx, self.region(), source, msg, target_live).await?;
        if let Applied::Done { owner, .. } = &applied {
            sqlx::query(
                "INSERT INTO applied_messages (id, account_id, applied_at) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(owner)
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        Ok(applied)
    }

    async fn forget_message(&self, id: &str) -> Result<()> {
        sqlx::query("DELETE FROM outbox WHERE id = $1")
            .bind(id)
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    async fn retarget_message(&self, id: &str, region: &RegionCode) -> Result<()> {
        sqlx::query("UPDATE outbox SET target_region = $1 WHERE id = $2")
            .bind(region.as_str())
            .bind(id)
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    /// A message whose target is gone for good: dropped, and a like of a gone video or
    /// comment taken back here, in the same transaction.
    async fn drop_undeliverable(&self, id: &str, msg: &Message) -> Result<()> {
        let mut tx = self.db.begin_write().await?;
        match msg {
            Message::VideoLikes {
                liker,
                video,
                delta,
            } if *delta > 0 => {
                sqlx::query("DELETE FROM likes WHERE account_id = $1 AND video_id = $2")
                    .bind(liker.0.to_string())
                    .bind(video.to_string())
                    .execute(&mut *tx)
                    .await?;
            }
            Message::CommentLikes {
                liker,
                comment,
                delta,
                ..
            } if *delta > 0 => {
                sqlx::query("DELETE FROM comment_likes WHERE account_id = $1 AND comment_id = $2")
                    .bind(liker.0.to_string())
                    .bind(comment.to_string())
                    .execute(&mut *tx)
                    .await?;
            }
            _ => {}
        }
        sqlx::query("DELETE FROM outbox WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// How many messages wait in this cell's outbox (for `account`, or all).
    pub async fn outbox_len(&self, account: Option<AccountId>) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE $1 IS NULL OR account_id = $1")
                .bind(account.map(|a| a.0.to_string()))
                .fetch_one(&self.db.write)
                .await?,
        )
    }
}

/// The count that paces the pruning of applied marks.
#[derive(Debug, Default)]
pub(crate) struct Relay {
    delivered: AtomicU64,
}

/// The name of the lock that one relay of `region`'s outbox holds (`locks.rs`).
pub(crate) fn relay_lock(region: &RegionCode) -> String {
    format!("relay-{region}")
}

/// Applied marks are pruned after this many deliveries (and at every start).
const PRUNE_EVERY: u64 = 4096;

impl Store {
    /// Delivers every message waiting in any cell's outbox (at start, and before an
    /// erasure).
    pub async fn relay_all(&self) -> Result<()> {
        for _ in 0..16 {
            let mut delivered = 0;
            for region in self.cells.keys() {
                delivered += self.relay_pass(region).await?.0;
            }
            if delivered == 0 {
                break;
            }
        }
        Ok(())
    }

    /// After a write in `region`: delivers its outbox, then the outboxes the deliveries
    /// filled. Errors are logged: the write itself is durable, and whatever is left is
    /// delivered by the next relay from that cell, or at the next start.
    pub(crate) async fn relay_after(&self, region: &RegionCode) {
        let mut todo = vec![region.clone()];
        let mut rounds = 0;
        while let Some(r) = todo.pop() {
            rounds += 1;
            if rounds > 16 {
                break;
            }
            match self.relay_pass(&r).await {
                Ok((_, touched)) => {
                    for t in touched {
                        if !todo.contains(&t) {
                            todo.push(t);
                        }
                    }
                }
                Err(e) => {
                    tracing::warn!(region = %r, error = %e, "outbox relay failed; it is retried later");
                    return;
                }
            }
        }
    }

    /// Delivers the outbox of one cell, in order. Returns how many messages went and
    /// which cells got follow-up messages.
    async fn relay_pass(&self, region: &RegionCode) -> Result<(usize, BTreeSet<RegionCode>)> {
        let Some(source) = self.cells.get(region) else {
            return Ok((0, BTreeSet::new()));
        };
        let one_at_a_time = self.locks.hold(&relay_lock(region)).await?;
        let mut delivered = 0;
        let mut touched = BTreeSet::new();
        // A message that could not go this time (its target keeps moving) stays for the
        // next pass; it is not tried twice in one.
        let mut tried = BTreeSet::new();
        loop {
            let batch = source.waiting(100 + tried.len() as i64).await?;
            let fresh: Vec<&Queued> = batch.iter().filter(|m| !tried.contains(&m.id)).collect();
            if fresh.is_empty() {
                break;
            }
            for m in fresh {
                tried.insert(m.id.clone());
                if let Some(t) = self.deliver(source, m).await? {
                    touched.insert(t);
                }
                delivered += 1;
            }
        }
        one_at_a_time.release().await;
        if delivered > 0 {
            let before = self
                .relay
                .delivered
                .fetch_add(delivered as u64, Ordering::Relaxed);
            if before / PRUNE_EVERY != (before + delivered as u64) / PRUNE_EVERY {
                if let Some(moving) = self.locks.try_hold("moving").await? {
                    let pruned = self.prune_applied().await;
                    moving.release().await;
                    pruned?;
                }
            }
        }
        Ok((delivered, touched))
    }

    /// Delivers one message; returns the target region if its outbox got a follow-up.
    async fn deliver(&self, source: &Cell, m: &Queued) -> Result<Option<RegionCode>> {
        let msg: Message = match serde_json::from_str(&m.payload) {
            Ok(msg) => msg,
            Err(e) => {
                tracing::error!(id = m.id, error = %e, "an outbox message cannot be read; dropped");
                source.forget_message(&m.id).await?;
                return Ok(None);
            }
        };
        let mut target = RegionCode::parse(&m.target).ok();
        for _ in 0..4 {
            let Some(cell) = target.as_ref().and_then(|t| self.cells.get(t)) else {
                tracing::warn!(
                    id = m.id,
                    region = m.target,
                    "an outbox message is for a region not served here; dropped"
                );
                source.forget_message(&m.id).await?;
                return Ok(None);
            };
            let live = match &msg {
                Message::Following {
                    target,
                    state: Some(_),
                    ..
                } => self.directory.lookup_id(*target).await?.is_some(),
                _ => true,
            };
            match cell
                .apply_message(&m.id, source.region(), &msg, live)
                .await?
            {
                Applied::Done { queued, .. } => {
                    fault::point("relay:applied");
                    source.forget_message(&m.id).await?;
                    return Ok(queued.then(|| cell.region().clone()));
                }
                Applied::NotHere => match self.resolve(&msg).await? {
                    Some(r) if Some(&r) != target.as_ref() => {
                        source.retarget_message(&m.id, &r).await?;
                        target = Some(r);
                    }
                    _ => {
                        source.drop_undeliverable(&m.id, &msg).await?;
                        return Ok(None);
                    }
                },
            }
        }
        Ok(None)
    }

    /// Where what a message names lives now, through the directory.
    async fn resolve(&self, msg: &Message) -> Result<Option<RegionCode>> {
        let dir = &self.directory;
        Ok(match msg {
            Message::VideoLikes { video, .. } | Message::CommentLikes { video, .. } => {
                dir.locate(ObjectKind::Video, video.0).await?
            }
            Message::Following { follower, .. } => {
                dir.lookup_id(*follower).await?.map(|e| e.region)
            }
            Message::Unfollow { target, .. } => dir.lookup_id(*target).await?.map(|e| e.region),
            Message::PurgeVideo { .. } => None,
        })
    }

    /// Forgets the applied marks of messages that no outbox holds any more (they can
    /// never come again). Callers hold the `moving` lock, so no move copies an outbox
    /// meanwhile.
    pub(crate) async fn prune_applied(&self) -> Result<()> {
        let mut waiting: Vec<String> = Vec::new();
        for cell in self.cells.values() {
            let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM outbox")
                .fetch_all(&cell.db.write)
                .await?;
            waiting.extend(ids);
        }
        let waiting = serde_json::Value::from(waiting).to_string();
        for cell in self.cells.values() {
            sqlx::query(&format!(
                "DELETE FROM applied_messages WHERE id NOT IN ({})",
                cell.db.json_values("$1")
            ))
            .bind(&waiting)
            .execute(&cell.db.write)
            .await?;
        }
        Ok(())
    }
}
