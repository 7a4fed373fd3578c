//! `probe`: what ffprobe says about an upload, and whether it is an acceptable video.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use crate::process::{self, PROBE_FORMATS};
use crate::{Limits, MediaError};

/// What an accepted upload is, as far as the rest of Spool needs to know.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProbeReport {
    /// Seconds: the container's duration, or the video stream's when the container has none.
    pub duration_secs: f64,
    /// Width as displayed: rotation metadata and a non-square sample aspect ratio applied
    /// (a phone clip stored 1920x1080 with a 90° rotation is 1080x1920).
    pub width: u32,
    /// Height as displayed.
    pub height: u32,
    /// ffprobe's codec name of the video stream, e.g. `h264`.
    pub video_codec: String,
    /// Average frames per second of the video stream (0.0 when unknown).
    pub frame_rate: f64,
    pub has_audio: bool,
    /// ffprobe's codec name of the first audio stream, e.g. `aac`.
    pub audio_codec: Option<String>,
    /// ffprobe's demuxer name, e.g. `mov,mp4,m4a,3gp,3g2,mj2`.
    pub format_name: String,
}

/// Probes with `ffprobe -v error -print_format json -show_format -show_streams` and validates.
///
/// Also counts the packets (`-count_packets`, a demux-only pass over the file) so that a
/// truncated upload whose index is intact is caught here rather than during transcoding.
/// A rejected file gives [`MediaError::Rejected`] with one of the codes `empty_file`,
/// `not_media`, `no_video_stream`, `still_image`, `too_short`, `too_long`, `too_large`,
/// `unsupported_codec`.
pub async fn probe(path: &Path, limits: &Limits) -> Result<ProbeReport, MediaError> {
    let meta = tokio::fs::metadata(path)
        .await
        .map_err(|e| MediaError::io(path, e))?;
    if !meta.is_file() {
        return Err(MediaError::rejected(
            "not_media",
            "the upload is not a regular file",
        ));
    }
    if meta.len() == 0 {
        return Err(MediaError::rejected("empty_file", "the file is empty"));
    }

    let mut args: Vec<OsString> = [
        "-v",
        "error",
        "-hide_banner",
        "-threads",
        &limits.ffmpeg_threads.max(1).to_string(),
        // A single picture named `%d.jpg` must not turn into a search for a sequence.
        "-pattern_type",
        "none",
        "-count_packets",
        "-print_format",
        "json",
        "-show_format",
        "-show_streams",
    ]
    .into_iter()
    .map(OsString::from)
    .collect();
    process::push_input(&mut args, PROBE_FORMATS, process::file_url(path)?);
    let done = process::run("ffprobe", &args, None, limits).await?;
    if !done.success {
        tracing::debug!(path = %path.display(), reason = %done.reason(), "ffprobe refused the file");
        return Err(classify_probe_failure(&done.stderr_tail, limits));
    }
    let json = String::from_utf8_lossy(&done.stdout);
    validate(&json, limits)
}

/// The duration ffprobe reads from a file this crate just wrote (a failure here is ours,
/// not the upload's: `Failed`).
pub(crate) async fn output_duration(path: &Path, limits: &Limits) -> Result<f64, MediaError> {
    let mut args: Vec<OsString> = ["-v", "error", "-print_format", "json", "-show_format"]
        .into_iter()
        .map(OsString::from)
        .collect();
    process::push_input(&mut args, process::MEDIA_FORMATS, process::file_url(path)?);
    let done = process::run("ffprobe", &args, None, limits).await?;
    if !done.success {
        return Err(done.into_failed("ffprobe"));
    }
    serde_json::from_slice::<FfprobeOutput>(&done.stdout)
        .ok()
        .and_then(|o| parse_secs(o.format?.duration.as_deref()))
        .ok_or_else(|| MediaError::Failed {
            tool: "ffprobe",
            message: format!("no duration for {}", path.display()),
            stderr_tail: done.stderr_tail,
        })
}

/// ffprobe could not read the file. Mostly that means it is not media; one case is worth
/// its own code: ffmpeg refuses frame sizes it cannot allocate ("Picture size WxH is
/// invalid"), which is a header claiming an enormous picture.
fn classify_probe_failure(stderr: &str, limits: &Limits) -> MediaError {
    if let Some(size) = stderr
        .split("Picture size ")
        .nth(1)
        .and_then(|rest| rest.split(" is invalid").next())
        .filter(|s| s.len() < 24 && s.contains('x'))
    {
        return MediaError::rejected(
            "too_large",
            format!(
                "the video claims a picture size of {size}; neither side may exceed {} pixels",
                limits.max_side
            ),
        );
    }
    not_media()
}

