//! `spool bench ingest`: from "upload complete" to the first playable rendition and to
//! the full ladder, for a generated clip (default 15 s at 1080x1920), through the same
//! publish step and transcode job as a real upload. Uses a temporary data folder.

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
    let size = tokio::fs::metadata(&clip).await?.len();

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
        let id = UploadId::new();
        state
            .media()
            .blobs(&cell)?
            .put(
                &spool_blob::keys::upload_part(id),
                tokio::fs::read(&clip).await?.into(),
            )
            .await?;
        let now = chrono::Utc::now();
        cell.create_upload(&UploadRecord {
            id,
            account_id: account.id,
            length: size,
            offset: size,
            metadata: String::new(),
            state: UploadState::Complete,
            created_at: now,
            expires_at: now + chrono::Duration::hours(1),
        })
        .await?;
        // The clock starts when the upload is complete and publishing is asked for.
        let start = Instant::now();
        let video = publish_upload(
            &state,
            &cell,
            account.id,
            id,
            PublishOptions {
                caption: Caption::parse("bench")?,
                visibility: Visibility::Public,
                allow_comments: true,
                allow_duet: true,
                allow_stitch: true,
                sound: None,
                remix: None,
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
        let drain = {
            let state = state.clone();
            tokio::spawn(async move { spool_server::workers::jobs::drain(&state).await })
        };
        let mut first = None;
        let full = loop {
            let v = cell
                .video(video.id)
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
