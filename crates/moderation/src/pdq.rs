//! PDQ, Meta's perceptual image hash, as published in ThreatExchange (`pdq/README.md` and
//! `hashing/hashing.pdf`): 256 bits per picture, compared by Hamming distance, with a
//! quality score that says how much a picture has to say (flat or featureless pictures
//! score low and should not be matched).
//!
//! The steps, each as the reference does it (written from the algorithm description, in
//! `f32` like the reference so that the same luma gives the same bits):
//!
//! 1. RGB → luma with Y = 0.299 R + 0.587 G + 0.114 B.
//! 2. Blur with a Jarosz filter, two passes of a 1-D box filter along the rows then along
//!    the columns, the window ⌈side / 128⌉ (half of a 64th of the side, since two passes
//!    make a tent of a 64th); then keep the 64×64 pixels at the centres of a 64×64 grid.
//!    A picture that is already 64×64 is taken as it is.
//! 3. Quality: the sum of |Δ| × 100 / 255 (truncated) over vertical and horizontal
//!    neighbours of the 64×64 picture, divided by 90, capped at 100.
//! 4. The 16×16 lowest non-constant frequencies of a 2-D DCT-II of the 64×64 picture
//!    (rows 1..=16 of the orthonormal 64-point DCT matrix, `D A Dᵀ`).
//! 5. Bit `16 i + j` is set when coefficient (i, j) is above the median of the 256
//!    (the lower median, as the reference's Torben median returns).
//!
//! The eight dihedral hashes (rotations and flips) come from the same DCT: mirroring a
//! picture along an axis flips the sign of every coefficient whose frequency along that
//! axis is odd, and a transpose transposes the coefficients, so they cost only eight
//! thresholdings. They are close to, not always equal to, the hash
//! of the transformed picture: the blur and the decimation grid are not exactly symmetric
//! (the reference says the same, `pdq/README.md`, "Note on Dihedral PDQ Hashes").
//!
//! The hex form is the reference's: 64 hex digits, the most significant first, where bit
//! `k` of the hash is bit `k` of the 256-bit number. [`PdqHash`] keeps its bytes in that
//! order, so `hex::encode` of the bytes is the reference string.

use std::fmt;
use std::str::FromStr;

/// Side of the downsampled picture.
const SIDE: usize = 64;
/// Side of the kept block of DCT coefficients.
const DCT_SIDE: usize = 16;
/// The reference hashes nothing smaller than this (both sides); smaller gives the zero hash
/// with quality 0.
pub const MIN_SIDE: u32 = 5;
/// Passes of the Jarosz filter (each pass: rows, then columns).
const JAROSZ_PASSES: usize = 2;

/// Luma coefficients (ITU-R BT.601, as the reference).
const LUMA_R: f32 = 0.299;
const LUMA_G: f32 = 0.587;
const LUMA_B: f32 = 0.114;

/// A 256-bit PDQ hash.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct PdqHash(pub [u8; 32]);

impl PdqHash {
    /// The number of differing bits (0..=256).
    pub fn hamming(&self, other: &PdqHash) -> u32 {
        self.0
            .iter()
            .zip(other.0.iter())
            .map(|(a, b)| (a ^ b).count_ones())
            .sum()
    }

    /// Bit `k` (0..256) in the reference's numbering: bit `16 i + j` is DCT coefficient
    /// (i, j).
    pub fn bit(&self, k: usize) -> bool {
        let k = k % 256;
        self.0[31 - k / 8] >> (k % 8) & 1 == 1
    }

    fn set_bit(&mut self, k: usize) {
        self.0[31 - k / 8] |= 1 << (k % 8);
    }

    /// The reference's 64-digit lowercase hex form.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Parses the reference's hex form (64 hex digits, either case).
    pub fn from_hex(text: &str) -> Result<Self, PdqError> {
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(text, &mut bytes).map_err(|_| PdqError::BadHex(text.into()))?;
        Ok(PdqHash(bytes))
    }
}

