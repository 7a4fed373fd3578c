//! The non-personalized lists: the same trending and fresh videos for everyone in a
//! region and language.

use std::collections::HashMap;
use std::sync::Arc;

use super::diversity::diversify;
use super::reasons::reason;
use super::{decode_cursor, FeedEngine, Page, PageItem, Reason, Sources, Video, Viewer};

impl FeedEngine {
    pub(super) fn non_personalized(
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
    pub(super) fn build_non_personalized(
        &self,
        viewer: &Viewer,
        now: i64,
    ) -> Vec<(u128, Vec<Reason>)> {
        let lists = self.lists.read();
        let st = self.state.read();
        let lang_ok = |m: &Video| match (&viewer.language, &m.language) {
            (Some(l), Some(ml)) => **l == **ml,
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
            if st
                .videos
                .get(v)
                .is_some_and(|m| *m.region == *viewer.region)
            {
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
}
