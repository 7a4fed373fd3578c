//! The audit log as its users see it: a directory of files, appended to by the server,
//! tampered with by someone, checked by `verify_dir` and by reopening.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;
use std::sync::Arc;

use serde_json::json;
use spool_audit::{
    leaf_hash, verify_consistency, verify_dir, verify_head, verify_inclusion, AuditError, AuditLog,
    Entry, NewEntry, ProblemKind, SignedTreeHead, SigningKey, VerifyReport,
};

const REGION: &str = "eu";
const SIZE: u64 = 50;

fn key() -> SigningKey {
    SigningKey::from_bytes(&[42; 32])
}

fn new_entry(i: u64) -> NewEntry {
    NewEntry::new(format!("staff:alice-{i}"), "account.view")
        .subject(format!("account:{i:04}"))
        .details(json!({ "reason": "support ticket", "ticket": i }))
}

/// A log of `SIZE` entries in a fresh directory.
fn build_log() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    for i in 0..SIZE {
        let (entry, head) = log.append(new_entry(i)).unwrap();
        assert_eq!(entry.seq, i);
        assert_eq!(head.tree_size, i + 1);
    }
    dir
}

fn entries_path(dir: &Path) -> std::path::PathBuf {
    dir.join("entries.jsonl")
}

fn heads_path(dir: &Path) -> std::path::PathBuf {
    dir.join("heads.jsonl")
}

fn read_lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn write_lines(path: &Path, lines: &[String]) {
    let mut text = lines.join("\n");
    text.push('\n');
    fs::write(path, text).unwrap();
}

fn edit_entries(dir: &Path, edit: impl FnOnce(&mut Vec<String>)) {
    let mut lines = read_lines(&entries_path(dir));
    edit(&mut lines);
    write_lines(&entries_path(dir), &lines);
}

fn verify(dir: &Path) -> VerifyReport {
    verify_dir(dir, REGION, &key().verifying_key())
}

/// Asserts that verification fails at entry `index` with `kind`, and that the server would
/// refuse to open the log.
fn assert_bad(dir: &Path, kind: ProblemKind, index: u64) {
    let report = verify(dir);
    let problem = report.problem.expect("tampering went unnoticed");
    assert_eq!(
        (problem.kind, problem.first_bad_entry),
        (kind, Some(index)),
        "{problem}"
    );
    assert!(
        problem.message.starts_with(&format!("entry {index}: ")),
        "{problem}"
    );
    match AuditLog::open(dir, REGION, key()) {
        Err(AuditError::Verification { .. }) => {}
        other => panic!("open should refuse a tampered log, got {other:?}"),
    }
}

fn entry_line(entry: &Entry) -> String {
    String::from_utf8(serde_json::to_vec(entry).unwrap()).unwrap()
}

#[test]
fn untouched_log_verifies() {
    let dir = build_log();
    let report = verify(dir.path());
    assert_eq!(report.problem, None);
    assert_eq!((report.entries, report.heads), (SIZE, SIZE));
    let latest = report.latest_head.unwrap();
    assert_eq!(latest.tree_size, SIZE);
    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    assert_eq!(log.len(), SIZE);
    assert_eq!(log.latest_head(), Some(latest));
}

#[test]
fn entry_lines_are_canonical_json_in_field_order() {
    let dir = build_log();
    let line = &read_lines(&entries_path(dir.path()))[7];
    let entry: Entry = serde_json::from_str(line).unwrap();
    assert_eq!(line, &entry_line(&entry));
    assert!(line.starts_with(r#"{"seq":7,"time_ms":"#));
    assert!(line.ends_with(
        r#","region":"eu","actor":"staff:alice-7","action":"account.view","subject":"account:0007","details":{"reason":"support ticket","ticket":7}}"#
    ));
}

#[test]
fn changed_byte_that_keeps_valid_json_is_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        lines[17] = lines[17].replace("alice-17", "alicf-17");
    });
    assert_bad(dir.path(), ProblemKind::RootMismatch, 17);
    assert_eq!(
        verify(dir.path()).problem.unwrap().to_string(),
        "entry 17: root of the first 18 entries does not match the signed head \
         (changed, removed, reordered or inserted)"
    );
}

