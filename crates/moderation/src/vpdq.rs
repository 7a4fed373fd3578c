//! Video fingerprints in the manner of Meta's vPDQ (ThreatExchange `vpdq/README.md`): a
//! video is the bag of the PDQ hashes of frames sampled from it, one a second by default,
//! and two videos match when enough of one's frames are near some frame of the other.
//!
//! **Matching** ([`compare`]) follows vPDQ's brute-force matcher: keep the frames whose
//! quality is at least [`MatchParams::min_quality`], drop repeated hashes, count the query
//! frames that are within [`MatchParams::max_distance`] of some target frame and the target
//! frames within that distance of some query frame; a match needs both shares at or above
//! their thresholds. The defaults are those of ThreatExchange's python-threatexchange vPDQ
//! signal (`extensions/vpdq/vpdq_util.py`), which is what its matching services run.
//!
//! **Mirrored copies.** A removed video's fingerprint is made with [`Mirrors::Keep`]: each
//! frame also keeps the PDQ hash of its left-right mirror image, which PDQ gives at no
//! extra cost from the same DCT (the dihedral `flip_y`). [`compare`] then tries the
//! target's frames as they are and mirrored, and reports the better; the query (an upload)
//! needs no mirrors. The two orientations are not mixed within one comparison.
//!
//! **Borders (our addition, not vPDQ's).** By default each frame is cut free of uniform
//! borders (letterbox or pillarbox bars of any solid colour, up to 30 % of a side per edge)
//! before hashing, because PDQ hashes bars as content and a letterboxed copy would not
//! match. Frames without such borders hash exactly as in vPDQ;
//! [`FingerprintBuilder::trim_borders`]`(false)` gives vPDQ's hashes for every frame. Both
//! sides of a comparison must be made the same way.
//!
//! A fingerprint is serialized as a JSON array of strings, one a frame, in vPDQ's compact
//! form `"<pdq hex>,<quality>,<seconds>"` (python-threatexchange's `VpdqCompactFeature`),
//! with `",<mirror pdq hex>"` appended when the mirror is kept.

use std::collections::HashSet;
use std::fmt;

use crate::pdq::{self, PdqError, PdqHash};

/// vPDQ's default sampling interval (`seconds_per_hash = 1`).
pub const SECONDS_PER_HASH: f64 = 1.0;

/// One sampled frame's hash.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FrameHash {
    pub hash: PdqHash,
    /// PDQ quality, 0..=100.
    pub quality: u8,
    /// Where the frame is in the video, in seconds.
    pub at_secs: f64,
    /// The hash of the frame's left-right mirror image, kept for removed videos.
    pub mirror: Option<PdqHash>,
}

/// A video's fingerprint: its sampled frames' hashes in time order, consecutive repeats
/// of the same hash dropped.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct VideoFingerprint {
    pub frames: Vec<FrameHash>,
}

/// Whether frames keep their mirror image's hash (for fingerprints of removed videos).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mirrors {
    Keep,
    Drop,
}

/// A decoded frame to fingerprint: packed 8-bit RGB, row-major.
#[derive(Debug, Clone, Copy)]
pub struct Frame<'a> {
    pub rgb: &'a [u8],
    pub width: u32,
    pub height: u32,
    pub at_secs: f64,
}

/// Builds a fingerprint one frame at a time (so frames can be hashed as they are decoded).
#[derive(Debug, Clone)]
pub struct FingerprintBuilder {
    mirrors: Mirrors,
    trim_borders: bool,
    frames: Vec<FrameHash>,
}

impl FingerprintBuilder {
    /// A builder that trims uniform borders (see [`FingerprintBuilder::trim_borders`]).
    pub fn new(mirrors: Mirrors) -> Self {
        Self {
            mirrors,
            trim_borders: true,
            frames: Vec::new(),
        }
    }

    /// Whether to cut uniform borders (letterbox and pillarbox bars, any solid colour) off
    /// each frame before hashing it. On by default. **Not part of vPDQ**: PDQ hashes bars
    /// as content, so a letterboxed copy does not match its source (see
    /// `docs/benchmarks.md`). With `false`, frame hashes are exactly vPDQ's; both sides
    /// of a comparison must be made the same way.
    pub fn trim_borders(mut self, trim: bool) -> Self {
        self.trim_borders = trim;
        self
    }

