//! Black-box tests: each starts the real `spool` binary on a random port with a fresh
//! data folder and talks HTTP to it, as a client would.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]
mod harness;
mod media_support;

mod accounts;
mod bad_input;
mod captions;
mod distribution;
mod federation;
mod feed;
mod integrity;
mod media;
mod moderation;
mod openapi;
mod operations;
mod photos;
mod rate_limits;
mod relocate;
pub mod residency;
mod security;
mod sessions;
mod social;
mod staff;
mod trust_data;
mod uploads;
mod videos;