#[test]
fn changed_byte_that_breaks_json_is_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        lines[23] = lines[23].replacen('{', "x", 1);
    });
    assert_bad(dir.path(), ProblemKind::Unparseable, 23);
}

#[test]
fn changed_sequence_number_is_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        lines[9] = lines[9].replacen(r#""seq":9,"#, r#""seq":8,"#, 1);
    });
    assert_bad(dir.path(), ProblemKind::SequenceGap, 9);
}

#[test]
fn deleted_entry_is_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        lines.remove(30);
    });
    assert_bad(dir.path(), ProblemKind::SequenceGap, 30);
}

#[test]
fn deleted_and_renumbered_entry_is_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        lines.remove(30);
        for (i, line) in lines.iter_mut().enumerate().skip(30) {
            let mut entry: Entry = serde_json::from_str(line).unwrap();
            entry.seq = i as u64;
            *line = entry_line(&entry);
        }
    });
    assert_bad(dir.path(), ProblemKind::RootMismatch, 30);
}

#[test]
fn swapped_entries_are_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| lines.swap(12, 13));
    assert_bad(dir.path(), ProblemKind::SequenceGap, 12);
}

#[test]
fn swapped_and_renumbered_entries_are_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        lines.swap(12, 13);
        for (i, line) in lines.iter_mut().enumerate().skip(12).take(2) {
            let mut entry: Entry = serde_json::from_str(line).unwrap();
            entry.seq = i as u64;
            *line = entry_line(&entry);
        }
    });
    assert_bad(dir.path(), ProblemKind::RootMismatch, 12);
}

#[test]
fn inserted_entry_is_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        let mut forged: Entry = serde_json::from_str(&lines[40]).unwrap();
        forged.actor = "staff:mallory".into();
        lines.insert(40, entry_line(&forged));
    });
    assert_bad(dir.path(), ProblemKind::RootMismatch, 40);
}

#[test]
fn inserted_entry_with_renumbering_is_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        let mut forged: Entry = serde_json::from_str(&lines[40]).unwrap();
        forged.actor = "staff:mallory".into();
        lines.insert(40, entry_line(&forged));
        for (i, line) in lines.iter_mut().enumerate().skip(41) {
            let mut entry: Entry = serde_json::from_str(line).unwrap();
            entry.seq = i as u64;
            *line = entry_line(&entry);
        }
        // Drop the surplus last entry so the counts still match the heads.
        lines.pop();
    });
    assert_bad(dir.path(), ProblemKind::RootMismatch, 40);
}

#[test]
fn truncated_tail_is_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| lines.truncate(lines.len() - 5));
    assert_bad(dir.path(), ProblemKind::Truncated, SIZE - 5);
    let report = verify(dir.path());
    assert_eq!((report.entries, report.heads), (SIZE - 5, SIZE));
}

#[test]
fn emptied_entries_file_is_found() {
    let dir = build_log();
    fs::write(entries_path(dir.path()), "").unwrap();
    assert_bad(dir.path(), ProblemKind::Truncated, 0);
}

#[test]
fn entry_cut_mid_line_is_found() {
    let dir = build_log();
    let bytes = fs::read(entries_path(dir.path())).unwrap();
    fs::write(entries_path(dir.path()), &bytes[..bytes.len() - 10]).unwrap();
    assert_bad(dir.path(), ProblemKind::Truncated, SIZE - 1);
}

#[test]
fn altered_head_signature_is_found() {
    let dir = build_log();
    let mut heads = read_lines(&heads_path(dir.path()));
    let mut head: SignedTreeHead = serde_json::from_str(&heads[33]).unwrap();
    head.signature[10] ^= 0x20;
    heads[33] = serde_json::to_string(&head).unwrap();
    write_lines(&heads_path(dir.path()), &heads);

    let problem = verify(dir.path()).problem.unwrap();
    assert_eq!(
        (problem.kind, problem.first_bad_entry),
        (ProblemKind::BadSignature, Some(33))
    );
    // Opening checks only the newest head's signature, so it accepts this log ...
    AuditLog::open(dir.path(), REGION, key()).unwrap();
}

