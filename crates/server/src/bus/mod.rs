//! The bus seam: how the processes of one deployment hear of each other's changes.
//!
//! Three kinds of news leave a process: an interaction event stored in a viewer's cell
//! (every API node's feed engine learns from it), a catalog change (a video or an
//! account changed: every node's search index, feed catalog and caches follow), and a
//! queued job (a worker runs it). The database stays the record of all three; the bus
//! only carries word of them, so a node that missed some rebuilds from the store.
//!
//! [`Bus::embedded`] is the one-process default: the change was already applied where it
//! happened, and there is nobody else to tell. [`Bus::connect`] with `bus.backend =
//! "nats"` publishes to NATS JetStream (`nats.rs`); `consumers.rs` applies what the
//! other nodes published, `queue.rs` is the job queue over a work-queue stream and
//! `limits.rs` the rate-limit counters in a key-value bucket. `docs/cluster-bus.md` lists
//! the streams, subjects and delivery guarantees.

mod consumers;
pub mod limits;
mod nats;
pub mod queue;

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::config::{BusBackend, Config};

pub use consumers::Subscriptions;
pub use nats::{Nats, StreamProgress};

/// How far a process is with the bus (`/healthz`): messages it published that NATS has
/// not acknowledged yet, and per stream of events and catalog changes the last
/// sequence on the server and the last one this process applied. Every node has seen
/// every other node's changes once all of them report `unsent` 0 and `applied >= last`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct BusProgress {
    pub unsent: u64,
    pub streams: Vec<StreamProgress>,
}

/// An interaction event as it was stored in the viewer's home cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedEventMessage {
    pub region: String,
    /// The event's id in its cell (`feed_events.id`).
    pub id: i64,
    pub viewer: Uuid,
    /// The video (the followed account for `follow`, nil for `reset`).
    pub subject: Uuid,
    /// The stored kind (`view`, `skip`, `follow`, `reset`, ...).
    pub kind: String,
    pub watched_ms: i64,
    pub replays: i64,
    pub at_ms: i64,
}

/// What changed in the catalog; receivers read the object back from the store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum CatalogChange {
    /// A video was created, changed state or settings, or was deleted.
    Video { region: String, id: Uuid },
    /// An account's profile changed.
    Account { id: Uuid },
    /// Something that decides all of an account's videos changed (privacy, age, a move).
    AccountVideos { region: String, id: Uuid },
    /// Videos and sounds left a cell (their files are already removed).
    MediaRemoved {
        region: String,
        videos: Vec<Uuid>,
        sounds: Vec<Uuid>,
    },
}

impl CatalogChange {
    fn subject_tail(&self) -> &'static str {
        match self {
            CatalogChange::Video { .. } => "video",
            CatalogChange::Account { .. } => "account",
            CatalogChange::AccountVideos { .. } => "account_videos",
            CatalogChange::MediaRemoved { .. } => "media_removed",
        }
    }
}

/// A job that a cell transaction queued (the row is its record; this is the word).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobMessage {
    pub region: String,
    pub kind: String,
    pub subject: String,
}

/// This process's end of the bus.
#[derive(Clone)]
pub struct Bus {
    /// Names this process in what it publishes, so it skips its own news.
    node: String,
    nats: Option<Arc<Nats>>,
}

impl Bus {
    /// One process: nothing to tell anyone.
    pub fn embedded() -> Self {
        Self {
            node: new_node_id(),
            nats: None,
        }
    }

    /// The bus `[bus]` names: embedded, or a connection to NATS with its streams made.
    pub async fn connect(config: &Config) -> anyhow::Result<Self> {
        match config.bus.backend {
            BusBackend::Embedded => Ok(Self::embedded()),
            BusBackend::Nats => {
                let node = new_node_id();
                let nats = Nats::connect(config, &node).await?;
                Ok(Self {
                    node,
                    nats: Some(Arc::new(nats)),
                })
            }
        }
    }

    pub fn node(&self) -> &str {
        &self.node
    }

    /// Whether other processes hear this one (the NATS backend).
    pub fn is_shared(&self) -> bool {
        self.nats.is_some()
    }

    pub(crate) fn nats(&self) -> Option<&Arc<Nats>> {
        self.nats.as_ref()
    }

    /// Waits until what this process published so far has left it (before it exits).
    pub async fn flush(&self) {
        if let Some(nats) = &self.nats {
            nats.flush().await;
        }
    }

    /// Where this process stands with the bus; `None` on the embedded bus.
    pub async fn progress(&self, regions: &[String]) -> anyhow::Result<Option<BusProgress>> {
        let Some(nats) = &self.nats else {
            return Ok(None);
        };
        Ok(Some(BusProgress {
            unsent: nats.unsent(),
            streams: nats.progress(regions).await?,
        }))
    }

    /// Tells the other nodes of an event stored in a viewer's cell (after the commit).
    pub fn event(&self, event: FeedEventMessage) {
        if let Some(nats) = &self.nats {
            nats.publish_event(&event);
        }
    }

    /// Tells the other nodes that part of the catalog changed.
    pub fn catalog(&self, change: CatalogChange) {
        if let Some(nats) = &self.nats {
            nats.publish_catalog(&change);
        }
    }
}

fn new_node_id() -> String {
    Uuid::new_v4().simple().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_changes_keep_their_wire_shape() {
        let id = Uuid::nil();
        let change = CatalogChange::MediaRemoved {
            region: "eu".into(),
            videos: vec![id],
            sounds: vec![],
        };
        let json = serde_json::to_value(&change).unwrap();
        assert_eq!(json["change"], "media_removed");
        assert_eq!(json["region"], "eu");
        let back: CatalogChange = serde_json::from_value(json).unwrap();
        assert_eq!(back, change);
        assert_eq!(change.subject_tail(), "media_removed");
        let video: CatalogChange = serde_json::from_str(&format!(
            r#"{{"change":"video","region":"us","id":"{id}"}}"#
        ))
        .unwrap();
        assert_eq!(
            video,
            CatalogChange::Video {
                region: "us".into(),
                id
            }
        );
    }

    #[test]
    fn the_embedded_bus_tells_nobody() {
        let bus = Bus::embedded();
        assert!(!bus.is_shared());
        assert_eq!(bus.node().len(), 32);
        // Publishing is a no-op, not an error.
        bus.catalog(CatalogChange::Account { id: Uuid::nil() });
    }
}
