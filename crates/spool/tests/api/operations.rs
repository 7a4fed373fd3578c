use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::harness::{code, spawn_app, spawn_app_with, spool_bin, start};

#[tokio::test]
async fn health_and_metrics() {
    let app = spawn_app().await;
    let (status, health) = app.get("/healthz", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(health["status"], "ok");
    // Metrics are each process's own: every API node counts what it answered.
    for base in app.api_bases() {
        let resp = app
            .client
            .get(format!("{base}/api/v1/accounts/somebody"))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::NOT_FOUND);
        // A media file request, answered ahead of the router, is counted the same way.
        let resp = app
            .client
            .get(format!("{base}/media/v/eu/nothing/360p/index.m3u8"))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::NOT_FOUND);
        let resp = app
            .client
            .get(format!("{base}/metrics"))
            .send()
            .await
            .unwrap();
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
        assert!(
            text.lines()
                .any(|l| l.starts_with("spool_http_requests_total")
                    && l.contains("route=\"/media/v/{region}/{video}/{rendition}/{file}\"")
                    && l.contains("status=\"404\"")),
            "{text}"
        );
        assert!(text.contains("spool_http_request_duration_seconds_bucket"));
    }
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
        if crate::harness::postgres().is_some() {
            // The cell is a schema of the region's database, migrated at start.
            let pool = crate::harness::db_pool(app.data.path(), region).await;
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts")
                .fetch_one(&pool)
                .await
                .unwrap_or_else(|e| panic!("{region} cell: {e}"));
            assert_eq!(n, 0, "{region} cell starts empty");
        } else {
            assert!(
                app.region_dir(region).join("spool.db").is_file(),
                "{region} database"
            );
        }
        assert!(
            app.region_dir(region).join("media").is_dir(),
            "{region} media folder"
        );
    }
    if crate::harness::postgres().is_none() {
        assert!(app.data.path().join("directory.db").is_file());
    }
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
    if crate::harness::postgres().is_none() {
        assert!(data.join("regions/eu/spool.db").is_file());
    }
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

#[tokio::test]
async fn https_deployments_send_hsts_on_every_answer() {
    let app = spawn_app_with(&[("SPOOL_SERVER__PUBLIC_URL", "https://spool.example")]).await;
    for path in [
        "/healthz",
        "/",
        "/api/v1/nothing-here",
        "/api/v1/accounts/nobody",
        "/api/v1/me",
        "/assets/app.js",
        // Answered ahead of the router (serve.rs's shortcut): the same header.
        "/media/v/eu/nothing/poster.jpg",
        "/media/s/1/bad/eu/nothing/360p/seg_00000.m4s",
    ] {
        let resp = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(
            resp.headers()
                .get("strict-transport-security")
                .map(|v| v.to_str().unwrap().to_owned())
                .as_deref(),
            Some("max-age=31536000"),
            "{path} ({})",
            resp.status()
        );
    }
    // Plain-HTTP deployments (development) do not pin browsers to HTTPS.
    let plain = spawn_app().await;
    let resp = plain
        .client
        .get(plain.url("/healthz"))
        .send()
        .await
        .unwrap();
    assert!(resp.headers().get("strict-transport-security").is_none());
}

/// Starts `spool serve` and returns the child, its base URL and, when it prints one,
/// its metrics URL.
async fn start_with_metrics(
    data: &std::path::Path,
    env: &[(&str, &str)],
) -> (tokio::process::Child, String, Option<String>) {
    use tokio::io::AsyncBufReadExt;
    let mut child = tokio::process::Command::new(spool_bin())
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(data)
        .env("RUST_LOG", "warn")
        .env("SPOOL_RATE_LIMITS__ENABLED", "false")
        .envs(crate::harness::command_env(data).await)
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let mut metrics = None;
    let base = tokio::time::timeout(std::time::Duration::from_secs(60), async {
        while let Some(line) = lines.next_line().await.unwrap() {
            if let Some(url) = line.strip_prefix("spool metrics on ") {
                metrics = Some(url.to_owned());
            }
            if let Some(url) = line.strip_prefix("spool listening on ") {
                return url.to_owned();
            }
        }
        panic!("spool exited before listening");
    })
    .await
    .unwrap();
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (child, base, metrics)
}

#[tokio::test]
async fn metrics_can_have_their_own_address_and_leave_the_main_one() {
    let data = tempfile::tempdir().unwrap();
    let (_child, base, metrics) = start_with_metrics(
        data.path(),
        &[("SPOOL_SERVER__METRICS_LISTEN", "127.0.0.1:0")],
    )
    .await;
    let metrics = metrics.expect("the metrics address is printed");
    assert_ne!(metrics, base);
    let client = crate::harness::client();
    let resp = client.get(format!("{base}/metrics")).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(code(&body), "not_found");
    client.get(format!("{base}/healthz")).send().await.unwrap();
    let resp = client
        .get(format!("{metrics}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let text = resp.text().await.unwrap();
    assert!(text.contains("spool_http_requests_total"), "{text}");
    // The metrics listener serves nothing else.
    let resp = client
        .get(format!("{metrics}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    let resp = client
        .get(format!("{metrics}/api/v1/regions"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn metrics_can_require_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("metrics.token");
    std::fs::write(&token_file, "s3cret-scrape-token\n").unwrap();
    let app = spawn_app_with(&[(
        "SPOOL_SERVER__METRICS_TOKEN_FILE",
        token_file.to_str().unwrap(),
    )])
    .await;
    for auth in [None, Some("Bearer wrong"), Some("s3cret-scrape-token")] {
        let mut req = app.client.get(app.url("/metrics"));
        if let Some(a) = auth {
            req = req.header("authorization", a);
        }
        let resp = req.send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::UNAUTHORIZED, "{auth:?}");
        assert_eq!(resp.headers()["www-authenticate"], "Bearer");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(code(&body), "unauthenticated");
    }
    let resp = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("s3cret-scrape-token")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp
        .text()
        .await
        .unwrap()
        .contains("spool_http_requests_total"));

    // A token file that cannot be read stops start-up with a reason.
    let out = std::process::Command::new(spool_bin())
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(dir.path().join("data"))
        .env(
            "SPOOL_SERVER__METRICS_TOKEN_FILE",
            dir.path().join("missing"),
        )
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("metrics_token_file"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn paths_that_are_not_utf8_get_the_json_error() {
    let app = spawn_app().await;
    for path in [
        "/api/v1/accounts/%FF",
        "/api/v1/accounts/%C3%28/videos",
        "/api/v1/videos/%80",
        "/u/%FF",
        "/%FF",
    ] {
        let resp = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::BAD_REQUEST, "{path}");
        assert!(
            resp.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{path}"
        );
        let body: Value = resp.json().await.unwrap();
        assert_eq!(code(&body), "bad_request", "{path}");
    }
    // Percent-encoded UTF-8 is fine.
    let (status, body) = app.get("/api/v1/accounts/%C3%B1u", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    // Other rejections of the request line are JSON too (a query that is not a number).
    let resp = app
        .client
        .get(app.url("/api/v1/search?q=x&limit=lots"))
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_client_error());
    let body: Value = resp.json().await.expect("a JSON error body");
    assert!(body["error"]["code"].is_string(), "{body}");
}