    /// Hashes one frame; a frame whose hash equals the previous kept frame's is dropped.
    pub fn push(&mut self, frame: Frame<'_>) -> Result<(), PdqError> {
        let trimmed = if self.trim_borders {
            trim_uniform_borders(frame.rgb, frame.width, frame.height)?
        } else {
            None
        };
        let (rgb, width, height) = match &trimmed {
            Some((rgb, w, h)) => (rgb.as_slice(), *w, *h),
            None => (frame.rgb, frame.width, frame.height),
        };
        let (hash, quality, mirror) = match self.mirrors {
            Mirrors::Drop => {
                let h = pdq::hash_rgb(rgb, width, height)?;
                (h.hash, h.quality, None)
            }
            Mirrors::Keep => {
                let d = pdq::dihedral_rgb(rgb, width, height)?;
                (d.original, d.quality, Some(d.mirrored()))
            }
        };
        if self.frames.last().is_some_and(|last| last.hash == hash) {
            return Ok(());
        }
        self.frames.push(FrameHash {
            hash,
            quality,
            at_secs: frame.at_secs,
            mirror,
        });
        Ok(())
    }

    pub fn finish(self) -> VideoFingerprint {
        VideoFingerprint {
            frames: self.frames,
        }
    }
}

/// Rows and columns at the edges whose luma varies by at most this much are "uniform".
const BORDER_SPREAD: i32 = 16;
/// A border row or column must also be within this of the outermost one's mean (a bar is
/// one colour).
const BORDER_DRIFT: i32 = 16;
/// At most this fraction of a side is cut from each edge; a wider uniform band is kept.
const BORDER_MAX_SHARE: f64 = 0.3;

/// The frame without its uniform borders, or None when it has none (or is uniform all
/// over, which is left as it is: its quality is 0 anyway).
fn trim_uniform_borders(
    rgb: &[u8],
    width: u32,
    height: u32,
) -> Result<Option<(Vec<u8>, u32, u32)>, PdqError> {
    let (w, h) = (width as usize, height as usize);
    if rgb.len() != w * h * 3 {
        return Err(PdqError::BufferSize {
            width,
            height,
            expected: w * h * 3,
            got: rgb.len(),
        });
    }
    if w < 8 || h < 8 {
        return Ok(None);
    }
    let luma = |x: usize, y: usize| -> i32 {
        let p = (y * w + x) * 3;
        (299 * i32::from(rgb[p]) + 587 * i32::from(rgb[p + 1]) + 114 * i32::from(rgb[p + 2])) / 1000
    };
    // (min, max, mean) of a line of pixels.
    let stats = |pixels: &mut dyn Iterator<Item = i32>| {
        let (mut lo, mut hi, mut sum, mut n) = (i32::MAX, i32::MIN, 0i64, 0i64);
        for v in pixels {
            lo = lo.min(v);
            hi = hi.max(v);
            sum += i64::from(v);
            n += 1;
        }
        (lo, hi, (sum / n.max(1)) as i32)
    };
    let row = |y: usize| stats(&mut (0..w).map(move |x| luma(x, y)));
    let col = |x: usize| stats(&mut (0..h).map(move |y| luma(x, y)));
    // How many lines from one edge are uniform and of the outermost line's colour.
    let edge = |line: &dyn Fn(usize) -> (i32, i32, i32), lines: Vec<usize>| -> usize {
        let cap = (lines.len() as f64 * BORDER_MAX_SHARE) as usize;
        let (_, _, edge_mean) = line(lines[0]);
        let n = lines
            .iter()
            .take(cap + 1)
            .take_while(|&&i| {
                let (lo, hi, mean) = line(i);
                hi - lo <= BORDER_SPREAD && (mean - edge_mean).abs() <= BORDER_DRIFT
            })
            .count();
        // A uniform band wider than the cap is not a bar (a flat picture, a sky): keep it.
        if n > cap {
            0
        } else {
            n
        }
    };
    let top = edge(&row, (0..h).collect());
    let bottom = edge(&row, (0..h).rev().collect());
    let left = edge(&col, (0..w).collect());
    let right = edge(&col, (0..w).rev().collect());
    if top + bottom + left + right == 0 {
        return Ok(None);
    }
    let (x0, x1, y0, y1) = (left, w - right, top, h - bottom);
    if x1 <= x0 + 4 || y1 <= y0 + 4 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity((x1 - x0) * (y1 - y0) * 3);
    for y in y0..y1 {
        out.extend_from_slice(&rgb[(y * w + x0) * 3..(y * w + x1) * 3]);
    }
    Ok(Some((out, (x1 - x0) as u32, (y1 - y0) as u32)))
}

