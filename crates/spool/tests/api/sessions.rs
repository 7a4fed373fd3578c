use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{code, spawn_app};

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
    // Public reads still work with the stale token: they are answered anonymously.
    let (status, _) = app.get("/api/v1/accounts/erin", Some(token)).await;
    assert_eq!(status, StatusCode::OK);
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
