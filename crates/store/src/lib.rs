//! Spool's storage: one store per region cell, and a small global directory.
//!
//! Key design decision: personal data is reachable only through a [`Cell`], and a `Cell`
//! is only handed out for its own region. There is no query that spans cells, so a
//! cross-region read of personal data cannot be written by accident; it has to go
//! through [`Store::cell`] with the other region's code, in plain sight.
//!
//! The embedded backend keeps each cell in its own SQLite file
//! (`<data>/regions/<code>/spool.db`) with a media folder beside it, and the directory
//! in `<data>/directory.db`. Each SQLite file is opened with one writer connection and
//! a pool of readers (WAL mode), so write transactions never fight over the lock.

mod cell;
mod crypto;
mod db;
mod directory;
mod erase;
mod export;
mod fault;
/// A named crash point for the crash tests (`fault.rs`): inert unless armed.
pub use fault::point as crash_point;
mod federation;
mod feed;
mod jobs;
mod locks;
mod media;
mod moderation;
mod outbox;
mod relocate;
mod social;
mod staff;
mod tables;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use spool_core::RegionCode;

pub use cell::{
    AccountRecord, Cell, LoginRecord, NewAccount, PersonalRecord, ProfileUpdate, SessionRecord,
};
pub use directory::{Directory, DirectoryEntry, ObjectKind};
pub use erase::Erased;
pub use export::{
    CommentExport, EdgeExport, EdgeTable, LikeExport, LoginRecordExport, NotificationExport,
    SessionExport, SoundExport, UploadExport, VideoExport, ViewEventExport,
};
pub use federation::{RemoteEdge, RemotePost, RemoteReaction, Side};
pub use feed::{FeedEvent, FeedSettings, NewFeedEvent};
pub use jobs::{FailOutcome, Job, JobStatus, NamedClaim, NewJob, OverdueJob};
pub use media::{
    NewVideo, SoundRecord, UploadRecord, UploadState, VideoRecord, VideoScope, VideoSettings,
    VideoState,
};
pub use moderation::{
    AppealOutcome, AppealRecord, DecisionRecord, DecisionScope, FingerprintRecord, ItemKind, Label,
    LogRecord, ModerationItem, NewDecision, NewNotice, NoticeAdded, NoticeRecord, PendingDecision,
    Recorded, Restrictions, StatementRecord, Target, TargetKind, Withheld,
};
pub use relocate::{Moved, RecoveredMove};
pub use social::{
    BlockChange, CommentRecord, Edge, FollowChange, FollowState, NotificationRecord, Relation,
    Settings, SettingsUpdate, VideoCounter,
};
pub use staff::{Grant, PendingRoleChange, StaffRole};

/// What can go wrong in the store. The server maps these to HTTP answers.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the handle is already taken")]
    HandleTaken,
    #[error("region {0:?} is not configured")]
    UnknownRegion(String),
    #[error("no such record")]
    NotFound,
    #[error("{0}")]
    Conflict(String),
    #[error("a stored record is corrupt: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot prepare {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Current time as Unix milliseconds, the unit every timestamp column uses.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

pub(crate) fn from_ms(ms: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// Where the store's databases are.
#[derive(Clone, Debug, Default)]
pub enum Engine {
    /// SQLite files under the data folder (the embedded default).
    #[default]
    Sqlite,
    /// PostgreSQL: one database per region cell, one for the directory.
    Postgres(PostgresUrls),
}

/// The PostgreSQL databases of a deployment. Each cell's may be on its own server (in
/// its own jurisdiction); the URLs carry their credentials, so they are never logged.
#[derive(Clone, Default)]
pub struct PostgresUrls {
    pub directory: String,
    pub cells: BTreeMap<RegionCode, String>,
    /// Connections per database in this process.
    pub pool: u32,
    /// The tables live in this schema of each database (created if missing), not the
    /// default one: several deployments (or test runs) may then share databases.
    pub schema: Option<String>,
}

impl std::fmt::Debug for PostgresUrls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresUrls")
            .field("cells", &self.cells.keys().collect::<Vec<_>>())
            .field("pool", &self.pool)
            .finish_non_exhaustive()
    }
}