impl fmt::Display for PdqHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for PdqHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PdqHash({})", self.to_hex())
    }
}

impl FromStr for PdqHash {
    type Err = PdqError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PdqHash::from_hex(s)
    }
}

impl serde::Serialize for PdqHash {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> serde::Deserialize<'de> for PdqHash {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        PdqHash::from_hex(&text).map_err(serde::de::Error::custom)
    }
}

/// What can be wrong with an input to PDQ.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdqError {
    /// The pixel buffer does not have `width × height × channels` values.
    #[error("a {width}x{height} picture needs {expected} values, got {got}")]
    BufferSize {
        width: u32,
        height: u32,
        expected: usize,
        got: usize,
    },
    /// Not 64 hex digits.
    #[error("not a PDQ hash (64 hex digits): {0:?}")]
    BadHex(String),
}

/// A hash and the picture's quality (0..=100; the reference suggests ignoring hashes of
/// quality 49 and below).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hashed {
    pub hash: PdqHash,
    pub quality: u8,
}

/// The eight dihedral hashes of one picture, in the reference's order, and its quality.
///
/// `flip_y` is the hash of the left-right mirror image (the columns reversed), `flip_x`
/// of the upside-down image (the rows reversed); `flip_plus1` is the transpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dihedral {
    pub original: PdqHash,
    pub rotate90: PdqHash,
    pub rotate180: PdqHash,
    pub rotate270: PdqHash,
    pub flip_x: PdqHash,
    pub flip_y: PdqHash,
    pub flip_plus1: PdqHash,
    pub flip_minus1: PdqHash,
    pub quality: u8,
}

impl Dihedral {
    /// The eight hashes in the reference's order.
    pub fn all(&self) -> [PdqHash; 8] {
        [
            self.original,
            self.rotate90,
            self.rotate180,
            self.rotate270,
            self.flip_x,
            self.flip_y,
            self.flip_plus1,
            self.flip_minus1,
        ]
    }

    /// The left-right mirror image's hash (what a horizontally flipped re-upload gives).
    pub fn mirrored(&self) -> PdqHash {
        self.flip_y
    }
}

/// Luma of packed 8-bit RGB (`rgb.len() == width × height × 3`, row-major).
pub fn luma_from_rgb(rgb: &[u8], width: u32, height: u32) -> Result<Vec<f32>, PdqError> {
    check_len(rgb.len(), width, height, 3)?;
    Ok(rgb
        .chunks_exact(3)
        .map(|p| LUMA_R * f32::from(p[0]) + LUMA_G * f32::from(p[1]) + LUMA_B * f32::from(p[2]))
        .collect())
}

/// PDQ of packed 8-bit RGB (row-major, `width × height × 3` bytes).
pub fn hash_rgb(rgb: &[u8], width: u32, height: u32) -> Result<Hashed, PdqError> {
    let luma = luma_from_rgb(rgb, width, height)?;
    hash_luma(&luma, width, height)
}

/// PDQ of a luma picture (row-major, `width × height` values in 0..=255).
pub fn hash_luma(luma: &[f32], width: u32, height: u32) -> Result<Hashed, PdqError> {
    let (coefficients, quality) = coefficients(luma, width, height)?;
    let hash = match coefficients {
        Some(c) => threshold(&c),
        None => PdqHash::default(),
    };
    Ok(Hashed { hash, quality })
}

/// The eight dihedral hashes of packed 8-bit RGB.
pub fn dihedral_rgb(rgb: &[u8], width: u32, height: u32) -> Result<Dihedral, PdqError> {
    let luma = luma_from_rgb(rgb, width, height)?;
    dihedral_luma(&luma, width, height)
}

