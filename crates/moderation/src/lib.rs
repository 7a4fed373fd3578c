//! Spool's moderation domain, without HTTP or storage: what the server's moderation
//! service and the transcode job call.
//!
//! - [`policies`]: the configured policy clauses, categories and their default clauses,
//!   deadlines, strike thresholds.
//! - [`queue`]: the review queue's priority order.
//! - [`statement`]: statements of reasons in the EU DSA Transparency Database's fields.
//! - [`transparency`]: the public report's aggregation (counts, median and p90, CSV).
//! - [`screening`]: automated screening of text (language detection, term lists).
//! - [`pdq`] and [`vpdq`]: perceptual frame hashes and video fingerprints for
//!   re-upload blocking.

pub mod pdq;
pub mod policies;
pub mod queue;
pub mod screening;
pub mod statement;
pub mod transparency;
pub mod vpdq;
