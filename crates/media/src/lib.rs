//! Spool's media work: turning an uploaded clip into an HLS ladder.
//!
//! This crate probes an upload with `ffprobe` and decides whether it is an acceptable
//! video ([`probe`]), plans the renditions to encode ([`plan_ladder`]), encodes them into
//! HLS with fMP4 segments ([`transcode_renditions`]), writes the master playlist text
//! ([`master_playlist`], [`write_atomic`]), and makes the poster and the reusable sound
//! of a clip ([`make_poster`], [`extract_sound`]). Duets and stitches are composed into one
//! intermediate MP4 ([`compose_duet`], [`compose_stitch`]) that then goes through the same
//! steps as an upload. [`sample_frames`] decodes frames as raw RGB for perceptual
//! fingerprints. [`generate_clip`] makes test footage.
//!
//! **Architecture Invariant:** the media crate never touches a database and knows
//! nothing of HTTP. It reads the files it is given and writes into the folders it is
//! given; the caller decides where those are and records what happened.
//!
//! # Key decisions
//!
//! * **ffmpeg and ffprobe run as child processes, never through a shell.** Arguments are
//!   passed as a list, so no file name is ever interpreted by a shell. Every input is
//!   opened as `file:<absolute path>` behind `-protocol_whitelist file` and a
//!   `-format_whitelist` of ordinary container formats, so a hostile upload (an HLS
//!   playlist or a concat script named `.mp4`) cannot make ffmpeg read other files or the
//!   network. Each run has `-threads` bounded by [`Limits::ffmpeg_threads`] and a
//!   wall-clock limit ([`Limits::time_limit`]) after which the process is killed; the
//!   process is also killed if the future running it is dropped. The last 4 KiB of
//!   stderr are kept as the failure reason ([`MediaError::Failed`]).
//! * **Nothing half-written is ever visible.** Every output is written into a temporary
//!   file or folder beside its final place, flushed to disk, and renamed into place only
//!   when ffmpeg succeeded. A rendition folder that exists is therefore complete, which
//!   makes [`transcode_renditions`] idempotent: it skips renditions already present.
//! * **The first seconds are made for starting fast.** The ladder's first rung is a 240p
//!   starter whose init and ~1 s first segment ([`FIRST_SEGMENT_SECS`]) arrive within half
//!   a second on a 1.5 Mbit/s link ([`START_LINK_BPS`], [`START_BUDGET_SECS`]); every
//!   rendition has keyframes at 0 s, 1 s and every 2 s after, so its segments (1 s, then
//!   2 s) are cut at the same instants whichever run encoded it, and a player can switch
//!   from the starter to a bigger rung at any segment.
//! * **Rejections are separate from failures.** [`MediaError::Rejected`] means the upload
//!   is not an acceptable video and carries a stable machine-readable code; anything that
//!   goes wrong after a file passed the probe is [`MediaError::Failed`] or
//!   [`MediaError::TimedOut`] and may be worth a retry ([`MediaError::is_permanent`]).

mod compose;
mod frames;
mod fsutil;
mod generate;
mod ladder;
mod photo;
mod probe;
mod process;
mod stills;
mod transcode;

use std::path::PathBuf;
use std::time::Duration;

pub use compose::{compose_duet, compose_stitch, with_sound, STITCH_MAX_SECS};
pub use frames::{for_each_frame, sample_frames, RgbFrame, MAX_SAMPLED_FRAMES};
pub use fsutil::write_atomic;
pub use generate::generate_clip;
pub use ladder::{
    master_playlist, plan_ladder, subtitle_playlist, with_subtitles, Rendition, SubtitleTrack,
    START_BUDGET_SECS, START_LINK_BPS,
};
pub use photo::{
    photo_format, profile_photo, Crop, PhotoError, ProfilePhoto, PHOTO_MAX_BYTES, PHOTO_SIZES,
};
pub use probe::{probe, ProbeReport};
pub use stills::{extract_sound, make_poster};
pub use transcode::{transcode_renditions, AudioSource, FIRST_SEGMENT_SECS};

/// Bounds on what one clip may cost and what an acceptable clip looks like.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Threads per ffmpeg run (decoder, filters and each encoder). Default 2.
    pub ffmpeg_threads: u32,
    /// Wall-clock limit for one ffmpeg or ffprobe run; the process is killed after it.
    /// Default 600 s.
    pub time_limit: Duration,
    /// Shortest acceptable clip, in seconds. Default 1.0.
    pub min_duration_secs: f64,
    /// Longest acceptable clip, in seconds. Default 600.0.
    pub max_duration_secs: f64,
    /// Largest acceptable width or height (as displayed), in pixels. Default 4096.
    pub max_side: u32,
    /// Scheduling niceness of the ffmpeg and ffprobe processes (0–19, higher yields the
    /// CPU to others): work that can wait (the rest of a ladder) runs niced, so a
    /// new upload's first rendition gets the cores first. Default 0.
    pub niceness: u8,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            ffmpeg_threads: 2,
            time_limit: Duration::from_secs(600),
            min_duration_secs: 1.0,
            max_duration_secs: 600.0,
            max_side: 4096,
            niceness: 0,
        }
    }
}

/// What went wrong with a media operation.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    /// The input is not an acceptable video; `code` is a stable machine-readable reason:
    /// `empty_file`, `not_media`, `no_video_stream`, `still_image`, `too_short`,
    /// `too_long`, `too_large` or `unsupported_codec`.
    #[error("{message}")]
    Rejected { code: &'static str, message: String },
    /// ffmpeg/ffprobe failed on an input that passed the probe (may be worth a retry).
    #[error("{tool} failed: {message}")]
    Failed {
        tool: &'static str,
        message: String,
        stderr_tail: String,
    },
    /// The run took longer than [`Limits::time_limit`] and was killed.
    #[error("{tool} ran longer than {secs} s and was stopped")]
    TimedOut { tool: &'static str, secs: u64 },
    /// Reading or writing a file or folder failed.
    #[error("I/O error on {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl MediaError {
    /// Whether retrying cannot help: true for a rejected input, false otherwise.
    pub fn is_permanent(&self) -> bool {
        matches!(self, MediaError::Rejected { .. })
    }

    pub(crate) fn rejected(code: &'static str, message: impl Into<String>) -> Self {
        MediaError::Rejected {
            code,
            message: message.into(),
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        MediaError::Io {
            path: path.into(),
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rejections_are_permanent() {
        assert!(MediaError::rejected("not_media", "x").is_permanent());
        let failed = MediaError::Failed {
            tool: "ffmpeg",
            message: "x".into(),
            stderr_tail: String::new(),
        };
        assert!(!failed.is_permanent());
        assert!(!MediaError::TimedOut {
            tool: "ffmpeg",
            secs: 1
        }
        .is_permanent());
        assert!(!MediaError::io("/x", std::io::Error::other("x")).is_permanent());
    }

    #[test]
    fn default_limits() {
        let l = Limits::default();
        assert_eq!(l.ffmpeg_threads, 2);
        assert_eq!(l.time_limit, Duration::from_secs(600));
        assert_eq!(l.min_duration_secs, 1.0);
        assert_eq!(l.max_duration_secs, 600.0);
        assert_eq!(l.max_side, 4096);
    }
}
