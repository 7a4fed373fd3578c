//! Erasing an account for real (GDPR art. 17).
//!
//! An account leaves traces in every cell, not only in its home: the follower edge in
//! each followee's cell, comments on other people's videos, the counts its likes
//! raised, notifications it caused, other people's `follow` feed events that name it.
//! [`Store::erase_account`] removes all of them, then the home cell's rows (one
//! cascading delete), the media files and the directory entry, and finally rewrites
//! every database's write-ahead log so no old page image keeps a copy. With
//! `secure_delete` on (see `sqlite.rs`) the freed space is zeroed as well.
//!
//! Crash safety: the directory entry is marked `deleting` first and removed last, and
//! every step can run again. Counter changes that depend on the home cell's rows (likes
//! and comment likes the account gave) are recorded per cell in `erasure_marks`, in
//! the same transaction as the change, so a rerun after a crash never takes a like off
//! twice; the marks go when the erasure is complete. `Store::reconcile` runs the
//! same procedure for an entry a crash left `deleting`.

use spool_core::{AccountId, CommentId, RegionCode, SoundId, UploadId, VideoId};
use sqlx::Row;
use uuid::Uuid;

use crate::cell::Cell;
use crate::{Result, Store, StoreError};

/// What the account did that raised counters in other cells: read from its home cell
/// before that is deleted.
#[derive(Debug, Clone, Default)]
pub struct AccountActivity {
    /// Videos it liked, with their regions.
    pub likes: Vec<(VideoId, RegionCode)>,
    /// Comments it liked, with their regions.
    pub comment_likes: Vec<(CommentId, RegionCode)>,
}

/// What an erasure removed that the caller may hold elsewhere (search index, feed,
/// media cache). The files themselves are already gone.
#[derive(Debug, Clone, Default)]
pub struct Erased {
    pub videos: Vec<VideoId>,
    pub sounds: Vec<SoundId>,
    pub uploads: Vec<UploadId>,
}

fn parse_pairs(rows: &[sqlx::sqlite::SqliteRow]) -> Result<Vec<(Uuid, RegionCode)>> {
    rows.iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            let region: String = r.try_get("region")?;
            Ok((
                Uuid::parse_str(&id).map_err(|e| StoreError::Corrupt(format!("id {id:?}: {e}")))?,
                RegionCode::parse(&region).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            ))
        })
        .collect()
}

impl Cell {
    /// The likes and comment likes the account (of this, its home cell) gave.
    pub async fn account_activity(&self, account: AccountId) -> Result<AccountActivity> {
        let key = account.0.to_string();
        let likes = sqlx::query(
            "SELECT video_id AS id, video_region AS region FROM likes WHERE account_id = ?",
        )
        .bind(&key)
        .fetch_all(&self.db.write)
        .await?;
        let comment_likes = sqlx::query(
            "SELECT comment_id AS id, comment_region AS region FROM comment_likes WHERE account_id = ?",
        )
        .bind(&key)
        .fetch_all(&self.db.write)
        .await?;
        Ok(AccountActivity {
            likes: parse_pairs(&likes)?
                .into_iter()
                .map(|(id, r)| (VideoId(id), r))
                .collect(),
            comment_likes: parse_pairs(&comment_likes)?
                .into_iter()
                .map(|(id, r)| (CommentId(id), r))
                .collect(),
        })
    }

    /// Removes every trace of `account` from this cell except its own account row (and
    /// what cascades from it), in one transaction, keeping public counters right:
    /// follow edges from and to it, blocks and mutes aimed at it, comments it wrote
    /// (with the replies under them), notifications it caused, other viewers' feed
    /// events that name it, the counts its likes and comment likes raised here, and
    /// staff roles and access grants about it. Idempotent.
    pub async fn erase_traces(&self, account: AccountId, activity: &AccountActivity) -> Result<()> {
        let key = account.0.to_string();
        let mut tx = self.db.write.begin().await?;

        // Likes it gave to this cell's videos and comments: each taken off once.
        let likes = activity
            .likes
            .iter()
            .filter(|(_, r)| r == self.region())
            .map(|(v, _)| (format!("like:{v}"), v.to_string(), false));
        let comment_likes = activity
            .comment_likes
            .iter()
            .filter(|(_, r)| r == self.region())
            .map(|(c, _)| (format!("comment_like:{c}"), c.to_string(), true));
        for (mark, id, is_comment) in likes.chain(comment_likes) {
            let fresh =
                sqlx::query("INSERT OR IGNORE INTO erasure_marks (account_id, item) VALUES (?, ?)")
                    .bind(&key)
                    .bind(&mark)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    == 1;
            if !fresh {
                continue;
            }
            if is_comment {
                sqlx::query("UPDATE comments SET like_count = MAX(0, like_count - 1) WHERE id = ?")
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
            } else {
                sqlx::query("UPDATE videos SET like_count = MAX(0, like_count - 1) WHERE id = ?")
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "UPDATE accounts SET like_count = MAX(0, like_count - 1)
                     WHERE id = (SELECT account_id FROM videos WHERE id = ?)",
                )
                .bind(&id)
                .execute(&mut *tx)
                .await?;
            }
        }

