//! Spool's audit log: a tamper-evident, append-only record per region of who accessed or
//! changed personal data (staff access, grants, exports, deletions).
//!
//! The design is Certificate Transparency's (RFC 6962 / RFC 9162): the entries are the
//! leaves of a Merkle tree, and after every append the log signs a *tree head* (size,
//! root, time) with the region's ed25519 key. Anyone with the public key can then check,
//! offline, that no recorded entry was changed, removed, reordered or slipped in
//! ([`verify_dir`]), that an entry is in the log ([`verify_inclusion`]) and that a later
//! log extends an earlier one ([`verify_consistency`]).
//!
//! # Files
//!
//! A region's log is one directory (the server uses `<data>/regions/<code>/audit/`) with
//! two append-only files:
//!
//! - `entries.jsonl`: entry `i` is line `i`, the JSON of an [`Entry`] with its fields in
//!   declaration order. The line's bytes without the newline are the Merkle leaf data:
//!   leaf hash = SHA-256(0x00 ‖ data), node hash = SHA-256(0x01 ‖ left ‖ right), and the
//!   root is the Merkle Tree Hash of RFC 6962 §2.1 (the empty tree's is SHA-256 of "").
//! - `heads.jsonl`: line `i` is the [`SignedTreeHead`] for tree size `i + 1`,
//!   `{"tree_size":…,"root_hash":"<hex>","timestamp_ms":…,"signature":"<base64>"}`,
//!   signed over `spool-audit-v1\n<region>\n<tree_size>\n<root hex>\n<timestamp_ms>`.
//!
//! Because every entry has its own head, verification can name the first entry that was
//! tampered with: all entries before it match a correctly signed head.
//!
//! Architecture invariant: this crate knows nothing of HTTP, databases or accounts; it
//! stores what callers hand it and does its own file I/O, one directory per log.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod entry;
mod error;
mod head;
mod key;
mod log;
mod merkle;
mod scan;
mod verify;

pub use ed25519_dalek::{SigningKey, VerifyingKey};

pub use entry::{Entry, NewEntry};
pub use error::{AuditError, Problem, ProblemKind};
pub use head::{verify_head, SignedTreeHead};
pub use key::{load_or_create_key, read_public_key, write_public_key};
pub use log::AuditLog;
pub use merkle::{
    leaf_hash, node_hash, root_hash, verify_consistency, verify_inclusion, Hash, EMPTY_ROOT,
};
pub use verify::{verify_dir, VerifyReport};
