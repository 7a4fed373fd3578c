//! Locks that hold across every process of a deployment, not only across the tasks of
//! one: the outbox relay of a cell (messages of one edge must be applied in the order
//! they were written) and moves of home region (one at a time, and never while the
//! applied marks are pruned, nor while a starting node finishes interrupted moves).
//!
//! Each named lock is first a tokio mutex of this process (tasks queue without holding
//! anything of the database), then, on PostgreSQL, a session advisory lock in the
//! directory's database held on a connection of its own; on SQLite, where a second
//! process on the same files is a `spool seed` or `spool admin` beside the server, an
//! exclusive `flock` on `<data>/locks/<name>.lock`. A process that dies releases both
//! (its session ends, its files close), so nothing stays locked by the dead.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use sqlx::pool::PoolConnection;
use sqlx::Any;
use tokio::sync::OwnedMutexGuard;

use crate::db::{Backend, Db};
use crate::{Result, StoreError};

/// The named locks of one store.
pub(crate) struct Locks {
    db: Db,
    /// SQLite: where the lock files live.
    dir: PathBuf,
    local: Mutex<BTreeMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

/// A lock taken by [`Locks::hold`]; [`Held::release`] gives it back (dropping it does
/// too, closing the database connection that held it).
pub(crate) struct Held {
    _local: OwnedMutexGuard<()>,
    remote: Remote,
}

enum Remote {
    Postgres {
        conn: Option<PoolConnection<Any>>,
        key: i64,
    },
    File(std::fs::File),
}

impl Locks {
    pub(crate) fn new(db: Db, data_dir: &std::path::Path) -> Self {
        Self {
            db,
            dir: data_dir.join("locks"),
            local: Mutex::default(),
        }
    }

    fn local(&self, name: &str) -> Arc<tokio::sync::Mutex<()>> {
        self.local
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(name.to_owned())
            .or_default()
            .clone()
    }

    /// Waits for the lock `name` (letters, digits, `-` and `_`).
    pub(crate) async fn hold(&self, name: &str) -> Result<Held> {
        let local = self.local(name).lock_owned().await;
        let remote = self.remote(name, true).await?;
        Ok(Held {
            _local: local,
            remote: remote.ok_or_else(|| StoreError::Conflict(format!("the lock {name}")))?,
        })
    }

    /// The lock `name` if nobody holds it now, `None` otherwise.
    pub(crate) async fn try_hold(&self, name: &str) -> Result<Option<Held>> {
        let Ok(local) = self.local(name).try_lock_owned() else {
            return Ok(None);
        };
        Ok(self.remote(name, false).await?.map(|remote| Held {
            _local: local,
            remote,
        }))
    }

    async fn remote(&self, name: &str, wait: bool) -> Result<Option<Remote>> {
        debug_assert!(name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        match self.db.backend {
            Backend::Postgres => {
                let key = self.db.lock_key(name);
                let mut conn = self.db.write.acquire().await?;
                let got: bool = if wait {
                    sqlx::query("SELECT pg_advisory_lock($1)")
                        .bind(key)
                        .execute(&mut *conn)
                        .await?;
                    true
                } else {
                    sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
                        .bind(key)
                        .fetch_one(&mut *conn)
                        .await?
                };
                Ok(got.then_some(Remote::Postgres {
                    conn: Some(conn),
                    key,
                }))
            }
            Backend::Sqlite => {
                let path = self.dir.join(format!("{name}.lock"));
                let dir = self.dir.clone();
                let io =
                    move |e: std::io::Error| StoreError::Corrupt(format!("{}: {e}", dir.display()));
                let io2 = io.clone();
                tokio::task::spawn_blocking(move || -> std::io::Result<Option<std::fs::File>> {
                    if let Some(parent) = path.parent() {
                        std::fs::create_dir_all(parent)?;
                    }
                    let file = std::fs::OpenOptions::new()
                        .create(true)
                        .truncate(false)
                        .write(true)
                        .open(&path)?;
                    if wait {
                        file.lock()?;
                        return Ok(Some(file));
                    }
                    match file.try_lock() {
                        Ok(()) => Ok(Some(file)),
                        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
                        Err(std::fs::TryLockError::Error(e)) => Err(e),
                    }
                })
                .await
                .map_err(|e| io2(std::io::Error::other(e)))?
                .map(|file| file.map(Remote::File))
                .map_err(io)
            }
        }
    }
}

impl Held {
    /// Gives the lock back, keeping the database connection for the pool.
    pub(crate) async fn release(mut self) {
        if let Remote::Postgres { conn, key } = &mut self.remote {
            if let Some(mut c) = conn.take() {
                let unlocked = sqlx::query("SELECT pg_advisory_unlock($1)")
                    .bind(*key)
                    .execute(&mut *c)
                    .await;
                if unlocked.is_err() {
                    // Not sure it was released: end the session, which releases it.
                    drop(c.detach());
                }
            }
        }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        match &mut self.remote {
            // Released without `release` (an error path, a cancelled task): closing the
            // session is the only way to be sure the lock goes with it.
            Remote::Postgres { conn, .. } => {
                if let Some(c) = conn.take() {
                    drop(c.detach());
                }
            }
            Remote::File(f) => {
                let _ = f.unlock();
            }
        }
    }
}
