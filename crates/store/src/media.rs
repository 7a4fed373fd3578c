//! Uploads, videos and sounds of one region cell.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use spool_core::{AccountId, Caption, SoundId, UploadId, VideoId, Visibility};
use sqlx::any::AnyRow;
use sqlx::Row;
use uuid::Uuid;

use crate::cell::Cell;
use crate::jobs::NewJob;
use crate::{from_ms, now_ms, Result, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadState {
    Receiving,
    Complete,
    Consumed,
}

impl UploadState {
    fn as_str(self) -> &'static str {
        match self {
            Self::Receiving => "receiving",
            Self::Complete => "complete",
            Self::Consumed => "consumed",
        }
    }
}

#[derive(Debug, Clone)]
pub struct UploadRecord {
    pub id: UploadId,
    pub account_id: AccountId,
    pub length: u64,
    pub offset: u64,
    /// The raw tus `Upload-Metadata` header.
    pub metadata: String,
    pub state: UploadState,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VideoState {
    Uploaded,
    Processing,
    Ready,
    Failed,
}

impl VideoState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Uploaded => "uploaded",
            Self::Processing => "processing",
            Self::Ready => "ready",
            Self::Failed => "failed",
        }
    }
}

/// Whose eyes an account's video list is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VideoScope {
    /// The account itself: every video, in any state.
    Own,
    /// An accepted follower: public and followers-only videos that are ready.
    Follower,
    /// Anyone else: public videos that are ready.
    Public,
}

/// A video to publish from a finished upload.
#[derive(Debug, Clone)]
pub struct NewVideo {
    pub id: VideoId,
    pub account_id: AccountId,
    pub upload_id: UploadId,
    pub caption: Caption,
    pub visibility: Visibility,
    pub allow_comments: bool,
    pub allow_duet: bool,
    pub allow_stitch: bool,
    /// A sound to use instead of the clip's own audio.
    pub reuse_sound: Option<SoundId>,
    /// The caption's hashtags, normalized.
    pub hashtags: Vec<String>,
    /// A duet or stitch: (`duet`|`stitch`, the original, its region).
    pub remix: Option<(String, VideoId, spool_core::RegionCode)>,
    /// The clip's length as probed at publishing (the job queue's express lane picks
    /// short clips by it; the transcode job records it again from its own probe).
    pub duration_ms: i64,
}

/// What a creator may change about a published video (all of it, as it is to be).
#[derive(Debug, Clone)]
pub struct VideoSettings {
    pub caption: Caption,
    pub visibility: Visibility,
    pub allow_comments: bool,
    pub allow_duet: bool,
    pub allow_stitch: bool,
    /// The caption's hashtags, normalized.
    pub hashtags: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct VideoRecord {
    pub id: VideoId,
    pub account_id: AccountId,
    pub upload_id: UploadId,
    pub caption: Caption,
    pub visibility: Visibility,
    pub allow_comments: bool,
    pub allow_duet: bool,
    pub allow_stitch: bool,
    pub sound_id: Option<SoundId>,
    pub reuses_sound: bool,
    pub state: VideoState,
    pub failure_code: Option<String>,
    pub failure_message: Option<String>,
    pub duration_ms: Option<i64>,
    pub width: Option<i64>,
    pub height: Option<i64>,
    /// The finished renditions, as the JSON the worker stored.
    pub renditions_json: String,
    pub ladder_complete: bool,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
    pub like_count: i64,
    pub comment_count: i64,
    pub share_count: i64,
    pub view_count: i64,
    /// The languages of its caption tracks, in order of their tags.
    pub captions: Vec<spool_core::CaptionLang>,
    /// `duet` or `stitch`, with the original's id and region.
    pub remix: Option<(String, VideoId, String)>,
    /// What moderation decisions in force impose on it.
    pub moderation: crate::Restrictions,
}

#[derive(Debug, Clone)]
pub struct SoundRecord {
    pub id: SoundId,
    pub video_id: VideoId,
    pub account_id: AccountId,
    pub title: String,
    pub duration_ms: i64,
    pub created_at: DateTime<Utc>,
}

fn uuid(r: &AnyRow, col: &str) -> Result<Uuid> {
    let raw: String = r.try_get(col)?;
    Uuid::parse_str(&raw).map_err(|e| StoreError::Corrupt(format!("{col} {raw:?}: {e}")))
}

impl Cell {
    /// Where an upload's bytes are kept while it is received.
    pub fn upload_path(&self, id: UploadId) -> PathBuf {
        self.media_dir().join("uploads").join(format!("{id}.part"))
    }

