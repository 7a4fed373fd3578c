//! The catalog: public, ready videos, their test-audience figures and trending scores,
//! and the exploration pool.

use serde::{Deserialize, Serialize};

use super::{Exploration, FeedEngine, State};
use crate::model::Feature;

/// A public, ready video as the feed sees it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VideoMeta {
    pub id: u128,
    pub creator: u128,
    pub creator_handle: String,
    /// The creator's home region.
    pub region: String,
    pub sound: Option<u128>,
    pub hashtags: Vec<String>,
    /// Detected caption language (ISO 639-1), if any.
    pub language: Option<String>,
    /// Lowercased caption, for the viewer's keyword filters.
    pub caption: String,
    pub created_at: i64,
    pub duration_ms: u32,
    /// Only shown to followers (creator under 16): never recommended to strangers.
    pub followers_only_feed: bool,
}

impl VideoMeta {
    pub(super) fn features(&self) -> Vec<Feature> {
        let mut f = vec![Feature::Creator(self.creator)];
        if let Some(s) = self.sound {
            f.push(Feature::Sound(s));
        }
        f.extend(self.hashtags.iter().map(|t| Feature::Tag(t.clone())));
        if let Some(l) = &self.language {
            f.push(Feature::Lang(l.clone()));
        }
        f
    }
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub(super) struct Stats {
    pub(super) impressions: u32,
    pub(super) completions: u32,
    pub(super) engagements: u32,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub(super) struct Decayed {
    pub(super) value: f32,
    pub(super) at: i64,
}

impl Decayed {
    pub(super) fn read(&self, now: i64, half_life_secs: f32) -> f32 {
        self.value * 0.5f32.powf((now - self.at).max(0) as f32 / half_life_secs)
    }
    pub(super) fn add(&mut self, x: f32, now: i64, half_life_secs: f32) {
        self.value = self.read(now, half_life_secs) + x;
        self.at = now;
    }
}

/// The test stage a video is in (`None`: graduated or stopped).
pub(super) fn stage_of(s: &Stats, stages: &[u32], ex: &Exploration) -> Option<usize> {
    let completion = s.completions as f32 / s.impressions.max(1) as f32;
    let engagement = s.engagements as f32 / s.impressions.max(1) as f32;
    let holding = completion >= ex.min_completion_rate || engagement >= ex.min_engagement_rate;
    for (i, size) in stages.iter().enumerate() {
        if s.impressions < *size {
            // The first stage is open to every new video; later ones only while the
            // audience so far liked it.
            return if i == 0 || holding { Some(i) } else { None };
        }
    }
    None
}

impl FeedEngine {
    /// Adds or updates a public, ready video.
    pub fn upsert_video(&self, meta: VideoMeta) {
        let mut st = self.state.write();
        let now = meta.created_at.max(0) as u32;
        st.model.upsert_item(meta.id, meta.features(), now);
        let list = st.by_creator.entry(meta.creator).or_default();
        if !list.contains(&meta.id) {
            list.push(meta.id);
        }
        if !st.videos.contains_key(&meta.id) {
            st.fresh.insert((meta.created_at, meta.id));
            st.pool.push(meta.id);
        }
        st.videos.insert(meta.id, meta);
    }

    /// Removes a video from every list (deleted, gone private, moderated).
    pub fn remove_video(&self, id: u128) {
        let mut st = self.state.write();
        Self::remove_locked(&mut st, id);
    }

    pub(super) fn remove_locked(st: &mut State, id: u128) {
        let Some(meta) = st.videos.remove(&id) else {
            return;
        };
        st.model.remove_item(id);
        st.stats.remove(&id);
        if let Some(list) = st.by_creator.get_mut(&meta.creator) {
            list.retain(|v| *v != id);
        }
        st.fresh.remove(&(meta.created_at, id));
        st.pool.retain(|v| *v != id);
        for t in st.trending.values_mut() {
            t.remove(&id);
        }
    }

    /// Removes every video of a creator (account deleted or gone private).
    pub fn remove_creator(&self, creator: u128) {
        let mut st = self.state.write();
        let ids = st.by_creator.remove(&creator).unwrap_or_default();
        for id in ids {
            Self::remove_locked(&mut st, id);
        }
    }

    pub fn contains_video(&self, id: u128) -> bool {
        self.state.read().videos.contains_key(&id)
    }

    pub fn video_duration_ms(&self, id: u128) -> Option<u32> {
        self.state.read().videos.get(&id).map(|v| v.duration_ms)
    }

    pub fn video_count(&self) -> usize {
        self.state.read().videos.len()
    }

    /// The catalog's record of a video.
    pub fn video(&self, id: u128) -> Option<VideoMeta> {
        self.state.read().videos.get(&id).cloned()
    }

    /// Drops model rows idle for longer than the expiry.
    pub fn expire(&self, now: i64) -> usize {
        self.state.write().model.expire(now.max(0) as u32)
    }

    /// Takes videos that are too old or whose test stopped out of the exploration pool.
    pub(super) fn prune_pool(&self, now: i64) {
        let mut st = self.state.write();
        let max_age = (self.config.exploration.max_age_hours * 3600.0) as i64;
        let stages = &self.config.exploration.stages;
        let ex = &self.config.exploration;
        let State {
            pool,
            videos,
            stats,
            ..
        } = &mut *st;
        pool.retain(|id| {
            let Some(v) = videos.get(id) else {
                return false;
            };
            let s = stats.get(id).copied().unwrap_or_default();
            now - v.created_at <= max_age && stage_of(&s, stages, ex).is_some()
        });
    }
}
