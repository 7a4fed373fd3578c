//! Store integrity under concurrency and crashes: counters equal their lists, both sides
//! of a follow agree, a move of home region is finished after a crash at any step,
//! comment pages skip nothing, watch times are stored as answered, and a deleted video
//! takes its likes with it. The crash tests kill the real process (SIGKILL, or an abort
//! at a named point through `SPOOL_TEST_CRASH_FILE`) and restart it on the same data.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read as _;
use std::path::PathBuf;

use rand::{Rng, SeedableRng};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use sqlx::Row;

use crate::harness::{spawn_app, spawn_app_with, TestApp};
use crate::media_support::make_clip;
use crate::residency::{cell_bytes, contains};

/// A ready public video (whole ladder) of `token`'s account.
async fn video(app: &TestApp, token: &str, caption: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 180, 320, 1.2, true);
    let v = app
        .publish(token, &clip, json!({ "caption": caption }))
        .await;
    let id = v["id"].as_str().unwrap().to_owned();
    app.wait_complete(token, &id).await;
    id
}

async fn scalar(db: PathBuf, sql: &str) -> i64 {
    let pool = crate::harness::pool_for_file(&db).await;
    let n: i64 = sqlx::query(sql).fetch_one(&pool).await.unwrap().get(0);
    pool.close().await;
    n
}

fn cell_db(app: &TestApp, region: &str) -> PathBuf {
    app.region_dir(region).join("spool.db")
}

/// A request that may die with the server: `None` when there was no answer.
async fn try_call(
    app: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    body: Value,
) -> Option<StatusCode> {
    let mut req = app.client.request(method, app.url(path)).bearer_auth(token);
    if !body.is_null() {
        req = req.json(&body);
    }
    req.send().await.ok().map(|r| r.status())
}

async fn ok(app: &TestApp, method: Method, path: &str, token: &str, body: Value) -> Value {
    let (status, answer) = app.call(method, path, Some(token), body).await;
    assert!(status.is_success(), "{path}: {status} {answer}");
    answer
}

async fn account_id(app: &TestApp, handle: &str) -> String {
    let (s, profile) = app.get(&format!("/api/v1/accounts/{handle}"), None).await;
    assert_eq!(s, StatusCode::OK, "{profile}");
    profile["id"].as_str().unwrap().to_owned()
}

/// Handles in a profile list.
async fn handles(app: &TestApp, path: &str, token: &str) -> BTreeSet<String> {
    let (s, list) = app.get(path, Some(token)).await;
    assert_eq!(s, StatusCode::OK, "{path}: {list}");
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["handle"].as_str().unwrap().to_owned())
        .collect()
}

/// Every follow count equals its list, and every edge is on both sides; every video's
/// like count equals the accounts that say they like it.
async fn assert_counters_match_lists(
    app: &TestApp,
    accounts: &[(String, String)],
    videos: &[(String, String)],
) {
    let mut following = BTreeMap::new();
    let mut followers = BTreeMap::new();
    for (handle, token) in accounts {
        let (_, profile) = app.get(&format!("/api/v1/accounts/{handle}"), None).await;
        let out = handles(app, &format!("/api/v1/accounts/{handle}/following"), token).await;
        let inc = handles(app, &format!("/api/v1/accounts/{handle}/followers"), token).await;
        assert_eq!(
            profile["following_count"],
            out.len(),
            "{handle}'s following count against its list {out:?}"
        );
        assert_eq!(
            profile["follower_count"],
            inc.len(),
            "{handle}'s follower count against its list {inc:?}"
        );
        following.insert(handle.clone(), out);
        followers.insert(handle.clone(), inc);
    }
    for (a, outs) in &following {
        for b in outs {
            assert!(
                followers[b].contains(a),
                "{a} follows {b}, but {b}'s followers do not list {a}"
            );
        }
    }
    for (b, ins) in &followers {
        for a in ins {
            assert!(
                following[a].contains(b),
                "{b} lists follower {a}, but {a} does not follow {b}"
            );
        }
    }
    for (id, creator) in videos {
        let (_, v) = app.get(&format!("/api/v1/videos/{id}"), None).await;
        let mut likers = 0;
        for (_, token) in accounts {
            let (_, mine) = app.get(&format!("/api/v1/videos/{id}"), Some(token)).await;
            if mine["liked_by_me"] == true {
                likers += 1;
            }
        }
        assert_eq!(v["like_count"], likers, "video {id}: count against likers");
        let (_, profile) = app.get(&format!("/api/v1/accounts/{creator}"), None).await;
        assert_eq!(
            profile["like_count"], v["like_count"],
            "{creator}'s received likes (one video)"
        );
    }
}

