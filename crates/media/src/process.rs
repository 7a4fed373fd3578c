//! Running ffmpeg and ffprobe: no shell, a wall-clock limit, the stderr tail kept.

use std::ffi::OsString;
use std::path::Path;
use std::process::Stdio;
use std::time::Instant;

use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::process::Command;

use crate::{Limits, MediaError};

/// How much of stderr is kept for the failure reason.
const STDERR_TAIL_BYTES: usize = 4096;
/// More stdout than this (ffprobe JSON) is read and dropped; the JSON then fails to parse.
const STDOUT_MAX_BYTES: usize = 16 * 1024 * 1024;

/// Container formats accepted as a source for ffmpeg: ordinary video and audio files.
/// Demuxers that open other files or URLs (hls, dash, concat, ...) are absent on purpose.
pub(crate) const MEDIA_FORMATS: &str = "mov,matroska,webm,avi,mpegts,mpeg,flv,asf,ogg,ivf,\
gif,yuv4mpegpipe,mp3,aac,wav,flac,amr";

/// What ffprobe may open: the media formats plus single pictures, so that an image can be
/// recognised and rejected as `still_image` rather than as `not_media`.
pub(crate) const PROBE_FORMATS: &str = "mov,matroska,webm,avi,mpegts,mpeg,flv,asf,ogg,ivf,\
gif,yuv4mpegpipe,mp3,aac,wav,flac,amr,image2,png_pipe,jpeg_pipe,jpegls_pipe,webp_pipe,\
bmp_pipe,tiff_pipe,gif_pipe,qoi_pipe,ppm_pipe,pgm_pipe,pgmyuv_pipe,pbm_pipe,pam_pipe,\
j2k_pipe,psd_pipe,dpx_pipe,exr_pipe,svg_pipe,xpm_pipe,pcx_pipe,sgi_pipe,sunrast_pipe,\
photocd_pipe,pictor_pipe,qdraw_pipe,xbm_pipe,xwd_pipe,hdr_pipe";

/// A finished run (successful or not; the caller decides what a failure means).
pub(crate) struct Finished {
    pub success: bool,
    pub stdout: Vec<u8>,
    pub stderr_tail: String,
}

impl Finished {
    /// A short, useful line for the error message: the last non-empty stderr line.
    pub fn reason(&self) -> String {
        last_line(&self.stderr_tail)
    }

    pub fn into_failed(self, tool: &'static str) -> MediaError {
        MediaError::Failed {
            tool,
            message: self.reason(),
            stderr_tail: self.stderr_tail,
        }
    }
}

pub(crate) fn last_line(stderr: &str) -> String {
    let line = stderr
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("exited with an error and no message");
    let mut short: String = line.chars().take(300).collect();
    if short.len() < line.len() {
        short.push('…');
    }
    short
}

/// `file:<absolute path>`: an input or output URL that ffmpeg cannot read as anything else
/// (a name like `http:x` or `concat:a|b` stays a file name).
pub(crate) fn file_url(path: &Path) -> Result<OsString, MediaError> {
    let abs = std::path::absolute(path).map_err(|e| MediaError::io(path, e))?;
    let mut url = OsString::from("file:");
    url.push(abs.as_os_str());
    Ok(url)
}

/// The arguments that open one input file safely.
pub(crate) fn push_input(args: &mut Vec<OsString>, formats: &str, url: OsString) {
    args.extend(
        ["-protocol_whitelist", "file", "-format_whitelist", formats]
            .into_iter()
            .map(OsString::from),
    );
    args.push("-i".into());
    args.push(url);
}

/// `tool`, started through coreutils' `nice` when `niceness` is above 0 (`nice` execs
/// the tool, so the child is the tool itself and killing it stops the tool).
fn command(tool: &str, niceness: u8) -> Command {
    if niceness == 0 {
        return Command::new(tool);
    }
    let mut cmd = Command::new("nice");
    cmd.arg("-n").arg(niceness.min(19).to_string()).arg(tool);
    cmd
}

