//! The one place where the two database engines differ.
//!
//! Every query in this crate is written once, in SQL that both SQLite and PostgreSQL
//! accept (numbered `$1` placeholders, `ON CONFLICT`, `CASE` instead of two-argument
//! `MAX`, `IS NOT DISTINCT FROM`, integers for flags), and runs through sqlx's `Any`
//! driver. What cannot be written once is here: how a database is opened and migrated,
//! how a write transaction starts, the JSON list functions, and what erasure does to
//! the files afterwards.
//!
//! Writes: SQLite has one writer; the embedded backend keeps that as a one-connection
//! write pool, so write transactions never fight over the lock. PostgreSQL serves many
//! processes at once; [`Db::begin_write`] takes a transaction-scoped advisory lock of
//! the database first, so the write transactions of one cell are serialized across every
//! node exactly as they are on SQLite (and read-then-write steps stay correct), while
//! reads run in parallel.

use std::path::Path;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Connection, Executor, Transaction};

use crate::Result;

/// Which engine a database runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The engine behind a connection.
    pub fn of(conn: &AnyConnection) -> Self {
        if conn.backend_name().eq_ignore_ascii_case("sqlite") {
            Backend::Sqlite
        } else {
            Backend::Postgres
        }
    }

    /// `SELECT` of the text values of a JSON array held by the parameter `param`
    /// (e.g. `"$2"`), for `x IN (...)`.
    pub fn json_values(self, param: &str) -> String {
        match self {
            Backend::Sqlite => format!("SELECT value FROM json_each({param})"),
            Backend::Postgres => format!("SELECT json_array_elements_text(CAST({param} AS JSON))"),
        }
    }

    /// The JSON object in the text column `col` with the members of the JSON object
    /// in parameter `param` set (a merge patch of flat objects), as text.
    pub fn json_patch(self, col: &str, param: &str) -> String {
        match self {
            Backend::Sqlite => format!("json_patch({col}, {param})"),
            Backend::Postgres => {
                format!("CAST(CAST({col} AS JSONB) || CAST({param} AS JSONB) AS TEXT)")
            }
        }
    }

    /// An aggregate that collects `expr` into a JSON array, as text.
    pub fn json_array_agg(self, expr: &str) -> String {
        match self {
            Backend::Sqlite => format!("json_group_array({expr})"),
            Backend::Postgres => format!("CAST(COALESCE(json_agg({expr}), '[]') AS TEXT)"),
        }
    }
}

/// Reads a flag column (0 or 1 on both engines: flags are integers in both schemas, so
/// the same SQL compares them).
/// `$first, $first+1, …` for `n` values: the list of an `IN (…)` both engines accept.
pub(crate) fn numbered(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn flag(r: &sqlx::any::AnyRow, col: &str) -> Result<bool> {
    use sqlx::Row;
    Ok(r.try_get::<i64, _>(col)? != 0)
}

/// A column of a table, as [`Db::columns`] reads it from the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Column {
    pub name: String,
    pub kind: ColumnKind,
    /// An integer row id the database gives (SQLite's rowid alias, PostgreSQL's
    /// identity): a copy leaves it to the new database.
    pub row_id: bool,
}

/// The four storage classes both engines share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ColumnKind {
    Integer,
    Real,
    Text,
    Blob,
}

/// One database: a pool for writes and one for reads (the same pool on PostgreSQL).
#[derive(Clone, Debug)]
pub(crate) struct Db {
    pub write: AnyPool,
    pub read: AnyPool,
    pub backend: Backend,
    /// PostgreSQL: the advisory lock key of this database's write transactions (from its
    /// URL and schema: advisory locks are scoped to a database, and cells sharing one
    /// database in different schemas must not share a lock).
    write_lock: i64,
}

