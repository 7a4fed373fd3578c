//! Federation rows of one region cell: an account's actor keys, its remote followers,
//! the remote actors it follows, and the posts those sent it. Schema and meaning:
//! `migrations/cell/20261207180000_federation.sql`.

use spool_core::{AccountId, VideoId};
use sqlx::Row;

use crate::cell::Cell;
use crate::jobs::{insert_jobs, NewJob};
use crate::{now_ms, Result};

/// A remote actor in a follow edge (either direction).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteEdge {
    pub actor_uri: String,
    /// `name@host`, as WebFinger gives it.
    pub acct: String,
    pub inbox: String,
    /// The id of the Follow activity that made the edge.
    pub follow_uri: String,
    /// `requested` or `active`.
    pub state: String,
    pub created_at: i64,
}

/// A remote post kept for a local follower's feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemotePost {
    pub object_uri: String,
    pub actor_uri: String,
    pub kind: String,
    /// The ActivityStreams object as it arrived (JSON).
    pub object: String,
    pub published_at: i64,
    /// The actor whose share (Announce) brought it, for a post of someone not followed;
    /// empty otherwise.
    pub shared_by: String,
    /// The account liked it (a Like went to its author).
    pub liked: bool,
}

fn edge(r: &sqlx::any::AnyRow) -> Result<RemoteEdge> {
    Ok(RemoteEdge {
        actor_uri: r.try_get("actor_uri")?,
        acct: r.try_get("acct")?,
        inbox: r.try_get("inbox")?,
        follow_uri: r.try_get("follow_uri")?,
        state: r.try_get("state")?,
        created_at: r.try_get("created_at")?,
    })
}

/// A like of, or a reply to, a local video from a remote actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteReaction {
    /// `like` or `reply`.
    pub kind: String,
    /// For a like, the actor; for a reply, the reply's id.
    pub object_uri: String,
    pub actor_uri: String,
    pub acct: String,
    /// A reply's text (plain).
    pub content: String,
    pub created_at: i64,
}

fn post(r: &sqlx::any::AnyRow) -> Result<RemotePost> {
    Ok(RemotePost {
        object_uri: r.try_get("object_uri")?,
        actor_uri: r.try_get("actor_uri")?,
        kind: r.try_get("kind")?,
        object: r.try_get("object")?,
        published_at: r.try_get("published_at")?,
        shared_by: r.try_get("shared_by")?,
        liked: r.try_get::<i64, _>("liked")? != 0,
    })
}

/// Which side of a follow edge a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Remote actors following the account (`ap_followers`).
    Followers,
    /// Remote actors the account follows (`ap_following`).
    Following,
}

impl Side {
    fn table(self) -> &'static str {
        match self {
            Side::Followers => "ap_followers",
            Side::Following => "ap_following",
        }
    }
}

impl Cell {
    /// The account's actor key pair `(public PEM, private PEM)`, if made yet.
    pub async fn actor_keys(&self, account: AccountId) -> Result<Option<(String, String)>> {
        let row = sqlx::query("SELECT public_pem, private_pem FROM ap_keys WHERE account_id = $1")
            .bind(account.0.to_string())
            .fetch_optional(&self.db.read)
            .await?;
        let Some(r) = row else { return Ok(None) };
        let public: String = r.try_get("public_pem")?;
        let sealed: String = r.try_get("private_pem")?;
        let private = self
            .data_key(account)
            .await?
            .open(account, "ap_private_key", &sealed)?;
        Ok(Some((public, private)))
    }

