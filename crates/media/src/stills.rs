//! The smaller products of a clip: its poster picture and its reusable sound.

use std::ffi::OsString;
use std::path::Path;

use crate::fsutil::TempOutput;
use crate::process::{self, MEDIA_FORMATS};
use crate::{Limits, MediaError, ProbeReport};

/// Longest side of a poster: the poster is what a viewer sees before the first frame, so
/// it must arrive at once (a 360x640 JPEG is some 20–50 kB: a fraction of a second at
/// 1.5 Mbit/s); it is as sharp as the 360p rendition and sharper than the 240p one a
/// player starts on.
const POSTER_MAX_SIDE: u32 = 640;

/// A JPEG poster, scaled so its long side is at most 640, written atomically: the frame
/// at `cover_secs` (the creator's choice; kept within the clip), else at 1 s, or in the
/// middle of a shorter clip.
pub async fn make_poster(
    source: &Path,
    probe: &ProbeReport,
    cover_secs: Option<f64>,
    out: &Path,
    limits: &Limits,
) -> Result<(), MediaError> {
    let default = (probe.duration_secs / 2.0).clamp(0.0, 1.0);
    // A frame's worth before the end, so there is a frame to decode.
    let last = (probe.duration_secs - 0.1).max(0.0);
    let at = cover_secs.map_or(default, |c| c.clamp(0.0, last));
    let (w, h) = poster_size(probe.width, probe.height);
    let tmp = TempOutput::new(out)?;

    let mut args = process::ffmpeg_args(limits.ffmpeg_threads);
    // Before -i: a fast seek to the keyframe before, then decoding up to the instant.
    args.extend(["-ss".into(), format!("{at:.3}").into()]);
    process::push_input(&mut args, MEDIA_FORMATS, process::file_url(source)?);
    args.extend(
        [
            "-map",
            "0:V:0",
            "-frames:v",
            "1",
            "-vf",
            &format!("scale={w}:{h},setsar=1"),
            "-map_metadata",
            "-1",
            "-c:v",
            "mjpeg",
            "-q:v",
            "4",
            "-threads",
            &limits.ffmpeg_threads.max(1).to_string(),
            // The raw mjpeg muxer writes exactly one JPEG; image2 would treat '%' in the
            // name as a pattern.
            "-f",
            "mjpeg",
        ]
        .map(OsString::from),
    );
    args.push(process::file_url(&tmp.path)?);

    let done = process::run("ffmpeg", &args, None, limits).await?;
    if !done.success {
        return Err(done.into_failed("ffmpeg"));
    }
    if tmp.written_len() == 0 {
        return Err(MediaError::Failed {
            tool: "ffmpeg",
            message: format!("no frame could be decoded at {at:.3} s for the poster"),
            stderr_tail: done.stderr_tail,
        });
    }
    tmp.publish().await
}

/// The poster's size: the displayed size, scaled down so the long side fits.
fn poster_size(width: u32, height: u32) -> (u32, u32) {
    let (width, height) = (width.max(1), height.max(1));
    let long = width.max(height);
    if long <= POSTER_MAX_SIDE {
        return (width, height);
    }
    let scale = f64::from(POSTER_MAX_SIDE) / f64::from(long);
    let fit = |side: u32| ((f64::from(side) * scale).round() as u32).clamp(1, POSTER_MAX_SIDE);
    (fit(width), fit(height))
}

/// The audio track as a reusable sound: AAC in an .m4a (stereo, 48 kHz, 128 kbps), written
/// atomically. `Ok(None)` when the source has no audio; otherwise the sound's duration in
/// seconds, as ffprobe reads it back.
pub async fn extract_sound(
    source: &Path,
    probe: &ProbeReport,
    out: &Path,
    limits: &Limits,
) -> Result<Option<f64>, MediaError> {
    if !probe.has_audio {
        return Ok(None);
    }
    let tmp = TempOutput::new(out)?;
    let mut args = process::ffmpeg_args(limits.ffmpeg_threads);
    process::push_input(&mut args, MEDIA_FORMATS, process::file_url(source)?);
    args.extend(
        [
            "-map",
            "0:a:0",
            "-vn",
            "-sn",
            "-dn",
            "-map_metadata",
            "-1",
            "-map_chapters",
            "-1",
            "-c:a",
            "aac",
            "-b:a",
            "128k",
            "-ac",
            "2",
            "-ar",
            "48000",
            "-threads",
            &limits.ffmpeg_threads.max(1).to_string(),
            "-movflags",
            "+faststart",
            "-f",
            "ipod",
        ]
        .map(OsString::from),
    );
    args.push(process::file_url(&tmp.path)?);
    let done = process::run("ffmpeg", &args, None, limits).await?;
    if !done.success {
        return Err(done.into_failed("ffmpeg"));
    }
    let duration = crate::probe::output_duration(&tmp.path, limits).await?;
    tmp.publish().await?;
    Ok(Some(duration))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poster_sizes() {
        assert_eq!(poster_size(1080, 1920), (360, 640));
        assert_eq!(poster_size(3840, 2160), (640, 360));
        assert_eq!(poster_size(360, 640), (360, 640));
        assert_eq!(poster_size(480, 854), (360, 640));
        assert_eq!(poster_size(1280, 1280), (640, 640));
    }
}
