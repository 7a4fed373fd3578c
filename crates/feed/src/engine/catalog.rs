//! The catalog: public, ready videos, their test-audience figures and trending scores,
//! and the exploration pool.

use serde::{Deserialize, Serialize};

use super::{Exploration, FeedEngine, State};
use crate::model::{Feature, Map, Name};

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

/// A video as the catalog holds it: `VideoMeta` with its names (handle, region,
/// language, hashtags) interned and its lists boxed, ≈ 150 bytes instead of ≈ 460 at a
/// million videos (measured by `spool bench feed`).
#[derive(Debug, Clone)]
pub(super) struct Video {
    pub(super) creator: u128,
    pub(super) sound: Option<u128>,
    pub(super) created_at: i64,
    pub(super) duration_ms: u32,
    pub(super) followers_only_feed: bool,
    pub(super) creator_handle: Name,
    pub(super) region: Name,
    pub(super) language: Option<Name>,
    pub(super) hashtags: Box<[Name]>,
    pub(super) caption: Box<str>,
}

/// The interned names of the catalog; a name no video holds any more is dropped by
/// `prune_pool`.
pub(super) type Names = rustc_hash::FxHashSet<Name>;

fn intern(names: &mut Names, s: &str) -> Name {
    if let Some(n) = names.get(s) {
        return n.clone();
    }
    let n = Name::from(s);
    names.insert(n.clone());
    n
}

impl Video {
    fn from_meta(meta: VideoMeta, names: &mut Names) -> Video {
        Video {
            creator: meta.creator,
            sound: meta.sound,
            created_at: meta.created_at,
            duration_ms: meta.duration_ms,
            followers_only_feed: meta.followers_only_feed,
            creator_handle: intern(names, &meta.creator_handle),
            region: intern(names, &meta.region),
            language: meta.language.map(|l| intern(names, &l)),
            hashtags: meta.hashtags.iter().map(|t| intern(names, t)).collect(),
            caption: meta.caption.into_boxed_str(),
        }
    }

    fn to_meta(&self, id: u128) -> VideoMeta {
        VideoMeta {
            id,
            creator: self.creator,
            creator_handle: self.creator_handle.to_string(),
            region: self.region.to_string(),
            sound: self.sound,
            hashtags: self.hashtags.iter().map(|t| t.to_string()).collect(),
            language: self.language.as_ref().map(|l| l.to_string()),
            caption: self.caption.to_string(),
            created_at: self.created_at,
            duration_ms: self.duration_ms,
            followers_only_feed: self.followers_only_feed,
        }
    }

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

/// The catalog's videos by id.
pub(super) type Videos = Map<u128, Video>;

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
        let st = &mut *st;
        let id = meta.id;
        let video = Video::from_meta(meta, &mut st.names);
        let now = video.created_at.max(0) as u32;
        st.model.upsert_item(id, video.features(), now);
        let list = st.by_creator.entry(video.creator).or_default();
        if !list.contains(&id) {
            list.push(id);
        }
        if let Some(old) = st.videos.get(&id) {
            // A new creation time moves it in the fresh list.
            if old.created_at != video.created_at && st.fresh.remove(&(old.created_at, id)) {
                st.fresh.insert((video.created_at, id));
            }
        } else {
            st.fresh.insert((video.created_at, id));
            st.pool.push(id);
        }
        st.videos.insert(id, video);
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
        self.state.read().videos.get(&id).map(|v| v.to_meta(id))
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
            names,
            ..
        } = &mut *st;
        names.retain(|n| n.shared_by_more_than(0));
        pool.retain(|id| {
            let Some(v) = videos.get(id) else {
                return false;
            };
            let s = stats.get(id).copied().unwrap_or_default();
            now - v.created_at <= max_age && stage_of(&s, stages, ex).is_some()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FeedConfig;

    fn meta(id: u128, tags: &[&str]) -> VideoMeta {
        VideoMeta {
            id,
            creator: 7,
            creator_handle: "maria".into(),
            region: "eu".into(),
            sound: Some(9),
            hashtags: tags.iter().map(|t| t.to_string()).collect(),
            language: Some("es".into()),
            caption: "hola #cats".into(),
            created_at: 100 + id as i64,
            duration_ms: 15_000,
            followers_only_feed: false,
        }
    }

    #[test]
    fn the_compact_record_gives_back_what_was_upserted() {
        let engine = FeedEngine::new(FeedConfig::default());
        let m = meta(1, &["cats", "dogs"]);
        engine.upsert_video(m.clone());
        let back = engine.video(1).unwrap();
        assert_eq!(
            serde_json::to_value(&back).unwrap(),
            serde_json::to_value(&m).unwrap()
        );
        assert!(engine.video(2).is_none());
    }

    #[test]
    fn videos_share_their_names_and_unused_names_are_dropped() {
        let engine = FeedEngine::new(FeedConfig::default());
        engine.upsert_video(meta(1, &["cats"]));
        engine.upsert_video(VideoMeta {
            creator_handle: "solo".into(),
            ..meta(2, &["cats", "rare"])
        });
        {
            let st = engine.state.read();
            let (a, b) = (&st.videos[&1], &st.videos[&2]);
            assert!(std::ptr::eq(&*a.hashtags[0], &*b.hashtags[0]));
            assert!(std::ptr::eq(&*a.region, &*b.region));
            assert!(st.names.contains("rare"));
        }
        engine.remove_video(2);
        engine.prune_pool(200);
        let st = engine.state.read();
        assert!(st.names.contains("cats") && st.names.contains("eu"));
        // A handle no video holds any more is gone; a hashtag stays while the model
        // keeps its row.
        assert!(!st.names.contains("solo"));
        assert!(!st.videos.contains_key(&2));
    }
}
