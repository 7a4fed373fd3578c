//! Account-security limits seen from outside: the storage quota on uploads, and the data
//! export (audited, so a cookie session needs its CSRF token; a few per hour).

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::harness::{code, media_keys, spawn_app_with, TestApp};

/// Starts a tus upload of `length` bytes (no body); answers the status, the error body
/// (if any) and the upload's path.
async fn create_upload(app: &TestApp, token: &str, length: u64) -> (StatusCode, Value, String) {
    let resp = app
        .client
        .post(app.url("/api/v1/uploads"))
        .bearer_auth(token)
        .header("tus-resumable", "1.0.0")
        .header("upload-length", length.to_string())
        .send()
        .await
        .unwrap();
    let status = resp.status();
    let location = resp
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let text = resp.text().await.unwrap();
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap()
    };
    (status, body, location)
}

async fn patch(
    app: &TestApp,
    token: &str,
    location: &str,
    offset: u64,
    bytes: Vec<u8>,
) -> (StatusCode, Value) {
    let resp = app
        .client
        .patch(app.url(location))
        .bearer_auth(token)
        .header("tus-resumable", "1.0.0")
        .header("upload-offset", offset.to_string())
        .header("content-type", "application/offset+octet-stream")
        .body(bytes)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    let text = resp.text().await.unwrap();
    (
        status,
        if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap()
        },
    )
}

#[tokio::test]
async fn uploads_past_the_storage_quota_are_refused() {
    let env = [("SPOOL_MEDIA__QUOTA_BYTES_PER_ACCOUNT", "1000")];
    let mut app = spawn_app_with(&env).await;
    let token = app.user("wren", "us").await;
    let (status, _, first) = create_upload(&app, &token, 600).await;
    assert_eq!(status, StatusCode::CREATED);
    // 600 declared + 500 would pass 1000.
    let (status, body, _) = create_upload(&app, &token, 500).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert_eq!(code(&body), "quota_exceeded");
    assert!(
        body["error"]["message"].as_str().unwrap().contains("1000"),
        "{body}"
    );
    // Nothing was created by the refusal.
    let uploads = media_keys(app.media("us").as_ref()).await.len();
    assert_eq!(uploads, 1);
    // Exactly up to the quota is fine.
    let (status, _, second) = create_upload(&app, &token, 400).await;
    assert_eq!(status, StatusCode::CREATED);
    // Another account has its own quota.
    let other = app.user("xena", "us").await;
    assert_eq!(
        create_upload(&app, &other, 1000).await.0,
        StatusCode::CREATED
    );
    // Cancelling an upload gives its room back.
    let resp = app
        .client
        .delete(app.url(&second))
        .bearer_auth(&token)
        .header("tus-resumable", "1.0.0")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        create_upload(&app, &token, 300).await.0,
        StatusCode::CREATED
    );

    // The operator lowers the quota: the upload in progress cannot grow past it.
    assert!(app.terminate().await);
    let lowered = vec![
        ("SPOOL_RATE_LIMITS__ENABLED".to_owned(), "false".to_owned()),
        (
            "SPOOL_MEDIA__QUOTA_BYTES_PER_ACCOUNT".to_owned(),
            "700".to_owned(),
        ),
    ];
    app.restart_with(&lowered).await;
    let (status, body) = patch(&app, &token, &first, 0, vec![7u8; 100]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert_eq!(code(&body), "quota_exceeded");
    let resp = app
        .client
        .head(app.url(&first))
        .bearer_auth(&token)
        .header("tus-resumable", "1.0.0")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["upload-offset"], "0", "nothing was stored");
}