/// Eight simultaneous follows of one account count once, and racing follows and
/// unfollows leave both sides of the edge in agreement.
#[tokio::test]
async fn simultaneous_follows_count_once_and_races_leave_both_sides_agreeing() {
    let app = spawn_app().await;
    let fan = app.user("eager_fan", "us").await;
    let star = app.user("far_star", "eu").await;
    let calls = (0..8).map(|_| {
        app.call(
            Method::POST,
            "/api/v1/accounts/far_star/follow",
            Some(&fan),
            Value::Null,
        )
    });
    for (status, body) in join_all(calls.collect()).await {
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let (_, me) = app.get("/api/v1/accounts/eager_fan", None).await;
    assert_eq!(me["following_count"], 1, "{me}");
    let (_, them) = app.get("/api/v1/accounts/far_star", None).await;
    assert_eq!(them["follower_count"], 1, "{them}");

    // Follows and unfollows at once: whatever wins, both sides say the same.
    let calls = (0..24).map(|i| {
        let method = if i % 2 == 0 {
            Method::POST
        } else {
            Method::DELETE
        };
        app.call(
            method,
            "/api/v1/accounts/far_star/follow",
            Some(&fan),
            Value::Null,
        )
    });
    for (status, body) in join_all(calls.collect()).await {
        assert!(status.is_success(), "{status} {body}");
    }
    let accounts = [
        ("eager_fan".to_owned(), fan.clone()),
        ("far_star".to_owned(), star.clone()),
    ];
    assert_counters_match_lists(&app, &accounts, &[]).await;
}

/// Runs the futures at once (all in flight together) and returns their outputs in order.
async fn join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    use std::pin::Pin;
    use std::task::{Context, Poll};
    struct JoinAll<F: std::future::Future> {
        futures: Vec<Pin<Box<F>>>,
        out: Vec<Option<F::Output>>,
    }
    // The futures are boxed; nothing else in here is ever pinned.
    impl<F: std::future::Future> Unpin for JoinAll<F> {}
    impl<F: std::future::Future> std::future::Future for JoinAll<F> {
        type Output = Vec<F::Output>;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
            let this = self.get_mut();
            let mut pending = false;
            for (f, slot) in this.futures.iter_mut().zip(this.out.iter_mut()) {
                if slot.is_none() {
                    match f.as_mut().poll(cx) {
                        Poll::Ready(v) => *slot = Some(v),
                        Poll::Pending => pending = true,
                    }
                }
            }
            if pending {
                Poll::Pending
            } else {
                Poll::Ready(this.out.iter_mut().map(|o| o.take().unwrap()).collect())
            }
        }
    }
    let n = futures.len();
    JoinAll {
        futures: futures.into_iter().map(Box::pin).collect(),
        out: (0..n).map(|_| None).collect(),
    }
    .await
}

