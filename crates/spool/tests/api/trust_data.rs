//! The owner's rights over their data: the export (GDPR art. 15/20) holds everything,
//! and deletion (art. 17) leaves no trace in any region's files.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::harness::{blob_key, code, spawn_app, TestApp};
use crate::media_support::{files_under, make_clip, sha256_file};

/// Publishes a clip of `token`'s account and waits for the whole ladder; returns the
/// video's id and the uploaded file.
async fn video(app: &TestApp, token: &str, caption: &str) -> (String, PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 320, 568, 2.0, true);
    let v = app.publish(token, &clip, json!({"caption": caption})).await;
    let id = v["id"].as_str().unwrap().to_owned();
    app.wait_complete(token, &id).await;
    (id, clip, dir)
}

async fn ok(app: &TestApp, method: Method, path: &str, token: &str, body: Value) -> Value {
    let (status, answer) = app.call(method, path, Some(token), body).await;
    assert!(status.is_success(), "{path}: {status} {answer}");
    answer
}

async fn comment(
    app: &TestApp,
    token: &str,
    video: &str,
    text: &str,
    parent: Option<&str>,
) -> String {
    let answer = ok(
        app,
        Method::POST,
        &format!("/api/v1/videos/{video}/comments"),
        token,
        json!({"text": text, "parent_id": parent}),
    )
    .await;
    answer["id"].as_str().unwrap().to_owned()
}

async fn view(app: &TestApp, token: &str, video: &str) {
    let answer = ok(
        app,
        Method::POST,
        "/api/v1/events",
        token,
        json!({"events": [{"video_id": video, "kind": "view", "watched_ms": 1500}]}),
    )
    .await;
    assert_eq!(answer["accepted"], 1, "{answer}");
}

/// Downloads an export and opens it.
async fn export(
    app: &TestApp,
    token: Option<&str>,
) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
    let mut req = app.client.get(app.url("/api/v1/me/export"));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    (status, headers, resp.bytes().await.unwrap().to_vec())
}

struct Archive(zip::ZipArchive<std::io::Cursor<Vec<u8>>>);

impl Archive {
    fn bytes(&mut self, name: &str) -> Vec<u8> {
        let mut out = Vec::new();
        self.0
            .by_name(name)
            .unwrap_or_else(|_| panic!("{name} is missing from the export"))
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn json(&mut self, name: &str) -> Value {
        serde_json::from_slice(&self.bytes(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    fn names(&self) -> BTreeSet<String> {
        self.0.file_names().map(str::to_owned).collect()
    }
}

fn items(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("not a list: {v}"))
}

const FILES: &[&str] = &[
    "README.txt",
    "account.json",
    "sessions.json",
    "login_records.json",
    "videos.json",
    "sounds.json",
    "comments.json",
    "likes.json",
    "comment_likes.json",
    "following.json",
    "followers.json",
    "blocks.json",
    "mutes.json",
    "view_history.json",
    "notifications.json",
    "federation.json",
    "access_log.json",
];

#[tokio::test]
async fn the_export_holds_everything_about_the_account_and_only_for_it() {
    let app = spawn_app().await;
    let me = app.user("exporter", "eu").await;
    let maker = app.user("us_maker", "us").await;
    let maker_id = app.get("/api/v1/me", Some(&maker)).await.1["id"].clone();
    app.signup("pest", "sg").await;
    app.signup("bore", "sg").await;

    let (theirs, _, _keep1) = video(&app, &maker, "a us clip").await;
    let (mine, clip, _keep2) = video(&app, &me, "my own clip #mine").await;
    let comment_id = comment(&app, &me, &theirs, "nice one from eu", None).await;
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{theirs}/like"),
        &me,
        Value::Null,
    )
    .await;
    ok(
        &app,
        Method::POST,
        "/api/v1/accounts/us_maker/follow",
        &me,
        Value::Null,
    )
    .await;
    ok(
        &app,
        Method::POST,
        "/api/v1/accounts/pest/block",
        &me,
        Value::Null,
    )
    .await;
    ok(
        &app,
        Method::POST,
        "/api/v1/accounts/bore/mute",
        &me,
        Value::Null,
    )
    .await;
    view(&app, &me, &theirs).await;
    // Notifications to `me`: a new follower, a like.
    ok(
        &app,
        Method::POST,
        "/api/v1/accounts/exporter/follow",
        &maker,
        Value::Null,
    )
    .await;
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{mine}/like"),
        &maker,
        Value::Null,
    )
    .await;
    let their_comment = comment(&app, &maker, &theirs, "thanks!", None).await;
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{theirs}/comments/{their_comment}/like"),
        &me,
        Value::Null,
    )
    .await;

