//! The per-region audit logs (tamper-evident, `spool-audit`) and what goes into them.
//!
//! Entries never hold personal data in clear: the account an entry is about is named by
//! a keyed hash of its id (`subject_tag`), so a deleted account leaves no readable trace
//! in the log while its owner (who knows the id) can still be shown the accesses. The
//! actor is the staff member's account id (staff actions are kept as evidence).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;
use spool_audit::{AuditLog, Entry, NewEntry};
use spool_core::{AccountId, RegionCode};

use crate::config::Config;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub struct AuditLogs {
    logs: BTreeMap<RegionCode, Arc<AuditLog>>,
    subject_key: [u8; 32],
}

/// Where a region's log lives.
pub fn log_dir(data_dir: &Path, region: &str) -> PathBuf {
    data_dir.join("regions").join(region).join("audit")
}

/// The region's signing key (secret) and the public key auditors verify with.
pub fn key_paths(data_dir: &Path, region: &str) -> (PathBuf, PathBuf) {
    let secrets = data_dir.join("secrets");
    (
        secrets.join(format!("audit-{region}.key")),
        secrets.join(format!("audit-{region}.pub")),
    )
}

impl AuditLogs {
    pub fn open(config: &Config) -> anyhow::Result<Self> {
        let mut logs = BTreeMap::new();
        for region in &config.regions.enabled {
            let (secret, public) = key_paths(&config.data_dir, region.as_str());
            let key = spool_audit::load_or_create_key(&secret)?;
            spool_audit::write_public_key(&public, &key.verifying_key())?;
            let log = AuditLog::open(
                &log_dir(&config.data_dir, region.as_str()),
                region.as_str(),
                key,
            )?;
            logs.insert(region.clone(), Arc::new(log));
        }
        let subject_key =
            load_or_create_secret(&config.data_dir.join("secrets").join("audit-subject.key"))?;
        Ok(Self { logs, subject_key })
    }

    pub fn log(&self, region: &RegionCode) -> Option<&Arc<AuditLog>> {
        self.logs.get(region)
    }

    /// A keyed hash of any identifier (an anonymous notifier's e-mail), with a prefix.
    pub fn keyed_tag(&self, prefix: &str, value: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.subject_key)
            .unwrap_or_else(|_| unreachable_key());
        mac.update(prefix.as_bytes());
        mac.update(b"\0");
        mac.update(value.as_bytes());
        let out = mac.finalize().into_bytes();
        format!("{prefix}:{}", hex(&out[..16]))
    }

    /// The keyed hash that names an account in the log.
    pub fn subject_tag(&self, account: AccountId) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.subject_key)
            .unwrap_or_else(|_| unreachable_key());
        mac.update(account.0.as_bytes());
        let out = mac.finalize().into_bytes();
        format!("acct:{}", hex(&out[..16]))
    }
}

fn unreachable_key() -> Hmac<Sha256> {
    // HMAC accepts keys of any length; this is never reached.
    <Hmac<Sha256> as Mac>::new_from_slice(b"k").unwrap_or_else(|_| unreachable_key())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn load_or_create_secret(path: &Path) -> anyhow::Result<[u8; 32]> {
    let bytes =
        spool_core::secret_file::load_or_create(path, || rand::random::<[u8; 32]>().to_vec())
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    <[u8; 32]>::try_from(bytes.as_slice())
        .map_err(|_| anyhow::anyhow!("{} is not a 32-byte key", path.display()))
}

/// Appends an entry to a region's log.
pub async fn record(
    state: &AppState,
    region: &RegionCode,
    actor: Option<AccountId>,
    action: &str,
    subject: Option<AccountId>,
    details: serde_json::Value,
) -> ApiResult<Entry> {
    let entry = NewEntry {
        actor: actor.map_or_else(|| "system".to_owned(), |a| format!("staff:{}", a.0)),
        action: action.to_owned(),
        subject: subject.map(|s| state.audit().subject_tag(s)),
        details,
    };
    append(state, region, entry).await
}

/// Records something the account's owner did to their own data (an export, a deletion):
/// the actor is `account-owner`, the subject the keyed hash.
pub async fn record_owner_action(
    state: &AppState,
    region: &RegionCode,
    action: &str,
    account: AccountId,
) -> ApiResult<Entry> {
    let entry = NewEntry {
        actor: "account-owner".to_owned(),
        action: action.to_owned(),
        subject: Some(state.audit().subject_tag(account)),
        details: serde_json::json!({}),
    };
    append(state, region, entry).await
}

/// Appends to the region's log (two fsyncs) off the async threads.
async fn append(state: &AppState, region: &RegionCode, entry: NewEntry) -> ApiResult<Entry> {
    let log = state
        .audit()
        .log(region)
        .ok_or_else(|| ApiError::internal("no audit log for the region"))?
        .clone();
    let (entry, _) = tokio::task::spawn_blocking(move || log.append(entry))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    Ok(entry)
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct AccessEntry {
    /// When (RFC 3339).
    at: String,
    /// The staff member's account id.
    staff: String,
    /// What happened: `staff_read` (personal data read), `grant_requested`,
    /// `grant_approved`, `grant_denied`, `access_refused`, `export`.
    action: String,
    /// What was (or would have been) read.
    scope: Option<String>,
    justification: Option<String>,
    reference: Option<String>,
    grant_id: Option<String>,
    /// The index of the entry in the region's audit log (for inclusion proofs).
    log_index: u64,
}

/// Every entry of the account's home-region log that is about the account, newest
/// first. Blocking file I/O: call it from `spawn_blocking` (or use [`access_log`]). It
/// reads only the account's entries, through the log's subject index.
pub fn access_log_for(
    state: &AppState,
    region: &RegionCode,
    account: AccountId,
) -> ApiResult<Vec<AccessEntry>> {
    let logs = state.audit();
    let Some(log) = logs.log(region) else {
        return Ok(Vec::new());
    };
    let tag = logs.subject_tag(account);
    let mut out: Vec<AccessEntry> = log
        .subject_entries(&tag)
        .map_err(ApiError::internal)?
        .into_iter()
        .map(|e| {
            let d = &e.details;
            let s = |k: &str| d.get(k).and_then(|v| v.as_str()).map(str::to_owned);
            AccessEntry {
                at: chrono::DateTime::from_timestamp_millis(e.time_ms)
                    .map(|t| t.to_rfc3339())
                    .unwrap_or_default(),
                staff: e.actor.trim_start_matches("staff:").to_owned(),
                action: e.action.clone(),
                scope: s("scope"),
                justification: s("justification"),
                reference: s("reference"),
                grant_id: s("grant_id"),
                log_index: e.seq,
            }
        })
        .collect();
    out.reverse();
    Ok(out)
}

/// [`access_log_for`] off the async threads.
pub async fn access_log(
    state: &AppState,
    region: &RegionCode,
    account: AccountId,
) -> ApiResult<Vec<AccessEntry>> {
    let (state, region) = (state.clone(), region.clone());
    tokio::task::spawn_blocking(move || access_log_for(&state, &region, account))
        .await
        .map_err(ApiError::internal)?
}
