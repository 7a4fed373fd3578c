#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use spool_core::{SoundId, UploadId, VideoId};

use super::*;
use crate::keys;

fn key(raw: &str) -> BlobKey {
    BlobKey::parse(raw).unwrap()
}

fn store() -> (tempfile::TempDir, LocalBlobStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalBlobStore::new(dir.path().join("media"));
    (dir, store)
}

fn keys_of(entries: &[ListEntry]) -> Vec<&str> {
    entries.iter().map(|e| e.key.as_str()).collect()
}

#[tokio::test]
async fn put_get_head_round_trip() {
    let (_dir, s) = store();
    let k = key("videos/a/hls/master.m3u8");
    assert!(s.get(&k).await.unwrap_err().is_not_found());
    assert_eq!(s.head(&k).await.unwrap(), None);

    s.put(&k, Bytes::from_static(b"#EXTM3U\n")).await.unwrap();
    assert_eq!(&s.get(&k).await.unwrap()[..], b"#EXTM3U\n");
    let first = s.head(&k).await.unwrap().unwrap();
    assert_eq!(first.len, 8);
    assert!(first.etag.starts_with("8-"), "{}", first.etag);

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
    // Nothing is under a blob.
    let under = key("videos/a/hls/master.m3u8/x");
    assert_eq!(s.head(&under).await.unwrap(), None);
    assert!(s.get(&under).await.unwrap_err().is_not_found());
    s.delete(&under).await.unwrap();
    // Empty blobs are blobs.
    s.put(&key("e"), Bytes::new()).await.unwrap();
    assert_eq!(s.head(&key("e")).await.unwrap().unwrap().len, 0);
}

#[tokio::test]
async fn ranges() {
    let (_dir, s) = store();
    let k = key("sounds/x.m4a");
    s.put(&k, Bytes::from_static(b"0123456789")).await.unwrap();
    assert_eq!(&s.get_range(&k, 2..5).await.unwrap()[..], b"234");
    assert_eq!(&s.get_range(&k, 0..10).await.unwrap()[..], b"0123456789");
    assert_eq!(&s.get_range(&k, 7..100).await.unwrap()[..], b"789");
    assert!(s.get_range(&k, 10..20).await.unwrap().is_empty());
    assert!(s.get_range(&k, 4..4).await.unwrap().is_empty());
    assert!(matches!(
        s.get_range(&k, 11..20).await,
        Err(BlobError::InvalidRange { len: 10, .. })
    ));
    assert!(matches!(
        s.get_range(&k, Range { start: 5, end: 3 }).await,
        Err(BlobError::InvalidRange { .. })
    ));
    assert!(s
        .get_range(&key("sounds/none.m4a"), 0..1)
        .await
        .unwrap_err()
        .is_not_found());
}

#[tokio::test]
async fn appends_check_the_offset_and_change_nothing_when_it_is_wrong() {
    let (_dir, s) = store();
    let k = keys::upload_part(UploadId::new());
    // A missing blob starts at 0 only.
    assert!(s
        .append(&k, 3, Bytes::from_static(b"abc"))
        .await
        .unwrap_err()
        .is_not_found());
    assert_eq!(
        s.append(&k, 0, Bytes::from_static(b"abc")).await.unwrap(),
        3
    );
    assert_eq!(s.append(&k, 3, Bytes::from_static(b"de")).await.unwrap(), 5);
    for stale in [0, 3, 4, 6, 100] {
        match s.append(&k, stale, Bytes::from_static(b"zz")).await {
            Err(BlobError::OffsetMismatch {
                expected, actual, ..
            }) => assert_eq!((expected, actual), (stale, 5)),
            other => panic!("offset {stale}: {other:?}"),
        }
    }
    assert_eq!(&s.get(&k).await.unwrap()[..], b"abcde");
    assert_eq!(s.append(&k, 5, Bytes::new()).await.unwrap(), 5);

    // Bytes past the recorded offset (a crash before the offset was saved) are cut.
    s.truncate(&k, 3).await.unwrap();
    assert_eq!(&s.get(&k).await.unwrap()[..], b"abc");
    assert!(matches!(
        s.truncate(&k, 4).await,
        Err(BlobError::OffsetMismatch {
            expected: 4,
            actual: 3,
            ..
        })
    ));
    s.truncate(&k, 3).await.unwrap();
    assert_eq!(s.append(&k, 3, Bytes::from_static(b"XY")).await.unwrap(), 5);
    assert_eq!(&s.get(&k).await.unwrap()[..], b"abcXY");
    s.truncate(&key("uploads/none.part"), 0).await.unwrap();
    assert!(s
        .truncate(&key("uploads/none.part"), 1)
        .await
        .unwrap_err()
        .is_not_found());
}

