use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use spool_blob::{BlobKey, BlobStore, LocalBlobStore, ObjectBlobStore, S3Options};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// A running deployment of `spool serve` with its own data folder, removed on drop:
/// one `--role all` process, or with `SPOOL_TEST_TOPOLOGY=cluster` two `--role api`
/// nodes and a `--role worker` on the same store and NATS bus, every request sent to the
/// next API node in turn (see [`TestApp::settle`] for what a test may rely on).
pub struct TestApp {
    /// The first node's address (what [`TestApp::url`] uses on one process).
    pub base: String,
    pub data: tempfile::TempDir,
    pub client: reqwest::Client,
    nodes: Vec<Node>,
    env: Vec<(String, String)>,
    /// The nodes' state folders (cluster form), removed on drop.
    _states: Option<tempfile::TempDir>,
    next: std::sync::atomic::AtomicUsize,
}

/// One process of a [`TestApp`].
struct Node {
    child: Child,
    base: String,
    /// `spool serve` arguments besides the data folder and listen address.
    args: Vec<String>,
    /// Whether it answers API requests (`--role worker` does not).
    api: bool,
}

/// Whether the black-box tests run against the cluster form (`SPOOL_TEST_TOPOLOGY=cluster`,
/// scripts/test's second pass) or one process (the default).
pub fn cluster_form() -> bool {
    match std::env::var("SPOOL_TEST_TOPOLOGY").as_deref() {
        Ok("cluster") => true,
        Ok("single") | Err(_) => false,
        Ok(other) => panic!("SPOOL_TEST_TOPOLOGY={other:?}: expected single or cluster"),
    }
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
    let (states, plan) = if cluster_form() {
        let states = tempfile::tempdir().expect("temp dir");
        let plan: Vec<(Vec<String>, bool)> = [("api", "a"), ("api", "b"), ("worker", "w")]
            .into_iter()
            .map(|(role, name)| {
                let state = states.path().join(name);
                let args = vec![
                    "--role".to_owned(),
                    role.to_owned(),
                    "--state".to_owned(),
                    state.to_str().expect("a UTF-8 temp path").to_owned(),
                ];
                (args, role == "api")
            })
            .collect();
        let bus = env
            .iter()
            .find(|(k, _)| k == "SPOOL_BUS__BACKEND")
            .map(|(_, v)| v.clone())
            .or_else(|| std::env::var("SPOOL_BUS__BACKEND").ok());
        assert_eq!(
            bus.as_deref(),
            Some("nats"),
            "the cluster form needs SPOOL_BUS__BACKEND=nats (scripts/test sets it)"
        );
        (Some(states), plan)
    } else {
        (None, vec![(Vec::new(), true)])
    };
    // Chosen once, so a restart finds its own streams again.
    bus_env(&mut env);
    let nodes = start_nodes(data.path(), &env, &plan).await;
    TestApp {
        base: nodes[0].base.clone(),
        data,
        client: client(),
        nodes,
        env,
        _states: states,
        next: Default::default(),
    }
}

/// Starts the processes of `plan` (arguments, answers API requests) at once.
async fn start_nodes(
    data: &Path,
    env: &[(String, String)],
    plan: &[(Vec<String>, bool)],
) -> Vec<Node> {
    let started = futures_util::future::join_all(plan.iter().enumerate().map(|(i, (args, _))| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        // An address set beforehand (a public URL names it) is the first node's; the
        // others of a cluster listen on ports of their own.
        let env: Vec<(String, String)> = env
            .iter()
            .filter(|(k, _)| i == 0 || k != "SPOOL_SERVER__LISTEN")
            .cloned()
            .collect();
        async move { start(data, &env, &args).await }
    }))
    .await;
    started
        .into_iter()
        .zip(plan)
        .map(|((child, base), (args, api))| Node {
            child,
            base,
            args: args.clone(),
            api: *api,
        })
        .collect()
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

