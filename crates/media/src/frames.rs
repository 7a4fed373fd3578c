//! Sampled frames of a clip as raw RGB, for perceptual fingerprints (PDQ/vPDQ in
//! spool-moderation).
//!
//! ffmpeg decodes, keeps one frame every `every_secs` (the `fps` filter), scales it down
//! so its long side is at most `max_side` (never up), and writes each frame to a pipe as a
//! binary PPM: the header carries the size, so nothing needs probing first and a stream
//! whose size changes midway is still read right. The same input whitelists, thread
//! bound and time limit as every other run apply.

use std::ffi::OsString;
use std::path::Path;

use crate::process::{self, MEDIA_FORMATS};
use crate::{Limits, MediaError};

/// At most this many frames are sampled from one clip: ten minutes at one a second,
/// [`Limits::max_duration_secs`]' default.
pub const MAX_SAMPLED_FRAMES: usize = 600;

/// Sampling more often than this is refused (it would decode every frame anyway).
const MIN_EVERY_SECS: f64 = 0.04;

/// One decoded frame: packed 8-bit RGB, row-major, `width × height × 3` bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct RgbFrame {
    pub width: u32,
    pub height: u32,
    /// Seconds from the clip's first frame (frame `n` is at `n × every_secs`).
    pub at_secs: f64,
    pub rgb: Vec<u8>,
}

/// The clip's frames at `every_secs` intervals (the first at 0), each scaled down to fit
/// `max_side` (e.g. 512), at most [`MAX_SAMPLED_FRAMES`] of them.
///
/// Memory is bounded by `MAX_SAMPLED_FRAMES × max_side² × 3` bytes (about 270 MB for a
/// ten-minute 16:9 clip at 512); [`for_each_frame`] hands frames over one at a time instead.
pub async fn sample_frames(
    source: &Path,
    every_secs: f64,
    max_side: u32,
    limits: &Limits,
) -> Result<Vec<RgbFrame>, MediaError> {
    let mut frames = Vec::new();
    for_each_frame(source, every_secs, max_side, limits, |frame| {
        frames.push(frame);
        true
    })
    .await?;
    Ok(frames)
}

/// Like [`sample_frames`], but calls `on_frame` with each frame as it is decoded, so only
/// one frame is held at a time. `on_frame` returns `false` to stop early (ffmpeg is then
/// stopped). Returns the number of frames handed over.
pub async fn for_each_frame(
    source: &Path,
    every_secs: f64,
    max_side: u32,
    limits: &Limits,
    mut on_frame: impl FnMut(RgbFrame) -> bool,
) -> Result<usize, MediaError> {
    if !every_secs.is_finite() || every_secs < MIN_EVERY_SECS {
        return Err(MediaError::Failed {
            tool: "ffmpeg",
            message: format!("cannot sample a frame every {every_secs} s"),
            stderr_tail: String::new(),
        });
    }
    let max_side = max_side.clamp(16, 4096);
    let mut args = process::ffmpeg_args(limits.ffmpeg_threads);
    process::push_input(&mut args, MEDIA_FORMATS, process::file_url(source)?);
    // `round=up`: each output slot n takes the last frame at or before n × every_secs, so
    // sampling at 0.25 s gives a superset of the frames sampled at 1 s (with `near`, slot n
    // would take the last frame before (n + ½) × every_secs, a different one).
    // Long side to max_side at most, the other keeping the aspect ratio (-1).
    let scale = format!(
        "scale=w='if(gte(iw,ih),min(iw,{max_side}),-1)':h='if(gte(iw,ih),-1,min(ih,{max_side}))'"
    );
    args.extend(
        [
            "-map",
            "0:V:0",
            "-an",
            "-sn",
            "-dn",
            "-vf",
            &format!("fps=fps=1/{every_secs}:round=up,{scale}:flags=area,setsar=1"),
            "-frames:v",
            &MAX_SAMPLED_FRAMES.to_string(),
            "-pix_fmt",
            "rgb24",
            "-c:v",
            "ppm",
            "-threads",
            &limits.ffmpeg_threads.max(1).to_string(),
            "-f",
            "image2pipe",
            "pipe:1",
        ]
        .map(OsString::from),
    );

    let mut reader = PpmStream::default();
    let mut count = 0usize;
    let mut bad: Option<String> = None;
    let done = process::run_streaming("ffmpeg", &args, limits, |chunk| {
        reader.buf.extend_from_slice(chunk);
        loop {
            match reader.next_frame() {
                Ok(Some((width, height, rgb))) => {
                    let frame = RgbFrame {
                        width,
                        height,
                        at_secs: count as f64 * every_secs,
                        rgb,
                    };
                    count += 1;
                    if !on_frame(frame) || count >= MAX_SAMPLED_FRAMES {
                        return false;
                    }
                }
                Ok(None) => return true,
                Err(e) => {
                    bad = Some(e);
                    return false;
                }
            }
        }
    })
    .await?;
    if let Some(message) = bad {
        return Err(MediaError::Failed {
            tool: "ffmpeg",
            message,
            stderr_tail: done.stderr_tail,
        });
    }
    if !done.success {
        return Err(done.into_failed("ffmpeg"));
    }
    if count == 0 {
        return Err(MediaError::Failed {
            tool: "ffmpeg",
            message: "no frame could be decoded".into(),
            stderr_tail: done.stderr_tail,
        });
    }
    Ok(count)
}