/// A burst of likes, unlikes, follows and unfollows between accounts of three regions,
/// SIGKILLed in the middle, three times over: after each restart every counter equals
/// its list and both sides of every follow agree.
#[tokio::test]
async fn counters_equal_their_lists_after_a_kill_in_a_burst_of_likes_and_follows() {
    let mut app = spawn_app().await;
    let regions = ["us", "eu", "sg"];
    let mut accounts = Vec::new();
    for (i, r) in regions.iter().cycle().take(9).enumerate() {
        let handle = format!("burst_{i}_{r}");
        let token = app.user(&handle, r).await;
        accounts.push((handle, token));
    }
    let mut videos = Vec::new();
    for (handle, token) in accounts.iter().take(3) {
        videos.push((video(&app, token, "burst clip").await, handle.clone()));
    }
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    for round in 0..3u64 {
        let mut tasks = tokio::task::JoinSet::new();
        for (me, (_, token)) in accounts.iter().enumerate() {
            let client = app.client.clone();
            let base = app.base.clone();
            let token = token.clone();
            let handles: Vec<String> = accounts.iter().map(|(h, _)| h.clone()).collect();
            let video_ids: Vec<String> = videos.iter().map(|(v, _)| v.clone()).collect();
            let seed = round * 100 + me as u64;
            tasks.spawn(async move {
                let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
                for _ in 0..60 {
                    let (method, path) = if rng.gen_bool(0.5) {
                        let v = &video_ids[rng.gen_range(0..video_ids.len())];
                        let m = if rng.gen_bool(0.6) {
                            Method::POST
                        } else {
                            Method::DELETE
                        };
                        (m, format!("/api/v1/videos/{v}/like"))
                    } else {
                        let mut t = rng.gen_range(0..handles.len());
                        if t == me {
                            t = (t + 1) % handles.len();
                        }
                        let m = if rng.gen_bool(0.6) {
                            Method::POST
                        } else {
                            Method::DELETE
                        };
                        (m, format!("/api/v1/accounts/{}/follow", handles[t]))
                    };
                    // The same request several times at once, as a double tap would.
                    let copies = if rng.gen_bool(0.2) { 4 } else { 1 };
                    let mut sends = Vec::new();
                    for _ in 0..copies {
                        sends.push(
                            client
                                .request(method.clone(), format!("{base}{path}"))
                                .bearer_auth(&token)
                                .send(),
                        );
                    }
                    let answers = join_all(sends).await;
                    if answers.iter().any(|a| a.is_err()) {
                        return true; // the server died under it
                    }
                }
                false
            });
        }
        // Somewhere in the middle of the burst.
        tokio::time::sleep(std::time::Duration::from_millis(rng.gen_range(150..600))).await;
        app.kill();
        let mut interrupted = false;
        while let Some(done) = tasks.join_next().await {
            interrupted |= done.unwrap();
        }
        assert!(
            interrupted,
            "round {round}: the kill came in the middle of the burst"
        );
        app.restart().await;
        assert_counters_match_lists(&app, &accounts, &videos).await;
    }
}

/// A crash right after the liker's row, or right after the count was applied but before
/// the outbox entry went: at restart the count is delivered, exactly once.
#[tokio::test]
async fn a_crash_between_the_two_halves_of_a_like_or_follow_is_repaired_at_restart() {
    let crash = tempfile::tempdir().unwrap();
    let file = crash.path().join("point");
    std::fs::write(&file, "").unwrap();
    let mut app = spawn_app_with(&[("SPOOL_TEST_CRASH_FILE", file.to_str().unwrap())]).await;
    let creator = app.user("half_creator", "eu").await;
    let v = video(&app, &creator, "half and half").await;
    let fans = [
        app.user("half_fan_us", "us").await,
        app.user("half_fan_sg", "sg").await,
    ];
    for (fan, point) in fans.iter().zip(["like:recorded", "relay:applied"]) {
        std::fs::write(&file, point).unwrap();
        let answer = try_call(
            &app,
            Method::POST,
            &format!("/api/v1/videos/{v}/like"),
            fan,
            Value::Null,
        )
        .await;
        assert_eq!(answer, None, "the server died at {point}");
        app.kill();
        std::fs::write(&file, "").unwrap();
        app.restart().await;
    }
    let (_, video) = app.get(&format!("/api/v1/videos/{v}"), None).await;
    assert_eq!(video["like_count"], 2, "each like counted once: {video}");
    for fan in &fans {
        let (_, mine) = app.get(&format!("/api/v1/videos/{v}"), Some(fan)).await;
        assert_eq!(mine["liked_by_me"], true);
    }
    // A follow whose follower's copy was still on its way.
    std::fs::write(&file, "follow:recorded").unwrap();
    let answer = try_call(
        &app,
        Method::POST,
        "/api/v1/accounts/half_creator/follow",
        &fans[0],
        Value::Null,
    )
    .await;
    assert_eq!(answer, None);
    app.kill();
    std::fs::write(&file, "").unwrap();
    app.restart().await;
    let accounts = [
        ("half_creator".to_owned(), creator.clone()),
        ("half_fan_us".to_owned(), fans[0].clone()),
        ("half_fan_sg".to_owned(), fans[1].clone()),
    ];
    assert_counters_match_lists(&app, &accounts, &[(v.clone(), "half_creator".into())]).await;
    let (_, fan) = app.get("/api/v1/accounts/half_fan_us", None).await;
    assert_eq!(fan["following_count"], 1);
    for region in ["us", "eu", "sg"] {
        assert_eq!(
            scalar(cell_db(&app, region), "SELECT COUNT(*) FROM outbox").await,
            0,
            "{region}'s outbox drained at start"
        );
    }
}

