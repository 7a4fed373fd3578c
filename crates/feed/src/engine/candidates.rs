//! Candidate sources of a personalized page, and the nearest-neighbour index they use.

use std::collections::HashMap;
use std::sync::Arc;

use super::{FeedEngine, Lists, State, Viewer, ViewerState, POOL_WINDOW};
use crate::ann::AnnIndex;
use crate::model::Vector;

/// Which sources proposed a candidate.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Sources {
    pub(super) ann: bool,
    pub(super) similar: bool,
    pub(super) following: bool,
    pub(super) trending: bool,
    pub(super) trending_language: bool,
    pub(super) exploration: bool,
    pub(super) fresh: bool,
}

impl FeedEngine {
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

    /// Stage 1 of a personalized page: every source's candidates, with the sources
    /// that proposed each (nothing filtered or scored yet).
    pub(super) fn candidates(
        &self,
        st: &State,
        lists: &Lists,
        ann: &AnnIndex,
        vs: &ViewerState,
        viewer: &Viewer,
        user: Option<&Vector>,
    ) -> HashMap<u128, Sources> {
        let mut cands: HashMap<u128, Sources> = HashMap::new();

        // 1. Nearest neighbours of the viewer's taste vector.
        if let Some(u) = user {
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
        cands
    }
}
