use std::process::Command;

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::harness::spawn_app;

/// Every route the server answers, as (method, path).
const ROUTES: &[(&str, &str)] = &[
    ("get", "/healthz"),
    ("get", "/.well-known/webfinger"),
    ("get", "/ap/actors/{id}"),
    ("get", "/ap/actors/{id}/followers"),
    ("get", "/ap/actors/{id}/outbox"),
    ("post", "/ap/actors/{id}/inbox"),
    ("post", "/ap/inbox"),
    ("get", "/ap/videos/{id}"),
    ("post", "/api/v1/federation/follows"),
    ("get", "/api/v1/federation/follows"),
    ("delete", "/api/v1/federation/follows/{acct}"),
    ("get", "/api/v1/federation/followers"),
    ("post", "/api/v1/federation/followers/accept"),
    ("post", "/api/v1/federation/followers/remove"),
    ("get", "/api/v1/federation/feed"),
    ("post", "/api/v1/federation/reports"),
    ("post", "/api/v1/federation/blocks"),
    ("get", "/api/v1/transparency/federation"),
    ("post", "/api/v1/federation/likes"),
    ("post", "/api/v1/federation/likes/undo"),
    ("post", "/api/v1/federation/replies"),
    ("get", "/api/v1/videos/{id}/remote-replies"),
    ("delete", "/api/v1/videos/{id}/remote-replies"),
    ("get", "/api/v1/federation/accounts"),
    ("get", "/metrics"),
    ("get", "/api/v1/openapi.json"),
    ("get", "/api/v1/regions"),
    ("post", "/api/v1/accounts"),
    ("get", "/api/v1/accounts/{handle}"),
    ("post", "/api/v1/sessions"),
    ("get", "/api/v1/sessions/current"),
    ("delete", "/api/v1/sessions/current"),
    ("get", "/api/v1/me"),
    ("patch", "/api/v1/me"),
    ("delete", "/api/v1/me"),
    ("get", "/api/v1/me/export"),
    ("post", "/api/v1/me/export"),
    ("get", "/api/v1/me/sessions"),
    ("delete", "/api/v1/me/sessions"),
    ("delete", "/api/v1/me/sessions/{id}"),
    ("post", "/api/v1/me/password"),
    ("put", "/api/v1/me/photo"),
    ("delete", "/api/v1/me/photo"),
    ("options", "/api/v1/uploads"),
    ("post", "/api/v1/uploads"),
    ("options", "/api/v1/uploads/{id}"),
    ("head", "/api/v1/uploads/{id}"),
    ("patch", "/api/v1/uploads/{id}"),
    ("delete", "/api/v1/uploads/{id}"),
    ("post", "/api/v1/videos"),
    ("get", "/api/v1/videos/{id}"),
    ("patch", "/api/v1/videos/{id}"),
    ("delete", "/api/v1/videos/{id}"),
    ("put", "/api/v1/videos/{id}/captions/{lang}"),
    ("delete", "/api/v1/videos/{id}/captions/{lang}"),
    ("get", "/api/v1/accounts/{handle}/videos"),
    ("get", "/media/v/{region}/{video}/{file}"),
    ("get", "/media/v/{region}/{video}/{rendition}/{file}"),
    (
        "get",
        "/media/s/{expires}/{signature}/{region}/{video}/{file}",
    ),
    (
        "get",
        "/media/s/{expires}/{signature}/{region}/{video}/{rendition}/{file}",
    ),
    ("get", "/media/sounds/{region}/{file}"),
    ("get", "/media/photos/{region}/{file}"),
    ("post", "/api/v1/accounts/{handle}/follow"),
    ("delete", "/api/v1/accounts/{handle}/follow"),
    ("get", "/api/v1/me/follow-requests"),
    ("post", "/api/v1/me/follow-requests/{handle}"),
    ("delete", "/api/v1/me/follow-requests/{handle}"),
    ("get", "/api/v1/accounts/{handle}/followers"),
    ("get", "/api/v1/accounts/{handle}/following"),
    ("post", "/api/v1/accounts/{handle}/block"),
    ("delete", "/api/v1/accounts/{handle}/block"),
    ("post", "/api/v1/accounts/{handle}/mute"),
    ("delete", "/api/v1/accounts/{handle}/mute"),
    ("post", "/api/v1/videos/{id}/like"),
    ("delete", "/api/v1/videos/{id}/like"),
    ("post", "/api/v1/videos/{id}/share"),
    ("get", "/api/v1/videos/{id}/comments"),
    ("post", "/api/v1/videos/{id}/comments"),
    ("delete", "/api/v1/videos/{id}/comments/{comment_id}"),
    ("post", "/api/v1/videos/{id}/comments/{comment_id}/pin"),
    ("delete", "/api/v1/videos/{id}/comments/{comment_id}/pin"),
    ("post", "/api/v1/videos/{id}/comments/{comment_id}/like"),
    ("delete", "/api/v1/videos/{id}/comments/{comment_id}/like"),
    ("get", "/api/v1/notifications"),
    ("post", "/api/v1/notifications/read"),
    ("get", "/api/v1/me/settings"),
    ("patch", "/api/v1/me/settings"),
    ("get", "/api/v1/feed/for-you"),
    ("get", "/api/v1/feed/following"),
    ("post", "/api/v1/events"),
    ("get", "/api/v1/feed/algorithm"),
    ("delete", "/api/v1/me/recommendations"),
    ("post", "/api/v1/staff/roles"),
    ("delete", "/api/v1/staff/roles"),
    ("post", "/api/v1/staff/grants"),
    ("post", "/api/v1/staff/grants/{region}/{id}/approve"),
    ("post", "/api/v1/staff/grants/{region}/{id}/deny"),
    ("post", "/api/v1/staff/accounts/{handle}/personal"),
    ("get", "/api/v1/me/access-log"),
    ("post", "/api/v1/me/move"),
    ("post", "/api/v1/reports"),
    ("get", "/api/v1/reports/{id}"),
    ("get", "/api/v1/me/reports"),
    ("get", "/api/v1/moderation/queue"),
    ("get", "/api/v1/moderation/items/{id}"),
    ("post", "/api/v1/moderation/items/{id}/claim"),
    ("post", "/api/v1/moderation/decisions"),
    ("get", "/api/v1/moderation/policies"),
    ("post", "/api/v1/moderation/appeals/{id}/decision"),
    ("get", "/api/v1/me/statements"),
    ("get", "/api/v1/me/status"),
    ("post", "/api/v1/appeals"),
    ("get", "/api/v1/transparency/report"),
    ("get", "/api/v1/transparency/decisions"),
    ("get", "/api/v1/staff/audit/{region}/head"),
    ("get", "/api/v1/staff/audit/{region}/entries"),
    ("get", "/api/v1/staff/audit/{region}/proof/inclusion"),
    ("get", "/api/v1/staff/audit/{region}/proof/consistency"),
    ("get", "/api/v1/accounts/{handle}/liked"),
    ("get", "/api/v1/hashtags/{tag}"),
    ("get", "/api/v1/sounds/{id}"),
    ("get", "/api/v1/search"),
    ("get", "/api/v1/search/suggest"),
];