/// `POST /me/move` killed at every step in turn (moving back and forth): after the
/// restart the account is wholly in one cell, its media plays from there, its likes,
/// comments and follows are intact, and nothing personal is left in the other cell.
#[tokio::test]
async fn a_move_killed_at_any_step_is_finished_at_restart() {
    let crash = tempfile::tempdir().unwrap();
    let file = crash.path().join("point");
    std::fs::write(&file, "").unwrap();
    let mut app = spawn_app_with(&[("SPOOL_TEST_CRASH_FILE", file.to_str().unwrap())]).await;
    let mut nomad = app.user("nomad", "eu").await;
    let fan = app.user("nomad_fan", "sg").await;
    let friend = app.user("nomad_friend", "sg").await;
    let v = video(&app, &nomad, "packing up #moving").await;
    let nomad_id = account_id(&app, "nomad").await;
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{v}/like"),
        &fan,
        Value::Null,
    )
    .await;
    let comment = ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{v}/comments"),
        &fan,
        json!({"text": "safe travels"}),
    )
    .await;
    let comment = comment["id"].as_str().unwrap().to_owned();
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{v}/comments/{comment}/like"),
        &nomad,
        Value::Null,
    )
    .await;
    ok(
        &app,
        Method::POST,
        "/api/v1/accounts/nomad/follow",
        &fan,
        Value::Null,
    )
    .await;
    ok(
        &app,
        Method::POST,
        "/api/v1/accounts/nomad_friend/follow",
        &nomad,
        Value::Null,
    )
    .await;
    ok(
        &app,
        Method::PATCH,
        "/api/v1/me",
        &nomad,
        json!({"bio": "always on the road"}),
    )
    .await;
    ok(
        &app,
        Method::POST,
        "/api/v1/reports",
        &friend,
        json!({"video_id": v, "category": "spam"}),
    )
    .await;

    let mut home = "eu";
    for point in [
        "move:recorded",
        "move:copied",
        "move:media",
        "move:switched",
        "move:referenced",
        "move:purged",
    ] {
        let to = if home == "eu" { "us" } else { "eu" };
        std::fs::write(&file, point).unwrap();
        let answer = try_call(
            &app,
            Method::POST,
            "/api/v1/me/move",
            &nomad,
            json!({"region": to, "password": "correct horse"}),
        )
        .await;
        assert_eq!(answer, None, "the server died at {point}");
        app.kill();
        std::fs::write(&file, "").unwrap();
        app.restart().await;
        let (from, now) = (home, to);
        home = now;

        nomad = app.login("nomad").await;
        let (_, me) = app.get("/api/v1/me", Some(&nomad)).await;
        assert_eq!(me["region"], now, "after {point}: {me}");
        assert_eq!(me["email"], "nomad@example.org", "after {point}");
        assert_eq!(me["bio"], "always on the road", "after {point}");
        let (_, video) = app.get(&format!("/api/v1/videos/{v}"), Some(&fan)).await;
        assert_eq!(video["state"], "ready", "after {point}: {video}");
        assert_eq!(video["like_count"], 1, "after {point}");
        assert_eq!(video["comment_count"], 1, "after {point}");
        let playlist = video["playlist_url"].as_str().unwrap().to_owned();
        assert!(playlist.contains(&format!("/{now}/")), "{playlist}");
        let master = app.client.get(app.url(&playlist)).send().await.unwrap();
        assert_eq!(
            master.status(),
            StatusCode::OK,
            "after {point}: the video plays"
        );
        let master = master.text().await.unwrap();
        let variant = master
            .lines()
            .find(|l| !l.starts_with('#') && !l.is_empty())
            .unwrap()
            .to_owned();
        let base = playlist.rsplit_once('/').unwrap().0;
        let variant = app
            .client
            .get(app.url(&format!("{base}/{variant}")))
            .send()
            .await
            .unwrap();
        assert_eq!(
            variant.status(),
            StatusCode::OK,
            "after {point}: its renditions play"
        );
        let (_, comments) = app
            .get(&format!("/api/v1/videos/{v}/comments"), Some(&nomad))
            .await;
        assert_eq!(
            comments["items"][0]["like_count"], 1,
            "after {point}: {comments}"
        );
        let (_, profile) = app.get("/api/v1/accounts/nomad", None).await;
        assert_eq!(profile["follower_count"], 1, "after {point}: {profile}");
        assert_eq!(profile["following_count"], 1, "after {point}: {profile}");
        assert_eq!(profile["like_count"], 1, "after {point}: {profile}");
        assert!(handles(&app, "/api/v1/accounts/nomad/followers", &nomad)
            .await
            .contains("nomad_fan"));
        assert!(handles(&app, "/api/v1/accounts/nomad/following", &nomad)
            .await
            .contains("nomad_friend"));
        // The other cells' references name the new home.
        let sg = cell_db(&app, "sg");
        for (what, sql) in [
            ("follower_region", format!("SELECT COUNT(*) FROM followers WHERE follower_id = '{nomad_id}' AND follower_region <> '{now}'")),
            ("target_region", format!("SELECT COUNT(*) FROM following WHERE target_id = '{nomad_id}' AND target_region <> '{now}'")),
            ("video_region", format!("SELECT COUNT(*) FROM likes WHERE video_id = '{v}' AND video_region <> '{now}'")),
        ] {
            assert_eq!(scalar(sg.clone(), &sql).await, 0, "after {point}: sg's {what}");
        }
        let reports = format!("SELECT COUNT(*) FROM notices WHERE target_id = '{v}'");
        assert_eq!(
            scalar(cell_db(&app, now), &reports).await,
            1,
            "after {point}: the report about its video moved with it"
        );
        // Nothing of the account is left in the cell it left: rows or files.
        let bytes = cell_bytes(&app, from).await;
        for needle in [
            "nomad@example.org",
            "always on the road",
            &nomad_id,
            &v,
            &comment,
        ] {
            assert!(
                !contains(&bytes, needle),
                "after {point}: {needle:?} left behind in {from}"
            );
        }
        assert!(app
            .media(from)
            .list(&crate::harness::blob_key(&format!("videos/{v}")))
            .await
            .unwrap()
            .is_empty());
        assert_eq!(
            scalar(
                app.data.path().join("directory.db"),
                "SELECT COUNT(*) FROM moves"
            )
            .await,
            0,
            "after {point}: the move is finished"
        );
    }
}

