//! Opening a SQLite file the way every Spool database wants it.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::Result;

/// One SQLite database: a single-connection pool for writes (so write transactions are
/// serialized in-process instead of failing with SQLITE_BUSY) and a pool of readers.
#[derive(Clone, Debug)]
pub(crate) struct Db {
    pub write: SqlitePool,
    pub read: SqlitePool,
}

impl Db {
    pub async fn open(path: &Path, migrator: &Migrator) -> Result<Self> {
        let options = SqliteConnectOptions::from_str("sqlite://")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // Deleted rows are overwritten with zeros instead of lingering in free
            // space: an erased account must leave no readable bytes behind.
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(10));
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .connect_with(options.clone())
            .await?;
        migrator.run(&write).await?;
        let read = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options.read_only(true))
            .await?;
        Ok(Self { write, read })
    }

    /// Copies the write-ahead log into the database and truncates it to zero bytes, so
    /// no old page images (say, of rows just erased) remain in the `-wal` file. Readers
    /// that hold an old snapshot make SQLite answer "busy"; it is retried for a while.
    pub async fn checkpoint_truncate(&self) -> Result<()> {
        for attempt in 0..50 {
            let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
                .fetch_one(&self.write)
                .await?;
            if busy == 0 {
                return Ok(());
            }
            tracing::debug!(attempt, "WAL checkpoint busy; retrying");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(crate::StoreError::Conflict(
            "the write-ahead log stayed busy; its checkpoint did not finish".into(),
        ))
    }
}
