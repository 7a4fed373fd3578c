//! Duets and stitches against the real ffmpeg: small generated clips composed, then read
//! back with ffprobe and fed to the ladder like an upload.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;
use spool_media::{
    compose_duet, compose_stitch, generate_clip, plan_ladder, probe, transcode_renditions,
    AudioSource, Limits, MediaError, ProbeReport, STITCH_MAX_SECS,
};
use tokio::sync::OnceCell;

/// A generated clip and its probe.
struct Clip {
    path: PathBuf,
    probe: ProbeReport,
}

/// Clips shared by the tests, generated once per run.
struct Fixtures {
    /// 180x320 portrait, 3 s, with audio.
    new_av: Clip,
    /// 240x428 portrait, 2 s, no audio.
    new_silent: Clip,
    /// 320x180 landscape, 2 s, no audio.
    orig_landscape: Clip,
    /// 160x90 landscape, 8 s, with audio.
    orig_long: Clip,
}

static FIXTURES: OnceCell<Fixtures> = OnceCell::const_new();

async fn fixtures() -> &'static Fixtures {
    FIXTURES
        .get_or_init(|| async {
            let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("spool-media-compose");
            std::fs::create_dir_all(&dir).unwrap();
            let l = Limits::default();
            let paths = [
                dir.join("new_av.mp4"),
                dir.join("new_silent.mp4"),
                dir.join("orig_landscape.mp4"),
                dir.join("orig_long.mp4"),
            ];
            let (a, b, c, d) = tokio::join!(
                generate_clip(&paths[0], 180, 320, 3.0, true, 0, &l),
                generate_clip(&paths[1], 240, 428, 2.0, false, 3, &l),
                generate_clip(&paths[2], 320, 180, 2.0, false, 1, &l),
                generate_clip(&paths[3], 160, 90, 8.0, true, 4, &l),
            );
            a.unwrap();
            b.unwrap();
            c.unwrap();
            d.unwrap();
            let mut clips = Vec::new();
            for path in paths {
                let probe = probe(&path, &l).await.unwrap();
                clips.push(Clip { path, probe });
            }
            let [new_av, new_silent, orig_landscape, orig_long]: [Clip; 4] =
                clips.try_into().ok().unwrap();
            Fixtures {
                new_av,
                new_silent,
                orig_landscape,
                orig_long,
            }
        })
        .await
}

/// ffprobe's JSON for a file (format and streams).
fn ffprobe(path: &Path) -> Value {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
        ])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ffprobe {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn streams<'a>(json: &'a Value, kind: &str) -> Vec<&'a Value> {
    json["streams"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["codec_type"] == kind)
        .collect()
}

fn secs(v: &Value) -> f64 {
    v.as_str().unwrap().parse().unwrap()
}

fn assert_near(what: &str, got: f64, want: f64, tolerance: f64) {
    assert!(
        (got - want).abs() <= tolerance,
        "{what}: {got} is not {want} ± {tolerance}"
    );
}

/// Checks the common output format; returns (width, height, duration, audio duration).
fn check_output(path: &Path) -> (u64, u64, f64, Option<f64>) {
    let json = ffprobe(path);
    assert_eq!(
        json["format"]["format_name"], "mov,mp4,m4a,3gp,3g2,mj2",
        "{json}"
    );
    let video = streams(&json, "video");
    assert_eq!(video.len(), 1, "{json}");
    let v = video[0];
    assert_eq!(v["codec_name"], "h264");
    assert_eq!(v["pix_fmt"], "yuv420p");
    assert_eq!(v["avg_frame_rate"], "30/1");
    let audio = streams(&json, "audio");
    assert!(audio.len() <= 1, "{json}");
    let audio_secs = audio.first().map(|a| {
        assert_eq!(a["codec_name"], "aac");
        assert_eq!(a["sample_rate"], "48000");
        assert_eq!(a["channels"], 2);
        secs(&a["duration"])
    });
    // The index is at the front (+faststart): "moov" comes before "mdat".
    let bytes = std::fs::read(path).unwrap();
    let at = |tag: &[u8]| bytes.windows(4).position(|w| w == tag).unwrap();
    assert!(at(b"moov") < at(b"mdat"), "moov is not first");
    (
        v["width"].as_u64().unwrap(),
        v["height"].as_u64().unwrap(),
        secs(&json["format"]["duration"]),
        audio_secs,
    )
}

