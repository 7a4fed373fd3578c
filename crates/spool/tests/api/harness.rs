use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use spool_blob::{BlobKey, BlobStore, LocalBlobStore, ObjectBlobStore, S3Options};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// A running `spool serve` with its own data folder, removed on drop.
pub struct TestApp {
    pub base: String,
    pub data: tempfile::TempDir,
    pub client: reqwest::Client,
    child: Child,
    env: Vec<(String, String)>,
}

/// A server with rate limits off (tests that need them switch them back on).
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

pub async fn spawn_app_with(env: &[(&str, &str)]) -> TestApp {
    let data = tempfile::tempdir().expect("temp dir");
    let mut env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| ((*k).into(), (*v).into()))
        .collect();
    if !env.iter().any(|(k, _)| k == "SPOOL_RATE_LIMITS__ENABLED") {
        env.push(("SPOOL_RATE_LIMITS__ENABLED".into(), "false".into()));
    }
    let (child, base) = start(data.path(), &env, &[]).await;
    TestApp {
        base,
        data,
        client: client(),
        child,
        env,
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("http client")
}

pub fn spool_bin() -> &'static str {
    env!("CARGO_BIN_EXE_spool")
}

/// Starts `spool serve` and waits for its "listening" line.
pub async fn start(data: &Path, env: &[(String, String)], args: &[&str]) -> (Child, String) {
    let mut cmd = Command::new(spool_bin());
    cmd.arg("serve")
        .arg("--data")
        .arg(data)
        .arg("--listen")
        .arg("127.0.0.1:0")
        .args(args)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true);
    for (k, v) in env {
        cmd.env(k, v);
    }
    if !env.iter().any(|(k, _)| k == "SPOOL_MEDIA__S3__PREFIX") {
        cmd.envs(media_env(data));
    }
    let mut child = cmd.spawn().expect("spawn spool");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let base = tokio::time::timeout(Duration::from_secs(60), async {
        while let Some(line) = lines.next_line().await.expect("read stdout") {
            if let Some(url) = line.strip_prefix("spool listening on ") {
                return url.to_owned();
            }
        }
        panic!("spool exited before listening");
    })
    .await
    .expect("spool did not start within 60 s");
    // Keep draining stdout so the child never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (child, base)
}

fn s3_selected() -> bool {
    std::env::var("SPOOL_MEDIA__BACKEND").is_ok_and(|b| b.eq_ignore_ascii_case("s3"))
}

