//! `transcode_renditions`: one ffmpeg run that encodes several HLS renditions.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::fsutil::{self, blocking};
use crate::ladder::{self, Rendition};
use crate::process::{self, MEDIA_FORMATS};
use crate::{Limits, MediaError, ProbeReport};

/// x264 speed/quality trade-off for the ladder.
const PRESET: &str = "veryfast";
/// Length of the first segment in seconds: short, so that a player has a frame to show
/// after little data (with the starter rung, well under a second at 1.5 Mbit/s).
pub const FIRST_SEGMENT_SECS: u32 = 1;
/// Seconds between keyframes after the first segment; segments are cut at keyframes.
const GOP_SECS: u32 = 2;
/// Length of the segments after the first (one GOP): short clips, quick rendition
/// switches, and a second segment that arrives before the first one has played out.
const SEGMENT_SECS: u32 = GOP_SECS;

/// What to put in the audio track of the output.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AudioSource<'a> {
    /// The clip's own audio, if it has any (none otherwise).
    Original,
    /// No audio track.
    None,
    /// Replace the clip's audio with this audio file, looped or cut to the video's length.
    Sound(&'a Path),
}

impl AudioSource<'_> {
    /// Whether the output will have an audio track: decides the renditions' `CODECS`
    /// (see [`Rendition::with_audio`]).
    pub fn output_has_audio(&self, probe: &ProbeReport) -> bool {
        match self {
            AudioSource::Original => probe.has_audio,
            AudioSource::None => false,
            AudioSource::Sound(_) => true,
        }
    }
}

/// Encodes the given renditions of `source` into HLS with fMP4 segments, H.264 (libx264,
/// yuv420p, keyframes at 0 s, 1 s, then every 2 s, `-sc_threshold 0` so segments align
/// across renditions, also between separate calls) + AAC stereo 48 kHz, a 1 s first
/// segment ([`FIRST_SEGMENT_SECS`]) then 2 s segments, VOD playlist.
///
/// Each rendition goes to `<out_dir>/<name>/` containing `index.m3u8`, `init.mp4`,
/// `seg_00000.m4s`...; it is written first into `<out_dir>/.<name>.tmp/` and renamed to
/// `<out_dir>/<name>/` only when ffmpeg succeeded. A leftover tmp folder from a crash is
/// removed first; a rendition folder that already exists is complete, so it is left alone
/// and skipped (a second call does nothing). One caller per `out_dir` at a time.
///
/// Several renditions in one call are produced by one ffmpeg process (decode once, split
/// and scale, several HLS outputs). The audio bit rate is the rendition's
/// `audio_bitrate_kbps` (or the ladder's default when it is 0 and the output has audio).
pub async fn transcode_renditions(
    source: &Path,
    probe: &ProbeReport,
    renditions: &[Rendition],
    audio: AudioSource<'_>,
    out_dir: &Path,
    limits: &Limits,
) -> Result<(), MediaError> {
    for (i, r) in renditions.iter().enumerate() {
        check_name(&r.name, out_dir)?;
        if renditions[..i].iter().any(|o| o.name == r.name) {
            return Err(invalid(
                out_dir,
                format!("rendition {:?} is listed twice", r.name),
            ));
        }
    }

    // Decide what to do and clear any leftover temporary folders.
    let plan = {
        let out_dir = out_dir.to_owned();
        let renditions = renditions.to_vec();
        blocking(move || {
            std::fs::create_dir_all(&out_dir).map_err(|e| MediaError::io(&out_dir, e))?;
            let mut todo = Vec::new();
            for r in renditions {
                let done = out_dir.join(&r.name);
                if done.exists() {
                    tracing::debug!(dir = %done.display(), "rendition already present; skipped");
                    continue;
                }
                let tmp = out_dir.join(tmp_name(&r.name));
                fsutil::remove_dir_if_present(&tmp)?;
                std::fs::create_dir(&tmp).map_err(|e| MediaError::io(&tmp, e))?;
                todo.push(r);
            }
            Ok(todo)
        })
        .await?
    };
    if plan.is_empty() {
        return Ok(());
    }

    let args = build_args(source, probe, &plan, audio, limits)?;
    let result = process::run("ffmpeg", &args, Some(out_dir), limits).await;
    let failure = match result {
        Ok(done) if done.success => None,
        Ok(done) => Some(done.into_failed("ffmpeg")),
        Err(e) => Some(e),
    };

    let out_dir = out_dir.to_owned();
    blocking(move || {
        let tmps: Vec<PathBuf> = plan
            .iter()
            .map(|r| out_dir.join(tmp_name(&r.name)))
            .collect();
        if let Some(e) = failure {
            for tmp in &tmps {
                let _ = fsutil::remove_dir_if_present(tmp);
            }
            return Err(e);
        }
        // ffmpeg can succeed and write nothing (no decodable frame); that is a failure.
        if let Some(empty) = tmps
            .iter()
            .find(|t| !t.join("index.m3u8").is_file() || !t.join("seg_00000.m4s").is_file())
        {
            let message = format!("no segments were written into {}", empty.display());
            for tmp in &tmps {
                let _ = fsutil::remove_dir_if_present(tmp);
            }
            return Err(MediaError::Failed {
                tool: "ffmpeg",
                message,
                stderr_tail: String::new(),
            });
        }
        for (tmp, r) in tmps.iter().zip(&plan) {
            fsutil::sync_tree(tmp)?;
            let done = out_dir.join(&r.name);
            std::fs::rename(tmp, &done).map_err(|e| MediaError::io(&done, e))?;
        }
        fsutil::sync_dir(&out_dir)
    })
    .await
}

