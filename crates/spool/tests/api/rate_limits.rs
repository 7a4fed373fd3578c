use reqwest::StatusCode;
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
