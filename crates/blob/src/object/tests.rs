//! Against a real S3 server (SeaweedFS in the suite: scripts/lib/seaweedfs.sh starts it
//! and exports the variables below). Without them every test here fails, saying so.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::atomic::{AtomicU64, Ordering};

use super::*;

fn key(raw: &str) -> BlobKey {
    BlobKey::parse(raw).unwrap()
}

fn keys_of(entries: &[ListEntry]) -> Vec<&str> {
    entries.iter().map(|e| e.key.as_str()).collect()
}

/// The test server's options, under `prefix`.
fn options(prefix: &str) -> S3Options {
    let var = |name: &str| {
        std::env::var(name).unwrap_or_else(|_| {
            panic!(
                "{name} is not set: the object-store tests need a real S3 server. \
                 scripts/test starts SeaweedFS (scripts/lib/seaweedfs.sh: seaweedfs_start) and \
                 sets SPOOL_TEST_S3_ENDPOINT, SPOOL_TEST_S3_BUCKET, SPOOL_TEST_S3_ACCESS_KEY_ID \
                 and SPOOL_TEST_S3_SECRET_FILE"
            )
        })
    };
    let endpoint = var("SPOOL_TEST_S3_ENDPOINT");
    let secret_file = var("SPOOL_TEST_S3_SECRET_FILE");
    let secret = std::fs::read_to_string(&secret_file)
        .unwrap_or_else(|e| panic!("cannot read SPOOL_TEST_S3_SECRET_FILE {secret_file}: {e}"));
    S3Options {
        allow_http: endpoint.starts_with("http://"),
        endpoint: Some(endpoint),
        region: std::env::var("SPOOL_TEST_S3_REGION").unwrap_or_else(|_| "us-east-1".into()),
        bucket: var("SPOOL_TEST_S3_BUCKET"),
        prefix: prefix.to_owned(),
        access_key_id: var("SPOOL_TEST_S3_ACCESS_KEY_ID"),
        secret_access_key: secret.trim().to_owned(),
        path_style: true,
    }
}

