//! The feed engine: catalog, per-viewer state, candidate sources, ranking, filters,
//! diversity and reasons. Pure and in memory; the server feeds it events and videos,
//! persists events in the viewer's home cell and snapshots the state.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::Arc;

use base64::Engine as _;
use parking_lot::RwLock;
use serde::{Deserialize, Serialize};

use crate::ann::AnnIndex;
use crate::model::{Feature, Model, ModelConfig, Signal, Vector};

/// Everything tunable, published by `GET /api/v1/feed/algorithm`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct FeedConfig {
    pub weights: Weights,
    pub model: ModelConfig,
    pub exploration: Exploration,
    /// Half-life of trending scores, in hours.
    pub trending_half_life_hours: f32,
    /// Freshness decays as exp(-age / this), in hours.
    pub freshness_hours: f32,
    /// A creator appears at most once within this many consecutive items.
    pub creator_spacing: usize,
    /// A sound appears at most once within this many consecutive items.
    pub sound_spacing: usize,
    /// Candidates taken from the nearest-neighbour search.
    pub ann_candidates: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    /// Predicted engagement from the model (normalised over the candidates).
    pub engagement: f32,
    pub freshness: f32,
    pub trending: f32,
    /// Bonus for a video in its test-audience stage.
    pub exploration: f32,
    /// Bonus for a creator the viewer follows.
    pub following: f32,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Exploration {
    /// Audience sizes (impressions) of the successive test stages.
    pub stages: Vec<u32>,
    /// A stage is only widened while the completion rate holds at least this.
    pub min_completion_rate: f32,
    /// ... or the engagement rate (likes, comments, shares per impression) this.
    pub min_engagement_rate: f32,
    /// Videos older than this leave the pool.
    pub max_age_hours: f32,
    /// Slots reserved for test-audience videos in each page of 20 (scaled for others).
    pub slots_per_page: usize,
}

impl Default for FeedConfig {
    fn default() -> Self {
        FeedConfig {
            weights: Weights::default(),
            model: ModelConfig::default(),
            exploration: Exploration::default(),
            trending_half_life_hours: 6.0,
            freshness_hours: 48.0,
            creator_spacing: 5,
            sound_spacing: 3,
            ann_candidates: 200,
        }
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            engagement: 0.6,
            freshness: 0.1,
            trending: 0.15,
            exploration: 0.1,
            following: 0.05,
        }
    }
}

impl Default for Exploration {
    fn default() -> Self {
        Exploration {
            stages: vec![10, 100, 1000],
            min_completion_rate: 0.3,
            min_engagement_rate: 0.02,
            max_age_hours: 72.0,
            slots_per_page: 2,
        }
    }
}

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
    fn features(&self) -> Vec<Feature> {
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
struct Stats {
    impressions: u32,
    completions: u32,
    engagements: u32,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
struct Decayed {
    value: f32,
    at: i64,
}

impl Decayed {
    fn read(&self, now: i64, half_life_secs: f32) -> f32 {
        self.value * 0.5f32.powf((now - self.at).max(0) as f32 / half_life_secs)
    }
    fn add(&mut self, x: f32, now: i64, half_life_secs: f32) {
        self.value = self.read(now, half_life_secs) + x;
        self.at = now;
    }
}

/// What the engine keeps about one viewer (personal: snapshotted in the home cell).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ViewerState {
    pub region: String,
    seen: HashSet<u128>,
    seen_order: VecDeque<u128>,
    /// Handed out in the current paging session (cleared by a page without cursor).
    served: HashSet<u128>,
    recent_positive: VecDeque<u128>,
    tag_counts: BTreeMap<String, f32>,
    not_interested_creators: HashSet<u128>,
    not_interested_videos: HashSet<u128>,
}

const SEEN_CAP: usize = 5000;
const SERVED_CAP: usize = 2000;
const RECENT_CAP: usize = 20;

impl ViewerState {
    fn mark_seen(&mut self, video: u128) -> bool {
        if !self.seen.insert(video) {
            return false;
        }
        self.seen_order.push_back(video);
        while self.seen_order.len() > SEEN_CAP {
            if let Some(old) = self.seen_order.pop_front() {
                self.seen.remove(&old);
            }
        }
        true
    }
}

/// A viewer event, already authenticated and parsed by the server.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    Impression,
    View { watched_ms: u32, replays: u32 },
    Skip { watched_ms: u32 },
    Replay,
    NotInterested,
    Like,
    Comment,
    Share,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error("no such video in the feed's catalog")]
    UnknownVideo,
}

/// What recording an event did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Recorded {
    /// The watch time was longer than possible and was capped to this.
    pub capped_to_ms: Option<u32>,
    pub completion: f32,
}

/// Who is asking for a page; the server fills it from the viewer's cell.
#[derive(Debug, Clone, Default)]
pub struct Viewer {
    pub id: Option<u128>,
    pub region: String,
    pub language: Option<String>,
    pub follows: HashSet<u128>,
    /// Accounts the viewer blocked or that blocked the viewer, and muted ones.
    pub hidden_creators: HashSet<u128>,
    pub keyword_filters: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Personalized,
    NonPersonalized,
}

