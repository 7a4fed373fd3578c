//! Offline verification of a log directory: reads the files, writes nothing.

use std::fs::File;
use std::io::{BufReader, Read as _};
use std::path::Path;

use ed25519_dalek::VerifyingKey;

use crate::error::{Problem, ProblemKind};
use crate::head::SignedTreeHead;
use crate::log::{check_region_ok, FileLock};
use crate::scan::{scan, Signatures, Which, ENTRIES_FILE, HEADS_FILE};

/// The outcome of [`verify_dir`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Complete lines in `entries.jsonl`.
    pub entries: u64,
    /// Complete lines in `heads.jsonl`.
    pub heads: u64,
    /// The newest head whose signature and root were verified: keep it somewhere else, and
    /// a later [`verify_consistency`](crate::verify_consistency) against it (or a later
    /// `verify_dir` that must not report fewer entries) catches a log cut short together
    /// with its heads, which no check of the files alone can.
    pub latest_head: Option<SignedTreeHead>,
    /// The first thing found wrong; `None` means the log verified.
    pub problem: Option<Problem>,
}

impl VerifyReport {
    pub fn is_ok(&self) -> bool {
        self.problem.is_none()
    }
}

/// Verifies the log in `dir` for `region` against its public key: every entry parses, has
/// the right sequence number and region, every head is for the next tree size, its root
/// matches the entries and its signature verifies, and no entry is left without a head.
/// Reports the first entry that fails, so everything before it is vouched for.
///
/// It may run beside a live server: it holds the log's lock shared while it reads, so no
/// append is caught between its entry's write and its head's.
pub fn verify_dir(dir: &Path, region: &str, key: &VerifyingKey) -> VerifyReport {
    let mut report = VerifyReport {
        entries: 0,
        heads: 0,
        latest_head: None,
        problem: None,
    };
    if !check_region_ok(region) {
        report.problem = Some(Problem {
            first_bad_entry: None,
            kind: ProblemKind::WrongRegion,
            message: format!("{region:?} is not a valid region"),
        });
        return report;
    }
    let entries_path = dir.join(ENTRIES_FILE);
    let heads_path = dir.join(HEADS_FILE);
    let io_problem = |path: &Path, e: std::io::Error| Problem {
        first_bad_entry: None,
        kind: ProblemKind::Io,
        message: format!("cannot read {}: {e}", path.display()),
    };
    let entries_file = match File::open(&entries_path) {
        Ok(file) => file,
        Err(e) => {
            report.problem = Some(io_problem(&entries_path, e));
            return report;
        }
    };
    // A server appending to the log (in this or another process) holds the lock
    // exclusively for both writes of an append; the shared lock waits for it to finish.
    let _held = match FileLock::shared(&entries_file, &entries_path) {
        Ok(held) => held,
        Err(e) => {
            report.problem = Some(Problem {
                first_bad_entry: None,
                kind: ProblemKind::Io,
                message: e.to_string(),
            });
            return report;
        }
    };
    // Heads are read only up to the length they had before the entries were read: each of
    // those heads was written after its entry, so a log appended to while it is read (by
    // a writer that does not take the lock) is not mistaken for a truncated one.
    let heads = match File::open(&heads_path).and_then(|f| Ok((f.metadata()?.len(), f))) {
        Ok((len, file)) => BufReader::new(file.take(len)),
        Err(e) => {
            report.problem = Some(io_problem(&heads_path, e));
            return report;
        }
    };
    let entries = BufReader::new(&entries_file);
    match scan(entries, heads, region, key, Signatures::Every) {
        Ok(found) => {
            report.entries = found.entry_lines;
            report.heads = found.head_lines;
            report.latest_head = found.last_verified;
            report.problem = found.problem.clone().or_else(|| found.tail_problem());
        }
        Err((which, e)) => {
            let path = match which {
                Which::Entries => &entries_path,
                Which::Heads => &heads_path,
            };
            report.problem = Some(io_problem(path, e));
        }
    }
    report
}
