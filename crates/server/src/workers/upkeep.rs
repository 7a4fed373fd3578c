//! The upkeep loops, each a [`Periodic`] worker. Every one of them is idempotent and
//! loses nothing when cut off: the search index and feed catalog are caches of the
//! store, snapshots are written atomically, clean-ups are single DELETEs.
//!
//! [`start_node`] keeps one API node's own copies current; [`start_deployment`] is the
//! upkeep of the shared store (and the job relay), run where the jobs run.

use std::time::Duration;

use tokio::task::JoinHandle;

use super::{spawn, Periodic};
use crate::state::AppState;

/// The loops of a node that answers requests: its search index, feed engine and
/// snapshots, its local rate-limit keys, and the hand-over from `spool seed`.
pub fn start_node(state: &AppState) -> Vec<JoinHandle<()>> {
    let feed = &state.config().feed;
    let secs = |s: u64| Duration::from_secs(s.max(1));
    let mut handles = Vec::new();
    let s = state.clone();
    // Search: writes become visible at the next commit.
    handles.push(spawn(Periodic::new(
        "search-commit",
        Duration::from_millis(250),
        false,
        move || {
            let s = s.clone();
            async move {
                tokio::task::spawn_blocking(move || s.search().commit_if_dirty()).await??;
                Ok(())
            }
        },
    )));
    let s = state.clone();
    // Feed: trending and exploration lists.
    handles.push(spawn(Periodic::new(
        "feed-lists",
        Duration::from_secs(1),
        false,
        move || {
            let s = s.clone();
            async move {
                tokio::task::spawn_blocking(move || s.feed().maintain(crate::feed::now_secs()))
                    .await?;
                Ok(())
            }
        },
    )));
    let s = state.clone();
    handles.push(spawn(Periodic::new(
        "feed-ann",
        secs(feed.ann_rebuild_secs),
        false,
        move || {
            let s = s.clone();
            async move {
                tokio::task::spawn_blocking(move || s.feed().rebuild_ann()).await?;
                Ok(())
            }
        },
    )));
    let s = state.clone();
    handles.push(spawn(Periodic::new(
        "feed-snapshot",
        secs(feed.snapshot_secs),
        false,
        move || {
            let s = s.clone();
            async move { crate::feed::save(&s).await }
        },
    )));
    let s = state.clone();
    handles.push(spawn(Periodic::new(
        "feed-expiry",
        Duration::from_secs(3600),
        true,
        move || {
            let s = s.clone();
            async move {
                crate::feed::expire(&s);
                Ok(())
            }
        },
    )));
    let s = state.clone();
    handles.push(spawn(Periodic::new(
        "rate-limit-shrink",
        secs(state.config().server.housekeeping_secs),
        false,
        move || {
            let s = s.clone();
            async move {
                s.limits().shrink();
                Ok(())
            }
        },
    )));
    let s = state.clone();
    // Another process (`spool seed`) wrote to the cells and left word: rebuild the
    // index and the feed catalog from the store.
    handles.push(spawn(Periodic::new(
        "catalog-pickup",
        Duration::from_secs(2),
        true,
        move || {
            let s = s.clone();
            async move {
                if s.take_handed_over_changes() {
                    tracing::info!("another process changed the cells; rebuilding the catalog");
                    crate::services::catalog::reindex_all(&s).await?;
                    s.handed_over_changes_done();
                }
                Ok(())
            }
        },
    )));
    handles
}

/// The upkeep of the shared store: housekeeping, pruning feed events past retention,
/// and (with the NATS bus) the job relay.
pub fn start_deployment(state: &AppState) -> Vec<JoinHandle<()>> {
    let secs = |s: u64| Duration::from_secs(s.max(1));
    let mut handles = Vec::new();
    let s = state.clone();
    handles.push(spawn(Periodic::new(
        "housekeeping",
        secs(state.config().server.housekeeping_secs),
        true,
        move || {
            let s = s.clone();
            async move { crate::app::housekeeping(&s).await }
        },
    )));
    let s = state.clone();
    handles.push(spawn(Periodic::new(
        "feed-prune",
        Duration::from_secs(3600),
        true,
        move || {
            let s = s.clone();
            async move { crate::feed::prune(&s).await }
        },
    )));
    if let Some(nats) = state.bus().nats().cloned() {
        // A job due for a whole lease without a claim was never announced (or its word
        // was lost): announce it again.
        let lease = Duration::from_secs(state.config().jobs.lease_secs);
        let s = state.clone();
        handles.push(spawn(Periodic::new(
            "job-relay",
            (lease / 2).max(Duration::from_secs(1)),
            true,
            move || {
                let s = s.clone();
                let nats = std::sync::Arc::clone(&nats);
                async move {
                    crate::bus::queue::relay(s.store(), &nats, lease).await?;
                    Ok(())
                }
            },
        )));
    }
    handles
}