/// The fingerprint of a sequence of frames (e.g. `spool_media::sample_frames`' output),
/// with uniform borders trimmed ([`FingerprintBuilder::new`]'s default).
pub fn fingerprint<'a>(
    frames: impl IntoIterator<Item = Frame<'a>>,
    mirrors: Mirrors,
) -> Result<VideoFingerprint, PdqError> {
    let mut builder = FingerprintBuilder::new(mirrors);
    for frame in frames {
        builder.push(frame)?;
    }
    Ok(builder.finish())
}

/// When two fingerprints match.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MatchParams {
    /// Frames match at this Hamming distance or less. Default 31 (`VPDQ_DISTANCE_THRESHOLD`;
    /// also PDQ's recommended threshold, `pdq/README.md`).
    pub max_distance: u32,
    /// Frames of lower quality are ignored. Default 50 (`VPDQ_QUALITY_THRESHOLD`; PDQ's
    /// README recommends discarding hashes of quality 49 and below).
    pub min_quality: u8,
    /// Share (0..=1) of the query's frames that must match. Default 0.8
    /// (`VPDQ_QUERY_MATCH_THRESHOLD_PERCENT = 80`).
    pub min_query_share: f64,
    /// Share (0..=1) of the target's frames that must match. Default 0
    /// (`VPDQ_INDEX_MATCH_THRESHOLD_PERCENT = 0`): an upload that is a part of a removed
    /// video matches it.
    pub min_target_share: f64,
}

impl Default for MatchParams {
    fn default() -> Self {
        Self {
            max_distance: 31,
            min_quality: 50,
            min_query_share: 0.8,
            min_target_share: 0.0,
        }
    }
}

/// The outcome of comparing a query (an upload) with a target (a removed video).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct MatchResult {
    /// Share (0..=1) of the query's distinct usable frames that are near a target frame.
    pub query_share: f64,
    /// Share (0..=1) of the target's distinct usable frames that are near a query frame.
    pub target_share: f64,
    /// The smallest distance between a usable query frame and a usable target frame
    /// (None when either side has no usable frame).
    pub best_distance: Option<u32>,
    /// Whether the result was found against the target's mirror hashes.
    pub mirrored: bool,
    pub is_match: bool,
}

/// Compares a query fingerprint with a target's, also against the target's mirror hashes
/// when it has them; returns the matching orientation, or else the one with the higher
/// query share.
pub fn compare(
    query: &VideoFingerprint,
    target: &VideoFingerprint,
    params: &MatchParams,
) -> MatchResult {
    let usable = |f: &&FrameHash| f.quality >= params.min_quality;
    let q = distinct(query.frames.iter().filter(usable).map(|f| f.hash));
    let direct = distinct(target.frames.iter().filter(usable).map(|f| f.hash));
    let straight = compare_sets(&q, &direct, params, false);
    let mirrored = distinct(target.frames.iter().filter(usable).filter_map(|f| f.mirror));
    if mirrored.is_empty() || straight.is_match {
        return straight;
    }
    let flipped = compare_sets(&q, &mirrored, params, true);
    if flipped.is_match || flipped.query_share > straight.query_share {
        flipped
    } else {
        straight
    }
}

/// Hashes in first-seen order without repeats (vPDQ's `dedupe`).
fn distinct(hashes: impl Iterator<Item = PdqHash>) -> Vec<PdqHash> {
    let mut seen = HashSet::new();
    hashes.filter(|h| seen.insert(*h)).collect()
}

fn compare_sets(q: &[PdqHash], t: &[PdqHash], params: &MatchParams, mirrored: bool) -> MatchResult {
    if q.is_empty() || t.is_empty() {
        return MatchResult {
            query_share: 0.0,
            target_share: 0.0,
            best_distance: None,
            mirrored,
            is_match: false,
        };
    }
    let mut best = u32::MAX;
    let mut t_matched = vec![false; t.len()];
    let mut q_matched = 0usize;
    for qh in q {
        let mut hit = false;
        for (i, th) in t.iter().enumerate() {
            let d = qh.hamming(th);
            best = best.min(d);
            if d <= params.max_distance {
                hit = true;
                t_matched[i] = true;
            }
        }
        q_matched += usize::from(hit);
    }
    let query_share = q_matched as f64 / q.len() as f64;
    let target_share = t_matched.iter().filter(|m| **m).count() as f64 / t.len() as f64;
    MatchResult {
        query_share,
        target_share,
        best_distance: Some(best),
        mirrored,
        is_match: q_matched > 0
            && query_share >= params.min_query_share
            && target_share >= params.min_target_share,
    }
}

