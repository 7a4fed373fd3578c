//! The distribution rule seen from outside: teens, private accounts, remixes, blocks on
//! sounds and comment likes, deletion during a transcode, and seeding into a running
//! server.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{code, spawn_app, spool_bin, TestApp};
use crate::media_support::make_clip;

fn teen_birth_date() -> String {
    (chrono::Utc::now().date_naive() - chrono::Duration::days(15 * 366))
        .format("%Y-%m-%d")
        .to_string()
}

async fn teen(app: &TestApp, handle: &str, region: &str) -> String {
    let (status, body) = app
        .post(
            "/api/v1/accounts",
            None,
            json!({"handle": handle, "password": "correct horse", "region": region,
                   "birth_date": teen_birth_date()}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    app.login(handle).await
}

/// A ready video of `token`'s account; waits for the whole ladder.
async fn ready_video(app: &TestApp, token: &str, clip: &std::path::Path, extra: Value) -> Value {
    let v = app.publish(token, clip, extra).await;
    let id = v["id"].as_str().unwrap().to_owned();
    app.wait_complete(token, &id).await
}

async fn patch_settings(app: &TestApp, token: &str, body: Value) -> (StatusCode, Value) {
    app.call(Method::PATCH, "/api/v1/me/settings", Some(token), body)
        .await
}

async fn publish_status(
    app: &TestApp,
    token: &str,
    clip: &std::path::Path,
    extra: Value,
) -> (StatusCode, Value) {
    let upload = app.tus_upload(token, clip).await;
    let mut body = json!({"upload_id": upload, "caption": "remix"});
    for (k, v) in extra.as_object().cloned().unwrap_or_default() {
        body[k] = v;
    }
    app.post("/api/v1/videos", Some(token), body).await
}

#[tokio::test]
async fn teen_accounts_start_limited_and_stay_protected_when_public() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 320, 568, 2.0, true);
    let kid = teen(&app, "young_one", "eu").await;
    let (_, s) = app.get("/api/v1/me/settings", Some(&kid)).await;
    assert_eq!(s["is_teen"], true);
    assert_eq!(s["is_private"], true);
    for field in ["who_can_comment", "who_can_duet", "who_can_stitch"] {
        assert_eq!(
            s[field], "followers",
            "a teen starts with {field} limited: {s}"
        );
    }
    // Going public is allowed; opening any of them to everyone is not.
    let (status, body) = patch_settings(&app, &kid, json!({"is_private": false})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for field in ["who_can_comment", "who_can_duet", "who_can_stitch"] {
        let (status, body) = patch_settings(&app, &kid, json!({ field: "everyone" })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {body}");
    }
    let video = ready_video(&app, &kid, &clip, json!({})).await;
    let id = video["id"].as_str().unwrap();
    // A stranger (even one who follows the teen) may watch, but not duet or stitch.
    let stranger = app.user("stranger", "us").await;
    let (status, _) = app
        .get(&format!("/api/v1/videos/{id}"), Some(&stranger))
        .await;
    assert_eq!(status, StatusCode::OK);
    app.post(
        "/api/v1/accounts/young_one/follow",
        Some(&stranger),
        Value::Null,
    )
    .await;
    for field in ["duet_of", "stitch_of"] {
        let (status, body) = publish_status(&app, &stranger, &clip, json!({ field: id })).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{field}: {body}");
        assert_eq!(code(&body), "remix_off");
    }
    // Someone the teen follows back may.
    app.post("/api/v1/accounts/stranger/follow", Some(&kid), Value::Null)
        .await;
    let (status, body) = publish_status(&app, &stranger, &clip, json!({"duet_of": id})).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
}

#[tokio::test]
async fn a_private_accounts_followers_cannot_remix_it_into_public() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 320, 568, 2.0, true);
    let owner = app.user("private_owner", "eu").await;
    patch_settings(
        &app,
        &owner,
        json!({"who_can_duet": "everyone", "who_can_stitch": "everyone"}),
    )
    .await;
    let video = ready_video(&app, &owner, &clip, json!({})).await;
    let id = video["id"].as_str().unwrap().to_owned();
    let (status, _) = patch_settings(&app, &owner, json!({"is_private": true})).await;
    assert_eq!(status, StatusCode::OK);
    let fan = app.user("follower_fan", "us").await;
    app.post(
        "/api/v1/accounts/private_owner/follow",
        Some(&fan),
        Value::Null,
    )
    .await;
    app.post(
        "/api/v1/me/follow-requests/follower_fan",
        Some(&owner),
        Value::Null,
    )
    .await;
    // The follower sees the video (signed media) ...
    let (status, seen) = app.get(&format!("/api/v1/videos/{id}"), Some(&fan)).await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert!(seen["playlist_url"]
        .as_str()
        .unwrap()
        .starts_with("/media/s/"));
    // ... but may not put it into a video of their own, nor reuse its sound.
    for field in ["duet_of", "stitch_of"] {
        let (status, body) = publish_status(&app, &fan, &clip, json!({ field: id })).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{field}: {body}");
    }
    let sound = video["sound"]["id"].as_str().unwrap();
    let (status, body) = publish_status(&app, &fan, &clip, json!({"sound_id": sound})).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    // And the unsigned media and sound routes know nothing of it.
    let (status, _) = app
        .raw(
            Method::GET,
            &format!("/media/v/eu/{id}/master.m3u8"),
            "text/plain",
            vec![],
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .raw(
            Method::GET,
            &format!("/media/sounds/eu/{sound}.m4a"),
            "text/plain",
            vec![],
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Mean volume (dB) of the first `secs` of a stream, by ffmpeg's volumedetect.
fn mean_volume(url: &str, secs: f64) -> f64 {
    let out = std::process::Command::new("ffmpeg")
        .args([
            "-hide_banner",
            "-nostdin",
            "-t",
            &format!("{secs}"),
            "-i",
            url,
        ])
        .args(["-vn", "-af", "volumedetect", "-f", "null", "-"])
        .output()
        .expect("ffmpeg");
    let text = String::from_utf8_lossy(&out.stderr);
    let line = text
        .lines()
        .find(|l| l.contains("mean_volume:"))
        .unwrap_or_else(|| panic!("no volume in: {text}"));
    line.split("mean_volume:")
        .nth(1)
        .unwrap()
        .trim()
        .trim_end_matches(" dB")
        .trim()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn a_stitch_carries_the_originals_published_sound_not_its_raw_audio() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let loud = make_clip(dir.path(), "loud.mp4", 320, 568, 3.0, true);
    let silent = make_clip(dir.path(), "silent.mp4", 320, 568, 3.0, false);
    let a = app.user("sound_maker", "eu").await;
    let b = app.user("sound_user", "us").await;
    let c = app.user("stitcher", "sg").await;
    let with_sound = ready_video(&app, &a, &loud, json!({})).await;
    let sound = with_sound["sound"]["id"].as_str().unwrap();
    // B's upload has no audio; its published video carries A's sound.
    let original = ready_video(&app, &b, &silent, json!({"sound_id": sound})).await;
    let id = original["id"].as_str().unwrap();
    let published = mean_volume(&app.url(original["playlist_url"].as_str().unwrap()), 2.0);
    assert!(
        published > -40.0,
        "the published original has the sound: {published} dB"
    );
    // C stitches it with a silent clip: the first seconds come from the original as
    // published, so they are not silent.
    let stitch = ready_video(&app, &c, &silent, json!({"stitch_of": id})).await;
    let head = mean_volume(&app.url(stitch["playlist_url"].as_str().unwrap()), 2.0);
    assert!(
        head > -40.0,
        "the stitch uses the original's sound, not its silent upload: {head} dB"
    );
}

#[tokio::test]
async fn blocks_cover_sound_pages_sound_reuse_and_comment_likes_across_regions() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 320, 568, 2.0, true);
    let blocker = app.user("blocker", "eu").await;
    let blocked = app.user("blocked_one", "sg").await;
    let host = app.user("host", "us").await;
    let own = ready_video(&app, &blocker, &clip, json!({})).await;
    let sound = own["sound"]["id"].as_str().unwrap().to_owned();
    let hosted = ready_video(&app, &host, &clip, json!({})).await;
    let hosted_id = hosted["id"].as_str().unwrap().to_owned();
    let (status, comment) = app
        .post(
            &format!("/api/v1/videos/{hosted_id}/comments"),
            Some(&blocker),
            json!({"text": "first"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{comment}");
    let comment_id = comment["id"].as_str().unwrap().to_owned();
    let (status, _) = app
        .post(
            "/api/v1/accounts/blocked_one/block",
            Some(&blocker),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app
        .get(&format!("/api/v1/sounds/{sound}"), Some(&blocked))
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a blocked account sees no sound page of the blocker"
    );
    let (status, _) = app
        .get(&format!("/api/v1/sounds/{sound}"), Some(&host))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = publish_status(&app, &blocked, &clip, json!({"sound_id": sound})).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let (status, body) = app
        .post(
            &format!("/api/v1/videos/{hosted_id}/comments/{comment_id}/like"),
            Some(&blocked),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let (_, page) = app
        .get(
            &format!("/api/v1/videos/{hosted_id}/comments"),
            Some(&blocked),
        )
        .await;
    assert_eq!(page["items"].as_array().unwrap().len(), 0, "{page}");
}

async fn count(path: &std::path::Path, query: &str) -> i64 {
    use sqlx::Row;
    let pool = crate::harness::pool_for_file(path).await;
    let row = sqlx::query(query).fetch_one(&pool).await.unwrap();
    pool.close().await;
    row.get::<i64, _>("n")
}

#[tokio::test]
async fn deleting_a_video_while_it_transcodes_leaves_nothing_behind() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    // Large enough that the ladder takes a while after the first rendition.
    let clip = make_clip(dir.path(), "big.mp4", 1080, 1920, 8.0, true);
    let token = app.user("quick_deleter", "eu").await;
    for wait_for_ready in [false, true] {
        let v = app.publish(&token, &clip, json!({})).await;
        let id = v["id"].as_str().unwrap().to_owned();
        if wait_for_ready {
            app.wait_video(&token, &id, 120, |v| v["state"] == "ready")
                .await;
        }
        let (status, _) = app
            .call(
                Method::DELETE,
                &format!("/api/v1/videos/{id}"),
                Some(&token),
                Value::Null,
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        // Wait until no job for it is left running, then look for traces.
        let db = app.region_dir("eu").join("spool.db");
        let deadline = std::time::Instant::now() + Duration::from_secs(120);
        loop {
            let running = count(
                &db,
                &format!(
                    "SELECT COUNT(*) AS n FROM jobs WHERE subject = '{id}' AND state = 'running'"
                ),
            )
            .await;
            if running == 0 {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "the job never ended");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        // Give a cut-off ffmpeg a moment to have written whatever it would.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let media = app.media("eu");
        let left = media
            .list(&crate::harness::blob_key(&format!("videos/{id}")))
            .await
            .unwrap();
        assert!(left.is_empty(), "files left behind: {left:?}");
        assert!(
            media
                .head(&crate::harness::blob_key(&format!("sounds/{id}.m4a")))
                .await
                .unwrap()
                .is_none(),
            "sound file left"
        );
        let objects = count(
            &app.data.path().join("directory.db"),
            &format!("SELECT COUNT(*) AS n FROM objects WHERE id = '{id}'"),
        )
        .await;
        assert_eq!(objects, 0, "directory rows left for {id}");
        let sounds = count(
            &db,
            &format!("SELECT COUNT(*) AS n FROM sounds WHERE id = '{id}'"),
        )
        .await;
        assert_eq!(sounds, 0);
    }
}

#[tokio::test]
async fn seeding_while_the_server_runs_reaches_its_search_and_feed() {
    let app = spawn_app().await;
    let status = tokio::process::Command::new(spool_bin())
        .arg("seed")
        .arg("--data")
        .arg(app.data.path())
        .envs(app.bus_vars())
        .args(["--videos", "1"])
        .env("RUST_LOG", "warn")
        .status()
        .await
        .expect("spool seed");
    assert!(status.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let (_, found) = app
            .get("/api/v1/search?q=demo_ana&type=accounts", None)
            .await;
        let (_, feed) = app.get("/api/v1/feed/for-you?region=us", None).await;
        let accounts = found["accounts"].as_array().map_or(0, Vec::len);
        let items = feed["items"].as_array().map_or(0, Vec::len);
        if accounts > 0 && items > 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the running server never picked up the seeded content: {found} {feed}"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}
