//! The live, appendable log of one region.

use std::fs::{self, File, OpenOptions};
use std::io::{BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use ed25519_dalek::{SigningKey, VerifyingKey};

use crate::error::{AuditError, Problem, ProblemKind};
use crate::head::SignedTreeHead;
use crate::merkle::{leaf_hash, Hash};
use crate::scan::{resume, Scan, Signatures, Which, ENTRIES_FILE, HEADS_FILE};
use crate::{Entry, NewEntry};

/// A region's audit log, open for appending. `Send + Sync`: appends from many threads are
/// serialised by an internal lock, so sequence numbers stay dense.
///
/// Several processes may have the same directory open (the API nodes of a cluster that
/// share the data folder): an append holds an exclusive lock on `entries.jsonl` (`flock`)
/// and first reads, checks and takes in whatever the others appended since, so entries
/// stay dense and every head covers all entries before it. Reads catch up the same way
/// when the files grew, so every process answers from the whole log.
#[derive(Debug)]
pub struct AuditLog {
    dir: PathBuf,
    region: String,
    key: SigningKey,
    /// A handle of its own on `entries.jsonl` that only takes the file lock (a lock
    /// belongs to its open file, and two opens in one process exclude each other too).
    lock_file: File,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    entries: File,
    heads: File,
    /// Everything read and checked so far: the Merkle tree, each line's offset, the ends
    /// of the complete lines, the entries of each subject, the last head.
    log: Scan,
    latest: Option<SignedTreeHead>,
    /// Set while an append is under way and left set if it could not be undone, so that a
    /// failed or panicked append cannot be followed by one that writes after its debris.
    broken: bool,
}

impl AuditLog {
    /// Opens the log in `dir`, creating the directory and its files if missing.
    ///
    /// Re-reads every entry and head and refuses (with [`AuditError::Verification`]) a log
    /// whose entries do not hash to the roots of their heads, whose heads are out of order
    /// or cover missing entries, or whose last head is not signed by `key`. (Signatures of
    /// earlier heads are left to [`verify_dir`](crate::verify_dir).)
    ///
    /// It repairs what an interrupted append leaves behind: a partial last line in either
    /// file is cut off, and a single complete entry that no head covers yet gets its head.
    pub fn open(dir: &Path, region: &str, key: SigningKey) -> Result<Self, AuditError> {
        check_region(region)?;
        fs::create_dir_all(dir).map_err(AuditError::io(dir))?;
        let entries_path = dir.join(ENTRIES_FILE);
        let heads_path = dir.join(HEADS_FILE);
        let open = |path: &Path| {
            OpenOptions::new()
                .read(true)
                .append(true)
                .create(true)
                .open(path)
                .map_err(AuditError::io(path))
        };
        let entries = open(&entries_path)?;
        let heads = open(&heads_path)?;
        sync_dir(dir)?;
        let lock_file = File::open(&entries_path).map_err(AuditError::io(&entries_path))?;
        let log = AuditLog {
            dir: dir.to_path_buf(),
            region: region.to_owned(),
            key,
            lock_file,
            state: Mutex::new(State {
                entries,
                heads,
                log: Scan::default(),
                latest: None,
                broken: false,
            }),
        };
        {
            let mut state = log.lock();
            let _held = log.exclusive()?;
            log.take_in(&mut state)?;
        }
        Ok(log)
    }

    /// Reads the lines appended since this process last looked (all of them at open) and
    /// settles the tail an interrupted append left behind. Call it holding the exclusive
    /// file lock: no other process is then between the two writes of an append.
    ///
    /// A problem before the tail is refused as [`AuditError::Verification`]; past the
    /// last head, a partial line is cut off and a single unsigned entry gets its head
    /// (more than one cannot come from an interrupted append, and is refused).
    fn take_in(&self, state: &mut State) -> Result<(), AuditError> {
        let read_error = |which: Which, source| AuditError::Io {
            path: self.dir.join(match which {
                Which::Entries => ENTRIES_FILE,
                Which::Heads => HEADS_FILE,
            }),
            source,
        };
        let State {
            entries,
            heads,
            log,
            ..
        } = &mut *state;
        let (entries_at, heads_at) = (log.entries_end, log.heads_end);
        resume(
            log,
            BufReader::new(at(entries, entries_at).map_err(|e| read_error(Which::Entries, e))?),
            BufReader::new(at(heads, heads_at).map_err(|e| read_error(Which::Heads, e))?),
            &self.region,
            &self.key.verifying_key(),
            Signatures::Last,
        )
        .map_err(|(which, source)| read_error(which, source))?;
        let verification = |problem: Problem| AuditError::Verification {
            dir: self.dir.clone(),
            problem,
        };
        if let Some(problem) = state.log.problem.clone() {
            return Err(verification(problem));
        }
        let unsigned = state.log.tree.len() - state.log.head_starts.len() as u64;
        if unsigned > 1 {
            if let Some(problem) = state.log.tail_problem() {
                return Err(verification(problem));
            }
        }
        // Only now, with everything before it verified, touch the files.
        if state.log.entries_partial {
            truncate(&state.entries, state.log.entries_end)
                .map_err(AuditError::io(self.dir.join(ENTRIES_FILE)))?;
            state.log.entries_partial = false;
        }
        if state.log.heads_partial {
            truncate(&state.heads, state.log.heads_end)
                .map_err(AuditError::io(self.dir.join(HEADS_FILE)))?;
            state.log.heads_partial = false;
        }
        state.latest = state.log.last_verified;
        if unsigned == 1 {
            let size = state.log.tree.len();
            let root = state.log.tree.root(size);
            let now = chrono::Utc::now().timestamp_millis();
            let head = SignedTreeHead::sign(&self.key, &self.region, size, root, now);
            self.write_head(state, &head)?;
        }
        Ok(())
    }

    /// The lock that keeps other processes' appends out (see the type's doc).
    fn exclusive(&self) -> Result<FileLock<'_>, AuditError> {
        FileLock::exclusive(&self.lock_file, &self.dir.join(ENTRIES_FILE))
    }

    /// Catches up with other processes' appends before a read, when the files grew.
    fn fresh(&self) -> Result<MutexGuard<'_, State>, AuditError> {
        let mut state = self.lock();
        let grown = |file: &File, end: u64| file.metadata().map(|m| m.len() != end);
        let entries_grew = grown(&state.entries, state.log.entries_end)
            .map_err(AuditError::io(self.dir.join(ENTRIES_FILE)))?;
        let heads_grew = grown(&state.heads, state.log.heads_end)
            .map_err(AuditError::io(self.dir.join(HEADS_FILE)))?;
        if entries_grew || heads_grew {
            let _held = self.exclusive()?;
            self.take_in(&mut state)?;
        }
        Ok(state)
    }

    /// Appends an entry, then signs and appends the head that covers it. Both lines are on
    /// disk (fsynced) before this returns; if either write fails, both are undone.
    pub fn append(&self, new: NewEntry) -> Result<(Entry, SignedTreeHead), AuditError> {
        let mut state = self.lock();
        if state.broken {
            return Err(AuditError::Broken);
        }
        let _held = self.exclusive()?;
        self.take_in(&mut state)?;
        let now = chrono::Utc::now().timestamp_millis();
        let entry = Entry {
            seq: state.log.tree.len(),
            time_ms: now,
            region: self.region.clone(),
            actor: new.actor,
            action: new.action,
            subject: new.subject,
            details: new.details,
        };
        let mut line = serde_json::to_vec(&entry)?;
        let leaf = leaf_hash(&line);
        line.push(b'\n');

        state.broken = true;
        let entries_end = state.log.entries_end;
        if let Err(source) = write_synced(&state.entries, &line) {
            state.broken = truncate(&state.entries, entries_end).is_err();
            return Err(AuditError::Io {
                path: self.dir.join(ENTRIES_FILE),
                source,
            });
        }
        state.log.tree.push(leaf);
        let size = entry.seq + 1;
        let head = SignedTreeHead::sign(
            &self.key,
            &self.region,
            size,
            state.log.tree.root(size),
            now,
        );
        if let Err(error) = self.write_head(&mut state, &head) {
            state.log.tree.pop();
            state.broken = truncate(&state.entries, entries_end).is_err() || state.broken;
            return Err(error);
        }
        state.log.entry_starts.push(entries_end);
        state.log.entries_end += line.len() as u64;
        if let Some(subject) = &entry.subject {
            state
                .log
                .subjects
                .entry(subject.clone())
                .or_default()
                .push(entry.seq);
        }
        state.broken = false;
        Ok((entry, head))
    }

    /// Appends `head`'s line; on failure cuts `heads.jsonl` back and leaves `broken` set if
    /// that failed too.
    fn write_head(&self, state: &mut State, head: &SignedTreeHead) -> Result<(), AuditError> {
        let mut line = serde_json::to_vec(head)?;
        line.push(b'\n');
        let heads_end = state.log.heads_end;
        if let Err(source) = write_synced(&state.heads, &line) {
            state.broken = truncate(&state.heads, heads_end).is_err();
            return Err(AuditError::Io {
                path: self.dir.join(HEADS_FILE),
                source,
            });
        }
        state.log.head_starts.push(heads_end);
        state.log.heads_end += line.len() as u64;
        state.log.last_head = Some(*head);
        state.log.last_verified = Some(*head);
        state.latest = Some(*head);
        Ok(())
    }

    /// The number of entries.
    pub fn len(&self) -> u64 {
        self.current().log.tree.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn region(&self) -> &str {
        &self.region
    }

    pub fn public_key(&self) -> VerifyingKey {
        self.key.verifying_key()
    }

    /// Up to `limit` entries from index `start`; empty past the end.
    ///
    /// Every entry read is checked against the leaf hash kept in memory, so an entry changed
    /// on disk while the log is open comes back as [`AuditError::Verification`].
    pub fn entries(&self, start: u64, limit: usize) -> Result<Vec<Entry>, AuditError> {
        self.read_entries(start, limit)?
            .into_iter()
            .enumerate()
            .map(|(i, data)| self.parse_entry(start + i as u64, &data))
            .collect()
    }

    /// Every entry whose `subject` is `subject`, oldest first, read through the subject
    /// index (only those entries' bytes are read, each checked against its leaf hash).
    pub fn subject_entries(&self, subject: &str) -> Result<Vec<Entry>, AuditError> {
        let state = self.fresh()?;
        let Some(indexes) = state.log.subjects.get(subject) else {
            return Ok(Vec::new());
        };
        let mut out = Vec::with_capacity(indexes.len());
        // One read per run of consecutive entries.
        let mut rest = indexes.as_slice();
        while let Some(&first) = rest.first() {
            let run = rest
                .iter()
                .enumerate()
                .take_while(|&(i, &index)| index == first + i as u64)
                .count();
            for (i, line) in self.read_locked(&state, first, run)?.iter().enumerate() {
                out.push(self.parse_entry(first + i as u64, line)?);
            }
            rest = &rest[run..];
        }
        Ok(out)
    }

    /// How many entries name `subject`.
    pub fn subject_len(&self, subject: &str) -> usize {
        self.current().log.subjects.get(subject).map_or(0, Vec::len)
    }

    pub fn entry(&self, index: u64) -> Result<Option<Entry>, AuditError> {
        Ok(self.entries(index, 1)?.into_iter().next())
    }

    /// The exact bytes of up to `limit` entries from `start` (what was hashed into their
    /// leaves), each checked against its leaf hash; empty past the end.
    pub fn entries_data(&self, start: u64, limit: usize) -> Result<Vec<Vec<u8>>, AuditError> {
        self.read_entries(start, limit)
    }

    /// The exact bytes of entry `index` that were hashed into its leaf (its line without the
    /// newline): what a client needs to check an inclusion proof itself.
    pub fn entry_data(&self, index: u64) -> Result<Option<Vec<u8>>, AuditError> {
        Ok(self.read_entries(index, 1)?.into_iter().next())
    }

    fn read_entries(&self, start: u64, limit: usize) -> Result<Vec<Vec<u8>>, AuditError> {
        let state = self.fresh()?;
        self.read_locked(&state, start, limit)
    }

    fn read_locked(
        &self,
        state: &State,
        start: u64,
        limit: usize,
    ) -> Result<Vec<Vec<u8>>, AuditError> {
        let len = state.log.tree.len();
        if start >= len || limit == 0 {
            return Ok(Vec::new());
        }
        let end = start.saturating_add(limit as u64).min(len);
        let from = state.log.entry_starts[start as usize];
        let to = match state.log.entry_starts.get(end as usize) {
            Some(&offset) => offset,
            None => state.log.entries_end,
        };
        let bytes = read_range(&state.entries, from, to)
            .map_err(AuditError::io(self.dir.join(ENTRIES_FILE)))?;
        let mut lines = Vec::with_capacity((end - start) as usize);
        for (i, line) in bytes
            .split(|&b| b == b'\n')
            .take((end - start) as usize)
            .enumerate()
        {
            let index = start + i as u64;
            if Some(leaf_hash(line)) != state.log.tree.leaf(index) {
                return Err(self.changed_on_disk(index, ENTRIES_FILE));
            }
            lines.push(line.to_vec());
        }
        Ok(lines)
    }

    fn parse_entry(&self, index: u64, data: &[u8]) -> Result<Entry, AuditError> {
        serde_json::from_slice(data).map_err(|_| self.changed_on_disk(index, ENTRIES_FILE))
    }

    fn changed_on_disk(&self, index: u64, file: &str) -> AuditError {
        AuditError::Verification {
            dir: self.dir.clone(),
            problem: Problem {
                first_bad_entry: Some(index),
                kind: ProblemKind::RootMismatch,
                message: format!("entry {index}: {file} changed on disk since the log was opened"),
            },
        }
    }

    /// The newest signed tree head; `None` while the log is empty.
    pub fn latest_head(&self) -> Option<SignedTreeHead> {
        self.current().latest
    }

    /// The head that was signed when the log had `tree_size` entries; `None` for 0 (the
    /// empty tree is never signed) and for sizes the log has not reached.
    pub fn head_at(&self, tree_size: u64) -> Result<Option<SignedTreeHead>, AuditError> {
        let state = self.fresh()?;
        let count = state.log.head_starts.len() as u64;
        if tree_size == 0 || tree_size > count {
            return Ok(None);
        }
        let index = (tree_size - 1) as usize;
        let from = state.log.head_starts[index];
        let to = match state.log.head_starts.get(index + 1) {
            Some(&offset) => offset,
            None => state.log.heads_end,
        };
        let bytes = read_range(&state.heads, from, to)
            .map_err(AuditError::io(self.dir.join(HEADS_FILE)))?;
        let line = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        match serde_json::from_slice::<SignedTreeHead>(line) {
            Ok(head)
                if head.tree_size == tree_size
                    && head.root_hash == state.log.tree.root(tree_size) =>
            {
                Ok(Some(head))
            }
            _ => Err(self.changed_on_disk(tree_size - 1, HEADS_FILE)),
        }
    }

    pub fn leaf_hash(&self, index: u64) -> Option<Hash> {
        self.current().log.tree.leaf(index)
    }

    /// The RFC 6962 §2.1.1 audit path of entry `index` in the tree of the first `tree_size`
    /// entries; check it with [`verify_inclusion`](crate::verify_inclusion).
    pub fn inclusion_proof(&self, index: u64, tree_size: u64) -> Result<Vec<Hash>, AuditError> {
        let state = self.fresh()?;
        let len = state.log.tree.len();
        if index >= tree_size || tree_size > len {
            return Err(AuditError::OutOfRange(format!(
                "no inclusion proof for entry {index} in a tree of {tree_size}: \
                 the log has {len} entries"
            )));
        }
        Ok(state.log.tree.inclusion_path(index, tree_size))
    }

    /// The RFC 6962 §2.1.2 proof that the first `old_size` entries are a prefix of the first
    /// `new_size`; check it with [`verify_consistency`](crate::verify_consistency). Empty
    /// when `old_size` is 0 or equals `new_size`.
    pub fn consistency_proof(&self, old_size: u64, new_size: u64) -> Result<Vec<Hash>, AuditError> {
        let state = self.fresh()?;
        let len = state.log.tree.len();
        if old_size > new_size || new_size > len {
            return Err(AuditError::OutOfRange(format!(
                "no consistency proof from {old_size} to {new_size} entries: \
                 the log has {len} entries"
            )));
        }
        Ok(state.log.tree.consistency_path(old_size, new_size))
    }

    /// The state after catching up with other processes; where that fails (the files
    /// cannot be read, or were changed), what this process last read.
    fn current(&self) -> MutexGuard<'_, State> {
        match self.fresh() {
            Ok(state) => state,
            Err(_) => self.lock(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic mid-append leaves `broken` set, so the state is safe to keep using.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

fn check_region(region: &str) -> Result<(), AuditError> {
    // The region is a line of the signed message, so it must not contain a newline.
    if region.is_empty() || region.chars().any(char::is_control) {
        return Err(AuditError::InvalidRegion(region.to_owned()));
    }
    Ok(())
}

pub(crate) fn check_region_ok(region: &str) -> bool {
    check_region(region).is_ok()
}

fn write_synced(mut file: &File, bytes: &[u8]) -> std::io::Result<()> {
    file.write_all(bytes)?;
    file.sync_data()
}

/// `file` read from `offset` on (a shared handle: the seek moves its one position).
fn at(mut file: &File, offset: u64) -> std::io::Result<&File> {
    file.seek(SeekFrom::Start(offset))?;
    Ok(file)
}

/// An exclusive `flock` on a log's file, held by the processes that share the directory
/// while they append or catch up; released when dropped.
pub(crate) struct FileLock<'a>(&'a File);

impl<'a> FileLock<'a> {
    pub(crate) fn exclusive(file: &'a File, path: &Path) -> Result<Self, AuditError> {
        file.lock().map_err(AuditError::io(path))?;
        Ok(Self(file))
    }

    pub(crate) fn shared(file: &'a File, path: &Path) -> Result<Self, AuditError> {
        file.lock_shared().map_err(AuditError::io(path))?;
        Ok(Self(file))
    }
}

impl Drop for FileLock<'_> {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

fn truncate(file: &File, len: u64) -> std::io::Result<()> {
    file.set_len(len)?;
    file.sync_data()
}

fn read_range(mut file: &File, from: u64, to: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = vec![0; (to - from) as usize];
    file.seek(SeekFrom::Start(from))?;
    file.read_exact(&mut bytes)?;
    Ok(bytes)
}

/// Makes the creation of files in `dir` durable.
fn sync_dir(dir: &Path) -> Result<(), AuditError> {
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(AuditError::io(dir))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[3; 32])
    }

    #[test]
    fn regions_with_newlines_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for region in ["", "e\nu", "eu\r"] {
            assert!(matches!(
                AuditLog::open(dir.path(), region, key()),
                Err(AuditError::InvalidRegion(_))
            ));
        }
    }

    #[test]
    fn entries_of_a_subject_come_from_the_index_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::open(dir.path(), "eu", key()).unwrap();
        for i in 0..6 {
            let subject = if i % 3 == 0 { "acct:a" } else { "acct:b" };
            log.append(NewEntry::new("staff:x", format!("act{i}")).subject(subject))
                .unwrap();
        }
        log.append(NewEntry::new("staff:x", "no_subject")).unwrap();
        let actions = |log: &AuditLog, s: &str| -> Vec<String> {
            log.subject_entries(s)
                .unwrap()
                .into_iter()
                .map(|e| e.action)
                .collect()
        };
        assert_eq!(actions(&log, "acct:a"), ["act0", "act3"]);
        assert_eq!(actions(&log, "acct:b"), ["act1", "act2", "act4", "act5"]);
        assert!(actions(&log, "acct:c").is_empty());
        assert_eq!(log.subject_len("acct:b"), 4);
        drop(log);
        // Rebuilt from the files at open.
        let log = AuditLog::open(dir.path(), "eu", key()).unwrap();
        assert_eq!(actions(&log, "acct:b"), ["act1", "act2", "act4", "act5"]);
        log.append(NewEntry::new("staff:y", "act7").subject("acct:a"))
            .unwrap();
        assert_eq!(actions(&log, "acct:a"), ["act0", "act3", "act7"]);
        // An indexed entry changed on disk is caught, not returned.
        let path = dir.path().join(ENTRIES_FILE);
        let text = fs::read_to_string(&path)
            .unwrap()
            .replacen("act3", "actX", 1);
        fs::write(&path, text).unwrap();
        assert!(matches!(
            log.subject_entries("acct:a"),
            Err(AuditError::Verification { .. })
        ));
    }

    #[test]
    fn a_failed_head_write_undoes_the_entry() {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::open(dir.path(), "eu", key()).unwrap();
        log.append(NewEntry::new("a", "first")).unwrap();
        // Swap the heads file for a read-only handle so the next head write fails.
        {
            let mut state = log.lock();
            state.heads = File::open(dir.path().join(HEADS_FILE)).unwrap();
        }
        assert!(matches!(
            log.append(NewEntry::new("a", "second")),
            Err(AuditError::Io { .. })
        ));
        assert_eq!(log.len(), 1);
        let entries = fs::read(dir.path().join(ENTRIES_FILE)).unwrap();
        assert_eq!(entries.iter().filter(|&&b| b == b'\n').count(), 1);
        // Truncating the read-only handle failed, so the log refuses further appends ...
        assert!(matches!(
            log.append(NewEntry::new("a", "third")),
            Err(AuditError::Broken)
        ));
        drop(log);
        // ... and reopening finds a consistent log.
        let log = AuditLog::open(dir.path(), "eu", key()).unwrap();
        assert_eq!(log.len(), 1);
        log.append(NewEntry::new("a", "second")).unwrap();
        assert_eq!(log.entry(1).unwrap().unwrap().seq, 1);
    }
}
