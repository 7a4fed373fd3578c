use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{code, spawn_app};

fn valid() -> Value {
    json!({"handle": "ok_handle", "password": "correct horse", "region": "eu",
           "birth_date": "1990-01-01", "email": "ok@example.org"})
}

fn with(field: &str, value: Value) -> Value {
    let mut body = valid();
    body[field] = value;
    body
}

fn without(field: &str) -> Value {
    let mut body = valid();
    body.as_object_mut().unwrap().remove(field);
    body
}

/// Every refused sign-up answers a JSON error with the right status and code, and
/// leaves nothing behind: afterwards the same handle signs up fine.
#[tokio::test]
async fn refused_sign_ups_say_why_and_change_nothing() {
    let app = spawn_app().await;
    let json_cases: Vec<(&str, Value, StatusCode, &str)> = vec![
        (
            "missing handle",
            without("handle"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (
            "missing password",
            without("password"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (
            "missing region",
            without("region"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (
            "missing birth date",
            without("birth_date"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (
            "wrong type",
            with("handle", json!(42)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (
            "unknown field",
            with("is_admin", json!(true)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (
            "not an object",
            json!(["ok_handle"]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (
            "long handle",
            with("handle", json!("h".repeat(25))),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_handle",
        ),
        (
            "handle with space",
            with("handle", json!("ok handle")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_handle",
        ),
        (
            "reserved handle",
            with("handle", json!("Admin")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "handle_reserved",
        ),
        (
            "short password",
            with("password", json!("short")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_password",
        ),
        (
            "long password",
            with("password", json!("p".repeat(129))),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_password",
        ),
        (
            "unknown region",
            with("region", json!("mars")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_region",
        ),
        (
            "malformed region",
            with("region", json!("../us")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_region",
        ),
        (
            "bad date",
            with("birth_date", json!("01/02/1990")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_birth_date",
        ),
        (
            "future date",
            with("birth_date", json!("2999-01-01")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_birth_date",
        ),
        (
            "bad email",
            with("email", json!("not-an-address")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_email",
        ),
        (
            "long email",
            with("email", json!(format!("{}@example.org", "e".repeat(250)))),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_email",
        ),
        (
            "long display name",
            with("display_name", json!("d".repeat(51))),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_display_name",
        ),
        (
            "control chars",
            with("display_name", json!("a\u{7}b")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_display_name",
        ),
    ];
    for (what, body, status, expected) in json_cases {
        let (got, answer) = app.post("/api/v1/accounts", None, body).await;
        assert_eq!(got, status, "{what}: {answer}");
        assert_eq!(code(&answer), expected, "{what}: {answer}");
        assert!(
            !answer["error"]["message"].as_str().unwrap().is_empty(),
            "{what}"
        );
    }

    let raw_cases: Vec<(&str, &str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "malformed JSON",
            "application/json",
            b"{\"handle\": \"ok_handle\",".to_vec(),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            "not JSON at all",
            "application/json",
            b"handle=ok_handle".to_vec(),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            "empty body",
            "application/json",
            Vec::new(),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            "form content type",
            "application/x-www-form-urlencoded",
            b"handle=ok_handle".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            "text content type",
            "text/plain",
            serde_json::to_vec(&valid()).unwrap(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
    ];
    for (what, content_type, body, status, expected) in raw_cases {
        let (got, answer) = app
            .raw(Method::POST, "/api/v1/accounts", content_type, body)
            .await;
        assert_eq!(got, status, "{what}: {answer}");
        assert_eq!(code(&answer), expected, "{what}");
    }

    // A body over the 64 KiB limit, valid JSON otherwise.
    let big = with("display_name", json!("x".repeat(70 * 1024)));
    let (got, answer) = app
        .raw(
            Method::POST,
            "/api/v1/accounts",
            "application/json",
            serde_json::to_vec(&big).unwrap(),
        )
        .await;
    assert_eq!(got, StatusCode::PAYLOAD_TOO_LARGE, "{answer}");
    assert_eq!(code(&answer), "body_too_large");

    // Nothing of the above was stored.
    let (status, _) = app.get("/api/v1/accounts/ok_handle", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = app.post("/api/v1/accounts", None, valid()).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

#[tokio::test]
async fn bad_login_and_profile_bodies() {
    let app = spawn_app().await;
    let token = app.user("jules", "us").await;
    let (status, body) = app
        .post("/api/v1/sessions", None, json!({"handle": "jules"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code(&body), "invalid_body");
    let (status, body) = app
        .raw(
            Method::POST,
            "/api/v1/sessions",
            "application/json",
            b"{nope".to_vec(),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(code(&body), "malformed_json");
    let (status, body) = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            json!({"display_name": "d".repeat(51)}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code(&body), "invalid_display_name");
    let (status, body) = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            json!({"email": "nope"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code(&body), "invalid_email");
    let (_, me) = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(me["display_name"], "");
    assert_eq!(me["email"], "jules@example.org");
    // Without a session, own-account routes answer 401.
    for method in [Method::GET, Method::PATCH, Method::DELETE] {
        let (status, body) = app
            .call(method.clone(), "/api/v1/me", None, json!({}))
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{method}");
        assert_eq!(code(&body), "unauthenticated");
    }
}
