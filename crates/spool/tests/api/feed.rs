//! The For-You feed through the public API: events, personalization, "not interested",
//! test audiences, reasons, the non-personalized mode, persistence across a crash.

use std::collections::HashSet;

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::harness::{code, spawn_app_with, TestApp};
use crate::media_support::make_clip;

const TOPICS: [&str; 2] = ["cooking", "cars"];

/// Publishes `per_topic` videos of each topic for every creator and waits until all
/// are ready. Returns (video id, topic) pairs.
async fn catalog(
    app: &TestApp,
    creators: &[String],
    per_topic: usize,
) -> Vec<(String, &'static str)> {
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 180, 320, 1.2, false);
    // A fixed shuffle of (creator, topic, k), so that the newest-first order a viewer
    // without history sees mixes the topics.
    let mut plan = Vec::new();
    for (n, token) in creators.iter().enumerate() {
        for topic in TOPICS {
            for k in 0..per_topic {
                plan.push((n, token.clone(), topic, k));
            }
        }
    }
    let len = plan.len();
    let mut order: Vec<usize> = (0..len).map(|i| (i * 7 + 3) % len).collect();
    order.dedup();
    assert_eq!(
        order.iter().collect::<HashSet<_>>().len(),
        len,
        "7 must be coprime with {len}"
    );
    let mut out = Vec::new();
    for i in order {
        let (n, token, topic, k) = &plan[i];
        let caption = format!("clip {n}-{k} about #{topic}");
        let v = app.publish(token, &clip, json!({"caption": caption})).await;
        out.push((token.clone(), v["id"].as_str().unwrap().to_owned(), *topic));
    }
    for (token, id, _) in &out {
        app.wait_video(token, id, 240, |v| v["state"] == "ready")
            .await;
    }
    out.into_iter().map(|(_, id, t)| (id, t)).collect()
}

async fn page(app: &TestApp, token: Option<&str>, query: &str) -> Value {
    let (status, page) = app
        .get(&format!("/api/v1/feed/for-you?{query}"), token)
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    for item in page["items"].as_array().unwrap() {
        let reasons = item["reasons"].as_array().unwrap();
        assert!(!reasons.is_empty(), "an item without reasons: {item}");
        for r in reasons {
            assert!(
                r["code"].as_str().is_some_and(|c| !c.is_empty())
                    && r["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{r}"
            );
        }
    }
    page
}

fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["video"]["id"].as_str().unwrap().to_owned())
        .collect()
}

fn share(page: &Value, topic: &str) -> f64 {
    let items = page["items"].as_array().unwrap();
    let hits = items
        .iter()
        .filter(|i| {
            i["video"]["caption"]
                .as_str()
                .unwrap()
                .contains(&format!("#{topic}"))
        })
        .count();
    hits as f64 / items.len().max(1) as f64
}

fn no_creator_twice_within_five(page: &Value) {
    let creators: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["video"]["creator"]["handle"].as_str().unwrap())
        .collect();
    for w in creators.windows(5) {
        let set: HashSet<&&str> = w.iter().collect();
        assert_eq!(
            set.len(),
            w.len(),
            "a creator twice within five items: {creators:?}"
        );
    }
}

async fn events(app: &TestApp, token: &str, events: Value) -> (StatusCode, Value) {
    app.post("/api/v1/events", Some(token), json!({"events": events}))
        .await
}

