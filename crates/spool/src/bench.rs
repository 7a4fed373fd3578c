//! `spool bench ingest`: from "upload complete" to the first playable rendition and to
//! the full ladder, for a generated clip (default 15 s at 1080x1920), through the same
//! publish step and transcode job as a real upload. Uses a temporary data folder.
//!
//! `spool bench ingest --concurrent`: several uploads of different lengths from several
//! accounts, published one after another while the process's own job workers (the
//! configured slots, priorities and fairness) run; each one's time to its first playable
//! rendition as a ratio of its own length, while the machine is busy with the others'
//! ladders.

use std::time::{Duration, Instant};

use spool_core::{
    BirthDate, Caption, DisplayName, Handle, Password, RegionCode, UploadId, Visibility,
};
use spool_server::services::accounts::{create_account, ValidSignup};
use spool_server::services::videos::{publish_upload, PublishOptions};
use spool_server::Config;
use spool_store::{UploadRecord, UploadState, VideoState};

pub struct IngestArgs {
    pub width: u32,
    pub height: u32,
    pub secs: f64,
    pub runs: u32,
    pub threads: u32,
    /// A real clip to use instead of a generated one.
    pub input: Option<std::path::PathBuf>,
}

/// One upload of the concurrent run: a clip of `secs` seconds from account `account`.
#[derive(Debug, Clone)]
pub struct ClipSpec {
    pub secs: f64,
    pub account: String,
}

impl std::str::FromStr for ClipSpec {
    type Err = String;

    /// `SECS` or `SECS@ACCOUNT` (letters and digits); without an account, each clip has
    /// its own.
    fn from_str(s: &str) -> Result<Self, String> {
        let (secs, account) = match s.split_once('@') {
            Some((secs, account)) => (secs, account.to_owned()),
            None => (s, String::new()),
        };
        let secs: f64 = secs
            .trim()
            .parse()
            .map_err(|_| format!("{s:?}: expected SECS or SECS@ACCOUNT"))?;
        if !(0.5..=600.0).contains(&secs) {
            return Err(format!("{s:?}: a clip is 0.5 to 600 seconds long"));
        }
        if !account.chars().all(|c| c.is_ascii_alphanumeric()) || account.len() > 20 {
            return Err(format!(
                "{s:?}: an account name is up to 20 letters or digits"
            ));
        }
        Ok(Self { secs, account })
    }
}

pub struct ConcurrentArgs {
    pub width: u32,
    pub height: u32,
    pub clips: Vec<ClipSpec>,
    /// Seconds between one publish and the next.
    pub stagger: f64,
    pub threads: u32,
    /// `media.workers` (0: from the cores).
    pub workers: u32,
}

struct Upload {
    spec: ClipSpec,
    video: spool_core::VideoId,
    published: Instant,
    first: Option<Duration>,
    full: Option<Duration>,
}