#[test]
fn altered_last_head_signature_stops_open() {
    let dir = build_log();
    let mut heads = read_lines(&heads_path(dir.path()));
    let last = heads.len() - 1;
    let mut head: SignedTreeHead = serde_json::from_str(&heads[last]).unwrap();
    head.signature[0] ^= 1;
    heads[last] = serde_json::to_string(&head).unwrap();
    write_lines(&heads_path(dir.path()), &heads);
    assert_bad(dir.path(), ProblemKind::BadSignature, SIZE - 1);
}

#[test]
fn head_re_rooted_over_a_changed_entry_fails_its_signature() {
    // The forger changes entry 5 and recomputes every later head's root, but cannot sign.
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        lines[5] = lines[5].replace("support ticket", "routine checks");
    });
    let leaves: Vec<[u8; 32]> = read_lines(&entries_path(dir.path()))
        .iter()
        .map(|line| leaf_hash(line.as_bytes()))
        .collect();
    let mut heads = read_lines(&heads_path(dir.path()));
    for (i, line) in heads.iter_mut().enumerate() {
        let mut head: SignedTreeHead = serde_json::from_str(line).unwrap();
        head.root_hash = spool_audit::root_hash(&leaves[..=i]);
        *line = serde_json::to_string(&head).unwrap();
    }
    write_lines(&heads_path(dir.path()), &heads);
    assert_bad(dir.path(), ProblemKind::BadSignature, 5);
}

#[test]
fn removed_head_is_found() {
    let dir = build_log();
    let mut heads = read_lines(&heads_path(dir.path()));
    heads.remove(20);
    write_lines(&heads_path(dir.path()), &heads);
    assert_bad(dir.path(), ProblemKind::HeadsOutOfOrder, 20);
}

#[test]
fn garbled_head_is_found() {
    let dir = build_log();
    let mut heads = read_lines(&heads_path(dir.path()));
    heads[3] = heads[3].replace("tree_size", "tree-size");
    write_lines(&heads_path(dir.path()), &heads);
    assert_bad(dir.path(), ProblemKind::BadHead, 3);
}

#[test]
fn wrong_public_key_fails() {
    let dir = build_log();
    let other = SigningKey::from_bytes(&[43; 32]).verifying_key();
    let problem = verify_dir(dir.path(), REGION, &other).problem.unwrap();
    assert_eq!(
        (problem.kind, problem.first_bad_entry),
        (ProblemKind::BadSignature, Some(0))
    );
    let wrong_key = SigningKey::from_bytes(&[43; 32]);
    assert!(matches!(
        AuditLog::open(dir.path(), REGION, wrong_key),
        Err(AuditError::Verification { .. })
    ));
}

#[test]
fn wrong_region_fails() {
    let dir = build_log();
    let problem = verify_dir(dir.path(), "us", &key().verifying_key())
        .problem
        .unwrap();
    assert_eq!(
        (problem.kind, problem.first_bad_entry),
        (ProblemKind::WrongRegion, Some(0))
    );
}

#[test]
fn entries_appended_by_hand_are_found() {
    let dir = build_log();
    edit_entries(dir.path(), |lines| {
        for seq in [SIZE, SIZE + 1] {
            let mut entry: Entry = serde_json::from_str(&lines[0]).unwrap();
            entry.seq = seq;
            lines.push(entry_line(&entry));
        }
    });
    assert_bad(dir.path(), ProblemKind::Unsigned, SIZE);
}

#[test]
fn missing_directory_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let report = verify(&dir.path().join("nowhere"));
    assert_eq!(report.problem.unwrap().kind, ProblemKind::Io);
}

