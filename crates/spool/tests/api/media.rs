//! Serving media files as a player and a cache in front see it: the answers of a file
//! served from the memory cache (its second request on) are byte for byte and header
//! for header the answers of its first request, for whole files, ranges, conditional
//! requests and HEAD, on public and signed paths; and a cached file never outlives the
//! rule that lets it be served.

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{blob_key, spawn_app, TestApp};
use crate::media_support::make_clip;

/// A finished video of `owner` (region `eu`), as its owner sees it.
async fn video(app: &TestApp, token: &str, extra: Value) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "m.mp4", 720, 1280, 3.0, true);
    let published = app.publish(token, &clip, extra).await;
    app.wait_complete(token, published["id"].as_str().unwrap())
        .await
}

/// `file` of the video whose master playlist is at `playlist` (`seg_00000.m4s` under
/// a rendition, or `poster.jpg`).
fn beside(playlist: &str, file: &str) -> String {
    playlist.replace("master.m3u8", file)
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

async fn fetch(app: &TestApp, method: Method, path: &str, headers: &[(&str, &str)]) -> Answer {
    // Every node's caches have heard of the last change (the cluster form).
    app.settle().await;
    let mut req = app.client.request(method, app.url(path));
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let resp = req.send().await.unwrap();
    Answer {
        status: resp.status(),
        headers: resp.headers().clone(),
        body: resp.bytes().await.unwrap().to_vec(),
    }
}

/// The headers of an answer but its date, sorted, as text.
fn header_set(headers: &HeaderMap) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = headers
        .iter()
        .filter(|(name, _)| *name != "date")
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
        .collect();
    out.sort();
    out
}

