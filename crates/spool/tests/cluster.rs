//! Several `spool serve` processes on one data folder and one NATS server, in the roles
//! of a scale-out deployment: API nodes that any request may reach, and job workers.
//! Each test needs a NATS server with JetStream (`SPOOL_TEST_NATS_URL`, started by
//! scripts/test) and fails with that message without one.
//!
//! The only time limits are the issue's: an interaction on one node changes another
//! node's next page, and a video made private or deleted on one node is gone from
//! another's search and feed, within a second (polled until then).

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[allow(dead_code)]
#[path = "api/harness.rs"]
mod harness;
#[allow(dead_code)]
#[path = "api/media_support.rs"]
mod media_support;

use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use harness::{nats_url, start, unique_prefix, TestApp};
use media_support::make_clip;

/// The processes of one deployment: one data folder, one NATS prefix, a state folder
/// per node.
struct Cluster {
    data: tempfile::TempDir,
    env: Vec<(String, String)>,
    states: Vec<tempfile::TempDir>,
}

impl Cluster {
    fn new(extra: &[(&str, &str)]) -> Self {
        let mut env: Vec<(String, String)> = vec![
            ("SPOOL_BUS__BACKEND".into(), "nats".into()),
            ("SPOOL_BUS__URL".into(), nats_url()),
            ("SPOOL_BUS__PREFIX".into(), unique_prefix()),
        ];
        for (k, v) in extra {
            env.push(((*k).into(), (*v).into()));
        }
        if !env.iter().any(|(k, _)| k == "SPOOL_RATE_LIMITS__ENABLED") {
            env.push(("SPOOL_RATE_LIMITS__ENABLED".into(), "false".into()));
        }
        Self {
            data: tempfile::tempdir().unwrap(),
            env,
            states: Vec::new(),
        }
    }

    /// Starts one `spool serve --role <role>` with a state folder of its own.
    async fn node(&mut self, role: &str) -> TestApp {
        let state = tempfile::tempdir().unwrap();
        let state_arg = state.path().to_str().unwrap().to_owned();
        let (child, base) = start(
            self.data.path(),
            &self.env,
            &["--role", role, "--state", &state_arg],
        )
        .await;
        self.states.push(state);
        TestApp::adopt(child, base, self.env.clone())
    }
}