/// Which store the spawned servers use: `SPOOL_TEST_BACKEND=postgres` runs every
/// black-box test against PostgreSQL (the server `SPOOL_TEST_PG_URL` names), otherwise
/// the embedded SQLite files.
pub fn postgres() -> Option<String> {
    match std::env::var("SPOOL_TEST_BACKEND").as_deref() {
        Ok("postgres") => Some(std::env::var("SPOOL_TEST_PG_URL").unwrap_or_else(|_| {
            panic!("SPOOL_TEST_BACKEND=postgres needs SPOOL_TEST_PG_URL (scripts/test sets both)")
        })),
        Ok("sqlite") | Err(_) => None,
        Ok(other) => panic!("SPOOL_TEST_BACKEND={other:?}: expected sqlite or postgres"),
    }
}

/// The regions a test may enable; each has a shared test database on PostgreSQL.
const PG_REGIONS: [&str; 6] = ["us", "eu", "sg", "br", "in", "jp"];

/// The PostgreSQL schema of a data folder: every server started on the same folder
/// (a restart) finds the same tables; different tests never share any.
fn pg_schema(data: &Path) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    data.hash(&mut h);
    format!("t_{:016x}", h.finish())
}

/// Creates the shared test databases (one per region, one for the directory) once.
async fn pg_databases(server: &str) {
    use sqlx::{Connection, Executor};
    sqlx::any::install_default_drivers();
    let mut admin = sqlx::AnyConnection::connect(&format!("{server}/postgres"))
        .await
        .expect("connect to the test PostgreSQL server");
    for name in PG_REGIONS.iter().copied().chain(["dir"]) {
        let exists: Option<i32> =
            sqlx::query_scalar("SELECT 1 FROM pg_database WHERE datname = $1")
                .bind(format!("spool_test_{name}"))
                .fetch_optional(&mut admin)
                .await
                .expect("query pg_database");
        if exists.is_none() {
            // Another test process may create it at the same moment: that is fine.
            let _ = admin
                .execute(format!("CREATE DATABASE spool_test_{name}").as_str())
                .await;
        }
    }
}

/// The environment that points a server on `data` at PostgreSQL, when the tests run
/// there (empty on SQLite).
pub async fn backend_env(data: &Path) -> Vec<(String, String)> {
    if let Some(server) = postgres() {
        pg_databases(&server).await;
    }
    backend_vars(data)
}

/// [`backend_env`] once the test databases exist.
pub fn backend_vars(data: &Path) -> Vec<(String, String)> {
    let Some(server) = postgres() else {
        return Vec::new();
    };
    let mut env = vec![
        ("SPOOL_STORE__BACKEND".to_owned(), "postgres".to_owned()),
        (
            "SPOOL_STORE__DIRECTORY_URL".to_owned(),
            format!("{server}/spool_test_dir"),
        ),
        ("SPOOL_STORE__SCHEMA".to_owned(), pg_schema(data)),
        ("SPOOL_STORE__POOL_SIZE".to_owned(), "8".to_owned()),
    ];
    for r in PG_REGIONS {
        env.push((
            format!("SPOOL_STORE__CELLS__{}", r.to_uppercase()),
            format!("{server}/spool_test_{r}"),
        ));
    }
    env
}

/// A pool on the database of a region's cell (`region` = "directory" for the
/// directory), whichever backend the tests run on, for tests that look at stored rows.
pub async fn db_pool(data: &Path, region: &str) -> sqlx::AnyPool {
    sqlx::any::install_default_drivers();
    match postgres() {
        Some(server) => {
            let db = if region == "directory" { "dir" } else { region };
            let schema = pg_schema(data);
            sqlx::any::AnyPoolOptions::new()
                .max_connections(2)
                .after_connect(move |conn, _| {
                    let sql = format!("SET search_path TO {schema}");
                    Box::pin(async move {
                        sqlx::Executor::execute(conn, sql.as_str()).await?;
                        Ok(())
                    })
                })
                .connect(&format!("{server}/spool_test_{db}"))
                .await
                .expect("connect to a test cell on PostgreSQL")
        }
        None => {
            let file = if region == "directory" {
                data.join("directory.db")
            } else {
                data.join("regions").join(region).join("spool.db")
            };
            sqlx::AnyPool::connect(&format!("sqlite://{}?mode=rw", file.display()))
                .await
                .expect("open a cell's SQLite file")
        }
    }
}