#[tokio::test]
async fn the_feed_learns_explains_and_forgets() {
    let mut app = spawn_app_with(&[
        ("SPOOL_MEDIA__WORKERS", "2"),
        ("SPOOL_FEED__MAX_EVENTS_PER_MINUTE", "150"),
        ("SPOOL_FEED__ANN_REBUILD_SECS", "1"),
    ])
    .await;
    let mut creators = Vec::new();
    for n in 0..6 {
        creators.push(
            app.user(&format!("maker{n}"), ["eu", "us", "sg"][n % 3])
                .await,
        );
    }
    let videos = catalog(&app, &creators, 3).await;
    assert_eq!(videos.len(), 36);

    // --- a viewer who finishes cooking clips and skips the rest -----------------------
    let viewer = app.user("hungry", "eu").await;
    let first = page(&app, Some(&viewer), "limit=10").await;
    assert_eq!(first["mode"], "personalized");
    no_creator_twice_within_five(&first);
    // The viewer likes whichever topic the first page shows less of.
    let liked = if share(&first, "cooking") <= 0.5 {
        "cooking"
    } else {
        "cars"
    };
    let before = share(&first, liked);
    // Ten events: one per item of the first page.
    for item in first["items"].as_array().unwrap().iter().take(10) {
        let id = item["video"]["id"].as_str().unwrap();
        let wanted = item["video"]["caption"]
            .as_str()
            .unwrap()
            .contains(&format!("#{liked}"));
        let e = if wanted {
            json!([{"video_id": id, "kind": "view", "watched_ms": 1200, "video_ms": 1200}])
        } else {
            json!([{"video_id": id, "kind": "skip", "watched_ms": 300}])
        };
        let (status, answer) = events(&app, &viewer, e).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{answer}");
        assert_eq!(answer["accepted"], 1, "{answer}");
    }
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await; // one ANN rebuild
    let next = page(&app, Some(&viewer), "limit=8").await;
    let after = share(&next, liked);
    assert!(
        after >= 0.75 && after >= before + 0.25,
        "{liked} share {before:.2} -> {after:.2}: {next}"
    );
    // Nothing already seen comes back.
    let seen: HashSet<String> = ids(&first).into_iter().collect();
    assert!(
        ids(&next).iter().all(|i| !seen.contains(i)),
        "a seen video came back"
    );
    let codes: HashSet<String> = next["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| {
            i["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["code"].as_str().unwrap().to_owned())
        })
        .collect();
    assert!(
        codes.contains("topic")
            || codes.contains("taste_match")
            || codes.contains("similar_to_liked"),
        "{codes:?}"
    );
    let topic_reason = next["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["reasons"].as_array().unwrap().clone())
        .find(|r| r["code"] == "topic");
    if let Some(r) = topic_reason {
        assert_eq!(r["args"]["hashtag"], liked, "{r}");
        assert_eq!(
            r["text"].as_str().unwrap(),
            format!("You watched several #{liked} videos")
        );
    }

    // --- the learned state survives a crash (snapshot + replay) ------------------------
    app.kill();
    app.restart().await;
    let again = page(&app, Some(&viewer), "limit=8").await;
    assert!(share(&again, liked) >= 0.75, "after a crash: {again}");

    // --- "not interested" on a creator --------------------------------------------------
    let picky = app.user("picky", "us").await;
    let p = page(&app, Some(&picky), "limit=5").await;
    let item = &p["items"][0];
    let banned = item["video"]["creator"]["handle"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, answer) = events(
        &app,
        &picky,
        json!([{"video_id": item["video"]["id"], "kind": "not_interested"}]),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{answer}");
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let q = match &cursor {
            Some(c) => format!("limit=5&cursor={c}"),
            None => "limit=5".into(),
        };
        let p = page(&app, Some(&picky), &q).await;
        for i in p["items"].as_array().unwrap() {
            assert_ne!(
                i["video"]["creator"]["handle"].as_str().unwrap(),
                banned,
                "a creator marked not interested came back"
            );
        }
        pages += 1;
        match p["cursor"].as_str() {
            Some(c) if pages < 6 && !p["items"].as_array().unwrap().is_empty() => {
                cursor = Some(c.to_owned())
            }
            _ => break,
        }
    }

    // --- a brand-new video reaches its first test audience ------------------------------
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "n.mp4", 180, 320, 1.2, false);
    let fresh = app
        .publish(
            &creators[0],
            &clip,
            json!({"caption": "brand new #gardening"}),
        )
        .await;
    let fresh_id = fresh["id"].as_str().unwrap().to_owned();
    app.wait_video(&creators[0], &fresh_id, 240, |v| v["state"] == "ready")
        .await;
    let newcomer = app.user("newcomer", "sg").await;
    let p = page(&app, Some(&newcomer), "limit=20").await;
    let found = p["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["video"]["id"] == fresh_id.as_str())
        .unwrap_or_else(|| panic!("the new video is not in the first page: {p}"));
    assert!(
        found["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "new_video_test_audience"),
        "{found}"
    );
    no_creator_twice_within_five(&p);

    // --- non-personalized: the same items whatever the histories -----------------------
    let other = app.user("other", "eu").await;
    let a = page(&app, Some(&viewer), "mode=non_personalized&limit=5").await;
    let b = page(&app, Some(&other), "mode=non_personalized&limit=5").await;
    assert_eq!(a["mode"], "non_personalized");
    assert!(!ids(&a).is_empty());
    assert_eq!(
        ids(&a),
        ids(&b),
        "two viewers of one region and language differ"
    );
    let a2 = page(
        &app,
        Some(&viewer),
        &format!(
            "mode=non_personalized&limit=5&cursor={}",
            a["cursor"].as_str().unwrap()
        ),
    )
    .await;
    let b2 = page(
        &app,
        Some(&other),
        &format!(
            "mode=non_personalized&limit=5&cursor={}",
            b["cursor"].as_str().unwrap()
        ),
    )
    .await;
    assert_eq!(ids(&a2), ids(&b2));
    assert!(
        ids(&a2).iter().all(|i| !ids(&a).contains(i)),
        "the cursor pages on"
    );
    // Seen videos are not hidden in this mode (no history is used).
    let seen_np: Vec<String> = ids(&a).into_iter().chain(ids(&a2)).collect();
    assert!(seen_np.iter().any(|i| seen.contains(i)) || seen.is_empty());
    // The default mode is a setting.
    let (status, s) = app
        .call(
            reqwest::Method::PATCH,
            "/api/v1/me/settings",
            Some(&other),
            json!({"feed_mode": "non_personalized"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{s}");
    assert_eq!(s["feed_mode"], "non_personalized");
    let c = page(&app, Some(&other), "limit=5").await;
    assert_eq!(c["mode"], "non_personalized");
    let (status, s) = app
        .call(
            reqwest::Method::PATCH,
            "/api/v1/me/settings",
            Some(&other),
            json!({"feed_mode": "sometimes"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{s}");
    // Anonymous viewers get it too.
    let anon = page(&app, None, "limit=5&region=eu").await;
    assert_eq!(anon["mode"], "non_personalized");
    assert_eq!(ids(&anon), ids(&a));

    // --- keyword filters ----------------------------------------------------------------
    let (status, s) = app
        .call(
            reqwest::Method::PATCH,
            "/api/v1/me/settings",
            Some(&newcomer),
            json!({"keyword_filters": ["#Cars"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{s}");
    assert_eq!(s["keyword_filters"], json!(["#cars"]));
    let (status, _) = app
        .call(
            reqwest::Method::PATCH,
            "/api/v1/me/settings",
            Some(&newcomer),
            json!({"keyword_filters": [""]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let p = page(&app, Some(&newcomer), "limit=20").await;
    assert_eq!(share(&p, "cars"), 0.0, "{p}");

    // --- reset ---------------------------------------------------------------------------
    let (status, _) = app
        .call(
            reqwest::Method::DELETE,
            "/api/v1/me/recommendations",
            Some(&viewer),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let p = page(&app, Some(&viewer), "limit=10").await;
    for i in p["items"].as_array().unwrap() {
        for r in i["reasons"].as_array().unwrap() {
            assert!(
                !["topic", "taste_match", "similar_to_liked"]
                    .contains(&r["code"].as_str().unwrap()),
                "learned state left after a reset: {i}"
            );
        }
    }

    // --- the algorithm is published -------------------------------------------------------
    let (status, algo) = app.get("/api/v1/feed/algorithm", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(algo["stages"].as_array().unwrap().len(), 8, "{algo}");
    assert!(algo["stages"][4]["weights"]["engagement"].as_f64().unwrap() > 0.0);

    // --- bad events ----------------------------------------------------------------------
    let known = &videos[0].0;
    let (status, answer) = events(
        &app,
        &picky,
        json!([
            {"video_id": "00000000-0000-7000-8000-000000000000", "kind": "view", "watched_ms": 100},
            {"video_id": "nope", "kind": "view"},
            {"video_id": known, "kind": "teleport"},
            {"video_id": known, "kind": "view", "watched_ms": 600000, "replays": 1},
        ]),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{answer}");
    assert_eq!(answer["accepted"], 1, "{answer}");
    let codes: Vec<&str> = answer["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["unknown_video", "invalid_id", "invalid_kind"]);
    let capped = answer["capped"][0]["watched_ms"].as_u64().unwrap();
    assert!(
        capped < 10_000,
        "a 10-minute watch of a 1.2 s clip was kept: {answer}"
    );
    let (status, answer) = app
        .post("/api/v1/events", Some(&picky), json!({"events": "many"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    let too_many: Vec<Value> = (0..101)
        .map(|_| json!({"video_id": known, "kind": "impression"}))
        .collect();
    let (status, answer) = events(&app, &picky, Value::Array(too_many)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    let (status, _) = app
        .post("/api/v1/events", None, json!({"events": []}))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // A flood from one account is cut off at its allowance.
    let flood: Vec<Value> = (0..100)
        .map(|_| json!({"video_id": known, "kind": "impression"}))
        .collect();
    let (s1, a1) = events(&app, &newcomer, Value::Array(flood.clone())).await;
    let (s2, a2) = events(&app, &newcomer, Value::Array(flood.clone())).await;
    assert_eq!(s1, StatusCode::ACCEPTED, "{a1}");
    assert_eq!(s2, StatusCode::ACCEPTED, "{a2}");
    let accepted = a1["accepted"].as_u64().unwrap() + a2["accepted"].as_u64().unwrap();
    assert!(
        accepted <= 150,
        "{accepted} events accepted with an allowance of 150"
    );
    let (s3, a3) = events(&app, &newcomer, Value::Array(flood)).await;
    assert_eq!(s3, StatusCode::TOO_MANY_REQUESTS, "{a3}");
    assert_eq!(code(&a3), "rate_limited");

    // Watch history lives in the viewer's home cell only.
    let rows = |region: &str| {
        let path = app.region_dir(region).join("spool.db");
        async move {
            let pool = crate::harness::pool_for_file(&path).await;
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM feed_events f JOIN accounts a ON a.id = f.account_id WHERE a.handle = 'hungry'")
                .fetch_one(&pool).await.unwrap();
            pool.close().await;
            n
        }
    };
    assert!(rows("eu").await >= 10);
    assert_eq!(rows("us").await + rows("sg").await, 0);
}

/// A view (a watch longer than a skip) counts on the video, whichever region the viewer
/// is in; a skip or an impression does not.
#[tokio::test]
async fn views_count_on_the_video_from_every_region() {
    let app = spawn_app_with(&[]).await;
    let creator = app.user("counted", "us").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "v.mp4", 180, 320, 1.2, false);
    let v = app
        .publish(&creator, &clip, json!({"caption": "count me"}))
        .await;
    let id = v["id"].as_str().unwrap().to_owned();
    app.wait_video(&creator, &id, 240, |v| v["state"] == "ready")
        .await;
    let (_, fresh) = app.get(&format!("/api/v1/videos/{id}"), None).await;
    assert_eq!(fresh["view_count"], 0);
    for (n, region) in ["eu", "us", "sg"].iter().enumerate() {
        let viewer = app.user(&format!("watcher{n}"), region).await;
        let (status, answer) = events(
            &app,
            &viewer,
            json!([
                {"video_id": id, "kind": "impression", "watched_ms": 0},
                {"video_id": id, "kind": "view", "watched_ms": 1000},
                {"video_id": id, "kind": "skip", "watched_ms": 300},
            ]),
        )
        .await;
        assert_eq!(status, StatusCode::ACCEPTED, "{answer}");
        assert_eq!(answer["accepted"], 3, "{answer}");
    }
    let (_, counted) = app.get(&format!("/api/v1/videos/{id}"), None).await;
    assert_eq!(counted["view_count"], 3, "{counted}");
    // On the creator's profile too.
    let (_, list) = app.get("/api/v1/accounts/counted/videos", None).await;
    assert_eq!(list["items"][0]["view_count"], 3, "{list}");
}
