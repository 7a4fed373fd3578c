//! The media crate against the real ffmpeg and ffprobe: generated clips, real hostile
//! files, real outputs read back with ffprobe.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;
use spool_media::{
    extract_sound, generate_clip, make_poster, master_playlist, plan_ladder, probe,
    transcode_renditions, write_atomic, AudioSource, Limits, MediaError, ProbeReport, Rendition,
    FIRST_SEGMENT_SECS, START_BUDGET_SECS, START_LINK_BPS,
};
use tokio::sync::OnceCell;

/// Clips shared by the tests, generated once per run.
struct Fixtures {
    /// 540x960, 3 s, a 220 Hz tone (pattern 0).
    main: PathBuf,
    /// 320x568, 2 s, no audio.
    silent: PathBuf,
    /// 1 s of a 990 Hz tone as an .m4a sound.
    sound: PathBuf,
}

static FIXTURES: OnceCell<Fixtures> = OnceCell::const_new();

async fn fixtures() -> &'static Fixtures {
    FIXTURES
        .get_or_init(|| async {
            let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("spool-media-fixtures");
            std::fs::create_dir_all(&dir).unwrap();
            let l = Limits::default();
            let main = dir.join("main.mp4");
            let silent = dir.join("silent.mp4");
            let tone = dir.join("tone.mp4");
            let sound = dir.join("sound.m4a");
            let (a, b, c) = tokio::join!(
                generate_clip(&main, 540, 960, 3.0, true, 0, &l),
                generate_clip(&silent, 320, 568, 2.0, false, 1, &l),
                generate_clip(&tone, 64, 64, 1.0, true, 7, &l),
            );
            a.unwrap();
            b.unwrap();
            c.unwrap();
            let tone_probe = probe(&tone, &l).await.unwrap();
            extract_sound(&tone, &tone_probe, &sound, &l).await.unwrap();
            Fixtures {
                main,
                silent,
                sound,
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

fn ffmpeg(args: &[&str]) {
    let out = Command::new("ffmpeg")
        .args(["-nostdin", "-hide_banner", "-loglevel", "error", "-y"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ffmpeg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn stream<'a>(json: &'a Value, kind: &str) -> Option<&'a Value> {
    json["streams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["codec_type"] == kind)
}

fn secs(v: &Value) -> f64 {
    v.as_str().unwrap().parse().unwrap()
}

fn rejection(result: Result<ProbeReport, MediaError>) -> (&'static str, String) {
    match result {
        Err(e @ MediaError::Rejected { .. }) => {
            assert!(e.is_permanent());
            let MediaError::Rejected { code, message } = e else {
                unreachable!()
            };
            (code, message)
        }
        other => panic!("expected a rejection, got {other:?}"),
    }
}

/// The dominant frequency of a file's audio, from zero crossings of its decoded samples.
fn tone_hz(path: &Path) -> (f64, f64) {
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
    let crossings = samples
        .windows(2)
        .filter(|w| (w[0] < 0) != (w[1] < 0))
        .count();
    let duration = samples.len() as f64 / 48_000.0;
    (crossings as f64 / 2.0 / duration, duration)
}

/// The avc1 codec string of the stream in an fMP4 init segment, read from its avcC box.
fn avc1_of(init: &Path) -> String {
    let bytes = std::fs::read(init).unwrap();
    let at = bytes.windows(4).position(|w| w == b"avcC").unwrap() + 4;
    let (profile, compat, level) = (bytes[at + 1], bytes[at + 2], bytes[at + 3]);
    format!("avc1.{profile:02x}{compat:02x}{level:02x}")
}

#[tokio::test]
async fn probe_reports_generated_clips() {
    let f = fixtures().await;
    let p = probe(&f.main, &Limits::default()).await.unwrap();
    assert_eq!((p.width, p.height), (540, 960));
    assert!((p.duration_secs - 3.0).abs() < 0.1, "{p:?}");
    assert_eq!(p.frame_rate, 30.0);
    assert_eq!(p.video_codec, "h264");
    assert!(p.has_audio);
    assert_eq!(p.audio_codec.as_deref(), Some("aac"));
    assert!(p.format_name.contains("mp4"), "{p:?}");

    let s = probe(&f.silent, &Limits::default()).await.unwrap();
    assert_eq!((s.width, s.height), (320, 568));
    assert!(!s.has_audio);
    assert_eq!(s.audio_codec, None);
}

#[tokio::test]
async fn probe_honours_rotation_metadata() {
    let f = fixtures().await;
    let dir = tempfile::tempdir().unwrap();
    let rotated = dir.path().join("rotated.mp4");
    ffmpeg(&[
        "-i",
        f.silent.to_str().unwrap(),
        "-c",
        "copy",
        "-metadata:s:v:0",
        "rotate=90",
        rotated.to_str().unwrap(),
    ]);
    let p = probe(&rotated, &Limits::default()).await.unwrap();
    assert_eq!((p.width, p.height), (568, 320));
    // The poster is upright too: ffmpeg applies the rotation while decoding.
    let poster = dir.path().join("poster.jpg");
    make_poster(&rotated, &p, None, &poster, &Limits::default())
        .await
        .unwrap();
    let json = ffprobe(&poster);
    let v = stream(&json, "video").unwrap();
    assert_eq!(
        (v["width"].as_u64(), v["height"].as_u64()),
        (Some(568), Some(320))
    );
    // So are the renditions, and they carry no rotation of their own.
    let ladder = plan_ladder(&p);
    let top = ladder.last().unwrap();
    assert_eq!((ladder[0].width, ladder[0].height), (426, 240));
    assert_eq!((top.width, top.height), (568, 320));
    let hls = dir.path().join("hls");
    transcode_renditions(
        &rotated,
        &p,
        std::slice::from_ref(top),
        AudioSource::None,
        &hls,
        &Limits::default(),
    )
    .await
    .unwrap();
    let json = ffprobe(&hls.join(&top.name).join("index.m3u8"));
    let v = stream(&json, "video").unwrap();
    assert_eq!(
        (v["width"].as_u64(), v["height"].as_u64()),
        (Some(568), Some(320))
    );
    assert!(v.get("side_data_list").is_none(), "{v}");
}

/// The `#EXTINF` durations of a rendition's playlist.
fn segment_durations(playlist: &Path) -> Vec<f64> {
    std::fs::read_to_string(playlist)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("#EXTINF:"))
        .map(|d| d.trim_end_matches(',').parse().unwrap())
        .collect()
}

#[tokio::test]
async fn the_first_segment_is_1_s_then_2_s_aligned_across_renditions() {
    let limits = Limits::default();
    let dir = tempfile::tempdir().unwrap();
    let clip = dir.path().join("nine.mp4");
    generate_clip(&clip, 144, 256, 9.0, true, 3, &limits)
        .await
        .unwrap();
    let p = probe(&clip, &limits).await.unwrap();
    let big = plan_ladder(&p).remove(0);
    let small = Rendition {
        name: "small".into(),
        width: 96,
        height: 170,
        ..big.clone()
    };
    let hls = dir.path().join("hls");
    transcode_renditions(
        &clip,
        &p,
        &[small.clone(), big.clone()],
        AudioSource::Original,
        &hls,
        &limits,
    )
    .await
    .unwrap();
    let durations = segment_durations(&hls.join(&big.name).join("index.m3u8"));
    // 1 s, then 2 s segments: 1 + 2 + 2 + 2 + 2 = 9.
    assert_eq!(durations.len(), 5, "{durations:?}");
    assert!(
        (durations[0] - f64::from(FIRST_SEGMENT_SECS)).abs() < 0.05,
        "{durations:?}"
    );
    assert!(
        durations[1..].iter().all(|d| (d - 2.0).abs() < 0.05),
        "{durations:?}"
    );
    assert!(
        (durations.iter().sum::<f64>() - 9.0).abs() < 0.1,
        "{durations:?}"
    );
    let text = std::fs::read_to_string(hls.join(&big.name).join("index.m3u8")).unwrap();
    assert!(text.contains("#EXT-X-TARGETDURATION:2\n"), "{text}");
    // The same cuts in every rendition, also in one encoded by a later run (the starter
    // rung and the rest of the ladder are encoded by separate jobs).
    let later = Rendition {
        name: "later".into(),
        width: 120,
        height: 212,
        ..big.clone()
    };
    transcode_renditions(
        &clip,
        &p,
        std::slice::from_ref(&later),
        AudioSource::Original,
        &hls,
        &limits,
    )
    .await
    .unwrap();
    for name in ["small", "later"] {
        assert_eq!(
            segment_durations(&hls.join(name).join("index.m3u8")),
            durations,
            "{name}"
        );
    }
}

/// The first rendition of a detailed, moving picture (a Mandelbrot zoom) starts fast: its
/// init segment and first segment fit in half a second of a 1.5 Mbit/s link.
#[tokio::test]
async fn the_first_rendition_starts_within_half_a_second_at_1_5_mbit() {
    let limits = Limits::default();
    let dir = tempfile::tempdir().unwrap();
    let clip = dir.path().join("zoom.mp4");
    // Pattern 2 is lavfi's mandelbrot.
    generate_clip(&clip, 540, 960, 3.0, true, 2, &limits)
        .await
        .unwrap();
    let p = probe(&clip, &limits).await.unwrap();
    let ladder = plan_ladder(&p);
    let first = &ladder[0];
    assert_eq!(
        (first.name.as_str(), first.width, first.height),
        ("240p", 240, 426)
    );
    let hls = dir.path().join("hls");
    transcode_renditions(
        &clip,
        &p,
        std::slice::from_ref(first),
        AudioSource::Original,
        &hls,
        &limits,
    )
    .await
    .unwrap();
    let dir = hls.join(&first.name);
    let bytes = std::fs::metadata(dir.join("init.mp4")).unwrap().len()
        + std::fs::metadata(dir.join("seg_00000.m4s")).unwrap().len();
    let budget = START_LINK_BPS as f64 * START_BUDGET_SECS / 8.0;
    eprintln!("init + first segment of the starter: {bytes} bytes (budget {budget} bytes)");
    assert!((bytes as f64) <= budget, "{bytes} bytes > {budget}");
    // The master playlist lists it first: players start on the first variant.
    let master = master_playlist(&ladder, p.frame_rate);
    let first_uri = master.lines().find(|l| !l.starts_with('#')).unwrap();
    assert_eq!(first_uri, "240p/index.m3u8");
}

#[tokio::test]
async fn transcode_two_renditions_then_skip_what_exists() {
    let f = fixtures().await;
    let limits = Limits::default();
    let p = probe(&f.main, &limits).await.unwrap();
    let ladder = plan_ladder(&p);
    let sizes: Vec<_> = ladder
        .iter()
        .map(|r| (r.name.as_str(), r.width, r.height))
        .collect();
    assert_eq!(
        sizes,
        [("240p", 240, 426), ("360p", 360, 640), ("540p", 540, 960)]
    );

    let out = tempfile::tempdir().unwrap();
    let hls = out.path().join("hls");
    let started = Instant::now();
    transcode_renditions(&f.main, &p, &ladder, AudioSource::Original, &hls, &limits)
        .await
        .unwrap();
    eprintln!("three renditions of 3 s in {:?}", started.elapsed());

    for r in &ladder {
        let dir = hls.join(&r.name);
        for file in ["index.m3u8", "init.mp4", "seg_00000.m4s"] {
            assert!(dir.join(file).is_file(), "{}/{file}", r.name);
        }
        let playlist = std::fs::read_to_string(dir.join("index.m3u8")).unwrap();
        assert!(playlist.contains("#EXT-X-PLAYLIST-TYPE:VOD"), "{playlist}");
        assert!(
            playlist.contains("#EXT-X-MAP:URI=\"init.mp4\""),
            "{playlist}"
        );
        assert!(playlist.contains("#EXT-X-ENDLIST"), "{playlist}");

        let json = ffprobe(&dir.join("index.m3u8"));
        let duration = secs(&json["format"]["duration"]);
        assert!((duration - p.duration_secs).abs() <= 4.0, "{duration}");
        let v = stream(&json, "video").unwrap();
        assert_eq!(v["codec_name"], "h264");
        assert_eq!(
            (v["width"].as_u64(), v["height"].as_u64()),
            (Some(u64::from(r.width)), Some(u64::from(r.height)))
        );
        let a = stream(&json, "audio").unwrap();
        assert_eq!(a["codec_name"], "aac");
        assert_eq!(a["sample_rate"], "48000");
        assert_eq!(a["channels"], 2);
        // CODECS in the master playlist is what the stream really is.
        assert_eq!(
            r.codecs,
            format!("{},mp4a.40.2", avc1_of(&dir.join("init.mp4")))
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(&hls)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let master = master_playlist(&ladder, p.frame_rate);
    write_atomic(&hls.join("master.m3u8"), master.as_bytes())
        .await
        .unwrap();
    let text = std::fs::read_to_string(hls.join("master.m3u8")).unwrap();
    assert!(
        text.contains("RESOLUTION=240x426") && text.contains("240p/index.m3u8"),
        "{text}"
    );
    assert!(
        text.contains("RESOLUTION=360x640") && text.contains("360p/index.m3u8"),
        "{text}"
    );
    assert!(
        text.contains("RESOLUTION=540x960") && text.contains("540p/index.m3u8"),
        "{text}"
    );
    let master_json = ffprobe(&hls.join("master.m3u8"));
    assert_eq!(master_json["format"]["format_name"], "hls");

    // Again: nothing to do, nothing touched.
    let mtime = |name: &str| {
        std::fs::metadata(hls.join(name).join("index.m3u8"))
            .unwrap()
            .modified()
            .unwrap()
    };
    let before = (mtime("360p"), mtime("540p"));
    transcode_renditions(&f.main, &p, &ladder, AudioSource::Original, &hls, &limits)
        .await
        .unwrap();
    assert_eq!((mtime("360p"), mtime("540p")), before);

    // A crash mid-way left a temporary folder and no 540p: it is cleared and redone.
    std::fs::remove_dir_all(hls.join("540p")).unwrap();
    std::fs::create_dir(hls.join(".540p.tmp")).unwrap();
    std::fs::write(hls.join(".540p.tmp").join("seg_00007.m4s"), b"junk").unwrap();
    transcode_renditions(&f.main, &p, &ladder, AudioSource::Original, &hls, &limits)
        .await
        .unwrap();
    assert_eq!(mtime("360p"), before.0);
    assert!(hls.join("540p").join("seg_00000.m4s").is_file());
    assert!(!hls.join("540p").join("seg_00007.m4s").exists());
    assert!(!hls.join(".540p.tmp").exists());
}

#[tokio::test]
async fn a_sound_replaces_the_audio_looped_to_the_video_length() {
    let f = fixtures().await;
    let limits = Limits::default();
    let p = probe(&f.silent, &limits).await.unwrap();
    let audio = AudioSource::Sound(&f.sound);
    let ladder: Vec<_> = plan_ladder(&p)
        .into_iter()
        .map(|r| r.with_audio(audio.output_has_audio(&p)))
        .collect();
    assert_eq!(
        ladder.len(),
        2,
        "the 240p starter and the clip's own 320x568"
    );
    assert!(ladder[0].codecs.ends_with(",mp4a.40.2"), "{ladder:?}");

    let out = tempfile::tempdir().unwrap();
    transcode_renditions(&f.silent, &p, &ladder, audio, out.path(), &limits)
        .await
        .unwrap();
    let index = out.path().join(&ladder[0].name).join("index.m3u8");
    let (hz, duration) = tone_hz(&index);
    // The 1 s sound (990 Hz) is looped to fill the 2 s clip.
    assert!((hz - 990.0).abs() < 30.0, "{hz} Hz");
    assert!((duration - 2.0).abs() < 0.15, "{duration} s");

    // The clip's own audio (220 Hz) when asked for the original.
    let main = probe(&f.main, &limits).await.unwrap();
    let first = plan_ladder(&main).remove(0);
    let out2 = tempfile::tempdir().unwrap();
    transcode_renditions(
        &f.main,
        &main,
        std::slice::from_ref(&first),
        AudioSource::Original,
        out2.path(),
        &limits,
    )
    .await
    .unwrap();
    let (hz, _) = tone_hz(&out2.path().join(&first.name).join("index.m3u8"));
    assert!((hz - 220.0).abs() < 15.0, "{hz} Hz");
}

#[tokio::test]
async fn a_muted_output_has_no_audio_track() {
    let f = fixtures().await;
    let limits = Limits::default();
    let p = probe(&f.silent, &limits).await.unwrap();
    let ladder = plan_ladder(&p);
    assert!(!ladder[0].codecs.contains("mp4a"));
    let out = tempfile::tempdir().unwrap();
    transcode_renditions(
        &f.silent,
        &p,
        &ladder,
        AudioSource::None,
        out.path(),
        &limits,
    )
    .await
    .unwrap();
    let json = ffprobe(&out.path().join(&ladder[0].name).join("index.m3u8"));
    assert!(stream(&json, "audio").is_none());
    assert_eq!(
        ladder[0].codecs,
        avc1_of(&out.path().join(&ladder[0].name).join("init.mp4"))
    );
}

#[tokio::test]
async fn poster_is_a_jpeg() {
    let f = fixtures().await;
    let p = probe(&f.main, &Limits::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let poster = dir.path().join("poster.jpg");
    make_poster(&f.main, &p, None, &poster, &Limits::default())
        .await
        .unwrap();
    let bytes = std::fs::read(&poster).unwrap();
    assert_eq!(&bytes[..3], &[0xFF, 0xD8, 0xFF]);
    assert_eq!(&bytes[bytes.len() - 2..], &[0xFF, 0xD9]);
    let json = ffprobe(&poster);
    let v = stream(&json, "video").unwrap();
    assert_eq!(v["codec_name"], "mjpeg");
    assert_eq!(
        (v["width"].as_u64(), v["height"].as_u64()),
        (Some(360), Some(640))
    );
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file is left");
}

#[tokio::test]
async fn extract_sound_gives_an_m4a_or_none() {
    let f = fixtures().await;
    let limits = Limits::default();
    let dir = tempfile::tempdir().unwrap();
    let p = probe(&f.main, &limits).await.unwrap();
    let out = dir.path().join("sound.m4a");
    let secs_out = extract_sound(&f.main, &p, &out, &limits)
        .await
        .unwrap()
        .unwrap();
    assert!((secs_out - 3.0).abs() < 0.1, "{secs_out}");
    let json = ffprobe(&out);
    assert!(json["format"]["format_name"]
        .as_str()
        .unwrap()
        .contains("m4a"));
    assert!(stream(&json, "video").is_none());
    let a = stream(&json, "audio").unwrap();
    assert_eq!(a["codec_name"], "aac");
    assert_eq!(a["sample_rate"], "48000");
    assert_eq!(a["channels"], 2);

    let s = probe(&f.silent, &limits).await.unwrap();
    let none = dir.path().join("none.m4a");
    assert_eq!(
        extract_sound(&f.silent, &s, &none, &limits).await.unwrap(),
        None
    );
    assert!(!none.exists());
}

/// Every rejection code, each with a real file of that kind.
#[tokio::test]
async fn hostile_and_unacceptable_files_are_rejected() {
    let f = fixtures().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let path = |name: &str| d.join(name);
    let write = |name: &str, bytes: &[u8]| std::fs::write(d.join(name), bytes).unwrap();
    let main_bytes = std::fs::read(&f.main).unwrap();

    write("empty.mp4", b"");
    write(
        "text.mp4",
        "Not a video, just text.\n".repeat(50).as_bytes(),
    );
    write("half.mp4", &main_bytes[..main_bytes.len() / 2]);
    write("head.mp4", &main_bytes[..1000]);
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let garbage: Vec<u8> = (0..65_536)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    write("garbage.mp4", &garbage);
    // The classic ffmpeg file-read attacks: a playlist or a concat script named .mp4.
    write(
        "playlist.mp4",
        b"#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\n/etc/passwd\n#EXT-X-ENDLIST\n",
    );
    let concat = format!("ffconcat version 1.0\nfile '{}'\n", f.main.display());
    write("concat.mp4", concat.as_bytes());
    let make = |args: &str, out: &str| {
        let mut all: Vec<&str> = args.split_whitespace().collect();
        let out = path(out);
        all.push(out.to_str().unwrap());
        ffmpeg(&all);
    };
    make("-f lavfi -i testsrc2=size=64x64 -frames:v 1", "still.png");
    make("-f lavfi -i testsrc2=size=64x64 -frames:v 1", "still.jpg");
    make("-f lavfi -i sine=duration=2 -c:a aac", "audio.m4a");
    generate_clip(
        &path("short.mp4"),
        64,
        64,
        0.5,
        false,
        0,
        &Limits::default(),
    )
    .await
    .unwrap();
    // A real 30-minute clip, made in a moment: 16x16 at 1 fps.
    let started = Instant::now();
    make(
        "-f lavfi -i color=c=black:s=16x16:r=1 -t 1800 -c:v libx264 -preset ultrafast",
        "long.mp4",
    );
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    // Headers claiming enormous pictures, with next to no data behind them.
    let y4m = |w: u32, h: u32| {
        let mut b = format!("YUV4MPEG2 W{w} H{h} F25:1 Ip A1:1 C420jpeg\nFRAME\n").into_bytes();
        b.extend([0u8; 1000]);
        b
    };
    write("huge.y4m", &y4m(20000, 20000));
    write("wide.y4m", &y4m(20000, 1000));
    // A video stream whose codec nobody knows: the avc1 sample entry renamed.
    let mut unknown = main_bytes.clone();
    let stsd = unknown.windows(4).position(|w| w == b"stsd").unwrap();
    let avc1 = stsd
        + unknown[stsd..]
            .windows(4)
            .position(|w| w == b"avc1")
            .unwrap();
    unknown[avc1..avc1 + 4].copy_from_slice(b"zzzz");
    write("unknown.mp4", &unknown);

    let default = Limits::default();
    let max2s = Limits {
        max_duration_secs: 2.0,
        ..Limits::default()
    };
    #[rustfmt::skip]
    let cases: &[(&str, PathBuf, &Limits, &str)] = &[
        ("zero bytes", path("empty.mp4"), &default, "empty_file"),
        ("text named .mp4", path("text.mp4"), &default, "not_media"),
        ("first half of an mp4 (moov first)", path("half.mp4"), &default, "not_media"),
        ("first 1000 bytes of an mp4 (moov cut)", path("head.mp4"), &default, "not_media"),
        ("random bytes", path("garbage.mp4"), &default, "not_media"),
        ("HLS playlist named .mp4", path("playlist.mp4"), &default, "not_media"),
        ("concat script named .mp4", path("concat.mp4"), &default, "not_media"),
        ("PNG picture", path("still.png"), &default, "still_image"),
        ("JPEG picture", path("still.jpg"), &default, "still_image"),
        ("audio only", path("audio.m4a"), &default, "no_video_stream"),
        ("half a second", path("short.mp4"), &default, "too_short"),
        ("3 s over a 2 s limit", f.main.clone(), &max2s, "too_long"),
        ("30 minutes", path("long.mp4"), &default, "too_long"),
        ("header claiming 20000x20000", path("huge.y4m"), &default, "too_large"),
        ("header claiming 20000x1000", path("wide.y4m"), &default, "too_large"),
        ("unknown video codec", path("unknown.mp4"), &default, "unsupported_codec"),
    ];
    let mut wrong = Vec::new();
    for (what, file, limits, expected) in cases {
        let (code, message) = rejection(probe(file, limits).await);
        eprintln!("{what}: {code}: {message}");
        assert!(!message.is_empty());
        let leaks = message.contains(d.to_str().unwrap());
        assert!(!leaks, "the message shows a server path: {message}");
        if code != *expected {
            wrong.push(format!(
                "{what}: expected {expected}, got {code} ({message})"
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[tokio::test]
async fn a_missing_file_is_an_io_error_not_a_rejection() {
    let dir = tempfile::tempdir().unwrap();
    match probe(&dir.path().join("nope.mp4"), &Limits::default()).await {
        Err(e @ MediaError::Io { .. }) => assert!(!e.is_permanent()),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn runs_past_the_time_limit_are_killed_and_leave_nothing() {
    let f = fixtures().await;
    let tight = Limits {
        time_limit: Duration::from_millis(200),
        ..Limits::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    match generate_clip(
        &dir.path().join("long.mp4"),
        640,
        360,
        60.0,
        true,
        0,
        &tight,
    )
    .await
    {
        Err(e @ MediaError::TimedOut { .. }) => assert!(!e.is_permanent()),
        other => panic!("{other:?}"),
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    let p = probe(&f.main, &Limits::default()).await.unwrap();
    let hls = dir.path().join("hls");
    match transcode_renditions(
        &f.main,
        &p,
        &plan_ladder(&p),
        AudioSource::Original,
        &hls,
        &tight,
    )
    .await
    {
        Err(MediaError::TimedOut { tool, .. }) => assert_eq!(tool, "ffmpeg"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        std::fs::read_dir(&hls).unwrap().count(),
        0,
        "no rendition and no tmp folder"
    );
}

#[tokio::test]
async fn an_ffmpeg_failure_is_retryable_and_keeps_stderr() {
    let f = fixtures().await;
    let limits = Limits::default();
    let p = probe(&f.silent, &limits).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let not_a_sound = dir.path().join("sound.m4a");
    std::fs::write(&not_a_sound, "not audio").unwrap();
    let hls = dir.path().join("hls");
    let err = transcode_renditions(
        &f.silent,
        &p,
        &plan_ladder(&p),
        AudioSource::Sound(&not_a_sound),
        &hls,
        &limits,
    )
    .await
    .unwrap_err();
    assert!(!err.is_permanent());
    match err {
        MediaError::Failed {
            tool,
            message,
            stderr_tail,
        } => {
            assert_eq!(tool, "ffmpeg");
            assert!(!message.is_empty());
            assert!(stderr_tail.contains("sound.m4a"), "{stderr_tail}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(std::fs::read_dir(&hls).unwrap().count(), 0);
}
