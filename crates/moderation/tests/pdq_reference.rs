//! Our PDQ against Meta's C++ reference implementation.
//!
//! `scripts/test` builds the reference (the PyPI package `pdqhash`, which compiles
//! ThreatExchange's `pdq/cpp`), hashes frames of the real test clips and a few ffmpeg
//! patterns with it, and points `SPOOL_TEST_PDQ` at the folder of pictures (`*.ppm`) and
//! their expected hashes (`expected.tsv`, see scripts/pdq-vectors.py). Like the other
//! tests on fetched data (`SPOOL_TEST_MEDIA`), this one fails when the variable or the
//! files are missing rather than passing without having looked.
//!
//! What "agrees" means is ThreatExchange's `pdq/README.md` ("Writing Your Own Hashing &
//! Matching Implementations"): (1) given the reference's own float luma, the hash is
//! exactly the reference's; (2) hashing from pixels, wherever the quality is >= 80 the
//! hash is within Hamming distance 10 of the reference's.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use spool_moderation::pdq::{self, PdqHash};

/// README criterion 2: the largest distance allowed for quality >= 80.
const README_TOLERANCE: u32 = 10;
const README_MIN_QUALITY: u8 = 80;

struct Vector {
    file: String,
    width: u32,
    height: u32,
    quality: u8,
    hash: PdqHash,
    dihedral: [PdqHash; 8],
}

fn vectors_dir() -> PathBuf {
    let dir = std::env::var("SPOOL_TEST_PDQ").expect(
        "SPOOL_TEST_PDQ is not set: run the tests through scripts/test, which builds the \
         PDQ reference (pdqhash from PyPI) and writes the vectors",
    );
    PathBuf::from(dir)
}

fn read_vectors(dir: &Path) -> Vec<Vector> {
    let path = dir.join("expected.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}: run scripts/test", path.display()));
    let vectors: Vec<Vector> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 13, "malformed line {line:?}");
            let hash = |s: &str| PdqHash::from_hex(s).unwrap();
            Vector {
                file: f[0].to_owned(),
                width: f[1].parse().unwrap(),
                height: f[2].parse().unwrap(),
                quality: f[3].parse().unwrap(),
                hash: hash(f[4]),
                dihedral: std::array::from_fn(|i| hash(f[5 + i])),
            }
        })
        .collect();
    assert!(
        vectors.len() >= 25,
        "{} has only {} vectors",
        path.display(),
        vectors.len()
    );
    vectors
}

/// A binary PPM (P6, maxval 255) as ffmpeg writes it.
fn read_ppm(path: &Path) -> (u32, u32, Vec<u8>) {
    let data =
        std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}: run scripts/test", path.display()));
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while data[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !data[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..at]).into_owned());
    }
    assert_eq!((fields[0].as_str(), fields[3].as_str()), ("P6", "255"));
    let (w, h): (u32, u32) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = data[at + 1..].to_vec();
    assert_eq!(pixels.len(), (w * h * 3) as usize, "{}", path.display());
    (w, h, pixels)
}

/// The luma that the `pdqhash` binding hands to the reference: numpy's float64
/// `R*0.299 + G*0.587 + B*0.114`, then cast to float32.
fn binding_luma(rgb: &[u8]) -> Vec<f32> {
    rgb.chunks_exact(3)
        .map(|p| {
            (f64::from(p[0]) * 0.299 + f64::from(p[1]) * 0.587 + f64::from(p[2]) * 0.114) as f32
        })
        .collect()
}

#[test]
fn same_luma_gives_exactly_the_reference_hashes() {
    let dir = vectors_dir();
    let mut failures = Vec::new();
    for v in read_vectors(&dir) {
        let (w, h, rgb) = read_ppm(&dir.join(&v.file));
        assert_eq!((w, h), (v.width, v.height), "{}", v.file);
        let luma = binding_luma(&rgb);
        let ours = pdq::hash_luma(&luma, w, h).unwrap();
        let dihedral = pdq::dihedral_luma(&luma, w, h).unwrap();
        if ours.hash != v.hash || ours.quality != v.quality {
            failures.push(format!(
                "{}: ours {} q{} (distance {}), reference {} q{}",
                v.file,
                ours.hash,
                ours.quality,
                ours.hash.hamming(&v.hash),
                v.hash,
                v.quality
            ));
        }
        for (i, (ours, theirs)) in dihedral.all().iter().zip(v.dihedral.iter()).enumerate() {
            if ours != theirs {
                failures.push(format!(
                    "{}: dihedral {i}: distance {}",
                    v.file,
                    ours.hamming(theirs)
                ));
            }
        }
        assert_eq!(dihedral.quality, v.quality, "{}", v.file);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hashing_pixels_is_within_the_readme_tolerance() {
    let dir = vectors_dir();
    let mut checked = 0;
    let mut worst = 0;
    for v in read_vectors(&dir) {
        let (w, h, rgb) = read_ppm(&dir.join(&v.file));
        let ours = pdq::hash_rgb(&rgb, w, h).unwrap();
        if v.quality >= README_MIN_QUALITY {
            let d = ours.hash.hamming(&v.hash);
            worst = worst.max(d);
            assert!(
                d <= README_TOLERANCE,
                "{}: distance {d} from the reference ({} vs {})",
                v.file,
                ours.hash,
                v.hash
            );
            assert!(ours.quality >= README_MIN_QUALITY - 2, "{}", v.file);
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} vectors of quality >= 80");
    println!("{checked} vectors; largest distance from the reference: {worst}");
}
