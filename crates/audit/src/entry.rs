//! One line of `entries.jsonl`.

use serde::{Deserialize, Serialize};

/// One audit record, as stored: a line of `entries.jsonl` is exactly
/// `serde_json::to_vec(&entry)`, and those bytes are the entry's Merkle leaf.
///
/// Field order is part of the format: it fixes the bytes that get hashed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Position in the log, from 0, with no gaps.
    pub seq: u64,
    /// When the log recorded it, milliseconds since the Unix epoch (UTC).
    pub time_ms: i64,
    /// The region whose log holds it.
    pub region: String,
    /// Who acted, e.g. `staff:alice` or `system:retention`.
    pub actor: String,
    /// What was done, e.g. `account.export` or `grant.create`.
    pub action: String,
    /// What it was done to, if anything, e.g. `account:01J…`.
    pub subject: Option<String>,
    /// Anything else worth keeping; `null` when there is nothing.
    pub details: serde_json::Value,
}

/// What a caller hands to [`AuditLog::append`](crate::AuditLog::append); the log fills in
/// the sequence number, the time and the region.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEntry {
    pub actor: String,
    pub action: String,
    pub subject: Option<String>,
    pub details: serde_json::Value,
}

impl NewEntry {
    /// An entry with no subject and no details.
    pub fn new(actor: impl Into<String>, action: impl Into<String>) -> Self {
        NewEntry {
            actor: actor.into(),
            action: action.into(),
            subject: None,
            details: serde_json::Value::Null,
        }
    }

    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    pub fn details(mut self, details: serde_json::Value) -> Self {
        self.details = details;
        self
    }
}