    /// A video's folder: `original`, `poster.jpg`, `hls/`.
    pub fn video_dir(&self, id: VideoId) -> PathBuf {
        self.media_dir().join("videos").join(id.to_string())
    }

    pub fn sound_path(&self, id: SoundId) -> PathBuf {
        self.media_dir().join("sounds").join(format!("{id}.m4a"))
    }

    pub async fn create_upload(&self, upload: &UploadRecord) -> Result<()> {
        sqlx::query(
            "INSERT INTO uploads (id, account_id, length, \"offset\", metadata, state, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(upload.id.to_string())
        .bind(upload.account_id.0.to_string())
        .bind(upload.length as i64)
        .bind(upload.offset as i64)
        .bind(&upload.metadata)
        .bind(upload.state.as_str())
        .bind(upload.created_at.timestamp_millis())
        .bind(upload.expires_at.timestamp_millis())
        .execute(&self.db.write)
        .await?;
        Ok(())
    }

    pub async fn upload(&self, id: UploadId) -> Result<Option<UploadRecord>> {
        let row = sqlx::query("SELECT * FROM uploads WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.db.write)
            .await?;
        row.map(|r| {
            let state = match r.try_get::<String, _>("state")?.as_str() {
                "receiving" => UploadState::Receiving,
                "complete" => UploadState::Complete,
                _ => UploadState::Consumed,
            };
            Ok(UploadRecord {
                id: UploadId(uuid(&r, "id")?),
                account_id: AccountId(uuid(&r, "account_id")?),
                length: r.try_get::<i64, _>("length")? as u64,
                offset: r.try_get::<i64, _>("offset")? as u64,
                metadata: r.try_get("metadata")?,
                state,
                created_at: from_ms(r.try_get("created_at")?),
                expires_at: from_ms(r.try_get("expires_at")?),
            })
        })
        .transpose()
    }

    /// Records that the bytes up to `offset` are on disk. Only moves forward from
    /// `expected` (the offset the writer started at), so a stale writer cannot undo a
    /// newer one.
    pub async fn advance_upload(
        &self,
        id: UploadId,
        expected: u64,
        offset: u64,
        complete: bool,
    ) -> Result<bool> {
        let state = if complete { "complete" } else { "receiving" };
        let done = sqlx::query(
            "UPDATE uploads SET \"offset\" = $1, state = $2 WHERE id = $3 AND \"offset\" = $4 AND state = 'receiving'",
        )
        .bind(offset as i64)
        .bind(state)
        .bind(id.to_string())
        .bind(expected as i64)
        .execute(&self.db.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn delete_upload(&self, id: UploadId) -> Result<()> {
        sqlx::query("DELETE FROM uploads WHERE id = $1")
            .bind(id.to_string())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    /// Uploads that were never published and are past their expiry.
    pub async fn expired_uploads(&self) -> Result<Vec<UploadId>> {
        let rows =
            sqlx::query("SELECT id FROM uploads WHERE state <> 'consumed' AND expires_at < $1")
                .bind(now_ms())
                .fetch_all(&self.db.read)
                .await?;
        rows.iter().map(|r| Ok(UploadId(uuid(r, "id")?))).collect()
    }

    /// Every upload id still known (for sweeping orphaned files).
    pub async fn upload_exists(&self, id: UploadId) -> Result<bool> {
        let found: Option<i64> = sqlx::query_scalar("SELECT 1 FROM uploads WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.db.read)
            .await?;
        Ok(found.is_some())
    }

    /// Publishes a finished upload as a video, in one transaction: the upload is
    /// consumed, the video is `processing`, and its transcode job is queued.
    pub async fn publish_video(&self, video: &NewVideo, job: &NewJob) -> Result<VideoRecord> {
        let now = now_ms();
        let mut tx = self.db.begin_write().await?;
        let upload = sqlx::query("SELECT account_id, state FROM uploads WHERE id = $1")
            .bind(video.upload_id.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        let Some(upload) = upload else {
            return Err(StoreError::NotFound);
        };
        if AccountId(uuid(&upload, "account_id")?) != video.account_id {
            return Err(StoreError::NotFound);
        }
        match upload.try_get::<String, _>("state")?.as_str() {
            "complete" => {}
            "receiving" => {
                return Err(StoreError::Conflict(
                    "the upload is not finished yet".into(),
                ))
            }
            _ => {
                return Err(StoreError::Conflict(
                    "the upload was already published".into(),
                ))
            }
        }
        sqlx::query("UPDATE uploads SET state = 'consumed' WHERE id = $1")
            .bind(video.upload_id.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO videos (id, account_id, upload_id, caption, visibility, allow_comments, allow_duet,
                allow_stitch, sound_id, reuses_sound, state, created_at, duration_ms)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'processing', $11, $12)",
        )
        .bind(video.id.to_string())
        .bind(video.account_id.0.to_string())
        .bind(video.upload_id.to_string())
        .bind(video.caption.as_str())
        .bind(video.visibility.as_str())
        .bind(i64::from(video.allow_comments))
        .bind(i64::from(video.allow_duet))
        .bind(i64::from(video.allow_stitch))
        .bind(video.reuse_sound.map(|s| s.to_string()))
        .bind(i64::from(video.reuse_sound.is_some()))
        .bind(now)
        .bind(video.duration_ms)
        .execute(&mut *tx)
        .await?;
        for tag in &video.hashtags {
            sqlx::query(
                "INSERT INTO video_hashtags (tag, video_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(tag)
            .bind(video.id.to_string())
            .execute(&mut *tx)
            .await?;
        }
        if let Some((kind, of, region)) = &video.remix {
            sqlx::query(
                "UPDATE videos SET remix_kind = $1, remix_of = $2, remix_region = $3 WHERE id = $4",
            )
            .bind(kind)
            .bind(of.to_string())
            .bind(region.as_str())
            .bind(video.id.to_string())
            .execute(&mut *tx)
            .await?;
        }
        crate::jobs::insert_job(&mut tx, job, now).await?;
        tx.commit().await?;
        self.video(video.id).await?.ok_or(StoreError::NotFound)
    }

    /// Changes a video's caption and settings in one transaction; its hashtags follow the
    /// caption.
    pub async fn update_video(&self, id: VideoId, settings: &VideoSettings) -> Result<VideoRecord> {
        let mut tx = self.db.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE videos SET caption = $1, visibility = $2, allow_comments = $3, allow_duet = $4,
                allow_stitch = $5 WHERE id = $6",
        )
        .bind(settings.caption.as_str())
        .bind(settings.visibility.as_str())
        .bind(i64::from(settings.allow_comments))
        .bind(i64::from(settings.allow_duet))
        .bind(i64::from(settings.allow_stitch))
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM video_hashtags WHERE video_id = $1")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        for tag in &settings.hashtags {
            sqlx::query(
                "INSERT INTO video_hashtags (tag, video_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(tag)
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        self.video(id).await?.ok_or(StoreError::NotFound)
    }

    pub async fn video(&self, id: VideoId) -> Result<Option<VideoRecord>> {
        let row = sqlx::query("SELECT * FROM videos WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.db.read)
            .await?;
        row.map(|r| video_record(&r)).transpose()
    }

    /// Several videos at once, in no particular order; missing ones are left out.
    pub async fn videos_by_ids(&self, ids: &[VideoId]) -> Result<Vec<VideoRecord>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT * FROM videos WHERE id IN ({})",
            crate::db::numbered(1, ids.len())
        );
        let mut q = sqlx::query(&sql);
        for id in ids {
            q = q.bind(id.to_string());
        }
        let rows = q.fetch_all(&self.db.read).await?;
        rows.iter().map(video_record).collect()
    }

    /// An account's videos for `scope`, newest first. `before` is a `created_at` (Unix
    /// ms) to page from.
    pub async fn account_videos(
        &self,
        account: AccountId,
        scope: VideoScope,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<VideoRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM videos WHERE account_id = $1
               AND ($2 = 1 OR (state = 'ready' AND (visibility = 'public' OR ($3 = 1 AND visibility = 'followers'))))
               AND created_at < $4
             ORDER BY created_at DESC, id DESC LIMIT $5",
        )
        .bind(account.0.to_string())
        .bind(i64::from(scope == VideoScope::Own))
        .bind(i64::from(scope == VideoScope::Follower))
        .bind(before.unwrap_or(i64::MAX))
        .bind(i64::from(limit))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(video_record).collect()
    }

    /// Deletes a video with its comments, hashtags and reports, and the sound extracted
    /// from it, in one transaction that also sends every cell in `regions` the word to
    /// drop what names the video or its comments (`outbox::Message::PurgeVideo`).
    /// Returns the ids of the sounds that went (their files are the caller's to remove)
    /// and whether messages wait for the relay. Use [`crate::Store::delete_video`].
    pub(crate) async fn delete_video_everywhere(
        &self,
        id: VideoId,
        regions: &[spool_core::RegionCode],
    ) -> Result<(Vec<SoundId>, bool)> {
        let key = id.to_string();
        let mut tx = self.db.begin_write().await?;
        let row: Option<(String, i64)> =
            sqlx::query_as("SELECT account_id, like_count FROM videos WHERE id = $1")
                .bind(&key)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((owner, likes)) = row else {
            return Ok((Vec::new(), false));
        };
        // The creator's received likes lose this video's, in the same transaction.
        sqlx::query("UPDATE accounts SET like_count = CASE WHEN like_count - $1 > 0 THEN like_count - $1 ELSE 0 END WHERE id = $2")
            .bind(likes)
            .bind(&owner)
            .execute(&mut *tx)
            .await?;
        let owner = AccountId(
            Uuid::parse_str(&owner).map_err(|e| StoreError::Corrupt(format!("account_id: {e}")))?,
        );
        let comments: Vec<String> =
            sqlx::query_scalar("SELECT id FROM comments WHERE video_id = $1")
                .bind(&key)
                .fetch_all(&mut *tx)
                .await?;
        let comments: Vec<spool_core::CommentId> = comments
            .iter()
            .filter_map(|c| Uuid::parse_str(c).ok())
            .map(spool_core::CommentId)
            .collect();
        let sounds: Vec<String> = sqlx::query_scalar("SELECT id FROM sounds WHERE video_id = $1")
            .bind(&key)
            .fetch_all(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sounds WHERE video_id = $1")
            .bind(&key)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM videos WHERE id = $1")
            .bind(&key)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM jobs WHERE subject = $1 AND state IN ('queued', 'failed', 'done')",
        )
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        let purge = crate::outbox::Message::PurgeVideo {
            video: id,
            comments,
        };
        let mut queued = false;
        for region in regions {
            queued |= crate::outbox::send(&mut tx, self.region(), owner, region, &purge).await?;
        }
        tx.commit().await?;
        Ok((
            sounds
                .iter()
                .filter_map(|s| Uuid::parse_str(s).ok())
                .map(SoundId)
                .collect(),
            queued,
        ))
    }

    pub async fn set_video_probe(
        &self,
        id: VideoId,
        duration_ms: i64,
        width: i64,
        height: i64,
    ) -> Result<()> {
        sqlx::query("UPDATE videos SET duration_ms = $1, width = $2, height = $3 WHERE id = $4")
            .bind(duration_ms)
            .bind(width)
            .bind(height)
            .bind(id.to_string())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    /// Stores the finished renditions. The first call makes the video `ready`
    /// (playable); `complete` says the whole ladder is there.
    pub async fn set_video_renditions(
        &self,
        id: VideoId,
        renditions_json: &str,
        complete: bool,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE videos SET renditions = $1, ladder_complete = $2, state = 'ready',
                published_at = COALESCE(published_at, $3) WHERE id = $4 AND state <> 'failed'",
        )
        .bind(renditions_json)
        .bind(i64::from(complete))
        .bind(now_ms())
        .bind(id.to_string())
        .execute(&self.db.write)
        .await?;
        Ok(())
    }

    /// Adds (`true`) or removes (`false`) a caption language of a video, in one write
    /// transaction (two creators' requests for two languages never lose one); `None` when
    /// there is no such video.
    pub async fn set_video_caption(
        &self,
        id: VideoId,
        lang: &spool_core::CaptionLang,
        present: bool,
    ) -> Result<Option<VideoRecord>> {
        let mut tx = self.db.begin_write().await?;
        let Some(raw) = sqlx::query("SELECT captions FROM videos WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(None);
        };
        let raw: String = raw.try_get("captions")?;
        let mut langs: Vec<String> = serde_json::from_str(&raw)
            .map_err(|e| StoreError::Corrupt(format!("captions: {e}")))?;
        langs.retain(|l| l != lang.as_str());
        if present {
            langs.push(lang.as_str().to_owned());
            langs.sort();
        }
        let json = serde_json::to_string(&langs)
            .map_err(|e| StoreError::Corrupt(format!("captions: {e}")))?;
        sqlx::query("UPDATE videos SET captions = $1 WHERE id = $2")
            .bind(json)
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.video(id).await
    }

    pub async fn fail_video(&self, id: VideoId, code: &str, message: &str) -> Result<()> {
        sqlx::query(
            "UPDATE videos SET state = 'failed', failure_code = $1, failure_message = $2, renditions = '[]' WHERE id = $3",
        )
        .bind(code)
        .bind(message)
        .bind(id.to_string())
        .execute(&self.db.write)
        .await?;
        Ok(())
    }

    /// Records a video's own sound (idempotent) and links the video to it; `false` (and
    /// nothing recorded) when the video is gone meanwhile.
    pub async fn attach_own_sound(&self, sound: &SoundRecord) -> Result<bool> {
        let mut tx = self.db.begin_write().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT 1 FROM videos WHERE id = $1")
            .bind(sound.video_id.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO sounds (id, video_id, account_id, title, duration_ms, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(sound.id.to_string())
        .bind(sound.video_id.to_string())
        .bind(sound.account_id.0.to_string())
        .bind(&sound.title)
        .bind(sound.duration_ms)
        .bind(sound.created_at.timestamp_millis())
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE videos SET sound_id = $1 WHERE id = $2")
            .bind(sound.id.to_string())
            .bind(sound.video_id.to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Ids of everything an account has here that has files: videos, uploads, sounds.
    pub async fn account_media(
        &self,
        account: AccountId,
    ) -> Result<(Vec<VideoId>, Vec<UploadId>, Vec<SoundId>)> {
        let key = account.0.to_string();
        let ids = |sql: &'static str| {
            let key = key.clone();
            async move {
                let rows = sqlx::query(sql).bind(key).fetch_all(&self.db.write).await?;
                rows.iter()
                    .map(|r| uuid(r, "id"))
                    .collect::<Result<Vec<_>>>()
            }
        };
        let videos = ids("SELECT id FROM videos WHERE account_id = $1").await?;
        let uploads = ids("SELECT id FROM uploads WHERE account_id = $1").await?;
        let sounds = ids("SELECT id FROM sounds WHERE account_id = $1").await?;
        Ok((
            videos.into_iter().map(VideoId).collect(),
            uploads.into_iter().map(UploadId).collect(),
            sounds.into_iter().map(SoundId).collect(),
        ))
    }

    pub async fn sound(&self, id: SoundId) -> Result<Option<SoundRecord>> {
        let row = sqlx::query("SELECT * FROM sounds WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.db.read)
            .await?;
        row.map(|r| {
            Ok(SoundRecord {
                id: SoundId(uuid(&r, "id")?),
                video_id: VideoId(uuid(&r, "video_id")?),
                account_id: AccountId(uuid(&r, "account_id")?),
                title: r.try_get("title")?,
                duration_ms: r.try_get("duration_ms")?,
                created_at: from_ms(r.try_get("created_at")?),
            })
        })
        .transpose()
    }
}

pub(crate) fn video_record(r: &AnyRow) -> Result<VideoRecord> {
    let visibility: String = r.try_get("visibility")?;
    let state = match r.try_get::<String, _>("state")?.as_str() {
        "uploaded" => VideoState::Uploaded,
        "processing" => VideoState::Processing,
        "ready" => VideoState::Ready,
        _ => VideoState::Failed,
    };
    let sound: Option<String> = r.try_get("sound_id")?;
    Ok(VideoRecord {
        id: VideoId(uuid(r, "id")?),
        account_id: AccountId(uuid(r, "account_id")?),
        upload_id: UploadId(uuid(r, "upload_id")?),
        caption: Caption::from_trusted(r.try_get("caption")?),
        visibility: visibility
            .parse()
            .map_err(|_| StoreError::Corrupt(format!("visibility {visibility:?}")))?,
        allow_comments: crate::db::flag(r, "allow_comments")?,
        allow_duet: crate::db::flag(r, "allow_duet")?,
        allow_stitch: crate::db::flag(r, "allow_stitch")?,
        sound_id: sound
            .map(|s| Uuid::parse_str(&s).map(SoundId))
            .transpose()
            .map_err(|e| StoreError::Corrupt(format!("sound_id: {e}")))?,
        reuses_sound: crate::db::flag(r, "reuses_sound")?,
        state,
        failure_code: r.try_get("failure_code")?,
        failure_message: r.try_get("failure_message")?,
        duration_ms: r.try_get("duration_ms")?,
        width: r.try_get("width")?,
        height: r.try_get("height")?,
        renditions_json: r.try_get("renditions")?,
        ladder_complete: crate::db::flag(r, "ladder_complete")?,
        created_at: from_ms(r.try_get("created_at")?),
        published_at: r.try_get::<Option<i64>, _>("published_at")?.map(from_ms),
        like_count: r.try_get("like_count")?,
        comment_count: r.try_get("comment_count")?,
        share_count: r.try_get("share_count")?,
        view_count: r.try_get("view_count")?,
        captions: serde_json::from_str::<Vec<String>>(&r.try_get::<String, _>("captions")?)
            .map_err(|e| StoreError::Corrupt(format!("captions: {e}")))?
            .into_iter()
            .map(spool_core::CaptionLang::from_trusted)
            .collect(),
        moderation: crate::Restrictions::parse(&r.try_get::<String, _>("moderation")?),
        remix: match (
            r.try_get::<Option<String>, _>("remix_kind")?,
            r.try_get::<Option<String>, _>("remix_of")?,
            r.try_get::<Option<String>, _>("remix_region")?,
        ) {
            (Some(kind), Some(of), Some(region)) => Uuid::parse_str(&of)
                .ok()
                .map(|id| (kind, VideoId(id), region)),
            _ => None,
        },
    })
}
