//! Spool's configuration: one typed struct, every field with a default.
//!
//! Loaded from defaults, then a TOML file, then `SPOOL_*` environment variables
//! (sections joined with `__`), then command-line flags. `config.reference.toml` is the
//! documentation: it is printed by `spool serve --help`, and a test checks that it
//! parses to exactly [`Config::default`].

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};
use spool_core::RegionCode;

/// The annotated reference configuration, with every key and its default.
pub const REFERENCE: &str = include_str!("../config.reference.toml");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Folder for the directory database and one sub-folder per region cell.
    pub data_dir: PathBuf,
    /// This node's own rebuildable state (search index, feed snapshots); empty: the data
    /// folder. Nodes that share a data folder each need their own.
    pub state_dir: PathBuf,
    pub server: ServerConfig,
    pub store: StoreConfig,
    pub regions: RegionsConfig,
    pub accounts: AccountsConfig,
    pub media: MediaConfig,
    pub jobs: JobsConfig,
    pub workers: WorkersConfig,
    pub rate_limits: RateLimitConfig,
    pub feed: FeedSection,
    pub moderation: ModerationConfig,
    pub log: LogConfig,
    pub bus: BusConfig,
    pub federation: FederationSection,
}

/// Federation over ActivityPub (docs/federation.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FederationSection {
    /// Serve actors, WebFinger and inboxes, and deliver to other instances.
    pub enabled: bool,
    /// Allow http:// peers on loopback and private addresses with explicit ports: for
    /// tests and local trials only, never on a public instance.
    pub allow_local: bool,
    /// Largest activity an inbox accepts, in bytes.
    pub max_inbox_bytes: usize,
    /// Activities per minute one remote host may deliver.
    pub inbox_per_minute: u32,
    /// Attempts at one delivery before it is given up (retries back off: 1 min, 2, 4...).
    pub delivery_attempts: u32,
    /// Mix public clips from other instances, ones that accounts here follow, into the
    /// For-You feed of signed-in adults (one in five, labelled with their origin).
    pub remote_in_for_you: bool,
    /// Instance-level decisions about other instances (defederation, silencing), each
    /// with its reason and date: published at `GET /api/v1/transparency/federation`.
    pub instance_blocks: Vec<InstanceBlock>,
}

/// One instance-level decision about another instance (and its subdomains).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InstanceBlock {
    pub host: String,
    /// `suspend`: nothing is sent to it and its activities are refused (defederation).
    /// `silence`: its accounts' follows always wait for approval, even of public accounts.
    #[serde(default = "InstanceBlock::default_action")]
    pub action: String,
    /// Why, in words for the public (the policy it breaches).
    pub reason: String,
    /// The day it was decided (YYYY-MM-DD).
    pub since: String,
}

impl InstanceBlock {
    fn default_action() -> String {
        "suspend".into()
    }
}

impl Default for FederationSection {
    fn default() -> Self {
        Self {
            enabled: false,
            allow_local: false,
            max_inbox_bytes: 256 * 1024,
            inbox_per_minute: 300,
            delivery_attempts: 8,
            remote_in_for_you: false,
            instance_blocks: Vec::new(),
        }
    }
}

/// How the nodes of a deployment hear of each other's changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BusConfig {
    /// `embedded` (one process: in-process calls) or `nats` (NATS JetStream).
    pub backend: BusBackend,
    /// The NATS server (`nats` only).
    pub url: String,
    /// Prefix of every stream, subject, consumer and bucket name (`[A-Za-z0-9_-]`), so
    /// several deployments can share one NATS server.
    pub prefix: String,
    /// Seconds interaction and catalog events stay in their streams.
    pub retention_secs: u64,
}