#[test]
fn empty_log_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    assert!(log.is_empty());
    assert_eq!(log.latest_head(), None);
    assert_eq!(log.head_at(0).unwrap(), None);
    let report = verify(dir.path());
    assert_eq!(report.problem, None);
    assert_eq!((report.entries, report.heads), (0, 0));
}

#[test]
fn half_written_last_line_is_cut_away_on_open() {
    let dir = build_log();
    let mut bytes = fs::read(entries_path(dir.path())).unwrap();
    let clean_len = bytes.len();
    bytes.extend_from_slice(br#"{"seq":50,"time_ms":17"#);
    fs::write(entries_path(dir.path()), &bytes).unwrap();

    let problem = verify(dir.path()).problem.unwrap();
    assert_eq!(
        (problem.kind, problem.first_bad_entry),
        (ProblemKind::Incomplete, Some(SIZE))
    );

    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    assert_eq!(log.len(), SIZE);
    assert_eq!(
        fs::metadata(entries_path(dir.path())).unwrap().len(),
        clean_len as u64
    );
    let (entry, head) = log.append(new_entry(SIZE)).unwrap();
    assert_eq!((entry.seq, head.tree_size), (SIZE, SIZE + 1));
    drop(log);
    assert_eq!(verify(dir.path()).problem, None);
}

#[test]
fn entry_without_its_head_gets_signed_on_open() {
    // A crash between the entry's write and its head's.
    let dir = build_log();
    let mut heads = read_lines(&heads_path(dir.path()));
    heads.pop();
    write_lines(&heads_path(dir.path()), &heads);
    assert_eq!(
        verify(dir.path()).problem.unwrap().kind,
        ProblemKind::Unsigned
    );

    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    assert_eq!(log.len(), SIZE);
    assert_eq!(log.latest_head().unwrap().tree_size, SIZE);
    drop(log);
    assert_eq!(verify(dir.path()).problem, None);
}

#[test]
fn half_written_head_is_cut_away_and_redone_on_open() {
    let dir = build_log();
    let heads = fs::read(heads_path(dir.path())).unwrap();
    let last_start = heads[..heads.len() - 1]
        .iter()
        .rposition(|&b| b == b'\n')
        .unwrap()
        + 1;
    fs::write(heads_path(dir.path()), &heads[..last_start + 30]).unwrap();
    assert_eq!(
        verify(dir.path()).problem.unwrap().kind,
        ProblemKind::Unsigned
    );

    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    assert_eq!(log.latest_head().unwrap().tree_size, SIZE);
    drop(log);
    assert_eq!(verify(dir.path()).problem, None);
}

#[test]
fn appends_continue_after_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    for i in 0..3 {
        log.append(new_entry(i)).unwrap();
    }
    let old_head = log.latest_head().unwrap();
    drop(log);

    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(log.latest_head(), Some(old_head));
    for i in 3..5 {
        let (entry, _) = log.append(new_entry(i)).unwrap();
        assert_eq!(entry.seq, i);
    }
    let new_head = log.latest_head().unwrap();
    assert!(verify_head(&new_head, REGION, &log.public_key()));
    let proof = log.consistency_proof(3, 5).unwrap();
    assert!(verify_consistency(
        3,
        5,
        &old_head.root_hash,
        &new_head.root_hash,
        &proof
    ));
    let seqs: Vec<u64> = log.entries(0, 10).unwrap().iter().map(|e| e.seq).collect();
    assert_eq!(seqs, [0, 1, 2, 3, 4]);
    drop(log);
    assert_eq!(verify(dir.path()).problem, None);
}