fn tmp_name(name: &str) -> String {
    format!(".{name}.tmp")
}

/// Rendition names become folder names and ffmpeg arguments; keep them plain.
fn check_name(name: &str, out_dir: &Path) -> Result<(), MediaError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(invalid(
            out_dir,
            format!("rendition name {name:?} must be ASCII letters, digits, '_' or '-'"),
        ))
    }
}

fn invalid(path: &Path, message: String) -> MediaError {
    MediaError::io(
        path,
        std::io::Error::new(std::io::ErrorKind::InvalidInput, message),
    )
}

fn build_args(
    source: &Path,
    probe: &ProbeReport,
    plan: &[Rendition],
    audio: AudioSource<'_>,
    limits: &Limits,
) -> Result<Vec<OsString>, MediaError> {
    let threads = limits.ffmpeg_threads.max(1).to_string();
    let n = plan.len();
    let fps = ladder::output_frame_rate(probe.frame_rate);
    let gop = ((fps * f64::from(GOP_SECS)).round() as u32)
        .max(1)
        .to_string();

    let mut args = process::ffmpeg_args(limits.ffmpeg_threads);
    process::push_input(&mut args, MEDIA_FORMATS, process::file_url(source)?);
    let audio_in = match audio {
        AudioSource::Original if probe.has_audio => Some("[0:a:0]".to_owned()),
        AudioSource::Original | AudioSource::None => None,
        AudioSource::Sound(sound) => {
            args.extend(["-stream_loop", "-1"].map(OsString::from));
            process::push_input(&mut args, MEDIA_FORMATS, process::file_url(sound)?);
            Some(format!(
                "[1:a:0]atrim=duration={:.3},asetpts=PTS-STARTPTS,",
                probe.duration_secs
            ))
        }
    };

    // 0:V is the first video stream that is not cover art, as the probe chose.
    let mut graph = String::from("[0:V:0]");
    if (fps - probe.frame_rate).abs() > 1e-6 {
        graph.push_str(&format!("fps={fps},"));
    }
    graph.push_str(&format!("split={n}"));
    for i in 0..n {
        graph.push_str(&format!("[s{i}]"));
    }
    for (i, r) in plan.iter().enumerate() {
        graph.push_str(&format!(
            ";[s{i}]scale={}:{}:flags=bicubic,setsar=1,format=yuv420p[v{i}]",
            r.width, r.height
        ));
    }
    if let Some(input) = &audio_in {
        graph.push_str(&format!(
            ";{input}aformat=sample_rates=48000:channel_layouts=stereo,asplit={n}"
        ));
        for i in 0..n {
            graph.push_str(&format!("[a{i}]"));
        }
    }
    args.push("-filter_complex".into());
    args.push(graph.into());
    args.push("-filter_complex_threads".into());
    args.push(threads.clone().into());

    for (i, r) in plan.iter().enumerate() {
        let level = r.level_idc().unwrap_or_else(|| {
            ladder::h264_level(
                r.width,
                r.height,
                fps,
                ladder::maxrate_kbps(r.video_bitrate_kbps),
                ladder::bufsize_kbps(r.video_bitrate_kbps),
            )
        });
        let s = |v: &str| OsString::from(v);
        args.extend([s("-map"), format!("[v{i}]").into()]);
        if audio_in.is_some() {
            args.extend([s("-map"), format!("[a{i}]").into()]);
        }
        args.extend(
            [
                // No source metadata (a phone clip's location, for one) in the outputs.
                "-map_metadata",
                "-1",
                "-map_chapters",
                "-1",
                "-c:v",
                "libx264",
                "-preset",
                PRESET,
                "-profile:v",
                "high",
                "-pix_fmt",
                "yuv420p",
                "-sc_threshold",
                "0",
                // Keyframes at 0, FIRST_SEGMENT_SECS, then every GOP_SECS after it.
                "-force_key_frames",
                &format!(
                    "expr:gte(t,max(0,n_forced*{GOP_SECS}-{}))",
                    GOP_SECS - FIRST_SEGMENT_SECS
                ),
                "-g",
                &gop,
                "-keyint_min",
                &gop,
                "-threads",
                &threads,
                "-max_muxing_queue_size",
                "4096",
            ]
            .map(OsString::from),
        );
        args.extend([
            s("-level:v"),
            ladder::level_arg(level).into(),
            s("-b:v"),
            format!("{}k", r.video_bitrate_kbps).into(),
            s("-maxrate"),
            format!("{}k", ladder::maxrate_kbps(r.video_bitrate_kbps)).into(),
            s("-bufsize"),
            format!("{}k", ladder::bufsize_kbps(r.video_bitrate_kbps)).into(),
        ]);
        if audio_in.is_some() {
            args.extend([
                s("-c:a"),
                s("aac"),
                s("-b:a"),
                format!("{}k", ladder::default_audio_kbps(r)).into(),
                s("-ac"),
                s("2"),
                s("-ar"),
                s("48000"),
            ]);
        }
        if matches!(audio, AudioSource::Sound(_)) {
            args.extend([s("-t"), format!("{:.3}", probe.duration_secs).into()]);
        }
        // Relative to out_dir, the working directory of the run.
        let tmp = tmp_name(&r.name);
        args.extend(
            [
                "-f",
                "hls",
                "-hls_time",
                &SEGMENT_SECS.to_string(),
                "-hls_init_time",
                &FIRST_SEGMENT_SECS.to_string(),
                "-hls_playlist_type",
                "vod",
                "-hls_segment_type",
                "fmp4",
                // A bare name: ffmpeg puts the init segment beside the playlist.
                "-hls_fmp4_init_filename",
                "init.mp4",
                "-hls_flags",
                "independent_segments",
                "-hls_segment_filename",
                &format!("{tmp}/seg_%05d.m4s"),
                &format!("{tmp}/index.m3u8"),
            ]
            .map(OsString::from),
        );
    }
    Ok(args)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(has_audio: bool) -> ProbeReport {
        ProbeReport {
            duration_secs: 3.0,
            width: 540,
            height: 960,
            video_codec: "h264".into(),
            frame_rate: 30.0,
            has_audio,
            audio_codec: has_audio.then(|| "aac".into()),
            format_name: "mov,mp4,m4a,3gp,3g2,mj2".into(),
        }
    }

    fn joined(args: &[OsString]) -> String {
        args.iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn one_process_many_outputs_and_every_input_whitelisted() {
        let probe = report(true);
        let plan = ladder::plan_ladder(&probe);
        let args = build_args(
            Path::new("/in/clip.mp4"),
            &probe,
            &plan,
            AudioSource::Sound(Path::new("/in/sound.m4a")),
            &Limits::default(),
        )
        .unwrap();
        let line = joined(&args);
        assert_eq!(line.matches(" -i ").count(), 2, "{line}");
        assert_eq!(
            line.matches("-protocol_whitelist file -format_whitelist")
                .count(),
            2
        );
        assert!(line.contains("-i file:/in/clip.mp4"), "{line}");
        assert!(
            line.contains("-stream_loop -1 -protocol_whitelist file"),
            "{line}"
        );
        assert!(line.contains("split=3[s0][s1][s2]"), "{line}");
        assert!(line.contains("[1:a:0]atrim=duration=3.000"), "{line}");
        assert!(line.contains("-level:v 2.1 "), "{line}");
        assert!(line.contains("-level:v 3.0 "), "{line}");
        assert!(line.contains("-level:v 3.1 "), "{line}");
        assert!(line.contains(".240p.tmp/index.m3u8"), "{line}");
        assert!(line.contains(".360p.tmp/index.m3u8"), "{line}");
        assert!(line.contains(".540p.tmp/seg_%05d.m4s"), "{line}");
        assert!(!line.contains("fps="), "{line}");
        assert!(
            line.contains("-force_key_frames expr:gte(t,max(0,n_forced*2-1))"),
            "{line}"
        );
        assert!(line.contains("-hls_time 2 -hls_init_time 1 "), "{line}");
    }

    #[test]
    fn silent_output_maps_no_audio_and_high_rates_are_capped() {
        let mut probe = report(true);
        probe.frame_rate = 120.0;
        let plan = ladder::plan_ladder(&probe);
        let args = build_args(
            Path::new("/in/clip.mp4"),
            &probe,
            &plan,
            AudioSource::None,
            &Limits::default(),
        )
        .unwrap();
        let line = joined(&args);
        assert!(!line.contains("-c:a"), "{line}");
        assert!(!line.contains("asplit"), "{line}");
        assert!(line.contains("[0:V:0]fps=60,split=3"), "{line}");
        assert!(line.contains("-g 120 "), "{line}");
    }

    #[test]
    fn names_are_checked() {
        assert!(check_name("720p", Path::new("/o")).is_ok());
        assert!(check_name("../x", Path::new("/o")).is_err());
        assert!(check_name("", Path::new("/o")).is_err());
        assert!(check_name("a%d", Path::new("/o")).is_err());
    }

    #[test]
    fn output_audio() {
        let silent = report(false);
        assert!(!AudioSource::Original.output_has_audio(&silent));
        assert!(AudioSource::Sound(Path::new("x")).output_has_audio(&silent));
        assert!(!AudioSource::None.output_has_audio(&report(true)));
    }
}