/// Moving home keeps the reports about the account's videos (they live with the video),
/// and a reporter's second report of the video still finds the first.
#[tokio::test]
async fn a_move_keeps_the_reports_about_the_accounts_videos() {
    let app = spawn_app().await;
    let mover = app.user("reported_mover", "eu").await;
    let reporter = app.user("watchful", "sg").await;
    let v = video(&app, &mover, "questionable").await;
    let report = json!({"video_id": v, "category": "spam", "note": "looks like spam"});
    let first = ok(
        &app,
        Method::POST,
        "/api/v1/reports",
        &reporter,
        report.clone(),
    )
    .await;
    assert_eq!(first["new"], true, "{first}");
    ok(
        &app,
        Method::POST,
        "/api/v1/me/move",
        &mover,
        json!({"region": "us", "password": "correct horse"}),
    )
    .await;
    let sql = format!("SELECT COUNT(*) FROM notices WHERE target_id = '{v}'");
    assert_eq!(
        scalar(cell_db(&app, "us"), &sql).await,
        1,
        "the report moved"
    );
    assert_eq!(scalar(cell_db(&app, "eu"), &sql).await, 0);
    let again = ok(&app, Method::POST, "/api/v1/reports", &reporter, report).await;
    assert_eq!(again["new"], false, "the first report stands: {again}");
    assert_eq!(again["id"], first["id"]);
}

