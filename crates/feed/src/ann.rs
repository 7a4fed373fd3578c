//! Approximate nearest neighbours over video vectors (HNSW, `hnsw_rs`).
//!
//! Built from a snapshot of the model's video vectors (cosine similarity on normalised
//! vectors) and swapped in whole; candidates it returns are re-scored exactly with the
//! live model, so an index a minute old only changes which videos are considered, never
//! how they are ranked. Measured against exact search in `spool bench feed`.

use anndists::dist::Distance;
use hnsw_rs::hnsw::Hnsw;

use crate::model::{Vector, DIM};

/// Cosine distance on vectors normalised beforehand: 1 - a·b, clamped at 0 against
/// rounding (anndists' `DistDot` asserts instead).
#[derive(Debug, Clone, Copy, Default)]
pub struct UnitCosine;

impl Distance<f32> for UnitCosine {
    fn eval(&self, a: &[f32], b: &[f32]) -> f32 {
        (1.0 - a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>()).max(0.0)
    }
}

/// Up to this many videos, `search` is exact.
pub const EXACT_BELOW: usize = 20_000;

pub struct AnnIndex {
    hnsw: Option<Hnsw<'static, f32, UnitCosine>>,
    ids: Vec<u128>,
    /// Kept for the exact search that the benchmark compares against.
    vectors: Vec<Vector>,
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

impl AnnIndex {
    pub fn empty() -> AnnIndex {
        AnnIndex {
            hnsw: None,
            ids: Vec::new(),
            vectors: Vec::new(),
        }
    }

    /// Builds the index (uses every core through rayon).
    pub fn build(items: Vec<(u128, Vector)>) -> AnnIndex {
        let mut ids = Vec::with_capacity(items.len());
        let mut vectors = Vec::with_capacity(items.len());
        for (id, v) in items {
            if let Some(n) = normalized(&v) {
                ids.push(id);
                vectors.push(n);
            }
        }
        if ids.is_empty() {
            return AnnIndex::empty();
        }
        let layers = 16.min((ids.len() as f32).ln().ceil().max(1.0) as usize);
        let hnsw = Hnsw::<f32, UnitCosine>::new(16, ids.len(), layers, 100, UnitCosine);
        let data: Vec<(&[f32], usize)> = vectors
            .iter()
            .enumerate()
            .map(|(i, v)| (&v[..], i))
            .collect();
        hnsw.parallel_insert_slice(&data);
        AnnIndex {
            hnsw: Some(hnsw),
            ids,
            vectors,
        }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Up to `k` videos most similar to `query` (cosine), best first.
    pub fn search(&self, query: &Vector, k: usize) -> Vec<(u128, f32)> {
        // Small catalogs: exact search is faster than the graph (measured in
        // `spool bench feed`).
        if self.ids.len() <= EXACT_BELOW {
            return self.exact(query, k);
        }
        self.search_graph(query, k)
    }

    /// Up to `k` neighbours from the HNSW graph, whatever the index's size.
    pub fn search_graph(&self, query: &Vector, k: usize) -> Vec<(u128, f32)> {
        let (Some(hnsw), Some(q)) = (&self.hnsw, normalized(query)) else {
            return Vec::new();
        };
        let ef = k.max(48);
        hnsw.search(&q, k, ef)
            .into_iter()
            .filter_map(|n| self.ids.get(n.d_id).map(|id| (*id, 1.0 - n.distance)))
            .collect()
    }

    /// Exact search over the same vectors (for measuring the index's recall).
    pub fn exact(&self, query: &Vector, k: usize) -> Vec<(u128, f32)> {
        let Some(q) = normalized(query) else {
            return Vec::new();
        };
        let mut all: Vec<(f32, usize)> = self
            .vectors
            .iter()
            .enumerate()
            .map(|(i, v)| (v.iter().zip(&q).map(|(a, b)| a * b).sum(), i))
            .collect();
        let k = k.min(all.len());
        if k == 0 {
            return Vec::new();
        }
        all.select_nth_unstable_by(k - 1, |a, b| b.0.total_cmp(&a.0));
        all.truncate(k);
        all.sort_by(|a, b| b.0.total_cmp(&a.0));
        all.into_iter().map(|(s, i)| (self.ids[i], s)).collect()
    }
}

const _: () = assert!(DIM > 0);

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    #[test]
    fn finds_the_exact_neighbours_mostly() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let items: Vec<(u128, Vector)> = (0..3000u128)
            .map(|i| {
                let mut v = [0.0; DIM];
                for x in &mut v {
                    *x = rng.gen::<f32>() - 0.5;
                }
                (i, v)
            })
            .collect();
        let index = AnnIndex::build(items.clone());
        let mut hits = 0;
        for (_, q) in items.iter().take(50) {
            let exact: Vec<u128> = index.exact(q, 10).into_iter().map(|x| x.0).collect();
            let approx: Vec<u128> = index.search_graph(q, 10).into_iter().map(|x| x.0).collect();
            hits += approx.iter().filter(|x| exact.contains(x)).count();
        }
        assert!(hits >= 450, "recall@10 {hits}/500");
    }
}
