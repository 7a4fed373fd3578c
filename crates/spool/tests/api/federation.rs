//! Federation seen from outside: two Spool instances on loopback (`localhost:<port>`
//! each, so they are two hosts to each other), talking ActivityPub with signed requests.
//! In the cluster form each is two API nodes and a worker; its public URL names the
//! first API node.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{spawn_app_with, TestApp};
use crate::media_support::make_clip;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn instance() -> (TestApp, String) {
    instance_with(&[]).await
}

/// An instance with settings of its own besides federation's.
async fn instance_with(extra: &[(&str, &str)]) -> (TestApp, String) {
    let port = free_port();
    let domain = format!("localhost:{port}");
    let listen = format!("127.0.0.1:{port}");
    let public = format!("http://{domain}");
    let mut env = vec![
        ("SPOOL_SERVER__LISTEN", listen.as_str()),
        ("SPOOL_SERVER__PUBLIC_URL", public.as_str()),
        ("SPOOL_FEDERATION__ENABLED", "true"),
        ("SPOOL_FEDERATION__ALLOW_LOCAL", "true"),
        ("SPOOL_FEDERATION__REMOTE_IN_FOR_YOU", "true"),
        ("SPOOL_MEDIA__WORKERS", "2"),
    ];
    env.extend_from_slice(extra);
    let app = spawn_app_with(&env).await;
    (app, domain)
}