impl Default for BusConfig {
    fn default() -> Self {
        Self {
            backend: BusBackend::Embedded,
            url: "nats://127.0.0.1:4222".into(),
            prefix: "spool".into(),
            retention_secs: 3600,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BusBackend {
    Embedded,
    Nats,
}

/// What one `spool serve` process does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// HTTP and the consumers that keep its feed, search index and caches current; no
    /// job workers.
    Api,
    /// Job workers and the deployment-wide upkeep; no public HTTP (health and metrics
    /// only).
    Worker,
    /// Everything in one process (the embedded default).
    All,
}

impl Role {
    pub fn parse(s: &str) -> Result<Self, String> {
        match s {
            "api" => Ok(Role::Api),
            "worker" => Ok(Role::Worker),
            "all" => Ok(Role::All),
            _ => Err(format!("{s:?} is not a role: api, worker or all")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Api => "api",
            Role::Worker => "worker",
            Role::All => "all",
        }
    }

    /// Answers requests, so keeps a feed engine, a search index and caches.
    pub fn serves_api(self) -> bool {
        matches!(self, Role::Api | Role::All)
    }

    /// Runs jobs and the upkeep that must run once per deployment.
    pub fn runs_jobs(self) -> bool {
        matches!(self, Role::Worker | Role::All)
    }
}

/// Where the databases are: SQLite files under `data_dir` (the embedded default), or
/// PostgreSQL, one database per region cell (each may be on its own server, in its own
/// jurisdiction) and one for the global directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StoreConfig {
    pub backend: StoreBackend,
    /// PostgreSQL: the directory database's URL (`postgres://user:pass@host:port/db`).
    pub directory_url: Redacted,
    /// PostgreSQL: one URL per region cell, keyed by region code.
    pub cells: std::collections::BTreeMap<String, Redacted>,
    /// PostgreSQL: connections per database in this process.
    pub pool_size: u32,
    /// PostgreSQL: keep the tables in this schema of each database (created if
    /// missing) instead of the default one; empty: the default.
    pub schema: String,
}

impl Default for StoreConfig {
    fn default() -> Self {
        Self {
            backend: StoreBackend::Sqlite,
            directory_url: Redacted::default(),
            cells: std::collections::BTreeMap::new(),
            pool_size: 16,
            schema: String::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoreBackend {
    Sqlite,
    Postgres,
}

/// A configuration value that carries a secret (a database URL with its password):
/// `Debug` never prints it.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Redacted(pub String);

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_empty() {
            "\"\""
        } else {
            "\"<redacted>\""
        })
    }
}

impl Config {
    /// The store engine this configuration names, with its URLs.
    pub fn store_engine(&self) -> Result<spool_store::Engine, ConfigError> {
        match self.store.backend {
            StoreBackend::Sqlite => Ok(spool_store::Engine::Sqlite),
            StoreBackend::Postgres => {
                let mut cells = std::collections::BTreeMap::new();
                for region in &self.regions.enabled {
                    let url = self
                        .store
                        .cells
                        .get(region.as_str())
                        .filter(|u| !u.0.is_empty())
                        .ok_or_else(|| {
                            ConfigError(format!(
                                "store.cells.{region} names no PostgreSQL URL for region {region}"
                            ))
                        })?;
                    cells.insert(region.clone(), url.0.clone());
                }
                if self.store.directory_url.0.is_empty() {
                    return Err(ConfigError(
                        "store.directory_url is empty (the backend is postgres)".into(),
                    ));
                }
                Ok(spool_store::Engine::Postgres(spool_store::PostgresUrls {
                    directory: self.store.directory_url.0.clone(),
                    cells,
                    pool: self.store.pool_size.max(2),
                    schema: Some(self.store.schema.clone()).filter(|s| !s.is_empty()),
                }))
            }
        }
    }
}

/// Moderation: the policy book, screening lists, claims, appeals, legal orders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ModerationConfig {
    /// The policy book (clauses, deadlines, strikes); empty: the built-in one.
    pub policies: Option<PathBuf>,
    /// A folder of `<lang>.toml` screening lists added to the built-in ones.
    pub terms_dir: Option<PathBuf>,
    /// Seconds a claim on a review item lasts.
    pub claim_secs: u32,
    /// Days after a statement of reasons within which it may be appealed.
    pub appeal_days: u32,
    /// The request header in which the deployment's proxy passes the client's country
    /// (ISO 3166-1 alpha-2), for orders that withhold content in countries; empty: none.
    pub country_header: String,
    /// A shared list of fingerprints of removed content (one JSON fingerprint per line,
    /// as `spool moderation` writes them), matched like the region's own removed set.
    pub shared_hashes: Option<PathBuf>,
}

impl Default for ModerationConfig {
    fn default() -> Self {
        Self {
            policies: None,
            terms_dir: None,
            claim_secs: 900,
            appeal_days: 183,
            country_header: String::new(),
            shared_hashes: None,
        }
    }
}

/// The For-You feed: how the server runs it, and the algorithm's published parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FeedSection {
    /// Seconds between snapshots of the feed's state (also taken at shutdown).
    pub snapshot_secs: u64,
    /// Seconds between rebuilds of the nearest-neighbour index.
    pub ann_rebuild_secs: u64,
    /// Events an account may report per minute; more are refused (flood guard).
    pub max_events_per_minute: u32,
    /// Days feed events (the watch history) are kept.
    pub event_retention_days: u32,
    pub algorithm: spool_feed::FeedConfig,
}

