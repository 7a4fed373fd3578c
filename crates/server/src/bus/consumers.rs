//! What an API node hears from the others: interaction events (applied to its feed
//! engine) and catalog changes (its search index, feed catalog and caches re-read the
//! object from the store).
//!
//! Every node reads every stream through its own ordered consumer, starting at the
//! messages published after it subscribed; that happens before the node reads the
//! database at start (search rebuild, feed replay), so nothing published in between
//! is missed. What arrives meanwhile is held and applied once the node is ready;
//! events the replay already covered (their id is not past the replayed watermark of
//! their region) are skipped, and so is whatever this node published itself.

use std::collections::BTreeMap;

use async_nats::jetstream::consumer::{pull, DeliverPolicy};
use futures_util::StreamExt as _;
use spool_core::{AccountId, RegionCode, SoundId, VideoId};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::nats::NODE_HEADER;
use super::{CatalogChange, FeedEventMessage, Nats};
use crate::state::AppState;

enum Incoming {
    Event(FeedEventMessage),
    Catalog(CatalogChange),
}

/// A message in the order its stream delivered it; `incoming` is `None` for what the
/// node skips (its own news, a message that is not one, and the position where its
/// consumer started), which still counts as applied.
struct Heard {
    stream: std::sync::Arc<str>,
    seq: u64,
    incoming: Option<Incoming>,
}

/// At most this many messages are applied before the search index is committed and
/// the node's applied positions move on.
const BATCH: usize = 256;

/// The consumers of one node; [`Subscriptions::start`] applies what they hear.
pub struct Subscriptions {
    readers: Vec<JoinHandle<()>>,
    rx: Option<mpsc::UnboundedReceiver<Heard>>,
    applier: Option<JoinHandle<()>>,
}

impl Subscriptions {
    /// Nothing to hear (the embedded bus, or a node that answers no requests).
    pub fn none() -> Self {
        Self {
            readers: Vec::new(),
            rx: None,
            applier: None,
        }
    }

    /// Subscribes to the events of every region and to the catalog changes.
    pub async fn subscribe(state: &AppState) -> anyhow::Result<Self> {
        let Some(nats) = state.bus().nats().cloned() else {
            return Ok(Self::none());
        };
        let (tx, rx) = mpsc::unbounded_channel();
        let mut readers = Vec::new();
        for region in state.store().regions() {
            let stream = nats.names.events_stream(region.as_str());
            readers.push(
                reader(&nats, &stream, tx.clone(), |bytes| {
                    serde_json::from_slice(bytes).map(Incoming::Event)
                })
                .await?,
            );
        }
        readers.push(
            reader(&nats, &nats.names.catalog_stream(), tx, |bytes| {
                serde_json::from_slice(bytes).map(Incoming::Catalog)
            })
            .await?,
        );
        Ok(Self {
            readers,
            rx: Some(rx),
            applier: None,
        })
    }

    /// Applies what was held and what comes next. `replayed` is, per region, the last
    /// event id the node's start-up replay applied.
    ///
    /// Messages are applied in batches of what has arrived; after each batch the search
    /// index is committed, and only then does the node report the batch's positions as
    /// applied (`/healthz`), so "applied" means searchable and in the feed.
    pub fn start(&mut self, state: &AppState, replayed: BTreeMap<String, i64>) {
        let Some(mut rx) = self.rx.take() else {
            return;
        };
        let state = state.clone();
        self.applier = Some(tokio::spawn(async move {
            let mut batch = Vec::with_capacity(BATCH);
            while rx.recv_many(&mut batch, BATCH).await > 0 {
                let mut positions: BTreeMap<std::sync::Arc<str>, u64> = BTreeMap::new();
                let mut catalog = false;
                for heard in batch.drain(..) {
                    match heard.incoming {
                        // What the start-up replay covered is already in.
                        Some(Incoming::Event(e))
                            if replayed.get(&e.region).is_none_or(|w| e.id > *w) =>
                        {
                            apply_event(&state, &e).await;
                        }
                        Some(Incoming::Event(_)) => {}
                        Some(Incoming::Catalog(change)) => {
                            apply_catalog(&state, change).await;
                            catalog = true;
                        }
                        None => {}
                    }
                    let at = positions.entry(heard.stream).or_default();
                    *at = (*at).max(heard.seq);
                }
                if catalog {
                    let s = state.clone();
                    match tokio::task::spawn_blocking(move || s.search().commit_if_dirty()).await {
                        Ok(Ok(_)) => {}
                        Ok(Err(e)) => tracing::warn!(error = %e, "search index commit failed"),
                        Err(e) => tracing::warn!(error = %e, "search index commit task failed"),
                    }
                }
                if let Some(nats) = state.bus().nats() {
                    for (stream, seq) in positions {
                        nats.mark_applied(&stream, seq);
                    }
                }
            }
        }));
    }

