//! The HLS ladder: which renditions to encode, their bit rates and H.264 levels, and the
//! master playlist that lists them.
//!
//! The first rung is the *starter*: 240p at a rate whose first segment (~1 s, see
//! [`crate::transcode_renditions`]) arrives in well under a second on a 1.5 Mbit/s link. It
//! is what the transcode job publishes first and what a player starts on (the master
//! playlist lists it first); the player moves up the ladder once it has measured the
//! line.

use std::fmt::Write as _;

use crate::ProbeReport;

/// One rung of the ladder: a size and bit rate to encode the clip at.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Rendition {
    /// `"360p"`, `"540p"`, `"720p"`, `"1080p"`: named by the short side. Also the name of
    /// the rendition's folder, so it is only ever ASCII letters, digits, `_` or `-`.
    pub name: String,
    /// Even, keeping the source's aspect ratio (portrait stays portrait).
    pub width: u32,
    pub height: u32,
    /// Target (average) video bit rate; the encoder's peak is 1.5 times this.
    pub video_bitrate_kbps: u32,
    /// AAC bit rate; 0 when the output has no audio.
    pub audio_bitrate_kbps: u32,
    /// Bits/s for `EXT-X-STREAM-INF` `BANDWIDTH`: video peak + audio, plus 10% for the
    /// container.
    pub bandwidth: u64,
    /// RFC 6381 codecs, e.g. `avc1.64001f,mp4a.40.2` (no `mp4a` part without audio). The
    /// avc1 level is the one passed to x264 with `-level`, so it matches the stream.
    pub codecs: String,
}

/// Short sides of the ladder, with their video bit rate for a 16:9 (or 9:16) picture and
/// their AAC bit rate. The first is the starter rung.
const TIERS: &[(u32, u32, u32)] = &[
    (240, 350, 96),
    (360, 800, 96),
    (540, 1400, 128),
    (720, 2500, 128),
    (1080, 4500, 128),
];
/// The smallest full-quality rung: a source smaller than this on its short side gets a
/// rendition at its own size too (its only one when it is smaller than the starter).
const FULL_QUALITY_SHORT_SIDE: u32 = 360;
/// Audio bit rate of renditions at a source's own size below the full-quality rungs.
const SMALL_AUDIO_KBPS: u32 = 96;
const MIN_VIDEO_KBPS: u32 = 150;

/// What the first rendition is made for: its first segment, at the encoder's peak rate,
/// arrives within [`START_BUDGET_SECS`] on a link of [`START_LINK_BPS`].
pub const START_LINK_BPS: u64 = 1_500_000;
/// See [`START_LINK_BPS`].
pub const START_BUDGET_SECS: f64 = 0.5;
/// The first rendition's video bit rate at most: with 96 kbps of audio, its `BANDWIDTH`
/// ((1.5 × 380 + 96) × 1.1 = 733 kbit/s) times the 1 s first segment stays within the
/// budget above (a unit test keeps it so).
const START_MAX_VIDEO_KBPS: u32 = 380;

/// Peak (VBV max rate): 1.5 times the target bit rate.
pub(crate) fn maxrate_kbps(video_kbps: u32) -> u32 {
    video_kbps.saturating_mul(3) / 2
}

/// VBV buffer: two seconds' worth of the target bit rate.
pub(crate) fn bufsize_kbps(video_kbps: u32) -> u32 {
    video_kbps.saturating_mul(2)
}

/// Output frame rate: the source's, except unknown rates become 30 and rates above 60
/// become 60 (the transcoder applies the same rule with an `fps` filter).
pub(crate) fn output_frame_rate(source_fps: f64) -> f64 {
    if !source_fps.is_finite() || source_fps <= 0.0 {
        30.0
    } else if source_fps > 60.0 {
        60.0
    } else {
        source_fps
    }
}