/// A fresh prefix per test (tests share the bucket and run in parallel).
fn fresh_prefix() -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!(
        "blob-tests/{}-{nanos:x}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

fn store() -> (String, ObjectBlobStore) {
    let prefix = fresh_prefix();
    let store = ObjectBlobStore::s3(&options(&prefix)).unwrap();
    (prefix, store)
}

#[tokio::test]
async fn put_get_head_round_trip() {
    let (_, s) = store();
    let k = key("videos/a/hls/master.m3u8");
    assert!(s.get(&k).await.unwrap_err().is_not_found());
    assert_eq!(s.head(&k).await.unwrap(), None);

    s.put(&k, Bytes::from_static(b"#EXTM3U\n")).await.unwrap();
    assert_eq!(&s.get(&k).await.unwrap()[..], b"#EXTM3U\n");
    let first = s.head(&k).await.unwrap().unwrap();
    assert_eq!(first.len, 8);
    assert!(!first.etag.is_empty() && !first.etag.contains('"'));
    assert_eq!(s.head(&k).await.unwrap().unwrap(), first, "stable");

    s.put(&k, Bytes::from_static(b"#EXTM3U\n#v2\n"))
        .await
        .unwrap();
    assert_eq!(&s.get(&k).await.unwrap()[..], b"#EXTM3U\n#v2\n");
    let second = s.head(&k).await.unwrap().unwrap();
    assert_eq!(second.len, 12);
    assert_ne!(first.etag, second.etag, "the ETag follows the content");

    // A prefix with blobs under it is not a blob.
    let prefix = key("videos/a/hls");
    assert_eq!(s.head(&prefix).await.unwrap(), None);
    assert!(s.get(&prefix).await.unwrap_err().is_not_found());
    // Empty blobs are blobs.
    s.put(&key("e"), Bytes::new()).await.unwrap();
    assert_eq!(s.head(&key("e")).await.unwrap().unwrap().len, 0);
    assert!(s.get(&key("e")).await.unwrap().is_empty());
    assert_eq!(s.local_path(&k), None);
}

#[tokio::test]
async fn ranges_of_whole_and_chunked_blobs() {
    let (_, s) = store();
    let whole = key("sounds/x.m4a");
    s.put(&whole, Bytes::from_static(b"0123456789"))
        .await
        .unwrap();
    let chunked = key("uploads/x.part");
    for (at, piece) in [(0, "012"), (3, "3456"), (7, "789")] {
        s.append(&chunked, at, Bytes::from_static(piece.as_bytes()))
            .await
            .unwrap();
    }
    for k in [&whole, &chunked] {
        assert_eq!(&s.get(k).await.unwrap()[..], b"0123456789", "{k}");
        assert_eq!(&s.get_range(k, 2..5).await.unwrap()[..], b"234", "{k}");
        assert_eq!(&s.get_range(k, 2..9).await.unwrap()[..], b"2345678", "{k}");
        assert_eq!(&s.get_range(k, 0..10).await.unwrap()[..], b"0123456789");
        assert_eq!(&s.get_range(k, 7..100).await.unwrap()[..], b"789", "{k}");
        assert!(s.get_range(k, 10..20).await.unwrap().is_empty(), "{k}");
        assert!(s.get_range(k, 4..4).await.unwrap().is_empty(), "{k}");
        assert!(
            matches!(
                s.get_range(k, 11..20).await,
                Err(BlobError::InvalidRange { len: 10, .. })
            ),
            "{k}"
        );
        assert!(matches!(
            s.get_range(k, Range { start: 5, end: 3 }).await,
            Err(BlobError::InvalidRange { .. })
        ));
    }
    assert!(s
        .get_range(&key("sounds/none.m4a"), 0..1)
        .await
        .unwrap_err()
        .is_not_found());
}

#[tokio::test]
async fn appends_check_the_offset_and_survive_a_restart() {
    let (prefix, s) = store();
    let k = key("uploads/u.part");
    assert!(matches!(
        s.append(&k, 5, Bytes::from_static(b"x")).await,
        Err(BlobError::NotFound { .. })
    ));
    // Created empty (as a tus creation does), then filled.
    assert_eq!(s.append(&k, 0, Bytes::new()).await.unwrap(), 0);
    assert_eq!(s.head(&k).await.unwrap().unwrap().len, 0);
    assert_eq!(
        s.append(&k, 0, Bytes::from_static(b"hello "))
            .await
            .unwrap(),
        6
    );
    let e1 = s.head(&k).await.unwrap().unwrap();
    assert_eq!(e1.len, 6);
    match s.append(&k, 3, Bytes::from_static(b"zzz")).await {
        Err(BlobError::OffsetMismatch {
            expected: 3,
            actual: 6,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(&s.get(&k).await.unwrap()[..], b"hello ", "unchanged");
    assert_eq!(s.append(&k, 6, Bytes::new()).await.unwrap(), 6, "no-op");

    // A new store (another node, or this one restarted) continues the upload.
    let again = ObjectBlobStore::s3(&options(&prefix)).unwrap();
    assert_eq!(again.head(&k).await.unwrap().unwrap(), e1);
    assert_eq!(
        again
            .append(&k, 6, Bytes::from_static(b"world"))
            .await
            .unwrap(),
        11
    );
    assert_eq!(&s.get(&k).await.unwrap()[..], b"hello world");
    let e2 = s.head(&k).await.unwrap().unwrap();
    assert_eq!(e2.len, 11);
    assert_ne!(e1.etag, e2.etag);

    // The chunks are hidden: the listing shows the one blob.
    let listed = s.list(&key("uploads")).await.unwrap();
    assert_eq!(keys_of(&listed), ["uploads/u.part"]);
    assert_eq!(listed[0].meta, e2);
}

#[tokio::test]
async fn concurrent_appends_at_one_offset_let_exactly_one_through() {
    let (_, s) = store();
    let k = key("uploads/c.part");
    s.append(&k, 0, Bytes::from_static(b"ab")).await.unwrap();
    let attempts = (0..6).map(|i| {
        let s = s.clone();
        let k = k.clone();
        tokio::spawn(async move { s.append(&k, 2, Bytes::from(vec![b'0' + i; 3])).await })
    });
    let mut won = 0;
    for a in attempts {
        match a.await.unwrap() {
            Ok(5) => won += 1,
            Err(BlobError::OffsetMismatch { .. }) => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(won, 1);
    assert_eq!(s.head(&k).await.unwrap().unwrap().len, 5);
}

#[tokio::test]
async fn truncate_drops_chunks_past_the_offset() {
    let (_, s) = store();
    let k = key("uploads/t.part");
    s.truncate(&k, 0).await.unwrap(); // missing, 0: nothing to do
    assert!(s.truncate(&k, 3).await.unwrap_err().is_not_found());
    for (at, piece) in [(0, "aaa"), (3, "bbb"), (6, "ccc")] {
        s.append(&k, at, Bytes::from_static(piece.as_bytes()))
            .await
            .unwrap();
    }
    assert!(matches!(
        s.truncate(&k, 10).await,
        Err(BlobError::OffsetMismatch { actual: 9, .. })
    ));
    s.truncate(&k, 9).await.unwrap();
    s.truncate(&k, 6).await.unwrap();
    assert_eq!(&s.get(&k).await.unwrap()[..], b"aaabbb");
    // Appending again where it was cut.
    assert_eq!(s.append(&k, 6, Bytes::from_static(b"dd")).await.unwrap(), 8);
    assert_eq!(&s.get(&k).await.unwrap()[..], b"aaabbbdd");
    // Into the middle of a chunk (not what tus does, but kept correct).
    s.truncate(&k, 4).await.unwrap();
    assert_eq!(&s.get(&k).await.unwrap()[..], b"aaab");
    s.truncate(&k, 0).await.unwrap();
    let meta = s.head(&k).await.unwrap().unwrap();
    assert_eq!(meta.len, 0, "still there, empty");
    assert_eq!(
        s.append(&k, 0, Bytes::from_static(b"new")).await.unwrap(),
        3
    );
    assert_eq!(&s.get(&k).await.unwrap()[..], b"new");
}

#[tokio::test]
async fn a_chunked_upload_is_renamed_into_one_whole_object() {
    let (_, s) = store();
    let upload = key("uploads/r.part");
    let original = key("videos/v/original");
    // Several chunks, one bigger than a multipart part, so the rename is a multipart
    // upload of their concatenation.
    let big: Vec<u8> = (0..(6 << 20)).map(|i| (i % 251) as u8).collect();
    let mut expected = Vec::new();
    let mut at = 0;
    for piece in [b"head".to_vec(), big.clone(), big[..1000].to_vec()] {
        at = s
            .append(&upload, at, Bytes::from(piece.clone()))
            .await
            .unwrap();
        expected.extend_from_slice(&piece);
    }
    s.rename(&upload, &original).await.unwrap();
    assert_eq!(s.head(&upload).await.unwrap(), None);
    assert!(s.list(&key("uploads")).await.unwrap().is_empty());
    let meta = s.head(&original).await.unwrap().unwrap();
    assert_eq!(meta.len, expected.len() as u64);
    assert!(!meta.etag.starts_with("c-"), "a whole object's own ETag");
    assert!(s.get(&original).await.unwrap() == expected);
    assert_eq!(
        &s.get_range(&original, 4..8).await.unwrap()[..],
        &expected[4..8]
    );

    // One chunk: a server-side copy. A whole object: copy and delete.
    let one = key("uploads/one.part");
    s.append(&one, 0, Bytes::from_static(b"only"))
        .await
        .unwrap();
    s.rename(&one, &key("videos/w/original")).await.unwrap();
    assert_eq!(
        &s.get(&key("videos/w/original")).await.unwrap()[..],
        b"only"
    );
    s.rename(&key("videos/w/original"), &key("videos/w/clip"))
        .await
        .unwrap();
    assert_eq!(s.head(&key("videos/w/original")).await.unwrap(), None);
    assert_eq!(&s.get(&key("videos/w/clip")).await.unwrap()[..], b"only");
    assert!(s
        .rename(&key("uploads/none.part"), &key("x"))
        .await
        .unwrap_err()
        .is_not_found());
}

#[tokio::test]
async fn list_delete_and_delete_prefix_are_segment_wise() {
    let (_, s) = store();
    for raw in [
        "videos/ab/poster.jpg",
        "videos/ab/hls/master.m3u8",
        "videos/ab/hls/360p/seg_00001.m4s",
        "videos/abc/poster.jpg",
        "sounds/s.m4a",
    ] {
        s.put(&key(raw), Bytes::from_static(b"x")).await.unwrap();
    }
    s.append(&key("videos/ab/clip"), 0, Bytes::from_static(b"yy"))
        .await
        .unwrap();
    let listed = s.list(&key("videos/ab")).await.unwrap();
    assert_eq!(
        keys_of(&listed),
        [
            "videos/ab/clip",
            "videos/ab/hls/360p/seg_00001.m4s",
            "videos/ab/hls/master.m3u8",
            "videos/ab/poster.jpg"
        ]
    );
    assert_eq!(listed[0].meta.len, 2);
    assert!(s.list(&key("nothing")).await.unwrap().is_empty());

    s.delete(&key("videos/ab/poster.jpg")).await.unwrap();
    s.delete(&key("videos/ab/poster.jpg")).await.unwrap(); // nothing there: fine
    s.delete(&key("videos/ab/clip")).await.unwrap();
    assert_eq!(s.head(&key("videos/ab/clip")).await.unwrap(), None);
    assert_eq!(s.list(&key("videos/ab")).await.unwrap().len(), 2);

    s.put(
        &key("videos/ab"),
        Bytes::from_static(b"a blob named like the prefix"),
    )
    .await
    .unwrap_or_else(|e| {
        // A file-system-backed server cannot hold a file and a folder of one name.
        eprintln!("(server refuses a blob beside a same-named prefix: {e})");
    });
    s.delete_prefix(&key("videos/ab")).await.unwrap();
    assert!(s.list(&key("videos/ab")).await.unwrap().is_empty());
    assert!(s
        .head(&key("videos/abc/poster.jpg"))
        .await
        .unwrap()
        .is_some());
    assert!(s.head(&key("sounds/s.m4a")).await.unwrap().is_some());
    s.delete_prefix(&key("videos/none")).await.unwrap();
}

#[tokio::test]
async fn put_file_and_put_dir_upload_and_consume_local_files() {
    let (_, s) = store();
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("poster.jpg");
    std::fs::write(&small, b"jpeg").unwrap();
    s.put_file(&key("videos/p/poster.jpg"), &small)
        .await
        .unwrap();
    assert!(!small.exists(), "consumed");
    assert_eq!(
        &s.get(&key("videos/p/poster.jpg")).await.unwrap()[..],
        b"jpeg"
    );
    // Bigger than one PUT's buffer: a multipart upload.
    let big = dir.path().join("original");
    let bytes: Vec<u8> = (0..(UPLOAD_BUFFER + 12345))
        .map(|i| (i % 253) as u8)
        .collect();
    std::fs::write(&big, &bytes).unwrap();
    s.put_file(&key("videos/p/original"), &big).await.unwrap();
    assert_eq!(
        s.head(&key("videos/p/original"))
            .await
            .unwrap()
            .unwrap()
            .len,
        bytes.len() as u64
    );
    assert!(s.get(&key("videos/p/original")).await.unwrap() == bytes);

    let hls = dir.path().join("360p");
    std::fs::create_dir_all(&hls).unwrap();
    for name in ["index.m3u8", "init.mp4", "seg_00001.m4s"] {
        std::fs::write(hls.join(name), name).unwrap();
    }
    let n = s.put_dir(&key("videos/p/hls/360p"), &hls).await.unwrap();
    assert_eq!(n, 3);
    assert!(!hls.exists());
    assert_eq!(
        keys_of(&s.list(&key("videos/p/hls")).await.unwrap()),
        [
            "videos/p/hls/360p/index.m3u8",
            "videos/p/hls/360p/init.mp4",
            "videos/p/hls/360p/seg_00001.m4s"
        ]
    );
    // A name that is not a key: refused before anything moves.
    let bad = dir.path().join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(bad.join("ok.m4s"), "x").unwrap();
    std::fs::write(bad.join("not a key"), "x").unwrap();
    assert!(matches!(
        s.put_dir(&key("videos/q"), &bad).await,
        Err(BlobError::InvalidKey(_))
    ));
    assert!(s.list(&key("videos/q")).await.unwrap().is_empty());
}

#[tokio::test]
async fn stage_downloads_whole_and_chunked_blobs() {
    let (_, s) = store();
    let dir = tempfile::tempdir().unwrap();
    s.put(&key("videos/s/original"), Bytes::from_static(b"whole"))
        .await
        .unwrap();
    s.append(&key("uploads/s.part"), 0, Bytes::from_static(b"chu"))
        .await
        .unwrap();
    s.append(&key("uploads/s.part"), 3, Bytes::from_static(b"nked"))
        .await
        .unwrap();
    let a = s
        .stage(&key("videos/s/original"), dir.path())
        .await
        .unwrap();
    let b = s.stage(&key("uploads/s.part"), dir.path()).await.unwrap();
    assert!(a.starts_with(dir.path()) && b.starts_with(dir.path()));
    assert_ne!(a, b);
    assert_eq!(std::fs::read(&a).unwrap(), b"whole");
    assert_eq!(std::fs::read(&b).unwrap(), b"chunked");
    // Staging again refreshes the copy.
    s.put(&key("videos/s/original"), Bytes::from_static(b"newer"))
        .await
        .unwrap();
    let again = s
        .stage(&key("videos/s/original"), dir.path())
        .await
        .unwrap();
    assert_eq!(again, a);
    assert_eq!(std::fs::read(&a).unwrap(), b"newer");
    assert!(s
        .stage(&key("videos/s/none"), dir.path())
        .await
        .unwrap_err()
        .is_not_found());
}

#[tokio::test]
async fn errors_and_debug_never_show_the_secret() {
    let options = options(&fresh_prefix());
    let secret = options.secret_access_key.clone();
    assert!(!format!("{options:?}").contains(&secret));
    let s = ObjectBlobStore::s3(&options).unwrap();
    assert!(!format!("{s:?}").contains(&secret));
    // A wrong secret: a clear error naming the key, without the secret.
    let wrong = ObjectBlobStore::s3(&S3Options {
        secret_access_key: "not-the-secret".into(),
        ..options.clone()
    })
    .unwrap();
    let err = wrong.put(&key("a"), Bytes::new()).await.unwrap_err();
    let text = err.to_string();
    assert!(text.contains("cannot write a"), "{text}");
    assert!(!text.contains("not-the-secret") && !text.contains(&secret));
    // Bad configuration is refused up front.
    for bad in [
        S3Options {
            bucket: String::new(),
            ..options.clone()
        },
        S3Options {
            access_key_id: String::new(),
            ..options.clone()
        },
        S3Options {
            allow_http: false,
            endpoint: Some("http://127.0.0.1:1".into()),
            ..options.clone()
        },
        S3Options {
            prefix: "a/../b".into(),
            ..options.clone()
        },
    ] {
        assert!(ObjectBlobStore::s3(&bad).is_err(), "{bad:?}");
    }
}

#[tokio::test]
async fn usable_as_a_shared_trait_object() {
    let (_, s) = store();
    let shared: Arc<dyn BlobStore> = Arc::new(s);
    let k = key("a/b");
    shared.put(&k, Bytes::from_static(b"x")).await.unwrap();
    let task = {
        let shared = Arc::clone(&shared);
        let k = k.clone();
        tokio::spawn(async move { shared.get(&k).await })
    };
    assert_eq!(&task.await.unwrap().unwrap()[..], b"x");
}