#[tokio::test]
async fn concurrent_appends_at_one_offset_let_exactly_one_through() {
    let (_dir, s) = store();
    let k = key("uploads/race.part");
    s.append(&k, 0, Bytes::from_static(b"start")).await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..16u8 {
        let (s, k) = (s.clone(), k.clone());
        tasks.push(tokio::spawn(async move {
            s.append(&k, 5, Bytes::from(vec![b'a' + i; 1000])).await
        }));
    }
    let mut won = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(len) => {
                assert_eq!(len, 1005);
                won += 1;
            }
            Err(BlobError::OffsetMismatch { actual: 1005, .. }) => {}
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(won, 1);
    assert_eq!(s.head(&k).await.unwrap().unwrap().len, 1005);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readers_never_see_a_partial_put() {
    let (_dir, s) = store();
    let k = key("videos/v/poster.jpg");
    const LEN: usize = 1 << 20;
    s.put(&k, Bytes::from(vec![b'a'; LEN])).await.unwrap();
    let writer = {
        let (s, k) = (s.clone(), k.clone());
        tokio::spawn(async move {
            for i in 0..40 {
                let byte = if i % 2 == 0 { b'b' } else { b'a' };
                s.put(&k, Bytes::from(vec![byte; LEN])).await.unwrap();
            }
        })
    };
    let mut reads = 0;
    while !writer.is_finished() || reads < 10 {
        let got = s.get(&k).await.unwrap();
        assert_eq!(got.len(), LEN, "a reader saw a blob of another length");
        let first = got[0];
        assert!(
            got.iter().all(|&b| b == first),
            "a reader saw a mix of two writes"
        );
        // Writes in progress are never listed, and leave nothing behind.
        let listed = s.list(&key("videos/v")).await.unwrap();
        assert_eq!(keys_of(&listed), ["videos/v/poster.jpg"]);
        reads += 1;
    }
    writer.await.unwrap();
    let names: Vec<_> = std::fs::read_dir(s.root().join("videos/v"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["poster.jpg"], "no temporary file is left behind");
}

#[tokio::test]
async fn listing_skips_temporary_files_and_is_segment_wise() {
    let (_dir, s) = store();
    for k in [
        "videos/ab/original",
        "videos/ab/hls/360p/seg_00001.m4s",
        "videos/ab/hls/360p/index.m3u8",
        "videos/abc/original",
        "sounds/x.m4a",
    ] {
        s.put(&key(k), Bytes::from_static(b"x")).await.unwrap();
    }
    // What a crash in the middle of a put (here or in spool-media) leaves behind.
    std::fs::write(s.root().join("videos/ab/.poster.jpg.1-2.tmp"), b"half").unwrap();
    std::fs::create_dir(s.root().join("videos/ab/hls/.720p.tmp")).unwrap();
    std::fs::write(s.root().join("videos/ab/hls/.720p.tmp/index.m3u8"), b"half").unwrap();

    let under_ab = s.list(&key("videos/ab")).await.unwrap();
    assert_eq!(
        keys_of(&under_ab),
        [
            "videos/ab/hls/360p/index.m3u8",
            "videos/ab/hls/360p/seg_00001.m4s",
            "videos/ab/original",
        ]
    );
    assert!(under_ab.iter().all(|e| e.meta.len == 1));
    assert_eq!(s.list(&key("videos")).await.unwrap().len(), 4);
    assert!(s.list(&key("nothing")).await.unwrap().is_empty());
    // A blob is not a folder of blobs.
    assert!(s.list(&key("sounds/x.m4a")).await.unwrap().is_empty());
}

#[tokio::test]
async fn delete_and_delete_prefix() {
    let (_dir, s) = store();
    for k in [
        "videos/ab/original",
        "videos/ab/hls/360p/index.m3u8",
        "videos/abc/original",
        "exports/x.zip",
    ] {
        s.put(&key(k), Bytes::from_static(b"x")).await.unwrap();
    }
    s.delete(&key("exports/x.zip")).await.unwrap();
    s.delete(&key("exports/x.zip")).await.unwrap(); // nothing there: fine
    assert_eq!(s.head(&key("exports/x.zip")).await.unwrap(), None);
    // Deleting a prefix as if it were a blob removes nothing.
    s.delete(&key("videos/ab")).await.unwrap();
    assert_eq!(s.list(&key("videos/ab")).await.unwrap().len(), 2);

    s.delete_prefix(&key("videos/ab")).await.unwrap();
    assert!(s.list(&key("videos/ab")).await.unwrap().is_empty());
    assert!(!s.root().join("videos/ab").exists(), "the folder goes too");
    assert_eq!(
        keys_of(&s.list(&key("videos")).await.unwrap()),
        ["videos/abc/original"],
        "a sibling sharing the prefix's first letters stays"
    );
    // Again, with nothing left: fine.
    s.delete_prefix(&key("videos/ab")).await.unwrap();
    // A blob named like the prefix is not under it.
    s.delete_prefix(&key("videos/abc/original")).await.unwrap();
    assert!(s.head(&key("videos/abc/original")).await.unwrap().is_some());
}

#[tokio::test]
async fn put_file_moves_a_finished_file_in() {
    let (dir, s) = store();
    let local = dir.path().join("work").join("poster.jpg");
    std::fs::create_dir_all(local.parent().unwrap()).unwrap();
    std::fs::write(&local, b"jpeg").unwrap();
    let k = keys::video_poster(VideoId::new());
    s.put_file(&k, &local).await.unwrap();
    assert_eq!(&s.get(&k).await.unwrap()[..], b"jpeg");
    assert!(!local.exists(), "the local file is consumed");
    // Replacing works the same.
    std::fs::write(&local, b"jpeg2").unwrap();
    s.put_file(&k, &local).await.unwrap();
    assert_eq!(&s.get(&k).await.unwrap()[..], b"jpeg2");
    // A missing or non-file source is an error and stores nothing.
    let other = key("videos/none/poster.jpg");
    assert!(matches!(
        s.put_file(&other, &dir.path().join("gone")).await,
        Err(BlobError::Io { .. })
    ));
    assert!(matches!(
        s.put_file(&other, dir.path()).await,
        Err(BlobError::Io { .. })
    ));
    assert_eq!(s.head(&other).await.unwrap(), None);
}

#[test]
fn the_cross_device_copy_publishes_whole_files() {
    // The path taken when rename cannot move a file (another file system).
    let dir = tempfile::tempdir().unwrap();
    let (local, dest) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::write(&local, b"bytes").unwrap();
    std::fs::write(&dest, b"old").unwrap();
    copy_in(&local, &dest).unwrap();
    assert_eq!(std::fs::read(&dest).unwrap(), b"bytes");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 2, "no temporary file left");
}

#[tokio::test]
async fn put_dir_publishes_a_folder() {
    let (dir, s) = store();
    let v = VideoId::new();
    let work = dir.path().join("work");
    let out = work.join("360p");
    std::fs::create_dir_all(&out).unwrap();
    for name in ["index.m3u8", "init.mp4", "seg_00000.m4s", "seg_00001.m4s"] {
        std::fs::write(out.join(name), name).unwrap();
    }
    let prefix = keys::rendition_dir(v, "360p").unwrap();
    assert_eq!(s.put_dir(&prefix, &out).await.unwrap(), 4);
    let listed = s.list(&prefix).await.unwrap();
    assert_eq!(listed.len(), 4);
    assert_eq!(
        &s.get(&keys::rendition_file(v, "360p", "init.mp4").unwrap())
            .await
            .unwrap()[..],
        b"init.mp4"
    );

    // Into a prefix that exists: merged file by file.
    std::fs::create_dir_all(work.join("more/sub")).unwrap();
    std::fs::write(work.join("more/seg_00002.m4s"), b"2").unwrap();
    std::fs::write(work.join("more/sub/x"), b"x").unwrap();
    assert_eq!(s.put_dir(&prefix, &work.join("more")).await.unwrap(), 2);
    assert_eq!(s.list(&prefix).await.unwrap().len(), 6);
    assert!(s
        .head(&prefix.join("sub/x").unwrap())
        .await
        .unwrap()
        .is_some());

    // A name that is not a key: refused before anything moves.
    let bad = work.join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(bad.join("ok"), b"1").unwrap();
    std::fs::write(bad.join("not ok"), b"2").unwrap();
    let other = keys::rendition_dir(v, "720p").unwrap();
    assert!(matches!(
        s.put_dir(&other, &bad).await,
        Err(BlobError::InvalidKey(_))
    ));
    assert!(s.list(&other).await.unwrap().is_empty());
    assert!(bad.join("ok").exists());
}

#[tokio::test]
async fn rename_moves_a_blob() {
    let (_dir, s) = store();
    let (u, v) = (UploadId::new(), VideoId::new());
    s.append(&keys::upload_part(u), 0, Bytes::from_static(b"clip"))
        .await
        .unwrap();
    s.rename(&keys::upload_part(u), &keys::video_original(v))
        .await
        .unwrap();
    assert_eq!(s.head(&keys::upload_part(u)).await.unwrap(), None);
    assert_eq!(&s.get(&keys::video_original(v)).await.unwrap()[..], b"clip");
    assert!(s
        .rename(&keys::upload_part(u), &keys::video_clip(v))
        .await
        .unwrap_err()
        .is_not_found());
}

#[tokio::test]
async fn stage_and_local_path_give_the_stored_file() {
    let (dir, s) = store();
    let k = keys::sound(SoundId::new());
    s.put(&k, Bytes::from_static(b"aac")).await.unwrap();
    let scratch = dir.path().join("scratch");
    let staged = s.stage(&k, &scratch).await.unwrap();
    assert_eq!(Some(staged.clone()), s.local_path(&k));
    assert_eq!(std::fs::read(&staged).unwrap(), b"aac");
    assert!(!scratch.exists(), "no copy for the local backend");
    assert!(s
        .stage(&key("sounds/none.m4a"), &scratch)
        .await
        .unwrap_err()
        .is_not_found());
}

#[tokio::test]
async fn files_of_the_old_layout_are_read_by_key() {
    // A data folder written before the blob store: plain files under media/.
    let (_dir, s) = store();
    let (u, v, snd) = (UploadId::new(), VideoId::new(), SoundId::new());
    for (path, body) in [
        (format!("uploads/{u}.part"), "up"),
        (format!("videos/{v}/original"), "orig"),
        (format!("videos/{v}/poster.jpg"), "jpg"),
        (format!("videos/{v}/hls/master.m3u8"), "m3u8"),
        (format!("videos/{v}/hls/360p/seg_00000.m4s"), "seg"),
        (format!("sounds/{snd}.m4a"), "snd"),
    ] {
        let path = s.root().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, body).unwrap();
    }
    for (k, body) in [
        (keys::upload_part(u), "up"),
        (keys::video_original(v), "orig"),
        (keys::video_poster(v), "jpg"),
        (keys::hls_master(v), "m3u8"),
        (
            keys::rendition_file(v, "360p", "seg_00000.m4s").unwrap(),
            "seg",
        ),
        (keys::sound(snd), "snd"),
    ] {
        assert_eq!(&s.get(&k).await.unwrap()[..], body.as_bytes(), "{k}");
    }
    let uploads = s.list(&keys::uploads()).await.unwrap();
    assert_eq!(uploads.len(), 1);
    assert_eq!(keys::upload_of(&uploads[0].key), Some(u));
    s.delete_prefix(&keys::video_dir(v)).await.unwrap();
    assert!(!s.root().join(format!("videos/{v}")).exists());
}