/// Short sides 240 (the starter), 360, 540, 720, 1080 that do not exceed the source's short
/// side; never upscale. A source smaller than 360 on its short side also gets a rendition
/// at its own (even-rounded) size, its only one when it is smaller than 240. Sorted
/// smallest first; the first one's rate is capped so that it starts fast (see
/// [`START_LINK_BPS`]).
///
/// The renditions carry audio (`mp4a` in `codecs`, an audio bit rate) when the probe found
/// audio; when the output's audio differs (see [`crate::AudioSource::output_has_audio`]),
/// adjust them with [`Rendition::with_audio`].
pub fn plan_ladder(probe: &ProbeReport) -> Vec<Rendition> {
    let (w, h) = (probe.width.max(2), probe.height.max(2));
    let short = w.min(h);
    let long = w.max(h);
    let fps = output_frame_rate(probe.frame_rate);
    let landscape = w >= h;

    let mut out: Vec<Rendition> = TIERS
        .iter()
        .filter(|(tier, _, _)| *tier <= short)
        .map(|&(tier, ref_kbps, audio_kbps)| {
            let scaled_long = even(f64::from(tier) * f64::from(long) / f64::from(short))
                .min(even_down(long))
                .max(tier);
            let (rw, rh) = if landscape {
                (scaled_long, tier)
            } else {
                (tier, scaled_long)
            };
            // Same bits per pixel as the 16:9 reference, within reason.
            let reference = f64::from(tier) * f64::from(tier) * 16.0 / 9.0;
            let factor = (f64::from(rw) * f64::from(rh) / reference).clamp(0.5, 1.5);
            let video = round10(f64::from(ref_kbps) * factor);
            build(format!("{tier}p"), rw, rh, video, audio_kbps, fps)
        })
        .collect();

    if short < FULL_QUALITY_SHORT_SIDE {
        // The source's own size, at the 360p rung's bits per pixel: a 640x272 clip is not
        // cut down to the 240p starter.
        let (rw, rh) = (even_down(w), even_down(h));
        let name = format!("{}p", rw.min(rh));
        if out.iter().all(|r| r.name != name) {
            let reference = 640.0 * 360.0;
            let video =
                round10(800.0 * f64::from(rw) * f64::from(rh) / reference).max(MIN_VIDEO_KBPS);
            out.push(build(name, rw, rh, video, SMALL_AUDIO_KBPS, fps));
        }
    }
    if let Some(first) = out.first_mut() {
        if first.video_bitrate_kbps > START_MAX_VIDEO_KBPS {
            *first = build(
                std::mem::take(&mut first.name),
                first.width,
                first.height,
                START_MAX_VIDEO_KBPS,
                first.audio_bitrate_kbps,
                fps,
            );
        }
    }
    if !probe.has_audio {
        out = out.into_iter().map(|r| r.with_audio(false)).collect();
    }
    out
}

impl Rendition {
    /// The same rendition with or without an audio track: the audio bit rate, `BANDWIDTH`
    /// and `CODECS` follow. Use it when the output's audio is not the probe's (a silent
    /// clip given a sound, or a clip muted on purpose).
    pub fn with_audio(self, audio: bool) -> Rendition {
        let audio_kbps = if audio { default_audio_kbps(&self) } else { 0 };
        let avc1 = self
            .codecs
            .split(',')
            .find(|c| c.starts_with("avc1"))
            .unwrap_or("avc1.640028")
            .to_owned();
        Rendition {
            audio_bitrate_kbps: audio_kbps,
            bandwidth: peak_bandwidth(self.video_bitrate_kbps, audio_kbps),
            codecs: codecs(&avc1, audio),
            ..self
        }
    }

    /// The level_idc in `codecs` (e.g. 31 for `avc1.64001f`), if it parses.
    pub(crate) fn level_idc(&self) -> Option<u8> {
        let avc1 = self.codecs.split(',').find(|c| c.starts_with("avc1."))?;
        let hex = avc1.get(9..11)?;
        u8::from_str_radix(hex, 16).ok()
    }

