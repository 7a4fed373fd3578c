use std::fmt;
use std::io;
use std::path::PathBuf;

/// Why an audit log operation failed.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The files on disk do not verify; the server must not carry on with this log.
    #[error("audit log in {} does not verify: {problem}", dir.display())]
    Verification { dir: PathBuf, problem: Problem },
    #[error("invalid region {0:?}: it must be non-empty and free of control characters")]
    InvalidRegion(String),
    /// A proof or read asked for sizes or indices the log does not have.
    #[error("{0}")]
    OutOfRange(String),
    #[error("key file {}: {reason}", path.display())]
    BadKey { path: PathBuf, reason: String },
    /// An append failed half-way and undoing it failed too; reopening the log repairs it.
    #[error("an earlier append failed and could not be undone; reopen the audit log")]
    Broken,
    #[error("cannot encode the entry: {0}")]
    Encode(#[from] serde_json::Error),
}

impl AuditError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> AuditError {
        let path = path.into();
        move |source| AuditError::Io { path, source }
    }
}

/// The first thing found wrong with a log, from [`verify_dir`](crate::verify_dir) or from
/// [`AuditLog::open`](crate::AuditLog::open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The first entry the log can no longer vouch for: every entry before it matched a
    /// correctly signed head. `None` when the problem is not tied to an entry (unreadable
    /// files).
    pub first_bad_entry: Option<u64>,
    pub kind: ProblemKind,
    /// One line for a person, e.g. "entry 41: root of the first 42 entries does not match
    /// the signed head (changed, removed, reordered or inserted)".
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Problem {}

/// What kind of thing is wrong; [`Problem::message`] has the details.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// A file could not be read (or does not exist).
    Io,
    /// A line of `entries.jsonl` is not an entry.
    Unparseable,
    /// An entry names another region.
    WrongRegion,
    /// An entry's `seq` is not its position: entries deleted, reordered or inserted.
    SequenceGap,
    /// The entries do not hash to the root a head signed: changed, removed, reordered or
    /// inserted.
    RootMismatch,
    /// A head's signature does not verify: the head was altered, or the key is wrong.
    BadSignature,
    /// A line of `heads.jsonl` is not a signed tree head.
    BadHead,
    /// Head number `i` is not for tree size `i + 1`: heads deleted, reordered or inserted.
    HeadsOutOfOrder,
    /// A signed head covers more entries than `entries.jsonl` holds.
    Truncated,
    /// Entries at the end that no head covers.
    Unsigned,
    /// A file ends in a partial line: an append was interrupted.
    Incomplete,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ProblemKind::Io => "unreadable",
            ProblemKind::Unparseable => "unparseable entry",
            ProblemKind::WrongRegion => "entry from another region",
            ProblemKind::SequenceGap => "sequence gap",
            ProblemKind::RootMismatch => "root mismatch",
            ProblemKind::BadSignature => "bad signature",
            ProblemKind::BadHead => "unparseable head",
            ProblemKind::HeadsOutOfOrder => "heads out of order",
            ProblemKind::Truncated => "truncated",
            ProblemKind::Unsigned => "unsigned entries",
            ProblemKind::Incomplete => "incomplete last line",
        })
    }
}