impl fmt::Display for FrameHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{},{},{:.3}", self.hash, self.quality, self.at_secs)?;
        if let Some(m) = self.mirror {
            write!(f, ",{m}")?;
        }
        Ok(())
    }
}

/// A frame's compact form could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a vPDQ frame (\"<hex>,<quality>,<seconds>[,<mirror hex>]\"): {0:?}")]
pub struct FrameParseError(pub String);

impl std::str::FromStr for FrameHash {
    type Err = FrameParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || FrameParseError(s.to_owned());
        let parts: Vec<&str> = s.split(',').collect();
        if !(3..=4).contains(&parts.len()) {
            return Err(bad());
        }
        let hash = PdqHash::from_hex(parts[0]).map_err(|_| bad())?;
        let quality: u8 = parts[1].parse().map_err(|_| bad())?;
        let at_secs: f64 = parts[2].parse().map_err(|_| bad())?;
        if quality > 100 || !at_secs.is_finite() || at_secs < 0.0 {
            return Err(bad());
        }
        let mirror = match parts.get(3) {
            Some(m) => Some(PdqHash::from_hex(m).map_err(|_| bad())?),
            None => None,
        };
        Ok(FrameHash {
            hash,
            quality,
            at_secs,
            mirror,
        })
    }
}

impl serde::Serialize for FrameHash {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for FrameHash {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A synthetic "shot": value noise (as in the PDQ tests) that pans slowly with time.
    fn frame(seed: u32, t: f64, width: u32, height: u32) -> Vec<u8> {
        let shift = (t * 3.0) as u32;
        let big = crate::pdq::tests::picture(width + 60, height, seed);
        let mut rgb = Vec::with_capacity((width * height * 3) as usize);
        for y in 0..height {
            let row = (y * (width + 60) + shift) as usize * 3;
            rgb.extend_from_slice(&big[row..row + width as usize * 3]);
        }
        rgb
    }

    fn video(
        seed: u32,
        secs: u32,
        mirrors: Mirrors,
        edit: impl Fn(Vec<u8>) -> Vec<u8>,
    ) -> VideoFingerprint {
        let (w, h) = (160, 90);
        let frames: Vec<(Vec<u8>, f64)> = (0..secs)
            .map(|s| (edit(frame(seed, f64::from(s), w, h)), f64::from(s)))
            .collect();
        fingerprint(
            frames.iter().map(|(rgb, at)| Frame {
                rgb,
                width: w,
                height: h,
                at_secs: *at,
            }),
            mirrors,
        )
        .unwrap()
    }