/// Polls `check` until it holds; panics with `what` once `within` has passed.
async fn eventually<F, Fut>(within: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + within;
    loop {
        if check().await {
            return;
        }
        assert!(Instant::now() < deadline, "{what}: not within {within:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn has(list: &Value, key: &str, id: &str) -> bool {
    list[key]
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .any(|v| v["id"] == id || v["video"]["id"] == id)
}

async fn feed_page(node: &TestApp, token: &str) -> Value {
    let (status, page) = node.get("/api/v1/feed/for-you?limit=20", Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    page
}

fn creators(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["video"]["creator"]["handle"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn an_event_on_one_node_changes_the_next_page_on_another() {
    let mut cluster = Cluster::new(&[]);
    let a = cluster.node("api").await;
    let b = cluster.node("api").await;
    let _worker = cluster.node("worker").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 180, 320, 1.0, false);
    let mut videos = Vec::new();
    for handle in ["maker_one", "maker_two"] {
        let token = a.user(handle, "us").await;
        for k in 0..2 {
            let v = a
                .publish(
                    &token,
                    &clip,
                    json!({"caption": format!("clip {k} by {handle}")}),
                )
                .await;
            videos.push((token.clone(), v["id"].as_str().unwrap().to_owned()));
        }
    }
    for (token, id) in &videos {
        a.wait_video(token, id, 240, |v| v["state"] == "ready")
            .await;
    }
    // A session made on A works on B: sessions live in the shared store.
    let viewer = a.user("viewer", "us").await;
    // B's catalog learned of every video from the bus (the worker published them).
    eventually(
        Duration::from_secs(10),
        "B's feed holds both creators",
        || async {
            let c = creators(&feed_page(&b, &viewer).await);
            c.iter().any(|h| h == "maker_one") && c.iter().any(|h| h == "maker_two")
        },
    )
    .await;
    let page = feed_page(&b, &viewer).await;
    let item = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["video"]["creator"]["handle"] == "maker_one")
        .unwrap()
        .clone();
    // "Not interested" on A ...
    let (status, answer) = a
        .post(
            "/api/v1/events",
            Some(&viewer),
            json!({"events": [{"video_id": item["video"]["id"], "kind": "not_interested"}]}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{answer}");
    // ... and B's next page has no more of that creator, within a second.
    eventually(
        Duration::from_secs(1),
        "an event posted to A changes B's next page",
        || async {
            let c = creators(&feed_page(&b, &viewer).await);
            !c.is_empty() && c.iter().all(|h| h != "maker_one")
        },
    )
    .await;
}

#[tokio::test]
async fn a_video_made_private_or_deleted_on_one_node_is_gone_from_another() {
    let mut cluster = Cluster::new(&[]);
    let a = cluster.node("api").await;
    let b = cluster.node("api").await;
    let _worker = cluster.node("worker").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 180, 320, 1.0, false);
    let owner = a.user("shy_owner", "us").await;
    let hidden = a
        .publish(&owner, &clip, json!({"caption": "zebrafinch sunrise"}))
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let other = a.user("bold_owner", "us").await;
    let deleted = a
        .publish(&other, &clip, json!({"caption": "quokkaparade noon"}))
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    a.wait_video(&owner, &hidden, 240, |v| v["state"] == "ready")
        .await;
    a.wait_video(&other, &deleted, 240, |v| v["state"] == "ready")
        .await;
    let viewer = b.user("onlooker", "us").await;
    let visible_on_b = |word: &'static str, id: String| {
        let b = &b;
        let viewer = viewer.clone();
        async move {
            let (_, search) = b.get(&format!("/api/v1/search?q={word}"), None).await;
            let (_, feed) = b
                .get(
                    "/api/v1/feed/for-you?mode=non_personalized&limit=50",
                    Some(&viewer),
                )
                .await;
            (has(&search, "videos", &id), has(&feed, "items", &id))
        }
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let seen = (
            visible_on_b("zebrafinch", hidden.clone()).await,
            visible_on_b("quokkaparade", deleted.clone()).await,
        );
        if seen == ((true, true), (true, true)) {
            break;
        }
        if Instant::now() > deadline {
            let (_, search) = b.get("/api/v1/search?q=zebrafinch", None).await;
            let (_, feed) = b
                .get(
                    "/api/v1/feed/for-you?mode=non_personalized&limit=50",
                    Some(&viewer),
                )
                .await;
            let (_, on_a) = a.get("/api/v1/search?q=zebrafinch", None).await;
            panic!("B does not show both videos: {seen:?}\nsearch {search}\nfeed {feed}\nsearch on A {on_a}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // The owner makes the account private on A: B's search and feed lose the video.
    let (status, body) = a
        .call(
            Method::PATCH,
            "/api/v1/me/settings",
            Some(&owner),
            json!({"is_private": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    eventually(
        Duration::from_secs(1),
        "a video made private on A is gone from B's search and feed",
        || async { visible_on_b("zebrafinch", hidden.clone()).await == (false, false) },
    )
    .await;

    // A deletion on A: gone from B too.
    let (status, body) = a
        .call(
            Method::DELETE,
            &format!("/api/v1/videos/{deleted}"),
            Some(&other),
            Value::Null,
        )
        .await;
    assert!(status.is_success(), "{status} {body}");
    eventually(
        Duration::from_secs(1),
        "a video deleted on A is gone from B's search and feed",
        || async { visible_on_b("quokkaparade", deleted.clone()).await == (false, false) },
    )
    .await;
}

#[tokio::test]
async fn a_transcode_whose_worker_is_killed_is_finished_by_another_worker() {
    // Short leases, so the takeover comes within seconds; one ffmpeg thread, so the
    // ladder takes long enough to be cut off in the middle.
    let mut cluster = Cluster::new(&[
        ("SPOOL_JOBS__LEASE_SECS", "3"),
        ("SPOOL_MEDIA__FFMPEG_THREADS", "1"),
    ]);
    let api = cluster.node("api").await;
    let mut first = cluster.node("worker").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "long.mp4", 1080, 1920, 10.0, true);
    let token = api.user("long_takes", "us").await;
    let id = api
        .publish(&token, &clip, json!({"caption": "a long one"}))
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // The first rendition is out: the worker is now encoding the rest of the ladder.
    let v = api
        .wait_video(&token, &id, 240, |v| v["state"] == "ready")
        .await;
    assert_ne!(
        v["ladder_complete"], true,
        "the ladder finished too soon to test a kill: {v}"
    );
    let _second = cluster.node("worker").await;
    let (_, v) = api.get(&format!("/api/v1/videos/{id}"), Some(&token)).await;
    assert_ne!(
        v["ladder_complete"], true,
        "the ladder finished before the kill: {v}"
    );
    first.kill();
    // The job's message comes back after the lease; the second worker finishes it.
    let done = api.wait_complete(&token, &id).await;
    assert_eq!(done["state"], "ready", "{done}");
}

#[tokio::test]
async fn rate_limits_count_across_nodes() {
    let mut cluster = Cluster::new(&[
        ("SPOOL_RATE_LIMITS__ENABLED", "true"),
        ("SPOOL_RATE_LIMITS__LOGIN_PER_HANDLE_PER_MINUTE", "3"),
    ]);
    let a = cluster.node("api").await;
    let b = cluster.node("api").await;
    a.signup("limited", "us").await;
    async fn login(node: &TestApp) -> StatusCode {
        let body = json!({"handle": "limited", "password": "correct horse"});
        node.post("/api/v1/sessions", None, body).await.0
    }
    // Three attempts in a minute, spread over both nodes: each node alone would allow
    // three, the deployment allows three in all.
    assert_eq!(login(&a).await, StatusCode::CREATED);
    assert_eq!(login(&b).await, StatusCode::CREATED);
    assert_eq!(login(&a).await, StatusCode::CREATED);
    assert_eq!(login(&b).await, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(login(&a).await, StatusCode::TOO_MANY_REQUESTS);
}

/// An API node SIGKILLed while it takes writes: every write it acknowledged is there,
/// asked through the other node (the decision at once, the follower's copy once the
/// worker's relay delivers it).
#[tokio::test]
async fn an_api_node_killed_under_load_loses_no_acknowledged_write() {
    let mut cluster = Cluster::new(&[]);
    let mut a = cluster.node("api").await;
    let b = cluster.node("api").await;
    let _worker = cluster.node("worker").await;
    let token = a.user("writer", "eu").await;
    let n = 24;
    for i in 0..n {
        b.signup(&format!("target{i}"), if i % 2 == 0 { "us" } else { "sg" })
            .await;
    }
    let (a_client, a_base) = (a.client.clone(), a.base.clone());
    let answered = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let (client, base, token) = (a_client.clone(), a_base.clone(), token.clone());
            let answered = answered.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(40 * i as u64)).await;
                let r = client
                    .post(format!("{base}/api/v1/accounts/target{i}/follow"))
                    .bearer_auth(&token)
                    .send()
                    .await;
                let ok = matches!(r, Ok(ref resp) if resp.status().is_success());
                if let Ok(resp) = r {
                    assert!(ok, "follow {i}: {}", resp.status());
                    answered.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                }
                ok.then_some(i)
            })
        })
        .collect();
    // Killed while the writes keep coming: after a few were acknowledged.
    while answered.load(std::sync::atomic::Ordering::SeqCst) < 4 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    a.kill();
    let mut acked = Vec::new();
    for t in tasks {
        if let Some(i) = t.await.unwrap() {
            acked.push(i);
        }
    }
    assert!(
        !acked.is_empty(),
        "node A acknowledged nothing before it died"
    );
    assert!(
        acked.len() < n,
        "every write was answered: the kill came too late to test"
    );
    for i in &acked {
        let handle = format!("target{i}");
        eventually(Duration::from_secs(10), "an acknowledged follow", || {
            let b = &b;
            let handle = handle.clone();
            async move {
                let (_, profile) = b.get(&format!("/api/v1/accounts/{handle}"), None).await;
                profile["follower_count"] == 1
            }
        })
        .await;
    }
    eventually(Duration::from_secs(15), "the follower's copies", || {
        let b = &b;
        let acked = acked.clone();
        async move {
            let (_, list) = b.get("/api/v1/accounts/writer/following", None).await;
            let text = list.to_string();
            acked
                .iter()
                .all(|i| text.contains(&format!("\"target{i}\"")))
        }
    })
    .await;
}

/// The API nodes share the data folder and so each region's audit log: exports asked of
/// either node at once land as one dense log that `spool audit verify` accepts, and each
/// node's access log shows what the other recorded.
#[tokio::test]
async fn audit_entries_from_both_api_nodes_make_one_log_that_verifies() {
    let mut cluster = Cluster::new(&[]);
    let a = cluster.node("api").await;
    let b = cluster.node("api").await;
    let owners = 4;
    let mut tokens = Vec::new();
    for i in 0..owners {
        tokens.push(a.user(&format!("owner{i}"), "eu").await);
    }
    let exports = 3;
    let tasks: Vec<_> = (0..owners * exports)
        .map(|n| {
            let node = if n % 2 == 0 { &a } else { &b };
            let (client, base) = (node.client.clone(), node.base.clone());
            let token = tokens[n % owners].clone();
            tokio::spawn(async move {
                let resp = client
                    .get(format!("{base}/api/v1/me/export"))
                    .bearer_auth(&token)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(resp.status(), StatusCode::OK);
                resp.bytes().await.unwrap();
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    let out = std::process::Command::new(harness::spool_bin())
        .args(["audit", "verify", "--region", "eu", "--data"])
        .arg(cluster.data.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let total = owners * exports;
    assert!(
        text.contains(&format!("OK — {total} entries, {total} signed tree heads")),
        "{text}"
    );
    // Each owner's exports, whichever node recorded them, through either node.
    for node in [&a, &b] {
        let (status, log) = node.get("/api/v1/me/access-log", Some(&tokens[1])).await;
        assert_eq!(status, StatusCode::OK, "{log}");
        let items = log["items"].as_array().unwrap();
        let exported = items.iter().filter(|e| e["action"] == "export").count();
        assert_eq!(exported, exports, "{log}");
    }
}
