use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{code, spawn_app, spawn_app_with};

#[tokio::test]
async fn bearer_login_me_and_logout() {
    let app = spawn_app().await;
    app.signup("erin", "us").await;
    let (status, session) = app
        .post(
            "/api/v1/sessions",
            None,
            json!({"handle": "ERIN", "password": "correct horse"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{session}");
    let token = session["token"].as_str().unwrap();
    assert!(token.starts_with("spl.us."));
    assert_eq!(session["account"]["handle"], "erin");

    let (status, me) = app.get("/api/v1/me", Some(token)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["email"], "erin@example.org");

    let (status, _) = app
        .call(
            Method::DELETE,
            "/api/v1/sessions/current",
            Some(token),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, body) = app.get("/api/v1/me", Some(token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(code(&body), "unauthenticated");
    // A stale bearer token is refused on public reads too (RFC 6750: an invalid token
    // is a 401, not a quiet fall back to anonymous), with the same code; without it the
    // read works.
    for path in ["/api/v1/accounts/erin", "/api/v1/feed/for-you"] {
        let (status, body) = app.get(path, Some(token)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(code(&body), "unauthenticated");
        let (status, _) = app.get(path, None).await;
        assert_eq!(status, StatusCode::OK, "{path}");
    }
}

#[tokio::test]
async fn wrong_password_and_unknown_handle_look_the_same() {
    let app = spawn_app().await;
    app.signup("fern", "eu").await;
    for (handle, password) in [
        ("fern", "wrong password"),
        ("nobody", "correct horse"),
        ("fern", "short"),
    ] {
        let (status, body) = app
            .post(
                "/api/v1/sessions",
                None,
                json!({"handle": handle, "password": password}),
            )
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{handle}");
        assert_eq!(code(&body), "invalid_credentials");
        assert_eq!(body["error"]["message"], "wrong handle or password");
    }
}

#[tokio::test]
async fn forged_or_garbled_tokens_are_refused() {
    let app = spawn_app().await;
    let token = app.user("gus", "sg").await;
    // The same secret presented for another region finds nothing there.
    let moved = token.replacen("spl.sg.", "spl.eu.", 1);
    for bad in [
        moved.as_str(),
        "spl.sg.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "garbage",
        "",
    ] {
        let (status, body) = app.get("/api/v1/me", Some(bad)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{bad}");
        assert_eq!(code(&body), "unauthenticated");
    }
    let resp = app
        .client
        .get(app.url("/api/v1/me"))
        .header("authorization", "Basic Zm9vOmJhcg==")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
}

/// The web client's path: an HttpOnly cookie, and the CSRF token on every change.
#[tokio::test]
async fn cookie_sessions_need_the_csrf_token_to_change_anything() {
    let app = spawn_app().await;
    app.signup("hana", "eu").await;
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let resp = browser
        .post(app.url("/api/v1/sessions"))
        .json(&json!({"handle": "hana", "password": "correct horse"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let cookie = resp.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("spool_session=spl.eu."), "{cookie}");
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age="] {
        assert!(cookie.contains(attr), "{attr} missing in {cookie}");
    }
    let login: Value = resp.json().await.unwrap();
    let csrf = login["csrf_token"].as_str().unwrap().to_owned();

    // Reading needs only the cookie.
    let me: Value = browser
        .get(app.url("/api/v1/me"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["handle"], "hana");
    let current: Value = browser
        .get(app.url("/api/v1/sessions/current"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(current["csrf_token"], csrf.as_str());
    assert!(current.get("token").is_none());

    // Changing without (or with a wrong) CSRF token is refused and changes nothing.
    for header in [None, Some("wrong")] {
        let mut req = browser
            .patch(app.url("/api/v1/me"))
            .json(&json!({"bio": "hijacked"}));
        if let Some(h) = header {
            req = req.header("x-csrf-token", h);
        }
        let resp = req.send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::FORBIDDEN);
        let body: Value = resp.json().await.unwrap();
        assert_eq!(code(&body), "csrf_rejected");
    }
    let resp = browser
        .delete(app.url("/api/v1/sessions/current"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let me: Value = browser
        .get(app.url("/api/v1/me"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["bio"], "");

    let resp = browser
        .patch(app.url("/api/v1/me"))
        .header("x-csrf-token", &csrf)
        .json(&json!({"bio": "mine"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);

    // Logging out clears the cookie; the browser is logged out.
    let resp = browser
        .delete(app.url("/api/v1/sessions/current"))
        .header("x-csrf-token", &csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    assert!(resp.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    let resp = browser.get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sessions_survive_a_restart() {
    let mut app = spawn_app().await;
    let token = app.user("ines", "eu").await;
    assert!(
        app.terminate().await,
        "spool did not exit cleanly on SIGTERM"
    );
    app.restart().await;
    let (status, me) = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["handle"], "ines");
}

const FIREFOX_LINUX: &str =
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/// Logs in with a given User-Agent; returns the bearer token.
async fn login_as(app: &crate::harness::TestApp, handle: &str, user_agent: &str) -> String {
    let resp = app
        .client
        .post(app.url("/api/v1/sessions"))
        .header("user-agent", user_agent)
        .json(&json!({"handle": handle, "password": "correct horse"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let body: Value = resp.json().await.unwrap();
    body["token"].as_str().unwrap().to_owned()
}

async fn sessions_of(app: &crate::harness::TestApp, token: &str) -> Vec<Value> {
    let (status, body) = app.get("/api/v1/me/sessions", Some(token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn sessions_are_listed_with_their_devices_and_ended_one_by_one() {
    let app = spawn_app().await;
    app.signup("jade", "us").await;
    let laptop = login_as(&app, "jade", FIREFOX_LINUX).await;
    let phone = login_as(&app, "jade", SAFARI_IOS).await;
    let script = login_as(&app, "jade", "").await;

    let items = sessions_of(&app, &laptop).await;
    assert_eq!(items.len(), 3, "{items:?}");
    let mut devices: Vec<&str> = items
        .iter()
        .map(|s| s["device"].as_str().unwrap())
        .collect();
    devices.sort_unstable();
    assert_eq!(
        devices,
        ["Firefox on Linux", "Safari on iOS", "Unknown device"]
    );
    let current: Vec<&Value> = items.iter().filter(|s| s["current"] == true).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["device"], "Firefox on Linux");
    assert_eq!(current[0]["browser"], "Firefox");
    assert_eq!(current[0]["os"], "Linux");
    for s in &items {
        for key in ["id", "created_at", "last_used_at", "expires_at"] {
            assert!(s[key].is_string(), "{key} in {s}");
        }
        // Nothing that would let a reader use the session.
        assert!(
            s.get("token").is_none() && s.get("csrf_token").is_none(),
            "{s}"
        );
    }
    let id_of = |device: &str| {
        items.iter().find(|s| s["device"] == device).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };

    // Another account cannot see or end these sessions: its ids are "not found".
    let other = app.user("kurt", "eu").await;
    assert_eq!(sessions_of(&app, &other).await.len(), 1);
    let phone_id = id_of("Safari on iOS");
    let (status, body) = app
        .call(
            Method::DELETE,
            &format!("/api/v1/me/sessions/{phone_id}"),
            Some(&other),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(code(&body), "not_found");
    assert_eq!(app.get("/api/v1/me", Some(&phone)).await.0, StatusCode::OK);

    // The owner ends the phone's session: its token stops working at once.
    let (status, _) = app
        .call(
            Method::DELETE,
            &format!("/api/v1/me/sessions/{phone_id}"),
            Some(&laptop),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get("/api/v1/me", Some(&phone)).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (status, _) = app
        .call(
            Method::DELETE,
            &format!("/api/v1/me/sessions/{phone_id}"),
            Some(&laptop),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "already ended");
    assert_eq!(sessions_of(&app, &laptop).await.len(), 2);

    // "Log out everywhere else": only the current session stays.
    let extra = login_as(&app, "jade", SAFARI_IOS).await;
    let (status, body) = app
        .call(
            Method::DELETE,
            "/api/v1/me/sessions",
            Some(&laptop),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["ended"], 2);
    for gone in [&script, &extra] {
        assert_eq!(
            app.get("/api/v1/me", Some(gone)).await.0,
            StatusCode::UNAUTHORIZED
        );
    }
    let left = sessions_of(&app, &laptop).await;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["current"], true);
    // The other account's session was not touched.
    assert_eq!(app.get("/api/v1/me", Some(&other)).await.0, StatusCode::OK);
}

#[tokio::test]
async fn last_used_is_written_at_most_once_per_interval() {
    // Default interval (a minute): a burst of reads leaves "last used" at the log-in.
    let app = spawn_app().await;
    let token = app.user("lino", "us").await;
    let before = sessions_of(&app, &token).await;
    for _ in 0..3 {
        assert_eq!(app.get("/api/v1/me", Some(&token)).await.0, StatusCode::OK);
    }
    let after = sessions_of(&app, &token).await;
    assert_eq!(before[0]["last_used_at"], before[0]["created_at"]);
    assert_eq!(after[0]["last_used_at"], before[0]["last_used_at"]);

    // With the interval at 0, every authenticated request moves it forward.
    let app = spawn_app_with(&[("SPOOL_ACCOUNTS__SESSION_TOUCH_SECS", "0")]).await;
    let token = app.user("lino", "us").await;
    let first = sessions_of(&app, &token).await[0]["last_used_at"]
        .as_str()
        .unwrap()
        .to_owned();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    assert_eq!(app.get("/api/v1/me", Some(&token)).await.0, StatusCode::OK);
    let second = sessions_of(&app, &token).await[0]["last_used_at"]
        .as_str()
        .unwrap()
        .to_owned();
    let parse = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    assert!(parse(&second) > parse(&first), "{first} then {second}");
}

#[tokio::test]
async fn changing_the_password_ends_every_other_session() {
    let app = spawn_app().await;
    app.signup("mona", "sg").await;
    let here = login_as(&app, "mona", FIREFOX_LINUX).await;
    let elsewhere = login_as(&app, "mona", SAFARI_IOS).await;

    // A wrong current password: refused, nothing changes.
    let (status, body) = app
        .post(
            "/api/v1/me/password",
            Some(&here),
            json!({"current_password": "not the password", "new_password": "battery staple"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(code(&body), "wrong_password");
    assert_eq!(body["error"]["field"], "current_password");
    assert_eq!(
        app.get("/api/v1/me", Some(&elsewhere)).await.0,
        StatusCode::OK
    );
    // A new password that sign-up would refuse is refused too.
    let (status, body) = app
        .post(
            "/api/v1/me/password",
            Some(&here),
            json!({"current_password": "correct horse", "new_password": "short"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(code(&body), "invalid_password");
    assert_eq!(body["error"]["field"], "new_password");
    assert_eq!(
        app.get("/api/v1/me", Some(&elsewhere)).await.0,
        StatusCode::OK
    );

    let (status, body) = app
        .post(
            "/api/v1/me/password",
            Some(&here),
            json!({"current_password": "correct horse", "new_password": "battery staple"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["ended"], 1);
    assert_eq!(
        app.get("/api/v1/me", Some(&elsewhere)).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.get("/api/v1/me", Some(&here)).await.0, StatusCode::OK);
    let (status, _) = app
        .post(
            "/api/v1/sessions",
            None,
            json!({"handle": "mona", "password": "correct horse"}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "the old password no longer works"
    );
    let (status, _) = app
        .post(
            "/api/v1/sessions",
            None,
            json!({"handle": "mona", "password": "battery staple"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn session_changes_from_a_cookie_session_need_the_csrf_token() {
    let app = spawn_app().await;
    app.signup("nell", "eu").await;
    let other = app.login("nell").await;
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let resp = browser
        .post(app.url("/api/v1/sessions"))
        .json(&json!({"handle": "nell", "password": "correct horse"}))
        .send()
        .await
        .unwrap();
    let csrf = resp.json::<Value>().await.unwrap()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let resp = browser
        .delete(app.url("/api/v1/me/sessions"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let resp = browser
        .post(app.url("/api/v1/me/password"))
        .json(&json!({"current_password": "correct horse", "new_password": "hijacked pw"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get("/api/v1/me", Some(&other)).await.0, StatusCode::OK);
    let resp = browser
        .delete(app.url("/api/v1/me/sessions"))
        .header("x-csrf-token", &csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(
        app.get("/api/v1/me", Some(&other)).await.0,
        StatusCode::UNAUTHORIZED
    );
}
