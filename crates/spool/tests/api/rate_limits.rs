use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::harness::{code, spawn_app_with};

#[tokio::test]
async fn repeated_wrong_passwords_hit_the_limit() {
    let app = spawn_app_with(&[("SPOOL_RATE_LIMITS__ENABLED", "true")]).await;
    app.signup("kim", "sg").await;
    for _ in 0..5 {
        let (status, _) = app
            .post(
                "/api/v1/sessions",
                None,
                json!({"handle": "kim", "password": "guess guess"}),
            )
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    // The handle is now locked for a while, whatever the password, in any spelling.
    for (handle, password) in [("kim", "guess again"), ("KIM", "correct horse")] {
        let resp = app
            .client
            .post(app.url("/api/v1/sessions"))
            .json(&json!({"handle": handle, "password": password}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
        let retry: u64 = resp.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=60).contains(&retry), "Retry-After {retry}");
        let body: serde_json::Value = resp.json().await.unwrap();
        assert_eq!(code(&body), "rate_limited");
    }
    // Other handles are not affected.
    app.signup("lee", "sg").await;
    app.login("lee").await;
}

#[tokio::test]
async fn sign_ups_per_address_are_limited() {
    let app = spawn_app_with(&[
        ("SPOOL_RATE_LIMITS__ENABLED", "true"),
        ("SPOOL_RATE_LIMITS__SIGNUP_PER_IP_PER_HOUR", "2"),
    ])
    .await;
    app.signup("mia", "us").await;
    app.signup("noa", "us").await;
    let (status, body) = app
        .post(
            "/api/v1/accounts",
            None,
            json!({"handle": "oli", "password": "correct horse", "region": "us", "birth_date": "1990-01-01"}),
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(code(&body), "rate_limited");
    let (status, _) = app.get("/api/v1/accounts/oli", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn limits_can_be_switched_off_for_load_tests() {
    let app = spawn_app_with(&[("SPOOL_RATE_LIMITS__ENABLED", "false")]).await;
    app.signup("pia", "eu").await;
    for _ in 0..12 {
        let (status, _) = app
            .post(
                "/api/v1/sessions",
                None,
                json!({"handle": "pia", "password": "guess guess"}),
            )
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    app.login("pia").await;
}

/// A client whose connections come from `source` (any 127.0.0.0/8 address reaches the
/// server on 127.0.0.1 through the loopback interface; the server does not trust
/// forwarding headers, so the peer address is the client's address).
fn client_from(source: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(std::net::IpAddr::from(source))
        .build()
        .unwrap()
}

async fn login_from(
    app: &crate::harness::TestApp,
    client: &reqwest::Client,
    handle: &str,
    password: &str,
) -> StatusCode {
    client
        .post(app.url("/api/v1/sessions"))
        .json(&json!({"handle": handle, "password": password}))
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn a_stranger_guessing_cannot_lock_the_owner_out() {
    let app = spawn_app_with(&[("SPOOL_RATE_LIMITS__ENABLED", "true")]).await;
    app.signup("rosa", "us").await;
    let stranger = client_from([127, 0, 0, 2]);
    let mut answers = Vec::new();
    for _ in 0..8 {
        answers.push(login_from(&app, &stranger, "rosa", "guess guess").await);
    }
    assert!(
        answers[..5].iter().all(|s| *s == StatusCode::UNAUTHORIZED),
        "{answers:?}"
    );
    assert!(
        answers[5..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS),
        "{answers:?}"
    );
    // That address is locked out of the handle, even with the right password...
    assert_eq!(
        login_from(&app, &stranger, "rosa", "correct horse").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // ...but the owner, elsewhere, logs in.
    let owner = client_from([127, 0, 0, 1]);
    assert_eq!(
        login_from(&app, &owner, "ROSA", "correct horse").await,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_spent_failure_budget_refuses_only_the_addresses_that_failed() {
    let app = spawn_app_with(&[
        ("SPOOL_RATE_LIMITS__ENABLED", "true"),
        ("SPOOL_RATE_LIMITS__LOGIN_FAILURES_PER_HANDLE_PER_HOUR", "3"),
    ])
    .await;
    app.signup("sami", "eu").await;
    let first = client_from([127, 0, 0, 2]);
    for _ in 0..3 {
        assert_eq!(
            login_from(&app, &first, "sami", "guess guess").await,
            StatusCode::UNAUTHORIZED
        );
    }
    // The handle's budget is spent: the address that failed waits (well before the
    // per-address limit of 5 a minute)...
    let resp = first
        .post(app.url("/api/v1/sessions"))
        .json(&json!({"handle": "sami", "password": "guess guess"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = resp.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 60, "a slow backoff, not a minute: {retry}");
    // ...a fresh address gets one guess, then waits too...
    let second = client_from([127, 0, 0, 3]);
    assert_eq!(
        login_from(&app, &second, "sami", "guess again").await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        login_from(&app, &second, "sami", "correct horse").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // ...and the owner, from an address without failures, logs in.
    let owner = client_from([127, 0, 0, 1]);
    assert_eq!(
        login_from(&app, &owner, "sami", "correct horse").await,
        StatusCode::CREATED
    );
    // Other handles are untouched, from any of these addresses.
    app.signup("tove", "eu").await;
    assert_eq!(
        login_from(&app, &first, "tove", "correct horse").await,
        StatusCode::CREATED
    );
}

/// A stolen session must not be a way to guess the password: the checks behind
/// `DELETE /me`, `POST /me/move` and `POST /me/password` share a per-account budget.
#[tokio::test]
async fn password_checks_of_a_logged_in_account_are_limited() {
    // The default budget: 10 checks per account per hour.
    let app = spawn_app_with(&[("SPOOL_RATE_LIMITS__ENABLED", "true")]).await;
    let token = app.user("uma", "us").await;
    let wrong = json!({"password": "guess guess"});
    for _ in 0..5 {
        let (status, body) = app
            .call(Method::DELETE, "/api/v1/me", Some(&token), wrong.clone())
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
        let (status, body) = app
            .post(
                "/api/v1/me/move",
                Some(&token),
                json!({"region": "eu", "password": "guess guess"}),
            )
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    }
    // Budget spent: even the right password waits, on every route that checks it.
    let resp = app
        .client
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"password": "correct horse"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(resp.headers().contains_key("retry-after"));
    let (status, body) = app
        .post(
            "/api/v1/me/move",
            Some(&token),
            json!({"region": "eu", "password": "correct horse"}),
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(code(&body), "rate_limited");
    let (status, body) = app
        .post(
            "/api/v1/me/password",
            Some(&token),
            json!({"current_password": "correct horse", "new_password": "battery staple"}),
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    // Nothing happened: the account is where it was, with its password.
    let (status, me) = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["region"], "us");
    // Another account has its own budget.
    let other = app.user("vera", "us").await;
    let (status, _) = app
        .call(Method::DELETE, "/api/v1/me", Some(&other), wrong)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
