//! Approximate nearest neighbours over video vectors: an inverted file (IVF) of int8
//! codes, re-scored exactly.
//!
//! Built from a snapshot of the model's video vectors (cosine similarity on normalised
//! vectors) and swapped in whole. The vectors are split into `lists` clusters by
//! spherical k-means; each video is stored in its cluster's list as an int8 code (one
//! scale per vector). A search ranks the cluster centres against the query, scans the
//! codes of the `probes` best lists with integer dot products, and re-scores the best
//! `RERANK × k` of them exactly on the f32 vectors, so the order it returns is exact
//! and only *which* videos are considered is approximate. The engine re-scores the
//! candidates once more with the live model, so an index a minute old changes the
//! candidates, never how they are ranked.
//!
//! Why this and not a graph (HNSW via `hnsw_rs`, which Spool used before): at a million
//! 32-dimensional vectors the graph found 42–49 % of the true top 100 at the `ef` that
//! fitted the page budget, cost ≈ 1 KiB per video and 400 s to build on 2 cores; this
//! index finds > 95 % in a fraction of a millisecond, costs 180 bytes per video and
//! builds in seconds. The alternatives were measured side by side by `spool bench feed
//! --compare` (docs/benchmarks.md).

use rand::rngs::StdRng;
use rand::seq::index::sample;
use rand::{Rng, SeedableRng};

use crate::model::{Vector, DIM};

/// Up to this many videos, `search` is exact (a full scan is as fast as the lists).
pub const EXACT_BELOW: usize = 20_000;

/// Lists probed per search by default (measured in `spool bench feed --compare`).
pub const DEFAULT_PROBES: usize = 24;

/// Candidates re-scored exactly per result wanted.
pub const RERANK: usize = 3;

/// Sample points per cluster used to train the cluster centres.
const TRAIN_PER_LIST: usize = 64;
/// Rounds of k-means.
const TRAIN_ROUNDS: usize = 10;

/// A vector quantized to int8: `x[i] ≈ scale × code[i]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantized {
    pub code: [i8; DIM],
    pub scale: f32,
}

/// Symmetric int8 quantization with one scale per vector (max |x| ↦ 127). Every
/// coordinate is off by at most `scale / 2`.
pub fn quantize(v: &Vector) -> Quantized {
    let max = v.iter().fold(0.0f32, |m, x| m.max(x.abs()));
    if !max.is_finite() || max == 0.0 {
        return Quantized {
            code: [0; DIM],
            scale: 0.0,
        };
    }
    let scale = max / 127.0;
    let mut code = [0i8; DIM];
    for (c, x) in code.iter_mut().zip(v) {
        // In range by construction; the clamp only guards against rounding.
        *c = (x / scale).round().clamp(-127.0, 127.0) as i8;
    }
    Quantized { code, scale }
}

impl Quantized {
    pub fn dequantize(&self) -> Vector {
        let mut out = [0.0; DIM];
        for (o, c) in out.iter_mut().zip(&self.code) {
            *o = f32::from(*c) * self.scale;
        }
        out
    }
}

fn dot_i8(a: &[i8; DIM], b: &[i8; DIM]) -> i32 {
    a.iter()
        .zip(b)
        .map(|(x, y)| i32::from(*x) * i32::from(*y))
        .sum()
}

fn dot(a: &Vector, b: &Vector) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

pub fn normalized(v: &Vector) -> Option<Vector> {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if !norm.is_finite() || norm < 1e-6 {
        return None;
    }
    let mut out = *v;
    for x in &mut out {
        *x /= norm;
    }
    Some(out)
}

/// The `k` largest by score, best first (ties by index, so results are repeatable).
fn top_k<T: Copy + Ord>(mut all: Vec<(f32, T)>, k: usize) -> Vec<(f32, T)> {
    let k = k.min(all.len());
    if k == 0 {
        return Vec::new();
    }
    let order = |a: &(f32, T), b: &(f32, T)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
    if k < all.len() {
        all.select_nth_unstable_by(k - 1, order);
        all.truncate(k);
    }
    all.sort_unstable_by(order);
    all
}

/// Runs `f` over `items` in contiguous chunks on every core, results in order.
fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads == 1 || items.len() < 4096 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(v) => v,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

/// The index of the centre most similar to `v`.
fn nearest(centres: &[Vector], v: &Vector) -> usize {
    let mut best = (f32::NEG_INFINITY, 0);
    for (i, c) in centres.iter().enumerate() {
        let s = dot(c, v);
        if s > best.0 {
            best = (s, i);
        }
    }
    best.1
}

