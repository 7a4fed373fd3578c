//! Spool's HTTP layer: the axum router, authentication, rate limits, error mapping and
//! the OpenAPI document. Only this crate knows HTTP; it reaches data through
//! `spool-store` and never opens a database itself.

pub mod app;
pub mod audit;
pub mod auth;
pub mod bus;
pub mod config;
pub mod error;
pub mod federation;
pub mod feed;
pub mod jobs;
pub mod json;
pub mod media_cache;
pub mod media_files;
pub mod media_urls;
pub mod rate_limit;
pub mod routes;
pub mod serve;
pub mod services;
pub mod state;
pub mod views;
pub mod workers;

pub use app::{open_state, Application};
pub use config::Config;