/// The eight dihedral hashes of a luma picture.
pub fn dihedral_luma(luma: &[f32], width: u32, height: u32) -> Result<Dihedral, PdqError> {
    let (coefficients, quality) = coefficients(luma, width, height)?;
    let Some(c) = coefficients else {
        let zero = PdqHash::default();
        return Ok(Dihedral {
            original: zero,
            rotate90: zero,
            rotate180: zero,
            rotate270: zero,
            flip_x: zero,
            flip_y: zero,
            flip_plus1: zero,
            flip_minus1: zero,
            quality,
        });
    };
    let t = |transpose, negate_even_rows, negate_even_cols| {
        threshold(&transform(
            &c,
            transpose,
            negate_even_rows,
            negate_even_cols,
        ))
    };
    Ok(Dihedral {
        original: threshold(&c),
        rotate90: t(true, true, false),
        rotate180: t(false, true, true),
        rotate270: t(true, false, true),
        flip_x: t(false, true, false),
        flip_y: t(false, false, true),
        flip_plus1: t(true, false, false),
        flip_minus1: t(true, true, true),
        quality,
    })
}

type Block = [[f32; DCT_SIDE]; DCT_SIDE];

fn check_len(got: usize, width: u32, height: u32, channels: usize) -> Result<(), PdqError> {
    let expected = (width as usize)
        .saturating_mul(height as usize)
        .saturating_mul(channels);
    if got != expected {
        return Err(PdqError::BufferSize {
            width,
            height,
            expected,
            got,
        });
    }
    Ok(())
}

/// The 16×16 DCT block (None for a picture too small to hash) and the quality.
fn coefficients(luma: &[f32], width: u32, height: u32) -> Result<(Option<Block>, u8), PdqError> {
    check_len(luma.len(), width, height, 1)?;
    if width < MIN_SIDE || height < MIN_SIDE {
        return Ok((None, 0));
    }
    let small = downsample(luma, width as usize, height as usize);
    let quality = quality(&small);
    Ok((Some(dct(&small)), quality))
}

/// Jarosz blur and decimation to 64×64 (row-major).
fn downsample(luma: &[f32], cols: usize, rows: usize) -> Vec<f32> {
    if cols == SIDE && rows == SIDE {
        return luma.to_vec();
    }
    let along_rows = window(cols);
    let along_cols = window(rows);
    let mut a = luma.to_vec();
    let mut b = vec![0f32; a.len()];
    for _ in 0..JAROSZ_PASSES {
        for r in 0..rows {
            box_1d(&a, &mut b, r * cols, cols, 1, along_rows);
        }
        for c in 0..cols {
            box_1d(&b, &mut a, c, rows, cols, along_cols);
        }
    }
    let mut out = Vec::with_capacity(SIDE * SIDE);
    for i in 0..SIDE {
        let r = (((i as f64 + 0.5) * rows as f64) / SIDE as f64) as usize;
        for j in 0..SIDE {
            let c = (((j as f64 + 0.5) * cols as f64) / SIDE as f64) as usize;
            out.push(a[r * cols + c]);
        }
    }
    out
}

/// The box window along a side: half of side/64, rounded up (two passes make the tent).
fn window(side: usize) -> usize {
    side.div_ceil(2 * SIDE)
}

/// A box filter of `full` taps over `len` values of `input` starting at `start`, `stride`
/// apart. Output `i` is the mean of inputs `i - (full - half)` ..= `i + half - 1` that
/// exist, `half = (full + 2) / 2`. The running sum is updated in the same order as the
/// reference's (add the entering value, then subtract the leaving one), so the `f32`
/// rounding is the same.
fn box_1d(input: &[f32], output: &mut [f32], start: usize, len: usize, stride: usize, full: usize) {
    let full = full.max(1);
    let half = (full + 2) / 2;
    let at = |i: usize| start + i * stride;
    let mut sum = 0f32;
    let (mut left, mut right) = (0usize, 0usize); // the window is left..right
    for out in 0..len {
        let end = (out + half).min(len);
        while right < end {
            sum += input[at(right)];
            right += 1;
        }
        let begin = (out + half).saturating_sub(full);
        while left < begin {
            sum -= input[at(left)];
            left += 1;
        }
        output[at(out)] = sum / (right - left) as f32;
    }
}