    /// Stores the account's key pair unless it has one; returns the pair it keeps (a
    /// second process that made its own at the same moment gets the first one back).
    pub async fn keep_actor_keys(
        &self,
        account: AccountId,
        public_pem: &str,
        private_pem: &str,
    ) -> Result<(String, String)> {
        let sealed = self
            .data_key(account)
            .await?
            .seal(account, "ap_private_key", private_pem)?;
        let mut tx = self.db.begin_write().await?;
        sqlx::query(
            "INSERT INTO ap_keys (account_id, public_pem, private_pem, created_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT (account_id) DO NOTHING",
        )
        .bind(account.0.to_string())
        .bind(public_pem)
        .bind(&sealed)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        match self.actor_keys(account).await? {
            Some(pair) => Ok(pair),
            None => Err(crate::StoreError::NotFound),
        }
    }

    /// One edge of the account with a remote actor.
    pub async fn remote_edge(
        &self,
        side: Side,
        account: AccountId,
        actor_uri: &str,
    ) -> Result<Option<RemoteEdge>> {
        let sql = format!(
            "SELECT actor_uri, acct, inbox, follow_uri, state, created_at FROM {}
             WHERE account_id = $1 AND actor_uri = $2",
            side.table()
        );
        let row = sqlx::query(&sql)
            .bind(account.0.to_string())
            .bind(actor_uri)
            .fetch_optional(&self.db.read)
            .await?;
        row.as_ref().map(edge).transpose()
    }

    /// The account's remote edges on one side (`state` filters when given), oldest first.
    /// The edge of `account` with the remote account `who` names: its `name@host` (any
    /// case) or its actor URL.
    pub async fn remote_edge_by(
        &self,
        side: Side,
        account: AccountId,
        who: &str,
    ) -> Result<Option<RemoteEdge>> {
        let sql = format!(
            "SELECT actor_uri, acct, inbox, follow_uri, state, created_at FROM {}
             WHERE account_id = $1 AND (lower(acct) = lower($2) OR actor_uri = $2)
             ORDER BY created_at LIMIT 1",
            side.table()
        );
        let row = sqlx::query(&sql)
            .bind(account.0.to_string())
            .bind(who)
            .fetch_optional(&self.db.read)
            .await?;
        row.as_ref().map(edge).transpose()
    }

    pub async fn remote_edges(
        &self,
        side: Side,
        account: AccountId,
        state: Option<&str>,
        limit: u32,
    ) -> Result<Vec<RemoteEdge>> {
        let sql = format!(
            "SELECT actor_uri, acct, inbox, follow_uri, state, created_at FROM {}
             WHERE account_id = $1 AND ($2 IS NULL OR state = $2)
             ORDER BY created_at, actor_uri LIMIT $3",
            side.table()
        );
        let rows = sqlx::query(&sql)
            .bind(account.0.to_string())
            .bind(state)
            .bind(i64::from(limit))
            .fetch_all(&self.db.read)
            .await?;
        rows.iter().map(edge).collect()
    }

    /// Counts the account's active remote edges on one side.
    pub async fn remote_edge_count(&self, side: Side, account: AccountId) -> Result<i64> {
        let sql = format!(
            "SELECT COUNT(*) FROM {} WHERE account_id = $1 AND state = 'active'",
            side.table()
        );
        Ok(sqlx::query_scalar(&sql)
            .bind(account.0.to_string())
            .fetch_one(&self.db.read)
            .await?)
    }

