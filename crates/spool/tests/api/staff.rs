//! Staff access through grants, the per-region audit log, `spool audit verify`.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{code, spawn_app, spool_bin, TestApp};

/// Makes `handle` (an existing account) staff with `role` in `region`, the way an operator
/// bootstraps it: `spool staff add-role` with the server stopped.
async fn bootstrap_role(app: &mut TestApp, handle: &str, role: &str, region: &str) {
    assert!(app.terminate().await);
    let out = std::process::Command::new(spool_bin())
        .args(["staff", "add-role", "--data"])
        .arg(app.data.path())
        .args(["--handle", handle, "--role", role, "--region", region])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    app.restart().await;
}

fn verify(app: &TestApp, region: &str) -> (bool, String) {
    let out = std::process::Command::new(spool_bin())
        .args(["audit", "verify", "--data"])
        .arg(app.data.path())
        .args(["--region", region])
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

async fn grant(
    app: &TestApp,
    token: &str,
    handle: &str,
    scope: &str,
    minutes: u32,
) -> (StatusCode, Value) {
    app.post(
        "/api/v1/staff/grants",
        Some(token),
        json!({"handle": handle, "scope": scope, "justification": "user asked support to check their sign-in problems",
               "reference": "TICKET-4711", "minutes": minutes}),
    )
    .await
}

async fn read(app: &TestApp, token: &str, handle: &str, scope: &str) -> (StatusCode, Value) {
    app.get(
        &format!("/api/v1/staff/accounts/{handle}/personal?scope={scope}"),
        Some(token),
    )
    .await
}

#[tokio::test]
async fn staff_reach_personal_data_only_through_grants_and_every_access_is_logged() {
    let mut app = spawn_app().await;
    let ana = app.user("ana_user", "us").await; // the data subject, home region us (sessions survive restarts)
    for h in ["eu_support", "us_support", "us_admin", "us_auditor"] {
        app.signup(h, if h.starts_with("eu") { "eu" } else { "us" })
            .await;
    }
    bootstrap_role(&mut app, "eu_support", "support", "eu").await;
    bootstrap_role(&mut app, "us_support", "support", "us").await;
    bootstrap_role(&mut app, "us_admin", "admin", "us").await;
    bootstrap_role(&mut app, "us_auditor", "auditor", "us").await;
    let eu_support = app.login("eu_support").await;
    let us_support = app.login("us_support").await;
    let us_admin = app.login("us_admin").await;
    let us_auditor = app.login("us_auditor").await;

    // Staff of eu cannot even ask for a grant on a us account: refused and logged.
    let (status, body) = grant(&app, &eu_support, "ana_user", "email", 60).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, _) = read(&app, &eu_support, "ana_user", "email").await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Support of us without a grant: refused (and logged).
    let (status, body) = read(&app, &us_support, "ana_user", "email").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(code(&body), "forbidden");

    // Bad requests change nothing.
    let (status, body) = app.post("/api/v1/staff/grants", Some(&us_support),
        json!({"handle": "ana_user", "scope": "email", "justification": "short", "reference": "T-1"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _) = app.post("/api/v1/staff/grants", Some(&us_support),
        json!({"handle": "ana_user", "scope": "passwords", "justification": "long enough justification", "reference": "T-1"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = grant(&app, &ana, "ana_user", "email", 60).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "an ordinary account is not staff"
    );

    // Sensitive data: the grant waits for a second staff member.
    let (status, g) = grant(&app, &us_support, "ana_user", "email", 60).await;
    assert_eq!(status, StatusCode::CREATED, "{g}");
    assert_eq!(g["state"], "pending");
    let id = g["id"].as_str().unwrap().to_owned();
    let (status, _) = read(&app, &us_support, "ana_user", "email").await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a pending grant opens nothing"
    );
    // The requester cannot approve their own grant; support cannot approve at all.
    let (status, _) = app
        .post(
            &format!("/api/v1/staff/grants/us/{id}/approve"),
            Some(&us_support),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, g) = app
        .post(
            &format!("/api/v1/staff/grants/us/{id}/approve"),
            Some(&us_admin),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{g}");
    assert_eq!(g["state"], "approved");
    let (status, again) = app
        .post(
            &format!("/api/v1/staff/grants/us/{id}/deny"),
            Some(&us_admin),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{again}");

    // With the valid grant: allowed, and only for that scope and that staff member.
    let (status, data) = read(&app, &us_support, "ana_user", "email").await;
    assert_eq!(status, StatusCode::OK, "{data}");
    assert_eq!(data["data"]["email"], "ana_user@example.org");
    let (status, _) = read(&app, &us_support, "ana_user", "login_records").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the grant is for email only");
    let (status, _) = read(&app, &us_admin, "ana_user", "email").await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "the grant is the requester's"
    );

    // A denied grant opens nothing.
    let (status, g2) = grant(&app, &us_support, "ana_user", "login_records", 1).await;
    assert_eq!(status, StatusCode::CREATED);
    let id2 = g2["id"].as_str().unwrap().to_owned();
    let (status, _) = app
        .post(
            &format!("/api/v1/staff/grants/us/{id2}/deny"),
            Some(&us_admin),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = read(&app, &us_support, "ana_user", "login_records").await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a denied grant opens nothing"
    );
    // An expired grant: refused. The grant's end is moved into the past in the database,
    // as the clock would (waiting an hour is not a test).
    {
        let path = app.region_dir("us").join("spool.db");
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
            .await
            .unwrap();
        sqlx::query("UPDATE access_grants SET expires_at = 0 WHERE id = ?")
            .bind(&id)
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    }
    let (status, _) = read(&app, &us_support, "ana_user", "email").await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "an expired grant opens nothing"
    );

    // The user sees who looked, with the justification.
    let (status, log) = app.get("/api/v1/me/access-log", Some(&ana)).await;
    assert_eq!(status, StatusCode::OK, "{log}");
    let items = log["items"].as_array().unwrap();
    let reads: Vec<&Value> = items
        .iter()
        .filter(|i| i["action"] == "staff_read")
        .collect();
    assert_eq!(reads.len(), 1, "{log}");
    assert_eq!(
        reads[0]["justification"],
        "user asked support to check their sign-in problems"
    );
    assert_eq!(reads[0]["reference"], "TICKET-4711");
    assert_eq!(reads[0]["scope"], "email");
    let refused = items
        .iter()
        .filter(|i| i["action"] == "access_refused")
        .count();
    assert!(refused >= 5, "refusals are logged too: {log}");
    assert!(items.iter().any(|i| i["action"] == "grant_approved"));
    assert!(items.iter().any(|i| i["action"] == "grant_denied"));
    // Another user's access log does not show them.
    let (_, other) = app.get("/api/v1/me/access-log", Some(&us_admin)).await;
    assert!(other["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["action"] != "staff_read"));

    // The auditor role gets heads, entries and proofs; others do not.
    let (status, _) = app
        .get("/api/v1/staff/audit/us/head", Some(&us_support))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, head) = app
        .get("/api/v1/staff/audit/us/head", Some(&us_auditor))
        .await;
    assert_eq!(status, StatusCode::OK, "{head}");
    let size = head["tree_size"].as_u64().unwrap();
    assert!(size >= 10, "{head}");
    let (status, entries) = app
        .get(
            "/api/v1/staff/audit/us/entries?start=0&limit=1000",
            Some(&us_auditor),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(entries["entries"].as_array().unwrap().len() as u64 >= size);
    // Nothing personal in clear in the log: no email, no handle of the subject.
    let text = entries.to_string();
    assert!(!text.contains("ana_user"), "a handle in the audit log");
    let (status, proof) = app
        .get(
            &format!("/api/v1/staff/audit/us/proof/inclusion?index=3&tree_size={size}"),
            Some(&us_auditor),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{proof}");
    assert!(!proof["proof"].as_array().unwrap().is_empty());
    let (status, proof) = app
        .get(
            &format!("/api/v1/staff/audit/us/proof/consistency?old_size=2&new_size={size}"),
            Some(&us_auditor),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{proof}");
    let (status, _) = app
        .get(
            &format!("/api/v1/staff/audit/us/proof/inclusion?index={size}&tree_size={size}"),
            Some(&us_auditor),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Roles through the API: admins of the region only; logged.
    let (status, _) = app
        .post(
            "/api/v1/staff/roles",
            Some(&us_support),
            json!({"handle": "eu_support", "role": "admin", "region": "us"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, r) = app
        .post(
            "/api/v1/staff/roles",
            Some(&us_admin),
            json!({"handle": "eu_support", "role": "moderator", "region": "us"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{r}");
    assert_eq!(r["roles"], json!(["moderator"]));
    let (status, r) = app
        .call(
            Method::DELETE,
            "/api/v1/staff/roles",
            Some(&us_admin),
            json!({"handle": "eu_support", "role": "moderator", "region": "us"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{r}");
    assert_eq!(r["roles"], json!([]));

    // Offline verification of the untouched logs, then of a tampered one.
    assert!(app.terminate().await);
    for region in ["us", "eu", "sg"] {
        let (ok, out) = verify(&app, region);
        assert!(ok, "{region}: {out}");
    }
    // Each kind of tampering, on a copy of the us log, is caught at the right entry.
    let audit = app.region_dir("us").join("audit");
    let key = app.data.path().join("secrets").join("audit-us.pub");
    let original: Vec<String> = std::fs::read_to_string(audit.join("entries.jsonl"))
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert!(original.len() >= 10);
    type Tamper = fn(&mut Vec<String>);
    let cases: [(&str, Tamper, &str); 5] = [
        (
            "one byte changed",
            |l| l[4] = l[4].replacen("\"time_ms\":1", "\"time_ms\":2", 1),
            "entry 4",
        ),
        (
            "one entry deleted",
            |l| {
                l.remove(4);
            },
            "entry 4",
        ),
        ("two entries swapped", |l| l.swap(4, 5), "entry 4"),
        (
            "an entry inserted",
            |l| {
                let x = l[2].clone();
                l.insert(4, x);
            },
            "entry 4",
        ),
        (
            "the tail truncated behind a signed head",
            |l| {
                let n = l.len();
                l.truncate(n - 3);
            },
            "FAILED",
        ),
    ];
    for (what, tamper, expect) in cases {
        let copy = tempfile::tempdir().unwrap();
        let dir = copy.path().join("regions").join("us").join("audit");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(audit.join("heads.jsonl"), dir.join("heads.jsonl")).unwrap();
        let mut lines = original.clone();
        tamper(&mut lines);
        assert_ne!(lines, original, "{what}: nothing changed");
        std::fs::write(dir.join("entries.jsonl"), lines.join("\n") + "\n").unwrap();
        let out = std::process::Command::new(spool_bin())
            .args(["audit", "verify", "--data"])
            .arg(copy.path())
            .args(["--region", "us", "--public-key"])
            .arg(&key)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!out.status.success(), "{what} passed: {text}");
        assert!(text.contains(expect), "{what}: {text}");
        if what.starts_with("the tail") {
            let n = original.len() - 3;
            assert!(text.contains(&format!("entry {n}")), "{what}: {text}");
        }
    }
    // And the untouched copy passes.
    let (ok, out) = verify(&app, "us");
    assert!(ok, "{out}");
}

#[tokio::test]
async fn reports_are_filed_with_the_video_and_name_nobody_in_clear() {
    let app = spawn_app().await;
    let creator = app.user("clip_maker", "sg").await;
    let viewer = app.user("watcher", "eu").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = crate::media_support::make_clip(dir.path(), "c.mp4", 180, 320, 1.2, false);
    let v = app
        .publish(&creator, &clip, json!({"caption": "reported"}))
        .await;
    let id = v["id"].as_str().unwrap().to_owned();
    app.wait_video(&creator, &id, 240, |v| v["state"] == "ready")
        .await;
    let (s, r) = app
        .post(
            "/api/v1/reports",
            Some(&viewer),
            json!({"video_id": id, "category": "disinformation", "note": "fake claim at 0:03"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    assert_eq!(r["state"], "open");
    let (s, again) = app
        .post(
            "/api/v1/reports",
            Some(&viewer),
            json!({"video_id": id, "category": "spam"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{again}");
    assert_eq!(again["id"], r["id"], "one report per person and video");
    let (s, body) = app
        .post(
            "/api/v1/reports",
            Some(&viewer),
            json!({"video_id": id, "category": "boring"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (s, _) = app
        .post(
            "/api/v1/reports",
            Some(&viewer),
            json!({"video_id": "00000000-0000-7000-8000-000000000000", "category": "spam"}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = app
        .post(
            "/api/v1/reports",
            None,
            json!({"video_id": id, "category": "spam"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    // Stored in the video's region (sg), the reporter only as a keyed hash.
    let path = app.region_dir("sg").join("spool.db");
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}?mode=ro", path.display()))
        .await
        .unwrap();
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT category, reporter_tag FROM reports")
        .fetch_all(&pool)
        .await
        .unwrap();
    pool.close().await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "disinformation");
    let (_, me) = app.get("/api/v1/me", Some(&viewer)).await;
    assert!(
        !rows[0].1.contains(me["id"].as_str().unwrap_or("-")),
        "the reporter's id in clear"
    );
    assert!(rows[0].1.starts_with("acct:"));
}
