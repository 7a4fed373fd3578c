//! Staff access through grants, the per-region audit log, `spool audit verify`.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{code, spawn_app, spawn_app_with, spool_bin, TestApp};

/// Makes `handle` (an existing account) staff with `role` in `region`, the way an operator
/// bootstraps it: `spool staff add-role` with the server stopped.
async fn bootstrap_role(app: &mut TestApp, handle: &str, role: &str, region: &str) {
    bootstrap_roles(app, &[(handle, role, region)]).await;
}

/// Several `spool staff add-role` runs in one stop of the server.
async fn bootstrap_roles(app: &mut TestApp, roles: &[(&str, &str, &str)]) {
    assert!(app.terminate().await);
    for (handle, role, region) in roles {
        staff_cli(app, "add-role", handle, role, region);
    }
    app.restart().await;
}

fn staff_cli(app: &TestApp, command: &str, handle: &str, role: &str, region: &str) {
    let out = std::process::Command::new(spool_bin())
        .args(["staff", command, "--data"])
        .arg(app.data.path())
        .envs(app.bus_vars())
        .args(["--handle", handle, "--role", role, "--region", region])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn verify(app: &TestApp, region: &str) -> (bool, String) {
    verify_args(app, &["--region", region])
}

fn verify_args(app: &TestApp, args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new(spool_bin())
        .args(["audit", "verify", "--data"])
        .arg(app.data.path())
        .envs(app.bus_vars())
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// The number of entries in a region's audit log, read from its file.
fn log_len(app: &TestApp, region: &str) -> usize {
    std::fs::read_to_string(app.region_dir(region).join("audit").join("entries.jsonl"))
        .unwrap()
        .lines()
        .count()
}

async fn access_log(app: &TestApp, token: &str) -> Vec<Value> {
    let (status, log) = app.get("/api/v1/me/access-log", Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{log}");
    log["items"].as_array().unwrap().clone()
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
    app.post(
        &format!("/api/v1/staff/accounts/{handle}/personal"),
        Some(token),
        json!({ "scope": scope }),
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
    bootstrap_roles(
        &mut app,
        &[
            ("eu_support", "support", "eu"),
            ("us_support", "support", "us"),
            ("us_admin", "admin", "us"),
            ("us_auditor", "auditor", "us"),
        ],
    )
    .await;
    let eu_support = app.login("eu_support").await;
    let us_support = app.login("us_support").await;
    let us_admin = app.login("us_admin").await;
    let us_auditor = app.login("us_auditor").await;

    // Staff of eu cannot even ask for a grant on a us account: refused (and, having no
    // role in us, they write nothing to its log).
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
        let pool = crate::harness::pool_for_file(&path).await;
        sqlx::query("UPDATE access_grants SET expires_at = 0 WHERE id = $1")
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
    // Logged out, a notice needs the art. 16 details (name, e-mail, good faith).
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    // Stored in the video's region (sg), the reporter only as a keyed hash.
    let path = app.region_dir("sg").join("spool.db");
    let pool = crate::harness::pool_for_file(&path).await;
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT category, reporter_tag FROM notices")
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

/// Every staff call an account without a role can make, against `subject`.
async fn staff_calls(app: &TestApp, token: &str, subject: &str) -> Vec<StatusCode> {
    let mut out = Vec::new();
    for scope in ["profile", "email", "login_records", "view_history"] {
        out.push(grant(app, token, subject, scope, 60).await.0);
        out.push(read(app, token, subject, scope).await.0);
    }
    let some_grant = "/api/v1/staff/grants/us/0190f7a0-0000-7000-8000-000000000000";
    out.push(
        app.post(&format!("{some_grant}/approve"), Some(token), Value::Null)
            .await
            .0,
    );
    out.push(
        app.post(&format!("{some_grant}/deny"), Some(token), Value::Null)
            .await
            .0,
    );
    out.push(
        app.post(
            "/api/v1/staff/roles",
            Some(token),
            json!({"handle": subject, "role": "admin", "region": "us"}),
        )
        .await
        .0,
    );
    for path in [
        "/api/v1/staff/audit/us/head",
        "/api/v1/staff/audit/us/entries",
        "/api/v1/staff/audit/us/proof/inclusion?index=0&tree_size=1",
        "/api/v1/staff/audit/us/proof/consistency?old_size=1&new_size=1",
    ] {
        out.push(app.get(path, Some(token)).await.0);
    }
    out
}

#[tokio::test]
async fn accounts_without_a_role_in_the_region_write_nothing_to_its_audit_log() {
    let mut app = spawn_app().await;
    let ana = app.user("ana_victim", "us").await;
    app.signup("eu_helper", "eu").await;
    app.signup("us_helper", "us").await;
    bootstrap_roles(
        &mut app,
        &[
            ("eu_helper", "support", "eu"),
            ("us_helper", "support", "us"),
        ],
    )
    .await;
    let mallory = app.user("mallory", "us").await;
    let eu_helper = app.login("eu_helper").await;
    let us_helper = app.login("us_helper").await;
    let before = log_len(&app, "us");

    // An ordinary account: every staff call refused, nothing appended anywhere.
    for status in staff_calls(&app, &mallory, "ana_victim").await {
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    // Staff of another region: the same.
    for status in staff_calls(&app, &eu_helper, "ana_victim").await {
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    assert_eq!(log_len(&app, "us"), before, "entries written by non-staff");
    assert!(
        access_log(&app, &ana).await.is_empty(),
        "fake entries in the victim's access log"
    );

    // Staff of the region are refused too, and that refusal is evidence: logged, and
    // shown to the account's owner.
    let (status, _) = read(&app, &us_helper, "ana_victim", "email").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let items = access_log(&app, &ana).await;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["action"], "access_refused");
    assert_eq!(items[0]["scope"], "email");
    assert_eq!(log_len(&app, "us"), before + 1);
}

#[tokio::test]
async fn refused_staff_calls_are_rate_limited_per_account() {
    let mut app = spawn_app_with(&[
        ("SPOOL_RATE_LIMITS__ENABLED", "true"),
        (
            "SPOOL_RATE_LIMITS__STAFF_REFUSALS_PER_ACCOUNT_PER_HOUR",
            "3",
        ),
    ])
    .await;
    let ana = app.user("ana_limited", "us").await;
    app.signup("us_nosy", "us").await;
    bootstrap_role(&mut app, "us_nosy", "support", "us").await;
    let mallory = app.user("mallory2", "us").await;
    let other = app.user("other_user", "us").await;
    let nosy = app.login("us_nosy").await;

    for _ in 0..3 {
        let (status, _) = grant(&app, &mallory, "ana_limited", "email", 60).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    for (path, body) in [
        (
            "/api/v1/staff/grants",
            json!({"handle": "ana_limited", "scope": "email", "justification": "a long enough reason",
                   "reference": "T-1"}),
        ),
        (
            "/api/v1/staff/accounts/ana_limited/personal",
            json!({"scope": "email"}),
        ),
    ] {
        let resp = app
            .client
            .post(app.url(path))
            .bearer_auth(&mallory)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS, "{path}");
        let retry: u64 = resp.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(retry >= 1, "Retry-After {retry}");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(code(&body), "rate_limited");
    }
    // Per account: another one is refused as before, not limited.
    let (status, _) = grant(&app, &other, "ana_limited", "email", 60).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Staff of the region: three refusals logged, then 429 and nothing more written.
    for _ in 0..5 {
        read(&app, &nosy, "ana_limited", "email").await;
    }
    let (status, body) = read(&app, &nosy, "ana_limited", "email").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(access_log(&app, &ana).await.len(), 3);
}

#[tokio::test]
async fn reading_the_access_log_reads_only_the_accounts_own_entries() {
    let mut app = spawn_app().await;
    let ana = app.user("ana_indexed", "us").await;
    let bea = app.user("bea_indexed", "us").await;
    app.signup("us_reader", "us").await;
    app.signup("us_boss", "us").await;
    bootstrap_roles(
        &mut app,
        &[("us_reader", "support", "us"), ("us_boss", "auditor", "us")],
    )
    .await;
    let reader = app.login("us_reader").await;
    let boss = app.login("us_boss").await;
    let (status, _) = grant(&app, &reader, "ana_indexed", "profile", 60).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = read(&app, &reader, "ana_indexed", "profile").await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = grant(&app, &reader, "bea_indexed", "profile", 60).await;
    assert_eq!(status, StatusCode::CREATED);
    // The index is rebuilt from the log at start.
    assert!(app.terminate().await);
    app.restart().await;
    let (status, _) = read(&app, &reader, "ana_indexed", "profile").await;
    assert_eq!(status, StatusCode::OK);
    let actions: Vec<Value> = access_log(&app, &ana)
        .await
        .iter()
        .map(|i| i["action"].clone())
        .collect();
    assert_eq!(
        actions,
        [
            json!("staff_read"),
            json!("staff_read"),
            json!("grant_requested")
        ]
    );
    assert_eq!(access_log(&app, &bea).await.len(), 1);

    // An entry about bea changed on disk behind the server's back: ana's access log
    // does not read it (it does not scan the log), while bea's and the auditors' reads,
    // which do, catch the change.
    let path = app.region_dir("us").join("audit").join("entries.jsonl");
    let mut lines: Vec<String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    // bea's grant request is the second one.
    let j = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| serde_json::from_str::<Value>(l).unwrap()["action"] == "grant_requested")
        .nth(1)
        .unwrap()
        .0;
    lines[j] = lines[j].replacen("\"time_ms\":1", "\"time_ms\":2", 1);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    assert_eq!(access_log(&app, &ana).await.len(), 3);
    let (status, _) = app.get("/api/v1/me/access-log", Some(&bea)).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    let (status, _) = app
        .get(
            "/api/v1/staff/audit/us/entries?start=0&limit=1000",
            Some(&boss),
        )
        .await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> [u8; 32] {
    let bytes: Vec<u8> = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect();
    bytes.try_into().unwrap()
}

async fn decide(app: &TestApp, token: &str, id: &str, how: &str) -> (StatusCode, Value) {
    app.post(
        &format!("/api/v1/staff/grants/us/{id}/{how}"),
        Some(token),
        Value::Null,
    )
    .await
}

async fn role(app: &TestApp, token: &str, method: Method, handle: &str, role: &str) -> Value {
    let (status, body) = app
        .call(
            method,
            "/api/v1/staff/roles",
            Some(token),
            json!({"handle": handle, "role": role, "region": "us"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

#[tokio::test]
async fn an_admin_cannot_approve_their_own_grant_through_an_account_they_promoted() {
    let mut app = spawn_app().await;
    let _ana = app.user("ana_subject", "us").await;
    for h in [
        "boss_admin",
        "old_admin",
        "us_watch",
        "sock_one",
        "sock_two",
    ] {
        app.signup(h, "us").await;
    }
    bootstrap_roles(
        &mut app,
        &[
            ("boss_admin", "admin", "us"),
            ("old_admin", "admin", "us"),
            ("us_watch", "auditor", "us"),
        ],
    )
    .await;
    let boss = app.login("boss_admin").await;
    let old = app.login("old_admin").await;
    let auditor = app.login("us_watch").await;
    let sock_one = app.login("sock_one").await;
    let sock_two = app.login("sock_two").await;
    let id_of = |b: &Value| b["id"].as_str().unwrap().to_owned();
    let (_, me) = app.get("/api/v1/me", Some(&boss)).await;
    let boss_id = me["id"].as_str().unwrap().to_owned();

    // Promoted before the request, by the requester: refused.
    role(&app, &boss, Method::POST, "sock_one", "admin").await;
    let (status, g1) = grant(&app, &boss, "ana_subject", "email", 60).await;
    assert_eq!(status, StatusCode::CREATED, "{g1}");
    let (status, body) = decide(&app, &sock_one, &id_of(&g1), "approve").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");

    // Promoted after the request (even by someone else): refused.
    let (status, g2) = grant(&app, &boss, "ana_subject", "login_records", 60).await;
    assert_eq!(status, StatusCode::CREATED, "{g2}");
    role(&app, &old, Method::POST, "sock_two", "admin").await;
    let (status, body) = decide(&app, &sock_two, &id_of(&g2), "approve").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, _) = read(&app, &boss, "ana_subject", "login_records").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not approved");

    // An admin whose role predates the request and does not come from the requester.
    let (status, body) = decide(&app, &old, &id_of(&g2), "approve").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = read(&app, &boss, "ana_subject", "login_records").await;
    assert_eq!(status, StatusCode::OK);
    role(&app, &boss, Method::DELETE, "sock_one", "admin").await;

    // Every role change is in the log, with who made it, and the auditor can prove it.
    let (status, head) = app.get("/api/v1/staff/audit/us/head", Some(&auditor)).await;
    assert_eq!(status, StatusCode::OK, "{head}");
    let size = head["tree_size"].as_u64().unwrap();
    let (status, page) = app
        .get(
            "/api/v1/staff/audit/us/entries?start=0&limit=1000",
            Some(&auditor),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let entries = page["entries"].as_array().unwrap();
    let leaves = page["leaves"].as_array().unwrap();
    assert_eq!(entries.len() as u64, size);
    let changes: Vec<(String, String, String)> = entries
        .iter()
        .filter(|e| e["action"] == "role_granted" || e["action"] == "role_removed")
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["actor"].as_str().unwrap().to_owned(),
                e["details"]["role"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let cli = || "operator:cli".to_owned();
    let boss_actor = format!("staff:{boss_id}");
    let granted = || "role_granted".to_owned();
    assert_eq!(changes.len(), 6, "{changes:?}");
    assert_eq!(changes[0], (granted(), cli(), "admin".into()));
    assert_eq!(changes[1], (granted(), cli(), "admin".into()));
    assert_eq!(changes[2], (granted(), cli(), "auditor".into()));
    assert_eq!(changes[3], (granted(), boss_actor.clone(), "admin".into()));
    assert_eq!(
        changes[5],
        ("role_removed".into(), boss_actor, "admin".into())
    );
    // The inclusion proof of the API grant checks against the signed root.
    let index = entries
        .iter()
        .position(|e| e["action"] == "role_granted" && e["actor"] != "operator:cli")
        .unwrap();
    let leaf = leaves[index].as_str().unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(leaf).unwrap(),
        entries[index],
        "the leaf is the entry"
    );
    let leaf_hash: [u8; 32] = {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        h.update([0u8]);
        h.update(leaf.as_bytes());
        h.finalize().into()
    };
    let (status, proof) = app
        .get(
            &format!("/api/v1/staff/audit/us/proof/inclusion?index={index}&tree_size={size}"),
            Some(&auditor),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{proof}");
    assert_eq!(proof["leaf_hash"], hex(&leaf_hash));
    let path: Vec<[u8; 32]> = proof["proof"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| unhex(h.as_str().unwrap()))
        .collect();
    assert!(spool_audit::verify_inclusion(
        &leaf_hash,
        index as u64,
        size,
        &path,
        &unhex(head["root_hash"].as_str().unwrap()),
    ));

    // The command line's changes are logged too, removal included.
    assert!(app.terminate().await);
    let before = {
        let text =
            std::fs::read_to_string(app.region_dir("us").join("audit").join("entries.jsonl"))
                .unwrap();
        text.lines().count()
    };
    staff_cli(&app, "remove-role", "old_admin", "admin", "us");
    let text =
        std::fs::read_to_string(app.region_dir("us").join("audit").join("entries.jsonl")).unwrap();
    let last: Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    assert_eq!(text.lines().count(), before + 1);
    assert_eq!(last["action"], "role_removed");
    assert_eq!(last["actor"], "operator:cli");
    let (ok, out) = verify(&app, "us");
    assert!(ok, "{out}");
}

#[tokio::test]
async fn staff_reads_that_write_to_the_audit_log_are_posts_and_gets_write_nothing() {
    let mut app = spawn_app().await;
    let _ana = app.user("ana_get", "us").await;
    app.signup("us_getter", "us").await;
    bootstrap_role(&mut app, "us_getter", "support", "us").await;
    let staff = app.login("us_getter").await;
    let (status, g) = grant(&app, &staff, "ana_get", "profile", 60).await;
    assert_eq!(status, StatusCode::CREATED, "{g}");
    let before = log_len(&app, "us");

    // The old GET of a grant-gated read: not a route any more, and nothing logged.
    let resp = app
        .client
        .get(app.url("/api/v1/staff/accounts/ana_get/personal?scope=profile"))
        .bearer_auth(&staff)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::METHOD_NOT_ALLOWED);
    // The auditor's GETs refuse a non-auditor without writing a refusal.
    for path in [
        "/api/v1/staff/audit/us/head",
        "/api/v1/staff/audit/us/entries",
        "/api/v1/staff/audit/us/proof/inclusion?index=0&tree_size=1",
        "/api/v1/staff/audit/us/proof/consistency?old_size=1&new_size=1",
    ] {
        let (status, _) = app.get(path, Some(&staff)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }
    let (status, _) = app.get("/api/v1/me/access-log", Some(&staff)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(log_len(&app, "us"), before, "a GET wrote to the audit log");

    // The read itself is a POST, and logged.
    let (status, data) = read(&app, &staff, "ana_get", "profile").await;
    assert_eq!(status, StatusCode::OK, "{data}");
    assert_eq!(data["data"]["handle"], "ana_get");
    assert_eq!(log_len(&app, "us"), before + 1);
    // Unknown fields in its body are refused.
    let (status, _) = app
        .post(
            "/api/v1/staff/accounts/ana_get/personal",
            Some(&staff),
            json!({"scope": "profile", "extra": 1}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn audit_verify_without_a_region_checks_every_region() {
    let mut app = spawn_app().await;
    for (h, r) in [("v_us", "us"), ("v_eu", "eu"), ("v_sg", "sg")] {
        app.signup(h, r).await;
    }
    bootstrap_roles(
        &mut app,
        &[
            ("v_us", "admin", "us"),
            ("v_eu", "admin", "eu"),
            ("v_sg", "admin", "sg"),
        ],
    )
    .await;
    assert!(app.terminate().await);

    let (ok, out) = verify_args(&app, &[]);
    assert!(ok, "{out}");
    for region in ["us", "eu", "sg"] {
        assert!(
            out.contains(&format!("audit log of region {region}: OK")),
            "{region} not verified: {out}"
        );
    }
    assert!(out.contains("all 3 regions: OK"), "{out}");

    // One region tampered with: that one fails, the others still pass, exit status 1.
    let path = app.region_dir("eu").join("audit").join("entries.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("\"time_ms\":1", "\"time_ms\":2", 1)).unwrap();
    let (ok, out) = verify_args(&app, &[]);
    assert!(!ok, "{out}");
    assert!(
        out.contains("audit log of region eu: FAILED at entry 0"),
        "{out}"
    );
    assert!(out.contains("audit log of region us: OK"), "{out}");
    assert!(out.contains("audit log of region sg: OK"), "{out}");
    assert!(out.contains("1 of 3 regions FAILED: eu"), "{out}");
    // A region's public key gone: that region fails too.
    std::fs::remove_file(app.data.path().join("secrets").join("audit-sg.pub")).unwrap();
    std::fs::write(&path, text).unwrap();
    let (ok, out) = verify_args(&app, &[]);
    assert!(!ok, "{out}");
    assert!(out.contains("audit log of region sg: FAILED"), "{out}");
    assert!(out.contains("audit log of region eu: OK"), "{out}");
    // --public-key names one region's key: it needs --region.
    let (ok, _) = verify_args(&app, &["--public-key", "/nonexistent"]);
    assert!(!ok);
}