    /// AVERAGE-BANDWIDTH: target video + audio, plus 10% for the container.
    fn average_bandwidth(&self) -> u64 {
        with_overhead(u64::from(self.video_bitrate_kbps) + u64::from(self.audio_bitrate_kbps))
    }
}

pub(crate) fn default_audio_kbps(r: &Rendition) -> u32 {
    if r.audio_bitrate_kbps > 0 {
        return r.audio_bitrate_kbps;
    }
    let short = r.width.min(r.height);
    TIERS
        .iter()
        .rev()
        .find(|(tier, _, _)| *tier <= short)
        .map_or(SMALL_AUDIO_KBPS, |(_, _, a)| *a)
}

fn build(name: String, width: u32, height: u32, video: u32, audio: u32, fps: f64) -> Rendition {
    let level = h264_level(width, height, fps, maxrate_kbps(video), bufsize_kbps(video));
    Rendition {
        name,
        width,
        height,
        video_bitrate_kbps: video,
        audio_bitrate_kbps: audio,
        bandwidth: peak_bandwidth(video, audio),
        codecs: codecs(&format!("avc1.6400{level:02x}"), true),
    }
}

fn codecs(avc1: &str, audio: bool) -> String {
    if audio {
        format!("{avc1},mp4a.40.2")
    } else {
        avc1.to_owned()
    }
}

fn peak_bandwidth(video_kbps: u32, audio_kbps: u32) -> u64 {
    with_overhead(u64::from(maxrate_kbps(video_kbps)) + u64::from(audio_kbps))
}

fn with_overhead(kbps: u64) -> u64 {
    kbps * 1000 * 11 / 10
}

/// Nearest even number, at least 2.
fn even(x: f64) -> u32 {
    (((x / 2.0).round() as u32) * 2).max(2)
}

fn even_down(x: u32) -> u32 {
    (x & !1).max(2)
}

fn round10(x: f64) -> u32 {
    ((x / 10.0).round() as u32) * 10
}

/// H.264 level limits (Table A-1): level_idc, max macroblocks/s, max frame size in
/// macroblocks, max video bit rate and CPB size in kbit/s for Baseline/Main (High allows
/// 1.25 times as much).
const LEVELS: &[(u8, u64, u64, u64, u64)] = &[
    (10, 1_485, 99, 64, 175),
    (11, 3_000, 396, 192, 500),
    (12, 6_000, 396, 384, 1_000),
    (13, 11_880, 396, 768, 2_000),
    (20, 11_880, 396, 2_000, 2_000),
    (21, 19_800, 792, 4_000, 4_000),
    (22, 20_250, 1_620, 4_000, 4_000),
    (30, 40_500, 1_620, 10_000, 10_000),
    (31, 108_000, 3_600, 14_000, 14_000),
    (32, 216_000, 5_120, 20_000, 20_000),
    (40, 245_760, 8_192, 20_000, 25_000),
    (41, 245_760, 8_192, 50_000, 62_500),
    (42, 522_240, 8_704, 50_000, 62_500),
    (50, 589_824, 22_080, 135_000, 135_000),
    (51, 983_040, 36_864, 240_000, 240_000),
    (52, 2_073_600, 36_864, 240_000, 240_000),
    (60, 4_177_920, 139_264, 240_000, 240_000),
    (61, 8_355_840, 139_264, 480_000, 480_000),
    (62, 16_711_680, 139_264, 800_000, 800_000),
];

/// The smallest H.264 High-profile level that allows this frame size, frame rate and VBV.
pub(crate) fn h264_level(width: u32, height: u32, fps: f64, maxrate: u32, bufsize: u32) -> u8 {
    let mbs_w = u64::from(width.div_ceil(16));
    let mbs_h = u64::from(height.div_ceil(16));
    let frame = mbs_w * mbs_h;
    let per_sec = (frame as f64 * fps).ceil() as u64;
    let (maxrate, bufsize) = (u64::from(maxrate), u64::from(bufsize));
    LEVELS
        .iter()
        .find(|&&(_, max_mbps, max_fs, max_br, max_cpb)| {
            // Neither dimension may exceed sqrt(8 * MaxFS) macroblocks.
            let side = 8 * max_fs;
            frame <= max_fs
                && mbs_w * mbs_w <= side
                && mbs_h * mbs_h <= side
                && per_sec <= max_mbps
                && maxrate * 4 <= max_br * 5
                && bufsize * 4 <= max_cpb * 5
        })
        .map_or(62, |l| l.0)
}

