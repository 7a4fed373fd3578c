//! Duets and stitches: composing a user's new clip with someone's original video into one
//! intermediate MP4, which then goes through the ladder like any upload.
//!
//! Each composition is one ffmpeg run with a `-filter_complex` graph. Every video input is
//! normalised the same way before it is combined: timestamps from zero, scaled (to a size
//! computed here from the probe's *displayed* size, so rotation and non-square pixels are
//! already accounted for), `setsar=1`, padded with black to its box, `fps=30`, `yuv420p`,
//! and held on its last frame (`tpad`) then cut (`trim`) to exactly the length it must
//! have. Audio is converted to 48 kHz stereo float, padded with silence and cut the same
//! way, so the output's audio track always lasts as long as its video.

use std::ffi::OsString;
use std::path::Path;

use crate::fsutil::TempOutput;
use crate::process::{self, MEDIA_FORMATS};
use crate::{Limits, MediaError, ProbeReport};

/// Seconds of the original a stitch takes.
pub const STITCH_MAX_SECS: f64 = 5.0;

/// Frame rate of every composition.
const FPS: u32 = 30;
/// x264 quality of the intermediate file (it is encoded again by the ladder).
const CRF: &str = "18";
const PRESET: &str = "veryfast";
const AUDIO_KBPS: &str = "192k";
/// Volume of the original's audio when it is mixed under the new clip's.
const DUET_ORIGINAL_VOLUME: f64 = 0.8;
/// The duet canvas when both sources are at least this wide...
const DUET_LARGE_MIN_SOURCE_WIDTH: u32 = 540;
const DUET_LARGE: (u32, u32) = (1080, 960);
/// ...and otherwise.
const DUET_SMALL: (u32, u32) = (720, 640);
/// Every audio branch is converted to this before it is mixed, concatenated or encoded.
const AUDIO_FORMAT: &str = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";

/// Side by side: the new clip on the left, the original on the right, each scaled to fit
/// a half of the canvas (keeping its aspect ratio, padded with black). The canvas is
/// 1080x960 (two 540x960 halves) when both sources are at least 540 pixels wide as
/// displayed, else 720x640 (two 360x640 halves).
///
/// The output lasts as long as the new clip: the original is cut there, or holds its last
/// frame if it is shorter. Audio: both mixed (`amix`, no normalisation, the original at
/// 0.8 volume) when both have audio; whichever exists otherwise (at its own volume); no
/// audio track when neither has any. Audio that ends early is padded with silence.
///
/// Output: H.264 (libx264, yuv420p, CRF 18, preset veryfast, 30 fps) + AAC 48 kHz stereo
/// in MP4 with the index first (`+faststart`), written atomically to `out`. An ffmpeg
/// failure is [`MediaError::Failed`] (retryable), a run past [`Limits::time_limit`]
/// [`MediaError::TimedOut`]; neither leaves a file behind.
pub async fn compose_duet(
    original: &Path,
    original_probe: &ProbeReport,
    new: &Path,
    new_probe: &ProbeReport,
    out: &Path,
    limits: &Limits,
) -> Result<(), MediaError> {
    let tmp = TempOutput::new(out)?;
    let args = duet_args(
        original,
        original_probe,
        new,
        new_probe,
        &process::file_url(&tmp.path)?,
        limits,
    )?;
    run_to(tmp, &args, limits).await
}

/// The first `min(5 s, original length)` of the original, then the whole new clip, on the
/// new clip's canvas (its own displayed width x height, rounded down to even; the original
/// is scaled to fit and padded with black). Each part keeps its own audio; a part without
/// audio gets silence, so the output always has an audio track lasting the whole video.
///
/// Same output format, atomicity and errors as [`compose_duet`].
pub async fn compose_stitch(
    original: &Path,
    original_probe: &ProbeReport,
    new: &Path,
    new_probe: &ProbeReport,
    out: &Path,
    limits: &Limits,
) -> Result<(), MediaError> {
    let tmp = TempOutput::new(out)?;
    let args = stitch_args(
        original,
        original_probe,
        new,
        new_probe,
        &process::file_url(&tmp.path)?,
        limits,
    )?;
    run_to(tmp, &args, limits).await
}

