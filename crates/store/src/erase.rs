//! Erasing an account for real (GDPR art. 17).
//!
//! An account leaves traces in every cell, not only in its home: the follower edge in
//! each followee's cell, comments on other people's videos, the counts its likes
//! raised, notifications it caused, other people's `follow` feed events that name it,
//! other people's likes of its videos and comments. Which rows those are is declared in
//! `tables.rs` (every column naming an account, a video or a comment, and whether
//! erasure deletes or keeps it); [`Store::erase_account`] derives its deletes from that
//! declaration, then removes the home cell's rows (also as declared), the media files
//! and the directory entry, and finally rewrites every database's write-ahead log so no
//! old page image keeps a copy. With `secure_delete` on (see `db.rs`) the freed
//! space is zeroed as well.
//!
//! Crash safety: the directory entry is marked `deleting` first and removed last, and
//! every step can run again. The likes the account gave are taken back in its home cell
//! in one transaction that also sends the `-1`s through the outbox (`outbox.rs`), so each
//! count drops exactly once however often the erasure is rerun. Comments are collected
//! from every cell before any is deleted, and the likes of them go in every cell before
//! the comments themselves, so a rerun still finds what it has to clean.
//! `Store::reconcile` runs the same procedure for an entry a crash left `deleting`.

use spool_core::{AccountId, CommentId, RegionCode, SoundId, UploadId, VideoId};
use uuid::Uuid;

use crate::cell::Cell;
use crate::outbox::{send, Message};
use crate::tables::{home_condition, ref_condition, OnErase, Target, CELL_TABLES};
use crate::{Result, Store, StoreError};

/// What an erasure removed that the caller may hold elsewhere (search index, feed,
/// media cache). The files themselves are already gone.
#[derive(Debug, Clone, Default)]
pub struct Erased {
    pub videos: Vec<VideoId>,
    pub sounds: Vec<SoundId>,
    pub uploads: Vec<UploadId>,
}

fn ids_json<T: ToString>(ids: &[T]) -> String {
    serde_json::Value::from(ids.iter().map(ToString::to_string).collect::<Vec<_>>()).to_string()
}

fn parse_ids(raw: Vec<String>) -> Vec<Uuid> {
    raw.iter().filter_map(|s| Uuid::parse_str(s).ok()).collect()
}

impl Cell {
    /// Takes back every like and comment like `account` (of this, its home cell) gave,
    /// in one transaction that also sends each count its `-1`. Returns whether messages
    /// wait for the relay. Idempotent: a rerun finds nothing left to take back.
    async fn take_back_likes(&self, account: AccountId) -> Result<bool> {
        let key = account.0.to_string();
        let mut tx = self.db.begin_write().await?;
        let likes: Vec<(String, String)> = sqlx::query_as(
            "DELETE FROM likes WHERE account_id = $1 RETURNING video_id, video_region",
        )
        .bind(&key)
        .fetch_all(&mut *tx)
        .await?;
        let comment_likes: Vec<(String, String)> = sqlx::query_as(
            "DELETE FROM comment_likes WHERE account_id = $1 RETURNING comment_id, comment_region",
        )
        .bind(&key)
        .fetch_all(&mut *tx)
        .await?;
        let mut queued = false;
        let region = |r: &str| RegionCode::parse(r).map_err(|e| StoreError::Corrupt(e.to_string()));
        for (video, r) in likes {
            let Ok(video) = Uuid::parse_str(&video) else {
                continue;
            };
            let msg = Message::VideoLikes {
                liker: account,
                video: VideoId(video),
                delta: -1,
            };
            queued |= send(&mut tx, self.region(), account, &region(&r)?, &msg).await?;
        }
        for (comment, r) in comment_likes {
            let Ok(comment) = Uuid::parse_str(&comment) else {
                continue;
            };
            let r = region(&r)?;
            // The comment's video: in the comment's cell, read to find it again if it moved.
            let video: Option<String> = match self.region() == &r {
                true => {
                    sqlx::query_scalar("SELECT video_id FROM comments WHERE id = $1")
                        .bind(comment.to_string())
                        .fetch_optional(&mut *tx)
                        .await?
                }
                false => None,
            };
            let msg = Message::CommentLikes {
                liker: account,
                comment: CommentId(comment),
                video: VideoId(
                    video
                        .and_then(|v| Uuid::parse_str(&v).ok())
                        .unwrap_or_default(),
                ),
                delta: -1,
            };
            queued |= send(&mut tx, self.region(), account, &r, &msg).await?;
        }
        tx.commit().await?;
        Ok(queued)
    }