/// `"3.1"` for level_idc 31: the form x264's `-level` takes.
pub(crate) fn level_arg(idc: u8) -> String {
    format!("{}.{}", idc / 10, idc % 10)
}

/// The master playlist text (#EXTM3U, #EXT-X-VERSION:7, #EXT-X-INDEPENDENT-SEGMENTS, one
/// #EXT-X-STREAM-INF per rendition with BANDWIDTH, AVERAGE-BANDWIDTH, RESOLUTION, CODECS,
/// FRAME-RATE, then the URI `<name>/index.m3u8`), renditions in the given order.
///
/// `frame_rate` is the probe's; FRAME-RATE is the output's (the same, except unknown
/// becomes 30 and above 60 becomes 60, as the transcoder does).
pub fn master_playlist(renditions: &[Rendition], frame_rate: f64) -> String {
    let fps = output_frame_rate(frame_rate);
    let mut text = String::from("#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n");
    for r in renditions {
        // Writing to a String cannot fail.
        let _ = write!(
            text,
            "#EXT-X-STREAM-INF:BANDWIDTH={},AVERAGE-BANDWIDTH={},RESOLUTION={}x{},CODECS=\"{}\",FRAME-RATE={:.3}\n{}/index.m3u8\n",
            r.bandwidth,
            r.average_bandwidth(),
            r.width,
            r.height,
            r.codecs,
            fps,
            r.name,
        );
    }
    text
}

/// One caption track for [`with_subtitles`]: its language tag and the URI of its subtitle
/// media playlist, relative to the master playlist.
pub struct SubtitleTrack<'a> {
    pub language: &'a str,
    pub uri: String,
}