/// A video as it was published with a reused sound: `video`'s picture (re-encoded as
/// H.264) with `sound` as its only audio, looped or cut to the video's length — what
/// a duet or stitch of such a video must start from, instead of the audio of its raw
/// upload. MP4, written atomically to `out`; errors as [`compose_duet`].
pub async fn with_sound(
    video: &Path,
    probe: &ProbeReport,
    sound: &Path,
    out: &Path,
    limits: &Limits,
) -> Result<(), MediaError> {
    let secs = length(video, probe, "original")?;
    let tmp = TempOutput::new(out)?;
    let mut args = process::ffmpeg_args(limits.ffmpeg_threads);
    push_input(&mut args, video, None)?;
    args.extend(["-stream_loop", "-1"].map(OsString::from));
    push_input(&mut args, sound, None)?;
    let s = |v: &str| OsString::from(v);
    args.extend([
        s("-map"),
        s("0:V:0"),
        s("-map"),
        s("1:a:0"),
        s("-c:v"),
        s("libx264"),
        s("-preset"),
        s("veryfast"),
        s("-crf"),
        s("18"),
        s("-pix_fmt"),
        s("yuv420p"),
        s("-c:a"),
        s("aac"),
        s("-b:a"),
        s("128k"),
        s("-ar"),
        s("48000"),
        s("-ac"),
        s("2"),
        s("-t"),
        format!("{secs:.3}").into(),
        s("-movflags"),
        s("+faststart"),
        s("-f"),
        s("mp4"),
    ]);
    args.push(process::file_url(&tmp.path)?);
    run_to(tmp, &args, limits).await
}

/// Runs ffmpeg and publishes `tmp` if it succeeded and wrote something.
async fn run_to(tmp: TempOutput, args: &[OsString], limits: &Limits) -> Result<(), MediaError> {
    let done = process::run("ffmpeg", args, None, limits).await?;
    if !done.success {
        return Err(done.into_failed("ffmpeg"));
    }
    if tmp.written_len() == 0 {
        return Err(MediaError::Failed {
            tool: "ffmpeg",
            message: "the composition wrote no output".into(),
            stderr_tail: done.stderr_tail,
        });
    }
    tmp.publish().await
}

/// The duet canvas for two sources of these displayed widths.
fn duet_canvas(original_width: u32, new_width: u32) -> (u32, u32) {
    if original_width.min(new_width) >= DUET_LARGE_MIN_SOURCE_WIDTH {
        DUET_LARGE
    } else {
        DUET_SMALL
    }
}

/// The stitch canvas: the new clip's displayed size, rounded down to even.
fn stitch_canvas(new: &ProbeReport) -> (u32, u32) {
    ((new.width & !1).max(2), (new.height & !1).max(2))
}

/// The size a `src_w` x `src_h` picture is scaled to so that it fits in a `box_w` x `box_h`
/// box (even sides, both at least 2), keeping its aspect ratio.
fn fit(src_w: u32, src_h: u32, box_w: u32, box_h: u32) -> (u32, u32) {
    let (sw, sh) = (f64::from(src_w.max(1)), f64::from(src_h.max(1)));
    let scale = (f64::from(box_w) / sw).min(f64::from(box_h) / sh);
    let even = |side: f64, max: u32| (((side / 2.0).round() as u32) * 2).clamp(2, max.max(2));
    (even(sw * scale, box_w), even(sh * scale, box_h))
}

/// A part's length in seconds, refusing lengths a probed clip cannot have.
fn length(path: &Path, probe: &ProbeReport, what: &str) -> Result<f64, MediaError> {
    let secs = probe.duration_secs;
    if secs.is_finite() && secs > 0.0 {
        Ok(secs)
    } else {
        Err(MediaError::io(
            path,
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("the {what} clip has no usable duration ({secs})"),
            ),
        ))
    }
}

/// The filter chain that turns input `input`'s video into a `box_w` x `box_h`, 30 fps,
/// yuv420p picture lasting exactly `secs` (last frame held if the source is shorter),
/// starting at 0.
fn video_chain(input: usize, probe: &ProbeReport, box_w: u32, box_h: u32, secs: f64) -> String {
    let (w, h) = fit(probe.width, probe.height, box_w, box_h);
    // Even offsets: yuv420p chroma is subsampled by 2.
    let (x, y) = (((box_w - w) / 2) & !1, ((box_h - h) / 2) & !1);
    format!(
        "[{input}:V:0]setpts=PTS-STARTPTS,scale={w}:{h}:flags=bicubic,setsar=1,\
         pad={box_w}:{box_h}:{x}:{y}:black,fps={FPS},format=yuv420p,\
         tpad=stop_mode=clone:stop_duration={secs:.3},trim=duration={secs:.3},setpts=PTS-STARTPTS"
    )
}

