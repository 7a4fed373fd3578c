use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::harness::{code, spawn_app, spawn_app_with, spool_bin, start};

#[tokio::test]
async fn health_and_metrics() {
    let app = spawn_app().await;
    let (status, health) = app.get("/healthz", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(health["status"], "ok");
    app.get("/api/v1/accounts/somebody", None).await;
    let resp = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let text = resp.text().await.unwrap();
    assert!(
        text.contains("# TYPE spool_http_requests_total counter"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("spool_http_requests_total")
                && l.contains("route=\"/api/v1/accounts/{handle}\"")
                && l.contains("status=\"404\"")),
        "{text}"
    );
    assert!(text.contains("spool_http_request_duration_seconds_bucket"));
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_json_errors() {
    let app = spawn_app().await;
    let (status, body) = app.get("/api/v1/nothing-here", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(code(&body), "not_found");
    let (status, body) = app
        .call(Method::PUT, "/api/v1/accounts", None, Value::Null)
        .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(code(&body), "method_not_allowed");
}

#[tokio::test]
async fn first_start_creates_one_cell_per_region_and_data_survives_restarts() {
    let mut app =
        spawn_app_with(&[("SPOOL_REGIONS__ENABLED", "[\"us\", \"eu\", \"sg\", \"br\"]")]).await;
    for region in ["us", "eu", "sg", "br"] {
        assert!(
            app.region_dir(region).join("spool.db").is_file(),
            "{region} database"
        );
        assert!(
            app.region_dir(region).join("media").is_dir(),
            "{region} media folder"
        );
    }
    assert!(app.data.path().join("directory.db").is_file());
    app.signup("tara", "br").await;
    assert!(app.terminate().await, "SIGTERM should stop spool cleanly");
    app.restart().await;
    let (status, profile) = app.get("/api/v1/accounts/tara", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(profile["handle"], "tara");
}

#[tokio::test]
async fn a_config_file_is_read_and_flags_win() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("spool.toml");
    std::fs::write(
        &file,
        "data_dir = \"/nonexistent/should/be/overridden\"\n[regions]\nenabled = [\"eu\", \"us\"]\n",
    )
    .unwrap();
    let data = dir.path().join("data");
    let (mut child, base) = start(&data, &[], &["--config", file.to_str().unwrap()]).await;
    let health: Value = reqwest::get(format!("{base}/healthz"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["regions"], serde_json::json!(["eu", "us"]));
    assert!(data.join("regions/eu/spool.db").is_file());
    child.kill().await.unwrap();
}

#[tokio::test]
async fn bad_configuration_stops_start_up_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let out = tokio::process::Command::new(spool_bin())
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .env("SPOOL_REGIONS__ENABLED", "[\"Not A Region\"]")
        .output()
        .await
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("invalid configuration") && stderr.contains("region"),
        "{stderr}"
    );
}

#[tokio::test]
async fn serve_help_documents_every_setting() {
    let out = tokio::process::Command::new(spool_bin())
        .args(["serve", "--help"])
        .output()
        .await
        .unwrap();
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "--data",
        "--listen",
        "--config",
        "data_dir",
        "[server]",
        "public_url",
        "max_json_body_bytes",
        "[regions]",
        "[accounts]",
        "session_days",
        "[rate_limits]",
        "login_per_handle_per_minute",
        "SPOOL_RATE_LIMITS__ENABLED",
        "[log]",
    ] {
        assert!(
            help.contains(needle),
            "`spool serve --help` does not mention {needle}"
        );
    }
}
