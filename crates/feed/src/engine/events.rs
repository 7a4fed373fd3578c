//! Recording a viewer's event: the model, the viewer's state, the video's figures and
//! trending all move at once.

use serde::{Deserialize, Serialize};

use super::viewer::RECENT_CAP;
use super::FeedEngine;
use crate::model::{Feature, Signal};

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

impl FeedEngine {
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
                *vs.tag_counts.entry(t.to_string()).or_default() += 1.0;
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
}
