//! What every request handler can reach.

use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use metrics_exporter_prometheus::PrometheusHandle;
use spool_store::Store;

use crate::auth::Passwords;
use crate::config::Config;
use crate::media_urls::{MediaKey, PublicMediaCache};
use crate::rate_limit::RateLimits;
use crate::routes::uploads::InFlight;

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    config: Config,
    store: Store,
    passwords: Arc<Passwords>,
    limits: RateLimits,
    metrics: PrometheusHandle,
    openapi: OnceLock<String>,
    uploads_in_flight: Arc<InFlight>,
    media_key: MediaKey,
    public_media: PublicMediaCache,
    jobs: std::sync::Arc<dyn crate::jobs::JobQueue>,
    bus: crate::bus::Bus,
    search: spool_search::SearchIndex,
    search_needs_rebuild: bool,
    /// The index is held by another process; this one searches an empty one in memory.
    search_borrowed: bool,
    media: crate::media_files::MediaFiles,
    feed: spool_feed::FeedEngine,
    audit: crate::audit::AuditLogs,
    /// Serializes "store an event, then apply it" so the feed's watermark never passes an
    /// event that is stored but not yet applied.
    feed_ingest: tokio::sync::Mutex<()>,
    /// Events waiting for the next group commit (see [`crate::feed::ingest`]).
    ingest_queue: parking_lot::Mutex<Vec<crate::feed::PendingIngest>>,
    events_limiter: governor::DefaultKeyedRateLimiter<spool_core::AccountId>,
    moderation: crate::services::moderation::Setup,
    /// Federation's configuration, when it is on (set once at start-up).
    federation: OnceLock<activitypub_federation::config::FederationConfig<AppState>>,
}

/// Reads the moderation configuration's files: the policy book and the operator's
/// screening lists.
fn load_moderation(config: &Config) -> anyhow::Result<crate::services::moderation::Setup> {
    use anyhow::Context as _;
    let m = &config.moderation;
    let book = match &m.policies {
        None => spool_moderation::policies::PolicyBook::builtin(),
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading the policy book {}", path.display()))?;
            spool_moderation::policies::PolicyBook::parse(&text)?
        }
    };
    let screener = match &m.terms_dir {
        None => spool_moderation::screening::Screener::builtin(),
        Some(dir) => spool_moderation::screening::Screener::with_dir(dir)?,
    };
    let shared = match &m.shared_hashes {
        None => String::new(),
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("reading the shared hash list {}", path.display()))?,
    };
    crate::services::moderation::Setup::new(book, screener, &shared)
}

/// What connects this process to the others (the bus and what runs over it).
pub struct Backends {
    pub bus: crate::bus::Bus,
    pub jobs: Arc<dyn crate::jobs::JobQueue>,
    pub counters: Option<crate::bus::limits::SharedCounters>,
}

impl Backends {
    /// The backends `[bus]` names: in-process, or NATS JetStream.
    pub async fn open(config: &Config, store: &Store) -> anyhow::Result<Self> {
        let bus = crate::bus::Bus::connect(config).await?;
        let Some(nats) = bus.nats().cloned() else {
            return Ok(Self {
                bus,
                jobs: Arc::new(crate::jobs::TableQueue::new(store.clone())),
                counters: None,
            });
        };
        let lease = std::time::Duration::from_secs(config.jobs.lease_secs);
        let jobs =
            crate::bus::queue::StreamQueue::new(store.clone(), Arc::clone(&nats), lease).await?;
        let counters = crate::bus::limits::SharedCounters::open(&nats).await?;
        Ok(Self {
            bus,
            jobs: Arc::new(jobs),
            counters: Some(counters),
        })
    }
}