/// All region cells of this deployment plus the global directory.
#[derive(Clone)]
pub struct Store {
    directory: Directory,
    cells: BTreeMap<RegionCode, Cell>,
    /// Paces the pruning of applied marks (`outbox.rs`).
    relay: Arc<outbox::Relay>,
    /// Locks across every process of the deployment (`locks.rs`): `relay-<region>`,
    /// one outbox relay at a time per cell; `moving`, held by a move for its whole run
    /// (and by the pruning of applied marks, and by a start finishing interrupted moves).
    locks: Arc<locks::Locks>,
    /// Moves that a crash interrupted and that opening the store finished.
    recovered: Arc<Vec<RecoveredMove>>,
}

impl Store {
    /// Opens (creating on first start and migrating) the directory and one cell per
    /// configured region under `data_dir`, then finishes whatever a crash interrupted:
    /// sign-ups and deletions, moves of home region, and cross-cell writes waiting in
    /// the outboxes.
    pub async fn open_embedded(data_dir: &Path, regions: &[RegionCode]) -> Result<Self> {
        Self::open(data_dir, regions, &Engine::Sqlite).await
    }

    /// Opens the store on `engine`: SQLite files under `data_dir`, or one PostgreSQL
    /// database per cell and one for the directory (then `data_dir` keeps the region
    /// keys, unless they come from the environment, and this node's caches).
    pub async fn open(data_dir: &Path, regions: &[RegionCode], engine: &Engine) -> Result<Self> {
        create_dir(data_dir)?;
        let directory = match engine {
            Engine::Sqlite => Directory::open(&data_dir.join("directory.db"), None).await?,
            Engine::Postgres(pg) => {
                Directory::open(
                    &data_dir.join("directory.db"),
                    Some((&pg.directory, pg.pool, pg.schema.as_deref())),
                )
                .await?
            }
        };
        let mut cells = BTreeMap::new();
        for region in regions {
            let dir = data_dir.join("regions").join(region.as_str());
            let postgres = match engine {
                Engine::Sqlite => None,
                Engine::Postgres(pg) => {
                    let url = pg.cells.get(region).ok_or_else(|| {
                        StoreError::UnknownRegion(format!(
                            "{region} (no PostgreSQL URL is configured for its cell)"
                        ))
                    })?;
                    Some((url.as_str(), pg.pool, pg.schema.as_deref()))
                }
            };
            cells.insert(
                region.clone(),
                Cell::open(region.clone(), &dir, postgres).await?,
            );
        }
        let locks = Arc::new(locks::Locks::new(directory.db.clone(), data_dir));
        let mut store = Self {
            directory,
            relay: Arc::default(),
            locks,
            cells,
            recovered: Arc::default(),
        };
        // Another node may be running a move: its steps are its own until it ends.
        let moving = store.locks.hold("moving").await?;
        let recovered = store.finish_moves().await;
        let recovered = match recovered {
            Ok(r) => r,
            Err(e) => {
                moving.release().await;
                return Err(e);
            }
        };
        store.recovered = Arc::new(recovered);
        let settled = async {
            store.reconcile().await?;
            store.relay_all().await?;
            store.prune_applied().await
        }
        .await;
        moving.release().await;
        settled?;
        Ok(store)
    }

    /// The moves of home region that opening the store finished after a crash, for the
    /// caller to bring its caches and indexes up to date (as after any move).
    pub fn recovered_moves(&self) -> &[RecoveredMove] {
        &self.recovered
    }

    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// The cell of one region; `None` if the region is not configured here.
    pub fn cell(&self, region: &RegionCode) -> Option<&Cell> {
        self.cells.get(region)
    }

    pub fn regions(&self) -> impl Iterator<Item = &RegionCode> {
        self.cells.keys()
    }

    /// Sign-up and deletion each touch the directory and one cell. The directory row
    /// records which step was reached (`pending`, `deleting`), so after a crash the
    /// half-done ones are completed or rolled back here.
    async fn reconcile(&self) -> Result<()> {
        for (entry, state) in self.directory.unfinished().await? {
            let Some(cell) = self.cells.get(&entry.region) else {
                tracing::warn!(region = %entry.region, "directory entry for an unconfigured region left alone");
                continue;
            };
            match state.as_str() {
                "pending" => {
                    if cell.account(entry.account_id).await?.is_some() {
                        self.directory.activate(entry.account_id).await?;
                    } else {
                        self.directory.remove(entry.account_id).await?;
                    }
                }
                _ => {
                    self.erase_account(entry.account_id, &entry.region).await?;
                }
            }
            tracing::info!(account = %entry.account_id, state, "finished an interrupted account change");
        }
        Ok(())
    }
}

pub(crate) fn create_dir(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).map_err(|source| StoreError::Io {
        path: path.to_owned(),
        source,
    })
}