/// On PostgreSQL, every row of a region's cell (or "directory") as text, one row per
/// line, for the tests that look for traces of data the way they scan the SQLite files
/// of the embedded backend (where the bytes at rest are the files themselves; on
/// PostgreSQL the files are the server's, scanned by the store's erasure test). Empty
/// on SQLite.
pub async fn stored_text(data: &Path, region: &str) -> Vec<u8> {
    if postgres().is_none() {
        return Vec::new();
    }
    let pool = db_pool(data, region).await;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = current_schema()",
    )
    .fetch_all(&pool)
    .await
    .expect("list the tables");
    let mut out = Vec::new();
    for t in tables {
        let rows: Vec<String> =
            sqlx::query_scalar(&format!("SELECT CAST(t AS TEXT) FROM \"{t}\" t"))
                .fetch_all(&pool)
                .await
                .expect("read a table");
        for r in rows {
            out.extend_from_slice(r.as_bytes());
            out.push(b'\n');
        }
    }
    pool.close().await;
    out
}

/// [`db_pool`] for the database that the embedded layout keeps in `file`
/// (`<data>/regions/<code>/spool.db` or `<data>/directory.db`), on either backend.
pub async fn pool_for_file(file: &Path) -> sqlx::AnyPool {
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let parent = file.parent().expect("a database file's folder");
    match name {
        "directory.db" => db_pool(parent, "directory").await,
        "spool.db" => {
            let region = parent.file_name().and_then(|n| n.to_str()).expect("region");
            let data = parent.parent().and_then(Path::parent).expect("data folder");
            db_pool(data, region).await
        }
        other => panic!("not a Spool database file: {other}"),
    }
}

/// The NATS server the tests use (`scripts/test` starts one with scripts/lib/nats.sh).
pub fn nats_url() -> String {
    std::env::var("SPOOL_TEST_NATS_URL").unwrap_or_else(|_| {
        panic!(
            "SPOOL_TEST_NATS_URL is not set: this test needs a NATS server with JetStream. \
             Run the tests through scripts/test, or start one with \
             `source scripts/lib.sh; source scripts/lib/nats.sh; nats_start /tmp/nats` \
             and pass SPOOL_TEST_NATS_URL on."
        )
    })
}

/// A stream/subject prefix no other spawned server uses, so tests share one NATS server.
pub fn unique_prefix() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "t{}_{}_{nanos}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// With `SPOOL_BUS__BACKEND=nats` (given, or in the tests' own environment, which the
/// servers inherit), a server gets the tests' NATS server and a prefix of its own.
pub fn bus_env(env: &mut Vec<(String, String)>) {
    let backend = env
        .iter()
        .find(|(k, _)| k == "SPOOL_BUS__BACKEND")
        .map(|(_, v)| v.clone())
        .or_else(|| std::env::var("SPOOL_BUS__BACKEND").ok());
    if backend.as_deref() != Some("nats") {
        return;
    }
    if !env.iter().any(|(k, _)| k == "SPOOL_BUS__URL") {
        env.push(("SPOOL_BUS__URL".into(), nats_url()));
    }
    if !env.iter().any(|(k, _)| k == "SPOOL_BUS__PREFIX") {
        env.push(("SPOOL_BUS__PREFIX".into(), unique_prefix()));
    }
}

/// The bus settings [`bus_env`] gives a server, for a command started by hand (`spool
/// seed` and the like); nothing without `SPOOL_BUS__BACKEND=nats`.
pub fn bus_vars() -> Vec<(String, String)> {
    let mut env = Vec::new();
    bus_env(&mut env);
    env
}

