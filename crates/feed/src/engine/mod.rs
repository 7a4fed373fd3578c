//! The feed engine: catalog, per-viewer state, candidate sources, ranking, filters,
//! diversity and reasons. Pure and in memory; the server feeds it events and videos,
//! persists events in the viewer's home cell and snapshots the state.
//!
//! One file per stage: `config` (the tunables), `catalog` (videos, their figures,
//! the exploration pool), `viewer` (per-viewer state), `events` (recording an event),
//! `candidates` (the sources of a personalized page and the ANN index), `filters`,
//! `ranking`, `diversity`, `reasons`, `non_personalized`, `cursor` (paging) and
//! `snapshot` (persistence). This file holds the engine's state and the page pipeline.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use parking_lot::RwLock;
use serde::{Deserialize, Serialize};

use crate::ann::AnnIndex;
use crate::model::{Model, ModelConfig};

mod candidates;
mod catalog;
mod config;
mod cursor;
mod diversity;
mod events;
mod filters;
mod non_personalized;
mod ranking;
mod reasons;
mod snapshot;
mod viewer;

pub use catalog::VideoMeta;
pub use config::{Exploration, FeedConfig, Weights};
pub use events::{EventError, EventKind, Recorded};
pub use reasons::Reason;
pub use viewer::{Viewer, ViewerState};

use candidates::Sources;
use catalog::{stage_of, Decayed, Stats, Video};
use cursor::{decode_cursor, Cursor};
use viewer::SERVED_CAP;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Personalized,
    NonPersonalized,
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

#[derive(Default)]
struct State {
    model: Model,
    videos: catalog::Videos,
    /// The names the videos share (interned).
    names: catalog::Names,
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
        let cands = self.candidates(&st, &lists, &ann, vs, viewer, user.as_ref());

        let ex = &self.config.exploration;
        let mut scored = Vec::with_capacity(cands.len());
        // Videos the viewer has already seen: shown again only once nothing new is
        // left, after the new ones and saying so (a small catalog never goes blank).
        let mut again = Vec::new();
        for (v, src) in cands {
            let Some(meta) = st.videos.get(&v) else {
                continue;
            };
            if vs.not_interested_videos.contains(&v) {
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
            let seen = vs.seen.contains(&v);
            if src.exploration {
                let s = st.stats.get(&v).copied().unwrap_or_default();
                src.exploration = !seen && stage_of(&s, &ex.stages, ex).is_some();
            }
            let model = st.model.score(user.as_ref(), v).unwrap_or(0.0);
            let trend = st
                .trending
                .get(&viewer.region)
                .and_then(|t| t.get(&v))
                .map_or(0.0, |d| d.read(now, self.half_life()));
            if seen {
                again.push((v, src, model, trend));
            } else {
                scored.push((v, src, model, trend));
            }
        }
        let mut items = self.rank(
            &st,
            viewer,
            user.as_ref(),
            vs,
            scored,
            limit,
            cur.as_ref(),
            now,
        );
        if items.len() < limit && !again.is_empty() {
            let more = self.rank(
                &st,
                viewer,
                user.as_ref(),
                vs,
                again,
                limit - items.len(),
                cur.as_ref(),
                now,
            );
            items.extend(more.into_iter().map(|mut i| {
                i.reasons.insert(0, reasons::seen_before());
                i
            }));
        }
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
                {"name": "candidates", "description": "Nearest neighbours of the viewer's taste vector (an inverted-file index of int8-quantized video vectors, re-scored exactly), videos similar to the viewer's recent likes, recent videos of followed accounts, trending in the viewer's region (time-decayed engagement, half-life in hours below), the exploration pool, and fresh videos as a fallback."},
                {"name": "exploration", "description": "Every new public video is shown to a small first audience; the audience is widened stage by stage only while its completion rate or engagement rate stays above the thresholds.", "parameters": self.config.exploration},
                {"name": "ranking", "description": "score = engagement × (model score, normalised over the candidates) + freshness × exp(-age/freshness_hours) + trending × (regional trending score / the highest among the candidates) + exploration × (in a test stage) + following × (you follow the creator). Test-stage videos also get reserved slots.", "weights": self.config.weights, "freshness_hours": self.config.freshness_hours, "trending_half_life_hours": self.config.trending_half_life_hours},
                {"name": "filters", "description": "Removed: videos already seen (once nothing new is left they come back, after the new ones and marked as seen before), blocked and muted accounts (both directions of a block), creators and videos marked \"not interested\", your own videos, videos matching your keyword filters, and videos of creators under 16 unless you follow them. Only public, ready videos of public accounts are in the catalog (moderation removes videos from it)."},
                {"name": "diversity", "description": "No creator twice within `creator_spacing` consecutive items, no sound twice within `sound_spacing`.", "creator_spacing": self.config.creator_spacing, "sound_spacing": self.config.sound_spacing},
                {"name": "non_personalized", "description": "mode=non_personalized uses nothing about you: the same list of trending and fresh videos for everyone in your region and language, paged by the cursor."}
            ],
            "catalog_videos": videos,
            "viewers_with_state": viewers,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn video(id: u128, creator: u128) -> VideoMeta {
        VideoMeta {
            id,
            creator,
            creator_handle: format!("c{creator}"),
            region: "eu".into(),
            sound: None,
            hashtags: vec!["cats".into()],
            language: None,
            caption: "a clip".into(),
            created_at: 1_000 + id as i64,
            duration_ms: 10_000,
            followers_only_feed: false,
        }
    }

    fn ids(page: &Page) -> Vec<u128> {
        page.items.iter().map(|i| i.video).collect()
    }

    #[test]
    fn seen_videos_come_back_after_the_new_ones_marked_and_the_feed_still_ends() {
        let engine = FeedEngine::new(FeedConfig::default());
        for id in 1..=6 {
            engine.upsert_video(video(id, 100 + id));
        }
        let viewer = Viewer {
            id: Some(7),
            region: "eu".into(),
            ..Viewer::default()
        };
        let now = 2_000;
        for id in 1..=4 {
            engine
                .record(7, "eu", id, EventKind::Impression, now, None)
                .unwrap();
        }
        let first = engine.page(&viewer, Mode::Personalized, 10, None, now);
        let got = ids(&first);
        assert_eq!(got.len(), 6, "{got:?}");
        // The two new ones first, without the mark; then the four seen, each marked.
        let mut new: Vec<u128> = got[..2].to_vec();
        new.sort();
        assert_eq!(new, [5, 6]);
        for item in &first.items[..2] {
            assert!(item.reasons.iter().all(|r| r.code != "seen_before"));
        }
        for item in &first.items[2..] {
            assert!(item.video <= 4);
            assert_eq!(item.reasons[0].code, "seen_before");
        }
        // Nothing is served twice in one paging session: the next page is the end.
        let next = engine.page(
            &viewer,
            Mode::Personalized,
            10,
            first.cursor.as_deref(),
            now,
        );
        assert!(next.items.is_empty(), "{:?}", ids(&next));
        assert!(next.cursor.is_none());
        // A viewer with new videos left sees only those on a short page.
        let short = engine.page(&viewer, Mode::Personalized, 2, None, now);
        let mut got = ids(&short);
        got.sort();
        assert_eq!(got, [5, 6]);
    }
}
