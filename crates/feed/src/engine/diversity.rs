//! Re-ranking for diversity: creators and sounds spaced apart.

use std::collections::{HashMap, HashSet, VecDeque};

use super::{Cursor, FeedConfig, Sources, State};

/// Greedy re-ranking: best first, skipping a video whose creator appeared within the
/// last `creator_spacing - 1` items or whose sound within `sound_spacing - 1` (relaxed
/// only when no remaining candidate keeps the spacing).
/// `slot(i, taken)` may force a video into position i (reserved exploration slots).
pub(super) fn diversify(
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