#[tokio::test]
async fn stored_originals_count_against_the_quota() {
    let dir = tempfile::tempdir().unwrap();
    let clip = crate::media_support::make_clip(dir.path(), "a.mp4", 320, 240, 1.5, false);
    let size = std::fs::metadata(&clip).unwrap().len();
    let quota = (size + 100).to_string();
    let app = spawn_app_with(&[("SPOOL_MEDIA__QUOTA_BYTES_PER_ACCOUNT", quota.as_str())]).await;
    let token = app.user("yuri", "eu").await;
    let video = app.publish(&token, &clip, json!({})).await;
    app.wait_video(&token, video["id"].as_str().unwrap(), 240, |v| {
        v["state"] == "ready"
    })
    .await;
    // The original is kept (for the export and re-encodes) and still takes room.
    let (status, body, _) = create_upload(&app, &token, 200).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert_eq!(code(&body), "quota_exceeded");
    assert_eq!(
        create_upload(&app, &token, 100).await.0,
        StatusCode::CREATED
    );
    // Deleting the video frees its room.
    let (status, _) = app
        .call(
            reqwest::Method::DELETE,
            &format!("/api/v1/videos/{}", video["id"].as_str().unwrap()),
            Some(&token),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        create_upload(&app, &token, 200).await.0,
        StatusCode::CREATED
    );
}

/// A browser-like client logged in with the cookie; answers it and the CSRF token.
async fn cookie_login(app: &TestApp, handle: &str) -> (reqwest::Client, String) {
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let resp = browser
        .post(app.url("/api/v1/sessions"))
        .json(&json!({"handle": handle, "password": "correct horse"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let body: Value = resp.json().await.unwrap();
    (browser, body["csrf_token"].as_str().unwrap().to_owned())
}

fn is_zip(resp: &reqwest::Response) -> bool {
    resp.status() == StatusCode::OK && resp.headers()["content-type"] == "application/zip"
}

#[tokio::test]
async fn the_audited_export_needs_the_csrf_token_from_a_cookie_session() {
    let app = spawn_app_with(&[]).await;
    let token = app.user("zoe", "sg").await;
    let (browser, csrf) = cookie_login(&app, "zoe").await;

    // A page on another site can make the browser send the cookie, not the token.
    for url in [
        app.url("/api/v1/me/export"),
        app.url("/api/v1/me/export?csrf=wrong"),
    ] {
        let resp = browser.get(&url).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::FORBIDDEN, "{url}");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(code(&body), "csrf_rejected");
    }
    let resp = browser
        .post(app.url("/api/v1/me/export"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);

    // The web client's download link, the header, and POST all work.
    let link = format!("/api/v1/me/export?csrf={}", urlencode(&csrf));
    assert!(is_zip(&browser.get(app.url(&link)).send().await.unwrap()));
    let resp = browser
        .get(app.url("/api/v1/me/export"))
        .header("x-csrf-token", &csrf)
        .send()
        .await
        .unwrap();
    assert!(is_zip(&resp));
    let resp = browser
        .post(app.url("/api/v1/me/export"))
        .header("x-csrf-token", &csrf)
        .send()
        .await
        .unwrap();
    assert!(is_zip(&resp));
    // Bearer clients are not asked for anything more.
    for method in [reqwest::Method::GET, reqwest::Method::POST] {
        let resp = app
            .client
            .request(method, app.url("/api/v1/me/export"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert!(is_zip(&resp));
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn exports_are_limited_per_account() {
    // The default: 3 exports per account per hour.
    let app = spawn_app_with(&[("SPOOL_RATE_LIMITS__ENABLED", "true")]).await;
    let token = app.user("abel", "us").await;
    for _ in 0..3 {
        let resp = app
            .client
            .post(app.url("/api/v1/me/export"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert!(is_zip(&resp));
    }
    let resp = app
        .client
        .get(app.url("/api/v1/me/export"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = resp.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 60, "{retry}");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(code(&body), "rate_limited");
    // Another account exports as usual.
    let other = app.user("bina", "us").await;
    let resp = app
        .client
        .get(app.url("/api/v1/me/export"))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    assert!(is_zip(&resp));
}