    /// Ids of the comments in this cell that `account` wrote, with the replies under
    /// them, and (in its home cell) every comment on its videos.
    async fn erased_comments(
        &self,
        account: AccountId,
        videos: &[VideoId],
    ) -> Result<Vec<CommentId>> {
        let ids: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT id FROM comments WHERE author_id = $1
                OR parent_id IN (SELECT id FROM comments WHERE author_id = $1)
                OR video_id IN ({})",
            self.db.json_values("$2")
        ))
        .bind(account.0.to_string())
        .bind(ids_json(videos))
        .fetch_all(&self.db.write)
        .await?;
        Ok(parse_ids(ids).into_iter().map(CommentId).collect())
    }

    /// Deletes, in one transaction, every row of this cell that names `account`, one of
    /// its `videos` or one of the `comments` and that `tables.rs` says erasure deletes
    /// (follow edges, blocks, mutes, likes and comment likes of its content,
    /// notifications, feed events, staff roles, access grants). Its home rows and the
    /// comments it wrote are left to the later steps. Idempotent.
    async fn erase_references(
        &self,
        account: AccountId,
        videos: &[VideoId],
        comments: &[CommentId],
    ) -> Result<()> {
        let key = account.0.to_string();
        let (videos, comments) = (ids_json(videos), ids_json(comments));
        let mut tx = self.db.begin_write().await?;
        // The follow counts of this cell's accounts lose their edges with it (in the
        // transaction that deletes those edges, below).
        sqlx::query(
            "UPDATE accounts SET follower_count = CASE WHEN follower_count - 1 > 0 THEN follower_count - 1 ELSE 0 END
             WHERE id IN (SELECT account_id FROM followers WHERE follower_id = $1 AND state = 'active')",
        )
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE accounts SET following_count = CASE WHEN following_count - 1 > 0 THEN following_count - 1 ELSE 0 END
             WHERE id IN (SELECT account_id FROM following WHERE target_id = $1 AND state = 'active')",
        )
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        for table in CELL_TABLES {
            for rf in table.refs {
                if rf.on_erase != OnErase::Delete {
                    continue;
                }
                let value = match rf.target {
                    Target::Account => &key,
                    Target::Video => &videos,
                    Target::Comment => &comments,
                };
                // Names from the declaration, never input.
                let sql = format!(
                    "DELETE FROM {} WHERE {}",
                    table.name,
                    ref_condition(rf, 1, self.db.backend)
                );
                sqlx::query(&sql).bind(value).execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Deletes the comments `account` wrote in this cell and the replies under them,
    /// uncounting them from their videos, in one transaction. Idempotent.
    async fn erase_comments(&self, account: AccountId) -> Result<()> {
        let key = account.0.to_string();
        let mut tx = self.db.begin_write().await?;
        sqlx::query(
            "UPDATE videos SET comment_count = comment_count - (
                 SELECT COUNT(*) FROM comments c WHERE c.video_id = videos.id
                   AND (c.author_id = $1 OR c.parent_id IN (SELECT id FROM comments WHERE author_id = $1)))
             WHERE id IN (SELECT video_id FROM comments WHERE author_id = $1)",
        )
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE videos SET comment_count = 0 WHERE comment_count < 0
               AND id IN (SELECT video_id FROM comments WHERE author_id = $1)",
        )
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM comments WHERE author_id = $1")
            .bind(&key)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes the account's home rows of every table (as `tables.rs` declares them),
    /// children first, in one transaction. Idempotent.
    pub(crate) async fn delete_home_rows(&self, account: AccountId) -> Result<()> {
        let mut tx = self.db.begin_write().await?;
        delete_home_rows_in(&mut tx, account).await?;
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
            sqlx::query("DELETE FROM jobs WHERE subject = $1 AND state <> 'running'")
                .bind(id.to_string())
                .execute(&self.db.write)
                .await?;
            // Its federation deliveries (Create, Update, Delete to each inbox) and the
            // captions they carried.
            for kind in ["create", "update", "delete"] {
                sqlx::query(
                    "DELETE FROM jobs WHERE kind = 'deliver' AND subject LIKE $1 AND state <> 'running'",
                )
                .bind(format!("{kind}:{id}:%"))
                .execute(&self.db.write)
                .await?;
            }
        }
        for id in sounds {
            remove(&self.sound_path(*id), false).await?;
        }
        for id in uploads {
            remove(&self.upload_path(*id), false).await?;
        }
        Ok(())
    }

    /// Leaves no copy of erased rows in the database's files (see
    /// [`crate::db::Db::purge_erased`]).
    pub async fn purge_erased(&self) -> Result<()> {
        let tables: Vec<&str> = CELL_TABLES.iter().map(|t| t.name).collect();
        self.db.purge_erased(&tables).await
    }
}

