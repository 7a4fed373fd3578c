//! Moving an account to another home region: every row of its personal data and its
//! content goes from the old cell into the new one, its media folders follow, the data
//! key is re-wrapped with the new region's key, the directory and the other cells'
//! references switch to the new region, and the old cell is purged (secure_delete and a
//! WAL checkpoint, so no copy stays there).

use spool_core::{AccountId, RegionCode, SoundId, VideoId};

use crate::{Result, Store, StoreError};

/// What moved, for the caller's caches and indexes.
#[derive(Debug, Default)]
pub struct Moved {
    pub videos: Vec<VideoId>,
    pub sounds: Vec<SoundId>,
}

/// The account's rows in its home cell: (table, condition on `?1` = account id).
const TABLES: &[(&str, &str)] = &[
    ("accounts", "id = ?1"),
    ("account_personal", "account_id = ?1"),
    ("account_keys", "account_id = ?1"),
    ("sessions", "account_id = ?1"),
    ("login_records", "account_id = ?1"),
    ("uploads", "account_id = ?1"),
    ("videos", "account_id = ?1"),
    ("sounds", "account_id = ?1"),
    (
        "video_hashtags",
        "video_id IN (SELECT id FROM src.videos WHERE account_id = ?1)",
    ),
    (
        "comments",
        "video_id IN (SELECT id FROM src.videos WHERE account_id = ?1)",
    ),
    (
        "jobs",
        "subject IN (SELECT id FROM src.videos WHERE account_id = ?1)",
    ),
    ("likes", "account_id = ?1"),
    ("comment_likes", "account_id = ?1"),
    ("following", "account_id = ?1"),
    ("followers", "account_id = ?1"),
    ("blocks", "account_id = ?1"),
    ("mutes", "account_id = ?1"),
    ("notifications", "account_id = ?1"),
    ("feed_events", "account_id = ?1"),
    ("access_grants", "subject_id = ?1"),
];