impl AppState {
    pub fn new(
        config: Config,
        store: Store,
        metrics: PrometheusHandle,
        backends: Backends,
    ) -> anyhow::Result<Self> {
        let state_dir = config.state_dir();
        std::fs::create_dir_all(state_dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot create the state folder {}: {e}",
                state_dir.display()
            )
        })?;
        let media_key = MediaKey::load_or_create(&config)?;
        let (search, search_needs_rebuild, search_borrowed) = if config.server.role.serves_api() {
            open_search(&config.state_dir().join("search"))?
        } else {
            // A worker answers no searches; its catalog hooks only tell the API nodes.
            (spool_search::SearchIndex::open_in_ram()?, false, true)
        };
        Ok(Self(Arc::new(Inner {
            search,
            search_needs_rebuild,
            search_borrowed,
            media: crate::media_files::MediaFiles::new(&store, &config.data_dir, &config.media)?,
            jobs: backends.jobs,
            bus: backends.bus,
            feed: spool_feed::FeedEngine::new(config.feed.algorithm.clone()),
            audit: crate::audit::AuditLogs::open(&config)?,
            moderation: load_moderation(&config)?,
            feed_ingest: tokio::sync::Mutex::new(()),
            ingest_queue: parking_lot::Mutex::default(),
            events_limiter: governor::RateLimiter::keyed(governor::Quota::per_minute(
                std::num::NonZeroU32::new(config.feed.max_events_per_minute)
                    .unwrap_or(std::num::NonZeroU32::MIN),
            )),
            media_key,
            public_media: PublicMediaCache::default(),
            uploads_in_flight: Arc::default(),
            passwords: Arc::new(Passwords::new(&config.accounts)?),
            limits: RateLimits::new(&config.rate_limits, backends.counters),
            config,
            store,
            metrics,
            openapi: OnceLock::new(),
            federation: OnceLock::new(),
        })))
    }

    /// Federation's configuration; `None` when federation is off.
    pub fn federation(
        &self,
    ) -> Option<&activitypub_federation::config::FederationConfig<AppState>> {
        self.0.federation.get()
    }

    /// Turns federation on (once, at start-up). The configuration holds the state
    /// itself, as the crate's handlers need it; the process keeps both until it ends.
    pub async fn start_federation(&self) -> anyhow::Result<()> {
        if self.0.config.federation.enabled && self.0.federation.get().is_none() {
            let config = crate::federation::configure(self.clone()).await?;
            let _ = self.0.federation.set(config);
        }
        Ok(())
    }

    /// The policy book, the screening lists and the shared hash list.
    pub fn moderation(&self) -> &crate::services::moderation::Setup {
        &self.0.moderation
    }

    pub fn audit(&self) -> &crate::audit::AuditLogs {
        &self.0.audit
    }

    pub fn feed(&self) -> &spool_feed::FeedEngine {
        &self.0.feed
    }

    pub(crate) fn feed_ingest(&self) -> &tokio::sync::Mutex<()> {
        &self.0.feed_ingest
    }

    pub(crate) fn ingest_queue(&self) -> &parking_lot::Mutex<Vec<crate::feed::PendingIngest>> {
        &self.0.ingest_queue
    }

    /// Takes up to `want` events from the account's per-minute allowance (always on: it
    /// guards the model, not just the server); returns how many it took. Counted where
    /// every node counts (the shared counters of the NATS bus), else on this node.
    pub(crate) async fn take_event_allowance(
        &self,
        account: spool_core::AccountId,
        want: usize,
    ) -> usize {
        let limit = self.0.config.feed.max_events_per_minute;
        if let Some(n) = self.0.limits.shared_events(account, want, limit).await {
            return n;
        }
        (0..want)
            .take_while(|_| self.0.events_limiter.check_key(&account).is_ok())
            .count()
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

    /// Small immutable media files kept in memory.
    pub fn media_cache(&self) -> &crate::media_cache::MediaCache {
        self.0.media.cache()
    }

    /// The media files of the cells.
    pub fn media(&self) -> &crate::media_files::MediaFiles {
        &self.0.media
    }

    /// How this process tells the others of its changes.
    pub fn bus(&self) -> &crate::bus::Bus {
        &self.0.bus
    }

    /// Whether this process answers requests (and so keeps a feed engine, a search index
    /// and caches that must follow every change).
    pub fn serves_api(&self) -> bool {
        self.0.config.server.role.serves_api()
    }

    /// The durable job queue.
    pub fn jobs(&self) -> &dyn crate::jobs::JobQueue {
        self.0.jobs.as_ref()
    }

    /// The search index of public content.
    pub fn search(&self) -> &spool_search::SearchIndex {
        &self.0.search
    }

    /// When another process (a running server) holds the search index, asks it to pick
    /// up the changes this process made to the cells: it rebuilds its index and feed
    /// catalog (see [`crate::workers`]' upkeep). Nothing to do when this process holds the
    /// index.
    pub fn hand_over_changes(&self) -> anyhow::Result<()> {
        if self.0.search_borrowed {
            std::fs::write(
                self.0
                    .config
                    .state_dir()
                    .join("search")
                    .join(REBUILD_MARKER),
                b"",
            )?;
        }
        Ok(())
    }

    /// Takes the marker another process left for this one (see
    /// [`hand_over_changes`](Self::hand_over_changes)); `true` when there was one, or a
    /// taken one was not [done](Self::handed_over_changes_done) (a rebuild that failed).
    pub fn take_handed_over_changes(&self) -> bool {
        if self.0.search_borrowed {
            return false;
        }
        let dir = self.0.config.state_dir().join("search");
        let taken = dir.join(TAKEN_MARKER);
        std::fs::rename(dir.join(REBUILD_MARKER), &taken).is_ok() || taken.exists()
    }

    /// Whether another process holds the search index (this one searches an empty one).
    pub fn search_is_borrowed(&self) -> bool {
        self.0.search_borrowed
    }

    /// Whether a hand-over is still waiting for the running server (its marker not yet
    /// taken, or taken and not yet done).
    pub fn hand_over_pending(&self) -> bool {
        let dir = self.0.config.state_dir().join("search");
        dir.join(REBUILD_MARKER).exists() || dir.join(TAKEN_MARKER).exists()
    }

    /// The changes a taken marker announced are in the index and the feed.
    pub fn handed_over_changes_done(&self) {
        let _ = std::fs::remove_file(self.0.config.state_dir().join("search").join(TAKEN_MARKER));
    }

    /// Whether the index is new or was missed by another process, and must be rebuilt
    /// from the store.
    pub fn search_needs_rebuild(&self) -> bool {
        self.0.search_needs_rebuild
    }

    pub(crate) fn uploads_in_flight(&self) -> &Arc<InFlight> {
        &self.0.uploads_in_flight
    }

    pub fn media_key(&self) -> &MediaKey {
        &self.0.media_key
    }

    pub(crate) fn public_media(&self) -> &PublicMediaCache {
        &self.0.public_media
    }

    /// Limits for ffmpeg/ffprobe runs, from the configuration.
    pub fn media_limits(&self) -> spool_media::Limits {
        let media = &self.0.config.media;
        spool_media::Limits {
            ffmpeg_threads: media.ffmpeg_threads,
            time_limit: std::time::Duration::from_secs(media.ffmpeg_time_limit_secs),
            ..spool_media::Limits::default()
        }
    }

    pub(crate) fn set_openapi(&self, doc: String) {
        let _ = self.0.openapi.set(doc);
    }

    pub fn openapi(&self) -> &str {
        self.0.openapi.get().map_or("{}", String::as_str)
    }
}

/// Marker left by a process that could not open the index (another process holds it):
/// the next server start rebuilds the index from the store.
const REBUILD_MARKER: &str = "REBUILD";
/// A marker taken by the running server, until its rebuild is done.
const TAKEN_MARKER: &str = "REBUILD.taken";

fn open_search(dir: &std::path::Path) -> anyhow::Result<(spool_search::SearchIndex, bool, bool)> {
    std::fs::create_dir_all(dir)?;
    match spool_search::SearchIndex::open(&dir.join("index")) {
        Ok(index) => {
            let marker = dir.join(REBUILD_MARKER);
            let rebuild = index.is_fresh() || marker.exists();
            let _ = std::fs::remove_file(marker);
            Ok((index, rebuild, false))
        }
        Err(e) => {
            tracing::warn!(error = %e, "search index busy (another spool process?); this process searches an empty index and the next server start rebuilds it");
            std::fs::write(dir.join(REBUILD_MARKER), b"")?;
            Ok((spool_search::SearchIndex::open_in_ram()?, false, true))
        }
    }
}
