//! Who asks for a page, and what the engine keeps about each viewer.

use std::collections::{BTreeMap, HashSet, VecDeque};

use serde::{Deserialize, Serialize};

use super::FeedEngine;

/// What the engine keeps about one viewer (personal: snapshotted in the home cell).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ViewerState {
    pub region: String,
    pub(super) seen: HashSet<u128>,
    pub(super) seen_order: VecDeque<u128>,
    /// Handed out in the current paging session (cleared by a page without cursor).
    pub(super) served: HashSet<u128>,
    pub(super) recent_positive: VecDeque<u128>,
    pub(super) tag_counts: BTreeMap<String, f32>,
    pub(super) not_interested_creators: HashSet<u128>,
    pub(super) not_interested_videos: HashSet<u128>,
}

pub(super) const SEEN_CAP: usize = 5000;
pub(super) const SERVED_CAP: usize = 2000;
pub(super) const RECENT_CAP: usize = 20;

impl ViewerState {
    pub(super) fn mark_seen(&mut self, video: u128) -> bool {
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

impl FeedEngine {
    /// Forgets a viewer entirely: the learned vector and all feed state.
    pub fn forget_viewer(&self, viewer: u128) {
        let mut st = self.state.write();
        st.model.reset_user(viewer);
        st.viewers.remove(&viewer);
    }

    pub fn viewer_count(&self) -> usize {
        self.state.read().viewers.len()
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
}