fn quality(small: &[f32]) -> u8 {
    let step = |u: f32, v: f32| (((u - v) * 100.0) / 255.0) as i32;
    let mut sum: i64 = 0;
    for i in 0..SIDE - 1 {
        for j in 0..SIDE {
            sum += i64::from(step(small[i * SIDE + j], small[(i + 1) * SIDE + j]).abs());
        }
    }
    for i in 0..SIDE {
        for j in 0..SIDE - 1 {
            sum += i64::from(step(small[i * SIDE + j], small[i * SIDE + j + 1]).abs());
        }
    }
    (sum / 90).min(100) as u8
}

/// Rows 1..=16 of the orthonormal 64-point DCT-II matrix, as `f32` like the reference.
fn dct_matrix() -> [[f32; SIDE]; DCT_SIDE] {
    let scale = (2.0f64 / SIDE as f64).sqrt() as f32;
    let mut m = [[0f32; SIDE]; DCT_SIDE];
    for (i, row) in m.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            let angle =
                (std::f64::consts::PI / 2.0 / SIDE as f64) * (i + 1) as f64 * (2 * j + 1) as f64;
            *cell = (f64::from(scale) * angle.cos()) as f32;
        }
    }
    m
}

/// `D A Dᵀ` for the 16 kept rows of `D`, summed in index order like the reference.
fn dct(a: &[f32]) -> Block {
    let d = dct_matrix();
    let mut t = [[0f32; SIDE]; DCT_SIDE];
    for i in 0..DCT_SIDE {
        for j in 0..SIDE {
            let mut sum = 0f32;
            for k in 0..SIDE {
                sum += d[i][k] * a[k * SIDE + j];
            }
            t[i][j] = sum;
        }
    }
    let mut b = [[0f32; DCT_SIDE]; DCT_SIDE];
    for i in 0..DCT_SIDE {
        for j in 0..DCT_SIDE {
            let mut sum = 0f32;
            for k in 0..SIDE {
                sum += t[i][k] * d[j][k];
            }
            b[i][j] = sum;
        }
    }
    b
}

/// One bit per coefficient: above the (lower) median of the 256.
fn threshold(b: &Block) -> PdqHash {
    let mut sorted: Vec<f32> = b.iter().flatten().copied().collect();
    sorted.sort_by(f32::total_cmp);
    let median = sorted[(sorted.len() - 1) / 2];
    let mut hash = PdqHash::default();
    for (i, row) in b.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            if v > median {
                hash.set_bit(i * DCT_SIDE + j);
            }
        }
    }
    hash
}

