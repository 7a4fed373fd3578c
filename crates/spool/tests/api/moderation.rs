//! Accountable moderation from outside: notices (accounts and art. 16 visitors),
//! duplicates, the queue's order and deadlines, claims and their expiry, each action's
//! effect through the distribution rule, statements, appeals to another moderator,
//! reversal, reporters told the outcome, the transparency report, re-upload blocking and
//! screening. Moderators are made the way an operator does it: `spool staff add-role`.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::harness::{code, spawn_app_with, spool_bin, TestApp};
use crate::media_support::make_clip;

pub(crate) fn grant(app: &TestApp, handle: &str, region: &str) {
    let out = std::process::Command::new(spool_bin())
        .args(["staff", "add-role", "--data"])
        .arg(app.data.path())
        .envs(app.bus_vars())
        .args([
            "--handle",
            handle,
            "--role",
            "moderator",
            "--region",
            region,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Stops the server, makes the moderators, starts it again.
async fn moderators(app: &mut TestApp, list: &[(&str, &str)]) {
    assert!(app.terminate().await);
    for (h, r) in list {
        grant(app, h, r);
    }
    app.restart().await;
}

async fn ready(app: &TestApp, token: &str, clip: &std::path::Path, caption: &str) -> String {
    let v = app.publish(token, clip, json!({"caption": caption})).await;
    let id = v["id"].as_str().unwrap().to_owned();
    app.wait_complete(token, &id).await;
    id
}

async fn status_of(app: &TestApp, path: &str, token: Option<&str>) -> StatusCode {
    app.get(path, token).await.0
}

async fn media_status(app: &TestApp, path: &str) -> StatusCode {
    reqwest::get(app.url(path)).await.unwrap().status()
}

fn has(list: &Value, key: &str, id: &str) -> bool {
    list[key]
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .any(|v| v["id"] == id || v["video"]["id"] == id)
}

/// Where a video shows up for an anonymous visitor and a logged-in stranger.
struct Presence {
    page: bool,
    profile: bool,
    search: bool,
    hashtag: bool,
    for_you: bool,
    media: bool,
}

async fn presence(
    app: &TestApp,
    viewer: &str,
    id: &str,
    handle: &str,
    tag: &str,
    word: &str,
) -> Presence {
    let (_, profile) = app
        .get(&format!("/api/v1/accounts/{handle}/videos"), Some(viewer))
        .await;
    let (_, search) = app.get(&format!("/api/v1/search?q={word}"), None).await;
    let (_, hashtag) = app
        .get(&format!("/api/v1/hashtags/{tag}"), Some(viewer))
        .await;
    let (_, feed) = app
        .get(
            "/api/v1/feed/for-you?mode=non_personalized&limit=50",
            Some(viewer),
        )
        .await;
    Presence {
        page: status_of(app, &format!("/api/v1/videos/{id}"), Some(viewer)).await == StatusCode::OK,
        profile: has(&profile, "items", id),
        search: has(&search, "videos", id),
        hashtag: has(&hashtag, "items", id) || has(&hashtag, "videos", id),
        for_you: has(&feed, "items", id),
        media: media_status(app, &format!("/media/v/eu/{id}/master.m3u8")).await == StatusCode::OK,
    }
}

/// Polls until the search index and feed catalog (committed in the background) agree.
async fn presence_until(
    app: &TestApp,
    viewer: &str,
    id: &str,
    handle: &str,
    tag: &str,
    word: &str,
    want: bool,
) -> Presence {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let p = presence(app, viewer, id, handle, tag, word).await;
        let all = [p.page, p.profile, p.search, p.hashtag, p.for_you, p.media];
        if all.iter().all(|x| *x == want) || std::time::Instant::now() > deadline {
            return p;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn assert_presence(p: &Presence, want: bool, what: &str) {
    assert_eq!(p.page, want, "{what}: video page");
    assert_eq!(p.profile, want, "{what}: profile list");
    assert_eq!(p.search, want, "{what}: search");
    assert_eq!(p.hashtag, want, "{what}: hashtag page");
    assert_eq!(p.for_you, want, "{what}: For You");
    assert_eq!(p.media, want, "{what}: unsigned media");
}

fn env() -> Vec<(&'static str, &'static str)> {
    vec![("SPOOL_MODERATION__CLAIM_SECS", "2")]
}

#[tokio::test]
async fn a_notice_goes_through_queue_decision_statement_appeal_and_transparency() {
    let mut app = spawn_app_with(&env()).await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "a.mp4", 320, 568, 2.0, true);
    let creator = app.user("cr_eu", "eu").await;
    let r1 = app.user("reporter_one", "us").await;
    let r2 = app.user("reporter_two", "eu").await;
    app.user("mod_a", "eu").await;
    app.user("mod_b", "eu").await;
    app.user("mod_us", "us").await;
    let id = ready(&app, &creator, &clip, "pancakes for breakfast #flapjack").await;
    let other = ready(&app, &creator, &clip, "waffles #brunch").await;
    let p = presence_until(&app, &r2, &id, "cr_eu", "flapjack", "pancakes", true).await;
    assert_presence(&p, true, "before any decision");

    // Notices: an account, the same account again (counts once), a visitor.
    let (status, n1) = app
        .post(
            "/api/v1/reports",
            Some(&r1),
            json!({"video_id": id, "category": "hate_speech", "note": "slur at 0:01"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{n1}");
    let (status, again) = app
        .post(
            "/api/v1/reports",
            Some(&r1),
            json!({"video_id": id, "category": "spam"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(again["new"], false);
    assert_eq!(again["id"], n1["id"]);
    // The old form still works (its old category names too).
    let (status, n2) = app
        .post(
            "/api/v1/reports",
            Some(&r2),
            json!({"video_id": id, "category": "violence", "note": ""}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{n2}");
    // A visitor must give name, e-mail and good faith.
    for (body, field) in [
        (json!({"video_id": id, "category": "hate_speech"}), "name"),
        (
            json!({"video_id": id, "category": "hate_speech", "name": "Ana", "email": "nope"}),
            "email",
        ),
        (
            json!({"video_id": id, "category": "hate_speech", "name": "Ana", "email": "ana@example.org"}),
            "good_faith",
        ),
    ] {
        let (status, e) = app.post("/api/v1/reports", None, body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
        assert_eq!(e["error"]["field"], field, "{e}");
    }
    let visitor = json!({"video_id": id, "category": "hate_speech", "name": "Ana Visitor",
                         "email": "Ana.Visitor@example.org", "good_faith": true, "note": "illegal under NetzDG"});
    let (status, anon) = app.post("/api/v1/reports", None, visitor.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{anon}");
    let receipt = anon["receipt"].as_str().unwrap().to_owned();
    let mut dup = visitor.clone();
    dup["email"] = json!("ana.visitor@EXAMPLE.org");
    let (status, anon2) = app.post("/api/v1/reports", None, dup).await;
    assert_eq!(status, StatusCode::OK, "{anon2}");
    assert!(
        anon2.get("receipt").is_none(),
        "a duplicate hands out no receipt"
    );
    // Bad input changes nothing.
    for body in [
        json!({"video_id": id, "comment_id": id, "category": "spam"}),
        json!({"video_id": id, "category": "planets"}),
        json!({"category": "spam"}),
    ] {
        let (status, _) = app.post("/api/v1/reports", Some(&r2), body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let (status, _) = app
        .post(
            "/api/v1/reports",
            Some(&r2),
            json!({"video_id": "0190f0f0-0000-7000-8000-000000000000", "category": "spam"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A comment and an account can be reported too; a graver category ranks first.
    let (status, c) = app
        .post(
            &format!("/api/v1/videos/{other}/comments"),
            Some(&creator),
            json!({"text": "you are all idiots"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{c}");
    let comment = c["id"].as_str().unwrap().to_owned();
    let (status, _) = app
        .post(
            "/api/v1/reports",
            Some(&r2),
            json!({"comment_id": comment, "category": "harassment"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = app
        .post(
            "/api/v1/reports",
            Some(&r2),
            json!({"account": "cr_eu", "category": "spam"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = app
        .post(
            "/api/v1/reports",
            Some(&r2),
            json!({"video_id": other, "category": "child_safety"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    moderators(
        &mut app,
        &[("mod_a", "eu"), ("mod_b", "eu"), ("mod_us", "us")],
    )
    .await;
    let (creator, r1, r2) = (
        app.login("cr_eu").await,
        app.login("reporter_one").await,
        app.login("reporter_two").await,
    );
    let (mod_a, mod_b, mod_us) = (
        app.login("mod_a").await,
        app.login("mod_b").await,
        app.login("mod_us").await,
    );

    // Not a moderator of the region: 403 on every moderation route.
    let item_probe = "0190f0f0-0000-7000-8000-000000000000";
    for token in [&r1, &mod_us] {
        let (s, e) = app
            .get("/api/v1/moderation/queue?region=eu", Some(token))
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{e}");
        let (s, _) = app
            .get(
                &format!("/api/v1/moderation/items/{item_probe}"),
                Some(token),
            )
            .await;
        assert!(
            s == StatusCode::FORBIDDEN || (token == &mod_us && s == StatusCode::NOT_FOUND),
            "{s}"
        );
        let (s, _) = app
            .post(
                &format!("/api/v1/moderation/items/{item_probe}/claim"),
                Some(token),
                json!({}),
            )
            .await;
        assert!(
            s == StatusCode::FORBIDDEN || (token == &mod_us && s == StatusCode::NOT_FOUND),
            "{s}"
        );
        let (s, _) = app
            .post(
                "/api/v1/moderation/decisions",
                Some(token),
                json!({"video_id": id, "action": "remove", "policy": "hate_speech", "facts": "x"}),
            )
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (s, _) = app
            .post(
                &format!("/api/v1/moderation/appeals/{item_probe}/decision"),
                Some(token),
                json!({"outcome": "upheld", "facts": "x"}),
            )
            .await;
        assert!(
            s == StatusCode::FORBIDDEN || (token == &mod_us && s == StatusCode::NOT_FOUND),
            "{s}"
        );
    }
    let (s, _) = app.get("/api/v1/moderation/queue?region=eu", None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);

    // The queue: the child-safety notice first, deadlines by category; no reporter in it.
    let (s, q) = app
        .get("/api/v1/moderation/queue?region=eu", Some(&mod_a))
        .await;
    assert_eq!(s, StatusCode::OK, "{q}");
    let items = q["items"].as_array().unwrap();
    assert_eq!(items.len(), 4, "{q}");
    assert_eq!(items[0]["category"], "child_safety", "{q}");
    let video_item = items
        .iter()
        .find(|i| i["target"]["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(
        video_item["notice_count"], 3,
        "three senders, one of them twice: {video_item}"
    );
    assert_eq!(
        video_item["category"], "violent_extremism",
        "the gravest category: {video_item}"
    );
    let left = |i: &Value| i["seconds_left"].as_i64().unwrap();
    assert!(
        left(&items[0]) <= 2 * 3600 && left(&items[0]) > 3500,
        "child safety: 2 h: {}",
        items[0]
    );
    let spam = items
        .iter()
        .find(|i| i["target"]["kind"] == "account")
        .unwrap();
    assert!(left(spam) > 23 * 3600, "spam: 24 h: {spam}");
    let text = q.to_string();
    let (_, me1) = app.get("/api/v1/me", Some(&r1)).await;
    for secret in [
        "reporter_one",
        "reporter_two",
        "Ana Visitor",
        "ana.visitor",
        me1["id"].as_str().unwrap(),
    ] {
        assert!(
            !text.contains(secret),
            "the queue names a reporter ({secret})"
        );
    }
    let item_id = video_item["id"].as_str().unwrap().to_owned();
    let (s, detail) = app
        .get(&format!("/api/v1/moderation/items/{item_id}"), Some(&mod_a))
        .await;
    assert_eq!(s, StatusCode::OK, "{detail}");
    assert_eq!(
        detail["context"]["video"]["caption"],
        "pancakes for breakfast #flapjack"
    );
    assert_eq!(detail["notices"].as_array().unwrap().len(), 3);
    assert!(detail["notices"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["source"] == "anonymous"));
    let dtext = detail.to_string();
    for secret in [
        "reporter_one",
        "reporter_two",
        "Ana Visitor",
        "ana.visitor",
        me1["id"].as_str().unwrap(),
    ] {
        assert!(
            !dtext.contains(secret),
            "the item names a reporter ({secret})"
        );
    }

    // Claims: exclusive while they last, free again after (claim_secs = 2).
    let (s, c) = app
        .post(
            &format!("/api/v1/moderation/items/{item_id}/claim"),
            Some(&mod_a),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{c}");
    assert_eq!(c["item"]["claim"]["mine"], true);
    let (s, e) = app
        .post(
            &format!("/api/v1/moderation/items/{item_id}/claim"),
            Some(&mod_b),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{e}");
    assert_eq!(code(&e), "claimed");
    let (s, e) = app
        .post("/api/v1/moderation/decisions", Some(&mod_b),
              json!({"video_id": id, "action": "remove", "policy": "hate_speech", "facts": "x", "item_id": item_id}))
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{e}");
    tokio::time::sleep(Duration::from_millis(2200)).await;
    let (s, c) = app
        .post(
            &format!("/api/v1/moderation/items/{item_id}/claim"),
            Some(&mod_b),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "an expired claim is free: {c}");
    let (s, _) = app
        .post(
            &format!("/api/v1/moderation/items/{item_id}/claim"),
            Some(&mod_a),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    tokio::time::sleep(Duration::from_millis(2200)).await;
    let (s, _) = app
        .post(
            &format!("/api/v1/moderation/items/{item_id}/claim"),
            Some(&mod_a),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);

    // Bad decisions change nothing.
    for (body, want) in [
        (
            json!({"video_id": id, "action": "obliterate", "policy": "hate_speech", "facts": "x"}),
            "invalid_action",
        ),
        (
            json!({"video_id": id, "action": "remove", "policy": "CG-404", "facts": "x"}),
            "unknown_policy",
        ),
        (
            json!({"video_id": id, "action": "suspend", "policy": "hate_speech", "facts": "x", "days": 3}),
            "action_not_applicable",
        ),
        (
            json!({"video_id": id, "action": "remove", "policy": "hate_speech", "facts": " "}),
            "invalid_facts",
        ),
        (
            json!({"video_id": id, "action": "label", "policy": "disinformation", "facts": "x"}),
            "invalid_label",
        ),
        (
            json!({"video_id": id, "action": "restrict_regions", "policy": "LAW-ORDER", "facts": "x", "regions": ["eu"]}),
            "invalid_reference",
        ),
    ] {
        let (s, e) = app
            .post("/api/v1/moderation/decisions", Some(&mod_a), body)
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
        assert_eq!(code(&e), want, "{e}");
    }
    assert_presence(
        &presence(&app, &r2, &id, "cr_eu", "flapjack", "pancakes").await,
        true,
        "after refused decisions",
    );

    // Remove: gone everywhere at once, for everyone but its creator.
    let (s, d) = app
        .post("/api/v1/moderation/decisions", Some(&mod_a),
              json!({"video_id": id, "action": "remove", "policy": "hate_speech",
                     "facts": "The caption's second line attacks people for their religion.", "item_id": item_id}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{d}");
    assert_eq!(
        d["decision"]["policy"], "CG-1.1",
        "a category names its default clause"
    );
    let statement_id = d["statement_id"].as_str().unwrap().to_owned();
    let p = presence(&app, &r2, &id, "cr_eu", "flapjack", "pancakes").await;
    assert!(
        !p.page && !p.profile && !p.hashtag && !p.for_you && !p.media,
        "removed, at once"
    );
    let p = presence_until(&app, &r2, &id, "cr_eu", "flapjack", "pancakes", false).await;
    assert_presence(&p, false, "removed");
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{id}"), None).await,
        StatusCode::NOT_FOUND
    );
    let (s, own) = app
        .get(&format!("/api/v1/videos/{id}"), Some(&creator))
        .await;
    assert_eq!(s, StatusCode::OK, "{own}");
    assert_eq!(own["moderation"]["removed"], true, "{own}");
    assert!(own["playlist_url"].is_null(), "{own}");
    let (_, sound_page) = app
        .get(
            &format!(
                "/api/v1/sounds/{}",
                own["sound"]["id"].as_str().unwrap_or("x")
            ),
            Some(&r2),
        )
        .await;
    assert!(!sound_page.to_string().contains(&id), "{sound_page}");
    let upload = app.tus_upload(&r2, &clip).await;
    let (s, e) = app
        .post(
            "/api/v1/videos",
            Some(&r2),
            json!({"upload_id": upload, "caption": "duet", "duet_of": id}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{e}");
    let (s, _) = app
        .post(
            "/api/v1/reports",
            Some(&r2),
            json!({"video_id": id, "category": "spam"}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // The statement of reasons, with the Transparency Database's fields.
    let (s, st) = app.get("/api/v1/me/statements", Some(&creator)).await;
    assert_eq!(s, StatusCode::OK, "{st}");
    let st = st["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == statement_id)
        .unwrap()
        .clone();
    assert_eq!(
        st["decision_visibility"],
        json!(["DECISION_VISIBILITY_CONTENT_REMOVED"])
    );
    assert_eq!(
        st["decision_ground"],
        "DECISION_GROUND_INCOMPATIBLE_CONTENT"
    );
    assert_eq!(
        st["category"],
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    );
    assert_eq!(st["content_type"], json!(["CONTENT_TYPE_VIDEO"]));
    assert_eq!(st["source_type"], "SOURCE_ARTICLE_16");
    assert_eq!(st["automated_detection"], "No");
    assert_eq!(st["automated_decision"], "AUTOMATED_DECISION_NOT_AUTOMATED");
    assert_eq!(
        st["decision_facts"],
        "The caption's second line attacks people for their religion."
    );
    assert_eq!(
        st["application_date"],
        chrono::Utc::now().format("%Y-%m-%d").to_string()
    );
    assert!(st["territorial_scope"].as_array().unwrap().len() >= 27);
    assert!(st["incompatible_content_explanation"]
        .as_str()
        .unwrap()
        .contains("Hateful behaviour"));
    assert_eq!(st["appeal"]["possible"], true, "{st}");
    assert!(
        !st.to_string().contains("reporter_"),
        "no reporter in the statement"
    );
    let (_, notes) = app.get("/api/v1/notifications", Some(&creator)).await;
    assert!(notes.to_string().contains("\"statement\""), "{notes}");
    // The other statements are not someone else's to read or appeal.
    let (s, _) = app
        .post(
            "/api/v1/appeals",
            Some(&r2),
            json!({"statement_id": statement_id, "text": "mine?"}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // Reporters are told, without the creator's personal data.
    let (_, mine) = app.get("/api/v1/me/reports", Some(&r1)).await;
    let n = mine["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == n1["id"])
        .unwrap()
        .clone();
    assert_eq!(n["state"], "decided", "{n}");
    assert_eq!(n["outcome"]["action"], "remove");
    assert!(!n.to_string().contains("cr_eu"), "{n}");
    let (_, notes) = app.get("/api/v1/notifications", Some(&r1)).await;
    assert!(notes.to_string().contains("report_outcome"), "{notes}");
    let anon_id = anon["id"].as_str().unwrap();
    let (s, v) = app
        .get(
            &format!("/api/v1/reports/{anon_id}?receipt={receipt}"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["outcome"]["action"], "remove");
    let (s, _) = app
        .get(&format!("/api/v1/reports/{anon_id}?receipt=0000"), None)
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = app
        .get(&format!("/api/v1/reports/{anon_id}"), Some(&r1))
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "not r1's notice");

    // Appeal: one open at a time; never decided by the moderator who decided.
    let (s, e) = app
        .post(
            "/api/v1/appeals",
            Some(&creator),
            json!({"statement_id": statement_id, "text": ""}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
    let (s, ap) = app
        .post(
            "/api/v1/appeals",
            Some(&creator),
            json!({"statement_id": statement_id, "text": "It is a quote from a news report."}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{ap}");
    let appeal_id = ap["id"].as_str().unwrap().to_owned();
    let (s, _) = app
        .post(
            "/api/v1/appeals",
            Some(&creator),
            json!({"statement_id": statement_id, "text": "again"}),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (_, q) = app
        .get("/api/v1/moderation/queue?region=eu", Some(&mod_b))
        .await;
    let appeal_item = q["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "appeal")
        .unwrap()
        .clone();
    let (_, d2) = app
        .get(
            &format!(
                "/api/v1/moderation/items/{}",
                appeal_item["id"].as_str().unwrap()
            ),
            Some(&mod_b),
        )
        .await;
    assert_eq!(d2["appeal"]["text"], "It is a quote from a news report.");
    let (s, e) = app
        .post(
            &format!("/api/v1/moderation/appeals/{appeal_id}/decision"),
            Some(&mod_a),
            json!({"outcome": "upheld", "facts": "x"}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{e}");
    assert_eq!(code(&e), "same_moderator");
    let (s, out) = app
        .post(
            &format!("/api/v1/moderation/appeals/{appeal_id}/decision"),
            Some(&mod_b),
            json!({"outcome": "upheld", "facts": "Quoted in a news context; not an attack."}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{out}");
    assert_eq!(out["appeal"]["state"], "upheld");
    // Restored everywhere at once.
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{id}"), Some(&r2)).await,
        StatusCode::OK
    );
    let p = presence_until(&app, &r2, &id, "cr_eu", "flapjack", "pancakes", true).await;
    assert_presence(&p, true, "after the upheld appeal");
    let (_, st) = app.get("/api/v1/me/statements", Some(&creator)).await;
    let outcome = st["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == out["statement_id"])
        .unwrap();
    assert_eq!(outcome["action"], "appeal_upheld");
    let (_, status) = app.get("/api/v1/me/status", Some(&creator)).await;
    assert_eq!(status["state"], "good");
    assert_eq!(
        status["strikes"], 0,
        "a reversed decision is no strike: {status}"
    );
    assert_eq!(status["history"][0]["reversed"], true, "{status}");

    // More decisions for the report: no violation on the comment, a label.
    let (s, d) = app
        .post("/api/v1/moderation/decisions", Some(&mod_a), json!({"comment_id": comment, "action": "no_violation", "policy": "harassment", "facts": "Rude, not harassment."}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{d}");
    assert!(
        d["statement_id"].is_null(),
        "no statement when nothing is done: {d}"
    );
    let (s, d) = app
        .post("/api/v1/moderation/decisions", Some(&mod_b),
              json!({"video_id": other, "action": "label", "policy": "disinformation", "facts": "Contested health claim.",
                     "label": {"text": "Health authorities disagree", "url": "https://www.who.int/"}}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{d}");
    let (_, v) = app.get(&format!("/api/v1/videos/{other}"), None).await;
    assert_eq!(
        v["moderation"]["label"]["url"], "https://www.who.int/",
        "{v}"
    );

    // The transparency report counts exactly this.
    let (s, r) = app.get("/api/v1/transparency/report?region=eu", None).await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["notices"]["total"], 6, "{r}");
    assert_eq!(r["notices"]["by_source"]["anonymous"], 1, "{r}");
    assert_eq!(r["decisions"]["total"], 3, "{r}");
    assert_eq!(
        r["decisions"]["by_action"],
        json!({"label": 1, "no_violation": 1, "remove": 1}),
        "{r}"
    );
    assert_eq!(r["appeals"]["upheld"], 1);
    assert_eq!(r["reversals"], 1);
    assert_eq!(r["deadline_misses"], 0);
    assert_eq!(r["time_to_decision_hours"]["count"], 3, "{r}");
    let median = r["time_to_decision_hours"]["median"].as_f64().unwrap();
    let p90 = r["time_to_decision_hours"]["p90"].as_f64().unwrap();
    assert!(median > 0.0 && median < 0.5 && p90 >= median, "{r}");
    let resp = reqwest::get(app.url("/api/v1/transparency/report?region=eu&format=csv"))
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = resp.text().await.unwrap();
    assert!(csv.contains("decisions_by_restriction,remove,1"), "{csv}");
    assert!(csv.contains("complaints_art20,upheld,1"), "{csv}");
    let (s, log) = app
        .get("/api/v1/transparency/decisions?region=eu", None)
        .await;
    assert_eq!(s, StatusCode::OK, "{log}");
    assert_eq!(
        log["items"].as_array().unwrap().len(),
        4,
        "three decisions and an appeal: {log}"
    );
    let ltext = log.to_string();
    let (_, me_c) = app.get("/api/v1/me", Some(&creator)).await;
    for secret in [
        "cr_eu",
        "mod_a",
        "mod_b",
        "reporter_one",
        id.as_str(),
        me_c["id"].as_str().unwrap(),
    ] {
        assert!(!ltext.contains(secret), "the public log names {secret}");
    }
    let (s, _) = app
        .get("/api/v1/transparency/report?from=2026-13-01", None)
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);

    // The operator's export, in the database's format.
    assert!(app.terminate().await);
    let out = std::process::Command::new(spool_bin())
        .args(["moderation", "export-statements", "--data"])
        .arg(app.data.path())
        .envs(app.bus_vars())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sts = doc["statements"].as_array().unwrap();
    assert_eq!(sts.len(), 2, "remove and label: {doc}");
    for s in sts {
        for field in [
            "decision_visibility",
            "decision_ground",
            "category",
            "content_type",
            "territorial_scope",
            "application_date",
            "decision_facts",
            "source_type",
            "automated_detection",
            "automated_decision",
            "puid",
        ] {
            assert!(s.get(field).is_some(), "{field} missing: {s}");
        }
        assert!(
            s.get("appeal").is_none() && s.get("id").is_none(),
            "only the database's fields: {s}"
        );
    }
}

#[tokio::test]
async fn each_action_takes_effect_through_the_rule() {
    let mut app = spawn_app_with(&env()).await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "a.mp4", 320, 568, 2.0, true);
    let creator = app.user("maker", "eu").await;
    app.user("us_viewer", "us").await;
    app.user("eu_viewer", "eu").await;
    app.user("moder", "eu").await;
    let (status, body) = app
        .post("/api/v1/accounts", None,
              json!({"handle": "young_viewer", "password": "correct horse", "region": "eu",
                     "birth_date": (chrono::Utc::now().date_naive() - chrono::Duration::days(15 * 366)).format("%Y-%m-%d").to_string()}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let a = ready(&app, &creator, &clip, "one #one").await;
    let b = ready(&app, &creator, &clip, "two #two").await;
    let c = ready(&app, &creator, &clip, "three #three").await;
    moderators(&mut app, &[("moder", "eu")]).await;
    let (creator, us_viewer, eu_viewer) = (
        app.login("maker").await,
        app.login("us_viewer").await,
        app.login("eu_viewer").await,
    );
    let (teen, moder) = (app.login("young_viewer").await, app.login("moder").await);
    let decide = |body: Value| {
        let app = &app;
        let moder = moder.clone();
        async move {
            let (s, d) = app
                .post("/api/v1/moderation/decisions", Some(&moder), body)
                .await;
            assert_eq!(s, StatusCode::CREATED, "{d}");
            d
        }
    };

    // Age restriction: adults only, through signed URLs, never searched or remixed.
    decide(json!({"video_id": a, "action": "age_restrict", "policy": "self_harm", "facts": "Graphic depiction."})).await;
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{a}"), None).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{a}"), Some(&teen)).await,
        StatusCode::NOT_FOUND
    );
    let (s, v) = app
        .get(&format!("/api/v1/videos/{a}"), Some(&eu_viewer))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["moderation"]["age_restricted"], true);
    assert!(
        v["playlist_url"].as_str().unwrap().starts_with("/media/s/"),
        "{v}"
    );
    assert_eq!(
        media_status(&app, &format!("/media/v/eu/{a}/master.m3u8")).await,
        StatusCode::NOT_FOUND
    );

    // A legal order for one region: 451 there (and where the place is unknown).
    decide(json!({"video_id": b, "action": "restrict_regions", "policy": "LAW-ORDER", "facts": "Court order.",
                  "regions": ["us"], "reference": "Case 12-345"})).await;
    let (s, e) = app
        .get(&format!("/api/v1/videos/{b}"), Some(&us_viewer))
        .await;
    assert_eq!(s, StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS, "{e}");
    assert_eq!(code(&e), "withheld");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Case 12-345"),
        "{e}"
    );
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{b}"), None).await,
        StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS
    );
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{b}"), Some(&eu_viewer)).await,
        StatusCode::OK
    );
    let (_, own) = app
        .get(&format!("/api/v1/videos/{b}"), Some(&creator))
        .await;
    assert_eq!(own["moderation"]["withheld_in"], json!(["us"]), "{own}");

    // Reduced distribution: still shown and searched, never recommended; the creator sees it.
    decide(json!({"video_id": c, "action": "reduce_distribution", "policy": "spam", "facts": "Repost farm."})).await;
    let (_, feed) = app
        .get(
            "/api/v1/feed/for-you?mode=non_personalized&limit=50",
            Some(&eu_viewer),
        )
        .await;
    assert!(!has(&feed, "items", &c), "{feed}");
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{c}"), None).await,
        StatusCode::OK
    );
    let (_, own) = app
        .get(&format!("/api/v1/videos/{c}"), Some(&creator))
        .await;
    assert_eq!(own["moderation"]["reduced"], true, "{own}");
    let (_, stranger) = app
        .get(&format!("/api/v1/videos/{c}"), Some(&eu_viewer))
        .await;
    assert!(
        stranger
            .get("moderation")
            .is_none_or(|m| m.get("reduced").is_none()),
        "{stranger}"
    );

    // Suspension: no writing for a time; the status page says so.
    let (s, e) = app.post("/api/v1/moderation/decisions", Some(&moder),
                          json!({"account": "maker", "action": "suspend", "policy": "spam", "facts": "x", "days": 0})).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
    decide(json!({"account": "maker", "action": "suspend", "policy": "spam", "facts": "Repeated spam.", "days": 7})).await;
    let (s, e) = app
        .post(
            &format!("/api/v1/videos/{c}/like"),
            Some(&creator),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{e}");
    assert_eq!(code(&e), "account_suspended");
    let (_, st) = app.get("/api/v1/me/status", Some(&creator)).await;
    assert_eq!(st["state"], "suspended", "{st}");
    assert!(st["suspended_until"].is_string());
    assert!(st["strikes"].as_i64().unwrap() >= 4, "{st}");
    // Past the strike threshold, a suspension is proposed (never applied by itself).
    let (_, q) = app
        .get("/api/v1/moderation/queue?region=eu", Some(&moder))
        .await;
    assert!(
        q["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["detection"]["proposal"]["action"] == "suspend"),
        "{q}"
    );

    // Termination: the account and its videos are gone for others; it can still read
    // its statements and appeal.
    let d = decide(json!({"account": "maker", "action": "terminate", "policy": "spam", "facts": "Spam network."})).await;
    assert_eq!(
        status_of(&app, "/api/v1/accounts/maker", Some(&eu_viewer)).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{c}"), Some(&eu_viewer)).await,
        StatusCode::NOT_FOUND
    );
    let (_, st) = app.get("/api/v1/me/status", Some(&creator)).await;
    assert_eq!(st["state"], "terminated", "{st}");
    let (s, ap) = app
        .post(
            "/api/v1/appeals",
            Some(&creator),
            json!({"statement_id": d["statement_id"], "text": "Not spam."}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{ap}");
    let (s, r) = app.get("/api/v1/transparency/report?region=eu", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(r["suspensions"], 1, "{r}");
    assert_eq!(r["legal_orders"]["us"], 1, "{r}");
    assert_eq!(r["decisions"]["by_ground"]["illegal"], 1, "{r}");
}

#[tokio::test]
async fn a_removed_video_cannot_come_back_as_a_reupload() {
    let mut app = spawn_app_with(&env()).await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "a.mp4", 360, 640, 4.0, true);
    let mirrored = dir.path().join("mirrored.mp4");
    let other = dir.path().join("other.mp4");
    for (args, out) in [
        (
            vec!["-i", clip.to_str().unwrap(), "-vf", "hflip", "-c:a", "copy"],
            &mirrored,
        ),
        (
            vec![
                "-f",
                "lavfi",
                "-i",
                "mandelbrot=size=360x640:rate=25",
                "-t",
                "4",
            ],
            &other,
        ),
    ] {
        let status = std::process::Command::new("ffmpeg")
            .args(["-hide_banner", "-loglevel", "error", "-y"])
            .args(args)
            .args(["-pix_fmt", "yuv420p"])
            .arg(out)
            .status()
            .unwrap();
        assert!(status.success());
    }
    let creator = app.user("uploader", "eu").await;
    app.user("checker", "eu").await;
    let first = ready(&app, &creator, &clip, "original").await;
    moderators(&mut app, &[("checker", "eu")]).await;
    let (creator, checker) = (app.login("uploader").await, app.login("checker").await);
    let (s, d) = app
        .post("/api/v1/moderation/decisions", Some(&checker),
              json!({"video_id": first, "action": "remove", "policy": "violent_extremism", "facts": "Propaganda video."}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{d}");

    let mut held = Vec::new();
    for (file, name) in [(&clip, "same file"), (&mirrored, "mirrored")] {
        let v = app.publish(&creator, file, json!({"caption": name})).await;
        let id = v["id"].as_str().unwrap().to_owned();
        let v = app
            .wait_video(&creator, &id, 240, |v| {
                v["state"] == "held" || v["ladder_complete"] == true
            })
            .await;
        assert_eq!(v["state"], "held", "{name}: {v}");
        assert!(v["playlist_url"].is_null(), "{name}: {v}");
        assert_eq!(
            status_of(&app, &format!("/api/v1/videos/{id}"), None).await,
            StatusCode::NOT_FOUND,
            "{name}"
        );
        assert_eq!(
            media_status(&app, &format!("/media/v/eu/{id}/master.m3u8")).await,
            StatusCode::NOT_FOUND
        );
        held.push(id);
    }
    let fresh = app
        .publish(&creator, &other, json!({"caption": "something else"}))
        .await;
    let fresh = app
        .wait_complete(&creator, fresh["id"].as_str().unwrap())
        .await;
    assert_eq!(
        fresh["state"], "ready",
        "different content is not held: {fresh}"
    );

    // The queue shows each match with its distance; the creator got a statement.
    let (_, q) = app
        .get("/api/v1/moderation/queue?region=eu", Some(&checker))
        .await;
    let matches: Vec<&Value> = q["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "match")
        .collect();
    assert_eq!(matches.len(), 2, "{q}");
    for m in &matches {
        let fp = &m["detection"]["fingerprint"];
        assert!(fp["distance"].as_u64().unwrap() <= 31, "{m}");
        assert_eq!(fp["matched_decision"], d["decision"]["id"], "{m}");
        assert_eq!(m["automated"], true);
    }
    assert!(
        matches
            .iter()
            .any(|m| m["detection"]["fingerprint"]["mirrored"] == true),
        "{q}"
    );
    let (_, st) = app.get("/api/v1/me/statements", Some(&creator)).await;
    let holds: Vec<&Value> = st["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["action"] == "hold")
        .collect();
    assert_eq!(holds.len(), 2, "{st}");
    assert_eq!(holds[0]["automated_detection"], "Yes");
    assert_eq!(holds[0]["automated_decision"], "AUTOMATED_DECISION_FULLY");
    // A moderator releases one: playable again.
    let item = matches
        .iter()
        .find(|m| m["target"]["id"] == held[1])
        .unwrap();
    let (s, d) = app
        .post(
            "/api/v1/moderation/decisions",
            Some(&checker),
            json!({"video_id": held[1], "action": "no_violation", "policy": "violent_extremism",
                     "facts": "A news report quoting it.", "item_id": item["id"]}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{d}");
    let (s, v) = app.get(&format!("/api/v1/videos/{}", held[1]), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["state"], "ready");
}

#[tokio::test]
async fn screening_flags_for_review_and_never_removes() {
    let mut app = spawn_app_with(&env()).await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "a.mp4", 320, 568, 2.0, false);
    let creator = app.user("promoter", "eu").await;
    app.user("screen_mod", "eu").await;
    let id = ready(
        &app,
        &creator,
        &clip,
        "FREE CRYPTO GIVEAWAY!!! click the link in my bio",
    )
    .await;
    let calm = ready(&app, &creator, &clip, "a calm walk by the river").await;
    moderators(&mut app, &[("screen_mod", "eu")]).await;
    let m = app.login("screen_mod").await;
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{id}"), None).await,
        StatusCode::OK,
        "never removed by itself"
    );
    let (_, q) = app
        .get("/api/v1/moderation/queue?region=eu", Some(&m))
        .await;
    let items = q["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "only the flagged caption: {q}");
    assert_eq!(items[0]["target"]["id"], id);
    assert_eq!(items[0]["automated"], true);
    assert_eq!(items[0]["category"], "scams");
    assert_eq!(items[0]["detection"]["screening"]["language"], "eng", "{q}");
    assert!(!q.to_string().contains(&calm));
    let (s, _) = app
        .post("/api/v1/moderation/decisions", Some(&m),
              json!({"video_id": id, "action": "no_violation", "policy": "scams", "facts": "A joke among friends.",
                     "item_id": items[0]["id"]}))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (_, r) = app.get("/api/v1/transparency/report?region=eu", None).await;
    assert_eq!(r["screening"]["decided"], 1, "{r}");
    assert_eq!(r["screening"]["precision"], 0.0, "{r}");
    assert_eq!(r["decisions"]["automated_detection_share"], 1.0, "{r}");
}

#[tokio::test]
async fn a_decision_killed_before_or_after_its_commit_is_all_or_nothing() {
    let crash = tempfile::NamedTempFile::new().unwrap();
    let crash_path = crash.path().to_str().unwrap().to_owned();
    let mut app = spawn_app_with(&[("SPOOL_TEST_CRASH_FILE", crash_path.as_str())]).await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "a.mp4", 320, 568, 2.0, true);
    let creator = app.user("killed_maker", "eu").await;
    let reporter = app.user("killed_reporter", "eu").await;
    app.user("killed_mod", "eu").await;
    let id = ready(&app, &creator, &clip, "crash course #crashy").await;
    let (s, _) = app
        .post(
            "/api/v1/reports",
            Some(&reporter),
            json!({"video_id": id, "category": "spam"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    moderators(&mut app, &[("killed_mod", "eu")]).await;
    let m = app.login("killed_mod").await;
    let creator = app.login("killed_maker").await;
    let body = json!({"video_id": id, "action": "remove", "policy": "spam", "facts": "Spam."});

    // Killed before the commit: nothing happened.
    std::fs::write(crash.path(), "moderation.decision.before_commit").unwrap();
    let answer = app
        .client
        .post(app.url("/api/v1/moderation/decisions"))
        .bearer_auth(&m)
        .json(&body)
        .send()
        .await;
    assert!(answer.is_err(), "the server died mid-decision");
    app.kill();
    std::fs::write(crash.path(), "").unwrap();
    app.restart().await;
    let m = app.login("killed_mod").await;
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{id}"), None).await,
        StatusCode::OK
    );
    let (_, st) = app.get("/api/v1/me/statements", Some(&creator)).await;
    assert_eq!(st["items"].as_array().unwrap().len(), 0, "{st}");
    let (_, q) = app
        .get("/api/v1/moderation/queue?region=eu", Some(&m))
        .await;
    assert_eq!(
        q["items"].as_array().unwrap().len(),
        1,
        "the item is still open: {q}"
    );

    // Killed right after the commit, before anything else ran: it all happened.
    std::fs::write(crash.path(), "moderation.decision.after_commit").unwrap();
    let answer = app
        .client
        .post(app.url("/api/v1/moderation/decisions"))
        .bearer_auth(&m)
        .json(&body)
        .send()
        .await;
    assert!(answer.is_err(), "the server died after the commit");
    app.kill();
    std::fs::write(crash.path(), "").unwrap();
    app.restart().await;
    let m = app.login("killed_mod").await;
    let creator = app.login("killed_maker").await;
    assert_eq!(
        status_of(&app, &format!("/api/v1/videos/{id}"), None).await,
        StatusCode::NOT_FOUND
    );
    let (_, search) = app.get("/api/v1/search?q=crash", None).await;
    assert!(!has(&search, "videos", &id), "{search}");
    let (_, feed) = app
        .get("/api/v1/feed/for-you?mode=non_personalized&limit=50", None)
        .await;
    assert!(!has(&feed, "items", &id), "{feed}");
    let (_, st) = app.get("/api/v1/me/statements", Some(&creator)).await;
    assert_eq!(st["items"].as_array().unwrap().len(), 1, "{st}");
    let (_, q) = app
        .get("/api/v1/moderation/queue?region=eu", Some(&m))
        .await;
    assert_eq!(q["items"].as_array().unwrap().len(), 0, "{q}");
    let (_, r) = app.get("/api/v1/transparency/report?region=eu", None).await;
    assert_eq!(r["decisions"]["total"], 1, "{r}");
    // The audit log is intact and shows the decision.
    assert!(app.terminate().await);
    let out = std::process::Command::new(spool_bin())
        .args(["audit", "verify", "--data"])
        .arg(app.data.path())
        .envs(app.bus_vars())
        .args(["--region", "eu"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[tokio::test]
async fn a_reupload_held_by_a_job_that_died_gets_its_queue_item_when_the_job_resumes() {
    let crash = tempfile::NamedTempFile::new().unwrap();
    let crash_path = crash.path().to_str().unwrap().to_owned();
    let mut app = spawn_app_with(&[("SPOOL_TEST_CRASH_FILE", crash_path.as_str())]).await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "a.mp4", 360, 640, 4.0, true);
    let creator = app.user("resumer", "eu").await;
    app.user("resume_mod", "eu").await;
    let first = ready(&app, &creator, &clip, "original").await;
    moderators(&mut app, &[("resume_mod", "eu")]).await;
    let (creator, m) = (app.login("resumer").await, app.login("resume_mod").await);
    let (s, _) = app
        .post(
            "/api/v1/moderation/decisions",
            Some(&m),
            json!({"video_id": first, "action": "remove", "policy": "spam", "facts": "Spam."}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    // The job dies right after holding the re-upload, before its queue item is written.
    std::fs::write(crash.path(), "moderation.finding").unwrap();
    let v = app
        .publish(&creator, &clip, json!({"caption": "again"}))
        .await;
    let id = v["id"].as_str().unwrap().to_owned();
    app.wait_for_an_exit(
        Duration::from_secs(120),
        "the server did not reach the crash point",
    )
    .await;
    app.kill();
    std::fs::write(crash.path(), "").unwrap();
    app.restart().await;
    let creator = app.login("resumer").await;
    let m = app.login("resume_mod").await;
    let v = app
        .wait_video(&creator, &id, 240, |v| v["ladder_complete"] == true)
        .await;
    assert_eq!(v["state"], "held", "{v}");
    let (_, q) = app
        .get("/api/v1/moderation/queue?region=eu", Some(&m))
        .await;
    let matches: Vec<&Value> = q["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "match")
        .collect();
    assert_eq!(matches.len(), 1, "{q}");
    assert_eq!(matches[0]["target"]["id"], id.as_str());
    let (_, st) = app.get("/api/v1/me/statements", Some(&creator)).await;
    let holds = st["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["action"] == "hold")
        .count();
    assert_eq!(holds, 1, "held once, not twice: {st}");
}