/// The common start of every ffmpeg command line.
pub(crate) fn ffmpeg_args(threads: u32) -> Vec<OsString> {
    let mut args: Vec<OsString> = ["-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
        .into_iter()
        .map(OsString::from)
        .collect();
    // Before the first input, this bounds the decoders' threads.
    args.push("-threads".into());
    args.push(threads.max(1).to_string().into());
    args
}

/// Runs `tool` with `args` (no shell), killing it after `limit`.
///
/// Returns `Ok` whether or not the tool succeeded; `Err` only for a timeout or when the
/// tool could not be started. If this future is dropped, the child is killed.
pub(crate) async fn run(
    tool: &'static str,
    args: &[OsString],
    cwd: Option<&Path>,
    limits: &Limits,
) -> Result<Finished, MediaError> {
    let limit = limits.time_limit;
    let mut cmd = command(tool, limits.niceness);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    tracing::debug!(tool, args = ?DisplayArgs(args), "running");
    let started = Instant::now();
    let mut child = cmd.spawn().map_err(|e| MediaError::io(tool, e))?;
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();

    let work = async {
        let (status, out, err) = tokio::join!(
            child.wait(),
            read_capped(stdout, STDOUT_MAX_BYTES),
            read_tail(stderr, STDERR_TAIL_BYTES),
        );
        (status, out, err)
    };
    let (status, stdout, stderr_tail) = match tokio::time::timeout(limit, work).await {
        Ok(done) => done,
        Err(_) => {
            // The wait future is gone; kill and reap so no process is left behind.
            let _ = child.kill().await;
            tracing::warn!(
                tool,
                secs = limit.as_secs_f64(),
                "stopped: time limit reached"
            );
            return Err(MediaError::TimedOut {
                tool,
                secs: limit.as_secs(),
            });
        }
    };
    let status = status.map_err(|e| MediaError::io(tool, e))?;
    tracing::debug!(
        tool,
        ?status,
        secs = started.elapsed().as_secs_f64(),
        "finished"
    );
    Ok(Finished {
        success: status.success(),
        stdout,
        stderr_tail,
    })
}

/// Runs `tool` like [`run`], but hands its stdout to `on_stdout` as it arrives instead of
/// keeping it (the returned `stdout` is empty). `on_stdout` returns `false` to stop early:
/// the process is then killed and the run counts as a success. The time limit covers the
/// whole run, callbacks included.
pub(crate) async fn run_streaming(
    tool: &'static str,
    args: &[OsString],
    limits: &Limits,
    mut on_stdout: impl FnMut(&[u8]) -> bool,
) -> Result<Finished, MediaError> {
    let limit = limits.time_limit;
    let mut cmd = command(tool, limits.niceness);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    tracing::debug!(tool, args = ?DisplayArgs(args), "running (streaming stdout)");
    let mut child = cmd.spawn().map_err(|e| MediaError::io(tool, e))?;
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();

    let work = async {
        let pump = async {
            let mut stopped = false;
            if let Some(mut out) = stdout {
                let mut buf = vec![0u8; 256 * 1024];
                loop {
                    match out.read(&mut buf).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            if !on_stdout(&buf[..n]) {
                                stopped = true;
                                break;
                            }
                        }
                    }
                }
            }
            stopped
        };
        let (stopped, err) = tokio::join!(pump, read_tail(stderr, STDERR_TAIL_BYTES));
        if stopped {
            let _ = child.kill().await;
        }
        (child.wait().await, stopped, err)
    };
    let (status, stopped, stderr_tail) = match tokio::time::timeout(limit, work).await {
        Ok(done) => done,
        Err(_) => {
            tracing::warn!(
                tool,
                secs = limit.as_secs_f64(),
                "stopped: time limit reached"
            );
            // Dropping `work` dropped the child, which kill_on_drop kills.
            return Err(MediaError::TimedOut {
                tool,
                secs: limit.as_secs(),
            });
        }
    };
    let status = status.map_err(|e| MediaError::io(tool, e))?;
    Ok(Finished {
        success: stopped || status.success(),
        stdout: Vec::new(),
        stderr_tail,
    })
}

async fn read_capped<R: AsyncRead + Unpin>(reader: Option<R>, cap: usize) -> Vec<u8> {
    let mut kept = Vec::new();
    let Some(mut reader) = reader else {
        return kept;
    };
    let mut buf = [0u8; 8192];
    loop {
        match reader.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                let room = cap.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
            }
        }
    }
    kept
}

/// Reads to the end, keeping only the last `cap` bytes, as (lossy) UTF-8.
async fn read_tail<R: AsyncRead + Unpin>(reader: Option<R>, cap: usize) -> String {
    let mut kept: Vec<u8> = Vec::with_capacity(cap * 2);
    if let Some(mut reader) = reader {
        let mut buf = [0u8; 4096];
        loop {
            match reader.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    kept.extend_from_slice(&buf[..n]);
                    if kept.len() > cap * 2 {
                        kept.drain(..kept.len() - cap);
                    }
                }
            }
        }
    }
    if kept.len() > cap {
        kept.drain(..kept.len() - cap);
    }
    String::from_utf8_lossy(&kept).into_owned()
}

/// Logs a command line readably without allocating unless the log level is on.
struct DisplayArgs<'a>(&'a [OsString]);

impl std::fmt::Debug for DisplayArgs<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let joined: Vec<_> = self.0.iter().map(|a| a.to_string_lossy()).collect();
        write!(f, "{}", joined.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_line_skips_blank_lines_and_truncates() {
        assert_eq!(last_line("a\nb: bad thing\n\n  \n"), "b: bad thing");
        assert_eq!(last_line(""), "exited with an error and no message");
        let long = "x".repeat(400);
        assert_eq!(last_line(&long).chars().count(), 301);
    }

    #[test]
    fn file_url_is_absolute_and_prefixed() {
        let url = file_url(Path::new("concat:a|b.mp4")).unwrap_or_default();
        let url = url.to_string_lossy();
        assert!(url.starts_with("file:/"), "{url}");
        assert!(url.ends_with("/concat:a|b.mp4"), "{url}");
    }

    #[tokio::test]
    async fn stderr_tail_keeps_the_end() {
        let data = vec![b'a'; 10_000]
            .into_iter()
            .chain(b"END".iter().copied())
            .collect::<Vec<u8>>();
        let tail = read_tail(Some(&data[..]), STDERR_TAIL_BYTES).await;
        assert_eq!(tail.len(), STDERR_TAIL_BYTES);
        assert!(tail.ends_with("END"));
    }
}
