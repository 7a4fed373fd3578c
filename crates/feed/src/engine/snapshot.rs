//! Persistence: the catalog snapshot (nothing personal) and per-region viewer
//! snapshots, and the event watermarks they were taken at.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{Decayed, FeedEngine, Stats, ViewerState};
use crate::model::Feature;

#[derive(Serialize, Deserialize)]
pub(super) struct CatalogSnapshot {
    pub(super) model_items: crate::model::Map<u128, crate::model::Row>,
    pub(super) model_features: crate::model::Map<Feature, crate::model::Row>,
    pub(super) model_info: crate::model::Map<u128, crate::model::ItemInfo>,
    pub(super) stats: HashMap<u128, Stats>,
    pub(super) trending: HashMap<String, HashMap<u128, Decayed>>,
    pub(super) pool: Vec<u128>,
    pub(super) watermarks: BTreeMap<String, i64>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct ViewersSnapshot {
    pub(super) region: String,
    pub(super) watermark: i64,
    pub(super) viewers: Vec<(u128, ViewerState, Option<crate::model::Row>)>,
}

impl FeedEngine {
    // ---- persistence -------------------------------------------------------------

    /// Serializes everything but the viewers (no personal data): the catalog, video
    /// and feature rows, trending and test-audience figures.
    pub fn snapshot_catalog(&self) -> Result<Vec<u8>, bincode::Error> {
        let st = self.state.read();
        let shell = CatalogSnapshot {
            model_items: st.model.items.clone(),
            model_features: st.model.features.clone(),
            model_info: st.model.info.clone(),
            stats: st.stats.clone(),
            trending: st.trending.clone(),
            pool: st.pool.clone(),
            watermarks: st.watermarks.clone(),
        };
        bincode::serialize(&shell)
    }

    /// Serializes the viewers whose home region is `region` (their learned vectors and
    /// feed state): stored in that region's cell only.
    pub fn snapshot_viewers(&self, region: &str) -> Result<Vec<u8>, bincode::Error> {
        let st = self.state.read();
        let viewers: Vec<(u128, ViewerState, Option<crate::model::Row>)> = st
            .viewers
            .iter()
            .filter(|(_, v)| v.region == region)
            .map(|(id, v)| (*id, v.clone(), st.model.users.get(id).cloned()))
            .collect();
        bincode::serialize(&ViewersSnapshot {
            region: region.to_string(),
            watermark: st.watermarks.get(region).copied().unwrap_or(0),
            viewers,
        })
    }

    /// Restores a catalog snapshot; videos must be upserted first (rows of videos
    /// that are gone are dropped). Returns the watermarks it was taken at.
    pub fn restore_catalog(&self, bytes: &[u8]) -> Result<BTreeMap<String, i64>, bincode::Error> {
        let snap: CatalogSnapshot = bincode::deserialize(bytes)?;
        let mut st = self.state.write();
        let st = &mut *st;
        for (id, row) in snap.model_items {
            if st.videos.contains_key(&id) {
                st.model.items.insert(id, row);
            }
        }
        for (id, info) in snap.model_info {
            if let Some(cur) = st.model.info.get_mut(&id) {
                cur.seen = info.seen;
            }
        }
        for (f, row) in snap.model_features {
            st.model.features.insert(f, row);
        }
        st.stats = snap
            .stats
            .into_iter()
            .filter(|(id, _)| st.videos.contains_key(id))
            .collect();
        st.trending = snap.trending;
        for t in st.trending.values_mut() {
            t.retain(|id, _| st.videos.contains_key(id));
        }
        let videos = &st.videos;
        let known: HashSet<u128> = snap.pool.iter().copied().collect();
        st.pool
            .retain(|id| known.contains(id) || !st.stats.contains_key(id));
        st.pool.retain(|id| videos.contains_key(id));
        st.watermarks = snap.watermarks.clone();
        Ok(snap.watermarks)
    }

    /// Restores one region's viewers. Returns the watermark it was taken at.
    pub fn restore_viewers(&self, bytes: &[u8]) -> Result<(String, i64), bincode::Error> {
        let snap: ViewersSnapshot = bincode::deserialize(bytes)?;
        let mut st = self.state.write();
        for (id, vs, row) in snap.viewers {
            if let Some(row) = row {
                st.model.users.insert(id, row);
            }
            st.viewers.insert(id, vs);
        }
        st.watermarks.insert(snap.region.clone(), snap.watermark);
        Ok((snap.region, snap.watermark))
    }

    /// Notes that events up to `id` of a region's cell have been applied.
    pub fn advance_watermark(&self, region: &str, id: i64) {
        let mut st = self.state.write();
        let w = st.watermarks.entry(region.to_string()).or_default();
        *w = (*w).max(id);
    }

    pub fn watermark(&self, region: &str) -> i64 {
        self.state
            .read()
            .watermarks
            .get(region)
            .copied()
            .unwrap_or(0)
    }
}