/// Comments written within the same millisecond are all listed once, in pages.
#[tokio::test]
async fn comment_pages_list_every_comment_once() {
    let mut app = spawn_app().await;
    let creator = app.user("chatty_creator", "eu").await;
    let talker = app.user("chatty_talker", "us").await;
    let v = video(&app, &creator, "talk to me").await;
    let path = format!("/api/v1/videos/{v}/comments");
    let calls = (0..24).map(|i| {
        app.call(
            Method::POST,
            &path,
            Some(if i % 2 == 0 { &talker } else { &creator }),
            json!({"text": format!("comment {i}")}),
        )
    });
    let mut written = BTreeSet::new();
    for (status, c) in join_all(calls.collect()).await {
        assert_eq!(status, StatusCode::CREATED, "{c}");
        written.insert(c["id"].as_str().unwrap().to_owned());
    }
    let pinned = written.iter().nth(5).unwrap().clone();
    ok(
        &app,
        Method::POST,
        &format!("{path}/{pinned}/pin"),
        &creator,
        Value::Null,
    )
    .await;
    // Many comments in one millisecond, as a busy video gets them (set in the database,
    // so the test does not depend on how fast this machine is).
    assert!(app.terminate().await);
    let pool = crate::harness::pool_for_file(&cell_db(&app, "eu")).await;
    sqlx::query(
        "UPDATE comments SET created_at = (SELECT MIN(created_at) FROM comments)
          WHERE (SELECT COUNT(*) FROM comments c WHERE c.id < comments.id) % 3 <> 0",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    app.restart().await;

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..50 {
        let page_path = match &cursor {
            Some(c) => format!("{path}?limit=5&cursor={c}"),
            None => format!("{path}?limit=5"),
        };
        let (status, page) = app.get(&page_path, None).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        for c in page["items"].as_array().unwrap() {
            seen.push(c["id"].as_str().unwrap().to_owned());
        }
        match page["cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    assert_eq!(
        seen.first(),
        Some(&pinned),
        "the pinned comment comes first"
    );
    let unique: BTreeSet<String> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), seen.len(), "no comment twice: {seen:?}");
    assert_eq!(unique, written, "every comment, once");
    let (status, body) = app.get(&format!("{path}?cursor=yesterday"), None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["error"]["field"], "cursor");
}