    /// Records (or replaces) an edge and queues `jobs` in the same transaction: the
    /// deliveries that tell the remote side stay bound to the change that needs them.
    pub async fn put_remote_edge(
        &self,
        side: Side,
        account: AccountId,
        e: &RemoteEdge,
        jobs: &[NewJob],
    ) -> Result<()> {
        let now = now_ms();
        let mut tx = self.db.begin_write().await?;
        let sql = format!(
            "INSERT INTO {} (account_id, actor_uri, acct, inbox, follow_uri, state, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (account_id, actor_uri) DO UPDATE SET acct = excluded.acct,
               inbox = excluded.inbox, follow_uri = excluded.follow_uri, state = excluded.state",
            side.table()
        );
        sqlx::query(&sql)
            .bind(account.0.to_string())
            .bind(&e.actor_uri)
            .bind(&e.acct)
            .bind(&e.inbox)
            .bind(&e.follow_uri)
            .bind(&e.state)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        insert_jobs(&mut tx, jobs, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes an edge (and, for a followed actor, the posts it sent the account), and
    /// queues `jobs` in the same transaction. True when there was one.
    pub async fn remove_remote_edge(
        &self,
        side: Side,
        account: AccountId,
        actor_uri: &str,
        jobs: &[NewJob],
    ) -> Result<bool> {
        let now = now_ms();
        let mut tx = self.db.begin_write().await?;
        let sql = format!(
            "DELETE FROM {} WHERE account_id = $1 AND actor_uri = $2",
            side.table()
        );
        let gone = sqlx::query(&sql)
            .bind(account.0.to_string())
            .bind(actor_uri)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0;
        if side == Side::Following {
            sqlx::query(
                "DELETE FROM ap_posts WHERE account_id = $1 AND (actor_uri = $2 OR shared_by = $2)",
            )
            .bind(account.0.to_string())
            .bind(actor_uri)
            .execute(&mut *tx)
            .await?;
        }
        if gone {
            insert_jobs(&mut tx, jobs, now).await?;
        }
        tx.commit().await?;
        Ok(gone)
    }

    /// Keeps a remote post for the account (a second copy of one post changes nothing
    /// but its content: an Update).
    pub async fn put_remote_post(&self, account: AccountId, p: &RemotePost) -> Result<()> {
        let mut tx = self.db.begin_write().await?;
        sqlx::query(
            "INSERT INTO ap_posts (account_id, object_uri, actor_uri, kind, object, published_at, received_at, shared_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (account_id, object_uri) DO UPDATE SET object = excluded.object, kind = excluded.kind",
        )
        .bind(account.0.to_string())
        .bind(&p.object_uri)
        .bind(&p.actor_uri)
        .bind(&p.kind)
        .bind(&p.object)
        .bind(p.published_at)
        .bind(now_ms())
        .bind(&p.shared_by)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The digest of `account`'s actor document as last sent ('' before any).
    pub async fn actor_digest(&self, account: AccountId) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT sent_digest FROM ap_keys WHERE account_id = $1")
                .bind(account.0.to_string())
                .fetch_optional(&self.db.read)
                .await?,
        )
    }

    /// In one transaction: records `digest` as the actor document other instances have,
    /// and queues `jobs` (its Update to them).
    pub async fn record_actor_digest(
        &self,
        account: AccountId,
        digest: &str,
        jobs: &[NewJob],
    ) -> Result<()> {
        let now = now_ms();
        let mut tx = self.db.begin_write().await?;
        sqlx::query("UPDATE ap_keys SET sent_digest = $1 WHERE account_id = $2")
            .bind(digest)
            .bind(account.0.to_string())
            .execute(&mut *tx)
            .await?;
        insert_jobs(&mut tx, jobs, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The local accounts of this cell that remote actors follow (active edges).
    pub async fn accounts_with_remote_followers(&self) -> Result<Vec<AccountId>> {
        let ids: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT account_id FROM ap_followers WHERE state = 'active' ORDER BY account_id",
        )
        .fetch_all(&self.db.read)
        .await?;
        ids.iter()
            .map(|id| {
                uuid::Uuid::parse_str(id)
                    .map(AccountId)
                    .map_err(|e| crate::StoreError::Corrupt(format!("account id {id:?}: {e}")))
            })
            .collect()
    }

    /// Remote videos received in this cell, whoever here received them, one row per
    /// video (its newest copy), newest first, received before `before` (ms).
    pub async fn received_videos(&self, before: i64, limit: u32) -> Result<Vec<RemotePost>> {
        let rows = sqlx::query(
            "SELECT object_uri, MIN(actor_uri) AS actor_uri, MIN(kind) AS kind, MAX(object) AS object,
                    MAX(published_at) AS published_at, MIN(shared_by) AS shared_by, CAST(0 AS BIGINT) AS liked
             FROM ap_posts WHERE kind = 'Video' AND published_at < $1
             GROUP BY object_uri ORDER BY MAX(published_at) DESC, object_uri LIMIT $2",
        )
        .bind(before)
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(post).collect()
    }

    /// In one transaction: marks the account's copy of `object_uri` liked or not, and
    /// queues `jobs` (the Like or its Undo).
    pub async fn set_remote_like(
        &self,
        account: AccountId,
        object_uri: &str,
        liked: bool,
        jobs: &[NewJob],
    ) -> Result<()> {
        let now = now_ms();
        let mut tx = self.db.begin_write().await?;
        sqlx::query("UPDATE ap_posts SET liked = $1 WHERE account_id = $2 AND object_uri = $3")
            .bind(i64::from(liked))
            .bind(account.0.to_string())
            .bind(object_uri)
            .execute(&mut *tx)
            .await?;
        insert_jobs(&mut tx, jobs, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes back the copies of `object_uri` that `actor_uri`'s share brought (Undo of its
    /// Announce); the number removed.
    pub async fn unshare_remote_post(&self, object_uri: &str, actor_uri: &str) -> Result<u64> {
        let mut tx = self.db.begin_write().await?;
        let n = sqlx::query("DELETE FROM ap_posts WHERE object_uri = $1 AND shared_by = $2")
            .bind(object_uri)
            .bind(actor_uri)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(n)
    }

    /// Deletes a remote post wherever a local account of this cell keeps it, if `actor_uri`
    /// sent it. The number of copies removed.
    pub async fn delete_remote_post(&self, object_uri: &str, actor_uri: &str) -> Result<u64> {
        let mut tx = self.db.begin_write().await?;
        let n = sqlx::query("DELETE FROM ap_posts WHERE object_uri = $1 AND actor_uri = $2")
            .bind(object_uri)
            .bind(actor_uri)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(n)
    }

    /// The accounts of this cell following `actor_uri` (active edges).
    pub async fn local_followers_of(&self, actor_uri: &str) -> Result<Vec<AccountId>> {
        let ids: Vec<String> = sqlx::query_scalar(
            "SELECT account_id FROM ap_following WHERE actor_uri = $1 AND state = 'active'",
        )
        .bind(actor_uri)
        .fetch_all(&self.db.read)
        .await?;
        Ok(ids
            .iter()
            .filter_map(|s| s.parse().ok().map(AccountId))
            .collect())
    }

    /// Edges of this cell's accounts with one remote actor (both sides), for a Block or
    /// a Delete of that actor: `(account, side)`.
    pub async fn edges_with(&self, actor_uri: &str) -> Result<Vec<(AccountId, Side)>> {
        let mut out = Vec::new();
        for side in [Side::Followers, Side::Following] {
            let sql = format!(
                "SELECT account_id FROM {} WHERE actor_uri = $1",
                side.table()
            );
            let ids: Vec<String> = sqlx::query_scalar(&sql)
                .bind(actor_uri)
                .fetch_all(&self.db.read)
                .await?;
            out.extend(
                ids.iter()
                    .filter_map(|s| s.parse().ok().map(|u| (AccountId(u), side))),
            );
        }
        Ok(out)
    }

    /// The newest remote posts of the account's feed, newest first, older than `before`.
    pub async fn remote_posts(
        &self,
        account: AccountId,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<RemotePost>> {
        let rows = sqlx::query(
            "SELECT object_uri, actor_uri, kind, object, published_at, shared_by, liked FROM ap_posts
             WHERE account_id = $1 AND ($2 IS NULL OR published_at < $2)
             ORDER BY published_at DESC, object_uri LIMIT $3",
        )
        .bind(account.0.to_string())
        .bind(before)
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(post).collect()
    }

    /// One remote post the account keeps.
    pub async fn remote_post(
        &self,
        account: AccountId,
        object_uri: &str,
    ) -> Result<Option<RemotePost>> {
        let row = sqlx::query(
            "SELECT object_uri, actor_uri, kind, object, published_at, shared_by, liked FROM ap_posts
             WHERE account_id = $1 AND object_uri = $2",
        )
        .bind(account.0.to_string())
        .bind(object_uri)
        .fetch_optional(&self.db.read)
        .await?;
        row.as_ref().map(post).transpose()
    }

    /// Records a remote like or reply of a local video; a like counts in the video's and
    /// its creator's like count in the same transaction. False when it was there already.
    pub async fn add_remote_reaction(&self, video: VideoId, r: &RemoteReaction) -> Result<bool> {
        let mut tx = self.db.begin_write().await?;
        let added = sqlx::query(
            "INSERT INTO ap_reactions (video_id, kind, object_uri, actor_uri, acct, content, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
        )
        .bind(video.to_string())
        .bind(&r.kind)
        .bind(&r.object_uri)
        .bind(&r.actor_uri)
        .bind(&r.acct)
        .bind(&r.content)
        .bind(r.created_at)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if added && r.kind == "like" {
            bump_likes(&mut tx, video, 1).await?;
        }
        if added && r.kind == "share" {
            bump_shares(&mut tx, video, 1).await?;
        }
        tx.commit().await?;
        Ok(added)
    }

    /// Takes back a remote like or reply (`object_uri` as recorded) if `actor_uri` made
    /// it. True when there was one.
    pub async fn remove_remote_reaction(
        &self,
        video: VideoId,
        kind: &str,
        object_uri: &str,
        actor_uri: &str,
    ) -> Result<bool> {
        let mut tx = self.db.begin_write().await?;
        let gone = sqlx::query(
            "DELETE FROM ap_reactions WHERE video_id = $1 AND kind = $2 AND object_uri = $3 AND actor_uri = $4",
        )
        .bind(video.to_string())
        .bind(kind)
        .bind(object_uri)
        .bind(actor_uri)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if gone && kind == "like" {
            bump_likes(&mut tx, video, -1).await?;
        }
        if gone && kind == "share" {
            bump_shares(&mut tx, video, -1).await?;
        }
        tx.commit().await?;
        Ok(gone)
    }

    /// Removes every reaction of a remote actor (it was deleted or blocked), its likes
    /// and shares off the counts. The number removed.
    pub async fn remove_reactions_of(&self, actor_uri: &str) -> Result<u64> {
        let mut tx = self.db.begin_write().await?;
        let rows =
            sqlx::query("DELETE FROM ap_reactions WHERE actor_uri = $1 RETURNING video_id, kind")
                .bind(actor_uri)
                .fetch_all(&mut *tx)
                .await?;
        for r in &rows {
            let kind: String = r.try_get("kind")?;
            let video: String = r.try_get("video_id")?;
            if let Ok(v) = VideoId::parse(&video) {
                match kind.as_str() {
                    "like" => bump_likes(&mut tx, v, -1).await?,
                    "share" => bump_shares(&mut tx, v, -1).await?,
                    _ => {}
                }
            }
        }
        tx.commit().await?;
        Ok(rows.len() as u64)
    }

    /// Removes a remote reply wherever it was recorded in this cell, if `actor_uri` wrote
    /// it (its author deleted it).
    pub async fn delete_remote_reply(&self, object_uri: &str, actor_uri: &str) -> Result<u64> {
        let mut tx = self.db.begin_write().await?;
        let n = sqlx::query(
            "DELETE FROM ap_reactions WHERE kind = 'reply' AND object_uri = $1 AND actor_uri = $2",
        )
        .bind(object_uri)
        .bind(actor_uri)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(n)
    }

    /// Removes the remote reply `object_uri` under `video` (its creator took it down);
    /// how many rows went (0: no such reply there).
    pub async fn remove_reply_under(&self, video: VideoId, object_uri: &str) -> Result<u64> {
        let mut tx = self.db.begin_write().await?;
        let n = sqlx::query(
            "DELETE FROM ap_reactions WHERE video_id = $1 AND kind = 'reply' AND object_uri = $2",
        )
        .bind(video.to_string())
        .bind(object_uri)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(n)
    }

    /// The digest of `video`'s object as last sent to other instances, if it is out.
    pub async fn published_digest(&self, video: VideoId) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT digest FROM ap_published WHERE video_id = $1")
                .bind(video.to_string())
                .fetch_optional(&self.db.read)
                .await?,
        )
    }

    /// In one transaction: records `video`'s object as sent with `digest` (or, with
    /// `None`, as taken back), forgets the finished deliveries whose subject starts with
    /// `forget` (so the same kind of delivery can be sent again: a Create after a
    /// Delete), and queues `jobs`.
    pub async fn record_publication(
        &self,
        video: VideoId,
        digest: Option<&str>,
        forget: &str,
        jobs: &[NewJob],
    ) -> Result<()> {
        let now = now_ms();
        let mut tx = self.db.begin_write().await?;
        match digest {
            Some(d) => {
                sqlx::query(
                    "INSERT INTO ap_published (video_id, digest, updated_at) VALUES ($1, $2, $3)
                     ON CONFLICT (video_id) DO UPDATE SET digest = excluded.digest, updated_at = excluded.updated_at",
                )
                .bind(video.to_string())
                .bind(d)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM ap_published WHERE video_id = $1")
                    .bind(video.to_string())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        // A prefix of ids and words: no LIKE wildcard in it to escape.
        debug_assert!(!forget.contains(['%', '_', '\\']));
        sqlx::query(
            "DELETE FROM jobs WHERE kind = 'deliver' AND state IN ('done', 'failed')
             AND subject LIKE $1",
        )
        .bind(format!("{forget}%"))
        .execute(&mut *tx)
        .await?;
        insert_jobs(&mut tx, jobs, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replies from other instances to a video, oldest first.
    pub async fn remote_replies(&self, video: VideoId, limit: u32) -> Result<Vec<RemoteReaction>> {
        let rows = sqlx::query(
            "SELECT kind, object_uri, actor_uri, acct, content, created_at FROM ap_reactions
             WHERE video_id = $1 AND kind = 'reply' ORDER BY created_at, object_uri LIMIT $2",
        )
        .bind(video.to_string())
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(RemoteReaction {
                    kind: r.try_get("kind")?,
                    object_uri: r.try_get("object_uri")?,
                    actor_uri: r.try_get("actor_uri")?,
                    acct: r.try_get("acct")?,
                    content: r.try_get("content")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }
}

/// Adds `delta` to a video's share count, never below zero.
async fn bump_shares(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    video: VideoId,
    delta: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE videos SET share_count = CASE WHEN share_count + $1 > 0 THEN share_count + $1 ELSE 0 END
         WHERE id = $2",
    )
    .bind(delta)
    .bind(video.to_string())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Adds `delta` to a video's like count and its creator's, never below zero.
async fn bump_likes(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    video: VideoId,
    delta: i64,
) -> Result<()> {
    let owner: Option<String> = sqlx::query_scalar(
        "UPDATE videos SET like_count = CASE WHEN like_count + $1 > 0 THEN like_count + $1 ELSE 0 END
         WHERE id = $2 RETURNING account_id",
    )
    .bind(delta)
    .bind(video.to_string())
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(owner) = owner {
        sqlx::query(
            "UPDATE accounts SET like_count = CASE WHEN like_count + $1 > 0 THEN like_count + $1 ELSE 0 END
             WHERE id = $2",
        )
        .bind(delta)
        .bind(owner)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