impl Default for FeedSection {
    fn default() -> Self {
        Self {
            snapshot_secs: 60,
            ann_rebuild_secs: 30,
            max_events_per_minute: 600,
            event_retention_days: 90,
            algorithm: spool_feed::FeedConfig::default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MediaConfig {
    /// Largest upload accepted, in bytes.
    pub max_upload_bytes: u64,
    /// Seconds an unfinished or unpublished upload is kept.
    pub upload_expiry_secs: u64,
    /// Threads each ffmpeg run may use.
    pub ffmpeg_threads: u32,
    /// Seconds one ffmpeg or ffprobe run may take.
    pub ffmpeg_time_limit_secs: u64,
    /// Media jobs run at once in this process; 0 (the default): the number of cores, at
    /// least 2. One slot is kept for first renditions (what makes a new upload
    /// playable): sounds and the rest of ladders take at most `workers - 1`.
    pub workers: u32,
    /// The express lane: one more slot, beside `workers`, that takes only the first
    /// rendition of a clip at most this many seconds long, shortest first, so a short
    /// upload does not wait until long clips' first renditions end. 0 turns it off.
    /// (With the NATS job queue there is no express lane.)
    pub express_max_secs: u32,
    /// Seconds a signed media URL stays valid.
    pub signed_url_ttl_secs: u64,
    /// Bytes of small immutable media files (segments, posters, sounds) kept in memory.
    pub cache_bytes: usize,
    /// Send big cached media files from the file with `sendfile(2)` instead of copying
    /// them from memory into the socket (local backend only; like nginx's `sendfile`).
    pub sendfile: bool,
    /// Secret file for media URL signatures; empty: `<data_dir>/secrets/media-url.key`.
    pub signing_key_file: PathBuf,
    /// Bytes one account may keep in uploads and stored originals together.
    pub quota_bytes_per_account: u64,
    /// Where media bytes live: each region cell's folder, or S3-compatible storage.
    pub backend: MediaBackend,
    /// The object store, for `backend = "s3"`.
    pub s3: S3Config,
}

/// Where media bytes live (`[media] backend`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MediaBackend {
    /// `regions/<code>/media/` under `data_dir`, per region cell.
    Local,
    /// An S3-compatible object store (`[media.s3]`): one bucket per region, or one
    /// bucket with a prefix per region.
    S3,
}

/// `[media.s3]`: an S3-compatible object store. The secret access key is never in this
/// file: it is read from `secret_access_key_file`, or else from the environment variable
/// named by `secret_access_key_env`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct S3Config {
    /// `http(s)://host:port` of the S3 API; empty: AWS, from `region`.
    pub endpoint: String,
    /// The signing region.
    pub region: String,
    /// The bucket shared by every region (each under `<prefix>/<region code>`).
    pub bucket: String,
    /// A bucket of its own per region code (its objects under `<prefix>`); a region
    /// listed here does not use `bucket`.
    pub buckets: std::collections::BTreeMap<String, String>,
    /// Object-name prefix (`spool`); empty for none.
    pub prefix: String,
    pub access_key_id: String,
    /// File holding the secret access key (its first line).
    pub secret_access_key_file: PathBuf,
    /// Environment variable holding the secret access key, used when
    /// `secret_access_key_file` is empty.
    pub secret_access_key_env: String,
    /// Allow a plain-HTTP endpoint (a loopback or private-network server only).
    pub allow_http: bool,
    /// Path-style requests (`endpoint/bucket/key`), which self-hosted servers need;
    /// false: virtual-hosted style (`bucket.endpoint/key`).
    pub path_style: bool,
}

impl Default for S3Config {
    fn default() -> Self {
        Self {
            endpoint: String::new(),
            region: "us-east-1".into(),
            bucket: String::new(),
            buckets: std::collections::BTreeMap::new(),
            prefix: String::new(),
            access_key_id: String::new(),
            secret_access_key_file: PathBuf::new(),
            secret_access_key_env: "SPOOL_S3_SECRET_ACCESS_KEY".into(),
            allow_http: false,
            path_style: true,
        }
    }
}

impl S3Config {
    /// The bucket and object prefix of `region`'s media.
    pub fn location(&self, region: &RegionCode) -> (String, String) {
        let prefix = self.prefix.trim_matches('/');
        match self.buckets.get(region.as_str()) {
            Some(bucket) => (bucket.clone(), prefix.to_owned()),
            None if prefix.is_empty() => (self.bucket.clone(), region.to_string()),
            None => (self.bucket.clone(), format!("{prefix}/{region}")),
        }
    }