impl Store {
    pub async fn move_account(
        &self,
        id: AccountId,
        from: &RegionCode,
        to: &RegionCode,
    ) -> Result<Moved> {
        let src = self.cell(from).ok_or(StoreError::NotFound)?;
        let dst = self.cell(to).ok_or(StoreError::NotFound)?;
        if from == to {
            return Ok(Moved::default());
        }
        let key = id.0.to_string();
        let (videos, uploads, sounds) = src.account_media(id).await?;

        // 1. Copy every row into the new cell in one transaction of its database.
        let wrapped: Vec<u8> =
            sqlx::query_scalar("SELECT wrapped FROM account_keys WHERE account_id = ?")
                .bind(&key)
                .fetch_one(&src.db.write)
                .await?;
        let data_key_wrapped = src.region_key().rewrap(id, &wrapped, dst.region_key())?;
        let mut conn = dst.db.write.acquire().await?;
        sqlx::query("ATTACH DATABASE ? AS src")
            .bind(src.db_path().to_string_lossy().into_owned())
            .execute(&mut *conn)
            .await?;
        let copied: Result<()> = async {
            sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
            for (table, cond) in TABLES {
                // Integer row ids are the new cell's to give.
                let cols: Vec<(String, i64, String)> =
                    sqlx::query_as("SELECT name, pk, type FROM pragma_table_info(?)")
                        .bind(table)
                        .fetch_all(&mut *conn)
                        .await?;
                let names: Vec<String> = cols
                    .iter()
                    .filter(|(_, pk, ty)| !(*pk == 1 && ty.eq_ignore_ascii_case("INTEGER")))
                    .map(|(n, _, _)| format!("\"{n}\""))
                    .collect();
                let list = names.join(", ");
                // `table`, `cond` and the column names are fixed above or read from the
                // schema, never request input.
                let sql = format!("INSERT OR IGNORE INTO main.{table} ({list}) SELECT {list} FROM src.{table} WHERE {cond}");
                sqlx::query(&sql).bind(&key).execute(&mut *conn).await?;
            }
            sqlx::query("UPDATE main.account_keys SET wrapped = ? WHERE account_id = ?")
                .bind(&data_key_wrapped)
                .bind(&key)
                .execute(&mut *conn)
                .await?;
            sqlx::query("COMMIT").execute(&mut *conn).await?;
            Ok(())
        }
        .await;
        if copied.is_err() {
            let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
        }
        let _ = sqlx::query("DETACH DATABASE src").execute(&mut *conn).await;
        drop(conn);
        copied?;

        // 2. Media folders follow.
        for v in &videos {
            move_path(&src.video_dir(*v), &dst.video_dir(*v)).await?;
        }
        for s in &sounds {
            move_path(&src.sound_path(*s), &dst.sound_path(*s)).await?;
        }
        for u in &uploads {
            move_path(&src.upload_path(*u), &dst.upload_path(*u)).await?;
        }

        // 3. The directory and the other cells' references switch to the new region.
        let dir = &self.directory;
        sqlx::query("UPDATE handles SET region = ? WHERE account_id = ?")
            .bind(to.as_str())
            .bind(&key)
            .execute(&dir.db.write)
            .await?;
        sqlx::query("UPDATE objects SET region = ? WHERE account_id = ?")
            .bind(to.as_str())
            .bind(&key)
            .execute(&dir.db.write)
            .await?;
        let video_list = videos
            .iter()
            .map(|v| format!("'{v}'"))
            .collect::<Vec<_>>()
            .join(",");
        for cell in self.cells.values() {
            let db = &cell.db.write;
            for sql in [
                "UPDATE following SET target_region = ?1 WHERE target_id = ?2",
                "UPDATE followers SET follower_region = ?1 WHERE follower_id = ?2",
                "UPDATE blocks SET target_region = ?1 WHERE target_id = ?2",
                "UPDATE mutes SET target_region = ?1 WHERE target_id = ?2",
                "UPDATE comments SET author_region = ?1 WHERE author_id = ?2",
                "UPDATE staff_roles SET account_region = ?1 WHERE account_id = ?2",
            ] {
                sqlx::query(sql)
                    .bind(to.as_str())
                    .bind(&key)
                    .execute(db)
                    .await?;
            }
            if !video_list.is_empty() {
                // Video ids are UUIDs read from the store, never request input.
                for sql in [
                    format!("UPDATE likes SET video_region = ?1 WHERE video_id IN ({video_list})"),
                    format!("UPDATE videos SET remix_region = ?1 WHERE remix_of IN ({video_list})"),
                    format!("UPDATE comment_likes SET comment_region = ?1 WHERE comment_id IN (SELECT id FROM comments WHERE video_id IN ({video_list}))"),
                ] {
                    sqlx::query(&sql).bind(to.as_str()).execute(db).await?;
                }
            }
        }
        // Comment likes on comments that now live in the new cell.
        let moved_comments: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT id FROM comments WHERE video_id IN ({})",
            if video_list.is_empty() {
                "''".to_owned()
            } else {
                video_list.clone()
            }
        ))
        .fetch_all(&dst.db.read)
        .await?;
        if !moved_comments.is_empty() {
            let list = moved_comments
                .iter()
                .map(|c| format!("'{c}'"))
                .collect::<Vec<_>>()
                .join(",");
            for cell in self.cells.values() {
                sqlx::query(&format!(
                    "UPDATE comment_likes SET comment_region = ? WHERE comment_id IN ({list})"
                ))
                .bind(to.as_str())
                .execute(&cell.db.write)
                .await?;
            }
        }

        // 4. Nothing stays behind in the old cell.
        sqlx::query("DELETE FROM access_grants WHERE subject_id = ?")
            .bind(&key)
            .execute(&src.db.write)
            .await?;
        if !video_list.is_empty() {
            sqlx::query(&format!("DELETE FROM jobs WHERE subject IN ({video_list})"))
                .execute(&src.db.write)
                .await?;
        }
        src.delete_account(id).await?;
        src.checkpoint().await?;
        dir.db.checkpoint_truncate().await?;
        Ok(Moved { videos, sounds })
    }
}

async fn move_path(from: &std::path::Path, to: &std::path::Path) -> Result<()> {
    let io = |e: std::io::Error| StoreError::Io {
        path: from.to_owned(),
        source: e,
    };
    if tokio::fs::metadata(from).await.is_err() {
        return Ok(());
    }
    if let Some(parent) = to.parent() {
        tokio::fs::create_dir_all(parent).await.map_err(io)?;
    }
    if tokio::fs::rename(from, to).await.is_ok() {
        return Ok(());
    }
    // Another file system: copy, then remove.
    let status = tokio::process::Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .await
        .map_err(io)?;
    if !status.success() {
        return Err(StoreError::Corrupt(format!(
            "cannot copy {}",
            from.display()
        )));
    }
    let meta = tokio::fs::metadata(from).await.map_err(io)?;
    if meta.is_dir() {
        tokio::fs::remove_dir_all(from).await.map_err(io)?;
    } else {
        tokio::fs::remove_file(from).await.map_err(io)?;
    }
    Ok(())
}