#[test]
fn concurrent_appends_keep_seq_dense() {
    let dir = tempfile::tempdir().unwrap();
    let log = Arc::new(AuditLog::open(dir.path(), REGION, key()).unwrap());
    let threads: Vec<_> = (0..8u64)
        .map(|t| {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                (0..20u64)
                    .map(|i| {
                        let (entry, head) = log.append(new_entry(t * 100 + i)).unwrap();
                        assert_eq!(head.tree_size, entry.seq + 1);
                        entry.seq
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut seqs: Vec<u64> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    seqs.sort_unstable();
    assert_eq!(seqs, (0..160).collect::<Vec<_>>());
    let stored: Vec<u64> = log.entries(0, 200).unwrap().iter().map(|e| e.seq).collect();
    assert_eq!(stored, seqs);
    drop(log);
    let report = verify(dir.path());
    assert_eq!(report.problem, None);
    assert_eq!((report.entries, report.heads), (160, 160));
}

#[test]
fn reading_entries_and_heads() {
    let dir = build_log();
    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    let page = log.entries(10, 5).unwrap();
    assert_eq!(
        page.iter().map(|e| e.seq).collect::<Vec<_>>(),
        [10, 11, 12, 13, 14]
    );
    assert_eq!(page[0].actor, "staff:alice-10");
    assert_eq!(page[0].subject.as_deref(), Some("account:0010"));
    assert_eq!(
        page[0].details,
        json!({ "reason": "support ticket", "ticket": 10 })
    );
    assert_eq!(log.entries(48, 10).unwrap().len(), 2);
    assert!(log.entries(SIZE, 1).unwrap().is_empty());
    assert!(log.entries(0, 0).unwrap().is_empty());
    assert_eq!(log.entry(SIZE).unwrap(), None);
    assert_eq!(log.entry(49).unwrap().unwrap().seq, 49);

    for size in 1..=SIZE {
        let head = log.head_at(size).unwrap().unwrap();
        assert_eq!(head.tree_size, size);
        assert!(verify_head(&head, REGION, &log.public_key()));
    }
    assert_eq!(log.head_at(SIZE + 1).unwrap(), None);
    assert_eq!(log.head_at(SIZE).unwrap(), log.latest_head());
}

#[test]
fn proofs_from_the_log_verify_against_its_heads() {
    let dir = build_log();
    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    let heads: Vec<SignedTreeHead> = (1..=SIZE)
        .map(|size| log.head_at(size).unwrap().unwrap())
        .collect();
    for index in 0..SIZE {
        let data = log.entry_data(index).unwrap().unwrap();
        let leaf = leaf_hash(&data);
        assert_eq!(log.leaf_hash(index), Some(leaf));
        for head in &heads[index as usize..] {
            let proof = log.inclusion_proof(index, head.tree_size).unwrap();
            assert!(verify_inclusion(
                &leaf,
                index,
                head.tree_size,
                &proof,
                &head.root_hash
            ));
        }
    }
    for old in &heads {
        for new in &heads[old.tree_size as usize - 1..] {
            let proof = log.consistency_proof(old.tree_size, new.tree_size).unwrap();
            assert!(verify_consistency(
                old.tree_size,
                new.tree_size,
                &old.root_hash,
                &new.root_hash,
                &proof
            ));
        }
    }
    assert!(matches!(
        log.inclusion_proof(5, 5),
        Err(AuditError::OutOfRange(_))
    ));
    assert!(matches!(
        log.inclusion_proof(0, SIZE + 1),
        Err(AuditError::OutOfRange(_))
    ));
    assert!(matches!(
        log.consistency_proof(6, 5),
        Err(AuditError::OutOfRange(_))
    ));
    assert!(matches!(
        log.consistency_proof(1, SIZE + 1),
        Err(AuditError::OutOfRange(_))
    ));
    assert_eq!(log.leaf_hash(SIZE), None);
}

#[test]
fn entry_changed_while_open_is_not_served() {
    let dir = build_log();
    let log = AuditLog::open(dir.path(), REGION, key()).unwrap();
    edit_entries(dir.path(), |lines| {
        lines[3] = lines[3].replace("alice-3", "alicf-3");
    });
    assert!(matches!(
        log.entries(0, 10),
        Err(AuditError::Verification { .. })
    ));
    assert!(log.entry(2).unwrap().is_some());
}

/// The API nodes of a cluster that share a data folder each open the region's log: their
/// appends interleave into one dense log that verifies, and each node reads the others'.
#[test]
fn processes_sharing_a_directory_keep_one_dense_log() {
    let dir = tempfile::tempdir().unwrap();
    // Two handles, two open file descriptions: the file lock separates them as it
    // separates two processes.
    let a = Arc::new(AuditLog::open(dir.path(), REGION, key()).unwrap());
    let b = Arc::new(AuditLog::open(dir.path(), REGION, key()).unwrap());
    let writers: Vec<_> = (0..4u64)
        .map(|t| {
            let log = if t % 2 == 0 { a.clone() } else { b.clone() };
            std::thread::spawn(move || {
                for i in 0..25 {
                    let (entry, head) = log.append(new_entry(t * 100 + i)).unwrap();
                    assert_eq!(head.tree_size, entry.seq + 1);
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let report = verify(dir.path());
    assert_eq!(report.problem, None);
    assert_eq!((report.entries, report.heads), (100, 100));
    for log in [&a, &b] {
        assert_eq!(log.len(), 100);
        assert_eq!(log.latest_head(), report.latest_head);
        let seqs: Vec<u64> = log.entries(0, 200).unwrap().iter().map(|e| e.seq).collect();
        assert_eq!(seqs, (0..100).collect::<Vec<_>>());
    }
    // What `b` appended is in `a`'s subject index, with proofs that check out.
    let theirs = a.subject_entries("account:0107").unwrap();
    assert_eq!(theirs.len(), 1);
    let index = theirs[0].seq;
    let head = a.latest_head().unwrap();
    let proof = a.inclusion_proof(index, head.tree_size).unwrap();
    let data = a.entry_data(index).unwrap().unwrap();
    assert!(verify_inclusion(
        &leaf_hash(&data),
        index,
        head.tree_size,
        &proof,
        &head.root_hash
    ));
}

/// Another process died between writing its entry and its head: the next append by any
/// process signs the orphan first, then appends after it.
#[test]
fn an_append_cut_short_in_another_process_is_settled_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let a = AuditLog::open(dir.path(), REGION, key()).unwrap();
    for i in 0..3 {
        a.append(new_entry(i)).unwrap();
    }
    let b = AuditLog::open(dir.path(), REGION, key()).unwrap();
    b.append(new_entry(3)).unwrap();
    drop(b);
    // The head of entry 3 never reached the disk, and a partial line follows it.
    let mut heads = read_lines(&heads_path(dir.path()));
    heads.pop();
    write_lines(&heads_path(dir.path()), &heads);
    {
        use std::io::Write as _;
        let mut f = fs::OpenOptions::new()
            .append(true)
            .open(heads_path(dir.path()))
            .unwrap();
        f.write_all(b"{\"tree_size\":4,\"ro").unwrap();
    }
    let (entry, head) = a.append(new_entry(4)).unwrap();
    assert_eq!((entry.seq, head.tree_size), (4, 5));
    let report = verify(dir.path());
    assert_eq!(report.problem, None);
    assert_eq!((report.entries, report.heads), (5, 5));
    assert_eq!(a.entry(3).unwrap().unwrap().actor, "staff:alice-3");
}

/// A process that only reads sees what another appended (a user's access log answered by
/// any node).
#[test]
fn a_reader_sees_another_process_appends() {
    let dir = tempfile::tempdir().unwrap();
    let reader = AuditLog::open(dir.path(), REGION, key()).unwrap();
    assert!(reader.is_empty());
    let writer = AuditLog::open(dir.path(), REGION, key()).unwrap();
    for i in 0..5 {
        writer.append(new_entry(i)).unwrap();
    }
    assert_eq!(reader.len(), 5);
    assert_eq!(reader.subject_entries("account:0004").unwrap().len(), 1);
    assert_eq!(reader.latest_head(), writer.latest_head());
    assert_eq!(
        reader.head_at(3).unwrap(),
        writer.head_at(3).unwrap(),
        "the same signed heads"
    );
}
