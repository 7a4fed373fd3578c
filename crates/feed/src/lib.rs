//! Spool's For-You algorithm: events in, pages with reasons out.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod ann;
pub mod engine;
pub mod eval;
pub mod model;

pub use engine::{
    EventKind, FeedConfig, FeedEngine, Mode, Page, PageItem, Reason, VideoMeta, Viewer,
};