fn not_media() -> MediaError {
    MediaError::rejected(
        "not_media",
        "the file is not a video that can be read (unknown format or damaged file)",
    )
}

#[derive(Debug, Default, Deserialize)]
struct FfprobeOutput {
    #[serde(default)]
    streams: Vec<Stream>,
    format: Option<Format>,
}

#[derive(Debug, Default, Deserialize)]
struct Format {
    format_name: Option<String>,
    duration: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Stream {
    codec_type: Option<String>,
    codec_name: Option<String>,
    codec_tag_string: Option<String>,
    width: Option<i64>,
    height: Option<i64>,
    sample_aspect_ratio: Option<String>,
    avg_frame_rate: Option<String>,
    r_frame_rate: Option<String>,
    duration: Option<String>,
    nb_frames: Option<String>,
    nb_read_packets: Option<String>,
    #[serde(default)]
    disposition: BTreeMap<String, Value>,
    #[serde(default)]
    tags: BTreeMap<String, Value>,
    #[serde(default)]
    side_data_list: Vec<BTreeMap<String, Value>>,
}

impl Stream {
    fn is(&self, kind: &str) -> bool {
        self.codec_type.as_deref() == Some(kind)
    }

    fn disposition(&self, key: &str) -> bool {
        self.disposition.get(key).and_then(Value::as_i64) == Some(1)
    }

    /// Degrees clockwise-or-not; only whether it is a quarter turn matters.
    fn rotation(&self) -> i64 {
        let from_side_data = self
            .side_data_list
            .iter()
            .find_map(|sd| sd.get("rotation").and_then(number));
        let from_tag = self.tags.get("rotate").and_then(number);
        let degrees = from_side_data.or(from_tag).unwrap_or(0.0);
        if !degrees.is_finite() {
            return 0;
        }
        (degrees.round() as i64).rem_euclid(360)
    }
}

/// A JSON number, or a string holding one (ffprobe prints both kinds).
fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn parse_secs(s: Option<&str>) -> Option<f64> {
    s.and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|d| d.is_finite() && *d > 0.0)
}

fn parse_count(s: Option<&str>) -> Option<u64> {
    s.and_then(|s| s.trim().parse().ok())
}

/// `"30000/1001"` → 29.97; `"0/0"` and garbage → None.
fn parse_ratio(s: Option<&str>) -> Option<f64> {
    let (n, d) = s?.split_once(['/', ':'])?;
    let (n, d): (f64, f64) = (n.trim().parse().ok()?, d.trim().parse().ok()?);
    let r = n / d;
    (r.is_finite() && r > 0.0).then_some(r)
}

/// Codecs of single pictures. A stream with one of these and no duration is a still.
const IMAGE_CODECS: &[&str] = &[
    "png", "apng", "mjpeg", "jpegls", "jpeg2000", "jpegxl", "webp", "bmp", "gif", "tiff", "ppm",
    "pgm", "pgmyuv", "pbm", "pam", "targa", "sgi", "dpx", "exr", "qoi", "psd", "xbm", "xpm", "xwd",
    "pcx", "sunrast", "photocd", "pictor", "hdr", "svg", "ico",
];