/// Checks every kind of request on one media path whose stored bytes are `stored`;
/// the first request is the first ever for the file (read from storage), the others
/// come from the memory cache. Returns the ETag.
async fn check_file(app: &TestApp, path: &str, stored: &[u8], content_type: &str) -> String {
    let len = stored.len();
    let first = fetch(app, Method::GET, path, &[]).await;
    assert_eq!(first.status, StatusCode::OK, "{path}");
    assert_eq!(first.body, stored, "{path}: the stored bytes");
    assert_eq!(first.headers["content-type"], content_type);
    assert_eq!(first.headers["content-length"], len.to_string().as_str());
    assert_eq!(first.headers["accept-ranges"], "bytes");
    assert!(first.headers.contains_key("last-modified"), "{path}");
    let etag = first.headers["etag"].to_str().unwrap().to_owned();
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    for _ in 0..3 {
        let again = fetch(app, Method::GET, path, &[]).await;
        assert_eq!(again.status, StatusCode::OK);
        assert_eq!(again.body, stored, "{path}: from the cache");
        assert_eq!(header_set(&again.headers), header_set(&first.headers));
    }

    // HEAD: the headers of a GET, no body.
    let head = fetch(app, Method::HEAD, path, &[]).await;
    assert_eq!(head.status, StatusCode::OK);
    assert!(head.body.is_empty());
    assert_eq!(header_set(&head.headers), header_set(&first.headers));

    // Single ranges, from the cache.
    for (range, from, to) in [
        ("bytes=4-11".to_owned(), 4, 11),
        ("bytes=0-0".to_owned(), 0, 0),
        (format!("bytes={}-", len - 10), len - 10, len - 1),
        ("bytes=-7".to_owned(), len - 7, len - 1),
        (format!("bytes=5-{}", len + 1000), 5, len - 1),
        (
            format!("bytes={}-{}", len / 2, len / 2 + 1000),
            len / 2,
            (len / 2 + 1000).min(len - 1),
        ),
    ] {
        let part = fetch(app, Method::GET, path, &[("range", &range)]).await;
        assert_eq!(part.status, StatusCode::PARTIAL_CONTENT, "{path} {range}");
        assert_eq!(
            part.headers["content-range"].to_str().unwrap(),
            format!("bytes {from}-{to}/{len}"),
            "{range}"
        );
        assert_eq!(
            part.headers["content-length"],
            (to - from + 1).to_string().as_str()
        );
        assert_eq!(part.body, stored[from..=to], "{path} {range}");
        assert_eq!(part.headers["etag"].to_str().unwrap(), etag);
        let head = fetch(app, Method::HEAD, path, &[("range", &range)]).await;
        assert_eq!(head.status, StatusCode::PARTIAL_CONTENT);
        assert!(head.body.is_empty());
        assert_eq!(header_set(&head.headers), header_set(&part.headers));
    }
    for range in [format!("bytes={len}-"), "bytes=9-3".to_owned()] {
        let bad = fetch(app, Method::GET, path, &[("range", &range)]).await;
        assert_eq!(bad.status, StatusCode::RANGE_NOT_SATISFIABLE, "{range}");
        assert_eq!(
            bad.headers["content-range"].to_str().unwrap(),
            format!("bytes */{len}")
        );
    }
    // A range on a stale copy (If-Range with another ETag) gets the whole file.
    let stale = fetch(
        app,
        Method::GET,
        path,
        &[("range", "bytes=0-9"), ("if-range", "\"not-it\"")],
    )
    .await;
    assert_eq!(stale.status, StatusCode::OK);
    assert_eq!(stale.body, stored);
    let current = fetch(
        app,
        Method::GET,
        path,
        &[("range", "bytes=0-9"), ("if-range", &etag)],
    )
    .await;
    assert_eq!(current.status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(current.body, stored[..10]);

    // Conditional requests: the ETag the file was first served with answers 304.
    for condition in [etag.clone(), format!("\"other\", {etag}"), "*".to_owned()] {
        let unchanged = fetch(app, Method::GET, path, &[("if-none-match", &condition)]).await;
        assert_eq!(unchanged.status, StatusCode::NOT_MODIFIED, "{condition}");
        assert!(unchanged.body.is_empty());
        assert_eq!(unchanged.headers["etag"].to_str().unwrap(), etag);
        assert_eq!(
            unchanged.headers["cache-control"],
            first.headers["cache-control"]
        );
    }
    let changed = fetch(app, Method::GET, path, &[("if-none-match", "\"other\"")]).await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_eq!(changed.body, stored);
    etag
}

#[tokio::test]
async fn public_media_from_the_cache_answers_as_from_storage() {
    let app = spawn_app().await;
    let token = app.user("cached_owner", "eu").await;
    let v = video(&app, &token, json!({})).await;
    let id = v["id"].as_str().unwrap();
    let playlist = v["playlist_url"].as_str().unwrap();
    assert!(playlist.starts_with("/media/v/eu/"), "{playlist}");
    let rendition = v["renditions"][0]["name"].as_str().unwrap();
    let media = app.media("eu");
    let stored = |name: String| {
        let media = media.clone();
        async move {
            media
                .get(&blob_key(&format!("videos/{id}/{name}")))
                .await
                .unwrap()
                .to_vec()
        }
    };
    for (file, kind) in [
        (format!("{rendition}/seg_00000.m4s"), "video/iso.segment"),
        (format!("{rendition}/init.mp4"), "video/mp4"),
        (
            format!("{rendition}/index.m3u8"),
            "application/vnd.apple.mpegurl",
        ),
    ] {
        let path = beside(playlist, &file);
        check_file(&app, &path, &stored(format!("hls/{file}")).await, kind).await;
        let answer = fetch(&app, Method::GET, &path, &[]).await;
        assert_eq!(
            answer.headers["cache-control"],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(answer.headers["access-control-allow-origin"], "*");
    }
    let poster = beside(playlist, "poster.jpg");
    check_file(
        &app,
        &poster,
        &stored("poster.jpg".into()).await,
        "image/jpeg",
    )
    .await;

    // Many answers on one connection, files and ranges mixed, each the right bytes
    // (a 2 s segment of the largest rendition is big enough to be sent from its file;
    // the starter rung's first segment is kept small on purpose).
    let renditions = v["renditions"].as_array().unwrap();
    let largest = renditions.last().unwrap()["name"].as_str().unwrap();
    let seg = stored(format!("hls/{largest}/seg_00001.m4s")).await;
    let init = stored(format!("hls/{largest}/init.mp4")).await;
    assert!(seg.len() >= 16 << 10, "a segment of {} bytes", seg.len());
    let seg_path = beside(playlist, &format!("{largest}/seg_00001.m4s"));
    let init_path = beside(playlist, &format!("{largest}/init.mp4"));
    for i in 0..20usize {
        let (path, bytes) = if i % 3 == 2 {
            (&init_path, &init)
        } else {
            (&seg_path, &seg)
        };
        let from = (i * 997) % (bytes.len() / 2);
        let range = format!("bytes={from}-");
        let part = fetch(&app, Method::GET, path, &[("range", &range)]).await;
        assert_eq!(part.body, bytes[from..], "{path} {range}");
        let whole = fetch(&app, Method::GET, path, &[]).await;
        assert_eq!(&whole.body, bytes, "{path}");
        let head = fetch(&app, Method::HEAD, path, &[]).await;
        assert!(head.body.is_empty());
    }
}

#[tokio::test]
async fn signed_media_is_private_and_refuses_forged_or_expired_links() {
    let app = spawn_app().await;
    let token = app.user("signed_owner", "eu").await;
    let v = video(&app, &token, json!({"visibility": "private"})).await;
    let id = v["id"].as_str().unwrap();
    let playlist = v["playlist_url"].as_str().unwrap().to_owned();
    assert!(playlist.starts_with("/media/s/"), "{playlist}");
    let rendition = v["renditions"][0]["name"].as_str().unwrap();
    let file = format!("{rendition}/seg_00000.m4s");
    let path = beside(&playlist, &file);
    let stored = app
        .media("eu")
        .get(&blob_key(&format!("videos/{id}/hls/{file}")))
        .await
        .unwrap()
        .to_vec();
    check_file(&app, &path, &stored, "video/iso.segment").await;
    let answer = fetch(&app, Method::GET, &path, &[]).await;
    assert_eq!(answer.headers["cache-control"], "private, max-age=3600");
    assert!(!answer.headers.contains_key("access-control-allow-origin"));
    let master = fetch(&app, Method::GET, &playlist, &[]).await;
    assert_eq!(master.status, StatusCode::OK);
    assert_eq!(master.headers["cache-control"], "private, no-cache");

    // With the file in the cache, a forged, expired or borrowed signature is refused,
    // and the unsigned path knows nothing of the video.
    let parts: Vec<&str> = path.split('/').collect();
    let (expires, signature) = (parts[3], parts[4]);
    let first = if signature.starts_with('A') { "B" } else { "A" };
    let forged_signature = format!("{first}{}", &signature[1..]);
    let later: i64 = expires.parse::<i64>().unwrap() + 60;
    for forged in [
        path.replacen(signature, &forged_signature, 1),
        path.replacen(expires, "1000", 1),
        path.replacen(expires, &later.to_string(), 1),
        path.replacen(&format!("/{signature}/"), "/", 1),
    ] {
        for method in [Method::GET, Method::HEAD] {
            let refused = fetch(&app, method.clone(), &forged, &[]).await;
            assert!(
                refused.status == StatusCode::FORBIDDEN || refused.status == StatusCode::NOT_FOUND,
                "{method} {forged}: {}",
                refused.status
            );
            assert_ne!(refused.body, stored);
        }
    }
    let refused = fetch(
        &app,
        Method::GET,
        &path.replacen(signature, &forged_signature, 1),
        &[],
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let error: Value = serde_json::from_slice(&refused.body).unwrap();
    assert_eq!(error["error"]["code"], "forbidden");
    let unsigned = format!("/media/v/eu/{id}/{file}");
    assert_eq!(
        fetch(&app, Method::GET, &unsigned, &[]).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn cached_media_follows_the_rule_when_a_video_stops_being_public() {
    let app = spawn_app().await;
    let token = app.user("turns_private", "eu").await;
    let v = video(&app, &token, json!({})).await;
    let id = v["id"].as_str().unwrap().to_owned();
    let playlist = v["playlist_url"].as_str().unwrap().to_owned();
    let rendition = v["renditions"][0]["name"].as_str().unwrap();
    let seg = beside(&playlist, &format!("{rendition}/seg_00000.m4s"));
    for path in [&seg, &playlist, &beside(&playlist, "poster.jpg")] {
        for _ in 0..2 {
            assert_eq!(
                fetch(&app, Method::GET, path, &[]).await.status,
                StatusCode::OK,
                "{path}"
            );
        }
    }

    // The account goes private: the public paths stop at once, the owner gets signed ones.
    let (status, body) = app
        .call(
            Method::PATCH,
            "/api/v1/me/settings",
            Some(&token),
            json!({"is_private": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for path in [&seg, &playlist, &beside(&playlist, "poster.jpg")] {
        for method in [Method::GET, Method::HEAD] {
            let answer = fetch(&app, method.clone(), path, &[]).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{method} {path}");
        }
    }
    let (status, own) = app.get(&format!("/api/v1/videos/{id}"), Some(&token)).await;
    assert_eq!(status, StatusCode::OK, "{own}");
    let signed = own["playlist_url"].as_str().unwrap().to_owned();
    assert!(signed.starts_with("/media/s/"), "{signed}");
    let signed_seg = beside(&signed, &format!("{rendition}/seg_00000.m4s"));
    assert_eq!(
        fetch(&app, Method::GET, &signed_seg, &[]).await.status,
        StatusCode::OK
    );

    // Public again: served unsigned again.
    let (status, _) = app
        .call(
            Method::PATCH,
            "/api/v1/me/settings",
            Some(&token),
            json!({"is_private": false}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        fetch(&app, Method::GET, &seg, &[]).await.status,
        StatusCode::OK
    );

    // Deleted: neither path serves the cached bytes any more.
    let (status, body) = app
        .call(
            Method::DELETE,
            &format!("/api/v1/videos/{id}"),
            Some(&token),
            Value::Null,
        )
        .await;
    assert!(status.is_success(), "{status} {body}");
    for path in [&seg, &signed_seg] {
        let answer = fetch(&app, Method::GET, path, &[]).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
    }
}
