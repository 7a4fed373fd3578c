//! Scoring and ordering a personalized page, with its reserved exploration slots.

use std::collections::VecDeque;

use super::diversity::diversify;
use super::{Cursor, FeedEngine, PageItem, Sources, State, Viewer, ViewerState};
use crate::model::Vector;

impl FeedEngine {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn rank(
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
}