async fn document() -> (crate::harness::TestApp, Value) {
    let app = spawn_app().await;
    let resp = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    let doc: Value = resp.json().await.unwrap();
    (app, doc)
}

#[tokio::test]
async fn the_document_lists_every_route_and_only_real_ones() {
    let (app, doc) = document().await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for (method, path) in ROUTES {
        assert!(
            paths.get(*path).and_then(|p| p.get(*method)).is_some(),
            "{method} {path} not documented"
        );
    }
    // And every documented operation exists on the server (no "no such route").
    let mut documented = 0;
    for (path, item) in paths {
        for method in item.as_object().unwrap().keys() {
            documented += 1;
            assert!(
                ROUTES.contains(&(method.as_str(), path.as_str())),
                "{method} {path} missing from this test's list"
            );
            let concrete = path
                .replace("{handle}", "someone")
                .replace("{id}", "x")
                .replace("{region}", "us")
                .replace("{video}", "v")
                .replace("{rendition}", "360p")
                .replace("{file}", "f")
                .replace("{expires}", "1")
                .replace("{signature}", "s")
                .replace("{comment_id}", "c")
                .replace("{tag}", "t");
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let resp = app
                .client
                .request(m, app.url(&concrete))
                .send()
                .await
                .unwrap();
            let body: Value = resp.json().await.unwrap_or(Value::Null);
            assert_ne!(body["error"]["message"], "no such route", "{method} {path}");
            assert!(
                body["error"]["code"] != "method_not_allowed",
                "{method} {path}"
            );
        }
    }
    assert_eq!(documented, ROUTES.len());
    // Every operation documents its answers, and error answers use the error schema.
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}

/// Validated by an independent implementation of the OpenAPI specification
/// (openapi-spec-validator, installed by scripts/test).
#[tokio::test]
async fn the_document_is_valid_openapi() {
    let (_app, doc) = document().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    let python = std::env::var("SPOOL_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&python)
        .args([
            "-c",
            "import json, sys\nfrom openapi_spec_validator import validate\nvalidate(json.load(open(sys.argv[1])))\nprint('valid')",
        ])
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}; run scripts/test, which installs openapi-spec-validator"));
    assert!(
        out.status.success(),
        "openapi-spec-validator refused the document (or is not installed: run scripts/test):\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