/// Polls `check` until it gives a value, for up to a minute (deliveries are jobs).
async fn eventually<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    for _ in 0..240 {
        if let Some(v) = check().await {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    panic!("{what}: not within a minute");
}

async fn remote_state(app: &TestApp, token: &str, path: &str, acct_part: &str) -> Option<String> {
    let (status, list) = app.get(path, Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    list.as_array()?
        .iter()
        .find(|e| e["acct"].as_str().is_some_and(|a| a.contains(acct_part)))
        .map(|e| e["state"].as_str().unwrap_or_default().to_owned())
}

/// `token`'s account on `app` follows `acct` (a public account elsewhere), until active.
async fn follow_and_wait(app: &TestApp, token: &str, acct: &str) {
    let (status, answer) = app
        .post(
            "/api/v1/federation/follows",
            Some(token),
            json!({"acct": acct}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let name = acct.split('@').next().unwrap_or_default();
    eventually(&format!("the follow of {acct} is accepted"), || async {
        remote_state(
            app,
            token,
            "/api/v1/federation/follows",
            &format!("{name}@"),
        )
        .await
        .filter(|s| s == "active")
    })
    .await;
}

async fn feed_ids(app: &TestApp, token: &str) -> Vec<String> {
    let (status, feed) = app.get("/api/v1/federation/feed", Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{feed}");
    feed.as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn two_instances_follow_publish_delete_and_part() {
    let (a, a_domain) = instance().await;
    let (b, b_domain) = instance().await;
    let alice = a.user("alice", "eu").await;
    let bob = b.user("bob", "us").await;

    // --- WebFinger and the actor document -------------------------------------------
    let wf = a
        .client
        .get(a.url(&format!(
            "/.well-known/webfinger?resource=acct:alice@{a_domain}"
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(wf.status(), StatusCode::OK);
    let wf: Value = wf.json().await.unwrap();
    let actor_url = wf["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["rel"] == "self")
        .and_then(|l| l["href"].as_str())
        .unwrap()
        .to_owned();
    assert!(actor_url.starts_with(&format!("http://{a_domain}/ap/actors/")));
    let doc: Value = a
        .client
        .get(&actor_url)
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(doc["type"], "Person");
    assert_eq!(doc["preferredUsername"], "alice");
    assert!(doc["publicKey"]["publicKeyPem"]
        .as_str()
        .unwrap()
        .contains("BEGIN PUBLIC KEY"));
    // Nothing personal in it.
    let text = doc.to_string();
    assert!(
        !text.contains("@example") && !text.contains("birth"),
        "{text}"
    );
    // An unknown account, and one of another instance, are not found.
    let (status, _) = a
        .get(
            &format!("/.well-known/webfinger?resource=acct:nobody@{a_domain}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = a
        .get(
            &format!("/.well-known/webfinger?resource=acct:alice@{b_domain}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // --- an unsigned or tampered activity is refused and changes nothing -------------
    let forged = json!({"@context": "https://www.w3.org/ns/activitystreams",
        "id": format!("http://{b_domain}/ap/activities/x"), "type": "Follow",
        "actor": format!("http://{b_domain}/ap/actors/00000000-0000-0000-0000-000000000000"),
        "object": actor_url});
    let res = a
        .client
        .post(a.url("/ap/inbox"))
        .header("content-type", "application/activity+json")
        .body(forged.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);

    // --- a private account: the follow is a request until accepted ------------------
    let (status, _) = a
        .call(
            Method::PATCH,
            "/api/v1/me/settings",
            Some(&alice),
            json!({"is_private": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // Found by her address first (a search by address): locked, not followed yet.
    let lookup = format!("/api/v1/federation/accounts?acct=%40alice%40{a_domain}");
    let (status, found) = b.get(&lookup, Some(&bob)).await;
    assert_eq!(status, StatusCode::OK, "{found}");
    assert_eq!(found["acct"], format!("alice@{a_domain}"));
    assert_eq!(found["name"], "alice");
    assert_eq!(found["locked"], true);
    assert!(found.get("following").is_none(), "{found}");
    for (acct, want) in [
        (format!("nobody@{a_domain}"), StatusCode::NOT_FOUND),
        ("alice".to_owned(), StatusCode::BAD_REQUEST),
    ] {
        let (status, body) = b
            .get(
                &format!("/api/v1/federation/accounts?acct={acct}"),
                Some(&bob),
            )
            .await;
        assert_eq!(status, want, "{acct}: {body}");
    }
    let (status, _) = b.get(&lookup, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, answer) = b
        .post(
            "/api/v1/federation/follows",
            Some(&bob),
            json!({"acct": format!("alice@{a_domain}")}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["state"], "requested");
    let (_, found) = b.get(&lookup, Some(&bob)).await;
    assert_eq!(found["following"], "requested", "{found}");
    let requester = eventually("the request reaches alice", || async {
        let (_, list) = a.get("/api/v1/federation/followers", Some(&alice)).await;
        list.as_array()?
            .iter()
            .find(|e| e["acct"].as_str().is_some_and(|x| x.starts_with("bob@")))
            .filter(|e| e["state"] == "requested")
            .map(|e| e["actor"].as_str().unwrap().to_owned())
    })
    .await;
    let (status, _) = a
        .post(
            "/api/v1/federation/followers/accept",
            Some(&alice),
            json!({"actor": requester}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    eventually("bob's follow is accepted", || async {
        remote_state(&b, &bob, "/api/v1/federation/follows", "alice@")
            .await
            .filter(|s| s == "active")
    })
    .await;

    // --- alice's new clip arrives in bob's feed on the other instance ----------------
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "a.mp4", 180, 320, 1.2, true);
    let video = a
        .publish(&alice, &clip, json!({"caption": "hello fediverse #spool"}))
        .await;
    let id = video["id"].as_str().unwrap().to_owned();
    a.wait_video(&alice, &id, 240, |v| v["state"] == "ready")
        .await;
    let object_id = format!("http://{a_domain}/ap/videos/{id}");
    eventually("the clip reaches bob's feed", || async {
        feed_ids(&b, &bob).await.contains(&object_id).then_some(())
    })
    .await;
    let (_, feed) = b.get("/api/v1/federation/feed", Some(&bob)).await;
    let post = &feed[0]["object"];
    assert_eq!(post["type"], "Video");
    requester_of(&a_domain, &post["attributedTo"]);
    assert!(post["content"]
        .as_str()
        .unwrap()
        .contains("hello fediverse"));
    assert!(post["tag"].to_string().contains("#spool"));
    let playlist = post["url"][0]["href"].as_str().unwrap();
    assert!(playlist.ends_with("master.m3u8"), "{playlist}");
    // Addressed to alice's followers only: her account is private.
    assert!(!post["to"].to_string().contains("#Public"), "{post}");
    // The playlist plays from alice's instance.
    let res = b.client.get(playlist).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{playlist}");

    // --- deleting it removes it on the other side ------------------------------------
    let (status, _) = a
        .call(
            Method::DELETE,
            &format!("/api/v1/videos/{id}"),
            Some(&alice),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    eventually("the clip leaves bob's feed", || async {
        (!feed_ids(&b, &bob).await.contains(&object_id)).then_some(())
    })
    .await;

    // --- alice removes bob: the edge ends on both sides, and nothing more arrives ----
    let (status, _) = a
        .post(
            "/api/v1/federation/followers/remove",
            Some(&alice),
            json!({"actor": requester}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    eventually("bob no longer follows alice", || async {
        remote_state(&b, &bob, "/api/v1/federation/follows", "alice@")
            .await
            .is_none()
            .then_some(())
    })
    .await;
    let clip2 = make_clip(dir.path(), "b.mp4", 180, 320, 1.2, true);
    let v2 = a.publish(&alice, &clip2, json!({"caption": "after"})).await;
    let id2 = v2["id"].as_str().unwrap().to_owned();
    a.wait_video(&alice, &id2, 240, |v| v["state"] == "ready")
        .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert!(feed_ids(&b, &bob).await.is_empty());

    // --- alice's instance gets a moderator (made the way an operator does it) --------
    let mut a = a;
    let _ = a.signup("watcher", "eu").await;
    assert!(a.terminate().await);
    crate::moderation::grant(&a, "watcher", "eu");
    a.restart().await;
    let moderator = a.login("watcher").await;

    // --- public again: bob follows (accepted at once) and reports a clip -------------
    let (status, _) = a
        .call(
            Method::PATCH,
            "/api/v1/me/settings",
            Some(&alice),
            json!({"is_private": false}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    follow_and_wait(&b, &bob, &format!("alice@{a_domain}")).await;
    let clip3 = make_clip(dir.path(), "c.mp4", 180, 320, 1.2, true);
    let v3 = a
        .publish(&alice, &clip3, json!({"caption": "public now #open"}))
        .await;
    let id3 = v3["id"].as_str().unwrap().to_owned();
    a.wait_video(&alice, &id3, 240, |v| v["state"] == "ready")
        .await;
    let object3 = format!("http://{a_domain}/ap/videos/{id3}");
    eventually("the public clip reaches bob", || async {
        feed_ids(&b, &bob).await.contains(&object3).then_some(())
    })
    .await;
    let (_, feed) = b.get("/api/v1/federation/feed", Some(&bob)).await;
    let public = feed
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == object3.as_str())
        .unwrap();
    assert!(
        public["object"]["to"].to_string().contains("#Public"),
        "{public}"
    );
    // The instance mixes remote clips into For You: bob's page carries alice's public
    // clip, labelled with why; a visitor's page none.
    let (status, page) = b.get("/api/v1/feed/for-you", Some(&bob)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let mixed = page["remote"]
        .as_array()
        .and_then(|r| r.iter().find(|x| x["post"]["id"] == object3.as_str()))
        .unwrap_or_else(|| panic!("alice's clip is not in bob's For You: {page}"));
    assert_eq!(mixed["reasons"][0]["code"], "remote_instance");
    assert_eq!(
        mixed["reasons"][0]["args"]["host"],
        a_domain.split(':').next().unwrap()
    );
    assert_eq!(mixed["post"]["kind"], "Video");
    let (_, page) = b.get("/api/v1/feed/for-you", None).await;
    assert!(page.get("remote").is_none(), "{page}");
    // The public video is an object anyone can fetch; the deleted one is gone.
    let (status, _) = a.get(&format!("/ap/videos/{id3}"), None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = a.get(&format!("/ap/videos/{id}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A like and a reply cross back: counted and listed under the clip on alice's side.
    let (status, _) = b
        .post(
            "/api/v1/federation/likes",
            Some(&bob),
            json!({"object": object3}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    eventually("bob's like is counted on alice's clip", || async {
        let (_, v) = a.get(&format!("/api/v1/videos/{id3}"), None).await;
        (v["like_count"] == 1).then_some(())
    })
    .await;
    let liked = |feed: &Value| {
        feed.as_array()
            .and_then(|f| f.iter().find(|p| p["id"] == object3.as_str()))
            .map(|p| p["liked"].clone())
    };
    let (_, feed) = b.get("/api/v1/federation/feed", Some(&bob)).await;
    assert_eq!(
        liked(&feed),
        Some(json!(true)),
        "bob's copy is marked liked"
    );
    let (status, sent) = b
        .post(
            "/api/v1/federation/replies",
            Some(&bob),
            json!({"object": object3, "text": "Lovely <b>clip</b> & sound"}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{sent}");
    let replies = eventually("bob's reply is under alice's clip", || async {
        let (status, list) = a
            .get(&format!("/api/v1/videos/{id3}/remote-replies"), None)
            .await;
        assert_eq!(status, StatusCode::OK, "{list}");
        (!list.as_array()?.is_empty()).then_some(list)
    })
    .await;
    assert_eq!(replies[0]["text"], "Lovely <b>clip</b> & sound");
    // Named by the author's preferredUsername (Spool's actor URLs carry ids).
    assert_eq!(replies[0]["acct"], format!("bob@{b_domain}"), "{replies}");
    assert_eq!(replies[0]["id"], sent["id"]);
    // Only the clip's creator may take a remote reply off it; then it is gone.
    let reply_path = format!(
        "/api/v1/videos/{id3}/remote-replies?reply={}",
        urlencoding(sent["id"].as_str().unwrap())
    );
    let carol_on_a = a.user("carol_a", "eu").await;
    let (status, body) = a
        .call(Method::DELETE, &reply_path, Some(&carol_on_a), Value::Null)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, body) = a
        .call(Method::DELETE, &reply_path, Some(&alice), Value::Null)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (_, list) = a
        .get(&format!("/api/v1/videos/{id3}/remote-replies"), None)
        .await;
    assert_eq!(list, json!([]));
    let (status, _) = a
        .call(Method::DELETE, &reply_path, Some(&alice), Value::Null)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Editing the caption sends an Update: bob's copy changes.
    let (status, body) = a
        .call(
            Method::PATCH,
            &format!("/api/v1/videos/{id3}"),
            Some(&alice),
            json!({"caption": "public now, edited #open"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    eventually("the edited caption reaches bob", || async {
        let (_, feed) = b.get("/api/v1/federation/feed", Some(&bob)).await;
        feed.as_array()?
            .iter()
            .find(|p| p["id"] == object3.as_str())
            .filter(|p| p["object"]["content"].to_string().contains("edited"))
            .map(|_| ())
    })
    .await;
    // Taking the like back takes it off the count; an empty reply is refused.
    let (status, _) = b
        .post(
            "/api/v1/federation/likes/undo",
            Some(&bob),
            json!({"object": object3}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    eventually("bob's like is taken back", || async {
        let (_, v) = a.get(&format!("/api/v1/videos/{id3}"), None).await;
        (v["like_count"] == 0).then_some(())
    })
    .await;
    let (_, feed) = b.get("/api/v1/federation/feed", Some(&bob)).await;
    assert_eq!(liked(&feed), Some(json!(false)));
    let (status, _) = b
        .post(
            "/api/v1/federation/replies",
            Some(&bob),
            json!({"object": object3, "text": "  "}),
        )
        .await;
    assert!(status.is_client_error(), "{status}");

    // A report names its sender, who must agree; then a Flag goes to alice's instance.
    let (status, _) = b
        .post(
            "/api/v1/federation/reports",
            Some(&bob),
            json!({"object": object3, "note": "misleading"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = b
        .post(
            "/api/v1/federation/reports",
            Some(&bob),
            json!({"object": object3, "note": "misleading health claim", "identify": true}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    // It arrives in the queue of alice's region on her instance.
    let mut last = String::new();
    for _ in 0..240 {
        let (status, queue) = a
            .get("/api/v1/moderation/queue?region=eu", Some(&moderator))
            .await;
        assert_eq!(status, StatusCode::OK, "{queue}");
        last = queue.to_string();
        if last.contains(&id3) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(
        last.contains(&id3),
        "the report did not reach alice's moderators: {last}"
    );

    // --- bob deletes his account: alice's instance forgets him -----------------------
    let (_, list) = a.get("/api/v1/federation/followers", Some(&alice)).await;
    assert!(list.to_string().contains("bob@"), "{list}");
    let (status, body) = b
        .call(
            Method::DELETE,
            "/api/v1/me",
            Some(&bob),
            json!({"password": "correct horse"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    eventually("bob is gone from alice's followers", || async {
        let (_, list) = a.get("/api/v1/federation/followers", Some(&alice)).await;
        (!list.to_string().contains("bob@")).then_some(())
    })
    .await;

    // --- a block stops it all ----------------------------------------------------------
    let carol = b.user("carol", "eu").await;
    let (status, _) = b
        .post(
            "/api/v1/federation/follows",
            Some(&carol),
            json!({"acct": format!("alice@{a_domain}")}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    eventually("carol follows alice", || async {
        remote_state(&b, &carol, "/api/v1/federation/follows", "alice@")
            .await
            .filter(|s| s == "active")
    })
    .await;
    let (status, body) = a
        .post(
            "/api/v1/federation/blocks",
            Some(&alice),
            json!({"account": format!("carol@{b_domain}")}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    eventually("the block ends carol's follow on her instance", || async {
        remote_state(&b, &carol, "/api/v1/federation/follows", "alice@")
            .await
            .is_none()
            .then_some(())
    })
    .await;
    // Following again is ignored; alice's next clip does not reach carol.
    let (status, _) = b
        .post(
            "/api/v1/federation/follows",
            Some(&carol),
            json!({"acct": format!("alice@{a_domain}")}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let clip4 = make_clip(dir.path(), "d.mp4", 180, 320, 1.2, true);
    let v4 = a
        .publish(&alice, &clip4, json!({"caption": "not for carol"}))
        .await;
    let id4 = v4["id"].as_str().unwrap().to_owned();
    a.wait_video(&alice, &id4, 240, |v| v["state"] == "ready")
        .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        remote_state(&b, &carol, "/api/v1/federation/follows", "alice@")
            .await
            .as_deref(),
        Some("requested")
    );
    assert!(feed_ids(&b, &carol).await.is_empty());

    // --- federation off: nothing of it exists -----------------------------------------
    let plain = crate::harness::spawn_app().await;
    let (status, _) = plain
        .get("/.well-known/webfinger?resource=acct:alice@localhost", None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Deliveries are durable jobs: with the receiving instance killed (SIGKILL) while a new
/// clip goes out, and the sending one killed right after queuing it, both started again
/// on their data, the clip arrives, once, and the follow is intact on both sides.
#[tokio::test]
async fn deliveries_survive_sigkill_of_either_instance() {
    // Short leases and backoffs, so that a retry comes within the test's minute.
    let fast = [
        ("SPOOL_JOBS__LEASE_SECS", "2"),
        ("SPOOL_JOBS__RETRY_BACKOFF_SECS", "1"),
    ];
    let crash = tempfile::tempdir().unwrap();
    let point = crash.path().join("point");
    std::fs::write(&point, "").unwrap();
    let crash_file = point.to_str().unwrap().to_owned();
    let mut with_crash = fast.to_vec();
    with_crash.push(("SPOOL_TEST_CRASH_FILE", &crash_file));
    let (mut a, a_domain) = instance_with(&with_crash).await;
    let (mut b, _) = instance_with(&fast).await;
    let alice = a.user("alice", "eu").await;
    let bob = b.user("bob", "us").await;
    follow_and_wait(&b, &bob, &format!("alice@{a_domain}")).await;

    // Bob's export names the follow on the other instance.
    let resp = b
        .client
        .get(b.url("/api/v1/me/export"))
        .bearer_auth(&bob)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let bytes = resp.bytes().await.unwrap().to_vec();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("federation.json").unwrap(), &mut text).unwrap();
    let fed: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        fed["following"][0]["acct"],
        format!("alice@{a_domain}"),
        "{fed}"
    );
    assert_eq!(fed["following"][0]["state"], "active");

    // Bob's instance dies; alice publishes; her instance dies right after queuing.
    b.kill();
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "k.mp4", 180, 320, 1.2, true);
    let video = a
        .publish(&alice, &clip, json!({"caption": "through the crash"}))
        .await;
    let id = video["id"].as_str().unwrap().to_owned();
    a.wait_video(&alice, &id, 240, |v| v["state"] == "ready")
        .await;
    a.kill();
    a.restart().await;
    b.restart().await;
    let object = format!("http://{a_domain}/ap/videos/{id}");
    eventually("the clip reaches bob after both crashes", || async {
        feed_ids(&b, &bob).await.contains(&object).then_some(())
    })
    .await;
    let copies = feed_ids(&b, &bob)
        .await
        .iter()
        .filter(|x| **x == object)
        .count();
    assert_eq!(copies, 1);
    assert_eq!(
        remote_state(&b, &bob, "/api/v1/federation/follows", "alice@")
            .await
            .as_deref(),
        Some("active")
    );
    assert_eq!(
        remote_state(&a, &alice, "/api/v1/federation/followers", "bob@")
            .await
            .as_deref(),
        Some("active")
    );

    // Alice's instance dies between storing her edit and queuing its Update (a crash
    // point there): at the next start the Update is queued all the same. (Once the whole
    // ladder is done: a rendition finishing later would send it too.)
    a.wait_video(&alice, &id, 240, |v| v["ladder_complete"] == true)
        .await;
    std::fs::write(&point, "federation:hook").unwrap();
    let _ = a
        .client
        .patch(a.url(&format!("/api/v1/videos/{id}")))
        .bearer_auth(&alice)
        .json(&json!({"caption": "edited before the crash"}))
        .send()
        .await;
    a.wait_for_an_exit(
        Duration::from_secs(30),
        "the crash point stops alice's instance",
    )
    .await;
    // (In the cluster form, the instance's other nodes go down with it.)
    a.kill();
    std::fs::write(&point, "").unwrap();
    let (_, v) = {
        a.restart().await;
        a.get(&format!("/api/v1/videos/{id}"), Some(&alice)).await
    };
    assert_eq!(v["caption"], "edited before the crash", "{v}");
    eventually("the edit reaches bob after the crash", || async {
        let (_, feed) = b.get("/api/v1/federation/feed", Some(&bob)).await;
        feed.as_array()?
            .iter()
            .find(|p| p["id"] == object.as_str())
            .filter(|p| {
                p["object"]["content"]
                    .to_string()
                    .contains("edited before the crash")
            })
            .map(|_| ())
    })
    .await;
}

/// The actor URL a post names (checked to be of the origin instance).
fn requester_of(domain: &str, v: &Value) -> String {
    let s = v.as_str().unwrap_or_default().to_owned();
    assert!(s.starts_with(&format!("http://{domain}/ap/actors/")), "{s}");
    s
}

#[tokio::test]
async fn a_suspended_instance_gets_nothing_and_the_decision_is_public() {
    let (b, b_domain) = instance().await;
    let _bob = b.user("bob", "us").await;
    let port = free_port();
    let a = spawn_app_with(&[
        ("SPOOL_SERVER__LISTEN", &format!("127.0.0.1:{port}")),
        ("SPOOL_SERVER__PUBLIC_URL", &format!("http://localhost:{port}")),
        ("SPOOL_FEDERATION__ENABLED", "true"),
        ("SPOOL_FEDERATION__ALLOW_LOCAL", "true"),
        (
            "SPOOL_FEDERATION__INSTANCE_BLOCKS",
            r#"[{host="localhost",action="suspend",reason="no moderation of hate speech",since="2026-12-01"}]"#,
        ),
    ])
    .await;
    let alice = a.user("alice", "eu").await;
    // The decision is published with its reason and date.
    let (status, list) = a.get("/api/v1/transparency/federation", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list[0]["host"], "localhost");
    assert_eq!(list[0]["action"], "suspend");
    assert_eq!(list[0]["reason"], "no moderation of hate speech");
    // Nothing is fetched from or sent to the suspended host.
    let (status, _) = a
        .post(
            "/api/v1/federation/follows",
            Some(&alice),
            json!({"acct": format!("bob@{b_domain}")}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, follows) = a.get("/api/v1/federation/follows", Some(&alice)).await;
    assert_eq!(follows, json!([]));
    // Its deliveries are refused before anything else is looked at.
    let res = a
        .client
        .post(a.url("/ap/inbox"))
        .header("content-type", "application/activity+json")
        .header(
            "signature",
            format!(r#"keyId="http://{b_domain}/ap/actors/x#main-key",signature="x""#),
        )
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

/// `s` as a query value (what `encodeURIComponent` makes of it).
fn urlencoding(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