/// A master playlist with caption tracks: one `#EXT-X-MEDIA:TYPE=SUBTITLES` rendition per
/// track in the group `subs` (NAME is the language tag: players name it in the viewer's
/// language), and `SUBTITLES="subs"` on every variant. The stored master is written by
/// the transcode job as renditions finish and knows nothing of captions, which a creator
/// may add or remove at any time; the server adds them when it serves the master. Any
/// subtitle lines the text already has are replaced.
pub fn with_subtitles(master: &str, tracks: &[SubtitleTrack<'_>]) -> String {
    let mut out = String::with_capacity(master.len() + 128 * tracks.len());
    let mut media_written = false;
    let write_media = |out: &mut String| {
        for t in tracks {
            let _ = writeln!(
                out,
                "#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",LANGUAGE=\"{l}\",NAME=\"{l}\",DEFAULT=NO,AUTOSELECT=YES,URI=\"{u}\"",
                l = t.language,
                u = t.uri
            );
        }
    };
    for line in master.lines() {
        if line.starts_with("#EXT-X-MEDIA:TYPE=SUBTITLES") {
            continue;
        }
        if let Some(attrs) = line.strip_prefix("#EXT-X-STREAM-INF:") {
            if !media_written {
                write_media(&mut out);
                media_written = true;
            }
            let attrs: Vec<&str> = split_attributes(attrs)
                .into_iter()
                .filter(|a| !a.starts_with("SUBTITLES="))
                .collect();
            out.push_str("#EXT-X-STREAM-INF:");
            out.push_str(&attrs.join(","));
            if !tracks.is_empty() {
                out.push_str(",SUBTITLES=\"subs\"");
            }
            out.push('\n');
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    if !media_written {
        write_media(&mut out);
    }
    out
}

/// An attribute list split at the commas outside quoted strings.
fn split_attributes(list: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, c) in list.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                parts.push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&list[start..]);
    parts.retain(|p| !p.is_empty());
    parts
}

/// The subtitle media playlist of one caption track: the whole WebVTT file as a single
/// segment as long as the clip.
pub fn subtitle_playlist(clip_ms: u64, vtt_uri: &str) -> String {
    let secs = clip_ms as f64 / 1000.0;
    format!(
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:{}\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:{secs:.3},\n{vtt_uri}\n#EXT-X-ENDLIST\n",
        clip_ms.div_ceil(1000).max(1)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(width: u32, height: u32, fps: f64, has_audio: bool) -> ProbeReport {
        ProbeReport {
            duration_secs: 10.0,
            width,
            height,
            video_codec: "h264".into(),
            frame_rate: fps,
            has_audio,
            audio_codec: has_audio.then(|| "aac".into()),
            format_name: "mov,mp4,m4a,3gp,3g2,mj2".into(),
        }
    }

    fn sizes(ladder: &[Rendition]) -> Vec<(&str, u32, u32)> {
        ladder
            .iter()
            .map(|r| (r.name.as_str(), r.width, r.height))
            .collect()
    }

    #[test]
    fn portrait_1080x1920() {
        let ladder = plan_ladder(&report(1080, 1920, 30.0, true));
        assert_eq!(
            sizes(&ladder),
            [
                ("240p", 240, 426),
                ("360p", 360, 640),
                ("540p", 540, 960),
                ("720p", 720, 1280),
                ("1080p", 1080, 1920)
            ]
        );
        let codecs: Vec<_> = ladder.iter().map(|r| r.codecs.as_str()).collect();
        assert_eq!(
            codecs,
            [
                "avc1.640015,mp4a.40.2",
                "avc1.64001e,mp4a.40.2",
                "avc1.64001f,mp4a.40.2",
                "avc1.64001f,mp4a.40.2",
                "avc1.640028,mp4a.40.2"
            ]
        );
        let r = &ladder[0];
        assert_eq!((r.video_bitrate_kbps, r.audio_bitrate_kbps), (350, 96));
        assert_eq!(r.bandwidth, (525 + 96) * 1100);
        let r = &ladder[1];
        assert_eq!((r.video_bitrate_kbps, r.audio_bitrate_kbps), (800, 96));
        assert_eq!(r.bandwidth, (1200 + 96) * 1100);
    }

    #[test]
    fn landscape_1280x720_never_upscales() {
        let ladder = plan_ladder(&report(1280, 720, 30.0, true));
        assert_eq!(
            sizes(&ladder),
            [
                ("240p", 426, 240),
                ("360p", 640, 360),
                ("540p", 960, 540),
                ("720p", 1280, 720)
            ]
        );
    }

    #[test]
    fn between_tiers_stops_below_the_source() {
        let ladder = plan_ladder(&report(1000, 1000, 30.0, true));
        assert_eq!(
            sizes(&ladder),
            [
                ("240p", 240, 240),
                ("360p", 360, 360),
                ("540p", 540, 540),
                ("720p", 720, 720)
            ]
        );
        // A square picture has fewer pixels than 16:9 at the same short side.
        assert_eq!(ladder[3].video_bitrate_kbps, 1410);
        assert_eq!(ladder[0].video_bitrate_kbps, 200);
    }

    #[test]
    fn odd_aspect_rounds_the_long_side_to_even() {
        // 480x854 (a common phone size) is not exactly 9:16: 640.5 rounds to 640.
        let ladder = plan_ladder(&report(480, 854, 30.0, true));
        assert_eq!(sizes(&ladder), [("240p", 240, 428), ("360p", 360, 640)]);
        let ladder = plan_ladder(&report(1366, 768, 30.0, true));
        assert_eq!(
            sizes(&ladder),
            [
                ("240p", 426, 240),
                ("360p", 640, 360),
                ("540p", 960, 540),
                ("720p", 1280, 720)
            ]
        );
        let ladder = plan_ladder(&report(721, 997, 30.0, false));
        assert_eq!(
            sizes(&ladder),
            [
                ("240p", 240, 332),
                ("360p", 360, 498),
                ("540p", 540, 746),
                ("720p", 720, 996)
            ]
        );
        for r in &ladder {
            assert_eq!(r.width % 2, 0);
            assert_eq!(r.height % 2, 0);
        }
    }

    #[test]
    fn a_source_below_360p_keeps_its_own_size_above_the_starter() {
        // 640x272 (the real bikes.mp4): not cut down to 240p.
        let ladder = plan_ladder(&report(640, 272, 25.0, false));
        assert_eq!(sizes(&ladder), [("240p", 564, 240), ("272p", 640, 272)]);
        assert_eq!(ladder[1].video_bitrate_kbps, 600);
        // Exactly the starter's size: once.
        let ladder = plan_ladder(&report(240, 426, 30.0, true));
        assert_eq!(sizes(&ladder), [("240p", 240, 426)]);
    }

    #[test]
    fn tiny_source_gets_one_rendition_at_its_own_size() {
        let ladder = plan_ladder(&report(321, 241, 25.0, false));
        assert_eq!(sizes(&ladder), [("240p", 320, 240)]);
        let r = &ladder[0];
        assert_eq!(r.audio_bitrate_kbps, 0);
        assert!(!r.codecs.contains("mp4a"));
        assert!(r.video_bitrate_kbps >= MIN_VIDEO_KBPS);
        let ladder = plan_ladder(&report(16, 16, 1.0, true));
        assert_eq!(sizes(&ladder), [("16p", 16, 16)]);
        assert_eq!(ladder[0].video_bitrate_kbps, MIN_VIDEO_KBPS);
    }

    #[test]
    fn high_frame_rate_raises_the_level() {
        let ladder = plan_ladder(&report(1280, 720, 60.0, true));
        assert_eq!(ladder[3].level_idc(), Some(32));
        // 120 fps is encoded at 60, so the level is the same.
        let ladder = plan_ladder(&report(1280, 720, 120.0, true));
        assert_eq!(ladder[3].level_idc(), Some(32));
    }

    #[test]
    fn levels() {
        assert_eq!(h264_level(640, 360, 30.0, 1200, 1600), 30);
        assert_eq!(h264_level(960, 540, 30.0, 2100, 2800), 31);
        assert_eq!(h264_level(1920, 1080, 30.0, 6750, 9000), 40);
        assert_eq!(h264_level(1920, 1080, 60.0, 6750, 9000), 42);
        // 4096 wide is 256 macroblocks: needs MaxFS >= 8192 for the side rule.
        assert_eq!(h264_level(4096, 360, 30.0, 1200, 1600), 40);
        assert_eq!(h264_level(176, 144, 15.0, 150, 200), 11);
        assert_eq!(level_arg(31), "3.1");
    }

    #[test]
    fn with_audio_round_trips() {
        let with = plan_ladder(&report(1280, 720, 30.0, true));
        let without = plan_ladder(&report(1280, 720, 30.0, false));
        let stripped: Vec<_> = with.iter().cloned().map(|r| r.with_audio(false)).collect();
        assert_eq!(stripped, without);
        let restored: Vec<_> = without.into_iter().map(|r| r.with_audio(true)).collect();
        assert_eq!(restored, with);
        assert_eq!(with[2].level_idc(), Some(31));
    }

    /// The first rendition (what the transcode job publishes first and what a player
    /// starts on) has its first segment, at its peak rate, within half a second of a
    /// 1.5 Mbit/s link, for any source; and the ladder goes up from it.
    #[test]
    fn the_first_rendition_starts_fast_at_1_5_mbit() {
        let budget = START_LINK_BPS as f64 * START_BUDGET_SECS;
        let sides = [
            16, 100, 180, 239, 240, 241, 272, 320, 360, 480, 540, 720, 1080, 1920, 4096,
        ];
        for w in sides {
            for h in sides {
                for (fps, audio) in [(30.0, true), (60.0, false), (24.0, true)] {
                    let ladder = plan_ladder(&report(w, h, fps, audio));
                    let first = ladder[0].clone();
                    for r in [first.clone(), first.with_audio(true)] {
                        let bits = r.bandwidth as f64 * f64::from(crate::FIRST_SEGMENT_SECS);
                        assert!(bits <= budget, "{w}x{h}: {r:?}");
                    }
                    for pair in ladder.windows(2) {
                        assert!(pair[0].bandwidth < pair[1].bandwidth, "{w}x{h}: {ladder:?}");
                    }
                    if w.min(h) >= 240 {
                        assert_eq!(ladder[0].name, "240p", "{w}x{h}");
                    }
                }
            }
        }
    }

    #[test]
    fn master_playlist_text() {
        let ladder = plan_ladder(&report(360, 640, 30.0, true));
        let mut ladder2 = ladder.clone();
        ladder2.extend(
            plan_ladder(&report(1080, 1920, 30.0, false))
                .into_iter()
                .skip(2)
                .take(1),
        );
        let text = master_playlist(&ladder2, 29.97);
        assert_eq!(
            text,
            "#EXTM3U\n\
             #EXT-X-VERSION:7\n\
             #EXT-X-INDEPENDENT-SEGMENTS\n\
             #EXT-X-STREAM-INF:BANDWIDTH=683100,AVERAGE-BANDWIDTH=490600,RESOLUTION=240x426,CODECS=\"avc1.640015,mp4a.40.2\",FRAME-RATE=29.970\n\
             240p/index.m3u8\n\
             #EXT-X-STREAM-INF:BANDWIDTH=1425600,AVERAGE-BANDWIDTH=985600,RESOLUTION=360x640,CODECS=\"avc1.64001e,mp4a.40.2\",FRAME-RATE=29.970\n\
             360p/index.m3u8\n\
             #EXT-X-STREAM-INF:BANDWIDTH=2310000,AVERAGE-BANDWIDTH=1540000,RESOLUTION=540x960,CODECS=\"avc1.64001f\",FRAME-RATE=29.970\n\
             540p/index.m3u8\n"
        );
        assert_eq!(
            master_playlist(&[], 0.0),
            "#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n"
        );
    }

    #[test]
    fn subtitles_join_the_master() {
        let master = "#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n#EXT-X-STREAM-INF:BANDWIDTH=1,CODECS=\"avc1.64001f,mp4a.40.2\",FRAME-RATE=30.000\n240p/index.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=2,CODECS=\"avc1\"\n360p/index.m3u8\n";
        let tracks = [
            SubtitleTrack {
                language: "en",
                uri: "subs/en.m3u8".into(),
            },
            SubtitleTrack {
                language: "pt-BR",
                uri: "subs/pt-BR.m3u8".into(),
            },
        ];
        let out = with_subtitles(master, &tracks);
        assert_eq!(
            out.matches("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\"")
                .count(),
            2
        );
        assert!(out.contains(
            "LANGUAGE=\"pt-BR\",NAME=\"pt-BR\",DEFAULT=NO,AUTOSELECT=YES,URI=\"subs/pt-BR.m3u8\""
        ));
        assert_eq!(out.matches(",SUBTITLES=\"subs\"\n").count(), 2);
        assert!(out.contains("CODECS=\"avc1.64001f,mp4a.40.2\",FRAME-RATE=30.000,SUBTITLES"));
        assert!(
            out.find("#EXT-X-MEDIA").unwrap_or(usize::MAX)
                < out.find("#EXT-X-STREAM-INF").unwrap_or(0)
        );
        // Idempotent, and without tracks the master is as stored.
        assert_eq!(with_subtitles(&out, &tracks), out);
        assert_eq!(with_subtitles(&out, &[]), master);
        let sub = subtitle_playlist(4_500, "en.vtt");
        assert!(sub.contains("#EXT-X-TARGETDURATION:5\n"));
        assert!(sub.contains("#EXTINF:4.500,\nen.vtt\n#EXT-X-ENDLIST"));
    }
}