    let (status, headers, body) = export(&app, Some(&me)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/zip");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"spool-export-exporter.zip\""
    );
    let mut zip = Archive(zip::ZipArchive::new(std::io::Cursor::new(body)).unwrap());
    let names = zip.names();
    for f in FILES {
        assert!(names.contains(*f), "{f} missing: {names:?}");
    }
    let readme = String::from_utf8(zip.bytes("README.txt")).unwrap();
    for f in FILES.iter().filter(|f| f.ends_with(".json")) {
        assert!(readme.contains(f), "README.txt does not explain {f}");
    }

    let account = zip.json("account.json");
    assert_eq!(account["handle"], "exporter");
    assert_eq!(account["email"], "exporter@example.org");
    assert_eq!(account["birth_date"], "1990-06-15");
    assert_eq!(account["region"], "eu");
    assert!(account["created_at"].is_string());
    assert_eq!(account["settings"]["who_can_comment"], "everyone");
    assert_eq!(account["settings"]["feed_mode"], "personalized");

    let sessions = zip.json("sessions.json");
    assert!(
        items(&sessions).iter().any(|s| s["current"] == true),
        "{sessions}"
    );
    let sessions_text = String::from_utf8(zip.bytes("sessions.json")).unwrap();
    assert!(!sessions_text.contains("token") && !sessions_text.contains("csrf"));
    let logins = zip.json("login_records.json");
    assert!(
        items(&logins).iter().any(|l| l["success"] == true),
        "{logins}"
    );

    let videos = zip.json("videos.json");
    assert_eq!(items(&videos).len(), 1, "{videos}");
    let v = &videos[0];
    assert_eq!(v["id"], mine.as_str());
    assert_eq!(v["caption"], "my own clip #mine");
    assert_eq!(v["hashtags"], json!(["mine"]));
    assert_eq!(v["visibility"], "public");
    assert_eq!(v["state"], "ready");
    assert_eq!(v["like_count"], 1);
    let original = format!("videos/{mine}/original");
    assert_eq!(v["files"], json!([original]));
    let archived = zip.bytes(&original);
    assert_eq!(
        format!("{:x}", Sha256::digest(&archived)),
        sha256_file(&clip),
        "the original in the export is the uploaded file, byte for byte"
    );
    let sounds = zip.json("sounds.json");
    assert_eq!(items(&sounds).len(), 1, "{sounds}");
    assert_eq!(sounds[0]["video_id"], mine.as_str());

    let comments = zip.json("comments.json");
    assert_eq!(items(&comments).len(), 1, "{comments}");
    assert_eq!(comments[0]["id"], comment_id.as_str());
    assert_eq!(comments[0]["body"], "nice one from eu");
    assert_eq!(comments[0]["video_id"], theirs.as_str());
    assert_eq!(comments[0]["video_region"], "us");

    let likes = zip.json("likes.json");
    assert_eq!(
        likes,
        json!([{"id": theirs, "region": "us", "created_at": likes[0]["created_at"]}])
    );
    let comment_likes = zip.json("comment_likes.json");
    assert_eq!(comment_likes[0]["id"], their_comment.as_str());
    assert_eq!(comment_likes[0]["region"], "us");

    let following = zip.json("following.json");
    assert_eq!(following[0]["handle"], "us_maker");
    assert_eq!(following[0]["account_id"], maker_id);
    assert_eq!(following[0]["state"], "active");
    let followers = zip.json("followers.json");
    assert_eq!(followers[0]["handle"], "us_maker");
    assert_eq!(zip.json("blocks.json")[0]["handle"], "pest");
    assert_eq!(zip.json("mutes.json")[0]["handle"], "bore");

    let history = zip.json("view_history.json");
    assert!(
        items(&history).iter().any(|e| e["kind"] == "view"
            && e["subject_id"] == theirs.as_str()
            && e["watched_ms"] == 1500),
        "{history}"
    );
    assert!(
        items(&history).iter().any(|e| e["kind"] == "like"),
        "{history}"
    );

