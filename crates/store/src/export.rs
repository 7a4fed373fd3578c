//! What a cell holds about one account, read for the account's own data export (GDPR
//! art. 15 and 20).
//!
//! One query per table that names the account, returned as rows that serialize to the
//! documented JSON of the export (`docs/data-inventory.md`, "Export"). Ids are given as
//! stored; times as RFC 3339. Only [`Cell::authored_comments`] is meant to be asked of
//! every cell: comments live with the video they are on, and they are public content.
//! Everything else is personal and asked of the home cell only.

use chrono::{DateTime, Utc};
use serde::Serialize;
use spool_core::AccountId;
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::cell::Cell;
use crate::{from_ms, now_ms, Result};

/// A live session. The token's hash and the CSRF token are left out: they are
/// credentials, not information about the person.
#[derive(Debug, Clone, Serialize)]
pub struct SessionExport {
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// Whether this is the session that asked for the export.
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct LoginRecordExport {
    pub at: DateTime<Utc>,
    pub success: bool,
    /// The client's address, truncated to /24 (IPv4) or /48 (IPv6).
    pub ip_prefix: String,
    pub user_agent: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct VideoExport {
    pub id: String,
    pub caption: String,
    pub hashtags: Vec<String>,
    /// `public`, `followers` or `private`.
    pub visibility: String,
    pub allow_comments: bool,
    pub allow_duet: bool,
    pub allow_stitch: bool,
    /// `uploaded`, `processing`, `ready` or `failed`.
    pub state: String,
    pub failure_code: Option<String>,
    pub failure_message: Option<String>,
    pub duration_ms: Option<i64>,
    pub width: Option<i64>,
    pub height: Option<i64>,
    /// The finished renditions (name, size, bandwidth).
    pub renditions: serde_json::Value,
    pub sound_id: Option<String>,
    pub reuses_sound: bool,
    /// `duet` or `stitch`, with the original video's id and region.
    pub remix_kind: Option<String>,
    pub remix_of: Option<String>,
    pub remix_region: Option<String>,
    pub like_count: i64,
    pub comment_count: i64,
    pub share_count: i64,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SoundExport {
    pub id: String,
    pub video_id: String,
    pub title: String,
    pub duration_ms: i64,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UploadExport {
    pub id: String,
    pub length: i64,
    pub offset: i64,
    /// The tus `Upload-Metadata` header as the client sent it (e.g. the file name).
    pub metadata: String,
    /// `receiving`, `complete` or `consumed` (published).
    pub state: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CommentExport {
    pub id: String,
    pub video_id: String,
    /// The region of the video (where the comment is stored).
    pub video_region: String,
    pub parent_id: Option<String>,
    pub body: String,
    pub like_count: i64,
    pub pinned: bool,
    pub created_at: DateTime<Utc>,
}

/// A like of a video or of a comment.
#[derive(Debug, Clone, Serialize)]
pub struct LikeExport {
    /// The liked video or comment.
    pub id: String,
    /// Its region.
    pub region: String,
    pub created_at: DateTime<Utc>,
}

/// A follow, follower, block or mute: the other account and when.
#[derive(Debug, Clone, Serialize)]
pub struct EdgeExport {
    pub account_id: String,
    pub region: String,
    /// For follows: `active` or `requested`; absent for blocks and mutes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ViewEventExport {
    pub id: i64,
    /// The video (for `follow`, the followed account; for `reset`, the nil id).
    pub subject_id: String,
    /// `impression`, `view`, `skip`, `replay`, `not_interested`, `like`, `comment`,
    /// `share`, `follow` or `reset`.
    pub kind: String,
    pub watched_ms: i64,
    pub replays: i64,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NotificationExport {
    pub id: i64,
    pub kind: String,
    /// The account whose action caused it.
    pub actor_id: String,
    pub video_id: Option<String>,
    pub comment_id: Option<String>,
    pub read: bool,
    pub created_at: DateTime<Utc>,
}

fn at(r: &AnyRow, col: &str) -> Result<DateTime<Utc>> {
    Ok(from_ms(r.try_get(col)?))
}

impl Cell {
    async fn export_rows(&self, sql: &str, account: AccountId) -> Result<Vec<AnyRow>> {
        Ok(sqlx::query(sql)
            .bind(account.0.to_string())
            .fetch_all(&self.db.read)
            .await?)
    }

    /// Live sessions, newest first; `current` marks the one with `current_hash`.
    pub async fn export_sessions(
        &self,
        account: AccountId,
        current_hash: &[u8],
    ) -> Result<Vec<SessionExport>> {
        let rows = sqlx::query(
            "SELECT created_at, expires_at, CASE WHEN token_hash = $1 THEN 1 ELSE 0 END AS current FROM sessions
             WHERE account_id = $2 AND expires_at > $3 ORDER BY created_at DESC",
        )
        .bind(current_hash)
        .bind(account.0.to_string())
        .bind(now_ms())
        .fetch_all(&self.db.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(SessionExport {
                    created_at: at(r, "created_at")?,
                    expires_at: at(r, "expires_at")?,
                    current: crate::db::flag(r, "current")?,
                })
            })
            .collect()
    }

    pub async fn export_login_records(&self, account: AccountId) -> Result<Vec<LoginRecordExport>> {
        self.export_rows(
            "SELECT at, success, ip_prefix, user_agent FROM login_records
             WHERE account_id = $1 ORDER BY at DESC, id DESC",
            account,
        )
        .await?
        .iter()
        .map(|r| {
            Ok(LoginRecordExport {
                at: at(r, "at")?,
                success: crate::db::flag(r, "success")?,
                ip_prefix: r.try_get("ip_prefix")?,
                user_agent: r.try_get("user_agent")?,
            })
        })
        .collect()
    }

    /// Every video of the account, in any state, newest first.
    pub async fn export_videos(&self, account: AccountId) -> Result<Vec<VideoExport>> {
        let rows = self
            .export_rows(
                &format!(
                    "SELECT v.*, (SELECT {} FROM video_hashtags h WHERE h.video_id = v.id) AS tags
                     FROM videos v WHERE account_id = $1 ORDER BY created_at DESC, id DESC",
                    self.db.json_array_agg("tag")
                ),
                account,
            )
            .await?;
        rows.iter()
            .map(|r| {
                let json = |col: &str| -> Result<serde_json::Value> {
                    let raw: String = r.try_get(col)?;
                    Ok(serde_json::from_str(&raw).unwrap_or(serde_json::Value::Null))
                };
                let tags: Vec<String> = serde_json::from_value(json("tags")?).unwrap_or_default();
                Ok(VideoExport {
                    id: r.try_get("id")?,
                    caption: r.try_get("caption")?,
                    hashtags: tags,
                    visibility: r.try_get("visibility")?,
                    allow_comments: crate::db::flag(r, "allow_comments")?,
                    allow_duet: crate::db::flag(r, "allow_duet")?,
                    allow_stitch: crate::db::flag(r, "allow_stitch")?,
                    state: r.try_get("state")?,
                    failure_code: r.try_get("failure_code")?,
                    failure_message: r.try_get("failure_message")?,
                    duration_ms: r.try_get("duration_ms")?,
                    width: r.try_get("width")?,
                    height: r.try_get("height")?,
                    renditions: json("renditions")?,
                    sound_id: r.try_get("sound_id")?,
                    reuses_sound: crate::db::flag(r, "reuses_sound")?,
                    remix_kind: r.try_get("remix_kind")?,
                    remix_of: r.try_get("remix_of")?,
                    remix_region: r.try_get("remix_region")?,
                    like_count: r.try_get("like_count")?,
                    comment_count: r.try_get("comment_count")?,
                    share_count: r.try_get("share_count")?,
                    created_at: at(r, "created_at")?,
                    published_at: r.try_get::<Option<i64>, _>("published_at")?.map(from_ms),
                })
            })
            .collect()
    }

    pub async fn export_sounds(&self, account: AccountId) -> Result<Vec<SoundExport>> {
        self.export_rows(
            "SELECT id, video_id, title, duration_ms, created_at FROM sounds
             WHERE account_id = $1 ORDER BY created_at DESC",
            account,
        )
        .await?
        .iter()
        .map(|r| {
            Ok(SoundExport {
                id: r.try_get("id")?,
                video_id: r.try_get("video_id")?,
                title: r.try_get("title")?,
                duration_ms: r.try_get("duration_ms")?,
                created_at: at(r, "created_at")?,
            })
        })
        .collect()
    }

    pub async fn export_uploads(&self, account: AccountId) -> Result<Vec<UploadExport>> {
        self.export_rows(
            "SELECT * FROM uploads WHERE account_id = $1 ORDER BY created_at DESC",
            account,
        )
        .await?
        .iter()
        .map(|r| {
            Ok(UploadExport {
                id: r.try_get("id")?,
                length: r.try_get("length")?,
                offset: r.try_get("offset")?,
                metadata: r.try_get("metadata")?,
                state: r.try_get("state")?,
                created_at: at(r, "created_at")?,
                expires_at: at(r, "expires_at")?,
            })
        })
        .collect()
    }

    /// Comments the account wrote on this cell's videos (public content; ask every
    /// cell), oldest first.
    pub async fn authored_comments(&self, account: AccountId) -> Result<Vec<CommentExport>> {
        self.export_rows(
            "SELECT id, video_id, parent_id, body, like_count, pinned, created_at FROM comments
             WHERE author_id = $1 ORDER BY created_at, id",
            account,
        )
        .await?
        .iter()
        .map(|r| {
            Ok(CommentExport {
                id: r.try_get("id")?,
                video_id: r.try_get("video_id")?,
                video_region: self.region().to_string(),
                parent_id: r.try_get("parent_id")?,
                body: r.try_get("body")?,
                like_count: r.try_get("like_count")?,
                pinned: crate::db::flag(r, "pinned")?,
                created_at: at(r, "created_at")?,
            })
        })
        .collect()
    }

    /// Videos (`comments == false`) or comments (`true`) the account liked, newest first.
    pub async fn export_likes(
        &self,
        account: AccountId,
        comments: bool,
    ) -> Result<Vec<LikeExport>> {
        let sql = if comments {
            "SELECT comment_id AS id, comment_region AS region, created_at FROM comment_likes
             WHERE account_id = $1 ORDER BY created_at DESC"
        } else {
            "SELECT video_id AS id, video_region AS region, created_at FROM likes
             WHERE account_id = $1 ORDER BY created_at DESC"
        };
        self.export_rows(sql, account)
            .await?
            .iter()
            .map(|r| {
                Ok(LikeExport {
                    id: r.try_get("id")?,
                    region: r.try_get("region")?,
                    created_at: at(r, "created_at")?,
                })
            })
            .collect()
    }

    /// One of the account's edge lists, newest first: `following`, `followers`,
    /// `blocks` or `mutes`.
    pub async fn export_edges(
        &self,
        account: AccountId,
        table: EdgeTable,
    ) -> Result<Vec<EdgeExport>> {
        let sql = match table {
            EdgeTable::Following => {
                "SELECT target_id AS other, target_region AS region, state, created_at FROM following
                 WHERE account_id = $1 ORDER BY created_at DESC"
            }
            EdgeTable::Followers => {
                "SELECT follower_id AS other, follower_region AS region, state, created_at FROM followers
                 WHERE account_id = $1 ORDER BY created_at DESC"
            }
            EdgeTable::Blocks => {
                "SELECT target_id AS other, target_region AS region, NULL AS state, created_at FROM blocks
                 WHERE account_id = $1 ORDER BY created_at DESC"
            }
            EdgeTable::Mutes => {
                "SELECT target_id AS other, target_region AS region, NULL AS state, created_at FROM mutes
                 WHERE account_id = $1 ORDER BY created_at DESC"
            }
        };
        self.export_rows(sql, account)
            .await?
            .iter()
            .map(|r| {
                Ok(EdgeExport {
                    account_id: r.try_get("other")?,
                    region: r.try_get("region")?,
                    state: r.try_get("state")?,
                    created_at: at(r, "created_at")?,
                })
            })
            .collect()
    }

    /// The account's feed events (its view history), oldest first.
    pub async fn export_view_history(&self, account: AccountId) -> Result<Vec<ViewEventExport>> {
        self.export_rows(
            "SELECT id, video_id, kind, watched_ms, replays, created_at FROM feed_events
             WHERE account_id = $1 ORDER BY id",
            account,
        )
        .await?
        .iter()
        .map(|r| {
            Ok(ViewEventExport {
                id: r.try_get("id")?,
                subject_id: r.try_get("video_id")?,
                kind: r.try_get("kind")?,
                watched_ms: r.try_get("watched_ms")?,
                replays: r.try_get("replays")?,
                at: at(r, "created_at")?,
            })
        })
        .collect()
    }

    /// Notifications the account received, newest first.
    pub async fn export_notifications(
        &self,
        account: AccountId,
    ) -> Result<Vec<NotificationExport>> {
        self.export_rows(
            "SELECT * FROM notifications WHERE account_id = $1 ORDER BY created_at DESC, id DESC",
            account,
        )
        .await?
        .iter()
        .map(|r| {
            Ok(NotificationExport {
                id: r.try_get("id")?,
                kind: r.try_get("kind")?,
                actor_id: r.try_get("actor_id")?,
                video_id: r.try_get("video_id")?,
                comment_id: r.try_get("comment_id")?,
                read: crate::db::flag(r, "read")?,
                created_at: at(r, "created_at")?,
            })
        })
        .collect()
    }
}

/// The account-to-account tables of a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeTable {
    Following,
    Followers,
    Blocks,
    Mutes,
}