/// Spherical k-means on a sample of `vectors` (unit length): `lists` unit centres.
fn train_centres(vectors: &[Vector], lists: usize, rng: &mut StdRng) -> Vec<Vector> {
    let n = vectors.len();
    let lists = lists.clamp(1, n);
    let m = (lists * TRAIN_PER_LIST).min(n);
    let train: Vec<Vector> = sample(rng, n, m).into_iter().map(|i| vectors[i]).collect();
    let mut centres: Vec<Vector> = train[..lists].to_vec();
    for _ in 0..TRAIN_ROUNDS {
        let assign = par_map(&train, |v| nearest(&centres, v));
        let mut sums = vec![[0.0f32; DIM]; lists];
        let mut counts = vec![0usize; lists];
        for (v, &c) in train.iter().zip(&assign) {
            counts[c] += 1;
            for (s, x) in sums[c].iter_mut().zip(v) {
                *s += x;
            }
        }
        for (c, (sum, count)) in centres.iter_mut().zip(sums.iter().zip(&counts)) {
            // An empty cluster restarts from a random training point.
            *c = match (*count > 0).then(|| normalized(sum)).flatten() {
                Some(n) => n,
                None => train[rng.gen_range(0..train.len())],
            };
        }
    }
    centres
}

/// The index. Every per-video array is in list order: list `l` holds the entries
/// `offsets[l]..offsets[l + 1]`.
pub struct AnnIndex {
    centres: Vec<Vector>,
    offsets: Vec<u32>,
    ids: Vec<u128>,
    codes: Vec<[i8; DIM]>,
    scales: Vec<f32>,
    /// The normalised vectors: exact re-scoring and exact search.
    vectors: Vec<Vector>,
}

impl AnnIndex {
    pub fn empty() -> AnnIndex {
        AnnIndex {
            centres: Vec::new(),
            offsets: vec![0],
            ids: Vec::new(),
            codes: Vec::new(),
            scales: Vec::new(),
            vectors: Vec::new(),
        }
    }

    /// The number of lists for `n` videos: about √n, so a list holds about √n videos.
    pub fn default_lists(n: usize) -> usize {
        ((n as f64).sqrt().round() as usize).max(1)
    }

    /// Builds the index with `default_lists` (uses every core).
    pub fn build(items: Vec<(u128, Vector)>) -> AnnIndex {
        let n = items.len();
        AnnIndex::build_with(items, AnnIndex::default_lists(n), 0x1f_5eed)
    }

    /// Builds the index with `lists` clusters, trained from a sample drawn with `seed`.
    pub fn build_with(items: Vec<(u128, Vector)>, lists: usize, seed: u64) -> AnnIndex {
        let (ids, vectors): (Vec<u128>, Vec<Vector>) = items
            .into_iter()
            .filter_map(|(id, v)| normalized(&v).map(|n| (id, n)))
            .unzip();
        if ids.is_empty() {
            return AnnIndex::empty();
        }
        let mut rng = StdRng::seed_from_u64(seed);
        let centres = train_centres(&vectors, lists, &mut rng);
        let assign = par_map(&vectors, |v| nearest(&centres, v) as u32);
        // Counting sort by list.
        let mut offsets = vec![0u32; centres.len() + 1];
        for &l in &assign {
            offsets[l as usize + 1] += 1;
        }
        for l in 0..centres.len() {
            offsets[l + 1] += offsets[l];
        }
        let mut next: Vec<u32> = offsets[..centres.len()].to_vec();
        let mut order = vec![0u32; ids.len()];
        for (i, &l) in assign.iter().enumerate() {
            order[next[l as usize] as usize] = i as u32;
            next[l as usize] += 1;
        }
        drop(assign);
        let ids: Vec<u128> = order.iter().map(|&i| ids[i as usize]).collect();
        let vectors: Vec<Vector> = order.iter().map(|&i| vectors[i as usize]).collect();
        let (codes, scales) = vectors
            .iter()
            .map(|v| {
                let q = quantize(v);
                (q.code, q.scale)
            })
            .unzip();
        AnnIndex {
            centres,
            offsets,
            ids,
            codes,
            scales,
            vectors,
        }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The number of lists (clusters).
    pub fn lists(&self) -> usize {
        self.centres.len()
    }

    /// Bytes held by the index (its arrays' capacities).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.centres.capacity() * size_of::<Vector>()
            + self.offsets.capacity() * size_of::<u32>()
            + self.ids.capacity() * size_of::<u128>()
            + self.codes.capacity() * size_of::<[i8; DIM]>()
            + self.scales.capacity() * size_of::<f32>()
            + self.vectors.capacity() * size_of::<Vector>()
    }

    /// Every (id, normalised vector), in the index's order (for comparisons).
    pub fn items(&self) -> impl Iterator<Item = (u128, &Vector)> {
        self.ids.iter().copied().zip(&self.vectors)
    }