/// Splits a stream of binary PPMs (`P6 <w> <h> 255\n` + pixels) into frames.
#[derive(Default)]
struct PpmStream {
    buf: Vec<u8>,
}

impl PpmStream {
    /// The next whole frame, `None` when more bytes are needed.
    fn next_frame(&mut self) -> Result<Option<(u32, u32, Vec<u8>)>, String> {
        let Some((width, height, header_len)) = parse_header(&self.buf)? else {
            return Ok(None);
        };
        let len = header_len + width as usize * height as usize * 3;
        if self.buf.len() < len {
            return Ok(None);
        }
        let rgb = self.buf[header_len..len].to_vec();
        self.buf.drain(..len);
        Ok(Some((width, height, rgb)))
    }
}

/// (width, height, header length) of a P6 header at the start of `buf`.
fn parse_header(buf: &[u8]) -> Result<Option<(u32, u32, usize)>, String> {
    const MAX_HEADER: usize = 64;
    let mut fields: Vec<&[u8]> = Vec::with_capacity(4);
    let mut at = 0;
    while fields.len() < 4 {
        while at < buf.len() && buf[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while at < buf.len() && !buf[at].is_ascii_whitespace() {
            at += 1;
        }
        if at >= buf.len() {
            // The field (or the whitespace after the last one) has not arrived yet.
            return if buf.len() > MAX_HEADER {
                Err("ffmpeg wrote a malformed frame header".into())
            } else {
                Ok(None)
            };
        }
        fields.push(&buf[start..at]);
    }
    let number = |f: &[u8]| -> Option<u32> { std::str::from_utf8(f).ok()?.parse().ok() };
    match (fields[0], number(fields[1]), number(fields[2]), fields[3]) {
        (b"P6", Some(w), Some(h), b"255") if w > 0 && h > 0 && w <= 8192 && h <= 8192 => {
            // Exactly one whitespace byte ends the header.
            Ok(Some((w, h, at + 1)))
        }
        _ => Err("ffmpeg wrote a malformed frame header".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ppm(w: u32, h: u32, fill: u8) -> Vec<u8> {
        let mut v = format!("P6\n{w} {h}\n255\n").into_bytes();
        v.extend(std::iter::repeat_n(fill, (w * h * 3) as usize));
        v
    }

    #[test]
    fn ppm_stream_splits_frames_across_chunk_boundaries() {
        let mut all = ppm(3, 2, 7);
        all.extend(ppm(1, 1, 9));
        let mut s = PpmStream::default();
        let mut got = Vec::new();
        for byte in all {
            s.buf.push(byte);
            while let Some(f) = s.next_frame().unwrap() {
                got.push(f);
            }
        }
        assert_eq!(got, vec![(3, 2, vec![7; 18]), (1, 1, vec![9; 3])]);
        assert!(s.buf.is_empty());
    }

    #[test]
    fn malformed_headers_are_errors() {
        assert!(parse_header(b"P5\n2 2\n255\n").is_err());
        assert!(parse_header(b"P6\n2 2\n65535\n").is_err());
        assert!(parse_header(b"P6\n0 2\n255\n").is_err());
        assert!(parse_header(&[b'x'; 100]).is_err());
        assert_eq!(parse_header(b"P6\n2 2").unwrap(), None);
    }
}