#[tokio::test]
async fn io_errors_name_the_key_not_the_server_path() {
    let dir = tempfile::tempdir().unwrap();
    // A root that is a file: every write under it fails.
    let root = dir.path().join("secret-server-folder");
    std::fs::write(&root, b"").unwrap();
    let s = LocalBlobStore::new(&root);
    let k = key("videos/v/poster.jpg");
    let errors = [
        s.put(&k, Bytes::from_static(b"x")).await.unwrap_err(),
        s.append(&k, 0, Bytes::from_static(b"x")).await.unwrap_err(),
    ];
    for err in errors {
        let text = err.to_string();
        assert!(matches!(err, BlobError::Io { .. }), "{err:?}");
        assert!(text.contains("videos/v/poster.jpg"), "{text}");
        assert!(!text.contains("secret-server-folder"), "{text}");
        assert!(!text.contains(&*dir.path().to_string_lossy()), "{text}");
    }
}

#[tokio::test]
async fn usable_as_a_shared_trait_object() {
    fn assert_send<T: Send>(_: &T) {}
    let (_dir, local) = store();
    let s: Arc<dyn BlobStore> = Arc::new(local);
    let k = key("a/b");
    let fut = s.put(&k, Bytes::from_static(b"x"));
    assert_send(&fut);
    fut.await.unwrap();
    let s2 = Arc::clone(&s);
    let got = tokio::spawn(async move { s2.get(&key("a/b")).await })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(&got[..], b"x");
}
