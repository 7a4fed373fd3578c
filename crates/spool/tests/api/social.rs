use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use sqlx::Row;

use crate::harness::{code, spawn_app, TestApp};
use crate::media_support::{duration, ffprobe, make_clip};

/// A ready public video of `token`'s account with this caption.
async fn video(app: &TestApp, token: &str, caption: &str, extra: Value) -> String {
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 320, 568, 2.0, true);
    let mut body = json!({"caption": caption});
    for (k, v) in extra.as_object().cloned().unwrap_or_default() {
        body[k] = v;
    }
    let v = app.publish(token, &clip, body).await;
    let id = v["id"].as_str().unwrap().to_owned();
    app.wait_complete(token, &id).await;
    id
}

async fn sql_rows(path: &std::path::Path, query: &str) -> Vec<sqlx::any::AnyRow> {
    let pool = crate::harness::pool_for_file(path).await;
    let rows = sqlx::query(query).fetch_all(&pool).await.unwrap();
    pool.close().await;
    rows
}

#[tokio::test]
async fn likes_are_idempotent_and_live_where_the_rule_says() {
    let app = spawn_app().await;
    let creator = app.user("eu_creator", "eu").await;
    let fan = app.user("us_fan", "us").await;
    let id = video(&app, &creator, "likeable", json!({})).await;
    for _ in 0..2 {
        let (status, counts) = app
            .post(
                &format!("/api/v1/videos/{id}/like"),
                Some(&fan),
                Value::Null,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{counts}");
        assert_eq!(counts["like_count"], 1, "liking twice counts once");
        assert_eq!(counts["liked"], true);
    }
    let (_, v) = app.get(&format!("/api/v1/videos/{id}"), Some(&fan)).await;
    assert_eq!(v["liked_by_me"], true);
    assert_eq!(v["like_count"], 1);
    // Who liked: in the liker's (us) database only. The count: in the video's (eu).
    let us = sql_rows(
        &app.region_dir("us").join("spool.db"),
        &format!("SELECT video_region FROM likes WHERE video_id = '{id}'"),
    )
    .await;
    assert_eq!(us.len(), 1);
    assert_eq!(us[0].get::<String, _>("video_region"), "eu");
    let eu_likes = sql_rows(
        &app.region_dir("eu").join("spool.db"),
        &format!("SELECT * FROM likes WHERE video_id = '{id}'"),
    )
    .await;
    assert!(eu_likes.is_empty(), "the like record must not be in eu");
    let eu = sql_rows(
        &app.region_dir("eu").join("spool.db"),
        &format!("SELECT like_count FROM videos WHERE id = '{id}'"),
    )
    .await;
    assert_eq!(eu[0].get::<i64, _>("like_count"), 1);
    for r in ["sg"] {
        let none = sql_rows(
            &app.region_dir(r).join("spool.db"),
            "SELECT COUNT(*) AS n FROM likes",
        )
        .await;
        assert_eq!(none[0].get::<i64, _>("n"), 0);
    }
    // Unlike, twice.
    for _ in 0..2 {
        let (_, counts) = app
            .call(
                Method::DELETE,
                &format!("/api/v1/videos/{id}/like"),
                Some(&fan),
                Value::Null,
            )
            .await;
        assert_eq!(counts["like_count"], 0);
    }
}

#[tokio::test]
async fn private_accounts_take_follow_requests() {
    let app = spawn_app().await;
    let owner = app.user("privy", "sg").await;
    let fan = app.user("hopeful", "us").await;
    let other = app.user("bystander", "eu").await;
    let id = video(&app, &owner, "for my followers", json!({})).await;
    let (status, _) = app
        .call(
            Method::PATCH,
            "/api/v1/me/settings",
            Some(&owner),
            json!({"is_private": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // Not yet a follower: nothing to see.
    let (status, _) = app.get(&format!("/api/v1/videos/{id}"), Some(&fan)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, list) = app.get("/api/v1/accounts/privy/videos", Some(&fan)).await;
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
    let (_, answer) = app
        .post("/api/v1/accounts/privy/follow", Some(&fan), Value::Null)
        .await;
    assert_eq!(answer["state"], "requested");
    let (_, requests) = app.get("/api/v1/me/follow-requests", Some(&owner)).await;
    assert_eq!(requests["items"][0]["handle"], "hopeful");
    let (status, _) = app.get(&format!("/api/v1/videos/{id}"), Some(&fan)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a request is not a follow");
    // Declined: gone. Asked again and accepted: the videos open up.
    let (status, _) = app
        .call(
            Method::DELETE,
            "/api/v1/me/follow-requests/hopeful",
            Some(&owner),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, requests) = app.get("/api/v1/me/follow-requests", Some(&owner)).await;
    assert!(requests["items"].as_array().unwrap().is_empty());
    app.post("/api/v1/accounts/privy/follow", Some(&fan), Value::Null)
        .await;
    let (status, _) = app
        .post(
            "/api/v1/me/follow-requests/hopeful",
            Some(&owner),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, v) = app.get(&format!("/api/v1/videos/{id}"), Some(&fan)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        v["playlist_url"].as_str().unwrap().starts_with("/media/s/"),
        "a private account's media is signed"
    );
    let unsigned = app
        .client
        .get(app.url(&format!("/media/v/sg/{id}/master.m3u8")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        unsigned.status(),
        StatusCode::NOT_FOUND,
        "no unsigned path to a private account's media"
    );
    let (status, _) = app.get(&format!("/api/v1/videos/{id}"), Some(&other)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, list) = app.get("/api/v1/accounts/privy/videos", Some(&fan)).await;
    assert_eq!(
        list["items"].as_array().unwrap().len(),
        1,
        "followers see the profile's videos"
    );
    let (_, profile) = app.get("/api/v1/accounts/privy", None).await;
    assert_eq!(profile["follower_count"], 1);
    let (_, profile) = app.get("/api/v1/accounts/hopeful", None).await;
    assert_eq!(profile["following_count"], 1);
    // Following a public account is immediate; unfollowing undoes the counts.
    let (_, answer) = app
        .post("/api/v1/accounts/bystander/follow", Some(&fan), Value::Null)
        .await;
    assert_eq!(answer["state"], "following");
    app.call(
        Method::DELETE,
        "/api/v1/accounts/bystander/follow",
        Some(&fan),
        Value::Null,
    )
    .await;
    let (_, profile) = app.get("/api/v1/accounts/bystander", None).await;
    assert_eq!(profile["follower_count"], 0);
    let (status, body) = app
        .post("/api/v1/accounts/hopeful/follow", Some(&fan), Value::Null)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
}

#[tokio::test]
async fn a_block_hides_everything_and_stops_interaction() {
    let app = spawn_app().await;
    let blocker = app.user("blocker", "eu").await;
    let pest = app.user("pest", "us").await;
    let id = video(&app, &blocker, "my stuff #mine", json!({})).await;
    app.post("/api/v1/accounts/blocker/follow", Some(&pest), Value::Null)
        .await;
    let (status, _) = app
        .post("/api/v1/accounts/pest/block", Some(&blocker), Value::Null)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, profile) = app.get("/api/v1/accounts/blocker", None).await;
    assert_eq!(profile["follower_count"], 0, "the block ended the follow");
    for (method, path, body) in [
        (
            Method::GET,
            "/api/v1/accounts/blocker".to_owned(),
            Value::Null,
        ),
        (Method::GET, format!("/api/v1/videos/{id}"), Value::Null),
        (
            Method::GET,
            "/api/v1/accounts/blocker/videos".to_owned(),
            Value::Null,
        ),
        (
            Method::POST,
            format!("/api/v1/videos/{id}/like"),
            Value::Null,
        ),
        (
            Method::POST,
            format!("/api/v1/videos/{id}/comments"),
            json!({"text": "hi"}),
        ),
        (
            Method::POST,
            "/api/v1/accounts/blocker/follow".to_owned(),
            Value::Null,
        ),
        (
            Method::GET,
            format!("/api/v1/videos/{id}/comments"),
            Value::Null,
        ),
    ] {
        let (status, answer) = app.call(method.clone(), &path, Some(&pest), body).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}: {answer}");
    }
    // The blocker's comments elsewhere are hidden from the blocked account too.
    let elsewhere_owner = app.user("third_party", "sg").await;
    let elsewhere = video(&app, &elsewhere_owner, "neutral ground", json!({})).await;
    app.post(
        &format!("/api/v1/videos/{elsewhere}/comments"),
        Some(&blocker),
        json!({"text": "from the blocker"}),
    )
    .await;
    let (_, page) = app
        .get(&format!("/api/v1/videos/{elsewhere}/comments"), Some(&pest))
        .await;
    assert!(page["items"].as_array().unwrap().is_empty(), "{page}");
    let (_, page) = app
        .get(&format!("/api/v1/videos/{elsewhere}/comments"), None)
        .await;
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    // Others still see it; unblocking restores access.
    let (status, _) = app.get(&format!("/api/v1/videos/{id}"), None).await;
    assert_eq!(status, StatusCode::OK);
    app.call(
        Method::DELETE,
        "/api/v1/accounts/pest/block",
        Some(&blocker),
        Value::Null,
    )
    .await;
    let (status, _) = app.get(&format!("/api/v1/videos/{id}"), Some(&pest)).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn comments_replies_pins_likes_and_settings() {
    let app = spawn_app().await;
    let creator = app.user("host", "us").await;
    let guest = app.user("guest", "eu").await;
    let third = app.user("third", "sg").await;
    let id = video(&app, &creator, "talk to me", json!({})).await;
    let path = format!("/api/v1/videos/{id}/comments");
    let (status, c1) = app
        .post(&path, Some(&guest), json!({"text": "first! @third"}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{c1}");
    let c1_id = c1["id"].as_str().unwrap().to_owned();
    let (status, reply) = app
        .post(
            &path,
            Some(&creator),
            json!({"text": "thanks", "parent_id": c1_id}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    // One level of replies only.
    let (status, body) = app
        .post(
            &path,
            Some(&third),
            json!({"text": "deeper", "parent_id": reply["id"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (_, c2) = app
        .post(&path, Some(&third), json!({"text": "second"}))
        .await;
    let c2_id = c2["id"].as_str().unwrap().to_owned();
    let (status, body) = app.post(&path, Some(&third), json!({"text": ""})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code(&body), "invalid_comment");

    // Comment likes are idempotent.
    for _ in 0..2 {
        let (_, l) = app
            .post(&format!("{path}/{c1_id}/like"), Some(&third), Value::Null)
            .await;
        assert_eq!(l["like_count"], 1);
    }
    // Pinning: the creator only; the pinned comment comes first.
    let (status, _) = app
        .post(&format!("{path}/{c2_id}/pin"), Some(&guest), Value::Null)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .post(&format!("{path}/{c2_id}/pin"), Some(&creator), Value::Null)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, page) = app.get(&path, None).await;
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["id"], c2_id.as_str());
    assert_eq!(items[0]["pinned"], true);
    assert_eq!(items[1]["reply_count"], 1);
    let (_, replies) = app.get(&format!("{path}?parent_id={c1_id}"), None).await;
    assert_eq!(replies["items"][0]["text"], "thanks");

    // Deleting: not someone else's; the author can, and so can the creator.
    let (status, _) = app
        .call(
            Method::DELETE,
            &format!("{path}/{c1_id}"),
            Some(&third),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .call(
            Method::DELETE,
            &format!("{path}/{c2_id}"),
            Some(&third),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app
        .call(
            Method::DELETE,
            &format!("{path}/{c1_id}"),
            Some(&creator),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, v) = app.get(&format!("/api/v1/videos/{id}"), None).await;
    assert_eq!(v["comment_count"], 0, "replies go with their comment");

    // Settings: followers only, then nobody.
    app.call(
        Method::PATCH,
        "/api/v1/me/settings",
        Some(&creator),
        json!({"who_can_comment": "followers"}),
    )
    .await;
    let (status, body) = app
        .post(&path, Some(&guest), json!({"text": "hello?"}))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(code(&body), "comments_off");
    app.post("/api/v1/accounts/host/follow", Some(&guest), Value::Null)
        .await;
    let (status, _) = app
        .post(&path, Some(&guest), json!({"text": "now I follow"}))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    app.call(
        Method::PATCH,
        "/api/v1/me/settings",
        Some(&creator),
        json!({"who_can_comment": "nobody"}),
    )
    .await;
    let (status, _) = app
        .post(&path, Some(&guest), json!({"text": "and now?"}))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A video with comments off.
    let quiet = video(
        &app,
        &creator,
        "no comments",
        json!({"allow_comments": false}),
    )
    .await;
    app.call(
        Method::PATCH,
        "/api/v1/me/settings",
        Some(&creator),
        json!({"who_can_comment": "everyone"}),
    )
    .await;
    let (status, body) = app
        .post(
            &format!("/api/v1/videos/{quiet}/comments"),
            Some(&third),
            json!({"text": "hm"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(code(&body), "comments_off");
    let (status, body) = app
        .call(
            Method::PATCH,
            "/api/v1/me/settings",
            Some(&creator),
            json!({"who_can_comment": "some"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
}

#[tokio::test]
async fn teens_only_get_comments_from_accounts_they_follow() {
    let app = spawn_app().await;
    let birth = (chrono::Utc::now().date_naive() - chrono::Duration::days(15 * 366))
        .format("%Y-%m-%d")
        .to_string();
    let (status, _) = app
        .post("/api/v1/accounts", None, json!({"handle": "teen", "password": "correct horse", "region": "eu", "birth_date": birth}))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let teen = app.login("teen").await;
    let adult = app.user("adult", "eu").await;
    let (_, settings) = app.get("/api/v1/me/settings", Some(&teen)).await;
    assert_eq!(settings["is_teen"], true);
    assert_eq!(settings["is_private"], true);
    let (status, _) = app
        .call(
            Method::PATCH,
            "/api/v1/me/settings",
            Some(&teen),
            json!({"who_can_duet": "everyone"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let id = video(&app, &teen, "my first video", json!({})).await;
    // The adult follows (request accepted) and can see it, but may not comment...
    app.post("/api/v1/accounts/teen/follow", Some(&adult), Value::Null)
        .await;
    app.post("/api/v1/me/follow-requests/adult", Some(&teen), Value::Null)
        .await;
    let path = format!("/api/v1/videos/{id}/comments");
    let (status, body) = app.post(&path, Some(&adult), json!({"text": "nice"})).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    // ...until the teen follows them too.
    app.post("/api/v1/accounts/adult/follow", Some(&teen), Value::Null)
        .await;
    let (status, _) = app.post(&path, Some(&adult), json!({"text": "nice"})).await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn notifications_are_grouped_with_unread_counts() {
    let app = spawn_app().await;
    let star = app.user("star", "us").await;
    let id = video(&app, &star, "hello", json!({})).await;
    for fan in ["fan_a", "fan_b", "fan_c"] {
        let t = app.user(fan, "eu").await;
        app.post(&format!("/api/v1/videos/{id}/like"), Some(&t), Value::Null)
            .await;
        app.post("/api/v1/accounts/star/follow", Some(&t), Value::Null)
            .await;
    }
    let t = app.login("fan_a").await;
    app.post(
        &format!("/api/v1/videos/{id}/comments"),
        Some(&t),
        json!({"text": "wow @star"}),
    )
    .await;
    let (_, n) = app.get("/api/v1/notifications", Some(&star)).await;
    assert_eq!(n["unread"], 8, "{n}");
    let groups = n["groups"].as_array().unwrap();
    let likes = groups.iter().find(|g| g["kind"] == "like").unwrap();
    assert_eq!(likes["count"], 3);
    assert_eq!(likes["text"], "3 people liked your video");
    assert_eq!(likes["actors"].as_array().unwrap().len(), 3);
    let follows = groups.iter().find(|g| g["kind"] == "follow").unwrap();
    assert_eq!(follows["text"], "3 new followers");
    assert!(groups.iter().any(|g| g["kind"] == "comment"));
    assert!(groups.iter().any(|g| g["kind"] == "mention"));
    let (status, _) = app
        .post("/api/v1/notifications/read", Some(&star), Value::Null)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, n) = app.get("/api/v1/notifications", Some(&star)).await;
    assert_eq!(n["unread"], 0);
    // Mentions in captions notify too.
    let (_, _) = app.get("/api/v1/notifications", Some(&t)).await;
    video(&app, &star, "shout-out to @fan_b", json!({})).await;
    let b = app.login("fan_b").await;
    let (_, n) = app.get("/api/v1/notifications", Some(&b)).await;
    assert!(
        n["groups"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["kind"] == "mention" && g["actors"][0] == "star"),
        "{n}"
    );
}

#[tokio::test]
async fn hashtag_and_sound_pages_and_shares() {
    let app = spawn_app().await;
    let a = app.user("chef_a", "us").await;
    let b = app.user("chef_b", "sg").await;
    let first = video(&app, &a, "Pancakes #Cooking #breakfast", json!({})).await;
    let (_, v) = app.get(&format!("/api/v1/videos/{first}"), None).await;
    let sound = v["sound"]["id"].as_str().unwrap().to_owned();
    let second = video(&app, &b, "Omelette #cooking", json!({"sound_id": sound})).await;
    app.post(
        &format!("/api/v1/videos/{first}/like"),
        Some(&b),
        Value::Null,
    )
    .await;
    let (_, page) = app.get("/api/v1/hashtags/%23COOKING", None).await;
    assert_eq!(page["tag"], "cooking");
    assert_eq!(page["video_count"], 2);
    let ids: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        vec![second.as_str(), first.as_str()],
        "newest first, across regions"
    );
    let (_, s) = app.get(&format!("/api/v1/sounds/{sound}"), None).await;
    assert_eq!(s["title"], "original sound - @chef_a");
    let ids: Vec<&str> = s["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![second.as_str(), first.as_str()]);
    let (_, s) = app
        .get(&format!("/api/v1/sounds/{sound}?sort=popular"), None)
        .await;
    assert_eq!(s["items"][0]["id"], first.as_str(), "most liked first");
    let (status, share) = app
        .post(&format!("/api/v1/videos/{first}/share"), None, Value::Null)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(share["url"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/v/{first}")));
    assert_eq!(share["share_count"], 1);
    // Liked videos are private by default.
    let (status, _) = app.get("/api/v1/accounts/chef_b/liked", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, own) = app.get("/api/v1/accounts/chef_b/liked", Some(&b)).await;
    assert_eq!(own["items"][0]["id"], first.as_str());
    app.call(
        Method::PATCH,
        "/api/v1/me/settings",
        Some(&b),
        json!({"liked_videos_public": true}),
    )
    .await;
    let (status, _) = app.get("/api/v1/accounts/chef_b/liked", None).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn duets_and_stitches_honor_the_original_creators_settings() {
    let app = spawn_app().await;
    let original_owner = app.user("origin", "eu").await;
    let remixer = app.user("remixer", "us").await;
    let open = video(&app, &original_owner, "duet me", json!({})).await;
    let closed = video(
        &app,
        &original_owner,
        "not this one",
        json!({"allow_duet": false, "allow_stitch": false}),
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "mine.mp4", 320, 568, 2.0, false);
    for field in ["duet_of", "stitch_of"] {
        let upload = app.tus_upload(&remixer, &clip).await;
        let (status, body) = app
            .post(
                "/api/v1/videos",
                Some(&remixer),
                json!({"upload_id": upload, field: closed}),
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{field}: {body}");
        assert_eq!(code(&body), "remix_off");
    }
    let duet = app.publish(&remixer, &clip, json!({"duet_of": open})).await;
    assert_eq!(duet["remix"]["kind"], "duet");
    assert_eq!(duet["remix"]["of"], open.as_str());
    let duet = app
        .wait_complete(&remixer, duet["id"].as_str().unwrap())
        .await;
    let probe = ffprobe(&app.url(duet["playlist_url"].as_str().unwrap()));
    assert!(
        (duration(&probe) - 2.0).abs() < 0.6,
        "a duet lasts as long as the new clip"
    );
    assert!(
        duet["width"].as_i64().unwrap() > duet["height"].as_i64().unwrap() / 2,
        "side by side"
    );
    let stitch = app
        .publish(&remixer, &clip, json!({"stitch_of": open}))
        .await;
    let stitch = app
        .wait_complete(&remixer, stitch["id"].as_str().unwrap())
        .await;
    let probe = ffprobe(&app.url(stitch["playlist_url"].as_str().unwrap()));
    assert!(
        (duration(&probe) - 4.0).abs() < 0.6,
        "2 s of the original, then 2 s: {}",
        duration(&probe)
    );
    // The original creator hears about it; settings can close remixes per account too.
    let (_, n) = app
        .get("/api/v1/notifications", Some(&original_owner))
        .await;
    let kinds: Vec<&str> = n["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"duet") && kinds.contains(&"stitch"),
        "{kinds:?}"
    );
    app.call(
        Method::PATCH,
        "/api/v1/me/settings",
        Some(&original_owner),
        json!({"who_can_duet": "nobody"}),
    )
    .await;
    let upload = app.tus_upload(&remixer, &clip).await;
    let (status, _) = app
        .post(
            "/api/v1/videos",
            Some(&remixer),
            json!({"upload_id": upload, "duet_of": open}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// Polls a search until `found` holds (at most 1 s after the content became visible).
async fn search_until(app: &TestApp, query: &str, found: impl Fn(&Value) -> bool) -> Value {
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(1000);
    loop {
        let (status, r) = app.get(query, None).await;
        assert_eq!(status, StatusCode::OK, "{r}");
        if found(&r) || std::time::Instant::now() > deadline {
            return r;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

fn has_video(r: &Value, id: &str) -> bool {
    r["videos"]
        .as_array()
        .unwrap()
        .iter()
        .any(|v| v["id"] == id)
}

#[tokio::test]
async fn search_in_english_german_and_japanese_by_hashtag_and_handle_prefix() {
    let app = spawn_app().await;
    let t = app.user("ana_maria", "eu").await;
    let en = video(
        &app,
        &t,
        "Fluffy pancakes for breakfast #cooking",
        json!({}),
    )
    .await;
    let r = search_until(&app, "/api/v1/search?q=pancakes", |r| has_video(r, &en)).await;
    assert!(
        has_video(&r, &en),
        "searchable within a second of being ready: {r}"
    );
    let de = video(&app, &t, "Käsespätzle wie bei Oma #kochen", json!({})).await;
    let ja = video(
        &app,
        &t,
        "東京で美味しいラーメンを食べた #ラーメン",
        json!({}),
    )
    .await;
    let private = video(
        &app,
        &t,
        "secret pancakes",
        json!({"visibility": "private"}),
    )
    .await;
    for (q, id) in [
        ("Käsespätzle", &de),
        ("oma", &de),
        ("ラーメン", &ja),
        ("東京", &ja),
        ("%23cooking", &en),
        ("cooking", &en),
    ] {
        let r = search_until(&app, &format!("/api/v1/search?q={q}"), |r| has_video(r, id)).await;
        assert!(has_video(&r, id), "{q}: {r}");
    }
    let (_, r) = app.get("/api/v1/search?q=secret", None).await;
    assert!(!has_video(&r, &private), "private videos are never found");
    let (_, r) = app.get("/api/v1/search?q=an&type=accounts", None).await;
    assert_eq!(r["accounts"][0]["handle"], "ana_maria", "{r}");
    let (_, r) = app.get("/api/v1/search?q=cook&type=hashtags", None).await;
    assert!(
        r["hashtags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["tag"] == "cooking"),
        "{r}"
    );
    let (_, s) = app.get("/api/v1/search/suggest?q=ana", None).await;
    assert!(
        s["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["text"] == "@ana_maria"),
        "{s}"
    );
    // Hostile queries are just words.
    for q in ["%22%22%22", "a%3Ab%20OR%20(", "%F0%9F%98%80", "*"] {
        let (status, _) = app.get(&format!("/api/v1/search?q={q}"), None).await;
        assert_eq!(status, StatusCode::OK, "{q}");
    }
    let (status, _) = app.get("/api/v1/search?q=x&type=planets", None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // Blocked: the blocked viewer does not find the blocker's videos.
    let pest = app.user("pesky", "us").await;
    app.post("/api/v1/accounts/pesky/block", Some(&t), Value::Null)
        .await;
    let (_, r) = app.get("/api/v1/search?q=pancakes", Some(&pest)).await;
    assert!(!has_video(&r, &en), "{r}");
    // Going private removes the videos from search.
    app.call(
        Method::PATCH,
        "/api/v1/me/settings",
        Some(&t),
        json!({"is_private": true}),
    )
    .await;
    let (_, r) = app.get("/api/v1/search?q=pancakes", None).await;
    assert!(!has_video(&r, &en));
}

#[tokio::test]
async fn deleting_a_video_removes_it_everywhere() {
    let app = spawn_app().await;
    let owner = app.user("deleter", "sg").await;
    let other = app.user("onlooker", "us").await;
    let id = video(
        &app,
        &owner,
        "Ephemeral sunrise #gone with @onlooker",
        json!({}),
    )
    .await;
    let (_, v) = app.get(&format!("/api/v1/videos/{id}"), None).await;
    assert_eq!(v["hashtags"], json!(["gone"]));
    assert_eq!(v["mentions"], json!(["onlooker"]));
    let r = search_until(&app, "/api/v1/search?q=ephemeral", |r| has_video(r, &id)).await;
    assert!(has_video(&r, &id));
    app.post(
        &format!("/api/v1/videos/{id}/comments"),
        Some(&other),
        json!({"text": "nice"}),
    )
    .await;
    let (status, _) = app
        .call(
            Method::DELETE,
            &format!("/api/v1/videos/{id}"),
            Some(&other),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .call(
            Method::DELETE,
            &format!("/api/v1/videos/{id}"),
            Some(&owner),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get(&format!("/api/v1/videos/{id}"), Some(&owner)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, r) = app.get("/api/v1/search?q=ephemeral", None).await;
    assert!(!has_video(&r, &id), "a removed video never shows up");
    let (_, page) = app.get("/api/v1/hashtags/gone", None).await;
    assert_eq!(page["video_count"], 0);
    assert!(app
        .media("sg")
        .list(&crate::harness::blob_key(&format!("videos/{id}")))
        .await
        .unwrap()
        .is_empty());
    let comments = sql_rows(
        &app.region_dir("sg").join("spool.db"),
        "SELECT COUNT(*) AS n FROM comments",
    )
    .await;
    assert_eq!(comments[0].get::<i64, _>("n"), 0);
}