/// The S3 object prefix of the server on `data` (under the environment's own prefix).
fn s3_prefix(data: &Path) -> String {
    let base = std::env::var("SPOOL_MEDIA__S3__PREFIX").unwrap_or_default();
    let own = data.file_name().map_or_else(String::new, |n| {
        n.to_string_lossy().trim_start_matches('.').to_owned()
    });
    [base.trim_matches('/'), "api-tests", own.as_str()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("/")
}

/// With the S3 media backend chosen by the environment, every data folder gets its own
/// prefix in the bucket (a restart, or `spool seed`, on the same folder finds its media
/// again): the variable to pass to a `spool` process on `data`. Empty otherwise.
pub fn media_env(data: &Path) -> Vec<(String, String)> {
    if !s3_selected() {
        return Vec::new();
    }
    vec![("SPOOL_MEDIA__S3__PREFIX".into(), s3_prefix(data))]
}

/// The media of region `region` of the server on `data`, as the server sees it: its
/// local folder, or its place in the bucket when the environment selects S3.
pub fn media_store(data: &Path, region: &str) -> Arc<dyn BlobStore> {
    if !s3_selected() {
        return Arc::new(LocalBlobStore::new(
            data.join("regions").join(region).join("media"),
        ));
    }
    let var = |k: &str| std::env::var(k).unwrap_or_else(|_| panic!("{k} is not set"));
    let secret_file = var("SPOOL_MEDIA__S3__SECRET_ACCESS_KEY_FILE");
    let secret = std::fs::read_to_string(&secret_file).expect("the S3 secret file");
    let endpoint = var("SPOOL_MEDIA__S3__ENDPOINT");
    let options = S3Options {
        allow_http: endpoint.starts_with("http://"),
        endpoint: Some(endpoint),
        region: std::env::var("SPOOL_MEDIA__S3__REGION").unwrap_or_else(|_| "us-east-1".into()),
        bucket: var("SPOOL_MEDIA__S3__BUCKET"),
        prefix: format!("{}/{region}", s3_prefix(data)),
        access_key_id: var("SPOOL_MEDIA__S3__ACCESS_KEY_ID"),
        secret_access_key: secret.trim().to_owned(),
        path_style: true,
    };
    Arc::new(ObjectBlobStore::s3(&options).expect("the test S3 store"))
}

/// Every blob key of a media store (uploads, videos, sounds, exports).
pub async fn media_keys(store: &dyn BlobStore) -> Vec<String> {
    let mut out = Vec::new();
    for top in ["uploads", "videos", "sounds", "exports"] {
        let prefix = BlobKey::parse(top).unwrap();
        for e in store.list(&prefix).await.expect("list media") {
            out.push(e.key.to_string());
        }
    }
    out
}

pub fn blob_key(raw: &str) -> BlobKey {
    BlobKey::parse(raw).expect("a blob key")
}

impl TestApp {
    /// This server's media of `region` (see [`media_store`]).
    pub fn media(&self, region: &str) -> Arc<dyn BlobStore> {
        media_store(self.data.path(), region)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Sends a JSON request (or none with `Value::Null`) with an optional bearer token.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Value,
    ) -> (StatusCode, Value) {
        let mut req = self.client.request(method, self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if !body.is_null() {
            req = req.json(&body);
        }
        let resp = req.send().await.expect("request");
        let status = resp.status();
        let text = resp.text().await.expect("body");
        let value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text}"))
        };
        (status, value)
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> (StatusCode, Value) {
        self.call(Method::GET, path, token, Value::Null).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> (StatusCode, Value) {
        self.call(Method::POST, path, token, body).await
    }

    /// Sends raw bytes with the given content type.
    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> (StatusCode, Value) {
        let resp = self
            .client
            .request(method, self.url(path))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request");
        let status = resp.status();
        (status, resp.json().await.expect("JSON error body"))
    }

    /// Signs up an adult account and returns the answer.
    pub async fn signup(&self, handle: &str, region: &str) -> Value {
        let (status, body) = self
            .post(
                "/api/v1/accounts",
                None,
                json!({"handle": handle, "password": "correct horse", "region": region,
                       "birth_date": "1990-06-15", "email": format!("{}@example.org", handle.to_lowercase())}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body
    }

    /// Logs in and returns the bearer token.
    pub async fn login(&self, handle: &str) -> String {
        let (status, body) = self
            .post(
                "/api/v1/sessions",
                None,
                json!({"handle": handle, "password": "correct horse"}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["token"].as_str().expect("token").to_owned()
    }

    /// Signs up and logs in.
    pub async fn user(&self, handle: &str, region: &str) -> String {
        self.signup(handle, region).await;
        self.login(handle).await
    }

    pub fn region_dir(&self, region: &str) -> PathBuf {
        self.data.path().join("regions").join(region)
    }

    /// Sends SIGTERM and waits for the process to exit; returns whether it exited cleanly.
    pub async fn terminate(&mut self) -> bool {
        let pid = self.child.id().expect("running");
        let status = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .expect("kill");
        assert!(status.success());
        let exit = tokio::time::timeout(Duration::from_secs(30), self.child.wait())
            .await
            .expect("spool did not stop within 30 s after SIGTERM")
            .expect("wait");
        exit.success()
    }

    /// SIGKILL: the process dies at once, mid-whatever.
    pub fn kill(&mut self) {
        let pid = self.child.id().expect("running");
        let status = std::process::Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .expect("kill");
        assert!(status.success());
        let _ = std::process::Command::new("sh")
            .args(["-c", "sleep 0.2"])
            .status();
    }

    /// Starts the server again on the same data folder (after `terminate`).
    pub async fn restart(&mut self) {
        let (child, base) = start(self.data.path(), &self.env, &[]).await;
        self.child = child;
        self.base = base;
    }
}

/// The error code of an error answer.
pub fn code(body: &Value) -> &str {
    body["error"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("not an error body: {body}"))
}
