//! What every request handler can reach.

use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use metrics_exporter_prometheus::PrometheusHandle;
use spool_store::Store;

use crate::auth::Passwords;
use crate::config::Config;
use crate::rate_limit::RateLimits;

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    config: Config,
    store: Store,
    passwords: Arc<Passwords>,
    limits: RateLimits,
    metrics: PrometheusHandle,
    openapi: OnceLock<String>,
}

impl AppState {
    pub fn new(config: Config, store: Store, metrics: PrometheusHandle) -> anyhow::Result<Self> {
        Ok(Self(Arc::new(Inner {
            passwords: Arc::new(Passwords::new(&config.accounts)?),
            limits: RateLimits::new(&config.rate_limits),
            config,
            store,
            metrics,
            openapi: OnceLock::new(),
        })))
    }

    pub fn config(&self) -> &Config {
        &self.0.config
    }

    pub fn store(&self) -> &Store {
        &self.0.store
    }

    pub fn passwords(&self) -> &Arc<Passwords> {
        &self.0.passwords
    }

    pub fn limits(&self) -> &RateLimits {
        &self.0.limits
    }

    pub fn metrics(&self) -> &PrometheusHandle {
        &self.0.metrics
    }

    /// Cookies get `Secure` when the public URL is HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.0.config.server.public_url.starts_with("https://")
    }

    /// Today's date in UTC, for age checks.
    pub fn today(&self) -> NaiveDate {
        chrono::Utc::now().date_naive()
    }

    pub(crate) fn set_openapi(&self, doc: String) {
        let _ = self.0.openapi.set(doc);
    }

    pub fn openapi(&self) -> &str {
        self.0.openapi.get().map_or("{}", String::as_str)
    }
}