impl Db {
    /// Opens (creating) a SQLite file: WAL, foreign keys, `secure_delete` (deleted rows
    /// are overwritten with zeros instead of lingering in free space: an erased account
    /// must leave no readable bytes behind), a single writer and up to eight readers.
    pub async fn open_sqlite(path: &Path, migrator: &Migrator) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let options: AnyConnectOptions = url.parse()?;
        const PRAGMAS: &str = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; \
             PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL;";
        let write = AnyPoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(PRAGMAS).await?;
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        migrator.run(&write).await?;
        let read_url = format!("sqlite://{}?mode=ro", path.display());
        let read = AnyPoolOptions::new()
            .max_connections(8)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(PRAGMAS).await?;
                    Ok(())
                })
            })
            .connect_with(read_url.parse()?)
            .await?;
        Ok(Self {
            write,
            read,
            backend: Backend::Sqlite,
            write_lock: 0,
        })
    }

    /// Connects to a PostgreSQL database and migrates it. The migration runs under
    /// sqlx's own advisory lock, so nodes starting together migrate once.
    ///
    /// `schema`: the tables live in this schema of the database (created if missing)
    /// instead of the default one, so several cells (or test runs) may share a database.
    pub async fn open_postgres(
        url: &str,
        migrator: &Migrator,
        max: u32,
        schema: Option<&str>,
    ) -> Result<Self> {
        sqlx::any::install_default_drivers();
        if let Some(s) = schema {
            if s.is_empty()
                || !s
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            {
                return Err(crate::StoreError::Conflict(format!(
                    "the schema name {s:?} is not made of a-z, 0-9 and _"
                )));
            }
            // Nodes starting together would race in CREATE SCHEMA IF NOT EXISTS (one of
            // them fails on the catalog's unique index): one at a time, under a lock.
            let mut conn = sqlx::AnyConnection::connect(url).await?;
            conn.execute(
                format!(
                    "BEGIN; SELECT pg_advisory_xact_lock({SCHEMA_LOCK}); \
                     CREATE SCHEMA IF NOT EXISTS \"{s}\"; COMMIT"
                )
                .as_str(),
            )
            .await?;
            conn.close().await?;
        }
        let options: AnyConnectOptions = url.parse()?;
        let search_path = schema.map(|s| format!("SET search_path TO \"{s}\""));
        let pool = AnyPoolOptions::new()
            .max_connections(max.max(2))
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(move |conn, _| {
                let search_path = search_path.clone();
                Box::pin(async move {
                    if let Some(sql) = search_path {
                        conn.execute(sql.as_str()).await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        migrator.run(&pool).await?;
        Ok(Self {
            write: pool.clone(),
            read: pool,
            backend: Backend::Postgres,
            write_lock: stable_key(&[url, schema.unwrap_or("")]),
        })
    }

    /// Starts a write transaction. On PostgreSQL it first waits for the database's
    /// write lock (released at commit or rollback), so write transactions of one cell
    /// never interleave, on any node.
    pub async fn begin_write(&self) -> Result<Transaction<'static, Any>> {
        let mut tx = self.write.begin().await?;
        self.lock_writes(&mut tx).await?;
        Ok(tx)
    }

    /// The advisory lock key of a named lock in this database (see `locks.rs`): from
    /// the database's own key, so schemas sharing a database do not share locks.
    pub fn lock_key(&self, name: &str) -> i64 {
        stable_key(&[&self.write_lock.to_string(), name])
    }

    /// Takes the write lock inside a transaction begun on a held connection.
    pub async fn lock_writes(&self, conn: &mut sqlx::AnyConnection) -> Result<()> {
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(self.write_lock)
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    }

    /// Makes foreign keys checked at commit instead of per statement, for the rest of
    /// the transaction on `conn` (a move copies rows in declaration order, and a reply
    /// may come before the comment it answers).
    pub async fn defer_foreign_keys(&self, conn: &mut AnyConnection) -> Result<()> {
        let sql = match self.backend {
            Backend::Sqlite => "PRAGMA defer_foreign_keys = ON",
            // Every foreign key of the PostgreSQL schema is DEFERRABLE for this.
            Backend::Postgres => "SET CONSTRAINTS ALL DEFERRED",
        };
        conn.execute(sql).await?;
        Ok(())
    }

    /// Holds the cell's writes for as long as the returned connection lives: nothing
    /// else writes to this database meanwhile (transactions begun on the held
    /// connection itself may). SQLite: the only write connection. PostgreSQL: the
    /// session holds the write lock that [`Db::begin_write`] waits for; the connection
    /// is closed when dropped, which releases the lock even on an error path.
    pub async fn hold_writes(&self) -> Result<PoolConnection<Any>> {
        let mut conn = self.write.acquire().await?;
        if self.backend == Backend::Postgres {
            conn.close_on_drop();
            sqlx::query("SELECT pg_advisory_lock($1)")
                .bind(self.write_lock)
                .execute(&mut *conn)
                .await?;
        }
        Ok(conn)
    }

    /// The columns of `table`, in order, as the schema declares them.
    pub async fn columns(&self, conn: &mut AnyConnection, table: &str) -> Result<Vec<Column>> {
        let rows: Vec<(String, String, i64)> = match self.backend {
            Backend::Sqlite => {
                sqlx::query_as("SELECT name, type, pk FROM pragma_table_info($1) ORDER BY cid")
                    .bind(table)
                    .fetch_all(&mut *conn)
                    .await?
            }
            Backend::Postgres => {
                sqlx::query_as(
                    "SELECT column_name::text, data_type::text,
                            CASE WHEN is_identity = 'YES' THEN 1 ELSE 0 END
                       FROM information_schema.columns
                      WHERE table_schema = current_schema() AND table_name = $1
                      ORDER BY ordinal_position",
                )
                .bind(table)
                .fetch_all(&mut *conn)
                .await?
            }
        };
        Ok(rows
            .into_iter()
            .map(|(name, ty, pk)| {
                let ty = ty.to_ascii_uppercase();
                let kind = if ty.contains("INT") {
                    ColumnKind::Integer
                } else if ty.contains("REAL") || ty.contains("DOUBLE") || ty.contains("FLOAT") {
                    ColumnKind::Real
                } else if ty.contains("BLOB") || ty.contains("BYTEA") {
                    ColumnKind::Blob
                } else {
                    ColumnKind::Text
                };
                // SQLite's INTEGER PRIMARY KEY is the rowid; PostgreSQL's an identity.
                let row_id = kind == ColumnKind::Integer
                    && pk == 1
                    && (self.backend == Backend::Postgres || ty == "INTEGER");
                Column { name, kind, row_id }
            })
            .collect())
    }

    /// See [`Backend::json_values`].
    pub fn json_values(&self, param: &str) -> String {
        self.backend.json_values(param)
    }

    /// See [`Backend::json_array_agg`].
    pub fn json_array_agg(&self, expr: &str) -> String {
        self.backend.json_array_agg(expr)
    }

    /// After rows were erased: leaves no copy of them in the database's files.
    ///
    /// SQLite: `secure_delete` already zeroed the freed pages; the write-ahead log is
    /// copied into the database and truncated, so no old page image remains in `-wal`.
    /// Readers that hold an old snapshot make SQLite answer "busy"; it is retried.
    ///
    /// PostgreSQL: `VACUUM FULL` rewrites each table named into new files (the old ones
    /// are unlinked: a plain `VACUUM` would leave the dead tuples' bytes in the page),
    /// then a WAL switch and a checkpoint retire the segments that held the
    /// rows (the server runs with `wal_recycle = off`, so they are removed, not
    /// reused; see docs/deploy.md). Needs a role that may vacuum the tables and
    /// checkpoint (`pg_checkpoint`); without it the rows stay in WAL until it recycles.
    /// `VACUUM FULL` keeps a deleted row that a snapshot taken before the delete might
    /// still see (another session's transaction, an autovacuum `ANALYZE`), so it first
    /// waits, up to [`HORIZON_WAIT`], until no such snapshot is left.
    pub async fn purge_erased(&self, tables: &[&str]) -> Result<()> {
        match self.backend {
            Backend::Sqlite => self.checkpoint_truncate().await,
            Backend::Postgres => {
                let mut conn = self.write.acquire().await?;
                wait_for_horizon(&mut conn, HORIZON_WAIT).await?;
                for table in tables {
                    conn.execute(format!("VACUUM FULL \"{table}\"").as_str())
                        .await?;
                }
                // The segment that holds the rows is finished, and the checkpoint after
                // it retires every segment before its redo point.
                conn.execute("SELECT CAST(pg_switch_wal() AS TEXT)").await?;
                conn.execute("CHECKPOINT").await?;
                Ok(())
            }
        }
    }

    /// Copies SQLite's write-ahead log into the database and truncates it to zero bytes
    /// (only [`Db::purge_erased`] calls it, on SQLite).
    async fn checkpoint_truncate(&self) -> Result<()> {
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

/// How long an erasure waits for older snapshots to end before vacuuming anyway.
/// An advisory lock key from names: FNV-1a over them (each ended by a 0 byte), the
/// same in every build, so nodes built apart still agree on their locks.
fn stable_key(parts: &[&str]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h as i64
}

/// The PostgreSQL advisory lock key under which schemas are created ("SPOOLSCH").
const SCHEMA_LOCK: i64 = 0x5350_4f4f_4c53_4348;

const HORIZON_WAIT: Duration = Duration::from_secs(30);

/// Waits until nothing that could still see rows deleted before now holds PostgreSQL's
/// removal horizon for this database: another session's snapshot here (autovacuum
/// workers included), a transaction that holds an id anywhere on the server or is
/// prepared, a replication slot (a standby with `hot_standby_feedback`). Every snapshot taken later is newer than the
/// deletes, so once the count is zero `VACUUM FULL` drops their rows. After `limit` it
/// warns and returns: the rows are gone for every query, and their bytes stay in the
/// files only until a later vacuum (docs/deploy.md says what holds the horizon).
async fn wait_for_horizon(conn: &mut AnyConnection, limit: Duration) -> Result<()> {
    use sqlx::Row;
    // Every transaction that committed before this point has an id below this one.
    let now: String =
        sqlx::query("SELECT CAST(CAST(pg_snapshot_xmax(pg_current_snapshot()) AS xid) AS TEXT)")
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
    // A snapshot here holds the horizon directly. A transaction with an id anywhere on the
    // server (another database's writer, a CREATE DATABASE, a prepared transaction) holds
    // it too: every snapshot taken while it runs, VACUUM FULL's own among them, starts at
    // or below its id.
    // An autovacuum worker in a plain VACUUM is left out: the server leaves lazy vacuums
    // out of the horizon too, and one on a large table can run for minutes.
    let holders = "SELECT CAST(backend_type AS TEXT) FROM pg_stat_activity
            WHERE pid <> pg_backend_pid()
              AND NOT (backend_type = 'autovacuum worker' AND query LIKE 'autovacuum: VACUUM %'
                       AND query NOT LIKE '%ANALYZE%')
              AND ((datname = current_database() AND age(backend_xmin) >= age(CAST($1 AS xid)))
                   OR age(backend_xid) >= age(CAST($1 AS xid)))
        UNION ALL SELECT 'prepared transaction' FROM pg_prepared_xacts
            WHERE age(transaction) >= age(CAST($1 AS xid))
        UNION ALL SELECT 'replication slot ' || CAST(slot_name AS TEXT) FROM pg_replication_slots
            WHERE age(xmin) >= age(CAST($1 AS xid))";
    let start = std::time::Instant::now();
    loop {
        let rows = sqlx::query(holders)
            .bind(&now)
            .fetch_all(&mut *conn)
            .await?;
        if rows.is_empty() {
            return Ok(());
        }
        if start.elapsed() >= limit {
            let held_by: Vec<String> = rows.iter().filter_map(|r| r.try_get(0).ok()).collect();
            tracing::warn!(
                ?held_by,
                "erased rows are still visible to older snapshots; vacuuming anyway, their bytes \
                 leave the files at a later vacuum"
            );
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Fresh PostgreSQL databases for tests, on the server that `SPOOL_TEST_PG_URL` names
/// (`scripts/test` starts one). Fails, never skips, when it is not set.
#[cfg(test)]
pub(crate) mod test_pg {
    use sqlx::{Connection, Executor};

    pub fn server() -> String {
        std::env::var("SPOOL_TEST_PG_URL").unwrap_or_else(|_| {
            panic!(
                "SPOOL_TEST_PG_URL is not set: these tests need a PostgreSQL server \
                 (scripts/test starts one; or source scripts/lib/postgres.sh and run pg_start DIR)"
            )
        })
    }

    /// Creates an empty database and returns its URL.
    pub async fn database(label: &str) -> String {
        sqlx::any::install_default_drivers();
        let server = server();
        let name = format!("t_{label}_{}", uuid::Uuid::new_v4().simple());
        let mut admin = sqlx::AnyConnection::connect(&format!("{server}/postgres"))
            .await
            .expect("connect to the test PostgreSQL server");
        admin
            .execute(format!("CREATE DATABASE \"{name}\"").as_str())
            .await
            .expect("create a test database");
        format!("{server}/{name}")
    }

    /// A PostgreSQL engine with a fresh database for the directory and each region.
    pub async fn engine(regions: &[spool_core::RegionCode]) -> crate::Engine {
        let mut cells = std::collections::BTreeMap::new();
        for r in regions {
            cells.insert(r.clone(), database(r.as_str()).await);
        }
        crate::Engine::Postgres(crate::PostgresUrls {
            directory: database("dir").await,
            cells,
            pool: 4,
            schema: None,
        })
    }
}