/// The DCT block of a transformed picture. Reversing a picture along an axis flips the sign
/// of the coefficients whose (1-based) frequency along that axis is odd, i.e. of the even
/// 0-based rows or columns; transposing the picture transposes the block. The negations
/// are named in the output's rows and columns.
fn transform(a: &Block, transpose: bool, negate_even_rows: bool, negate_even_cols: bool) -> Block {
    let mut b = [[0f32; DCT_SIDE]; DCT_SIDE];
    for (i, row) in a.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            let (r, c) = if transpose { (j, i) } else { (i, j) };
            let negate = (negate_even_rows && r % 2 == 0) ^ (negate_even_cols && c % 2 == 0);
            b[r][c] = if negate { -v } else { v };
        }
    }
    b
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A deterministic picture with detail at every scale (value noise: octaves of
    /// bilinearly interpolated random grids, each half the amplitude of the one before),
    /// roughly the 1/f spectrum of a photograph; the same content at any size.
    pub(crate) fn picture(width: u32, height: u32, seed: u32) -> Vec<u8> {
        let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(12345);
        let mut next = move || {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            f32::from((state >> 16) as u8) / 255.0 - 0.5
        };
        let octaves: Vec<(usize, Vec<f32>)> = [2usize, 4, 8, 16, 32]
            .iter()
            .map(|&n| (n, (0..(n + 1) * (n + 1)).map(|_| next()).collect()))
            .collect();
        let mut rgb = Vec::with_capacity((width * height * 3) as usize);
        for y in 0..height {
            for x in 0..width {
                let (fx, fy) = (x as f32 / width as f32, y as f32 / height as f32);
                let mut v = 0.0;
                let mut amplitude = 400.0;
                for (n, grid) in &octaves {
                    let (gx, gy) = (fx * *n as f32, fy * *n as f32);
                    let (ix, iy) = (gx as usize, gy as usize);
                    let (tx, ty) = (gx - ix as f32, gy - iy as f32);
                    let at = |i: usize, j: usize| grid[j * (n + 1) + i];
                    let top = at(ix, iy) * (1.0 - tx) + at(ix + 1, iy) * tx;
                    let bottom = at(ix, iy + 1) * (1.0 - tx) + at(ix + 1, iy + 1) * tx;
                    v += amplitude * (top * (1.0 - ty) + bottom * ty);
                    amplitude /= 2.0;
                }
                let v = (128.0 + v).clamp(0.0, 255.0) as u8;
                rgb.extend([v, v.saturating_sub(10), v / 2 + 100]);
            }
        }
        rgb
    }

    fn mirror(rgb: &[u8], width: u32, height: u32) -> Vec<u8> {
        let w = width as usize;
        let mut out = Vec::with_capacity(rgb.len());
        for y in 0..height as usize {
            for x in (0..w).rev() {
                let p = (y * w + x) * 3;
                out.extend_from_slice(&rgb[p..p + 3]);
            }
        }
        out
    }

    #[test]
    fn reference_hex_strings_round_trip() {
        // Expected hashes from ThreatExchange's pdq/python/pdqhashing/tests/pdq_test.py.
        for text in [
            "d8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22",
            "0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff",
        ] {
            let hash = PdqHash::from_hex(text).unwrap();
            assert_eq!(hash.to_hex(), text);
            assert_eq!(text.parse::<PdqHash>().unwrap(), hash);
        }
        // Bit k is bit k of the 256-bit number: the last hex digit holds bits 0..4.
        let small =
            PdqHash::from_hex("0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff")
                .unwrap();
        assert!(small.bit(0) && small.bit(9) && !small.bit(10));
        assert!(small.bit(16 * 15) && small.bit(16 * 15 + 2) && !small.bit(16 * 15 + 3));
        assert!(PdqHash::from_hex("xyz").is_err());
        assert!(PdqHash::from_hex(&"0".repeat(63)).is_err());
    }

    #[test]
    fn hamming_counts_differing_bits() {
        let a = PdqHash::default();
        let mut b = a;
        b.set_bit(0);
        b.set_bit(255);
        b.set_bit(100);
        assert_eq!(a.hamming(&b), 3);
        assert_eq!(b.hamming(&b), 0);
        assert_eq!(PdqHash([0xff; 32]).hamming(&a), 256);
    }

    #[test]
    fn serde_is_the_hex_string() {
        let hash =
            PdqHash::from_hex("d8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22")
                .unwrap();
        let json = serde_json::to_string(&hash).unwrap();
        assert_eq!(
            json,
            "\"d8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22\""
        );
        assert_eq!(serde_json::from_str::<PdqHash>(&json).unwrap(), hash);
        assert!(serde_json::from_str::<PdqHash>("\"00\"").is_err());
    }

    #[test]
    fn half_the_bits_are_set_and_quality_is_high_for_a_busy_picture() {
        let rgb = picture(320, 240, 1);
        let h = hash_rgb(&rgb, 320, 240).unwrap();
        let ones: u32 = h.hash.0.iter().map(|b| b.count_ones()).sum();
        assert_eq!(
            ones, 128,
            "bits above the lower median of 256 distinct values"
        );
        assert!(h.quality >= 50, "{}", h.quality);
    }

    #[test]
    fn flat_and_tiny_pictures_have_no_quality() {
        let flat = vec![90u8; 100 * 80 * 3];
        assert_eq!(hash_rgb(&flat, 100, 80).unwrap().quality, 0);
        let tiny = vec![90u8; 4 * 40 * 3];
        let h = hash_rgb(&tiny, 4, 40).unwrap();
        assert_eq!((h.hash, h.quality), (PdqHash::default(), 0));
    }

    #[test]
    fn wrong_buffer_sizes_are_refused() {
        assert!(matches!(
            hash_rgb(&[0; 10], 2, 2),
            Err(PdqError::BufferSize {
                expected: 12,
                got: 10,
                ..
            })
        ));
        assert!(hash_luma(&[0.0; 3], 2, 2).is_err());
    }

    #[test]
    fn small_changes_stay_close_and_other_pictures_are_far() {
        let a = picture(400, 300, 1);
        let ha = hash_rgb(&a, 400, 300).unwrap().hash;
        let brighter: Vec<u8> = a.iter().map(|&v| v.saturating_add(12)).collect();
        let d = ha.hamming(&hash_rgb(&brighter, 400, 300).unwrap().hash);
        assert!(d <= 16, "brighter: {d}");
        // Same picture at another size.
        let smaller = picture(200, 150, 1);
        let d = ha.hamming(&hash_rgb(&smaller, 200, 150).unwrap().hash);
        assert!(d <= 20, "smaller: {d}");
        let other = picture(400, 300, 4);
        let d = ha.hamming(&hash_rgb(&other, 400, 300).unwrap().hash);
        assert!(d > 60, "other: {d}");
    }

    #[test]
    fn the_mirror_hash_matches_the_mirrored_picture() {
        let (w, h) = (256, 192);
        let a = picture(w, h, 2);
        let d = dihedral_rgb(&a, w, h).unwrap();
        assert_eq!(d.original, hash_rgb(&a, w, h).unwrap().hash);
        let mirrored = hash_rgb(&mirror(&a, w, h), w, h).unwrap().hash;
        // Close, not equal: the blur window and the decimation grid are not symmetric. The
        // reference does the same (2 to 32 bits on the test clips' frames), so the bound
        // is vPDQ's match distance.
        let d_mirror = d.mirrored().hamming(&mirrored);
        assert!(d_mirror <= 31, "{d_mirror}");
        assert!(d.original.hamming(&mirrored) > 64);
        // The eight are distinct for an asymmetric picture.
        let all = d.all();
        for i in 0..8 {
            for j in i + 1..8 {
                assert_ne!(all[i], all[j], "{i} {j}");
            }
        }
    }

    #[test]
    fn box_filter_means_over_the_window() {
        // full 3, half 2: output i averages i-1..=i+1.
        let input = [1.0, 2.0, 3.0, 4.0, 5.0];
        let mut out = [0.0; 5];
        box_1d(&input, &mut out, 0, 5, 1, 3);
        assert_eq!(out, [1.5, 2.0, 3.0, 4.0, 4.5]);
        // full 4, half 3: output i averages i-1..=i+2.
        let mut out = [0.0; 5];
        box_1d(&input, &mut out, 0, 5, 1, 4);
        assert_eq!(out, [2.0, 2.5, 3.5, 4.0, 4.5]);
        // A strided column.
        let input = [1.0, 9.0, 3.0, 9.0, 5.0, 9.0];
        let mut out = [0.0; 6];
        box_1d(&input, &mut out, 0, 3, 2, 3);
        assert_eq!([out[0], out[2], out[4]], [2.0, 3.0, 4.0]);
        assert_eq!(window(1024), 8);
        assert_eq!(window(64), 1);
        assert_eq!(window(129), 2);
    }

    #[test]
    fn lower_median_of_256() {
        let mut b: Block = [[0.0; 16]; 16];
        for (k, v) in b.iter_mut().flatten().enumerate() {
            *v = k as f32;
        }
        // Median is 127: bits 128..=255 are set.
        let h = threshold(&b);
        assert!(!h.bit(127) && h.bit(128) && h.bit(255));
    }
}