/// Input `input`'s first audio stream, as 48 kHz stereo starting at 0 (not yet cut).
fn audio_in(input: usize) -> String {
    format!("[{input}:a:0]{AUDIO_FORMAT},asetpts=PTS-STARTPTS")
}

/// Pads audio with silence and cuts it to exactly `secs`.
fn pad_cut(secs: f64) -> String {
    format!("apad=whole_dur={secs:.3},atrim=duration={secs:.3},asetpts=PTS-STARTPTS")
}

/// Opens one input safely, reading only its first `read_secs` when given.
fn push_input(
    args: &mut Vec<OsString>,
    path: &Path,
    read_secs: Option<f64>,
) -> Result<(), MediaError> {
    if let Some(secs) = read_secs {
        args.push("-t".into());
        args.push(format!("{secs:.3}").into());
    }
    process::push_input(args, MEDIA_FORMATS, process::file_url(path)?);
    Ok(())
}

/// The start of the command line: the common options and input 0 = the original (read
/// only as far as it is used), input 1 = the new clip.
fn inputs(
    original: &Path,
    original_read_secs: f64,
    new: &Path,
    limits: &Limits,
) -> Result<Vec<OsString>, MediaError> {
    // Ends with `-threads`, which bounds the first input's decoder only: `-threads`
    // before `-i` is a per-input option, so the second input gets its own.
    let mut args = process::ffmpeg_args(limits.ffmpeg_threads);
    push_input(&mut args, original, Some(original_read_secs))?;
    args.push("-threads".into());
    args.push(limits.ffmpeg_threads.max(1).to_string().into());
    push_input(&mut args, new, None)?;
    Ok(args)
}

fn duet_args(
    original: &Path,
    original_probe: &ProbeReport,
    new: &Path,
    new_probe: &ProbeReport,
    out_url: &OsString,
    limits: &Limits,
) -> Result<Vec<OsString>, MediaError> {
    let secs = length(new, new_probe, "new")?;
    let (canvas_w, canvas_h) = duet_canvas(original_probe.width, new_probe.width);
    let half = canvas_w / 2;

    let mut graph = format!(
        "{}[left];{}[right];[left][right]hstack=inputs=2:shortest=1[v]",
        video_chain(1, new_probe, half, canvas_h, secs),
        video_chain(0, original_probe, half, canvas_h, secs),
    );
    let audio = match (new_probe.has_audio, original_probe.has_audio) {
        (true, true) => Some(format!(
            "{}[na];{},volume={DUET_ORIGINAL_VOLUME},atrim=duration={secs:.3}[oa];\
             [na][oa]amix=inputs=2:duration=longest:dropout_transition=0:normalize=0,{}",
            audio_in(1),
            audio_in(0),
            pad_cut(secs)
        )),
        (true, false) => Some(format!("{},{}", audio_in(1), pad_cut(secs))),
        (false, true) => Some(format!("{},{}", audio_in(0), pad_cut(secs))),
        (false, false) => None,
    };
    if let Some(audio) = &audio {
        graph.push(';');
        graph.push_str(audio);
        graph.push_str("[a]");
    }

    let mut args = inputs(original, secs, new, limits)?;
    push_output(&mut args, graph, audio.is_some(), secs, out_url, limits);
    Ok(args)
}

fn stitch_args(
    original: &Path,
    original_probe: &ProbeReport,
    new: &Path,
    new_probe: &ProbeReport,
    out_url: &OsString,
    limits: &Limits,
) -> Result<Vec<OsString>, MediaError> {
    let head = length(original, original_probe, "original")?.min(STITCH_MAX_SECS);
    let tail = length(new, new_probe, "new")?;
    let (w, h) = stitch_canvas(new_probe);

    let part_audio = |input: usize, has_audio: bool, secs: f64| {
        if has_audio {
            format!("{},{}", audio_in(input), pad_cut(secs))
        } else {
            format!("anullsrc=r=48000:cl=stereo:d={secs:.3},{AUDIO_FORMAT}")
        }
    };
    let graph = format!(
        "{}[v0];{}[a0];{}[v1];{}[a1];[v0][a0][v1][a1]concat=n=2:v=1:a=1[v][a]",
        video_chain(0, original_probe, w, h, head),
        part_audio(0, original_probe.has_audio, head),
        video_chain(1, new_probe, w, h, tail),
        part_audio(1, new_probe.has_audio, tail),
    );

    let mut args = inputs(original, head, new, limits)?;
    push_output(&mut args, graph, true, head + tail, out_url, limits);
    Ok(args)
}