    pub fn stop(self) {
        for r in self.readers {
            r.abort();
        }
        if let Some(a) = self.applier {
            a.abort();
        }
    }
}

async fn reader(
    nats: &Nats,
    stream: &str,
    tx: mpsc::UnboundedSender<Heard>,
    decode: fn(&[u8]) -> serde_json::Result<Incoming>,
) -> anyhow::Result<JoinHandle<()>> {
    let mut consumer = nats
        .js
        .get_stream(stream)
        .await
        .map_err(|e| anyhow::anyhow!("the NATS stream {stream}: {e}"))?
        .create_consumer(pull::OrderedConfig {
            deliver_policy: DeliverPolicy::New,
            ..Default::default()
        })
        .await
        .map_err(|e| anyhow::anyhow!("a consumer of {stream}: {e}"))?;
    // Where the consumer starts: everything up to here is the start-up replay's.
    let start = consumer
        .info()
        .await
        .map_err(|e| anyhow::anyhow!("a consumer of {stream}: {e}"))?
        .delivered
        .stream_sequence;
    let name: std::sync::Arc<str> = stream.into();
    let _ = tx.send(Heard {
        stream: name.clone(),
        seq: start,
        incoming: None,
    });
    let mut messages = consumer
        .messages()
        .await
        .map_err(|e| anyhow::anyhow!("reading {stream}: {e}"))?;
    let node = nats.node().to_owned();
    let stream = stream.to_owned();
    Ok(tokio::spawn(async move {
        while let Some(message) = messages.next().await {
            let message = match message {
                Ok(m) => m,
                Err(e) => {
                    // The ordered consumer re-creates itself; a gap is reported here.
                    tracing::warn!(%stream, error = %e, "reading the bus");
                    continue;
                }
            };
            let seq = match message.info() {
                Ok(info) => info.stream_sequence,
                Err(e) => {
                    tracing::warn!(%stream, error = %e, "a bus message without its position");
                    continue;
                }
            };
            let own = message
                .headers
                .as_ref()
                .and_then(|h| h.get(NODE_HEADER))
                .is_some_and(|v| v.as_str() == node);
            let incoming = if own {
                None
            } else {
                match decode(&message.payload) {
                    Ok(incoming) => Some(incoming),
                    Err(e) => {
                        tracing::warn!(%stream, error = %e, "a bus message that is not one; skipped");
                        None
                    }
                }
            };
            let heard = Heard {
                stream: name.clone(),
                seq,
                incoming,
            };
            if tx.send(heard).is_err() {
                return;
            }
        }
        tracing::warn!(%stream, "the bus consumer ended");
    }))
}

async fn apply_event(state: &AppState, e: &FeedEventMessage) {
    let Ok(region) = RegionCode::parse(&e.region) else {
        return;
    };
    let event = spool_store::FeedEvent {
        id: e.id,
        account_id: AccountId(e.viewer),
        subject: e.subject,
        kind: e.kind.clone(),
        watched_ms: e.watched_ms,
        replays: e.replays,
        created_at_ms: e.at_ms,
    };
    crate::feed::apply_remote(state, &region, &event).await;
}

async fn apply_catalog(state: &AppState, change: CatalogChange) {
    use crate::services::catalog;
    let cell = |region: &str| {
        RegionCode::parse(region)
            .ok()
            .and_then(|r| state.store().cell(&r).cloned())
    };
    match change {
        CatalogChange::Video { region, id } => {
            if let Some(cell) = cell(&region) {
                catalog::apply_video(state, &cell, VideoId(id)).await;
            }
        }
        CatalogChange::Account { id } => catalog::apply_account(state, AccountId(id)).await,
        CatalogChange::AccountVideos { region, id } => {
            if let Some(cell) = cell(&region) {
                catalog::apply_account_videos(state, &cell, AccountId(id)).await;
            }
        }
        CatalogChange::MediaRemoved {
            region,
            videos,
            sounds,
        } => {
            if let Some(cell) = cell(&region) {
                let videos: Vec<VideoId> = videos.into_iter().map(VideoId).collect();
                let sounds: Vec<SoundId> = sounds.into_iter().map(SoundId).collect();
                catalog::forget_removed(state, &cell, &videos, &sounds);
            }
        }
    }
}