/// A reason a person can read, with the arguments a client needs to localize it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub code: &'static str,
    pub text: String,
    pub args: BTreeMap<&'static str, String>,
}

#[derive(Debug, Clone)]
pub struct PageItem {
    pub video: u128,
    pub reasons: Vec<Reason>,
    pub score: f32,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub items: Vec<PageItem>,
    pub cursor: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Cursor {
    /// Non-personalized: offset into the shared list.
    #[serde(default)]
    o: usize,
    /// Non-personalized: the list's generation.
    #[serde(default)]
    g: u64,
    /// The last creators and sounds of the previous page, for diversity across pages.
    #[serde(default)]
    c: Vec<String>,
    #[serde(default)]
    s: Vec<String>,
}

fn encode_cursor(c: &Cursor) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(serde_json::to_vec(c).unwrap_or_default())
}

fn decode_cursor(s: &str) -> Option<Cursor> {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Which sources proposed a candidate.
#[derive(Debug, Clone, Copy, Default)]
struct Sources {
    ann: bool,
    similar: bool,
    following: bool,
    trending: bool,
    trending_language: bool,
    exploration: bool,
    fresh: bool,
}

#[derive(Default, Serialize, Deserialize)]
struct State {
    model: Model,
    videos: HashMap<u128, VideoMeta>,
    stats: HashMap<u128, Stats>,
    by_creator: HashMap<u128, Vec<u128>>,
    /// Trending per viewer region (engagement from viewers of that region).
    trending: HashMap<String, HashMap<u128, Decayed>>,
    /// Newest first is computed on demand from this (id, created_at).
    fresh: std::collections::BTreeSet<(i64, u128)>,
    /// Videos in their test-audience stages.
    pool: Vec<u128>,
    viewers: HashMap<u128, ViewerState>,
    /// Event watermarks per region cell (the last event id applied).
    pub watermarks: BTreeMap<String, i64>,
}

impl Default for Model {
    fn default() -> Self {
        Model::new(ModelConfig::default())
    }
}

/// A non-personalized list: videos with their reasons, the same for everyone.
type SharedList = Vec<(u128, Vec<Reason>)>;

/// Cached, shared lists (trending tops, non-personalized pages).
#[derive(Default)]
struct Lists {
    generation: u64,
    built_at: i64,
    pruned_at: i64,
    trending_top: HashMap<String, Vec<(f32, u128)>>,
    non_personalized: HashMap<(String, Option<String>), Arc<SharedList>>,
}

pub struct FeedEngine {
    config: FeedConfig,
    state: RwLock<State>,
    ann: RwLock<Arc<AnnIndex>>,
    lists: RwLock<Lists>,
}

/// Seconds lists stay cached; an event still changes the very next personalized page
/// (those are computed from the live model), only the shared lists lag by this much.
const LIST_TTL_SECS: i64 = 1;
/// Seconds between prunings of the exploration pool (the one pass under the write lock).
const PRUNE_EVERY_SECS: i64 = 30;
/// The newest entries of the exploration pool looked at per page.
const POOL_WINDOW: usize = 3000;

impl FeedEngine {
    pub fn new(config: FeedConfig) -> FeedEngine {
        let state = State {
            model: Model::new(config.model.clone()),
            ..State::default()
        };
        FeedEngine {
            config,
            state: RwLock::new(state),
            ann: RwLock::new(Arc::new(AnnIndex::empty())),
            lists: RwLock::new(Lists::default()),
        }
    }

    pub fn config(&self) -> &FeedConfig {
        &self.config
    }

    fn half_life(&self) -> f32 {
        self.config.trending_half_life_hours.max(0.01) * 3600.0
    }

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

    fn remove_locked(st: &mut State, id: u128) {
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

    /// Forgets a viewer entirely: the learned vector and all feed state.
    pub fn forget_viewer(&self, viewer: u128) {
        let mut st = self.state.write();
        st.model.reset_user(viewer);
        st.viewers.remove(&viewer);
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

    pub fn viewer_count(&self) -> usize {
        self.state.read().viewers.len()
    }

    /// Records an event: trains the model, updates the viewer's state, the video's
    /// test-audience figures and trending. `event_id` advances the region's watermark.
    pub fn record(
        &self,
        viewer: u128,
        viewer_region: &str,
        video: u128,
        kind: EventKind,
        now: i64,
        event_id: Option<i64>,
    ) -> Result<Recorded, EventError> {
        let hl = self.half_life();
        let mut guard = self.state.write();
        let st = &mut *guard;
        if let Some(id) = event_id {
            let w = st.watermarks.entry(viewer_region.to_string()).or_default();
            *w = (*w).max(id);
        }
        let Some(meta) = st.videos.get(&video) else {
            return Err(EventError::UnknownVideo);
        };
        let duration = meta.duration_ms.max(1);
        let creator = meta.creator;
        let tags = meta.hashtags.clone();
        let vs = st.viewers.entry(viewer).or_default();
        vs.region = viewer_region.to_string();
        let first_time = vs.mark_seen(video);
        let stats = st.stats.entry(video).or_default();
        if first_time {
            stats.impressions += 1;
        }
        let mut capped = None;
        let mut completion = 0.0;
        let (signal, trend, positive) = match kind {
            EventKind::Impression => (None, 0.0, false),
            EventKind::View {
                watched_ms,
                replays,
            } => {
                // Longer than the clip played (1 + replays) times, plus slack, is not
                // physically possible: cap it.
                let max = duration
                    .saturating_mul(replays.min(20) + 1)
                    .saturating_add(2000);
                let watched = if watched_ms > max {
                    capped = Some(max);
                    max
                } else {
                    watched_ms
                };
                completion = watched as f32 / duration as f32;
                if completion >= 0.8 {
                    stats.completions += 1;
                    (
                        Some(Signal::Positive(1.0 + 0.5 * replays.min(4) as f32)),
                        completion.min(3.0),
                        true,
                    )
                } else if completion >= 0.3 {
                    (Some(Signal::Positive(0.3)), completion, false)
                } else if watched < 2000 {
                    (Some(Signal::Negative(0.5)), 0.0, false)
                } else {
                    (None, completion, false)
                }
            }
            EventKind::Skip { watched_ms } => {
                completion = watched_ms.min(duration) as f32 / duration as f32;
                (Some(Signal::Negative(0.5)), 0.0, false)
            }
            EventKind::Replay => (Some(Signal::Positive(0.5)), 0.5, true),
            EventKind::NotInterested => {
                vs.not_interested_creators.insert(creator);
                vs.not_interested_videos.insert(video);
                (Some(Signal::Negative(2.0)), 0.0, false)
            }
            EventKind::Like => {
                stats.engagements += 1;
                (Some(Signal::Positive(1.5)), 2.0, true)
            }
            EventKind::Comment => {
                stats.engagements += 1;
                (Some(Signal::Positive(2.0)), 2.0, true)
            }
            EventKind::Share => {
                stats.engagements += 1;
                (Some(Signal::Positive(2.0)), 3.0, true)
            }
        };
        if positive {
            vs.recent_positive.retain(|v| *v != video);
            vs.recent_positive.push_back(video);
            while vs.recent_positive.len() > RECENT_CAP {
                vs.recent_positive.pop_front();
            }
            for t in &tags {
                *vs.tag_counts.entry(t.clone()).or_default() += 1.0;
            }
        }
        if kind == EventKind::NotInterested {
            st.model
                .observe_feature(viewer, &Feature::Creator(creator), -2.0, now.max(0) as u32);
        }
        if let Some(signal) = signal {
            st.model.observe(viewer, video, signal, now.max(0) as u32);
        }
        if trend > 0.0 {
            st.trending
                .entry(viewer_region.to_string())
                .or_default()
                .entry(video)
                .or_default()
                .add(trend, now, hl);
        }
        Ok(Recorded {
            capped_to_ms: capped,
            completion,
        })
    }

    /// Following a creator moves the viewer towards the creator's row.
    pub fn record_follow(&self, viewer: u128, viewer_region: &str, creator: u128, now: i64) {
        let mut st = self.state.write();
        st.viewers.entry(viewer).or_default().region = viewer_region.to_string();
        st.model
            .observe_feature(viewer, &Feature::Creator(creator), 1.0, now.max(0) as u32);
    }

    /// The viewer's home region changed: their state is snapshotted there from now on.
    pub fn set_viewer_region(&self, viewer: u128, region: &str) {
        if let Some(vs) = self.state.write().viewers.get_mut(&viewer) {
            vs.region = region.to_string();
        }
    }

    /// "Reset my recommendations": the learned vector, topics, history used for
    /// ranking and "not interested" marks are wiped.
    pub fn reset_viewer(&self, viewer: u128) {
        let mut st = self.state.write();
        st.model.reset_user(viewer);
        if let Some(vs) = st.viewers.get_mut(&viewer) {
            let region = std::mem::take(&mut vs.region);
            *vs = ViewerState {
                region,
                ..ViewerState::default()
            };
        }
    }

    /// Rebuilds the nearest-neighbour index from the current video vectors.
    pub fn rebuild_ann(&self) -> usize {
        let items: Vec<(u128, Vector)> = {
            let st = self.state.read();
            st.videos
                .keys()
                .filter_map(|id| st.model.item_vector(*id).map(|(v, _)| (*id, v)))
                .collect()
        };
        let index = AnnIndex::build(items);
        let n = index.len();
        *self.ann.write() = Arc::new(index);
        n
    }

    /// A viewer's taste vector, if the model has one.
    pub fn user_vector(&self, viewer: u128) -> Option<crate::model::Vector> {
        self.state.read().model.user_vector(viewer)
    }

    pub fn ann(&self) -> Arc<AnnIndex> {
        self.ann.read().clone()
    }

    /// Refreshes the shared lists (trending tops, non-personalized pages) if older than
    /// a second, and now and then ages videos out of the test-audience pool. The server
    /// calls it every second, off the request path.
    pub fn maintain(&self, now: i64) {
        {
            let lists = self.lists.read();
            if lists.generation > 0 && now - lists.built_at < LIST_TTL_SECS {
                return;
            }
        }
        let hl = self.half_life();
        let prune = self.lists.read().pruned_at + PRUNE_EVERY_SECS <= now;
        if prune {
            self.prune_pool(now);
        }
        let st = self.state.read();
        let mut tops = HashMap::new();
        for (region, table) in &st.trending {
            let mut all: Vec<(f32, u128)> =
                table.iter().map(|(id, d)| (d.read(now, hl), *id)).collect();
            let k = 1000.min(all.len());
            if k > 0 && k < all.len() {
                all.select_nth_unstable_by(k - 1, |a, b| b.0.total_cmp(&a.0));
                all.truncate(k);
            }
            all.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            tops.insert(region.clone(), all);
        }
        drop(st);
        let mut lists = self.lists.write();
        lists.trending_top = tops;
        lists.non_personalized.clear();
        lists.generation += 1;
        lists.built_at = now;
        if prune {
            lists.pruned_at = now;
        }
    }

    /// Takes videos that are too old or whose test stopped out of the exploration pool.
    fn prune_pool(&self, now: i64) {
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

    /// One page of the For-You feed.
    pub fn page(
        &self,
        viewer: &Viewer,
        mode: Mode,
        limit: usize,
        cursor: Option<&str>,
        now: i64,
    ) -> Page {
        // Shared lists are refreshed by `maintain` in the background; only the very
        // first page builds them.
        if self.lists.read().generation == 0 {
            self.maintain(now);
        }
        let limit = limit.clamp(1, 50);
        match (mode, viewer.id) {
            (Mode::Personalized, Some(id)) => self.personalized(id, viewer, limit, cursor, now),
            _ => self.non_personalized(viewer, limit, cursor, now),
        }
    }

    fn personalized(
        &self,
        id: u128,
        viewer: &Viewer,
        limit: usize,
        cursor: Option<&str>,
        now: i64,
    ) -> Page {
        let cur = cursor.and_then(decode_cursor);
        let ann = self.ann();
        let lists = self.lists.read();
        let st = self.state.read();
        let empty = ViewerState::default();
        let vs = st.viewers.get(&id).unwrap_or(&empty);
        let user = st.model.user_vector(id);
        let mut cands: HashMap<u128, Sources> = HashMap::new();

        // 1. Nearest neighbours of the viewer's taste vector.
        if let Some(u) = &user {
            for (v, _) in ann.search(u, self.config.ann_candidates) {
                cands.entry(v).or_default().ann = true;
            }
        }
        // 2. Similar to what the viewer last liked or watched to the end.
        // (One search, from the latest: the taste vector above already mixes in the
        // last few positives, and each search costs ~1 ms at a million videos.)
        for liked in vs.recent_positive.iter().rev().take(1) {
            if let Some((v, _)) = st.model.item_vector(*liked) {
                for (n, _) in ann.search(&v, 30) {
                    if n != *liked {
                        cands.entry(n).or_default().similar = true;
                    }
                }
            }
        }
        // 3. Accounts followed.
        for creator in &viewer.follows {
            if let Some(list) = st.by_creator.get(creator) {
                for v in list.iter().rev().take(10) {
                    cands.entry(*v).or_default().following = true;
                }
            }
        }
        // 4. Trending in the viewer's region (and language).
        let top = lists.trending_top.get(&viewer.region);
        for (_, v) in top.into_iter().flatten().take(200) {
            let e = cands.entry(*v).or_default();
            e.trending = true;
            if let (Some(l), Some(m)) = (&viewer.language, st.videos.get(v)) {
                e.trending_language = m.language.as_deref() == Some(l.as_str());
            }
        }
        // 5. The exploration pool: videos in their test-audience stages, fewest
        //    impressions first.
        let mut explore: Vec<(u32, u128)> = st.pool[st.pool.len().saturating_sub(POOL_WINDOW)..]
            .iter()
            .map(|v| (st.stats.get(v).map_or(0, |s| s.impressions), *v))
            .collect();
        if explore.len() > 400 {
            let k = 400;
            explore.select_nth_unstable(k - 1);
            explore.truncate(k);
        }
        explore.sort_unstable();
        for (_, v) in explore.iter().take(100) {
            cands.entry(*v).or_default().exploration = true;
        }
        // 6. Fresh, as a fallback so a page is never empty.
        for (_, v) in st.fresh.iter().rev().take(100) {
            cands.entry(*v).or_default().fresh = true;
        }

        let ex = &self.config.exploration;
        let mut scored = Vec::with_capacity(cands.len());
        for (v, src) in cands {
            let Some(meta) = st.videos.get(&v) else {
                continue;
            };
            if vs.seen.contains(&v) || vs.not_interested_videos.contains(&v) {
                continue;
            }
            if cur.is_some() && vs.served.contains(&v) {
                continue;
            }
            if !self.allowed(meta, viewer) || vs.not_interested_creators.contains(&meta.creator) {
                continue;
            }
            let mut src = src;
            src.following = viewer.follows.contains(&meta.creator);
            if src.exploration {
                let s = st.stats.get(&v).copied().unwrap_or_default();
                src.exploration = stage_of(&s, &ex.stages, ex).is_some();
            }
            let model = st.model.score(user.as_ref(), v).unwrap_or(0.0);
            let trend = st
                .trending
                .get(&viewer.region)
                .and_then(|t| t.get(&v))
                .map_or(0.0, |d| d.read(now, self.half_life()));
            scored.push((v, src, model, trend));
        }
        let items = self.rank(
            &st,
            viewer,
            user.as_ref(),
            vs,
            scored,
            limit,
            cur.as_ref(),
            now,
        );
        drop(st);
        drop(lists);
        {
            let mut st = self.state.write();
            let vs = st.viewers.entry(id).or_default();
            if vs.region.is_empty() {
                vs.region = viewer.region.clone();
            }
            if cur.is_none() {
                vs.served.clear();
            }
            if vs.served.len() > SERVED_CAP {
                vs.served.clear();
            }
            vs.served.extend(items.iter().map(|i| i.video));
        }
        let cursor = self.next_cursor(&items, cur.as_ref(), 0, 0);
        Page { items, cursor }
    }

    fn next_cursor(
        &self,
        items: &[PageItem],
        prev: Option<&Cursor>,
        generation: u64,
        offset: usize,
    ) -> Option<String> {
        if items.is_empty() {
            return None;
        }
        let st = self.state.read();
        let mut c: Vec<String> = prev.map(|p| p.c.clone()).unwrap_or_default();
        let mut s: Vec<String> = prev.map(|p| p.s.clone()).unwrap_or_default();
        for i in items {
            if let Some(m) = st.videos.get(&i.video) {
                c.push(format!("{:x}", m.creator));
                s.push(m.sound.map(|x| format!("{x:x}")).unwrap_or_default());
            }
        }
        let keep_c = self.config.creator_spacing.saturating_sub(1);
        let keep_s = self.config.sound_spacing.saturating_sub(1);
        let c = c.split_off(c.len().saturating_sub(keep_c));
        let s = s.split_off(s.len().saturating_sub(keep_s));
        Some(encode_cursor(&Cursor {
            o: offset,
            g: generation,
            c,
            s,
        }))
    }

    /// Safety and viewer rules shared by both modes.
    fn allowed(&self, meta: &VideoMeta, viewer: &Viewer) -> bool {
        if viewer.hidden_creators.contains(&meta.creator) || Some(meta.creator) == viewer.id {
            return false;
        }
        if meta.followers_only_feed && !viewer.follows.contains(&meta.creator) {
            return false;
        }
        if !viewer.keyword_filters.is_empty() {
            let hit = viewer.keyword_filters.iter().any(|k| {
                meta.caption.contains(k.as_str())
                    || meta.hashtags.iter().any(|t| t == k.trim_start_matches('#'))
            });
            if hit {
                return false;
            }
        }
        true
    }

    #[allow(clippy::too_many_arguments)]
    fn rank(
        &self,
        st: &State,
        viewer: &Viewer,
        user: Option<&Vector>,
        vs: &ViewerState,
        scored: Vec<(u128, Sources, f32, f32)>,
        limit: usize,
        cur: Option<&Cursor>,
        now: i64,
    ) -> Vec<PageItem> {
        let w = &self.config.weights;
        let (lo, hi) = scored.iter().fold((f32::MAX, f32::MIN), |(lo, hi), x| {
            (lo.min(x.2), hi.max(x.2))
        });
        let tmax = scored.iter().map(|x| x.3).fold(0.0f32, f32::max).max(1e-6);
        let span = (hi - lo).max(1e-6);
        let mut ranked: Vec<(f32, u128, Sources)> = scored
            .into_iter()
            .map(|(v, src, model, trend)| {
                let age_h = st
                    .videos
                    .get(&v)
                    .map_or(1e9, |m| (now - m.created_at).max(0) as f32 / 3600.0);
                let fresh = (-age_h / self.config.freshness_hours.max(0.1)).exp();
                let total = w.engagement * (model - lo) / span
                    + w.freshness * fresh
                    + w.trending * trend / tmax
                    + w.exploration * f32::from(u8::from(src.exploration))
                    + w.following * f32::from(u8::from(src.following));
                (total, v, src)
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        // Reserve slots for test-audience videos, at fixed positions.
        let slots = (self.config.exploration.slots_per_page * limit).div_ceil(20);
        let positions: Vec<usize> = (0..slots)
            .map(|k| (2 + k * (limit / slots.max(1)).max(1)).min(limit - 1))
            .collect();
        // Test-audience slots go to the videos with the smallest audience so far (best
        // score first among equals), so every new video gets its first viewers.
        let mut pool: Vec<(u32, usize, (f32, u128, Sources))> = ranked
            .iter()
            .enumerate()
            .filter(|(_, x)| x.2.exploration)
            .map(|(i, x)| (st.stats.get(&x.1).map_or(0, |s| s.impressions), i, *x))
            .collect();
        let age = |v: u128| st.videos.get(&v).map_or(i64::MAX, |m| now - m.created_at);
        pool.sort_by_key(|(imp, i, x)| (*imp, age(x.1), *i));
        let mut explore: VecDeque<(f32, u128, Sources)> =
            pool.into_iter().map(|(_, _, x)| x).collect();
        let picked = diversify(
            st,
            ranked,
            limit,
            |i, taken| {
                if positions.contains(&i) {
                    explore
                        .iter()
                        .position(|x| !taken.contains(&x.1))
                        .and_then(|p| explore.remove(p))
                } else {
                    None
                }
            },
            cur,
            &self.config,
        );
        picked
            .into_iter()
            .map(|(score, v, src)| PageItem {
                video: v,
                reasons: self.reasons(st, viewer, user, vs, v, src),
                score,
            })
            .collect()
    }

    fn reasons(
        &self,
        st: &State,
        viewer: &Viewer,
        user: Option<&Vector>,
        vs: &ViewerState,
        v: u128,
        src: Sources,
    ) -> Vec<Reason> {
        let Some(meta) = st.videos.get(&v) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if src.following {
            out.push(reason(
                "follows_creator",
                format!("You follow @{}", meta.creator_handle),
                [("handle", meta.creator_handle.clone())],
            ));
        }
        if src.exploration {
            out.push(reason(
                "new_video_test_audience",
                "New video — you are among its first viewers".into(),
                [],
            ));
        }
        if src.ann || src.similar {
            // The topic that pulls this viewer towards the video the most, if the viewer
            // has engaged with it repeatedly.
            let topic = meta
                .hashtags
                .iter()
                .filter(|t| vs.tag_counts.get(*t).copied().unwrap_or(0.0) >= 2.0)
                .max_by(|a, b| {
                    let fa = user
                        .and_then(|u| st.model.feature_affinity(u, &Feature::Tag((*a).clone())))
                        .unwrap_or(0.0);
                    let fb = user
                        .and_then(|u| st.model.feature_affinity(u, &Feature::Tag((*b).clone())))
                        .unwrap_or(0.0);
                    fa.total_cmp(&fb)
                });
            if let Some(t) = topic {
                out.push(reason(
                    "topic",
                    format!("You watched several #{t} videos"),
                    [("hashtag", t.clone())],
                ));
            } else if src.similar {
                out.push(reason(
                    "similar_to_liked",
                    "Similar to videos you liked".into(),
                    [],
                ));
            } else {
                out.push(reason(
                    "taste_match",
                    "Matches what you watch to the end".into(),
                    [],
                ));
            }
        }
        if src.trending {
            out.push(reason(
                "trending_region",
                format!("Popular in your region ({}) today", viewer.region),
                [("region", viewer.region.clone())],
            ));
        }
        if src.trending_language {
            if let Some(l) = &viewer.language {
                out.push(reason(
                    "trending_language",
                    format!("Popular in your language ({l})"),
                    [("language", l.clone())],
                ));
            }
        }
        if out.is_empty() {
            out.push(reason("fresh", "New on Spool".into(), []));
        }
        out
    }

    fn non_personalized(
        &self,
        viewer: &Viewer,
        limit: usize,
        cursor: Option<&str>,
        now: i64,
    ) -> Page {
        let cur = cursor.and_then(decode_cursor);
        let key = (viewer.region.clone(), viewer.language.clone());
        let (generation, list) = {
            let lists = self.lists.read();
            (lists.generation, lists.non_personalized.get(&key).cloned())
        };
        // A cursor from an older generation keeps its offset in the new list.
        let list = match list {
            Some(l) => l,
            None => {
                let built = Arc::new(self.build_non_personalized(viewer, now));
                self.lists
                    .write()
                    .non_personalized
                    .insert(key, built.clone());
                built
            }
        };
        let st = self.state.read();
        let start = cur.as_ref().map_or(0, |c| c.o);
        let mut items = Vec::new();
        let mut offset = start;
        for (v, reasons) in list.iter().skip(start) {
            offset += 1;
            let Some(meta) = st.videos.get(v) else {
                continue;
            };
            if viewer.hidden_creators.contains(&meta.creator) || Some(meta.creator) == viewer.id {
                continue;
            }
            items.push(PageItem {
                video: *v,
                reasons: reasons.clone(),
                score: 0.0,
            });
            if items.len() == limit {
                break;
            }
        }
        drop(st);
        let cursor = if offset < list.len() {
            self.next_cursor(&items, cur.as_ref(), generation, offset)
        } else {
            None
        };
        Page { items, cursor }
    }

    /// The shared list for a region and language: trending there, and fresh from
    /// creators there, with the same diversity rules. Uses nothing about the viewer.
    fn build_non_personalized(&self, viewer: &Viewer, now: i64) -> Vec<(u128, Vec<Reason>)> {
        let lists = self.lists.read();
        let st = self.state.read();
        let lang_ok = |m: &VideoMeta| match (&viewer.language, &m.language) {
            (Some(l), Some(ml)) => l == ml,
            _ => true,
        };
        let hl = self.half_life();
        let mut cands: HashMap<u128, Sources> = HashMap::new();
        for (_, v) in lists.trending_top.get(&viewer.region).into_iter().flatten() {
            cands.entry(*v).or_default().trending = true;
        }
        let mut fresh_n = 0;
        for (_, v) in st.fresh.iter().rev() {
            if fresh_n >= 1000 {
                break;
            }
            if st.videos.get(v).is_some_and(|m| m.region == viewer.region) {
                cands.entry(*v).or_default().fresh = true;
                fresh_n += 1;
            }
        }
        let w = &self.config.weights;
        let table = st.trending.get(&viewer.region);
        let tmax = cands
            .keys()
            .filter_map(|v| table.and_then(|t| t.get(v)).map(|d| d.read(now, hl)))
            .fold(1e-6f32, f32::max);
        let mut ranked: Vec<(f32, u128, Sources)> = cands
            .into_iter()
            .filter_map(|(v, src)| {
                let m = st.videos.get(&v)?;
                if !lang_ok(m) || m.followers_only_feed {
                    return None;
                }
                let trend = table
                    .and_then(|t| t.get(&v))
                    .map_or(0.0, |d| d.read(now, hl))
                    / tmax;
                let age_h = (now - m.created_at).max(0) as f32 / 3600.0;
                let fresh = (-age_h / self.config.freshness_hours.max(0.1)).exp();
                Some((w.trending * trend + w.freshness * fresh, v, src))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let n = ranked.len();
        let picked = diversify(&st, ranked, n, |_, _| None, None, &self.config);
        picked
            .into_iter()
            .map(|(_, v, src)| {
                let mut reasons = Vec::new();
                if src.trending {
                    reasons.push(reason(
                        "trending_region",
                        format!("Popular in your region ({}) today", viewer.region),
                        [("region", viewer.region.clone())],
                    ));
                }
                if src.fresh || reasons.is_empty() {
                    reasons.push(reason(
                        "fresh",
                        format!("New in your region ({})", viewer.region),
                        [("region", viewer.region.clone())],
                    ));
                }
                (v, reasons)
            })
            .collect()
    }

    /// A plain-words and numbers description of the algorithm and its current weights.
    pub fn describe(&self) -> serde_json::Value {
        let (videos, viewers) = {
            let st = self.state.read();
            (st.videos.len(), st.viewers.len())
        };
        serde_json::json!({
            "stages": [
                {"name": "events", "description": "The feed client reports impressions, watch time, replays, quick skips and \"not interested\"; likes, comments, shares and follows count too. Each event trains the model at once, so it changes the very next page."},
                {"name": "model", "description": "An online model: every viewer, video, creator, sound, hashtag and language has its own embedding row (no hashing collisions). A video is its own row plus the mean of its features' rows, so a new video already has a place. Watching to the end, replays, likes, comments and shares are positives (pairwise updates against a sampled video the viewer ranks too high); quick skips and \"not interested\" are negatives. A video gets its own row after `item_min_count` events; rows idle for `expiry_secs` are dropped.", "parameters": self.config.model},
                {"name": "candidates", "description": "Nearest neighbours of the viewer's taste vector (HNSW index over video vectors), videos similar to the viewer's recent likes, recent videos of followed accounts, trending in the viewer's region (time-decayed engagement, half-life in hours below), the exploration pool, and fresh videos as a fallback."},
                {"name": "exploration", "description": "Every new public video is shown to a small first audience; the audience is widened stage by stage only while its completion rate or engagement rate stays above the thresholds.", "parameters": self.config.exploration},
                {"name": "ranking", "description": "score = engagement × (model score, normalised over the candidates) + freshness × exp(-age/freshness_hours) + trending × (regional trending score / the highest among the candidates) + exploration × (in a test stage) + following × (you follow the creator). Test-stage videos also get reserved slots.", "weights": self.config.weights, "freshness_hours": self.config.freshness_hours, "trending_half_life_hours": self.config.trending_half_life_hours},
                {"name": "filters", "description": "Removed: videos already seen, blocked and muted accounts (both directions of a block), creators and videos marked \"not interested\", your own videos, videos matching your keyword filters, and videos of creators under 16 unless you follow them. Only public, ready videos of public accounts are in the catalog (moderation removes videos from it)."},
                {"name": "diversity", "description": "No creator twice within `creator_spacing` consecutive items, no sound twice within `sound_spacing`.", "creator_spacing": self.config.creator_spacing, "sound_spacing": self.config.sound_spacing},
                {"name": "non_personalized", "description": "mode=non_personalized uses nothing about you: the same list of trending and fresh videos for everyone in your region and language, paged by the cursor."}
            ],
            "catalog_videos": videos,
            "viewers_with_state": viewers,
        })
    }

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

    /// The catalog's record of a video.
    pub fn video(&self, id: u128) -> Option<VideoMeta> {
        self.state.read().videos.get(&id).cloned()
    }

    pub fn watermark(&self, region: &str) -> i64 {
        self.state
            .read()
            .watermarks
            .get(region)
            .copied()
            .unwrap_or(0)
    }

    /// Drops model rows idle for longer than the expiry.
    pub fn expire(&self, now: i64) -> usize {
        self.state.write().model.expire(now.max(0) as u32)
    }
}

#[derive(Serialize, Deserialize)]
struct CatalogSnapshot {
    model_items: crate::model::Map<u128, crate::model::Row>,
    model_features: crate::model::Map<Feature, crate::model::Row>,
    model_info: crate::model::Map<u128, crate::model::ItemInfo>,
    stats: HashMap<u128, Stats>,
    trending: HashMap<String, HashMap<u128, Decayed>>,
    pool: Vec<u128>,
    watermarks: BTreeMap<String, i64>,
}

#[derive(Serialize, Deserialize)]
struct ViewersSnapshot {
    region: String,
    watermark: i64,
    viewers: Vec<(u128, ViewerState, Option<crate::model::Row>)>,
}

fn reason<const N: usize>(
    code: &'static str,
    text: String,
    args: [(&'static str, String); N],
) -> Reason {
    Reason {
        code,
        text,
        args: args.into_iter().collect(),
    }
}

/// The test stage a video is in (`None`: graduated or stopped).
fn stage_of(s: &Stats, stages: &[u32], ex: &Exploration) -> Option<usize> {
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

/// Greedy re-ranking: best first, skipping a video whose creator appeared within the
/// last `creator_spacing - 1` items or whose sound within `sound_spacing - 1` (relaxed
/// only when no remaining candidate keeps the spacing).
/// `slot(i, taken)` may force a video into position i (reserved exploration slots).
fn diversify(
    st: &State,
    ranked: Vec<(f32, u128, Sources)>,
    limit: usize,
    mut slot: impl FnMut(usize, &HashSet<u128>) -> Option<(f32, u128, Sources)>,
    cur: Option<&Cursor>,
    config: &FeedConfig,
) -> Vec<(f32, u128, Sources)> {
    let mut recent_c: VecDeque<u128> = cur
        .map(|c| {
            c.c.iter()
                .filter_map(|x| u128::from_str_radix(x, 16).ok())
                .collect()
        })
        .unwrap_or_default();
    let mut recent_s: VecDeque<Option<u128>> = cur
        .map(|c| {
            c.s.iter()
                .map(|x| u128::from_str_radix(x, 16).ok())
                .collect()
        })
        .unwrap_or_default();
    let keep_c = config.creator_spacing.saturating_sub(1);
    let keep_s = config.sound_spacing.saturating_sub(1);
    let mut out = Vec::with_capacity(limit);
    let mut taken = HashSet::new();
    // Creator and sound of each candidate, looked up once (a small, cache-friendly map
    // instead of the catalog on every check).
    let who: HashMap<u128, (u128, Option<u128>)> = ranked
        .iter()
        .filter_map(|x| st.videos.get(&x.1).map(|m| (x.1, (m.creator, m.sound))))
        .collect();
    let mut rest: VecDeque<(f32, u128, Sources)> = ranked.into();
    let fits = |v: u128, rc: &VecDeque<u128>, rs: &VecDeque<Option<u128>>| {
        let (creator, sound) = match who.get(&v) {
            Some(x) => *x,
            None => match st.videos.get(&v) {
                Some(m) => (m.creator, m.sound),
                None => return false,
            },
        };
        !rc.contains(&creator) && (sound.is_none() || !rs.contains(&sound))
    };
    while out.len() < limit {
        let forced = slot(out.len(), &taken).filter(|x| fits(x.1, &recent_c, &recent_s));
        let next = match forced {
            Some(x) => Some(x),
            None => rest
                .iter()
                .position(|x| !taken.contains(&x.1) && fits(x.1, &recent_c, &recent_s))
                // Only when no candidate left keeps the spacing (too few creators) is
                // it relaxed, rather than ending the feed.
                .or_else(|| rest.iter().position(|x| !taken.contains(&x.1)))
                .and_then(|p| rest.remove(p)),
        };
        let Some(x) = next else { break };
        if let Some(m) = st.videos.get(&x.1) {
            recent_c.push_back(m.creator);
            recent_s.push_back(m.sound);
        }
        while recent_c.len() > keep_c {
            recent_c.pop_front();
        }
        while recent_s.len() > keep_s {
            recent_s.pop_front();
        }
        taken.insert(x.1);
        out.push(x);
    }
    out
}
