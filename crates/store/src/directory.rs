//! The global directory: handle → home region.

use std::path::Path;

use spool_core::{AccountId, Handle, HandleKey, RegionCode};
use sqlx::migrate::Migrator;
use sqlx::Row;
use uuid::Uuid;

use crate::db::Db;
use crate::{now_ms, Result, StoreError};

pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("./migrations/directory");
pub(crate) static PG_MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres/directory");

/// Where an account lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryEntry {
    pub account_id: AccountId,
    pub handle: Handle,
    pub region: RegionCode,
}

/// Maps every handle, across all regions, to its account and home region. Handles are
/// unique by [`HandleKey`], enforced by the primary key, so two concurrent sign-ups for
/// `Ana` and `ａｎａ` cannot both succeed.
#[derive(Clone, Debug)]
pub struct Directory {
    pub(crate) db: Db,
}

impl Directory {
    pub(crate) async fn open(
        path: &Path,
        postgres: Option<(&str, u32, Option<&str>)>,
    ) -> Result<Self> {
        let db = match postgres {
            None => Db::open_sqlite(path, &MIGRATOR).await?,
            Some((url, pool, schema)) => Db::open_postgres(url, &PG_MIGRATOR, pool, schema).await?,
        };
        Ok(Self { db })
    }

    /// Leaves no copy of erased rows in the directory's files.
    pub(crate) async fn purge_erased(&self) -> Result<()> {
        let tables: Vec<&str> = crate::tables::DIRECTORY_TABLES
            .iter()
            .map(|t| t.name)
            .collect();
        self.db.purge_erased(&tables).await
    }

    /// Claims a handle for a new account (state `pending`). Fails with
    /// [`StoreError::HandleTaken`] if any account holds a handle with the same key.
    pub async fn reserve(
        &self,
        handle: &Handle,
        account_id: AccountId,
        region: &RegionCode,
    ) -> Result<()> {
        let result = sqlx::query(
            "INSERT INTO handles (handle_key, handle, account_id, region, state, created_at)
             VALUES ($1, $2, $3, $4, 'pending', $5)",
        )
        .bind(handle.key().as_str())
        .bind(handle.as_str())
        .bind(account_id.0.to_string())
        .bind(region.as_str())
        .bind(now_ms())
        .execute(&self.db.write)
        .await;
        match result {
            Ok(_) => Ok(()),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                Err(StoreError::HandleTaken)
            }
            Err(e) => Err(e.into()),
        }
    }

    pub async fn activate(&self, account_id: AccountId) -> Result<()> {
        self.set_state(account_id, "active").await
    }

    pub async fn mark_deleting(&self, account_id: AccountId) -> Result<()> {
        self.set_state(account_id, "deleting").await
    }

    pub(crate) async fn set_state(&self, account_id: AccountId, state: &str) -> Result<()> {
        let done = sqlx::query("UPDATE handles SET state = $1 WHERE account_id = $2")
            .bind(state)
            .bind(account_id.0.to_string())
            .execute(&self.db.write)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Frees the handle of an account that was deleted or never finished signing up.
    pub async fn remove(&self, account_id: AccountId) -> Result<()> {
        sqlx::query("DELETE FROM handles WHERE account_id = $1")
            .bind(account_id.0.to_string())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    /// The active account holding a handle, whatever its case or compatibility form.
    pub async fn lookup(&self, key: &HandleKey) -> Result<Option<DirectoryEntry>> {
        let row = sqlx::query(
            "SELECT account_id, handle, region FROM handles WHERE handle_key = $1 AND state = 'active'",
        )
        .bind(key.as_str())
        .fetch_optional(&self.db.read)
        .await?;
        row.map(|r| entry(&r)).transpose()
    }

    pub async fn lookup_id(&self, account_id: AccountId) -> Result<Option<DirectoryEntry>> {
        let row = sqlx::query(
            "SELECT account_id, handle, region FROM handles WHERE account_id = $1 AND state = 'active'",
        )
        .bind(account_id.0.to_string())
        .fetch_optional(&self.db.read)
        .await?;
        row.map(|r| entry(&r)).transpose()
    }

    /// Entries that a crash left `pending` or `deleting`, with their state.
    pub(crate) async fn unfinished(&self) -> Result<Vec<(DirectoryEntry, String)>> {
        let rows = sqlx::query(
            "SELECT account_id, handle, region, state FROM handles WHERE state <> 'active'",
        )
        .fetch_all(&self.db.write)
        .await?;
        rows.iter()
            .map(|r| Ok((entry(r)?, r.try_get::<String, _>("state")?)))
            .collect()
    }
}

fn entry(row: &sqlx::any::AnyRow) -> Result<DirectoryEntry> {
    let id: String = row.try_get("account_id")?;
    let region: String = row.try_get("region")?;
    Ok(DirectoryEntry {
        account_id: AccountId(
            Uuid::parse_str(&id).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        ),
        handle: Handle::from_trusted(row.try_get("handle")?),
        region: RegionCode::parse(&region).map_err(|e| StoreError::Corrupt(e.to_string()))?,
    })
}

/// The kinds of public object the directory locates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    Video,
    Sound,
}

impl ObjectKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Video => "video",
            Self::Sound => "sound",
        }
    }
}

impl Directory {
    /// Records which region holds a public object. Idempotent.
    pub async fn register_object(
        &self,
        kind: ObjectKind,
        id: uuid::Uuid,
        region: &RegionCode,
        owner: AccountId,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO objects (id, kind, region, account_id, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind(id.to_string())
        .bind(kind.as_str())
        .bind(region.as_str())
        .bind(owner.0.to_string())
        .bind(now_ms())
        .execute(&self.db.write)
        .await?;
        Ok(())
    }

    /// The region holding an object of this kind, if any.
    pub async fn locate(&self, kind: ObjectKind, id: uuid::Uuid) -> Result<Option<RegionCode>> {
        let region: Option<String> =
            sqlx::query_scalar("SELECT region FROM objects WHERE id = $1 AND kind = $2")
                .bind(id.to_string())
                .bind(kind.as_str())
                .fetch_optional(&self.db.read)
                .await?;
        region
            .map(|r| RegionCode::parse(&r).map_err(|e| StoreError::Corrupt(e.to_string())))
            .transpose()
    }

    /// [`Directory::locate`] for several objects of one kind; unknown ones are left out.
    pub async fn locate_many(
        &self,
        kind: ObjectKind,
        ids: &[uuid::Uuid],
    ) -> Result<std::collections::HashMap<uuid::Uuid, RegionCode>> {
        if ids.is_empty() {
            return Ok(Default::default());
        }
        let sql = format!(
            "SELECT id, region FROM objects WHERE kind = $1 AND id IN ({})",
            crate::db::numbered(2, ids.len())
        );
        let mut q = sqlx::query(&sql).bind(kind.as_str());
        for id in ids {
            q = q.bind(id.to_string());
        }
        let rows = q.fetch_all(&self.db.read).await?;
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("id")?;
                let region: String = r.try_get("region")?;
                Ok((
                    uuid::Uuid::parse_str(&id).map_err(|e| StoreError::Corrupt(e.to_string()))?,
                    RegionCode::parse(&region).map_err(|e| StoreError::Corrupt(e.to_string()))?,
                ))
            })
            .collect()
    }

    pub async fn remove_object(&self, id: uuid::Uuid) -> Result<()> {
        sqlx::query("DELETE FROM objects WHERE id = $1")
            .bind(id.to_string())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }
}