    /// The secret access key, from its file or its environment variable. The error
    /// names where it looked, never a value.
    pub fn secret_access_key(&self) -> Result<String, ConfigError> {
        if !self.secret_access_key_file.as_os_str().is_empty() {
            let raw = std::fs::read_to_string(&self.secret_access_key_file).map_err(|e| {
                ConfigError(format!(
                    "media.s3.secret_access_key_file {}: {e}",
                    self.secret_access_key_file.display()
                ))
            })?;
            let secret = raw.lines().next().unwrap_or_default().trim().to_owned();
            if secret.is_empty() {
                return Err(ConfigError(format!(
                    "media.s3.secret_access_key_file {} is empty",
                    self.secret_access_key_file.display()
                )));
            }
            return Ok(secret);
        }
        match std::env::var(&self.secret_access_key_env) {
            Ok(v) if !v.trim().is_empty() => Ok(v.trim().to_owned()),
            _ => Err(ConfigError(format!(
                "media.backend is s3 but there is no secret access key: set \
                 media.s3.secret_access_key_file, or the environment variable {}",
                self.secret_access_key_env
            ))),
        }
    }

    fn validate(&self, regions: &[RegionCode]) -> Result<(), ConfigError> {
        for region in regions {
            if self.location(region).0.trim().is_empty() {
                return Err(ConfigError(format!(
                    "media.backend is s3 but region {region} has no bucket: set media.s3.bucket \
                     or media.s3.buckets.{region}"
                )));
            }
        }
        for code in self.buckets.keys() {
            if !regions.iter().any(|r| r.as_str() == code) {
                return Err(ConfigError(format!(
                    "media.s3.buckets names {code}, which is not in regions.enabled"
                )));
            }
        }
        if self.access_key_id.trim().is_empty() {
            return Err(ConfigError(
                "media.backend is s3 but media.s3.access_key_id is empty".into(),
            ));
        }
        let scheme_ok = self.endpoint.is_empty()
            || self.endpoint.starts_with("http://")
            || self.endpoint.starts_with("https://");
        if !scheme_ok {
            return Err(ConfigError(
                "media.s3.endpoint must start with http:// or https://".into(),
            ));
        }
        if self.endpoint.starts_with("http://") && !self.allow_http {
            return Err(ConfigError(
                "media.s3.endpoint is plain HTTP: set media.s3.allow_http (loopback or private networks only)".into(),
            ));
        }
        Ok(())
    }
}

impl MediaConfig {
    /// How many media jobs run at once (`workers`, or from the cores when 0).
    pub fn job_slots(&self) -> u32 {
        if self.workers > 0 {
            return self.workers;
        }
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        u32::try_from(cores).unwrap_or(u32::MAX).max(2)
    }
}

impl Default for MediaConfig {
    fn default() -> Self {
        Self {
            max_upload_bytes: 1 << 30,
            upload_expiry_secs: 86400,
            ffmpeg_threads: 2,
            ffmpeg_time_limit_secs: 600,
            workers: 0,
            express_max_secs: 15,
            signed_url_ttl_secs: 3600,
            cache_bytes: 256 << 20,
            sendfile: true,
            signing_key_file: PathBuf::new(),
            quota_bytes_per_account: 10 << 30,
            backend: MediaBackend::Local,
            s3: S3Config::default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct JobsConfig {
    /// Seconds a job's lease lasts without a heartbeat.
    pub lease_secs: u64,
    /// Attempts before a job fails for good.
    pub max_attempts: u32,
    /// Seconds before the first retry, doubled each time.
    pub retry_backoff_secs: u64,
}

impl Default for JobsConfig {
    fn default() -> Self {
        Self {
            lease_secs: 30,
            max_attempts: 3,
            retry_backoff_secs: 5,
        }
    }
}

/// Which background workers this process runs beside the HTTP server (both, by
/// default: one process does everything).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorkersConfig {
    /// Claim and run durable jobs (transcoding) of every region.
    pub jobs: bool,
    /// Search commits, feed upkeep and snapshots, housekeeping, and picking up changes
    /// other processes made to the cells.
    pub upkeep: bool,
}

impl Default for WorkersConfig {
    fn default() -> Self {
        Self {
            jobs: true,
            upkeep: true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    /// Address to listen on; port 0 picks a free port.
    pub listen: SocketAddr,
    /// `api`, `worker` or `all`.
    pub role: Role,
    /// The URL people reach this server at; `https://` makes cookies Secure and adds HSTS.
    pub public_url: String,
    /// Largest JSON request body accepted, in bytes.
    pub max_json_body_bytes: usize,
    /// Seconds before a request is abandoned.
    pub request_timeout_secs: u64,
    /// Seconds between clean-up passes.
    pub housekeeping_secs: u64,
    /// Take the client address from the last `X-Forwarded-For` entry.
    pub trust_forwarded_for: bool,
    /// Serve `/metrics` on this address instead of the main listener (absent there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metrics_listen: Option<SocketAddr>,
    /// File holding a token that `/metrics` requires as `Authorization: Bearer`;
    /// empty: no token.
    pub metrics_token_file: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RegionsConfig {
    /// Region cells of this deployment.
    pub enabled: Vec<RegionCode>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AccountsConfig {
    /// How long a login lasts, in days.
    pub session_days: u32,
    /// How long login records are kept, in days.
    pub login_record_retention_days: u32,
    /// Argon2id memory cost in KiB.
    pub argon2_memory_kib: u32,
    /// Argon2id passes.
    pub argon2_iterations: u32,
    /// A session's "last used" time is written at most once per this many seconds.
    pub session_touch_secs: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RateLimitConfig {
    /// Master switch; off only for load tests and benchmarks.
    pub enabled: bool,
    /// Sign-ups per client address per hour.
    pub signup_per_ip_per_hour: u32,
    /// Login attempts per client address per minute.
    pub login_per_ip_per_minute: u32,
    /// Login attempts per handle from one client address per minute.
    pub login_per_handle_per_minute: u32,
    /// Failed logins per handle per hour (from all addresses) before addresses that
    /// failed for it are refused.
    pub login_failures_per_handle_per_hour: u32,
    /// Uploads an account may start per hour.
    pub uploads_per_account_per_hour: u32,
    /// Password checks (deleting, moving, changing the password) per account per hour.
    pub password_checks_per_account_per_hour: u32,
    /// Data exports per account per hour.
    pub exports_per_account_per_hour: u32,
    /// Look-ups of accounts on other instances (search by address, follow) per account
    /// per hour: each one fetches from that instance.
    pub remote_lookups_per_account_per_hour: u32,
    /// Refused staff calls (no role, no grant) an account may make per hour before
    /// every further refusal answers 429 (and is no longer written to the audit log).
    pub staff_refusals_per_account_per_hour: u32,
    /// Notices an account may send per hour.
    pub notices_per_account_per_hour: u32,
    /// Notices from logged-out visitors per client address per hour.
    pub notices_per_ip_per_hour: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogConfig {
    /// tracing filter directive; `RUST_LOG` overrides it.
    pub filter: String,
    /// `text` or `json`.
    pub format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("spool-data"),
            state_dir: PathBuf::new(),
            server: ServerConfig::default(),
            store: StoreConfig::default(),
            regions: RegionsConfig::default(),
            accounts: AccountsConfig::default(),
            media: MediaConfig::default(),
            jobs: JobsConfig::default(),
            workers: WorkersConfig::default(),
            rate_limits: RateLimitConfig::default(),
            feed: FeedSection::default(),
            moderation: ModerationConfig::default(),
            log: LogConfig::default(),
            bus: BusConfig::default(),
            federation: FederationSection::default(),
        }
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            role: Role::All,
            public_url: "http://localhost:8080".into(),
            max_json_body_bytes: 64 * 1024,
            request_timeout_secs: 30,
            housekeeping_secs: 300,
            trust_forwarded_for: false,
            metrics_listen: None,
            metrics_token_file: PathBuf::new(),
        }
    }
}

impl Default for RegionsConfig {
    fn default() -> Self {
        Self {
            enabled: ["us", "eu", "sg"]
                .iter()
                .filter_map(|r| RegionCode::parse(r).ok())
                .collect(),
        }
    }
}

impl Default for AccountsConfig {
    fn default() -> Self {
        Self {
            session_days: 30,
            login_record_retention_days: 90,
            argon2_memory_kib: 19456,
            argon2_iterations: 2,
            session_touch_secs: 60,
        }
    }
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            signup_per_ip_per_hour: 20,
            login_per_ip_per_minute: 30,
            login_per_handle_per_minute: 5,
            login_failures_per_handle_per_hour: 50,
            uploads_per_account_per_hour: 60,
            password_checks_per_account_per_hour: 10,
            exports_per_account_per_hour: 3,
            remote_lookups_per_account_per_hour: 120,
            staff_refusals_per_account_per_hour: 20,
            notices_per_account_per_hour: 60,
            notices_per_ip_per_hour: 10,
        }
    }
}

impl Default for LogConfig {
    fn default() -> Self {
        Self {
            filter: "info,tantivy=warn".into(),
            format: LogFormat::Text,
        }
    }
}

/// Values given on the command line; they win over everything else.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub data_dir: Option<PathBuf>,
    pub listen: Option<SocketAddr>,
    pub state_dir: Option<PathBuf>,
    pub role: Option<Role>,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {0}")]
pub struct ConfigError(String);

impl Config {
    /// Defaults, then `file` (if given), then `SPOOL_*` variables, then `overrides`.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> Result<Self, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(file) = file {
            if !file.exists() {
                return Err(ConfigError(format!(
                    "config file {} does not exist",
                    file.display()
                )));
            }
            figment = figment.merge(Toml::file(file));
        }
        // Only keys under known top-level names: SPOOL_LOG-style variables of other tools
        // (or of the test harness) must not break start-up.
        let known = [
            "data_dir",
            "state_dir",
            "bus",
            "server",
            "store",
            "regions",
            "accounts",
            "media",
            "jobs",
            "workers",
            "rate_limits",
            "feed",
            "moderation",
            "log",
            "federation",
        ];
        figment = figment.merge(Env::prefixed("SPOOL_").split("__").filter(move |key| {
            // Keys are not lowercased yet when the filter runs.
            let section = key.as_str().split('.').next().unwrap_or_default();
            known.iter().any(|k| section.eq_ignore_ascii_case(k))
        }));
        let mut config: Config = figment.extract().map_err(|e| ConfigError(e.to_string()))?;
        if let Some(dir) = &overrides.data_dir {
            config.data_dir = dir.clone();
        }
        if let Some(listen) = overrides.listen {
            config.server.listen = listen;
        }
        if let Some(dir) = &overrides.state_dir {
            config.state_dir = dir.clone();
        }
        if let Some(role) = overrides.role {
            config.server.role = role;
        }
        config.validate()?;
        Ok(config)
    }

    /// Where this node keeps its own rebuildable state.
    pub fn state_dir(&self) -> &Path {
        if self.state_dir.as_os_str().is_empty() {
            &self.data_dir
        } else {
            &self.state_dir
        }
    }

    fn validate(&self) -> Result<(), ConfigError> {
        for b in &self.federation.instance_blocks {
            if b.host.trim().is_empty() || !matches!(b.action.as_str(), "suspend" | "silence") {
                return Err(ConfigError(format!(
                    "federation.instance_blocks: each needs a host and an action of \"suspend\" or \"silence\" (got {:?} {:?})",
                    b.host, b.action
                )));
            }
            if b.reason.trim().is_empty()
                || chrono::NaiveDate::parse_from_str(&b.since, "%Y-%m-%d").is_err()
            {
                return Err(ConfigError(format!(
                    "federation.instance_blocks: {} needs a reason and the day it was decided (since = \"YYYY-MM-DD\"): it is published",
                    b.host
                )));
            }
        }
        let prefix = &self.bus.prefix;
        if prefix.is_empty()
            || !prefix
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(ConfigError(
                "bus.prefix must be non-empty and only [A-Za-z0-9_-]".into(),
            ));
        }
        if self.server.role != Role::All && self.bus.backend == BusBackend::Embedded {
            return Err(ConfigError(format!(
                "server.role = \"{}\" needs bus.backend = \"nats\": with the embedded bus no other process hears this one's changes",
                self.server.role.as_str()
            )));
        }
        if self.regions.enabled.is_empty() {
            return Err(ConfigError("regions.enabled names no region".into()));
        }
        let mut seen = std::collections::BTreeSet::new();
        for r in &self.regions.enabled {
            if !seen.insert(r) {
                return Err(ConfigError(format!("region {r} is listed twice")));
            }
        }
        if !(self.server.public_url.starts_with("http://")
            || self.server.public_url.starts_with("https://"))
        {
            return Err(ConfigError(
                "server.public_url must start with http:// or https://".into(),
            ));
        }
        if self.accounts.session_days == 0 {
            return Err(ConfigError(
                "accounts.session_days must be at least 1".into(),
            ));
        }
        if self.media.ffmpeg_threads == 0 {
            return Err(ConfigError(
                "media.ffmpeg_threads must be at least 1".into(),
            ));
        }
        if self.media.backend == MediaBackend::S3 {
            self.media.s3.validate(&self.regions.enabled)?;
        }
        if self.jobs.lease_secs < 2 || self.jobs.max_attempts == 0 {
            return Err(ConfigError(
                "jobs.lease_secs must be at least 2 and jobs.max_attempts at least 1".into(),
            ));
        }
        if self
            .server
            .metrics_listen
            .is_some_and(|m| m == self.server.listen && m.port() != 0)
        {
            return Err(ConfigError(
                "server.metrics_listen must differ from server.listen".into(),
            ));
        }
        self.store_engine()?;
        if self.server.max_json_body_bytes < 1024 {
            return Err(ConfigError(
                "server.max_json_body_bytes must be at least 1024".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
// figment::Jail's closures must return figment's own (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_file_is_exactly_the_defaults() {
        let parsed: Config = toml::from_str(REFERENCE).expect("reference parses");
        assert_eq!(parsed, Config::default());
        // And it names every key, so nothing is undocumented.
        let defaults = toml::Value::try_from(Config::default()).unwrap();
        let reference: toml::Value = toml::from_str(REFERENCE).unwrap();
        for (section, value) in defaults.as_table().unwrap() {
            let Some(table) = value.as_table() else {
                assert!(reference.get(section).is_some(), "{section} undocumented");
                continue;
            };
            for key in table.keys() {
                assert!(
                    reference[section].get(key).is_some(),
                    "{section}.{key} undocumented"
                );
            }
        }
    }

    #[test]
    fn environment_and_flags_override_the_file() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "spool.toml",
                "data_dir = \"/from/file\"\n[rate_limits]\nenabled = true\nlogin_per_handle_per_minute = 9\n",
            )?;
            jail.set_env("SPOOL_RATE_LIMITS__ENABLED", "false");
            jail.set_env("SPOOL_REGIONS__ENABLED", "[\"eu\", \"us\"]");
            jail.set_env("SPOOL_TEST_SOMETHING_ELSE", "ignored");
            let overrides = Overrides {
                data_dir: Some("/from/flag".into()),
                ..Overrides::default()
            };
            let config = Config::load(Some(Path::new("spool.toml")), &overrides).unwrap();
            assert_eq!(config.data_dir, PathBuf::from("/from/flag"));
            assert!(!config.rate_limits.enabled);
            assert_eq!(config.rate_limits.login_per_handle_per_minute, 9);
            assert_eq!(config.regions.enabled.len(), 2);
            Ok(())
        });
    }