    fn mirror(rgb: Vec<u8>) -> Vec<u8> {
        let w = 160usize;
        rgb.chunks_exact(w * 3)
            .flat_map(|row| {
                row.chunks_exact(3)
                    .rev()
                    .flatten()
                    .copied()
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn letterbox(rgb: Vec<u8>) -> Vec<u8> {
        // 160x90 content into 160x120 with 15-row black bars.
        let mut out = vec![0u8; 160 * 15 * 3];
        out.extend(rgb);
        out.extend(vec![0u8; 160 * 15 * 3]);
        out
    }

    #[test]
    fn uniform_borders_are_trimmed_and_content_is_not() {
        let content = frame(4, 0.0, 160, 90);
        let boxed = letterbox(content.clone());
        let (trimmed, w, h) = trim_uniform_borders(&boxed, 160, 120).unwrap().unwrap();
        assert_eq!((w, h), (160, 90));
        assert_eq!(trimmed, content);
        assert_eq!(trim_uniform_borders(&content, 160, 90).unwrap(), None);
        let flat = vec![30u8; 64 * 64 * 3];
        assert_eq!(trim_uniform_borders(&flat, 64, 64).unwrap(), None);
        assert!(trim_uniform_borders(&flat, 64, 65).is_err());
    }

    #[test]
    fn a_letterboxed_upload_matches_only_with_border_trimming() {
        let fp = |trim: bool, edit: &dyn Fn(Vec<u8>) -> Vec<u8>, h: u32| {
            let frames: Vec<Vec<u8>> = (0..8)
                .map(|s| edit(frame(6, f64::from(s), 160, 90)))
                .collect();
            let mut b = FingerprintBuilder::new(Mirrors::Keep).trim_borders(trim);
            for (s, rgb) in frames.iter().enumerate() {
                b.push(Frame {
                    rgb,
                    width: 160,
                    height: h,
                    at_secs: s as f64,
                })
                .unwrap();
            }
            b.finish()
        };
        let p = MatchParams::default();
        let trimmed = compare(&fp(true, &letterbox, 120), &fp(true, &|f| f, 90), &p);
        assert!(trimmed.is_match, "{trimmed:?}");
        let plain = compare(&fp(false, &letterbox, 120), &fp(false, &|f| f, 90), &p);
        assert!(!plain.is_match, "{plain:?}");
    }

    #[test]
    fn defaults_are_vpdqs() {
        let p = MatchParams::default();
        assert_eq!((p.max_distance, p.min_quality), (31, 50));
        assert_eq!((p.min_query_share, p.min_target_share), (0.8, 0.0));
        assert_eq!(SECONDS_PER_HASH, 1.0);
    }

    #[test]
    fn a_video_matches_itself_and_not_another() {
        let a = video(1, 12, Mirrors::Drop, |f| f);
        let b = video(7, 12, Mirrors::Drop, |f| f);
        let same = compare(&a, &a, &MatchParams::default());
        assert!(same.is_match);
        assert_eq!(
            (same.query_share, same.target_share, same.best_distance),
            (1.0, 1.0, Some(0))
        );
        let other = compare(&a, &b, &MatchParams::default());
        assert!(!other.is_match, "{other:?}");
        assert!(other.query_share < 0.2, "{other:?}");
    }

    #[test]
    fn a_part_of_a_removed_video_matches_it() {
        let removed = video(3, 20, Mirrors::Keep, |f| f);
        let mut part = video(3, 20, Mirrors::Drop, |f| f);
        part.frames.drain(..12);
        let r = compare(&part, &removed, &MatchParams::default());
        assert!(r.is_match, "{r:?}");
        assert_eq!(r.query_share, 1.0);
        assert!(r.target_share < 0.6);
        // With a target share required, it no longer does.
        let strict = MatchParams {
            min_target_share: 0.8,
            ..MatchParams::default()
        };
        assert!(!compare(&part, &removed, &strict).is_match);
    }

    #[test]
    fn a_mirrored_upload_matches_through_the_kept_mirror_hashes() {
        let removed_plain = video(5, 10, Mirrors::Drop, |f| f);
        let removed = video(5, 10, Mirrors::Keep, |f| f);
        let upload = video(5, 10, Mirrors::Drop, mirror);
        let without = compare(&upload, &removed_plain, &MatchParams::default());
        assert!(!without.is_match, "{without:?}");
        let with = compare(&upload, &removed, &MatchParams::default());
        assert!(with.is_match && with.mirrored, "{with:?}");
        // The unmirrored upload still matches the straight way.
        let r = compare(&removed_plain, &removed, &MatchParams::default());
        assert!(r.is_match && !r.mirrored);
    }

    #[test]
    fn low_quality_frames_are_ignored_and_nothing_usable_is_no_match() {
        let flat = vec![80u8; 160 * 90 * 3];
        let frames = (0..5).map(|s| Frame {
            rgb: &flat,
            width: 160,
            height: 90,
            at_secs: f64::from(s),
        });
        let fp = fingerprint(frames, Mirrors::Drop).unwrap();
        // Consecutive identical hashes are kept once.
        assert_eq!(fp.frames.len(), 1);
        let r = compare(&fp, &fp, &MatchParams::default());
        assert_eq!((r.is_match, r.best_distance), (false, None));
    }

    #[test]
    fn serialized_form_is_vpdq_compact_json() {
        let fp = video(2, 3, Mirrors::Keep, |f| f);
        let json = serde_json::to_string(&fp).unwrap();
        assert!(json.starts_with("[\""), "{json}");
        let first = &fp.frames[0];
        let mirror = first.mirror.unwrap();
        assert!(json.contains(&format!(
            "\"{},{},0.000,{}\"",
            first.hash, first.quality, mirror
        )));
        let back: VideoFingerprint = serde_json::from_str(&json).unwrap();
        assert_eq!(back, fp);
        // A frame from python-threatexchange (no mirror) reads.
        let f: FrameHash =
            "e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,100,0.033"
                .parse()
                .unwrap();
        assert_eq!((f.quality, f.at_secs, f.mirror), (100, 0.033, None));
        for bad in [
            "",
            "00,1,2",
            "e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,101,0",
            "e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,1,-1",
        ] {
            assert!(bad.parse::<FrameHash>().is_err(), "{bad}");
        }
    }
}