/// Turns ffprobe's JSON into a report, or says why the file is not acceptable.
fn validate(json: &str, limits: &Limits) -> Result<ProbeReport, MediaError> {
    let out: FfprobeOutput = serde_json::from_str(json).map_err(|_| not_media())?;
    let format = out.format.unwrap_or_default();
    let format_name = format.format_name.clone().unwrap_or_default();

    // Cover art in an audio file is a video stream too; it is not the video.
    let Some(video) = out.streams.iter().find(|s| {
        s.is("video") && !s.disposition("attached_pic") && !s.disposition("timed_thumbnails")
    }) else {
        if out.streams.is_empty() {
            return Err(not_media());
        }
        let message = if out.streams.iter().any(|s| s.is("audio")) {
            "the file has only audio, no video"
        } else {
            "the file has no video stream"
        };
        return Err(MediaError::rejected("no_video_stream", message));
    };
    let audio = out.streams.iter().find(|s| s.is("audio"));

    let nb_frames = parse_count(video.nb_frames.as_deref());
    let nb_read = parse_count(video.nb_read_packets.as_deref());
    if nb_read == Some(0) {
        return Err(MediaError::rejected(
            "not_media",
            "the file is incomplete: its video stream holds no frames",
        ));
    }
    if let (Some(expected), Some(read)) = (nb_frames, nb_read) {
        // Allow a little slack for edit-list quirks; a cut-off upload misses far more.
        if read < expected && expected - read > (expected / 100).max(2) {
            return Err(MediaError::rejected(
                "not_media",
                format!(
                    "the file is incomplete: it lists {expected} video frames but holds only {read}"
                ),
            ));
        }
    }

    let codec = video.codec_name.clone().unwrap_or_default();
    let image_demuxer = format_name
        .split(',')
        .any(|f| f == "image2" || f.ends_with("_pipe"));
    let video_duration = parse_secs(video.duration.as_deref());
    let format_duration = parse_secs(format.duration.as_deref());
    let is_still = image_demuxer
        || nb_frames == Some(1)
        || nb_read == Some(1)
        || video.disposition("still_image")
        || (IMAGE_CODECS.contains(&codec.as_str()) && format_duration.or(video_duration).is_none());
    if is_still {
        return Err(MediaError::rejected(
            "still_image",
            "the file is a single picture, not a video",
        ));
    }

    if codec.is_empty() || codec == "none" || codec == "unknown" {
        let tag = video
            .codec_tag_string
            .as_deref()
            .filter(|t| !t.is_empty() && !t.contains('['))
            .map(|t| format!(" ({t})"))
            .unwrap_or_default();
        return Err(MediaError::rejected(
            "unsupported_codec",
            format!("the video is encoded in a format that is not supported{tag}"),
        ));
    }

    let (width, height) = match (video.width, video.height) {
        (Some(w), Some(h)) if w > 0 && h > 0 => (w as u64, h as u64),
        _ => {
            return Err(MediaError::rejected(
                "not_media",
                "the video stream has no picture size",
            ))
        }
    };
    let (mut dw, mut dh) = (width, height);
    if let Some(sar) = parse_ratio(video.sample_aspect_ratio.as_deref()) {
        if (sar - 1.0).abs() > 1e-3 {
            dw = ((width as f64 * sar).round() as u64).max(1);
        }
    }
    if matches!(video.rotation(), 90 | 270) {
        std::mem::swap(&mut dw, &mut dh);
    }
    let max_side = u64::from(limits.max_side);
    if width.max(height) > max_side || dw.max(dh) > max_side {
        return Err(MediaError::rejected(
            "too_large",
            format!(
                "the video is {dw}x{dh}; neither side may exceed {} pixels",
                limits.max_side
            ),
        ));
    }

    let Some(duration) = format_duration.or(video_duration) else {
        return Err(MediaError::rejected(
            "not_media",
            "the file does not say how long it is",
        ));
    };
    if duration < limits.min_duration_secs {
        return Err(MediaError::rejected(
            "too_short",
            format!(
                "the video is {duration:.1} s long; the shortest accepted is {} s",
                limits.min_duration_secs
            ),
        ));
    }
    if duration > limits.max_duration_secs {
        return Err(MediaError::rejected(
            "too_long",
            format!(
                "the video is {duration:.0} s long; the longest accepted is {} s",
                limits.max_duration_secs
            ),
        ));
    }

    let frame_rate = parse_ratio(video.avg_frame_rate.as_deref())
        .or_else(|| parse_ratio(video.r_frame_rate.as_deref()))
        .unwrap_or(0.0);

    Ok(ProbeReport {
        duration_secs: duration,
        width: dw as u32,
        height: dh as u32,
        video_codec: codec,
        frame_rate,
        has_audio: audio.is_some(),
        audio_codec: audio.and_then(|a| a.codec_name.clone()),
        format_name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> &'static str {
        match name {
            "landscape_ntsc" => include_str!("../testdata/ffprobe/landscape_ntsc.json"),
            "rotated_phone" => include_str!("../testdata/ffprobe/rotated_phone.json"),
            "png_still" => include_str!("../testdata/ffprobe/png_still.json"),
            "gif_one_frame" => include_str!("../testdata/ffprobe/gif_one_frame.json"),
            "audio_only" => include_str!("../testdata/ffprobe/audio_only.json"),
            "y4m_20000x1000" => include_str!("../testdata/ffprobe/y4m_20000x1000.json"),
            "truncated_faststart" => {
                include_str!("../testdata/ffprobe/truncated_faststart.json")
            }
            "unknown_fourcc" => include_str!("../testdata/ffprobe/unknown_fourcc.json"),
            other => panic!("no sample {other}"),
        }
    }

    fn code(result: Result<ProbeReport, MediaError>) -> &'static str {
        match result {
            Err(MediaError::Rejected { code, .. }) => code,
            other => panic!("expected a rejection, got {other:?}"),
        }
    }

    #[test]
    fn landscape_sample() {
        let r = validate(sample("landscape_ntsc"), &Limits::default()).unwrap();
        assert_eq!((r.width, r.height), (1280, 720));
        assert_eq!(r.video_codec, "h264");
        assert!((r.frame_rate - 29.97).abs() < 0.01, "{}", r.frame_rate);
        assert!((r.duration_secs - 2.0).abs() < 0.1, "{}", r.duration_secs);
        assert!(r.has_audio);
        assert_eq!(r.audio_codec.as_deref(), Some("aac"));
        assert_eq!(r.format_name, "mov,mp4,m4a,3gp,3g2,mj2");
    }

    #[test]
    fn rotated_sample_is_reported_as_displayed() {
        // Stored 1920x1080 with a 90° display matrix: a portrait phone clip.
        assert!(sample("rotated_phone").contains("\"rotation\": 90"));
        let r = validate(sample("rotated_phone"), &Limits::default()).unwrap();
        assert_eq!((r.width, r.height), (1080, 1920));
    }

    #[test]
    fn rotate_tag_is_honoured_too() {
        let json = sample("landscape_ntsc").replacen(
            "\"tags\": {",
            "\"tags\": {\n                \"rotate\": \"270\",",
            1,
        );
        let r = validate(&json, &Limits::default()).unwrap();
        assert_eq!((r.width, r.height), (720, 1280));
    }

    #[test]
    fn anamorphic_width_is_stretched() {
        let json = sample("landscape_ntsc").replacen(
            "\"sample_aspect_ratio\": \"1:1\"",
            "\"sample_aspect_ratio\": \"4:3\"",
            1,
        );
        let r = validate(&json, &Limits::default()).unwrap();
        assert_eq!((r.width, r.height), (1707, 720));
    }

    #[test]
    fn rejections_from_samples() {
        let l = Limits::default();
        assert_eq!(code(validate(sample("png_still"), &l)), "still_image");
        assert_eq!(code(validate(sample("gif_one_frame"), &l)), "still_image");
        assert_eq!(code(validate(sample("audio_only"), &l)), "no_video_stream");
        assert_eq!(code(validate(sample("y4m_20000x1000"), &l)), "too_large");
        assert_eq!(
            code(validate(sample("truncated_faststart"), &l)),
            "not_media"
        );
        assert_eq!(
            code(validate(sample("unknown_fourcc"), &l)),
            "unsupported_codec"
        );
        assert_eq!(code(validate("not json", &l)), "not_media");
        assert_eq!(code(validate("{}", &l)), "not_media");
    }

    #[test]
    fn duration_limits() {
        let short = Limits {
            min_duration_secs: 3.0,
            ..Limits::default()
        };
        assert_eq!(
            code(validate(sample("landscape_ntsc"), &short)),
            "too_short"
        );
        let long = Limits {
            max_duration_secs: 1.5,
            ..Limits::default()
        };
        assert_eq!(code(validate(sample("landscape_ntsc"), &long)), "too_long");
        let small = Limits {
            max_side: 1000,
            ..Limits::default()
        };
        assert_eq!(
            code(validate(sample("landscape_ntsc"), &small)),
            "too_large"
        );
    }

    #[test]
    fn duration_falls_back_to_the_video_stream() {
        let mut v: Value = serde_json::from_str(sample("landscape_ntsc")).unwrap();
        v["format"].as_object_mut().unwrap().remove("duration");
        v["streams"][0]["duration"] = Value::String("5.5".into());
        let r = validate(&v.to_string(), &Limits::default()).unwrap();
        assert_eq!(r.duration_secs, 5.5);
    }

    #[test]
    fn missing_size_is_not_media_and_missing_codec_unsupported() {
        let mut v: Value = serde_json::from_str(sample("landscape_ntsc")).unwrap();
        v["streams"][0]["width"] = Value::from(0);
        assert_eq!(
            code(validate(&v.to_string(), &Limits::default())),
            "not_media"
        );
        let mut v: Value = serde_json::from_str(sample("landscape_ntsc")).unwrap();
        v["streams"][0]["codec_name"] = Value::String("none".into());
        assert_eq!(
            code(validate(&v.to_string(), &Limits::default())),
            "unsupported_codec"
        );
    }

    #[test]
    fn enormous_picture_size_refused_by_ffmpeg_is_too_large() {
        let stderr = "[IMGUTILS @ 0x7ffe] Picture size 20000x20000 is invalid\nfile:/x.y4m: Device or resource busy\n";
        match classify_probe_failure(stderr, &Limits::default()) {
            MediaError::Rejected { code, message } => {
                assert_eq!(code, "too_large");
                assert!(message.contains("20000x20000"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        match classify_probe_failure("moov atom not found", &Limits::default()) {
            MediaError::Rejected { code, .. } => assert_eq!(code, "not_media"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ratios() {
        assert_eq!(parse_ratio(Some("30/1")), Some(30.0));
        assert_eq!(parse_ratio(Some("0/0")), None);
        assert_eq!(parse_ratio(Some("N/A")), None);
        assert_eq!(parse_ratio(None), None);
    }
}
