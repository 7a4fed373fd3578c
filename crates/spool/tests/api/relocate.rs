//! Moving an account's home region: everything moves, nothing stays behind.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::harness::{blob_key, code, spawn_app};
use crate::media_support::make_clip;
use crate::residency::{cell_bytes, contains};

#[tokio::test]
async fn an_account_moves_home_with_all_its_data_and_leaves_nothing_behind() {
    let app = spawn_app().await;
    let mover = app.user("wanderer", "eu").await;
    let friend_us = app.user("friend_us", "us").await;
    let fan_sg = app.user("fan_sg", "sg").await;
    // Content and activity: a video, a like and a comment on another region's video, a
    // follow each way, a watch event.
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 180, 320, 1.2, true);
    let mine = app
        .publish(&mover, &clip, json!({"caption": "moving day #boxes"}))
        .await;
    let mine = mine["id"].as_str().unwrap().to_owned();
    app.wait_complete(&mover, &mine).await;
    let theirs = app
        .publish(&friend_us, &clip, json!({"caption": "us clip"}))
        .await;
    let theirs = theirs["id"].as_str().unwrap().to_owned();
    app.wait_complete(&friend_us, &theirs).await;
    assert_eq!(
        app.post(
            &format!("/api/v1/videos/{theirs}/like"),
            Some(&mover),
            Value::Null
        )
        .await
        .0,
        StatusCode::OK
    );
    assert_eq!(
        app.post(
            &format!("/api/v1/videos/{mine}/like"),
            Some(&fan_sg),
            Value::Null
        )
        .await
        .0,
        StatusCode::OK
    );
    let (s, _) = app
        .post(
            &format!("/api/v1/videos/{mine}/comments"),
            Some(&fan_sg),
            json!({"text": "nice boxes"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    assert_eq!(
        app.post(
            "/api/v1/accounts/friend_us/follow",
            Some(&mover),
            Value::Null
        )
        .await
        .0,
        StatusCode::OK
    );
    assert_eq!(
        app.post(
            "/api/v1/accounts/wanderer/follow",
            Some(&fan_sg),
            Value::Null
        )
        .await
        .0,
        StatusCode::OK
    );
    let (s, _) = app
        .post(
            "/api/v1/events",
            Some(&mover),
            json!({"events": [{"video_id": theirs, "kind": "view", "watched_ms": 1000}]}),
        )
        .await;
    assert_eq!(s, StatusCode::ACCEPTED);

    // Refusals change nothing.
    let (s, body) = app
        .post(
            "/api/v1/me/move",
            Some(&mover),
            json!({"region": "us", "password": "wrong password"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{body}");
    let (s, body) = app
        .post(
            "/api/v1/me/move",
            Some(&mover),
            json!({"region": "mars", "password": "correct horse"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(code(&body), "unknown_region");
    let (s, _) = app
        .post(
            "/api/v1/me/move",
            Some(&mover),
            json!({"region": "eu", "password": "correct horse"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);

    let (s, body) = app
        .post(
            "/api/v1/me/move",
            Some(&mover),
            json!({"region": "us", "password": "correct horse"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(body["region"], "us");
    // Sessions end; a new log-in works and finds everything.
    let (s, _) = app.get("/api/v1/me", Some(&mover)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let mover = app.login("wanderer").await;
    let (s, me) = app.get("/api/v1/me", Some(&mover)).await;
    assert_eq!(s, StatusCode::OK, "{me}");
    assert_eq!(me["region"], "us");
    assert_eq!(
        me["email"], "wanderer@example.org",
        "the e-mail decrypts under the new region's key"
    );
    let (_, v) = app
        .get(&format!("/api/v1/videos/{mine}"), Some(&fan_sg))
        .await;
    assert_eq!(v["state"], "ready", "{v}");
    assert_eq!(v["like_count"], 1);
    assert_eq!(v["comment_count"], 1);
    let playlist = v["playlist_url"].as_str().unwrap();
    assert!(playlist.contains("/us/"), "{playlist}");
    let master = app.client.get(app.url(playlist)).send().await.unwrap();
    assert_eq!(
        master.status(),
        StatusCode::OK,
        "the video plays from its new region"
    );
    let (_, comments) = app
        .get(&format!("/api/v1/videos/{mine}/comments"), Some(&mover))
        .await;
    assert_eq!(comments["items"][0]["text"], "nice boxes", "{comments}");
    let (_, following) = app
        .get("/api/v1/accounts/wanderer/following", Some(&mover))
        .await;
    assert!(following.to_string().contains("friend_us"), "{following}");
    let (_, followers) = app
        .get("/api/v1/accounts/wanderer/followers", Some(&mover))
        .await;
    assert!(followers.to_string().contains("fan_sg"), "{followers}");
    let (_, liked) = app
        .get(&format!("/api/v1/videos/{theirs}"), Some(&mover))
        .await;
    assert_eq!(liked["liked_by_me"], true, "{liked}");
    // Unfollowing works across the new placement.
    let (s, _) = app
        .call(
            reqwest::Method::DELETE,
            "/api/v1/accounts/friend_us/follow",
            Some(&mover),
            Value::Null,
        )
        .await;
    assert!(s.is_success(), "{s}");

    // Nothing of the account stays in eu: database files and media.
    let (_, profile) = app.get("/api/v1/accounts/wanderer", None).await;
    assert_eq!(
        profile["video_count"], 1,
        "public, ready videos are counted: {profile}"
    );
    let id = profile["id"].as_str().unwrap_or_default().to_owned();
    let eu = cell_bytes(&app, "eu").await;
    for needle in ["wanderer", "wanderer@example.org", &mine] {
        assert!(!contains(&eu, needle), "{needle} left behind in eu");
    }
    if !id.is_empty() {
        assert!(!contains(&eu, &id), "the account id left behind in eu");
    }
    let video_blobs = |region: &str| {
        let store = app.media(region);
        let prefix = blob_key(&format!("videos/{mine}"));
        async move { store.list(&prefix).await.unwrap().len() }
    };
    assert_eq!(video_blobs("eu").await, 0, "media left in the old region");
    assert!(video_blobs("us").await > 0, "media not in the new region");
}
