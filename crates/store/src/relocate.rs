//! Moving an account to another home region: every row of its personal data and its
//! content goes from the old cell into the new one, its media folders follow, the data
//! key is re-wrapped with the new region's key, the directory and the other cells'
//! references switch to the new region, and the old cell is purged (secure_delete and a
//! WAL checkpoint, so no copy stays there). Which rows are the account's, and which
//! columns elsewhere name it or its videos, comes from the one declaration in
//! `tables.rs`.
//!
//! Resumable: the directory's `moves` row is written before the first step and says how
//! far the move got. `copying`: the old cell is still the home; the copy is made again,
//! replacing (never keeping) whatever an interrupted attempt left in the new cell, and
//! the media files still in the old folder follow. `switched`: the directory names the
//! new cell; the references are switched (again) and the old cell purged.
//! `Store::open_embedded` finishes any move a crash left behind, so an account is never
//! found half in one cell and half in the other, nor its media away from its rows.
//!
//! While a move runs it holds the old cell's only write connection and its outbox relay,
//! so nothing is written to the old cell between the copy and the purge (writers wait),
//! and no message about the account is delivered twice in the wrong order.

use spool_core::{AccountId, RegionCode, SoundId, UploadId, VideoId};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, Connection};
use uuid::Uuid;

use crate::cell::Cell;
use crate::db::{Backend, ColumnKind};
use crate::directory::Directory;
use crate::erase::delete_home_rows_in;
use crate::tables::{home_condition, ref_condition, OnMove, Target, CELL_TABLES, DIRECTORY_TABLES};
use crate::{fault, now_ms, Result, Store, StoreError};

/// What moved, for the caller's caches and indexes.
#[derive(Debug, Default, Clone)]
pub struct Moved {
    pub videos: Vec<VideoId>,
    pub sounds: Vec<SoundId>,
}

/// A move that a crash interrupted and that opening the store finished.
#[derive(Debug, Clone)]
pub struct RecoveredMove {
    pub account: AccountId,
    pub from: RegionCode,
    pub to: RegionCode,
    pub moved: Moved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Copying,
    Switched,
}

