//! The safety and viewer rules a candidate must pass, in both modes.

use super::{FeedEngine, Video, Viewer};

impl FeedEngine {
    /// Safety and viewer rules shared by both modes.
    pub(super) fn allowed(&self, meta: &Video, viewer: &Viewer) -> bool {
        if viewer.hidden_creators.contains(&meta.creator) || Some(meta.creator) == viewer.id {
            return false;
        }
        if meta.followers_only_feed && !viewer.follows.contains(&meta.creator) {
            return false;
        }
        if !viewer.keyword_filters.is_empty() {
            let hit = viewer.keyword_filters.iter().any(|k| {
                meta.caption.contains(k.as_str())
                    || meta
                        .hashtags
                        .iter()
                        .any(|t| &**t == k.trim_start_matches('#'))
            });
            if hit {
                return false;
            }
        }
        true
    }
}
