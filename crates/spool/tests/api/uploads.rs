use std::path::Path;
use std::process::Command;

use base64::Engine as _;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::harness::{blob_key, code, media_keys, spawn_app, spawn_app_with};
use crate::media_support::real_clip;

fn node_client() -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/tus-client");
    assert!(
        dir.join("node_modules/tus-js-client").is_dir(),
        "tus-js-client is not installed: run scripts/test (npm ci --prefix tests/tus-client)"
    );
    dir.join("upload.mjs")
}

fn node(args: &[&str]) -> Value {
    let out = Command::new("node")
        .arg(node_client())
        .args(args)
        .output()
        .expect("node is installed");
    assert!(
        out.status.success(),
        "tus-js-client failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(stdout.lines().last().unwrap()).unwrap()
}

/// The reference client uploads real footage in chunks, is cut off mid-request,
/// resumes from the server's offset and finishes; the stored bytes are the file's.
#[tokio::test]
async fn tus_js_client_uploads_is_interrupted_and_resumes() {
    let app = spawn_app().await;
    let token = app.user("uploader", "eu").await;
    let clip = real_clip("bigbuckbunny.mp4");
    let size = std::fs::metadata(&clip).unwrap().len();
    let endpoint = app.url("/api/v1/uploads");
    let chunk = "262144";
    let first = node(&[
        "interrupt",
        &endpoint,
        &token,
        clip.to_str().unwrap(),
        chunk,
        &(size / 2).to_string(),
    ]);
    let url = first["url"].as_str().unwrap().to_owned();

    // The server kept what arrived: somewhere between nothing and everything.
    let head = tus_head(&app, &url, &token).await;
    assert_eq!(head.status(), StatusCode::OK);
    let offset: u64 = head.headers()["upload-offset"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        head.headers()["upload-length"].to_str().unwrap(),
        size.to_string()
    );
    assert_eq!(
        head.headers()["cache-control"].to_str().unwrap(),
        "no-store"
    );
    assert!(offset > 0 && offset < size, "offset {offset} of {size}");

    let second = node(&[
        "resume",
        &endpoint,
        &token,
        clip.to_str().unwrap(),
        chunk,
        &url,
    ]);
    assert_eq!(second["url"], url.as_str());
    let id = url.rsplit('/').next().unwrap();
    let stored = app
        .media("eu")
        .get(&blob_key(&format!("uploads/{id}.part")))
        .await
        .unwrap();
    assert!(
        stored[..] == std::fs::read(&clip).unwrap()[..],
        "stored bytes differ from the source"
    );
    // The bytes went to the uploader's home region only.
    for other in ["us", "sg"] {
        assert!(media_keys(app.media(other).as_ref()).await.is_empty());
    }
}

/// A tus HEAD request.
async fn tus_head(
    app: &crate::harness::TestApp,
    url: impl reqwest::IntoUrl,
    token: &str,
) -> reqwest::Response {
    app.client
        .head(url)
        .bearer_auth(token)
        .header("tus-resumable", "1.0.0")
        .send()
        .await
        .unwrap()
}

async fn create(app: &crate::harness::TestApp, token: &str, length: u64) -> String {
    let resp = app
        .client
        .post(app.url("/api/v1/uploads"))
        .bearer_auth(token)
        .header("tus-resumable", "1.0.0")
        .header("upload-length", length.to_string())
        .header(
            "upload-metadata",
            "filename Y2xpcC5tcDQ=,filetype dmlkZW8vbXA0",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    assert_eq!(resp.headers()["tus-resumable"], "1.0.0");
    assert!(resp.headers().contains_key("upload-expires"));
    resp.headers()["location"].to_str().unwrap().to_owned()
}

async fn patch(
    app: &crate::harness::TestApp,
    token: &str,
    location: &str,
    offset: u64,
    content_type: &str,
    body: Vec<u8>,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let mut req = app
        .client
        .patch(app.url(location))
        .bearer_auth(token)
        .header("tus-resumable", "1.0.0")
        .header("upload-offset", offset.to_string())
        .header("content-type", content_type)
        .body(body);
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

async fn offset_of(app: &crate::harness::TestApp, token: &str, location: &str) -> u64 {
    let head = tus_head(app, app.url(location), token).await;
    assert_eq!(head.status(), StatusCode::OK);
    head.headers()["upload-offset"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn tus_protocol_rules_and_refusals() {
    let app = spawn_app().await;
    let token = app.user("tusser", "us").await;
    let other = app.user("intruder", "us").await;
    const OCTETS: &str = "application/offset+octet-stream";

    // OPTIONS tells what the server supports, without authentication.
    let resp = app
        .client
        .request(Method::OPTIONS, app.url("/api/v1/uploads"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    assert_eq!(resp.headers()["tus-version"], "1.0.0");
    let ext = resp.headers()["tus-extension"].to_str().unwrap();
    for e in [
        "creation",
        "creation-with-upload",
        "termination",
        "expiration",
        "checksum",
    ] {
        assert!(ext.split(',').any(|x| x == e), "{e} missing from {ext}");
    }
    assert_eq!(resp.headers()["tus-max-size"], "1073741824");

    // Creation needs a session, the protocol version, and a sane length.
    let resp = app
        .client
        .post(app.url("/api/v1/uploads"))
        .header("tus-resumable", "1.0.0")
        .header("upload-length", "10")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    let resp = app
        .client
        .post(app.url("/api/v1/uploads"))
        .bearer_auth(&token)
        .header("upload-length", "10")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::PRECONDITION_FAILED);
    let resp = app
        .client
        .post(app.url("/api/v1/uploads"))
        .bearer_auth(&token)
        .header("tus-resumable", "1.0.0")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    let resp = app
        .client
        .post(app.url("/api/v1/uploads"))
        .bearer_auth(&token)
        .header("tus-resumable", "1.0.0")
        .header("upload-length", (2u64 << 30).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(code(&body), "body_too_large");

    let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    let loc = create(&app, &token, data.len() as u64).await;

    // Wrong offset, wrong content type, past the declared length: refused, nothing stored.
    let resp = patch(&app, &token, &loc, 5, OCTETS, data[..10].to_vec(), &[]).await;
    assert_eq!(resp.status(), StatusCode::CONFLICT);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(code(&body), "upload_offset_mismatch");
    let resp = patch(
        &app,
        &token,
        &loc,
        0,
        "application/octet-stream",
        data[..10].to_vec(),
        &[],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let mut too_much = data.clone();
    too_much.extend_from_slice(b"extra");
    let resp = patch(&app, &token, &loc, 0, OCTETS, too_much, &[]).await;
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(offset_of(&app, &token, &loc).await, 0);

    // A checksum that does not match: 460, nothing stored. A matching one: stored.
    let resp = patch(
        &app,
        &token,
        &loc,
        0,
        OCTETS,
        data[..1000].to_vec(),
        &[(
            "upload-checksum",
            "sha256 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        )],
    )
    .await;
    assert_eq!(resp.status().as_u16(), 460);
    assert_eq!(offset_of(&app, &token, &loc).await, 0);
    use sha2::Digest;
    let digest =
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(&data[..1000]));
    let resp = patch(
        &app,
        &token,
        &loc,
        0,
        OCTETS,
        data[..1000].to_vec(),
        &[("upload-checksum", &format!("sha256 {digest}"))],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    assert_eq!(resp.headers()["upload-offset"], "1000");

    // Someone else's upload does not exist for them.
    let resp = patch(
        &app,
        &other,
        &loc,
        1000,
        OCTETS,
        data[1000..2000].to_vec(),
        &[],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    let resp = tus_head(&app, app.url(&loc), &other).await;
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);

    // The rest in two PATCHes; publishing before the end is refused.
    let resp = patch(
        &app,
        &token,
        &loc,
        1000,
        OCTETS,
        data[1000..50_000].to_vec(),
        &[],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    let upload_id = loc.rsplit('/').next().unwrap();
    let (status, body) = app
        .post(
            "/api/v1/videos",
            Some(&token),
            serde_json::json!({"upload_id": upload_id}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(code(&body), "upload_incomplete");
    let resp = patch(
        &app,
        &token,
        &loc,
        50_000,
        OCTETS,
        data[50_000..].to_vec(),
        &[],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        resp.headers()["upload-offset"].to_str().unwrap(),
        data.len().to_string()
    );
    let stored = blob_key(&format!("uploads/{upload_id}.part"));
    assert_eq!(&app.media("us").get(&stored).await.unwrap()[..], &data[..]);

    // Termination removes it.
    let resp = app
        .client
        .delete(app.url(&loc))
        .bearer_auth(&token)
        .header("tus-resumable", "1.0.0")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    assert!(app.media("us").head(&stored).await.unwrap().is_none());
    let resp = tus_head(&app, app.url(&loc), &token).await;
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn abandoned_uploads_expire_and_are_removed() {
    let app = spawn_app_with(&[
        ("SPOOL_MEDIA__UPLOAD_EXPIRY_SECS", "1"),
        ("SPOOL_SERVER__HOUSEKEEPING_SECS", "1"),
    ])
    .await;
    let token = app.user("leaver", "sg").await;
    let loc = create(&app, &token, 1000).await;
    let resp = patch(
        &app,
        &token,
        &loc,
        0,
        "application/offset+octet-stream",
        vec![1; 400],
        &[],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    let sg = app.media("sg");
    assert_eq!(media_keys(sg.as_ref()).await.len(), 1);
    tokio::time::sleep(std::time::Duration::from_secs(4)).await;
    let resp = tus_head(&app, app.url(&loc), &token).await;
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    assert!(
        media_keys(sg.as_ref()).await.is_empty(),
        "expired upload file left behind"
    );
}

/// The web client's cookie session works for tus too, but only with the CSRF token.
#[tokio::test]
async fn cookie_uploads_need_the_csrf_token() {
    let app = spawn_app().await;
    app.signup("webber", "us").await;
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let login: Value = browser
        .post(app.url("/api/v1/sessions"))
        .json(&serde_json::json!({"handle": "webber", "password": "correct horse"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let csrf = login["csrf_token"].as_str().unwrap();
    let post = |csrf: Option<&str>| {
        let mut req = browser
            .post(app.url("/api/v1/uploads"))
            .header("tus-resumable", "1.0.0")
            .header("upload-length", "10");
        if let Some(c) = csrf {
            req = req.header("x-csrf-token", c);
        }
        req.send()
    };
    assert_eq!(post(None).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(
        post(Some(csrf)).await.unwrap().status(),
        StatusCode::CREATED
    );
}
