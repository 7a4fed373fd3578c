//! Everything tunable about the feed (published by `GET /api/v1/feed/algorithm`).

use serde::{Deserialize, Serialize};

use crate::model::ModelConfig;

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