/// Everything a command run by hand on `data` (`spool seed`, `spool serve` started
/// directly) needs to find the same store and bus as the tests' servers.
pub async fn command_env(data: &Path) -> Vec<(String, String)> {
    let mut env = backend_env(data).await;
    env.extend(media_env(data));
    env.extend(bus_vars());
    env
}

/// Starts `spool serve` and waits for its "listening" line.
pub async fn start(data: &Path, env: &[(String, String)], args: &[&str]) -> (Child, String) {
    let backend = backend_env(data).await;
    let mut env = env.to_vec();
    bus_env(&mut env);
    // A test that must know the port before the start (a public URL naming it) passes
    // it as SPOOL_SERVER__LISTEN; others listen on any free port.
    let listen = env
        .iter()
        .find(|(k, _)| k == "SPOOL_SERVER__LISTEN")
        .map_or_else(|| "127.0.0.1:0".to_owned(), |(_, v)| v.clone());
    let mut cmd = Command::new(spool_bin());
    cmd.arg("serve")
        .arg("--data")
        .arg(data)
        .arg("--listen")
        .arg(&listen)
        .args(args)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true);
    for (k, v) in backend.iter().chain(&env) {
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

/// Every blob key of a media store (uploads, videos, sounds, exports, account photos).
pub async fn media_keys(store: &dyn BlobStore) -> Vec<String> {
    let mut out = Vec::new();
    for top in ["uploads", "videos", "sounds", "exports", "accounts"] {
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
    /// A server that [`start`] started on a data folder owned elsewhere (a node of a
    /// cluster); `data` is then a scratch folder of its own, not the server's.
    #[allow(dead_code)] // used by tests/cluster.rs, which shares this file
    pub fn adopt(child: Child, base: String, env: Vec<(String, String)>) -> Self {
        TestApp {
            base: base.clone(),
            data: tempfile::tempdir().expect("temp dir"),
            client: client(),
            nodes: vec![Node {
                child,
                base,
                args: Vec::new(),
                api: true,
            }],
            env,
            _states: None,
            next: Default::default(),
        }
    }

    /// The addresses of the nodes that answer API requests.
    pub fn api_bases(&self) -> Vec<String> {
        self.nodes
            .iter()
            .filter(|n| n.api)
            .map(|n| n.base.clone())
            .collect()
    }

    /// Waits until every node of the cluster form has heard every other node's news:
    /// each process has handed NATS all it published, and each API node has applied
    /// (into its search index, feed and caches) every event and catalog change up to
    /// the streams' last positions. Its search and feed then answer as one process
    /// would. Nothing to wait for on one process. [`TestApp::call`] settles before
    /// every GET; tests that read through `client` after a write call this themselves.
    pub async fn settle(&self) {
        if self.nodes.len() < 2 {
            return;
        }
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        let health = |base: String| {
            let client = self.client.clone();
            async move {
                let resp = client
                    .get(format!("{base}/healthz"))
                    .send()
                    .await
                    .expect("healthz");
                assert_eq!(resp.status(), StatusCode::OK, "{base}/healthz");
                resp.json::<Value>().await.expect("healthz JSON")
            }
        };
        // First, nothing any node published is still on its way to NATS.
        loop {
            let all =
                futures_util::future::join_all(self.nodes.iter().map(|n| health(n.base.clone())))
                    .await;
            if all.iter().all(|h| h["bus"]["unsent"] == 0) {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the nodes did not finish publishing within 20 s: {all:?}"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        // Then every API node applied every stream up to its last message.
        loop {
            let all =
                futures_util::future::join_all(self.api_bases().into_iter().map(health)).await;
            let caught_up = all.iter().all(|h| {
                h["bus"]["streams"].as_array().is_some_and(|streams| {
                    streams.iter().all(|s| {
                        s["applied"].as_u64().unwrap_or(0) >= s["last"].as_u64().unwrap_or(u64::MAX)
                    })
                })
            });
            if caught_up {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the API nodes did not catch up within 20 s: {all:?}"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// This server's store and bus settings, for a command run beside it (`spool
    /// seed`, `spool staff`): it must use the server's databases and streams.
    pub fn bus_vars(&self) -> Vec<(String, String)> {
        let mut env = backend_vars(self.data.path());
        env.extend(media_env(self.data.path()));
        env.extend(
            self.env
                .iter()
                .filter(|(k, _)| k.starts_with("SPOOL_BUS__"))
                .cloned(),
        );
        env
    }

    /// This server's media of `region` (see [`media_store`]).
    pub fn media(&self, region: &str) -> Arc<dyn BlobStore> {
        media_store(self.data.path(), region)
    }

    /// `path` on the next API node in turn (the cluster form), or on the one process.
    pub fn url(&self, path: &str) -> String {
        let api: Vec<&Node> = self.nodes.iter().filter(|n| n.api).collect();
        if api.len() < 2 {
            return format!("{}{}", self.base, path);
        }
        let k = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        format!("{}{}", api[k % api.len()].base, path)
    }

    /// Sends a JSON request (or none with `Value::Null`) with an optional bearer token.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Value,
    ) -> (StatusCode, Value) {
        if method == Method::GET {
            self.settle().await;
        }
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

    /// Sends SIGTERM to every process and waits for them to exit; returns whether all
    /// exited cleanly.
    pub async fn terminate(&mut self) -> bool {
        let mut clean = true;
        for node in &mut self.nodes {
            let pid = node.child.id().expect("running");
            let status = std::process::Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status()
                .expect("kill");
            assert!(status.success());
        }
        for node in &mut self.nodes {
            let exit = tokio::time::timeout(Duration::from_secs(30), node.child.wait())
                .await
                .expect("spool did not stop within 30 s after SIGTERM")
                .expect("wait");
            clean &= exit.success();
        }
        clean
    }

    /// Waits until a process of the deployment has exited by itself (a crash point was
    /// reached: in a job, that is the worker of the cluster form); panics with `what`
    /// after `within`.
    pub async fn wait_for_an_exit(&mut self, within: Duration, what: &str) {
        let deadline = std::time::Instant::now() + within;
        loop {
            for node in &mut self.nodes {
                if node.child.try_wait().expect("try_wait").is_some() {
                    return;
                }
            }
            assert!(std::time::Instant::now() < deadline, "{what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGKILL to every process: they die at once, mid-whatever.
    pub fn kill(&mut self) {
        for node in &mut self.nodes {
            // A process that a crash point already stopped has nothing to kill.
            if let Some(pid) = node.child.id() {
                let _ = std::process::Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status()
                    .expect("kill");
            }
        }
        let _ = std::process::Command::new("sh")
            .args(["-c", "sleep 0.2"])
            .status();
    }

    /// Starts every process again on the same data folder (after `terminate` or `kill`).
    pub async fn restart(&mut self) {
        let env = self.env.clone();
        self.restart_with(&env).await;
    }

    /// [`TestApp::restart`] with another environment (an operator changed a setting);
    /// later restarts keep it.
    pub async fn restart_with(&mut self, env: &[(String, String)]) {
        let mut env = env.to_vec();
        for (k, v) in &self.env {
            if k.starts_with("SPOOL_BUS__") && !env.iter().any(|(e, _)| e == k) {
                env.push((k.clone(), v.clone()));
            }
        }
        let plan: Vec<(Vec<String>, bool)> =
            self.nodes.iter().map(|n| (n.args.clone(), n.api)).collect();
        self.nodes = start_nodes(self.data.path(), &env, &plan).await;
        self.base = self.nodes[0].base.clone();
        self.env = env;
    }
}

/// The error code of an error answer.
pub fn code(body: &Value) -> &str {
    body["error"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("not an error body: {body}"))
}