        // Comments it wrote, and the replies under them (they go with their parent).
        sqlx::query(
            "UPDATE videos SET comment_count = MAX(0, comment_count - (
                 SELECT COUNT(*) FROM comments c WHERE c.video_id = videos.id
                   AND (c.author_id = ? OR c.parent_id IN (SELECT id FROM comments WHERE author_id = ?))))
             WHERE id IN (SELECT video_id FROM comments WHERE author_id = ?)",
        )
        .bind(&key)
        .bind(&key)
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM comments WHERE author_id = ?")
            .bind(&key)
            .execute(&mut *tx)
            .await?;

        // Follow edges: it as a follower of this cell's accounts, and this cell's
        // accounts following it.
        sqlx::query(
            "UPDATE accounts SET follower_count = MAX(0, follower_count - 1)
             WHERE id IN (SELECT account_id FROM followers WHERE follower_id = ? AND state = 'active')",
        )
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE accounts SET following_count = MAX(0, following_count - 1)
             WHERE id IN (SELECT account_id FROM following WHERE target_id = ? AND state = 'active')",
        )
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        for sql in [
            "DELETE FROM followers WHERE follower_id = ?",
            "DELETE FROM following WHERE target_id = ?",
            "DELETE FROM blocks WHERE target_id = ?",
            "DELETE FROM mutes WHERE target_id = ?",
            "DELETE FROM notifications WHERE actor_id = ?",
            // Other viewers' `follow` events name the followed account.
            "DELETE FROM feed_events WHERE video_id = ?",
            // Staff tables (0005_staff.sql): grants to read its data, its own roles.
            "DELETE FROM access_grants WHERE subject_id = ?",
            "DELETE FROM staff_roles WHERE account_id = ?",
        ] {
            sqlx::query(sql).bind(&key).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Removes the files of the account's videos, sounds and uploads in this cell, and
    /// the finished or waiting jobs of its videos. Idempotent.
    async fn erase_media(
        &self,
        videos: &[VideoId],
        sounds: &[SoundId],
        uploads: &[UploadId],
    ) -> Result<()> {
        for id in videos {
            remove(&self.video_dir(*id), true).await?;
            sqlx::query("DELETE FROM jobs WHERE subject = ? AND state <> 'running'")
                .bind(id.to_string())
                .execute(&self.db.write)
                .await?;
        }
        for id in sounds {
            remove(&self.sound_path(*id), false).await?;
        }
        for id in uploads {
            remove(&self.upload_path(*id), false).await?;
        }
        Ok(())
    }

    async fn clear_erasure_marks(&self, account: AccountId) -> Result<()> {
        sqlx::query("DELETE FROM erasure_marks WHERE account_id = ?")
            .bind(account.0.to_string())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    /// Truncates the write-ahead log (see [`crate::sqlite::Db::checkpoint_truncate`]).
    pub async fn checkpoint(&self) -> Result<()> {
        self.db.checkpoint_truncate().await
    }
}

async fn remove(path: &std::path::Path, dir: bool) -> Result<()> {
    let done = if dir {
        tokio::fs::remove_dir_all(path).await
    } else {
        tokio::fs::remove_file(path).await
    };
    match done {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::Io {
            path: path.to_owned(),
            source: e,
        }),
        _ => Ok(()),
    }
}

