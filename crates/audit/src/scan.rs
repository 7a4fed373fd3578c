//! One pass over a log's two files, shared by [`AuditLog::open`](crate::AuditLog::open)
//! and [`verify_dir`](crate::verify_dir) so that both judge a log by the same rules.
//!
//! The pass walks `entries.jsonl` and `heads.jsonl` in step: line `i` of the first is entry
//! `i`, line `i` of the second is the head for tree size `i + 1`. It stops checking at the
//! first problem (but keeps counting lines) and leaves the judgement of the tail (entries
//! no head covers yet, partial last lines) to the caller: `open` repairs what an
//! interrupted append leaves behind, `verify_dir` reports it.

use std::collections::HashMap;
use std::io::{self, BufRead};

use ed25519_dalek::VerifyingKey;

use crate::error::{Problem, ProblemKind};
use crate::head::{verify_head, SignedTreeHead};
use crate::merkle::{leaf_hash, Tree};
use crate::Entry;

pub(crate) const ENTRIES_FILE: &str = "entries.jsonl";
pub(crate) const HEADS_FILE: &str = "heads.jsonl";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Signatures {
    /// Verify every head's signature (offline verification).
    Every,
    /// Verify only the last head's signature; the roots of all heads are still checked.
    /// Opening a log stays cheap while a changed entry still breaks the last head.
    Last,
}

/// Which file a failed read came from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Which {
    Entries,
    Heads,
}

#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub(crate) tree: Tree,
    /// Byte offset of each complete entry line that was checked.
    pub(crate) entry_starts: Vec<u64>,
    /// Bytes taken by the complete entry lines.
    pub(crate) entries_end: u64,
    /// Whether `entries.jsonl` ends in a partial line.
    pub(crate) entries_partial: bool,
    /// The checked entries that name a subject, by subject (indexes in log order).
    pub(crate) subjects: HashMap<String, Vec<u64>>,
    pub(crate) head_starts: Vec<u64>,
    pub(crate) heads_end: u64,
    pub(crate) heads_partial: bool,
    /// Complete lines in each file, counted to the end even past a problem.
    pub(crate) entry_lines: u64,
    pub(crate) head_lines: u64,
    /// The last head read and found consistent with the entries.
    pub(crate) last_head: Option<SignedTreeHead>,
    /// The last head whose signature was verified too.
    pub(crate) last_verified: Option<SignedTreeHead>,
    pub(crate) problem: Option<Problem>,
}

pub(crate) fn scan(
    entries: impl BufRead,
    heads: impl BufRead,
    region: &str,
    key: &VerifyingKey,
    signatures: Signatures,
) -> Result<Scan, (Which, io::Error)> {
    let mut scan = Scan::default();
    resume(&mut scan, entries, heads, region, key, signatures)?;
    Ok(scan)
}

/// Continues `scan` with the lines that follow what it has read: `entries` and `heads`
/// must start at `scan.entries_end` and `scan.heads_end`. This is how a process catches
/// up with what other processes appended to a log they share. The per-pass findings
/// (`problem`, partial lines, line counts) start afresh; what was checked stays. An I/O
/// error leaves `scan` consistent with the lines it took (a later pass goes on from there).
pub(crate) fn resume(
    scan: &mut Scan,
    mut entries: impl BufRead,
    mut heads: impl BufRead,
    region: &str,
    key: &VerifyingKey,
    signatures: Signatures,
) -> Result<(), (Which, io::Error)> {
    scan.problem = None;
    scan.entries_partial = false;
    scan.heads_partial = false;
    scan.entry_lines = scan.tree.len();
    scan.head_lines = scan.head_starts.len() as u64;
    let mut entry_line = Vec::new();
    let mut head_line = Vec::new();
    let mut entries_done = false;
    let mut heads_done = false;
    while !(entries_done && heads_done) {
        let entry = if entries_done {
            None
        } else {
            read_line(&mut entries, &mut entry_line).map_err(|e| (Which::Entries, e))?
        };
        let head = if heads_done {
            None
        } else {
            read_line(&mut heads, &mut head_line).map_err(|e| (Which::Heads, e))?
        };
        match entry {
            Some(Line::Complete(_)) => scan.entry_lines += 1,
            Some(Line::Partial) => {
                scan.entries_partial = true;
                entries_done = true;
            }
            None => entries_done = true,
        }
        match head {
            Some(Line::Complete(_)) => scan.head_lines += 1,
            Some(Line::Partial) => {
                scan.heads_partial = true;
                heads_done = true;
            }
            None => heads_done = true,
        }
        if scan.problem.is_some() {
            continue;
        }
        let index = scan.tree.len();
        if let Some(Line::Complete(len)) = entry {
            match check_entry(&entry_line[..len - 1], index, region) {
                Ok(Some(subject)) => scan.subjects.entry(subject).or_default().push(index),
                Ok(None) => {}
                Err(problem) => {
                    scan.problem = Some(problem);
                    continue;
                }
            }
            scan.tree.push(leaf_hash(&entry_line[..len - 1]));
            scan.entry_starts.push(scan.entries_end);
            scan.entries_end += len as u64;
        }
        if let Some(Line::Complete(len)) = head {
            let head_index = scan.head_starts.len() as u64;
            if head_index >= scan.tree.len() {
                scan.problem = Some(truncated(scan.tree.len()));
                continue;
            }
            match check_head(
                &head_line[..len - 1],
                head_index,
                region,
                key,
                scan,
                signatures,
            ) {
                Ok((head, verified)) => {
                    scan.last_head = Some(head);
                    if verified {
                        scan.last_verified = Some(head);
                    }
                }
                Err(problem) => {
                    scan.problem = Some(problem);
                    continue;
                }
            }
            scan.head_starts.push(scan.heads_end);
            scan.heads_end += len as u64;
        }
    }
    if scan.problem.is_none() && signatures == Signatures::Last {
        if let Some(head) = scan.last_head {
            if verify_head(&head, region, key) {
                scan.last_verified = Some(head);
            } else {
                scan.problem = Some(bad_signature(head.tree_size - 1));
            }
        }
    }
    Ok(())
}

