//! `spool bench cluster`: a load generator that speaks HTTP to running API nodes (a
//! cluster from `scripts/cluster up`, or one embedded server) the way clients do:
//! sign-ups, log-ins, tus uploads with publishing, For-You pages and feed events, each
//! request sent to the next node in turn. It reports requests per second, p50/p99 per
//! kind, events per second ingested and errors. Rate limits must be off on the target
//! (`SPOOL_RATE_LIMITS__ENABLED=false`), or the refusals count as errors.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use serde_json::{json, Value};
use tokio::sync::Mutex;

pub struct ClusterBenchArgs {
    pub api: Vec<String>,
    pub users: usize,
    pub uploads: usize,
    pub pages: usize,
    pub concurrency: usize,
    pub clip: PathBuf,
    pub region: String,
}

#[derive(Default)]
struct Stats {
    /// (kind, latency) of every successful request.
    ok: Vec<(&'static str, Duration)>,
    errors: Vec<(&'static str, String)>,
    events: usize,
}

struct Load {
    http: reqwest::Client,
    api: Vec<String>,
    next: std::sync::atomic::AtomicUsize,
    stats: Mutex<Stats>,
}

impl Load {
    fn node(&self) -> &str {
        let n = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        &self.api[n % self.api.len()]
    }

    async fn record(&self, kind: &'static str, started: Instant, result: anyhow::Result<()>) {
        let mut s = self.stats.lock().await;
        match result {
            Ok(()) => s.ok.push((kind, started.elapsed())),
            Err(e) => s.errors.push((kind, format!("{e:#}"))),
        }
    }

    async fn json(
        &self,
        req: reqwest::RequestBuilder,
        want: reqwest::StatusCode,
    ) -> anyhow::Result<Value> {
        let resp = req.send().await?;
        let status = resp.status();
        let text = resp.text().await?;
        anyhow::ensure!(status == want, "{status}: {text}");
        Ok(if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text)?
        })
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

pub async fn run(args: ClusterBenchArgs) -> anyhow::Result<()> {
    anyhow::ensure!(!args.api.is_empty(), "give at least one --api URL");
    let clip = std::fs::read(&args.clip)
        .with_context(|| format!("cannot read the clip {}", args.clip.display()))?;
    let load = Arc::new(Load {
        http: reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()?,
        api: args.api.clone(),
        next: Default::default(),
        stats: Mutex::default(),
    });
    let run_id = format!("{:06x}", rand::random::<u32>() & 0xff_ffff);
    let started = Instant::now();

    // Sign-ups and log-ins, `concurrency` at a time.
    let mut tokens = Vec::new();
    for chunk in (0..args.users)
        .collect::<Vec<_>>()
        .chunks(args.concurrency.max(1))
    {
        let mut tasks = Vec::new();
        for &i in chunk {
            let load = load.clone();
            let handle = format!("b{run_id}{i}");
            let region = args.region.clone();
            tasks.push(tokio::spawn(async move {
                let t = Instant::now();
                let body = json!({"handle": handle, "password": "correct horse battery",
                    "region": region, "birth_date": "1990-06-15"});
                let r = load
                    .json(
                        load.http
                            .post(format!("{}/api/v1/accounts", load.node()))
                            .json(&body),
                        reqwest::StatusCode::CREATED,
                    )
                    .await
                    .map(|_| ());
                load.record("signup", t, r).await;
                let t = Instant::now();
                let r = load
                    .json(
                        load.http
                            .post(format!("{}/api/v1/sessions", load.node()))
                            .json(&json!({"handle": handle, "password": "correct horse battery"})),
                        reqwest::StatusCode::CREATED,
                    )
                    .await;
                let token = r
                    .as_ref()
                    .ok()
                    .and_then(|v| v["token"].as_str().map(str::to_owned));
                load.record("login", t, r.map(|_| ())).await;
                token
            }));
        }
        for t in tasks {
            if let Some(token) = t.await? {
                tokens.push(token);
            }
        }
    }
    anyhow::ensure!(!tokens.is_empty(), "no account could sign up and log in");

    // Uploads (tus creation with the whole body) and publishing, one per uploader.
    let mut tasks = Vec::new();
    for i in 0..args.uploads {
        let load = load.clone();
        let token = tokens[i % tokens.len()].clone();
        let clip = clip.clone();
        tasks.push(tokio::spawn(async move {
            let t = Instant::now();
            let r: anyhow::Result<()> = async {
                let resp = load
                    .http
                    .post(format!("{}/api/v1/uploads", load.node()))
                    .bearer_auth(&token)
                    .header("tus-resumable", "1.0.0")
                    .header("upload-length", clip.len().to_string())
                    .header("content-type", "application/offset+octet-stream")
                    .body(clip)
                    .send()
                    .await?;
                anyhow::ensure!(
                    resp.status() == reqwest::StatusCode::CREATED,
                    "{}",
                    resp.status()
                );
                let location = resp
                    .headers()
                    .get("location")
                    .and_then(|l| l.to_str().ok())
                    .context("no Location")?
                    .to_owned();
                let id = location.rsplit('/').next().unwrap_or_default().to_owned();
                load.json(
                    load.http
                        .post(format!("{}/api/v1/videos", load.node()))
                        .bearer_auth(&token)
                        .json(
                            &json!({"upload_id": id, "caption": format!("bench clip {i} #bench")}),
                        ),
                    reqwest::StatusCode::ACCEPTED,
                )
                .await?;
                Ok(())
            }
            .await;
            load.record("upload+publish", t, r).await;
        }));
        if tasks.len() >= args.concurrency.max(1) {
            for t in tasks.drain(..) {
                t.await?;
            }
        }
    }
    for t in tasks {
        t.await?;
    }

    // The workers transcode; pages start once the first upload is playable.
    let ready_by = Instant::now() + Duration::from_secs(300);
    loop {
        let page = load
            .json(
                load.http
                    .get(format!("{}/api/v1/feed/for-you?limit=10", load.node()))
                    .bearer_auth(&tokens[0]),
                reqwest::StatusCode::OK,
            )
            .await
            .unwrap_or_default();
        if page["items"].as_array().is_some_and(|i| !i.is_empty()) || args.uploads == 0 {
            break;
        }
        anyhow::ensure!(
            Instant::now() < ready_by,
            "no upload became playable within 300 s"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }

    // For-You pages, each followed by events about what it showed.
    let events_started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..args.pages {
        let load = load.clone();
        let token = tokens[i % tokens.len()].clone();
        tasks.push(tokio::spawn(async move {
            let t = Instant::now();
            let page = load
                .json(
                    load.http
                        .get(format!("{}/api/v1/feed/for-you?limit=10", load.node()))
                        .bearer_auth(&token),
                    reqwest::StatusCode::OK,
                )
                .await;
            let ids: Vec<Value> = page
                .as_ref()
                .ok()
                .and_then(|p| p["items"].as_array().cloned())
                .unwrap_or_default()
                .iter()
                .map(|item| item["video"]["id"].clone())
                .collect();
            load.record("feed page", t, page.map(|_| ())).await;
            if ids.is_empty() {
                return;
            }
            let events: Vec<Value> = ids
                .iter()
                .enumerate()
                .map(|(n, id)| {
                    if n % 3 == 0 {
                        json!({"video_id": id, "kind": "skip", "watched_ms": 400})
                    } else {
                        json!({"video_id": id, "kind": "view", "watched_ms": 3000})
                    }
                })
                .collect();
            let count = events.len();
            let t = Instant::now();
            let r = load
                .json(
                    load.http
                        .post(format!("{}/api/v1/events", load.node()))
                        .bearer_auth(&token)
                        .json(&json!({ "events": events })),
                    reqwest::StatusCode::ACCEPTED,
                )
                .await;
            if r.is_ok() {
                load.stats.lock().await.events += count;
            }
            load.record("events", t, r.map(|_| ())).await;
        }));
        if tasks.len() >= args.concurrency.max(1) {
            for t in tasks.drain(..) {
                t.await?;
            }
        }
    }
    for t in tasks {
        t.await?;
    }
    let events_secs = events_started.elapsed().as_secs_f64();
    let total_secs = started.elapsed().as_secs_f64();

    let stats = load.stats.lock().await;
    println!(
        "spool bench cluster: {} API node(s), {} users, {} uploads, {} pages, concurrency {}",
        args.api.len(),
        args.users,
        args.uploads,
        args.pages,
        args.concurrency
    );
    println!(
        "| kind | requests | per second (concurrency / mean latency) | p50 ms | p99 ms | errors |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    for kind in ["signup", "login", "upload+publish", "feed page", "events"] {
        let mut lat: Vec<Duration> = stats
            .ok
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, d)| *d)
            .collect();
        lat.sort();
        let busy: f64 = lat.iter().map(Duration::as_secs_f64).sum();
        let errors = stats.errors.iter().filter(|(k, _)| *k == kind).count();
        let per_sec = if busy > 0.0 {
            lat.len() as f64 * args.concurrency.max(1) as f64 / busy
        } else {
            0.0
        };
        println!(
            "| {kind} | {} | {per_sec:.1} | {:.1} | {:.1} | {errors} |",
            lat.len(),
            percentile(&lat, 50.0).as_secs_f64() * 1000.0,
            percentile(&lat, 99.0).as_secs_f64() * 1000.0,
        );
    }
    println!(
        "events ingested: {} in {events_secs:.1} s = {:.0} events/s (with the pages they answer)",
        stats.events,
        stats.events as f64 / events_secs.max(1e-9)
    );
    println!(
        "all requests: {} in {total_secs:.1} s = {:.1} requests/s; errors: {}",
        stats.ok.len() + stats.errors.len(),
        (stats.ok.len() + stats.errors.len()) as f64 / total_secs.max(1e-9),
        stats.errors.len()
    );
    for (kind, e) in stats.errors.iter().take(5) {
        println!("  error ({kind}): {e}");
    }
    Ok(())
}