    /// Up to `k` videos most similar to `query` (cosine), best first: exact for small
    /// catalogs, else the lists with `DEFAULT_PROBES`.
    pub fn search(&self, query: &Vector, k: usize) -> Vec<(u128, f32)> {
        if self.ids.len() <= EXACT_BELOW {
            return self.exact(query, k);
        }
        self.search_lists(query, k, DEFAULT_PROBES)
    }

    /// Up to `k` neighbours from the `probes` lists nearest to the query, whatever the
    /// index's size; the best `RERANK × k` by int8 score are re-scored exactly.
    pub fn search_lists(&self, query: &Vector, k: usize, probes: usize) -> Vec<(u128, f32)> {
        let Some(q) = normalized(query) else {
            return Vec::new();
        };
        if k == 0 || self.is_empty() {
            return Vec::new();
        }
        let centre_scores: Vec<(f32, u32)> = self
            .centres
            .iter()
            .enumerate()
            .map(|(l, c)| (dot(c, &q), l as u32))
            .collect();
        let probed = top_k(centre_scores, probes.max(1));
        let ranges: Vec<std::ops::Range<usize>> = probed
            .iter()
            .map(|&(_, l)| self.offsets[l as usize] as usize..self.offsets[l as usize + 1] as usize)
            .collect();
        self.rescore(&q, ranges, k)
    }

    /// The int8 codes of every video scanned, then exact re-scoring (quantization alone,
    /// no lists: for measuring what the codes lose).
    pub fn search_flat_int8(&self, query: &Vector, k: usize) -> Vec<(u128, f32)> {
        let Some(q) = normalized(query) else {
            return Vec::new();
        };
        self.rescore(&q, std::iter::once(0..self.ids.len()), k)
    }

    /// Scans `ranges` by int8 score (the query's own scale is common to all, so left
    /// out), keeps the best `RERANK × k` and orders those by their exact score.
    fn rescore(
        &self,
        q: &Vector,
        ranges: impl IntoIterator<Item = std::ops::Range<usize>>,
        k: usize,
    ) -> Vec<(u128, f32)> {
        let qc = quantize(q).code;
        let mut approx: Vec<(f32, u32)> = Vec::new();
        for r in ranges {
            approx.extend(
                self.codes[r.clone()]
                    .iter()
                    .zip(&self.scales[r.clone()])
                    .zip(r)
                    .map(|((c, s), i)| (s * dot_i8(c, &qc) as f32, i as u32)),
            );
        }
        let shortlist = top_k(approx, k.saturating_mul(RERANK).max(k + 16));
        let exact = shortlist
            .into_iter()
            .map(|(_, i)| (dot(&self.vectors[i as usize], q), i))
            .collect();
        top_k(exact, k)
            .into_iter()
            .map(|(s, i)| (self.ids[i as usize], s))
            .collect()
    }