impl Directory {
    async fn record_move(&self, id: AccountId, from: &RegionCode, to: &RegionCode) -> Result<()> {
        let done = sqlx::query(
            "INSERT INTO moves (account_id, from_region, to_region, step, started_at)
             VALUES ($1, $2, $3, 'copying', $4) ON CONFLICT DO NOTHING",
        )
        .bind(id.0.to_string())
        .bind(from.as_str())
        .bind(to.as_str())
        .bind(now_ms())
        .execute(&self.db.write)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict(
                "a move of this account is already under way".into(),
            ));
        }
        Ok(())
    }

    async fn unfinished_moves(&self) -> Result<Vec<(AccountId, String, String, Step)>> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT account_id, from_region, to_region, step FROM moves ORDER BY started_at",
        )
        .fetch_all(&self.db.write)
        .await?;
        rows.into_iter()
            .map(|(id, from, to, step)| {
                let id = Uuid::parse_str(&id).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let step = if step == "switched" {
                    Step::Switched
                } else {
                    Step::Copying
                };
                Ok((AccountId(id), from, to, step))
            })
            .collect()
    }

    /// Every directory row of the account names the new region, and the move is
    /// `switched`, in one transaction.
    async fn switch_move(&self, id: AccountId, to: &RegionCode) -> Result<()> {
        let key = id.0.to_string();
        let mut tx = self.db.begin_write().await?;
        for table in DIRECTORY_TABLES {
            if let Some(region) = table.region {
                // Names from the declaration, never input.
                let sql = format!(
                    "UPDATE {} SET {region} = $1 WHERE {} = $2",
                    table.name, table.account
                );
                sqlx::query(&sql)
                    .bind(to.as_str())
                    .bind(&key)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        sqlx::query("UPDATE moves SET step = 'switched' WHERE account_id = $1")
            .bind(&key)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn end_move(&self, id: AccountId) -> Result<()> {
        sqlx::query("DELETE FROM moves WHERE account_id = $1")
            .bind(id.0.to_string())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }
}

fn uuids(raw: Vec<String>) -> Vec<Uuid> {
    raw.iter().filter_map(|s| Uuid::parse_str(s).ok()).collect()
}

async fn ids_of(conn: &mut AnyConnection, sql: &str, key: &str) -> Result<Vec<Uuid>> {
    let raw: Vec<String> = sqlx::query_scalar(sql).bind(key).fetch_all(conn).await?;
    Ok(uuids(raw))
}

/// The ids of the account's videos, uploads and sounds, read on `conn`.
async fn media_of(
    conn: &mut AnyConnection,
    id: AccountId,
) -> Result<(Vec<VideoId>, Vec<UploadId>, Vec<SoundId>)> {
    let key = id.0.to_string();
    let videos = ids_of(conn, "SELECT id FROM videos WHERE account_id = $1", &key).await?;
    let uploads = ids_of(conn, "SELECT id FROM uploads WHERE account_id = $1", &key).await?;
    let sounds = ids_of(conn, "SELECT id FROM sounds WHERE account_id = $1", &key).await?;
    Ok((
        videos.into_iter().map(VideoId).collect(),
        uploads.into_iter().map(UploadId).collect(),
        sounds.into_iter().map(SoundId).collect(),
    ))
}

fn ids_json<T: ToString>(ids: &[T]) -> String {
    serde_json::Value::from(ids.iter().map(ToString::to_string).collect::<Vec<_>>()).to_string()
}

/// One value of a copied row, decoded by its destination column's kind.
enum Value {
    Integer(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
    Blob(Option<Vec<u8>>),
}

/// Copies the account's home rows from `src` into `dst`, in one transaction of `dst`:
/// first whatever an earlier attempt left in `dst` goes, so the copy replaces it (a stale
/// copy never wins); then every table declared `Copy`, in the declaration's order
/// (integer row ids are the new cell's to give, the order of rows is kept); the data key
/// re-wrapped with `dst`'s region key. The rows are read from `src` on `src_conn` and
/// written value by value, so the two cells may be on different engines or servers
/// (nothing joins them but this process).
async fn copy_rows(
    src: &Cell,
    src_conn: &mut AnyConnection,
    dst: &Cell,
    id: AccountId,
    data_key_wrapped: &[u8],
) -> Result<()> {
    use sqlx::Row;
    let key = id.0.to_string();
    let mut tx = dst.db.begin_write().await?;
    dst.db.defer_foreign_keys(&mut tx).await?;
    delete_home_rows_in(&mut tx, id).await?;
    for table in CELL_TABLES {
        if table.on_move != OnMove::Copy {
            continue;
        }
        let Some(cond) = home_condition(table) else {
            continue;
        };
        let cols: Vec<_> = dst
            .db
            .columns(&mut tx, table.name)
            .await?
            .into_iter()
            .filter(|c| !c.row_id)
            .collect();
        let src_cols = src.db.columns(&mut *src_conn, table.name).await?;
        let order = match src_cols.iter().find(|c| c.row_id) {
            Some(c) => format!(" ORDER BY \"{}\"", c.name),
            None => String::new(),
        };
        let list = cols
            .iter()
            .map(|c| format!("\"{}\"", c.name))
            .collect::<Vec<_>>()
            .join(", ");
        let params = (1..=cols.len())
            .map(|n| format!("${n}"))
            .collect::<Vec<_>>()
            .join(", ");
        // Table names and conditions come from the declaration, columns from the
        // schema, never from input.
        let select = format!("SELECT {list} FROM {t} WHERE {cond}{order}", t = table.name);
        let insert = format!("INSERT INTO {t} ({list}) VALUES ({params})", t = table.name);
        let rows = sqlx::query(&select)
            .bind(&key)
            .fetch_all(&mut *src_conn)
            .await?;
        for row in rows {
            let mut values = Vec::with_capacity(cols.len());
            for (i, c) in cols.iter().enumerate() {
                values.push(match c.kind {
                    ColumnKind::Integer => Value::Integer(row.try_get(i)?),
                    ColumnKind::Real => Value::Real(row.try_get(i)?),
                    ColumnKind::Text => Value::Text(row.try_get(i)?),
                    ColumnKind::Blob => Value::Blob(row.try_get(i)?),
                });
            }
            let mut q = sqlx::query(&insert);
            for v in values {
                q = match v {
                    Value::Integer(v) => q.bind(v),
                    Value::Real(v) => q.bind(v),
                    Value::Text(v) => q.bind(v),
                    Value::Blob(v) => q.bind(v),
                };
            }
            q.execute(&mut *tx).await?;
        }
    }
    sqlx::query("UPDATE account_keys SET wrapped = $1 WHERE account_id = $2")
        .bind(data_key_wrapped)
        .bind(&key)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Points every reference to the account, its videos and their comments in one cell at
/// the new region (the columns `tables.rs` declares with a region), in the transaction
/// on `conn`. Idempotent.
async fn switch_references(
    conn: &mut AnyConnection,
    backend: Backend,
    to: &RegionCode,
    id: AccountId,
    videos: &str,
    comments: &str,
) -> Result<()> {
    let key = id.0.to_string();
    for table in CELL_TABLES {
        for rf in table.refs {
            let Some(region) = rf.region else { continue };
            let value = match rf.target {
                Target::Account => &key,
                Target::Video => videos,
                Target::Comment => comments,
            };
            // Names from the declaration, never input.
            let sql = format!(
                "UPDATE {} SET \"{region}\" = $1 WHERE {}",
                table.name,
                ref_condition(rf, 2, backend)
            );
            sqlx::query(&sql)
                .bind(to.as_str())
                .bind(value)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

impl Store {
    /// Moves the account's home from `from` to `to` (see the module doc). After a crash
    /// anywhere in here, `Store::open_embedded` finishes it.
    pub async fn move_account(
        &self,
        id: AccountId,
        from: &RegionCode,
        to: &RegionCode,
    ) -> Result<Moved> {
        if self.cell(from).is_none() || self.cell(to).is_none() {
            return Err(StoreError::NotFound);
        }
        if from == to {
            return Ok(Moved::default());
        }
        let moving = self.locks.hold("moving").await?;
        let moved = self.move_account_holding(id, from, to).await;
        moving.release().await;
        moved
    }

    async fn move_account_holding(
        &self,
        id: AccountId,
        from: &RegionCode,
        to: &RegionCode,
    ) -> Result<Moved> {
        let mut from = from.clone();
        // An earlier attempt that failed (without a crash) is finished first.
        let earlier = self.directory.unfinished_moves().await?;
        if let Some((_, f, t, step)) = earlier.into_iter().find(|m| m.0 == id) {
            let (f, t) = match (RegionCode::parse(&f), RegionCode::parse(&t)) {
                (Ok(f), Ok(t)) => (f, t),
                _ => {
                    return Err(StoreError::Corrupt(
                        "a recorded move names an invalid region".into(),
                    ))
                }
            };
            let moved = self.run_move(id, &f, &t, step, true).await?;
            if &t == to {
                return Ok(moved);
            }
            from = t;
        }
        self.directory.record_move(id, &from, to).await?;
        fault::point("move:recorded");
        self.run_move(id, &from, to, Step::Copying, true).await
    }

    /// Finishes the moves a crash interrupted (at open, before anything else runs).
    pub(crate) async fn finish_moves(&self) -> Result<Vec<RecoveredMove>> {
        let mut done = Vec::new();
        for (id, from, to, step) in self.directory.unfinished_moves().await? {
            let (Ok(from), Ok(to)) = (RegionCode::parse(&from), RegionCode::parse(&to)) else {
                tracing::error!(account = %id, "a recorded move names an invalid region; left alone");
                continue;
            };
            if self.cell(&from).is_none() || self.cell(&to).is_none() {
                tracing::warn!(account = %id, %from, %to, "a recorded move names a region not served here; left alone");
                continue;
            }
            let moved = self.run_move(id, &from, &to, step, false).await?;
            tracing::info!(account = %id, %from, %to, "finished an interrupted move");
            done.push(RecoveredMove {
                account: id,
                from,
                to,
                moved,
            });
        }
        Ok(done)
    }

    async fn run_move(
        &self,
        id: AccountId,
        from: &RegionCode,
        to: &RegionCode,
        step: Step,
        online: bool,
    ) -> Result<Moved> {
        let crash = |point: &str| {
            if online {
                fault::point(point);
            }
        };
        let src = self.cell(from).ok_or(StoreError::NotFound)?;
        let dst = self.cell(to).ok_or(StoreError::NotFound)?;
        // Nothing is delivered from, nor written to, the old cell until it is purged.
        let relay_guard = self.locks.hold(&crate::outbox::relay_lock(from)).await?;
        let mut held: PoolConnection<Any> = src.db.hold_writes().await?;

        if step == Step::Copying {
            let key = id.0.to_string();
            let wrapped: Option<Vec<u8>> =
                sqlx::query_scalar("SELECT wrapped FROM account_keys WHERE account_id = $1")
                    .bind(&key)
                    .fetch_optional(&mut *held)
                    .await?;
            let Some(wrapped) = wrapped else {
                // Nothing (left) to move: the account is not in the old cell.
                drop(held);
                relay_guard.release().await;
                self.directory.end_move(id).await?;
                return Err(StoreError::NotFound);
            };
            let data_key_wrapped = src.region_key().rewrap(id, &wrapped, dst.region_key())?;
            let (videos, uploads, sounds) = media_of(&mut held, id).await?;
            copy_rows(src, &mut held, dst, id, &data_key_wrapped).await?;
            crash("move:copied");
            for v in &videos {
                move_path(&src.video_dir(*v), &dst.video_dir(*v)).await?;
            }
            for s in &sounds {
                move_path(&src.sound_path(*s), &dst.sound_path(*s)).await?;
            }
            for u in &uploads {
                move_path(&src.upload_path(*u), &dst.upload_path(*u)).await?;
            }
            crash("move:media");
            self.directory.switch_move(id, to).await?;
            crash("move:switched");
        }

        // The new cell is the home now: switch what names the account in every cell.
        let mut dst_conn = dst.db.write.acquire().await?;
        let (videos, _, sounds) = media_of(&mut dst_conn, id).await?;
        let comments: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT id FROM comments WHERE video_id IN ({})",
            dst.db.json_values("$1")
        ))
        .bind(ids_json(&videos))
        .fetch_all(&mut *dst_conn)
        .await?;
        drop(dst_conn);
        let (videos_json, comments_json) = (ids_json(&videos), ids_json(&comments));
        for cell in self.cells.values() {
            let backend = cell.db.backend;
            if cell.region() == from {
                let mut tx = held.begin().await?;
                switch_references(&mut tx, backend, to, id, &videos_json, &comments_json).await?;
                tx.commit().await?;
            } else {
                let mut tx = cell.db.begin_write().await?;
                switch_references(&mut tx, backend, to, id, &videos_json, &comments_json).await?;
                tx.commit().await?;
            }
        }
        crash("move:referenced");

        // Nothing stays behind in the old cell.
        let mut tx = held.begin().await?;
        delete_home_rows_in(&mut tx, id).await?;
        tx.commit().await?;
        crash("move:purged");
        drop(held);
        relay_guard.release().await;
        src.purge_erased().await?;
        self.directory.end_move(id).await?;
        self.directory.purge_erased().await?;
        // Messages of the account that were waiting in the old cell now wait in the new.
        self.relay_after(to).await;
        Ok(Moved { videos, sounds })
    }
}

/// Moves a file or folder; idempotent (nothing to do when the source is gone), and a
/// partial copy from an interrupted earlier attempt is replaced.
async fn move_path(from: &std::path::Path, to: &std::path::Path) -> Result<()> {
    let io = |e: std::io::Error| StoreError::Io {
        path: from.to_owned(),
        source: e,
    };
    let Ok(meta) = tokio::fs::metadata(from).await else {
        return Ok(());
    };
    if let Some(parent) = to.parent() {
        tokio::fs::create_dir_all(parent).await.map_err(io)?;
    }
    if tokio::fs::metadata(to).await.is_ok() {
        // An interrupted copy across file systems: the source is still whole.
        if tokio::fs::metadata(to).await.map_err(io)?.is_dir() {
            tokio::fs::remove_dir_all(to).await.map_err(io)?;
        } else {
            tokio::fs::remove_file(to).await.map_err(io)?;
        }
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
    if meta.is_dir() {
        tokio::fs::remove_dir_all(from).await.map_err(io)?;
    } else {
        tokio::fs::remove_file(from).await.map_err(io)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use spool_core::{Bio, BirthDate, DisplayName, Email, Handle};

    use super::*;
    use crate::{NewAccount, ProfileUpdate};

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
                email: Some(Email::parse("mover@example.org").unwrap()),
                birth_date: BirthDate::parse("1990-05-05", today).unwrap(),
                password_hash: "hash".into(),
                is_private: false,
            })
            .await
            .unwrap();
        store.directory().activate(id).await.unwrap();
        id
    }

    fn bio(s: &str) -> ProfileUpdate {
        ProfileUpdate {
            bio: Some(Bio::parse(s).unwrap()),
            ..ProfileUpdate::default()
        }
    }

    /// A copy left by an interrupted attempt never wins over the newer rows of the old
    /// cell, and opening the store finishes the move.
    #[tokio::test]
    async fn an_interrupted_move_is_finished_at_open_and_a_stale_copy_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let regions = [region("eu"), region("us")];
        let store = Store::open_embedded(dir.path(), &regions).await.unwrap();
        let mover = account(&store, "mover", "eu").await;
        let fan = account(&store, "fan", "us").await;
        store
            .follow(fan, &regions[1], mover, &regions[0])
            .await
            .unwrap();
        let (eu, us) = (
            store.cell(&regions[0]).unwrap(),
            store.cell(&regions[1]).unwrap(),
        );
        eu.update_profile(mover, &bio("old words")).await.unwrap();
        // An earlier attempt copied the account to us and stopped there.
        let wrapped: Vec<u8> =
            sqlx::query_scalar("SELECT wrapped FROM account_keys WHERE account_id = $1")
                .bind(mover.0.to_string())
                .fetch_one(&eu.db.write)
                .await
                .unwrap();
        let rewrapped = eu
            .region_key()
            .rewrap(mover, &wrapped, us.region_key())
            .unwrap();
        let mut held = eu.db.hold_writes().await.unwrap();
        copy_rows(eu, &mut held, us, mover, &rewrapped)
            .await
            .unwrap();
        drop(held);
        // The account lived on in eu (newer words), then a move began and the process died.
        eu.update_profile(mover, &bio("new words")).await.unwrap();
        store
            .directory()
            .record_move(mover, &regions[0], &regions[1])
            .await
            .unwrap();
        drop(store);

        let store = Store::open_embedded(dir.path(), &regions).await.unwrap();
        let (eu, us) = (
            store.cell(&regions[0]).unwrap(),
            store.cell(&regions[1]).unwrap(),
        );
        assert_eq!(store.recovered_moves().len(), 1);
        let moved = us.account(mover).await.unwrap().unwrap();
        assert_eq!(
            moved.bio.as_str(),
            "new words",
            "the copy replaced the stale one"
        );
        assert_eq!(moved.follower_count, 1);
        assert_eq!(
            us.personal(mover)
                .await
                .unwrap()
                .unwrap()
                .email
                .unwrap()
                .as_str(),
            "mover@example.org",
            "the data key was re-wrapped for us"
        );
        assert!(eu.account(mover).await.unwrap().is_none());
        assert_eq!(
            store
                .directory()
                .lookup_id(mover)
                .await
                .unwrap()
                .unwrap()
                .region,
            regions[1]
        );
        // The fan's copy of the edge names the new home.
        let edge = us.following(fan, 10).await.unwrap();
        assert_eq!(edge[0].region, regions[1]);
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM moves")
            .fetch_one(&store.directory().db.read)
            .await
            .unwrap();
        assert_eq!(left, 0);
    }
}