/// Deletes `account`'s home rows (`tables.rs`) from the cell database on `conn`,
/// children first.
pub(crate) async fn delete_home_rows_in(
    conn: &mut sqlx::AnyConnection,
    account: AccountId,
) -> Result<()> {
    let key = account.0.to_string();
    for table in CELL_TABLES.iter().rev() {
        let Some(cond) = home_condition(table) else {
            continue;
        };
        // Names from the declaration, never input.
        let sql = format!("DELETE FROM {} WHERE {cond}", table.name);
        sqlx::query(&sql).bind(&key).execute(&mut *conn).await?;
    }
    Ok(())
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
        // `deleting` first: from here on a crash is finished at the next start, and
        // nobody finds the account any more.
        match directory.mark_deleting(account).await {
            Ok(()) | Err(StoreError::NotFound) => {}
            Err(e) => return Err(e),
        }
        let home_cell = self
            .cell(home)
            .ok_or_else(|| StoreError::UnknownRegion(home.to_string()))?;
        // Whatever is on its way (its own likes' counts, follows to or from it) lands
        // first, so nothing arrives after its traces are gone.
        self.relay_all().await?;
        if home_cell.take_back_likes(account).await? {
            self.relay_after(home).await;
        }
        let (videos, uploads, sounds) = home_cell.account_media(account).await?;
        let mut comments = Vec::new();
        for cell in self.cells.values() {
            comments.extend(cell.erased_comments(account, &videos).await?);
        }
        for cell in self.cells.values() {
            cell.erase_references(account, &videos, &comments).await?;
        }
        for cell in self.cells.values() {
            cell.erase_comments(account).await?;
        }
        if home_cell.outbox_len(Some(account)).await? > 0 {
            self.relay_all().await?;
            if home_cell.outbox_len(Some(account)).await? > 0 {
                return Err(StoreError::Conflict(
                    "the erased account's last messages could not be delivered yet".into(),
                ));
            }
        }
        home_cell.erase_media(&videos, &sounds, &uploads).await?;
        // The objects the directory locates for it (videos, sounds).
        sqlx::query("DELETE FROM objects WHERE account_id = $1")
            .bind(account.0.to_string())
            .execute(&directory.db.write)
            .await?;
        // Its own rows: profile, personal fields, sessions, login records, uploads,
        // videos (with their comments, hashtags and reports), sounds, follows, blocks,
        // mutes, notifications, feed events, grants — as tables.rs declares them.
        home_cell.delete_home_rows(account).await?;
        for cell in self.cells.values() {
            cell.purge_erased().await?;
        }
        directory.remove(account).await?;
        directory.purge_erased().await?;
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
    use crate::NewAccount;

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
    /// the job, takes each like off once only, and leaves no like of its video behind.
    #[tokio::test]
    async fn an_interrupted_erasure_is_finished_once_by_a_rerun() {
        let dir = tempfile::tempdir().unwrap();
        let regions = [region("eu"), region("us")];
        let store = Store::open_embedded(dir.path(), &regions).await.unwrap();
        let gone = account(&store, "gone", "eu").await;
        let creator = account(&store, "creator", "us").await;
        let fan = account(&store, "fan", "us").await;
        let video = VideoId(Uuid::new_v4());
        let gones_video = VideoId(Uuid::new_v4());
        for (cell, v, owner) in [
            (&regions[1], video, creator),
            (&regions[0], gones_video, gone),
        ] {
            sqlx::query(
                "INSERT INTO videos (id, account_id, upload_id, caption, visibility, allow_comments, allow_duet,
                    allow_stitch, state, created_at) VALUES ($1, $2, $3, 'v', 'public', 1, 1, 1, 'ready', 0)",
            )
            .bind(v.to_string())
            .bind(owner.0.to_string())
            .bind(Uuid::new_v4().to_string())
            .execute(&store.cell(cell).unwrap().db.write)
            .await
            .unwrap();
            store
                .directory()
                .register_object(crate::ObjectKind::Video, v.0, cell, owner)
                .await
                .unwrap();
        }
        // Two likes (so a double decrement would show), one of them by `gone`; `fan`
        // likes `gone`'s video.
        store
            .like_video(gone, &regions[0], video, &regions[1])
            .await
            .unwrap();
        store
            .like_video(fan, &regions[1], video, &regions[1])
            .await
            .unwrap();
        store
            .like_video(fan, &regions[1], gones_video, &regions[0])
            .await
            .unwrap();
        // `gone` follows `creator`; `fan` follows `gone`.
        store
            .follow(gone, &regions[0], creator, &regions[1])
            .await
            .unwrap();
        store
            .follow(fan, &regions[1], gone, &regions[0])
            .await
            .unwrap();
        let us = store.cell(&regions[1]).unwrap();
        assert_eq!(us.video_counts(video).await.unwrap().0, 2);
        assert_eq!(
            us.account(creator).await.unwrap().unwrap().follower_count,
            1
        );

        // The crash: `gone`'s likes were taken back (the -1 still in the outbox) and us
        // was cleaned, then the process died.
        store.directory().mark_deleting(gone).await.unwrap();
        let eu = store.cell(&regions[0]).unwrap();
        eu.take_back_likes(gone).await.unwrap();
        us.erase_references(gone, &[gones_video], &[])
            .await
            .unwrap();
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
        assert!(
            !us.likes_video(fan, gones_video).await.unwrap(),
            "the like of its video went"
        );
        assert!(eu.account(gone).await.unwrap().is_none());
        assert!(store.directory().lookup_id(gone).await.unwrap().is_none());
        for cell in [eu, us] {
            assert_eq!(cell.outbox_len(None).await.unwrap(), 0);
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

    /// Every file under `dir` that contains `needle`.
    fn files_containing(dir: &std::path::Path, needle: &[u8]) -> Vec<String> {
        let mut found = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in entries.flatten() {
                let path = e.path();
                let Ok(meta) = std::fs::symlink_metadata(&path) else {
                    continue;
                };
                if meta.is_dir() {
                    stack.push(path);
                } else if meta.is_file() {
                    if let Ok(bytes) = std::fs::read(&path) {
                        if memchr::memmem::find(&bytes, needle).is_some() {
                            found.push(path.display().to_string());
                        }
                    }
                }
            }
        }
        found
    }

    /// On PostgreSQL an erased account leaves none of its bytes in the server's data
    /// directory: not in the tables' files (VACUUM FULL rewrote them), not in the WAL
    /// (checkpoints retired the segments that held it; the server runs with
    /// `wal_recycle = off`). Its personal fields were never there in clear (sealed with
    /// its data key, which went with it). The same scan finds the account before the
    /// erasure, so it can tell. An older snapshot held by another session, or a
    /// transaction id held in another database, while the erasure starts only delays
    /// the vacuum.
    #[tokio::test]
    async fn on_postgres_an_erased_account_leaves_no_bytes_in_the_data_directory() {
        let data = std::path::PathBuf::from(std::env::var("SPOOL_TEST_PG_DATA").unwrap_or_else(|_| {
            panic!("SPOOL_TEST_PG_DATA is not set: the data directory of the server SPOOL_TEST_PG_URL names")
        }));
        let dir = tempfile::tempdir().unwrap();
        let regions = [region("eu"), region("us")];
        let engine = crate::db::test_pg::engine(&regions).await;
        let store = Store::open(dir.path(), &regions, &engine).await.unwrap();
        let mark = Uuid::new_v4().simple().to_string()[..12].to_string();
        let handle = format!("g{mark}");
        let gone = account(&store, &handle, "eu").await;
        let eu = store.cell(&regions[0]).unwrap();
        let bio = format!("biography {mark} of someone leaving");
        eu.update_profile(
            gone,
            &crate::ProfileUpdate {
                bio: Some(spool_core::Bio::parse(&bio).unwrap()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let caption = format!("caption {mark} of a clip");
        sqlx::query(
            "INSERT INTO videos (id, account_id, upload_id, caption, visibility, allow_comments, allow_duet,
                allow_stitch, state, created_at) VALUES ($1, $2, $3, $4, 'public', 1, 1, 1, 'ready', 0)",
        )
        .bind(Uuid::new_v4().to_string())
        .bind(gone.0.to_string())
        .bind(Uuid::new_v4().to_string())
        .bind(&caption)
        .execute(&eu.db.write)
        .await
        .unwrap();
        let checkpoint = || async {
            sqlx::query("CHECKPOINT")
                .execute(&eu.db.write)
                .await
                .unwrap();
        };
        checkpoint().await;
        for needle in [&handle, &bio, &caption] {
            assert!(
                !files_containing(&data, needle.as_bytes()).is_empty(),
                "the scan does not see {needle:?} before the erasure"
            );
        }
        // Another session took a snapshot that still sees the rows (as a report query or
        // an autovacuum ANALYZE may) and ends it a moment into the erasure.
        let mut reader = eu.db.read.acquire().await.unwrap();
        sqlx::query("BEGIN ISOLATION LEVEL REPEATABLE READ")
            .execute(&mut *reader)
            .await
            .unwrap();
        // (It reads no table, so it holds no lock that would make VACUUM FULL wait.)
        sqlx::query("SELECT 1").execute(&mut *reader).await.unwrap();
        // A writer in another database of the same server (another cell, another test's
        // CREATE DATABASE) holds a transaction id from before the deletes: every snapshot
        // taken while it runs, the vacuum's own included, still counts the rows as live.
        let us = store.cell(&regions[1]).unwrap();
        let mut writer = us.db.write.acquire().await.unwrap();
        sqlx::query("BEGIN").execute(&mut *writer).await.unwrap();
        sqlx::query("SELECT CAST(pg_current_xact_id() AS TEXT)")
            .execute(&mut *writer)
            .await
            .unwrap();
        let ends = tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            sqlx::query("COMMIT").execute(&mut *reader).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            sqlx::query("COMMIT").execute(&mut *writer).await.unwrap();
        });
        store.erase_account(gone, &regions[0]).await.unwrap();
        ends.await.unwrap();
        for needle in [&handle, &bio, &caption] {
            let left = files_containing(&data, needle.as_bytes());
            assert!(left.is_empty(), "{needle:?} is still in {left:?}");
        }
    }

    /// The interrupted-erasure case on PostgreSQL cells.
    #[tokio::test]
    async fn on_postgres_an_erasure_leaves_no_row_behind() {
        let dir = tempfile::tempdir().unwrap();
        let regions = [region("eu"), region("us")];
        let engine = crate::db::test_pg::engine(&regions).await;
        let store = Store::open(dir.path(), &regions, &engine).await.unwrap();
        let gone = account(&store, "gone", "eu").await;
        let fan = account(&store, "fan", "us").await;
        store
            .follow(fan, &regions[1], gone, &regions[0])
            .await
            .unwrap();
        store.erase_account(gone, &regions[0]).await.unwrap();
        let us = store.cell(&regions[1]).unwrap();
        assert_eq!(count(us, "SELECT COUNT(*) FROM following").await, 0);
        assert_eq!(us.account(fan).await.unwrap().unwrap().following_count, 0);
        assert!(store.directory().lookup_id(gone).await.unwrap().is_none());
    }
}
