//! Profile photos as their owner and everyone else see them: uploaded, cropped to a
//! square, resized, stripped of every byte of metadata (a GPS position in the upload is
//! not in what is served), served like posters, refused with a clear error and nothing
//! changed, removed; erased with the account and carried along by a move.

use std::path::Path;
use std::process::Command;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{code, media_keys, spawn_app, TestApp};
use crate::media_support::ffprobe;

/// A JPEG of `w`×`h` made by ffmpeg, with an EXIF segment that holds a GPS IFD (a
/// latitude of 48°51'30" N) spliced in after its start marker, as a phone camera writes.
fn jpeg_with_gps(dir: &Path, w: u32, h: u32) -> Vec<u8> {
    let out = dir.join(format!("p{w}x{h}.jpg"));
    let status = Command::new("ffmpeg")
        .args([
            "-hide_banner",
            "-loglevel",
            "error",
            "-nostdin",
            "-y",
            "-f",
            "lavfi",
            "-i",
        ])
        .arg(format!("testsrc2=size={w}x{h}"))
        .args(["-frames:v", "1"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let plain = std::fs::read(&out).unwrap();
    // TIFF header (big-endian), IFD0 with one entry: the GPS IFD pointer (0x8825), then
    // the GPS IFD: GPSLatitudeRef "N" and GPSLatitude as three rationals.
    let mut tiff: Vec<u8> = b"MM\0*\0\0\0\x08".to_vec();
    tiff.extend([0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0]);
    tiff.extend([0, 2]);
    tiff.extend([0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0]);
    tiff.extend([0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 56]);
    tiff.extend([0, 0, 0, 0]);
    for (n, d) in [(48u32, 1u32), (51, 1), (30, 1)] {
        tiff.extend(n.to_be_bytes());
        tiff.extend(d.to_be_bytes());
    }
    tiff.extend(b"GPSLatitude-marker");
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend(tiff);
    let mut jpeg = plain[..2].to_vec();
    jpeg.extend([0xFF, 0xE1]);
    jpeg.extend(((exif.len() + 2) as u16).to_be_bytes());
    jpeg.extend(exif);
    jpeg.extend(&plain[2..]);
    jpeg
}

async fn put_photo(
    app: &TestApp,
    token: &str,
    query: &str,
    content_type: &str,
    body: Vec<u8>,
) -> (StatusCode, Value) {
    let resp = app
        .client
        .put(app.url(&format!("/api/v1/me/photo{query}")))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    (status, resp.json().await.unwrap_or(Value::Null))
}

struct Got {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

async fn fetch(app: &TestApp, path: &str, etag: Option<&str>) -> Got {
    app.settle().await;
    let mut req = app.client.get(app.url(path));
    if let Some(e) = etag {
        req = req.header("if-none-match", e);
    }
    let resp = req.send().await.unwrap();
    Got {
        status: resp.status(),
        headers: resp.headers().clone(),
        body: resp.bytes().await.unwrap().to_vec(),
    }
}

/// Width and height of a picture, by ffprobe.
fn dimensions(dir: &Path, bytes: &[u8]) -> (u64, u64) {
    let file = dir.join("probe.jpg");
    std::fs::write(&file, bytes).unwrap();
    let probe = ffprobe(file.to_str().unwrap());
    let s = &probe["streams"][0];
    (s["width"].as_u64().unwrap(), s["height"].as_u64().unwrap())
}

async fn photo_keys(app: &TestApp, region: &str, account: &str) -> Vec<String> {
    media_keys(app.media(region).as_ref())
        .await
        .into_iter()
        .filter(|k| k.contains(account))
        .collect()
}

#[tokio::test]
async fn a_photo_is_squared_resized_and_stripped_of_its_metadata() {
    let app = spawn_app().await;
    let token = app.user("photo_owner", "eu").await;
    let (_, me) = app.get("/api/v1/me", Some(&token)).await;
    let id = me["id"].as_str().unwrap().to_owned();
    assert_eq!(me["photo_url"], Value::Null);
    let dir = tempfile::tempdir().unwrap();
    let input = jpeg_with_gps(dir.path(), 900, 600);
    assert!(input.windows(4).any(|w| w == b"Exif"));
    assert!(input.windows(11).any(|w| w == b"GPSLatitude"));

    let (status, me) = put_photo(&app, &token, "", "image/jpeg", input.clone()).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let photo = me["photo_url"].as_str().unwrap().to_owned();
    let avatar = me["avatar_url"].as_str().unwrap().to_owned();
    assert!(
        photo.starts_with(&format!("/media/photos/eu/{id}-")) && photo.ends_with("-512.jpg"),
        "{photo}"
    );
    for (url, side) in [(&photo, 512), (&avatar, 128)] {
        let got = fetch(&app, url, None).await;
        assert_eq!(got.status, StatusCode::OK, "{url}");
        assert_eq!(got.headers["content-type"], "image/jpeg");
        assert_eq!(
            got.headers["cache-control"],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(dimensions(dir.path(), &got.body), (side, side));
        // Nothing but pixels: no EXIF or other APP1 segment, no GPS data.
        assert!(!got.body.windows(4).any(|w| w == b"Exif"), "EXIF in {url}");
        assert!(
            !got.body.windows(11).any(|w| w == b"GPSLatitude"),
            "GPS in {url}"
        );
        assert!(
            !got.body.windows(2).any(|w| w == [0xFF, 0xE1]),
            "APP1 in {url}"
        );
        let etag = got.headers["etag"].to_str().unwrap().to_owned();
        assert_eq!(
            fetch(&app, url, Some(&etag)).await.status,
            StatusCode::NOT_MODIFIED
        );
    }
    // Everyone sees it on the public profile.
    let (_, profile) = app.get("/api/v1/accounts/photo_owner", None).await;
    assert_eq!(profile["avatar_url"], avatar.as_str());
    assert_eq!(profile["photo_url"], photo.as_str());
    let stored = photo_keys(&app, "eu", &id).await;
    assert_eq!(stored.len(), 2, "{stored:?}");

    // Refused with a clear error; nothing changes.
    let gif = b"GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xff\xff\xff!\xf9\x04\x01\0\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;".to_vec();
    let small = jpeg_with_gps(dir.path(), 40, 40);
    let refusals: Vec<(&str, &str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "",
            "image/gif",
            gif,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            "",
            "text/plain",
            b"hello".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            "",
            "image/png",
            input.clone(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_photo",
        ),
        (
            "",
            "image/jpeg",
            b"not a picture at all".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_photo",
        ),
        (
            "",
            "image/webp",
            input.clone(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_photo",
        ),
        (
            "",
            "image/jpeg",
            Vec::new(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_photo",
        ),
        (
            "",
            "image/jpeg",
            small,
            StatusCode::UNPROCESSABLE_ENTITY,
            "photo_too_small",
        ),
        (
            "?x=700&y=0&size=400",
            "image/jpeg",
            input.clone(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_crop",
        ),
        (
            "?x=0&y=0",
            "image/jpeg",
            input.clone(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_crop",
        ),
    ];
    for (query, ct, body, want, want_code) in refusals {
        let (status, answer) = put_photo(&app, &token, query, ct, body).await;
        assert_eq!(status, want, "{ct} {query}: {answer}");
        assert_eq!(code(&answer), want_code, "{answer}");
        assert!(!answer["error"]["message"].as_str().unwrap().is_empty());
        let (_, me) = app.get("/api/v1/me", Some(&token)).await;
        assert_eq!(
            me["photo_url"],
            photo.as_str(),
            "a refusal changed the photo"
        );
    }
    // Too big: answered before the whole body is read, which ends that connection (a
    // client of its own, so the next request does not find it closed).
    let resp = reqwest::Client::new()
        .put(app.url("/api/v1/me/photo"))
        .bearer_auth(&token)
        .header("content-type", "image/jpeg")
        .body(vec![0xFF; 9 << 20])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let answer: Value = resp.json().await.unwrap();
    assert_eq!(code(&answer), "body_too_large", "{answer}");
    let (_, me) = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(me["photo_url"], photo.as_str());
    assert_eq!(photo_keys(&app, "eu", &id).await, stored);
    assert_eq!(fetch(&app, &photo, None).await.status, StatusCode::OK);

    // A crop rectangle from the client: a new photo at a new address; the old one goes.
    let (status, me) = put_photo(&app, &token, "?x=100&y=50&size=500", "image/jpeg", input).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let cropped = me["photo_url"].as_str().unwrap().to_owned();
    assert_ne!(cropped, photo);
    assert_eq!(
        fetch(&app, &photo, None).await.status,
        StatusCode::NOT_FOUND
    );
    let got = fetch(&app, &cropped, None).await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(
        dimensions(dir.path(), &got.body),
        (500, 500),
        "a 500 px crop is not enlarged"
    );
    assert_eq!(photo_keys(&app, "eu", &id).await.len(), 2);
    // Paths that name no current photo.
    for bad in [
        format!("/media/photos/us/{}", cropped.rsplit('/').next().unwrap()),
        cropped.replace("-512.jpg", "-256.jpg"),
        cropped.replace(".jpg", ".png"),
    ] {
        assert_eq!(
            fetch(&app, &bad, None).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }

    // Removed: gone from the profile, the path and the store.
    let (status, me) = app
        .call(
            Method::DELETE,
            "/api/v1/me/photo",
            Some(&token),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["photo_url"], Value::Null);
    assert_eq!(
        fetch(&app, &cropped, None).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(photo_keys(&app, "eu", &id).await.is_empty());
    let (status, body) = app
        .call(
            Method::DELETE,
            "/api/v1/me/photo",
            Some(&token),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let (status, _) = put_photo(&app, "not-a-token", "", "image/jpeg", vec![1]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_photo_moves_with_the_account_and_is_erased_with_it() {
    let app = spawn_app().await;
    let token = app.user("photo_mover", "eu").await;
    let dir = tempfile::tempdir().unwrap();
    let (status, me) = put_photo(
        &app,
        &token,
        "",
        "image/jpeg",
        jpeg_with_gps(dir.path(), 300, 300),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let id = me["id"].as_str().unwrap().to_owned();
    let (status, body) = app
        .post(
            "/api/v1/me/move",
            Some(&token),
            json!({"region": "us", "password": "correct horse"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let token = app.login("photo_mover").await;
    let (_, me) = app.get("/api/v1/me", Some(&token)).await;
    let photo = me["photo_url"].as_str().unwrap().to_owned();
    assert!(photo.starts_with("/media/photos/us/"), "{photo}");
    assert_eq!(fetch(&app, &photo, None).await.status, StatusCode::OK);
    assert!(
        photo_keys(&app, "eu", &id).await.is_empty(),
        "left behind in eu"
    );
    assert_eq!(photo_keys(&app, "us", &id).await.len(), 2);

    let (status, _) = app
        .call(
            Method::DELETE,
            "/api/v1/me",
            Some(&token),
            json!({"password": "correct horse"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(
        photo_keys(&app, "us", &id).await.is_empty(),
        "the photo outlived the account"
    );
    assert_eq!(
        fetch(&app, &photo, None).await.status,
        StatusCode::NOT_FOUND
    );
}