/// Mean absolute sample value (mono s16) of the audio in [from, to) seconds.
fn loudness(path: &Path, from: f64, to: f64) -> f64 {
    let out = Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-i"])
        .arg(path)
        .args([
            "-map", "0:a:0", "-ac", "1", "-ar", "48000", "-f", "s16le", "-",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let samples: Vec<i16> = out
        .stdout
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect();
    let (a, b) = ((from * 48_000.0) as usize, (to * 48_000.0) as usize);
    let part = &samples[a.min(samples.len())..b.min(samples.len())];
    assert!(!part.is_empty(), "no audio in [{from}, {to})");
    part.iter()
        .map(|s| f64::from(s.unsigned_abs()))
        .sum::<f64>()
        / part.len() as f64
}

/// The first frame as 8-bit grey pixels, row by row.
fn first_frame_grey(path: &Path) -> Vec<u8> {
    let out = Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-i"])
        .arg(path)
        .args(["-frames:v", "1", "-pix_fmt", "gray", "-f", "rawvideo", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    out.stdout
}

/// Files in a folder (a failed or stopped run must leave nothing, not even a temp file).
fn entries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[tokio::test]
async fn duet_of_a_portrait_clip_and_a_shorter_silent_landscape_original() {
    let f = fixtures().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("duet.mp4");
    compose_duet(
        &f.orig_landscape.path,
        &f.orig_landscape.probe,
        &f.new_av.path,
        &f.new_av.probe,
        &out,
        &Limits::default(),
    )
    .await
    .unwrap();
    assert_eq!(entries(dir.path()), ["duet.mp4"]);

    // Both sources are narrower than 540: the small canvas.
    let (w, h, duration, audio) = check_output(&out);
    assert_eq!((w, h), (720, 640));
    assert_near("duration", duration, 3.0, 0.2);
    let audio = audio.expect("the new clip's audio");
    assert_near("audio duration", audio, 3.0, 0.2);
    assert!(loudness(&out, 0.2, 2.8) > 500.0);

    // The new clip fills the left half; the landscape original is letterboxed on the
    // right, so the right half's top rows are black.
    let grey = first_frame_grey(&out);
    assert_eq!(grey.len(), 720 * 640);
    let mean = |x0: usize, x1: usize, y0: usize, y1: usize| {
        let mut sum = 0u64;
        for y in y0..y1 {
            for x in x0..x1 {
                sum += u64::from(grey[y * 720 + x]);
            }
        }
        sum as f64 / ((x1 - x0) * (y1 - y0)) as f64
    };
    assert!(mean(360, 720, 0, 100) < 20.0, "right top is not black");
    assert!(mean(360, 720, 540, 640) < 20.0, "right bottom is not black");
    assert!(
        mean(360, 720, 260, 380) > 40.0,
        "the original is not in the middle"
    );
    assert!(mean(0, 360, 0, 100) > 40.0, "left top is black");
    assert!(mean(0, 360, 540, 640) > 40.0, "left bottom is black");
}

#[tokio::test]
async fn duet_where_neither_clip_has_audio_has_no_audio_track() {
    let f = fixtures().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("duet.mp4");
    compose_duet(
        &f.orig_landscape.path,
        &f.orig_landscape.probe,
        &f.new_silent.path,
        &f.new_silent.probe,
        &out,
        &Limits::default(),
    )
    .await
    .unwrap();
    let (w, h, duration, audio) = check_output(&out);
    assert_eq!((w, h), (720, 640));
    assert_near("duration", duration, 2.0, 0.2);
    assert_eq!(audio, None);
}

#[tokio::test]
async fn duet_with_a_longer_original_is_cut_to_the_new_clip_and_mixes_both() {
    let f = fixtures().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("duet.mp4");
    compose_duet(
        &f.orig_long.path,
        &f.orig_long.probe,
        &f.new_av.path,
        &f.new_av.probe,
        &out,
        &Limits::default(),
    )
    .await
    .unwrap();
    let (w, h, duration, audio) = check_output(&out);
    assert_eq!((w, h), (720, 640));
    assert_near("duration", duration, 3.0, 0.2);
    assert_near("audio duration", audio.unwrap(), 3.0, 0.2);
    // Mixed without normalisation: louder than the new clip's tone alone.
    let alone = loudness(&f.new_av.path, 0.5, 2.5);
    let mixed = loudness(&out, 0.5, 2.5);
    assert!(mixed > alone * 1.1, "mixed {mixed}, new clip alone {alone}");
}

#[tokio::test]
async fn stitch_takes_five_seconds_of_the_original_then_the_new_clip() {
    let f = fixtures().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stitch.mp4");
    compose_stitch(
        &f.orig_long.path,
        &f.orig_long.probe,
        &f.new_silent.path,
        &f.new_silent.probe,
        &out,
        &Limits::default(),
    )
    .await
    .unwrap();
    assert_eq!(entries(dir.path()), ["stitch.mp4"]);
    let (w, h, duration, audio) = check_output(&out);
    assert_eq!((w, h), (240, 428), "the new clip's size");
    assert_near("duration", duration, STITCH_MAX_SECS + 2.0, 0.2);
    let audio = audio.expect("an audio track throughout");
    assert_near("audio duration", audio, STITCH_MAX_SECS + 2.0, 0.2);
    // The original's tone for 5 s, then silence for the silent new clip.
    assert!(loudness(&out, 0.2, 4.8) > 500.0);
    assert!(loudness(&out, 5.3, 6.8) < 5.0);

    // A normal source: accepted by the probe and by the ladder.
    let limits = Limits::default();
    let p = probe(&out, &limits).await.unwrap();
    assert_eq!((p.width, p.height), (240, 428));
    assert!(p.has_audio);
    assert_eq!(p.frame_rate, 30.0);
    let plan = plan_ladder(&p);
    assert_eq!(plan.len(), 1, "{plan:?}");
    let hls = dir.path().join("hls");
    transcode_renditions(&out, &p, &plan, AudioSource::Original, &hls, &limits)
        .await
        .unwrap();
    let rendition = hls.join(&plan[0].name);
    assert!(rendition.join("index.m3u8").is_file());
    assert!(rendition.join("seg_00000.m4s").is_file());
}

#[tokio::test]
async fn stitch_with_a_short_original_takes_all_of_it() {
    let f = fixtures().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stitch.mp4");
    // A 3 s original with audio, then a 2 s new clip without.
    compose_stitch(
        &f.new_av.path,
        &f.new_av.probe,
        &f.new_silent.path,
        &f.new_silent.probe,
        &out,
        &Limits::default(),
    )
    .await
    .unwrap();
    let (w, h, duration, audio) = check_output(&out);
    assert_eq!((w, h), (240, 428));
    assert_near("duration", duration, 3.0 + 2.0, 0.2);
    assert_near("audio duration", audio.unwrap(), 5.0, 0.2);
    assert!(loudness(&out, 0.2, 2.8) > 500.0);
    assert!(loudness(&out, 3.3, 4.8) < 5.0);

    // And a silent original before a new clip with audio: silence, then the tone.
    let out2 = dir.path().join("stitch2.mp4");
    compose_stitch(
        &f.orig_landscape.path,
        &f.orig_landscape.probe,
        &f.new_av.path,
        &f.new_av.probe,
        &out2,
        &Limits::default(),
    )
    .await
    .unwrap();
    let (w, h, duration, audio) = check_output(&out2);
    assert_eq!((w, h), (180, 320));
    assert_near("duration", duration, 2.0 + 3.0, 0.2);
    assert_near("audio duration", audio.unwrap(), 5.0, 0.2);
    assert!(loudness(&out2, 0.2, 1.8) < 5.0);
    assert!(loudness(&out2, 2.3, 4.8) > 500.0);
}

#[tokio::test]
async fn runs_past_the_time_limit_are_killed_and_leave_nothing() {
    let f = fixtures().await;
    let tight = Limits {
        time_limit: Duration::from_millis(1),
        ..Limits::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.mp4");
    let duet = compose_duet(
        &f.orig_long.path,
        &f.orig_long.probe,
        &f.new_av.path,
        &f.new_av.probe,
        &out,
        &tight,
    )
    .await;
    match duet {
        Err(e @ MediaError::TimedOut { tool: "ffmpeg", .. }) => assert!(!e.is_permanent()),
        other => panic!("{other:?}"),
    }
    let stitch = compose_stitch(
        &f.orig_long.path,
        &f.orig_long.probe,
        &f.new_av.path,
        &f.new_av.probe,
        &out,
        &tight,
    )
    .await;
    match stitch {
        Err(MediaError::TimedOut { tool: "ffmpeg", .. }) => {}
        other => panic!("{other:?}"),
    }
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));
}

#[tokio::test]
async fn an_unreadable_input_is_a_retryable_failure_and_leaves_nothing() {
    let f = fixtures().await;
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.mp4");
    std::fs::write(&broken, "not a video").unwrap();
    let out = dir.path().join("out.mp4");
    let err = compose_duet(
        &broken,
        &f.orig_landscape.probe,
        &f.new_av.path,
        &f.new_av.probe,
        &out,
        &Limits::default(),
    )
    .await
    .unwrap_err();
    assert!(!err.is_permanent());
    match err {
        MediaError::Failed {
            tool, stderr_tail, ..
        } => {
            assert_eq!(tool, "ffmpeg");
            assert!(stderr_tail.contains("broken.mp4"), "{stderr_tail}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(entries(dir.path()), ["broken.mp4"]);
}

#[tokio::test]
async fn a_rotated_original_is_composed_upright() {
    let f = fixtures().await;
    let dir = tempfile::tempdir().unwrap();
    // The 320x180 landscape clip stored with a 90° rotation: displayed 180x320.
    let rotated = dir.path().join("rotated.mp4");
    let done = Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-y", "-i"])
        .arg(&f.orig_landscape.path)
        .args(["-c", "copy", "-metadata:s:v:0", "rotate=90"])
        .arg(&rotated)
        .output()
        .unwrap();
    assert!(done.status.success());
    let p = probe(&rotated, &Limits::default()).await.unwrap();
    assert_eq!((p.width, p.height), (180, 320));

    let out = dir.path().join("duet.mp4");
    compose_duet(
        &rotated,
        &p,
        &f.new_silent.path,
        &f.new_silent.probe,
        &out,
        &Limits::default(),
    )
    .await
    .unwrap();
    let (w, h, _, _) = check_output(&out);
    assert_eq!((w, h), (720, 640));
    let json = ffprobe(&out);
    assert!(
        streams(&json, "video")[0].get("side_data_list").is_none(),
        "{json}"
    );
    // Upright, the original's colour bars run across its half (rows of one colour, a
    // column crossing them all); stretched without rotating, they would run down it.
    let grey = first_frame_grey(&out);
    let at = |x: usize, y: usize| i32::from(grey[y * 720 + x]);
    let spread =
        |values: Vec<i32>| values.iter().max().unwrap_or(&0) - values.iter().min().unwrap_or(&0);
    let down_a_column = spread((20..620).map(|y| at(420, y)).collect());
    let along_a_row = spread((370..580).map(|x| at(x, 320)).collect());
    assert!(
        down_a_column > 60 && along_a_row < 25,
        "column spread {down_a_column}, row spread {along_a_row}"
    );
}