    #[test]
    fn bad_configuration_is_refused_with_a_reason() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("a.toml", "[regions]\nenabled = [\"US\"]\n")?;
            assert!(Config::load(Some(Path::new("a.toml")), &Overrides::default()).is_err());
            jail.create_file("b.toml", "[server]\nlisten_on = \"x\"\n")?;
            let err = Config::load(Some(Path::new("b.toml")), &Overrides::default()).unwrap_err();
            assert!(err.to_string().contains("listen_on"), "{err}");
            assert!(Config::load(Some(Path::new("missing.toml")), &Overrides::default()).is_err());
            Ok(())
        });
    }

    #[test]
    fn split_roles_need_the_nats_bus_and_flags_pick_role_and_state() {
        figment::Jail::expect_with(|jail| {
            // (Set, not assumed: a test run against NATS exports the backend.)
            jail.set_env("SPOOL_BUS__BACKEND", "embedded");
            jail.set_env("SPOOL_SERVER__ROLE", "worker");
            let err = Config::load(None, &Overrides::default()).unwrap_err();
            assert!(err.to_string().contains("bus.backend"), "{err}");
            jail.set_env("SPOOL_BUS__BACKEND", "nats");
            let config = Config::load(None, &Overrides::default()).unwrap();
            assert_eq!(config.server.role, Role::Worker);
            assert_eq!(config.state_dir(), config.data_dir.as_path());
            let overrides = Overrides {
                role: Some(Role::Api),
                state_dir: Some("/node/a".into()),
                ..Overrides::default()
            };
            let config = Config::load(None, &overrides).unwrap();
            assert_eq!(config.server.role, Role::Api);
            assert_eq!(config.state_dir(), Path::new("/node/a"));
            jail.set_env("SPOOL_BUS__PREFIX", "has.dots");
            assert!(Config::load(None, &Overrides::default()).is_err());
            Ok(())
        });
        assert_eq!(Role::parse("api"), Ok(Role::Api));
        assert!(Role::parse("API").is_err());
    }
}