pub async fn ingest_concurrent(args: ConcurrentArgs) -> anyhow::Result<()> {
    anyhow::ensure!(!args.clips.is_empty(), "give at least one clip");
    let data = tempfile::tempdir()?;
    let mut config = Config {
        data_dir: data.path().to_owned(),
        ..Config::default()
    };
    config.media.ffmpeg_threads = args.threads;
    config.media.workers = args.workers;
    config.rate_limits.enabled = false;
    let slots = config.media.job_slots();
    let state = spool_server::open_state(config).await?;
    let limits = state.media_limits();
    let region = RegionCode::parse("us")?;
    let cell = state
        .store()
        .cell(&region)
        .ok_or_else(|| anyhow::anyhow!("no us cell"))?
        .clone();

    // Accounts: one per name; a clip without a name gets its own.
    let mut accounts = std::collections::HashMap::new();
    let mut clips = Vec::new();
    for (i, spec) in args.clips.iter().enumerate() {
        let name = if spec.account.is_empty() {
            format!("clip{i}")
        } else {
            spec.account.clone()
        };
        if !accounts.contains_key(&name) {
            let account = create_account(
                &state,
                &ValidSignup {
                    handle: Handle::parse(&format!("bench{name}"))?,
                    password: Password::parse("bench-password")?,
                    region: region.clone(),
                    birth_date: BirthDate::parse("1990-01-01", state.today())?,
                    email: None,
                    display_name: DisplayName::parse("")?,
                },
            )
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            accounts.insert(name.clone(), account.id);
        }
        let path = data.path().join(format!("clip{i}.mp4"));
        println!(
            "generating clip {i}: {}x{}, {} s (not timed)...",
            args.width, args.height, spec.secs
        );
        let pattern = u32::try_from(i).unwrap_or(0);
        spool_media::generate_clip(
            &path,
            args.width,
            args.height,
            spec.secs,
            true,
            pattern,
            &limits,
        )
        .await?;
        clips.push((
            ClipSpec {
                secs: spec.secs,
                account: name.clone(),
            },
            accounts[&name],
            path,
        ));
    }

    println!(
        "machine: {}, {} cores; job slots: {slots}; ffmpeg threads: {}; {} s between publishes",
        cpu_model(),
        num_cores(),
        args.threads,
        args.stagger
    );
    // The process's own job loops, as `spool serve` runs them.
    let workers = spool_server::workers::jobs::start(&state);
    let mut uploads: Vec<Upload> = Vec::new();
    let mut next_publish = Instant::now();
    let mut pending = clips.into_iter();
    loop {
        if Instant::now() >= next_publish {
            if let Some((spec, account, path)) = pending.next() {
                let upload = stage_upload(&state, &cell, account, &path).await?;
                // The clock starts when the upload is complete and publishing is asked for.
                let published = Instant::now();
                let video = publish(&state, &cell, account, upload).await?;
                uploads.push(Upload {
                    spec,
                    video,
                    published,
                    first: None,
                    full: None,
                });
                next_publish = Instant::now() + Duration::from_secs_f64(args.stagger);
            }
        }
        for u in uploads.iter_mut().filter(|u| u.full.is_none()) {
            let v = cell
                .video(u.video)
                .await?
                .ok_or_else(|| anyhow::anyhow!("video vanished"))?;
            if v.state == VideoState::Failed {
                anyhow::bail!("transcode failed: {:?}", v.failure_message);
            }
            if v.state == VideoState::Ready && u.first.is_none() {
                u.first = Some(u.published.elapsed());
            }
            if v.ladder_complete {
                u.full = Some(u.published.elapsed());
                u.first.get_or_insert(u.published.elapsed());
            }
        }
        if uploads.len() == args.clips.len() && uploads.iter().all(|u| u.full.is_some()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for w in workers {
        w.abort();
    }

    println!("| # | account | clip (s) | first rendition (s) | ratio to clip length | full ladder (s) | ratio |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    let mut worst: f64 = 0.0;
    for (i, u) in uploads.iter().enumerate() {
        let first = u.first.unwrap_or_default().as_secs_f64();
        let full = u.full.unwrap_or_default().as_secs_f64();
        worst = worst.max(first / u.spec.secs);
        println!(
            "| {i} | {} | {:.1} | {first:.2} | {:.2} | {full:.2} | {:.2} |",
            u.spec.account,
            u.spec.secs,
            first / u.spec.secs,
            full / u.spec.secs
        );
    }
    println!("worst first-rendition ratio: {worst:.2}x the clip's length");
    Ok(())
}

/// Puts `clip` in place as a complete upload of `account`.
async fn stage_upload(
    state: &spool_server::state::AppState,
    cell: &spool_store::Cell,
    account: spool_core::AccountId,
    clip: &std::path::Path,
) -> anyhow::Result<UploadId> {
    let bytes = tokio::fs::read(clip).await?;
    let size = bytes.len() as u64;
    let id = UploadId::new();
    state
        .media()
        .blobs(cell)?
        .put(&spool_blob::keys::upload_part(id), bytes.into())
        .await?;
    let now = chrono::Utc::now();
    cell.create_upload(&UploadRecord {
        id,
        account_id: account,
        length: size,
        offset: size,
        metadata: String::new(),
        state: UploadState::Complete,
        created_at: now,
        expires_at: now + chrono::Duration::hours(1),
    })
    .await?;
    Ok(id)
}

/// Publishes the complete upload `id` of `account` as a public video.
async fn publish(
    state: &spool_server::state::AppState,
    cell: &spool_store::Cell,
    account: spool_core::AccountId,
    id: UploadId,
) -> anyhow::Result<spool_core::VideoId> {
    let video = publish_upload(
        state,
        cell,
        account,
        id,
        PublishOptions {
            caption: Caption::parse("bench")?,
            visibility: Visibility::Public,
            allow_comments: true,
            allow_duet: true,
            allow_stitch: true,
            sound: None,
            remix: None,
            cover_ms: None,
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(video.id)
}

pub async fn ingest(args: IngestArgs) -> anyhow::Result<()> {
    let data = tempfile::tempdir()?;
    let mut config = Config {
        data_dir: data.path().to_owned(),
        ..Config::default()
    };
    config.media.ffmpeg_threads = args.threads;
    config.rate_limits.enabled = false;
    let state = spool_server::open_state(config).await?;
    let limits = state.media_limits();
    let region = RegionCode::parse("us")?;
    let account = create_account(
        &state,
        &ValidSignup {
            handle: Handle::parse("bench")?,
            password: Password::parse("bench-password")?,
            region: region.clone(),
            birth_date: BirthDate::parse("1990-01-01", state.today())?,
            email: None,
            display_name: DisplayName::parse("")?,
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let cell = state
        .store()
        .cell(&region)
        .ok_or_else(|| anyhow::anyhow!("no us cell"))?
        .clone();

    let (clip, secs) = match &args.input {
        Some(path) => {
            let probe = spool_media::probe(path, &limits).await?;
            println!(
                "input {}: {}x{}, {:.2} s, {}",
                path.display(),
                probe.width,
                probe.height,
                probe.duration_secs,
                probe.video_codec
            );
            (path.clone(), probe.duration_secs)
        }
        None => {
            let clip = data.path().join("source.mp4");
            println!(
                "generating a {}x{} clip of {} s (not timed)...",
                args.width, args.height, args.secs
            );
            spool_media::generate_clip(&clip, args.width, args.height, args.secs, true, 1, &limits)
                .await?;
            (clip, args.secs)
        }
    };

    println!(
        "machine: {}, {} cores; ffmpeg threads: {}",
        cpu_model(),
        num_cores(),
        args.threads
    );
    println!("| run | first rendition (s) | ratio to clip length | full ladder (s) | ratio | renditions |");
    println!("| --- | --- | --- | --- | --- | --- |");
    let (mut firsts, mut fulls) = (Vec::new(), Vec::new());
    for run in 1..=args.runs {
        let id = stage_upload(&state, &cell, account.id, &clip).await?;
        // The clock starts when the upload is complete and publishing is asked for.
        let start = Instant::now();
        let video = publish(&state, &cell, account.id, id).await?;
        let drain = {
            let state = state.clone();
            tokio::spawn(async move { spool_server::workers::jobs::drain(&state).await })
        };
        let mut first = None;
        let full = loop {
            let v = cell
                .video(video)
                .await?
                .ok_or_else(|| anyhow::anyhow!("video vanished"))?;
            if v.state == VideoState::Failed {
                anyhow::bail!("transcode failed: {:?}", v.failure_message);
            }
            if v.state == VideoState::Ready && first.is_none() {
                first = Some(start.elapsed());
            }
            if v.ladder_complete {
                let n = serde_json::from_str::<Vec<serde_json::Value>>(&v.renditions_json)?.len();
                break (start.elapsed(), n);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        drain.await??;
        let first = first.unwrap_or(full.0).as_secs_f64();
        let all = full.0.as_secs_f64();
        println!(
            "| {run} | {first:.2} | {:.2} | {all:.2} | {:.2} | {} |",
            first / secs,
            all / secs,
            full.1
        );
        firsts.push(first);
        fulls.push(all);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (f, a) = (median(&mut firsts), median(&mut fulls));
    println!(
        "median: first rendition {f:.2} s ({:.2}x the clip's length), full ladder {a:.2} s ({:.2}x)",
        f / secs,
        a / secs
    );
    Ok(())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

fn num_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