/// The graph, the maps and the encoders of the composed MP4.
fn push_output(
    args: &mut Vec<OsString>,
    graph: String,
    with_audio: bool,
    secs: f64,
    out_url: &OsString,
    limits: &Limits,
) {
    let threads = limits.ffmpeg_threads.max(1).to_string();
    args.push("-filter_complex".into());
    args.push(graph.into());
    args.extend(["-filter_complex_threads", &threads, "-map", "[v]"].map(OsString::from));
    if with_audio {
        args.extend(["-map", "[a]"].map(OsString::from));
    }
    args.extend(
        [
            // No source metadata (a phone clip's location, for one) in the output.
            "-map_metadata",
            "-1",
            "-map_chapters",
            "-1",
            "-c:v",
            "libx264",
            "-preset",
            PRESET,
            "-crf",
            CRF,
            "-pix_fmt",
            "yuv420p",
            "-threads",
            &threads,
        ]
        .map(OsString::from),
    );
    if with_audio {
        args.extend(
            [
                "-c:a", "aac", "-b:a", AUDIO_KBPS, "-ac", "2", "-ar", "48000",
            ]
            .map(OsString::from),
        );
    }
    args.extend(
        [
            // The graph already cuts every branch; this bounds the output regardless.
            "-t",
            &format!("{secs:.3}"),
            "-max_muxing_queue_size",
            "4096",
            "-movflags",
            "+faststart",
            "-f",
            "mp4",
        ]
        .map(OsString::from),
    );
    args.push(out_url.clone());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(width: u32, height: u32, secs: f64, has_audio: bool) -> ProbeReport {
        ProbeReport {
            duration_secs: secs,
            width,
            height,
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

    fn out() -> OsString {
        OsString::from("file:/out/.x.mp4.1-0.tmp")
    }

    #[test]
    fn fitting_keeps_aspect_and_even_sides() {
        assert_eq!(fit(1080, 1920, 540, 960), (540, 960));
        assert_eq!(fit(1920, 1080, 540, 960), (540, 304));
        assert_eq!(fit(320, 180, 360, 640), (360, 202));
        assert_eq!(fit(180, 320, 360, 640), (360, 640));
        assert_eq!(fit(181, 321, 180, 320), (180, 320));
        assert_eq!(fit(4000, 2, 360, 640), (360, 2));
        assert_eq!(fit(0, 0, 360, 640), (360, 360));
    }

    #[test]
    fn canvases() {
        assert_eq!(duet_canvas(540, 1080), (1080, 960));
        assert_eq!(duet_canvas(539, 1080), (720, 640));
        assert_eq!(duet_canvas(1920, 320), (720, 640));
        assert_eq!(stitch_canvas(&report(541, 961, 1.0, false)), (540, 960));
        assert_eq!(stitch_canvas(&report(1, 1, 1.0, false)), (2, 2));
    }

    #[test]
    fn duet_graph_mixes_and_whitelists_both_inputs() {
        let args = duet_args(
            Path::new("/in/orig.mp4"),
            &report(1920, 1080, 8.0, true),
            Path::new("/in/new.mp4"),
            &report(1080, 1920, 3.0, true),
            &out(),
            &Limits::default(),
        )
        .unwrap();
        let line = joined(&args);
        assert_eq!(line.matches(" -i ").count(), 2, "{line}");
        assert_eq!(
            line.matches("-protocol_whitelist file -format_whitelist")
                .count(),
            2,
            "{line}"
        );
        assert!(
            line.contains("-threads 2 -t 3.000 -protocol_whitelist file -format_whitelist mov,"),
            "{line}"
        );
        assert!(line.contains("-i file:/in/orig.mp4"), "{line}");
        assert!(
            line.contains("-threads 2 -protocol_whitelist file -format_whitelist mov,"),
            "{line}"
        );
        // The first input's decoder, the second's, and the encoder.
        assert_eq!(line.matches(" -threads 2 ").count(), 3, "{line}");
        assert!(
            line.contains(
                "[1:V:0]setpts=PTS-STARTPTS,scale=540:960:flags=bicubic,setsar=1,\
                 pad=540:960:0:0:black,fps=30,format=yuv420p,\
                 tpad=stop_mode=clone:stop_duration=3.000,trim=duration=3.000,\
                 setpts=PTS-STARTPTS[left]"
            ),
            "{line}"
        );
        assert!(
            line.contains("[0:V:0]setpts=PTS-STARTPTS,scale=540:304:flags=bicubic,setsar=1,pad=540:960:0:328:black"),
            "{line}"
        );
        assert!(line.contains("[left][right]hstack=inputs=2:shortest=1[v]"));
        assert!(
            line.contains("volume=0.8,atrim=duration=3.000[oa]"),
            "{line}"
        );
        assert!(
            line.contains("[na][oa]amix=inputs=2:duration=longest:dropout_transition=0:normalize=0,apad=whole_dur=3.000,atrim=duration=3.000,asetpts=PTS-STARTPTS[a]"),
            "{line}"
        );
        assert!(line.contains("-map [v] -map [a]"), "{line}");
        assert!(
            line.contains("-c:v libx264 -preset veryfast -crf 18"),
            "{line}"
        );
        assert!(line.contains("-c:a aac"), "{line}");
        assert!(line.ends_with("-movflags +faststart -f mp4 file:/out/.x.mp4.1-0.tmp"));
    }

    #[test]
    fn duet_audio_is_whichever_exists() {
        let l = Limits::default();
        let p = |a| report(320, 568, 2.0, a);
        let args = |o, n| {
            joined(
                &duet_args(
                    Path::new("/o.mp4"),
                    &p(o),
                    Path::new("/n.mp4"),
                    &p(n),
                    &out(),
                    &l,
                )
                .unwrap(),
            )
        };
        let only_original = args(true, false);
        assert!(only_original.contains("[0:a:0]"), "{only_original}");
        assert!(!only_original.contains("amix"), "{only_original}");
        assert!(!only_original.contains("volume"), "{only_original}");
        let only_new = args(false, true);
        assert!(only_new.contains("[1:a:0]"), "{only_new}");
        assert!(!only_new.contains("[0:a:0]"), "{only_new}");
        let neither = args(false, false);
        assert!(!neither.contains(":a:0"), "{neither}");
        assert!(!neither.contains("-map [a]"), "{neither}");
        assert!(!neither.contains("-c:a"), "{neither}");
        assert!(neither.contains("pad=360:640"), "{neither}");
    }

    #[test]
    fn stitch_graph_takes_five_seconds_and_fills_missing_audio() {
        let args = stitch_args(
            Path::new("/in/orig.mp4"),
            &report(1280, 720, 8.0, true),
            Path::new("/in/new.mp4"),
            &report(541, 961, 2.0, false),
            &out(),
            &Limits::default(),
        )
        .unwrap();
        let line = joined(&args);
        assert_eq!(line.matches(" -i ").count(), 2, "{line}");
        assert!(line.contains("-t 5.000 -protocol_whitelist file"), "{line}");
        assert!(line.contains("scale=540:304:flags=bicubic,setsar=1,pad=540:960:0:328:black"));
        assert!(line.contains("trim=duration=5.000,setpts=PTS-STARTPTS[v0]"));
        assert!(line.contains("[0:a:0]aformat="), "{line}");
        assert!(line.contains("atrim=duration=5.000,asetpts=PTS-STARTPTS[a0]"));
        assert!(line.contains("scale=540:960:flags=bicubic,setsar=1,pad=540:960:0:0:black"));
        assert!(
            line.contains("anullsrc=r=48000:cl=stereo:d=2.000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[a1]"),
            "{line}"
        );
        assert!(line.contains("[v0][a0][v1][a1]concat=n=2:v=1:a=1[v][a]"));
        assert!(line.contains("-t 7.000 "), "{line}");

        let short = stitch_args(
            Path::new("/in/orig.mp4"),
            &report(1280, 720, 3.2, false),
            Path::new("/in/new.mp4"),
            &report(540, 960, 2.0, true),
            &out(),
            &Limits::default(),
        )
        .unwrap();
        let line = joined(&short);
        assert!(line.contains("-t 3.200 -protocol_whitelist"), "{line}");
        assert!(
            line.contains("anullsrc=r=48000:cl=stereo:d=3.200"),
            "{line}"
        );
        assert!(line.contains("[1:a:0]aformat="), "{line}");
        assert!(line.contains("-t 5.200 "), "{line}");
    }

    #[test]
    fn a_clip_without_a_duration_is_refused() {
        let err = stitch_args(
            Path::new("/o.mp4"),
            &report(320, 568, f64::NAN, false),
            Path::new("/n.mp4"),
            &report(320, 568, 2.0, false),
            &out(),
            &Limits::default(),
        )
        .unwrap_err();
        assert!(matches!(err, MediaError::Io { .. }), "{err:?}");
    }
}