enum Line {
    /// A line of this many bytes, its newline included.
    Complete(usize),
    /// Bytes at the end of the file with no newline after them.
    Partial,
}

fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<Option<Line>> {
    buf.clear();
    let read = reader.read_until(b'\n', buf)?;
    Ok(match read {
        0 => None,
        n if buf.last() == Some(&b'\n') => Some(Line::Complete(n)),
        _ => Some(Line::Partial),
    })
}

/// Checks entry `index` and returns the subject it names, if any.
fn check_entry(data: &[u8], index: u64, region: &str) -> Result<Option<String>, Problem> {
    let entry: Entry = serde_json::from_slice(data).map_err(|e| Problem {
        first_bad_entry: Some(index),
        kind: ProblemKind::Unparseable,
        message: format!(
            "entry {index}: line {} of {ENTRIES_FILE} is not a valid entry ({e})",
            index + 1
        ),
    })?;
    if entry.seq != index {
        return Err(Problem {
            first_bad_entry: Some(index),
            kind: ProblemKind::SequenceGap,
            message: format!(
                "entry {index}: line {} of {ENTRIES_FILE} has sequence number {} \
                 (entries deleted, reordered or inserted)",
                index + 1,
                entry.seq
            ),
        });
    }
    if entry.region != region {
        return Err(Problem {
            first_bad_entry: Some(index),
            kind: ProblemKind::WrongRegion,
            message: format!(
                "entry {index}: belongs to region {:?}, not {region:?}",
                entry.region
            ),
        });
    }
    Ok(entry.subject)
}

/// Checks head `index` (for tree size `index + 1`, whose entries are all in `scan.tree`).
/// Returns the head and whether its signature was verified.
fn check_head(
    data: &[u8],
    index: u64,
    region: &str,
    key: &VerifyingKey,
    scan: &Scan,
    signatures: Signatures,
) -> Result<(SignedTreeHead, bool), Problem> {
    let head: SignedTreeHead = serde_json::from_slice(data).map_err(|e| Problem {
        first_bad_entry: Some(index),
        kind: ProblemKind::BadHead,
        message: format!(
            "entry {index}: line {} of {HEADS_FILE} is not a valid signed tree head ({e})",
            index + 1
        ),
    })?;
    if head.tree_size != index + 1 {
        return Err(Problem {
            first_bad_entry: Some(index),
            kind: ProblemKind::HeadsOutOfOrder,
            message: format!(
                "entry {index}: line {} of {HEADS_FILE} is for tree size {}, expected {} \
                 (heads deleted, reordered or inserted)",
                index + 1,
                head.tree_size,
                index + 1
            ),
        });
    }
    if head.root_hash != scan.tree.root(head.tree_size) {
        return Err(Problem {
            first_bad_entry: Some(index),
            kind: ProblemKind::RootMismatch,
            message: format!(
                "entry {index}: root of the first {} entries does not match the signed head \
                 (changed, removed, reordered or inserted)",
                index + 1
            ),
        });
    }
    if signatures == Signatures::Every {
        if !verify_head(&head, region, key) {
            return Err(bad_signature(index));
        }
        return Ok((head, true));
    }
    Ok((head, false))
}

fn bad_signature(index: u64) -> Problem {
    Problem {
        first_bad_entry: Some(index),
        kind: ProblemKind::BadSignature,
        message: format!(
            "entry {index}: the signed head for the first {} entries has an invalid signature \
             (head altered, or not this log's public key)",
            index + 1
        ),
    }
}

/// `heads.jsonl` has a line for a tree larger than the `entries` in `entries.jsonl`.
fn truncated(entries: u64) -> Problem {
    Problem {
        first_bad_entry: Some(entries),
        kind: ProblemKind::Truncated,
        message: format!(
            "entry {entries}: {ENTRIES_FILE} ends after {entries} entries but {HEADS_FILE} \
             holds heads for more (entries removed from the end)"
        ),
    }
}

impl Scan {
    /// The problem with entries past the last head, or with partial last lines: what an
    /// interrupted append leaves behind, or what was added by hand.
    pub(crate) fn tail_problem(&self) -> Option<Problem> {
        let entries = self.tree.len();
        let heads = self.head_starts.len() as u64;
        if entries > heads {
            return Some(Problem {
                first_bad_entry: Some(heads),
                kind: ProblemKind::Unsigned,
                message: if entries - heads == 1 {
                    format!(
                        "entry {heads}: not covered by any signed head (an interrupted append, \
                         which the server repairs when it next opens the log, or added by hand)"
                    )
                } else {
                    format!(
                        "entry {heads}: entries {heads} to {} are not covered by any signed \
                         head (an interrupted append leaves at most one: added by hand)",
                        entries - 1
                    )
                },
            });
        }
        let file = if self.heads_partial {
            HEADS_FILE
        } else if self.entries_partial {
            ENTRIES_FILE
        } else {
            return None;
        };
        Some(Problem {
            first_bad_entry: Some(entries),
            kind: ProblemKind::Incomplete,
            message: format!(
                "entry {entries}: the last line of {file} is incomplete (an interrupted append; \
                 the server discards it when it next opens the log)"
            ),
        })
    }
}
