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
}