    /// Exact search over the same vectors (small catalogs, and the reference that the
    /// benchmark measures recall against).
    pub fn exact(&self, query: &Vector, k: usize) -> Vec<(u128, f32)> {
        let Some(q) = normalized(query) else {
            return Vec::new();
        };
        let all: Vec<(f32, u32)> = self
            .vectors
            .iter()
            .enumerate()
            .map(|(i, v)| (dot(v, &q), i as u32))
            .collect();
        top_k(all, k)
            .into_iter()
            .map(|(s, i)| (self.ids[i as usize], s))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn random_vector(rng: &mut StdRng) -> Vector {
        let mut v = [0.0; DIM];
        for x in &mut v {
            *x = rng.gen::<f32>() - 0.5;
        }
        v
    }

    /// Points around `clusters` random centres: the shape of real embeddings (topics),
    /// where lists pay off.
    fn clustered(n: usize, clusters: usize, seed: u64) -> Vec<(u128, Vector)> {
        let mut rng = StdRng::seed_from_u64(seed);
        let centres: Vec<Vector> = (0..clusters).map(|_| random_vector(&mut rng)).collect();
        (0..n)
            .map(|i| {
                let c = centres[rng.gen_range(0..clusters)];
                let noise = random_vector(&mut rng);
                let mut v = [0.0; DIM];
                for k in 0..DIM {
                    v[k] = c[k] + 0.6 * noise[k];
                }
                (i as u128, v)
            })
            .collect()
    }

    fn recall(index: &AnnIndex, queries: &[Vector], k: usize, probes: usize) -> f64 {
        let (mut hits, mut total) = (0, 0);
        for q in queries {
            let exact: Vec<u128> = index.exact(q, k).into_iter().map(|x| x.0).collect();
            let got: Vec<u128> = index
                .search_lists(q, k, probes)
                .into_iter()
                .map(|x| x.0)
                .collect();
            hits += got.iter().filter(|x| exact.contains(x)).count();
            total += exact.len();
        }
        hits as f64 / total as f64
    }

    #[test]
    fn quantization_round_trips_within_half_a_step() {
        let mut rng = StdRng::seed_from_u64(1);
        for _ in 0..200 {
            let v = random_vector(&mut rng);
            let q = quantize(&v);
            let back = q.dequantize();
            for (a, b) in v.iter().zip(&back) {
                assert!((a - b).abs() <= q.scale / 2.0 + 1e-7, "{a} vs {b}");
            }
            assert!(q.code.iter().any(|c| c.unsigned_abs() == 127));
        }
        assert_eq!(quantize(&[0.0; DIM]).scale, 0.0);
    }

    #[test]
    fn the_int8_dot_product_is_close_to_the_exact_one() {
        let mut rng = StdRng::seed_from_u64(2);
        for _ in 0..200 {
            let a = normalized(&random_vector(&mut rng)).unwrap();
            let b = normalized(&random_vector(&mut rng)).unwrap();
            let (qa, qb) = (quantize(&a), quantize(&b));
            let approx = qa.scale * qb.scale * dot_i8(&qa.code, &qb.code) as f32;
            // |Σ a b - Σ â b̂| ≤ Σ (|a| ε_b + |b| ε_a + ε_a ε_b) ≤ √DIM (ε_a + ε_b) + DIM ε_a ε_b
            let (ea, eb) = (qa.scale / 2.0, qb.scale / 2.0);
            let bound = (DIM as f32).sqrt() * (ea + eb) + DIM as f32 * ea * eb;
            assert!((approx - dot(&a, &b)).abs() <= bound);
        }
    }

    #[test]
    fn probing_every_list_is_exact() {
        let items = clustered(3000, 20, 3);
        let index = AnnIndex::build_with(items.clone(), 30, 1);
        assert_eq!(index.len(), 3000);
        assert_eq!(index.lists(), 30);
        for (_, q) in items.iter().take(20) {
            let exact = index.exact(q, 10);
            let all = index.search_lists(q, 10, 30);
            assert_eq!(
                exact.iter().map(|x| x.0).collect::<Vec<_>>(),
                all.iter().map(|x| x.0).collect::<Vec<_>>()
            );
            // Re-scored exactly: the same scores, best first.
            for (a, b) in exact.iter().zip(&all) {
                assert!((a.1 - b.1).abs() < 1e-6);
            }
            assert!(all.windows(2).all(|w| w[0].1 >= w[1].1));
        }
    }

    #[test]
    fn the_int8_scan_with_rescoring_finds_the_exact_neighbours() {
        let items = clustered(5000, 50, 4);
        let index = AnnIndex::build_with(items.clone(), 70, 1);
        let (mut hits, mut total) = (0, 0);
        for (_, q) in items.iter().take(50) {
            let exact: Vec<u128> = index.exact(q, 100).into_iter().map(|x| x.0).collect();
            let flat: Vec<u128> = index
                .search_flat_int8(q, 100)
                .into_iter()
                .map(|x| x.0)
                .collect();
            hits += flat.iter().filter(|x| exact.contains(x)).count();
            total += exact.len();
        }
        assert!(hits as f64 / total as f64 >= 0.99, "{hits}/{total}");
    }

    #[test]
    fn recall_grows_with_probes_and_passes_the_bar() {
        let items = clustered(20_000, 200, 5);
        let index = AnnIndex::build(items.clone());
        let queries: Vec<Vector> = clustered(100, 200, 6).into_iter().map(|x| x.1).collect();
        let few = recall(&index, &queries, 100, 2);
        let default = recall(&index, &queries, 100, DEFAULT_PROBES);
        let all = recall(&index, &queries, 100, index.lists());
        assert!(few <= default && default <= all, "{few} {default} {all}");
        assert!(all >= 0.999, "every list probed: {all}");
        assert!(
            default >= 0.9,
            "recall@100 with the default probes: {default}"
        );
    }

    #[test]
    fn tiny_and_degenerate_inputs() {
        assert!(AnnIndex::build(Vec::new())
            .search(&[1.0; DIM], 5)
            .is_empty());
        let index = AnnIndex::build(vec![(1, [0.0; DIM]), (2, [1.0; DIM]), (3, [-1.0; DIM])]);
        // The zero vector has no direction and is left out.
        assert_eq!(index.len(), 2);
        let got = index.search_lists(&[1.0; DIM], 5, 4);
        assert_eq!(got.iter().map(|x| x.0).collect::<Vec<_>>(), vec![2, 3]);
        assert!(index.search_lists(&[0.0; DIM], 5, 4).is_empty());
        assert!(index.search_lists(&[1.0; DIM], 0, 4).is_empty());
    }
}