impl Store {
    /// Erases an account whose home is `home` from every cell, the media folders and
    /// the directory (see the module doc for the order and why it is crash safe).
    /// Idempotent: running it again, or on an account already gone, finishes the job.
    pub async fn erase_account(&self, account: AccountId, home: &RegionCode) -> Result<Erased> {
        let directory = self.directory();
        // `deleting` first: from here on a crash is finished at the next start.
        match directory.mark_deleting(account).await {
            Ok(()) | Err(StoreError::NotFound) => {}
            Err(e) => return Err(e),
        }
        let home_cell = self
            .cell(home)
            .ok_or_else(|| StoreError::UnknownRegion(home.to_string()))?;
        let activity = home_cell.account_activity(account).await?;
        let (videos, uploads, sounds) = home_cell.account_media(account).await?;
        for cell in self.cells.values() {
            cell.erase_traces(account, &activity).await?;
        }
        home_cell.erase_media(&videos, &sounds, &uploads).await?;
        // The objects the directory locates for it (videos, sounds).
        sqlx::query("DELETE FROM objects WHERE account_id = ?")
            .bind(account.0.to_string())
            .execute(&directory.db.write)
            .await?;
        // Its own rows: profile, personal fields, sessions, login records, uploads,
        // videos (with their comments and hashtags), sounds, follows, blocks, mutes,
        // likes, notifications, feed events — one cascading delete.
        home_cell.delete_account(account).await?;
        for cell in self.cells.values() {
            cell.clear_erasure_marks(account).await?;
            cell.checkpoint().await?;
        }
        directory.remove(account).await?;
        directory.db.checkpoint_truncate().await?;
        Ok(Erased {
            videos,
            sounds,
            uploads,
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use spool_core::{BirthDate, DisplayName, Email, Handle};

    use super::*;
    use crate::{FollowState, NewAccount, VideoCounter};

    fn region(s: &str) -> RegionCode {
        RegionCode::parse(s).unwrap()
    }

    async fn account(store: &Store, handle: &str, r: &str) -> AccountId {
        let id = AccountId::new();
        let handle = Handle::parse(handle).unwrap();
        store
            .directory()
            .reserve(&handle, id, &region(r))
            .await
            .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        store
            .cell(&region(r))
            .unwrap()
            .create_account(&NewAccount {
                id,
                handle,
                display_name: DisplayName::parse("").unwrap(),
                email: Some(Email::parse("someone@example.org").unwrap()),
                birth_date: BirthDate::parse("1990-05-05", today).unwrap(),
                password_hash: "hash".into(),
                is_private: false,
            })
            .await
            .unwrap();
        store.directory().activate(id).await.unwrap();
        id
    }

    async fn count(cell: &Cell, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(&cell.db.read)
            .await
            .unwrap()
    }

    /// A crash after some cells were cleaned: the rerun (at the next start) finishes
    /// the job and takes each like off once only.
    #[tokio::test]
    async fn an_interrupted_erasure_is_finished_once_by_a_rerun() {
        let dir = tempfile::tempdir().unwrap();
        let regions = [region("eu"), region("us")];
        let store = Store::open_embedded(dir.path(), &regions).await.unwrap();
        let (eu, us) = (
            store.cell(&regions[0]).unwrap(),
            store.cell(&regions[1]).unwrap(),
        );
        let gone = account(&store, "gone", "eu").await;
        let creator = account(&store, "creator", "us").await;
        let fan = account(&store, "fan", "us").await;
        let video = VideoId(Uuid::new_v4());
        sqlx::query(
            "INSERT INTO videos (id, account_id, upload_id, caption, visibility, allow_comments, allow_duet,
                allow_stitch, state, created_at) VALUES (?, ?, ?, 'v', 'public', 1, 1, 1, 'ready', 0)",
        )
        .bind(video.to_string())
        .bind(creator.0.to_string())
        .bind(Uuid::new_v4().to_string())
        .execute(&us.db.write)
        .await
        .unwrap();
        // Two likes (so a double decrement would show), one of them by `gone`.
        for (cell, who) in [(eu, gone), (us, fan)] {
            cell.add_like(who, video, &regions[1]).await.unwrap();
            us.bump_video(video, VideoCounter::Likes, 1).await.unwrap();
        }
        // `gone` follows `creator`; `fan` follows `gone`.
        us.set_follower(creator, gone, &regions[0], Some(FollowState::Active))
            .await
            .unwrap();
        eu.activate_following(gone, creator, &regions[1])
            .await
            .unwrap();
        eu.set_follower(gone, fan, &regions[1], Some(FollowState::Active))
            .await
            .unwrap();
        us.activate_following(fan, gone, &regions[0]).await.unwrap();

        // The crash: us was cleaned, then the process died.
        store.directory().mark_deleting(gone).await.unwrap();
        let activity = eu.account_activity(gone).await.unwrap();
        us.erase_traces(gone, &activity).await.unwrap();
        drop(store);

        let store = Store::open_embedded(dir.path(), &regions).await.unwrap();
        let (eu, us) = (
            store.cell(&regions[0]).unwrap(),
            store.cell(&regions[1]).unwrap(),
        );
        assert_eq!(us.video_counts(video).await.unwrap().0, 1, "one like left");
        let creator_rec = us.account(creator).await.unwrap().unwrap();
        assert_eq!((creator_rec.like_count, creator_rec.follower_count), (1, 0));
        assert_eq!(us.account(fan).await.unwrap().unwrap().following_count, 0);
        assert!(eu.account(gone).await.unwrap().is_none());
        assert!(store.directory().lookup_id(gone).await.unwrap().is_none());
        for cell in [eu, us] {
            assert_eq!(count(cell, "SELECT COUNT(*) FROM erasure_marks").await, 0);
            let edges = format!(
                "SELECT (SELECT COUNT(*) FROM followers WHERE follower_id = '{0}')
                      + (SELECT COUNT(*) FROM following WHERE target_id = '{0}')",
                gone.0
            );
            assert_eq!(count(cell, &edges).await, 0);
        }
        // Running it once more changes nothing.
        store.erase_account(gone, &regions[0]).await.unwrap();
        assert_eq!(us.video_counts(video).await.unwrap().0, 1);
    }
}