    let notifications = zip.json("notifications.json");
    let kinds: BTreeSet<&str> = items(&notifications)
        .iter()
        .filter(|n| n["actor_id"] == maker_id)
        .filter_map(|n| n["kind"].as_str())
        .collect();
    assert!(
        kinds.contains("follow") && kinds.contains("like"),
        "{notifications}"
    );
    assert!(zip.json("access_log.json").is_array());

    // Everyone gets their own export, and nobody else's.
    let (status, headers, body) = export(&app, Some(&maker)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("spool-export-us_maker.zip"));
    let mut theirs_zip = Archive(zip::ZipArchive::new(std::io::Cursor::new(body)).unwrap());
    assert_eq!(theirs_zip.json("account.json")["handle"], "us_maker");
    for name in theirs_zip.names() {
        let text = String::from_utf8_lossy(&theirs_zip.bytes(&name)).into_owned();
        assert!(
            !text.contains("exporter@example.org"),
            "{name} leaks the other account's e-mail"
        );
    }
    assert_eq!(
        items(&theirs_zip.json("comments.json")).len(),
        1,
        "only its own comment"
    );

    // Anonymous, or with a token that no longer works: 401.
    let (status, _, body) = export(&app, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        code(&serde_json::from_slice(&body).unwrap()),
        "unauthenticated"
    );
    ok(
        &app,
        Method::DELETE,
        "/api/v1/sessions/current",
        &me,
        Value::Null,
    )
    .await;
    let (status, _, _) = export(&app, Some(&me)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

/// Every file a deletion must have cleaned: each region's folder (databases with their
/// -wal and -shm, media, snapshots) and the directory.
fn scanned_files(data: &Path) -> Vec<PathBuf> {
    let mut files = files_under(&data.join("regions"));
    for name in ["directory.db", "directory.db-wal", "directory.db-shm"] {
        let p = data.join(name);
        if p.exists() {
            files.push(p);
        }
    }
    files
}

async fn find_traces(data: &Path, needles: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for region in ["directory", "us", "eu", "sg"] {
        let bytes = crate::harness::stored_text(data, region)
            .await
            .to_ascii_lowercase();
        for needle in needles {
            let n = needle.to_ascii_lowercase();
            if bytes.windows(n.len()).any(|w| w == n.as_bytes()) {
                found.push(format!("{needle:?} in the rows of {region}"));
            }
        }
    }
    for file in scanned_files(data) {
        let Ok(bytes) = std::fs::read(&file) else {
            continue; // removed while we looked
        };
        let bytes = bytes.to_ascii_lowercase();
        for needle in needles {
            let n = needle.to_ascii_lowercase();
            if bytes.windows(n.len()).any(|w| w == n.as_bytes()) {
                found.push(format!("{needle:?} in {}", file.display()));
            }
        }
    }
    found
}

#[tokio::test]
async fn deleting_an_account_leaves_no_trace_in_any_region() {
    let app = spawn_app().await;
    let handle = "erasable_subject";
    let email = "erasable_subject@example.org";
    let subject = app.user(handle, "eu").await;
    let subject_id = app.get("/api/v1/me", Some(&subject)).await.1["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let us_a = app.user("us_alpha", "us").await;
    let us_c = app.user("us_gamma", "us").await;
    let sg_b = app.user("sg_beta", "sg").await;
    let eu_d = app.user("eu_delta", "eu").await;

    let (us_video, _, _k1) = video(&app, &us_a, "us video").await;
    let (sg_video, _, _k2) = video(&app, &sg_b, "sg video").await;
    let (own_video, _, _k3) = video(&app, &subject, "the subject's clip").await;
    let eu_media = app.media("eu");
    let media = blob_key(&format!("videos/{own_video}"));
    assert!(eu_media
        .head(&media.join("original").unwrap())
        .await
        .unwrap()
        .is_some());
    let sound = blob_key(&format!("sounds/{own_video}.m4a"));
    assert!(eu_media.head(&sound).await.unwrap().is_some());

    // Traces in us: a like, a comment (with a reply under it), a follow, followers, a
    // comment like, notifications, feed events.
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{us_video}/like"),
        &subject,
        Value::Null,
    )
    .await;
    let on_us = comment(&app, &subject, &us_video, "a comment in us", None).await;
    comment(&app, &us_a, &us_video, "a reply to it", Some(&on_us)).await;
    ok(
        &app,
        Method::POST,
        "/api/v1/accounts/us_alpha/follow",
        &subject,
        Value::Null,
    )
    .await;
    for t in [&us_a, &us_c, &sg_b] {
        ok(
            &app,
            Method::POST,
            &format!("/api/v1/accounts/{handle}/follow"),
            t,
            Value::Null,
        )
        .await;
    }
    view(&app, &subject, &us_video).await;
    // Traces in sg: a comment next to someone else's, a comment like, a mute of it.
    let sg_comment = comment(&app, &sg_b, &sg_video, "the creator's own comment", None).await;
    comment(&app, &subject, &sg_video, "a comment in sg", None).await;
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{sg_video}/comments/{sg_comment}/like"),
        &subject,
        Value::Null,
    )
    .await;
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/accounts/{handle}/mute"),
        &sg_b,
        Value::Null,
    )
    .await;
    // In eu, besides its home: someone blocks it.
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/accounts/{handle}/block"),
        &eu_d,
        Value::Null,
    )
    .await;

    let (_, before) = app
        .get(&format!("/api/v1/videos/{us_video}"), Some(&us_a))
        .await;
    assert_eq!(
        (
            before["like_count"].as_i64(),
            before["comment_count"].as_i64()
        ),
        (Some(1), Some(2))
    );
    let (_, before) = app
        .get(&format!("/api/v1/videos/{sg_video}"), Some(&sg_b))
        .await;
    assert_eq!(before["comment_count"], 2);
    let (_, alpha) = app.get("/api/v1/accounts/us_alpha", None).await;
    assert_eq!(
        (
            alpha["follower_count"].as_i64(),
            alpha["following_count"].as_i64()
        ),
        (Some(1), Some(1))
    );
    let needles = [
        handle.to_owned(),
        email.to_owned(),
        subject_id.clone(),
        subject_id.replace('-', ""),
    ];
    assert!(
        !find_traces(app.data.path(), &needles[..1]).await.is_empty(),
        "the scan must see the account before it is deleted"
    );

    // A wrong password deletes nothing.
    let (status, _) = app
        .call(
            Method::DELETE,
            "/api/v1/me",
            Some(&subject),
            json!({"password": "wrong horse"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .call(
            Method::DELETE,
            "/api/v1/me",
            Some(&subject),
            json!({"password": "correct horse"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    // Every byte of every region's files and of the directory: nothing left.
    let traces = find_traces(app.data.path(), &needles).await;
    assert!(traces.is_empty(), "traces left after deletion: {traces:#?}");

    // Public counters follow.
    let (_, after) = app
        .get(&format!("/api/v1/videos/{us_video}"), Some(&us_a))
        .await;
    assert_eq!(after["like_count"], 0, "{after}");
    assert_eq!(
        after["comment_count"], 0,
        "the comment and the reply under it went: {after}"
    );
    let (_, after) = app
        .get(&format!("/api/v1/videos/{sg_video}"), Some(&sg_b))
        .await;
    assert_eq!(after["comment_count"], 1, "{after}");
    let (_, list) = app
        .get(&format!("/api/v1/videos/{sg_video}/comments"), Some(&sg_b))
        .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list["items"][0]["like_count"], 0, "{list}");
    let (_, alpha) = app.get("/api/v1/accounts/us_alpha", None).await;
    assert_eq!(
        (
            alpha["follower_count"].as_i64(),
            alpha["following_count"].as_i64()
        ),
        (Some(0), Some(0)),
        "{alpha}"
    );
    assert_eq!(alpha["like_count"], 0, "{alpha}");
    let (_, gamma) = app.get("/api/v1/accounts/us_gamma", None).await;
    assert_eq!(gamma["following_count"], 0, "{gamma}");

    // Media: the video's folder and its sound are gone.
    assert!(
        eu_media.list(&media).await.unwrap().is_empty(),
        "{media} still exists"
    );
    assert!(eu_media.head(&sound).await.unwrap().is_none());
    let (status, _) = app.get(&format!("/api/v1/videos/{own_video}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Logged out everywhere; the handle is free again.
    let (status, _) = app.get("/api/v1/me", Some(&subject)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app.get(&format!("/api/v1/accounts/{handle}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    app.signup(handle, "us").await;
}