/// Downloads the caller's export (GET, or POST where the export is a POST).
async fn export(app: &TestApp, token: &str) -> zip::ZipArchive<std::io::Cursor<Vec<u8>>> {
    let mut resp = app
        .client
        .get(app.url("/api/v1/me/export"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    if resp.status() == StatusCode::METHOD_NOT_ALLOWED {
        resp = app
            .client
            .post(app.url("/api/v1/me/export"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
    }
    assert_eq!(resp.status(), StatusCode::OK);
    let bytes = resp.bytes().await.unwrap().to_vec();
    zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap()
}

fn entry(archive: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str) -> Value {
    let mut out = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    serde_json::from_str(&out).unwrap()
}

/// A watch time longer than possible is answered as capped, and stored (and exported)
/// as capped.
#[tokio::test]
async fn an_impossible_watch_time_is_stored_as_capped() {
    let app = spawn_app().await;
    let creator = app.user("short_maker", "eu").await;
    let viewer = app.user("long_watcher", "us").await;
    let v = video(&app, &creator, "a short one").await;
    let answer = ok(
        &app,
        Method::POST,
        "/api/v1/events",
        &viewer,
        json!({"events": [
            {"video_id": v, "kind": "view", "watched_ms": 3_600_000},
            {"video_id": v, "kind": "view", "watched_ms": 900}
        ]}),
    )
    .await;
    assert_eq!(answer["accepted"], 2, "{answer}");
    let capped = answer["capped"].as_array().unwrap();
    assert_eq!(capped.len(), 1, "{answer}");
    assert_eq!(capped[0]["index"], 0);
    let cap = capped[0]["watched_ms"].as_i64().unwrap();
    assert!(cap < 3_600_000, "{answer}");
    let mut archive = export(&app, &viewer).await;
    let history = entry(&mut archive, "view_history.json");
    let watched: Vec<i64> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "view")
        .map(|e| e["watched_ms"].as_i64().unwrap())
        .collect();
    assert_eq!(watched, [cap, 900], "stored as answered: {history}");
}

/// Deleting a video takes its likes, and the likes of its comments, out of every
/// liker's cell, and off the creator's count; erasing an account does the same for all
/// its videos.
#[tokio::test]
async fn a_deleted_video_takes_its_likes_from_every_cell() {
    let app = spawn_app().await;
    let creator = app.user("gone_creator", "eu").await;
    let likers = [
        ("liker_us", app.user("liker_us", "us").await),
        ("liker_sg", app.user("liker_sg", "sg").await),
        ("liker_eu", app.user("liker_eu", "eu").await),
    ];
    let v = video(&app, &creator, "here today").await;
    let kept = video(&app, &creator, "here tomorrow").await;
    let c = ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{v}/comments"),
        &likers[1].1,
        json!({"text": "likeable comment"}),
    )
    .await;
    let c = c["id"].as_str().unwrap().to_owned();
    for (_, token) in &likers {
        ok(
            &app,
            Method::POST,
            &format!("/api/v1/videos/{v}/like"),
            token,
            Value::Null,
        )
        .await;
        ok(
            &app,
            Method::POST,
            &format!("/api/v1/videos/{v}/comments/{c}/like"),
            token,
            Value::Null,
        )
        .await;
    }
    ok(
        &app,
        Method::POST,
        &format!("/api/v1/videos/{kept}/like"),
        &likers[0].1,
        Value::Null,
    )
    .await;
    let (_, profile) = app.get("/api/v1/accounts/gone_creator", None).await;
    assert_eq!(profile["like_count"], 4);

    let (s, _) = app
        .call(
            Method::DELETE,
            &format!("/api/v1/videos/{v}"),
            Some(&creator),
            Value::Null,
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (_, profile) = app.get("/api/v1/accounts/gone_creator", None).await;
    assert_eq!(
        profile["like_count"], 1,
        "only the kept video's like: {profile}"
    );
    for (handle, token) in &likers {
        let mut archive = export(&app, token).await;
        let likes = entry(&mut archive, "likes.json").to_string();
        let comment_likes = entry(&mut archive, "comment_likes.json").to_string();
        assert!(
            !likes.contains(&v),
            "{handle} still likes the deleted video: {likes}"
        );
        assert!(
            !comment_likes.contains(&c),
            "{handle} still likes its comment: {comment_likes}"
        );
    }
    for region in ["us", "eu", "sg"] {
        let sql = format!(
            "SELECT (SELECT COUNT(*) FROM likes WHERE video_id = '{v}')
                  + (SELECT COUNT(*) FROM comment_likes WHERE comment_id = '{c}')"
        );
        assert_eq!(scalar(cell_db(&app, region), &sql).await, 0, "{region}");
    }

    // Erasing the creator: the likes of its remaining video go from every cell too.
    let (s, body) = app
        .call(
            Method::DELETE,
            "/api/v1/me",
            Some(&creator),
            json!({"password": "correct horse"}),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let mut archive = export(&app, &likers[0].1).await;
    let likes = entry(&mut archive, "likes.json").to_string();
    assert!(
        !likes.contains(&kept),
        "a like of an erased account's video stayed: {likes}"
    );
    for region in ["us", "eu", "sg"] {
        let sql = format!("SELECT COUNT(*) FROM likes WHERE video_id = '{kept}'");
        assert_eq!(scalar(cell_db(&app, region), &sql).await, 0, "{region}");
    }
}
