//! The online model: collisionless embedding tables trained on every event as it arrives.
//!
//! In the spirit of ByteDance's Monolith: every id (viewer, video, and each content
//! feature: creator, sound, hashtag, language) has its own row in a hash table keyed by
//! the full id, so two ids never share a row. A video's own row is only admitted once the
//! video has been seen `item_min_count` times (frequency filtering); until then it is
//! represented by its features alone, so a video with no views already has a place.
//! Rows that have not been touched for `expiry_secs` are dropped (`expire`).
//!
//! **Scoring.** score(u, i) = b_i + q_u · v_i, where
//! - v_i = e_i + mean(feature rows of i) and b_i = b(e_i) + mean(feature biases);
//! - q_u = e_u + `history_weight` × mean(v_j over the viewer's last `history_len`
//!   positives). The viewer's own row holds the long-term taste; the recent positives
//!   make the vector follow the session at once (an item-to-item term: a video scores
//!   high when it is close to what was just watched) and give a brand-new viewer a
//!   sensible vector after one event. `user_vector` returns q_u, so the engine's ANN
//!   query and its ranking both see it.
//!
//! **Training**, once per event, in arrival order (a single streaming pass):
//! - a positive (watched to the end, replays, likes, comments, shares) makes
//!   `negatives_per_positive` pairwise BPR-logistic updates, each against a negative found
//!   by WARP sampling (draw up to `negative_trials` videos until one scores within
//!   `margin` of the positive; weight ln(1 + N/draws) / ln(1 + N), so a positive that is
//!   ranked badly moves more). The gradient on q_u goes to the viewer's row and, shared
//!   out, to the rows of the recent positives that make q_u. Then the video joins the
//!   viewer's recent positives.
//! - quick skips and "not interested" are pointwise logistic updates towards zero.
//! - every step is row-wise Adagrad (one accumulator per row for the vector and one for
//!   the bias): a rarely seen video or a new viewer moves fast, a popular one settles.
//!   Vectors and biases have their own base rates.
//!
//! Per-event cost is O(negatives_per_positive × (negative_trials + history_len)) row
//! reads, independent of the catalog size.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

/// Hash tables keyed by ids: FxHash (ids are not attacker-chosen hash-flooding vectors:
/// they are server-made UUIDs and normalized hashtags, bounded per video).
pub(crate) type Map<K, V> = HashMap<K, V, BuildHasherDefault<rustc_hash::FxHasher>>;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

/// Width of every embedding.
pub const DIM: usize = 32;

pub type Vector = [f32; DIM];

/// The model's hyper-parameters (published by `GET /api/v1/feed/algorithm`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct ModelConfig {
    /// Base step size of the embedding vectors (divided per row by Adagrad's
    /// sqrt(1 + sum of squared gradients)).
    pub learning_rate: f32,
    /// L2 regularisation on every touched row.
    pub regularization: f32,
    /// How many random videos are tried to find one that outranks a positive.
    pub negative_trials: usize,
    /// Events before a video gets its own embedding row (frequency filter).
    pub item_min_count: u32,
    /// Rows not touched for this long are dropped.
    pub expiry_secs: u32,
    /// Standard deviation of new rows.
    pub init_scale: f32,
    /// Pairwise updates per positive event (each against its own sampled negative).
    pub negatives_per_positive: usize,
    /// Base step size of the biases (Adagrad, like `learning_rate`).
    pub bias_learning_rate: f32,
    /// WARP margin: a sampled video counts as outranking the positive when it scores
    /// above the positive's score minus this.
    pub margin: f32,
    /// Recent positives remembered per viewer, whose mean vector is part of the
    /// viewer's vector.
    pub history_len: usize,
    /// Weight of that mean in the viewer's vector (0 turns the term off).
    pub history_weight: f32,
    /// Seed of the random generator (new rows, negative sampling).
    pub seed: u64,
}

impl Default for ModelConfig {
    fn default() -> Self {
        ModelConfig {
            learning_rate: 0.1,
            regularization: 0.002,
            negative_trials: 64,
            item_min_count: 2,
            expiry_secs: 90 * 24 * 3600,
            init_scale: 0.1,
            negatives_per_positive: 8,
            bias_learning_rate: 0.1,
            margin: 1.0,
            history_len: 3,
            history_weight: 1.0,
            seed: 0x5eed,
        }
    }
}

/// A shared, immutable name (a hashtag, a language, a handle, a region): the catalog
/// interns them, so a million videos with the same hashtag hold one copy of its text.
/// Compares, hashes and serializes as its text.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(Arc<str>);

impl Name {
    /// Whether anything but `holders` others share this text.
    pub(crate) fn shared_by_more_than(&self, holders: usize) -> bool {
        Arc::strong_count(&self.0) > holders + 1
    }
}

impl std::ops::Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name(s.into())
    }
}

impl Serialize for Name {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Name, D::Error> {
        String::deserialize(d).map(|s| Name(s.into()))
    }
}

/// A content feature of a video; each has its own row.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Feature {
    Creator(u128),
    Sound(u128),
    Tag(Name),
    Lang(Name),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Row {
    pub v: Vector,
    pub b: f32,
    /// Events that touched this row.
    pub n: u32,
    /// Last touch, seconds since the epoch.
    pub last: u32,
    /// Adagrad: sum of the squared gradients of `v` (mean over its coordinates)...
    pub acc: f32,
    /// ...and of `b`.
    pub acc_b: f32,
    /// A viewer's most recent positives, oldest first (empty on other rows).
    pub recent: Vec<u128>,
}

/// Base rates of one update, taken from the config.
#[derive(Clone, Copy)]
struct Rates {
    lr: f32,
    lr_b: f32,
    reg: f32,
}

impl Row {
    fn new(rng: &mut StdRng, scale: f32, now: u32) -> Row {
        let mut v = [0.0; DIM];
        for x in &mut v {
            *x = (rng.gen::<f32>() - 0.5) * 2.0 * scale;
        }
        Row {
            v,
            b: 0.0,
            n: 0,
            last: now,
            acc: 0.0,
            acc_b: 0.0,
            recent: Vec::new(),
        }
    }

    /// One Adagrad step along `gv` (and `gb` for the bias, if the row's bias is used):
    /// the direction that lowers the loss, before regularisation.
    fn step(&mut self, gv: &Vector, gb: Option<f32>, rates: Rates, now: u32) {
        let mut g = [0.0; DIM];
        let mut sq = 0.0;
        for k in 0..DIM {
            g[k] = gv[k] - rates.reg * self.v[k];
            sq += g[k] * g[k];
        }
        self.acc += sq / DIM as f32;
        let lr = rates.lr / (1.0 + self.acc).sqrt();
        for (x, gk) in self.v.iter_mut().zip(&g) {
            *x += lr * gk;
        }
        if let Some(gb) = gb {
            let gb = gb - rates.reg * self.b;
            self.acc_b += gb * gb;
            self.b += rates.lr_b / (1.0 + self.acc_b).sqrt() * gb;
        }
        self.n = self.n.saturating_add(1);
        self.last = now;
    }
}

/// What one video is made of, as the model sees it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ItemInfo {
    pub features: Box<[Feature]>,
    /// Events seen for this video, counted even before it has its own row.
    pub seen: u32,
}

/// One training signal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Signal {
    /// Watched, liked, shared...: a pairwise update with this weight.
    Positive(f32),
    /// Skipped or "not interested": a pointwise update towards zero with this weight.
    Negative(f32),
}

#[derive(Serialize, Deserialize)]
pub struct Model {
    pub config: ModelConfig,
    pub(crate) users: Map<u128, Row>,
    pub(crate) items: Map<u128, Row>,
    pub(crate) features: Map<Feature, Row>,
    pub(crate) info: Map<u128, ItemInfo>,
    /// Items that may be drawn as negatives, with their index for O(1) removal.
    pub(crate) pool: Vec<u128>,
    pub(crate) pool_index: Map<u128, usize>,
    #[serde(skip, default = "fresh_rng")]
    rng: StdRng,
}

fn fresh_rng() -> StdRng {
    StdRng::seed_from_u64(ModelConfig::default().seed)
}

fn dot(a: &Vector, b: &Vector) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// s × v
fn scaled(v: &Vector, s: f32) -> Vector {
    let mut out = *v;
    for x in &mut out {
        *x *= s;
    }
    out
}

/// out += s × v
fn add_scaled(out: &mut Vector, v: &Vector, s: f32) {
    for (x, y) in out.iter_mut().zip(v) {
        *x += s * y;
    }
}

impl Model {
    pub fn new(config: ModelConfig) -> Model {
        let rng = StdRng::seed_from_u64(config.seed);
        Model {
            config,
            users: Map::default(),
            items: Map::default(),
            features: Map::default(),
            info: Map::default(),
            pool: Vec::new(),
            pool_index: Map::default(),
            rng,
        }
    }

    fn rates(&self) -> Rates {
        Rates {
            lr: self.config.learning_rate,
            lr_b: self.config.bias_learning_rate,
            reg: self.config.regularization,
        }
    }

    /// Registers (or re-describes) a video. Its features get rows at once.
    pub fn upsert_item(&mut self, item: u128, features: Vec<Feature>, now: u32) {
        for f in &features {
            if !self.features.contains_key(f) {
                let row = Row::new(&mut self.rng, self.config.init_scale, now);
                self.features.insert(f.clone(), row);
            }
        }
        let info = self.info.entry(item).or_default();
        info.features = features.into_boxed_slice();
        if !self.pool_index.contains_key(&item) {
            self.pool_index.insert(item, self.pool.len());
            self.pool.push(item);
        }
    }

    /// Forgets a video (deleted, gone private). Viewers' recent positives may still name
    /// it; it is skipped there (removing it from every viewer would be O(viewers)).
    pub fn remove_item(&mut self, item: u128) {
        self.info.remove(&item);
        self.items.remove(&item);
        if let Some(i) = self.pool_index.remove(&item) {
            self.pool.swap_remove(i);
            if let Some(&moved) = self.pool.get(i) {
                self.pool_index.insert(moved, i);
            }
        }
    }

    pub fn contains_item(&self, item: u128) -> bool {
        self.info.contains_key(&item)
    }

    pub fn item_count(&self) -> usize {
        self.info.len()
    }

    pub fn user_count(&self) -> usize {
        self.users.len()
    }

    /// Forgets everything learned about a viewer ("reset my recommendations"), recent
    /// positives included.
    pub fn reset_user(&mut self, user: u128) {
        self.users.remove(&user);
    }

    pub fn has_user(&self, user: u128) -> bool {
        self.users.contains_key(&user)
    }

    /// The viewer's taste vector: the own row plus `history_weight` × the mean vector of
    /// the recent positives.
    pub fn user_vector(&self, user: u128) -> Option<Vector> {
        let row = self.users.get(&user)?;
        let mut q = row.v;
        if let Some(h) = self.history_mean(&row.recent) {
            add_scaled(&mut q, &h, self.config.history_weight);
        }
        Some(q)
    }

    /// Mean vector of the recent positives still in the catalog, if any.
    fn history_mean(&self, recent: &[u128]) -> Option<Vector> {
        if self.config.history_weight == 0.0 {
            return None;
        }
        let mut m = [0.0; DIM];
        let mut n = 0;
        for (v, _) in recent.iter().filter_map(|j| self.item_vector(*j)) {
            add_scaled(&mut m, &v, 1.0);
            n += 1;
        }
        (n > 0).then(|| scaled(&m, 1.0 / n as f32))
    }

    /// The video's vector and bias (own row, if admitted, plus the mean of its features).
    pub fn item_vector(&self, item: u128) -> Option<(Vector, f32)> {
        let info = self.info.get(&item)?;
        let (mut v, mut b) = self
            .items
            .get(&item)
            .map_or(([0.0; DIM], 0.0), |r| (r.v, r.b));
        let n = info
            .features
            .iter()
            .filter(|f| self.features.contains_key(f))
            .count();
        if n > 0 {
            let share = 1.0 / n as f32;
            for row in info.features.iter().filter_map(|f| self.features.get(f)) {
                add_scaled(&mut v, &row.v, share);
                b += share * row.b;
            }
        }
        Some((v, b))
    }

    /// Predicted affinity of a viewer for a video; a viewer without a row gets the
    /// video's bias (its learned general appeal).
    pub fn score(&self, user: Option<&Vector>, item: u128) -> Option<f32> {
        let (v, b) = self.item_vector(item)?;
        Some(b + user.map_or(0.0, |u| dot(u, &v)))
    }

    /// How much each of the video's features pulls the viewer towards it (u · feature).
    pub fn feature_affinity(&self, user: &Vector, feature: &Feature) -> Option<f32> {
        self.features.get(feature).map(|r| dot(user, &r.v))
    }

    fn ensure_user(&mut self, user: u128, now: u32) {
        if !self.users.contains_key(&user) {
            let row = Row::new(&mut self.rng, self.config.init_scale, now);
            self.users.insert(user, row);
        }
    }

    /// Trains on one event.
    pub fn observe(&mut self, user: u128, item: u128, signal: Signal, now: u32) {
        let Some(info) = self.info.get_mut(&item) else {
            return;
        };
        info.seen = info.seen.saturating_add(1);
        if info.seen >= self.config.item_min_count && !self.items.contains_key(&item) {
            // Zero, so that admitting the row leaves the video's vector unchanged.
            let mut row = Row::new(&mut self.rng, self.config.init_scale, now);
            row.v = [0.0; DIM];
            self.items.insert(item, row);
        }
        self.ensure_user(user, now);
        match signal {
            Signal::Positive(w) => {
                for _ in 0..self.config.negatives_per_positive.max(1) {
                    let Some((neg, weight)) = self.sample_negative(user, item) else {
                        self.pointwise(user, item, 1.0, w, now);
                        break;
                    };
                    self.pairwise(user, item, neg, w * weight, now);
                }
                self.remember(user, item);
            }
            Signal::Negative(w) => self.pointwise(user, item, 0.0, w, now),
        }
    }

    /// Makes `item` the viewer's latest recent positive.
    fn remember(&mut self, user: u128, item: u128) {
        let cap = self.config.history_len;
        if let Some(row) = self.users.get_mut(&user) {
            row.recent.retain(|j| *j != item);
            row.recent.push(item);
            let extra = row.recent.len().saturating_sub(cap);
            row.recent.drain(..extra);
        }
    }

    /// Moves a viewer towards (or away from) a content feature directly: following a
    /// creator, for instance, is a positive on the creator's row.
    pub fn observe_feature(&mut self, user: u128, feature: &Feature, weight: f32, now: u32) {
        if !self.features.contains_key(feature) {
            let row = Row::new(&mut self.rng, self.config.init_scale, now);
            self.features.insert(feature.clone(), row);
        }
        self.ensure_user(user, now);
        let (Some(u), Some(f)) = (
            self.user_vector(user),
            self.features.get(feature).map(|r| r.v),
        ) else {
            return;
        };
        let g = weight * (1.0 - sigmoid(dot(&u, &f)));
        let rates = self.rates();
        if let Some(row) = self.users.get_mut(&user) {
            row.step(&scaled(&f, g), None, rates, now);
        }
        if let Some(row) = self.features.get_mut(feature) {
            row.step(&scaled(&u, g), None, rates, now);
        }
    }

    /// WARP-style sampling: draw videos until one scores within `margin` of the
    /// positive; the fewer draws it took, the higher the positive's rank error, and the
    /// larger the update (weight ln(1 + (N-1)/draws), normalised by ln(1 + N)).
    fn sample_negative(&mut self, user: u128, positive: u128) -> Option<(u128, f32)> {
        if self.pool.len() < 2 {
            return None;
        }
        let u = self.user_vector(user);
        let pos_score = self.score(u.as_ref(), positive)?;
        let trials = self.config.negative_trials.max(1);
        let mut fallback = None;
        for t in 1..=trials {
            let cand = self.pool[self.rng.gen_range(0..self.pool.len())];
            if cand == positive {
                continue;
            }
            fallback.get_or_insert(cand);
            let s = self.score(u.as_ref(), cand).unwrap_or(0.0);
            if s > pos_score - self.config.margin {
                let rank = ((self.pool.len() - 1) / t).max(1) as f32;
                return Some((
                    cand,
                    (1.0 + rank).ln() / (1.0 + self.pool.len() as f32).ln(),
                ));
            }
        }
        // Already ranked above everything tried: a small update keeps it there.
        fallback.map(|c| (c, 0.1))
    }

    /// Applies a gradient on the video's vector `gv` and bias `gb` to the rows that make
    /// it, each by its share.
    fn push_item(&mut self, item: u128, gv: &Vector, gb: Option<f32>, now: u32) {
        let rates = self.rates();
        let Model {
            items,
            features,
            info,
            ..
        } = self;
        if let Some(row) = items.get_mut(&item) {
            row.step(gv, gb, rates, now);
        }
        let Some(info) = info.get(&item) else { return };
        let n = info
            .features
            .iter()
            .filter(|f| features.contains_key(f))
            .count();
        if n == 0 {
            return;
        }
        let share = 1.0 / n as f32;
        let gs = scaled(gv, share);
        for f in info.features.iter() {
            if let Some(row) = features.get_mut(f) {
                row.step(&gs, gb.map(|g| g * share), rates, now);
            }
        }
    }

    /// Applies a gradient on the viewer's vector q_u to what it is made of: the own row,
    /// and each recent positive by its share of `history_weight`.
    fn push_user(&mut self, user: u128, g: &Vector, now: u32) {
        let rates = self.rates();
        let Some(row) = self.users.get_mut(&user) else {
            return;
        };
        row.step(g, None, rates, now);
        if self.config.history_weight == 0.0 {
            return;
        }
        let live: Vec<u128> = row
            .recent
            .iter()
            .copied()
            .filter(|j| self.info.contains_key(j))
            .collect();
        if !live.is_empty() {
            let gh = scaled(g, self.config.history_weight / live.len() as f32);
            for j in live {
                self.push_item(j, &gh, None, now);
            }
        }
    }

    fn pairwise(&mut self, user: u128, pos: u128, neg: u128, weight: f32, now: u32) {
        let Some(u) = self.user_vector(user) else {
            return;
        };
        let (Some((vp, bp)), Some((vn, bn))) = (self.item_vector(pos), self.item_vector(neg))
        else {
            return;
        };
        let x = (bp + dot(&u, &vp)) - (bn + dot(&u, &vn));
        let g = weight * (1.0 - sigmoid(x));
        let mut diff = vp;
        add_scaled(&mut diff, &vn, -1.0);
        self.push_user(user, &scaled(&diff, g), now);
        self.push_item(pos, &scaled(&u, g), Some(g), now);
        self.push_item(neg, &scaled(&u, -g), Some(-g), now);
    }

    fn pointwise(&mut self, user: u128, item: u128, target: f32, weight: f32, now: u32) {
        let Some(u) = self.user_vector(user) else {
            return;
        };
        let Some((v, b)) = self.item_vector(item) else {
            return;
        };
        let g = weight * (target - sigmoid(b + dot(&u, &v)));
        self.push_user(user, &scaled(&v, g), now);
        self.push_item(item, &scaled(&u, g), Some(g), now);
    }

    /// Drops rows not touched since `now - expiry_secs` (viewers and video rows; feature
    /// rows of videos still in the catalog are kept).
    pub fn expire(&mut self, now: u32) -> usize {
        let cutoff = now.saturating_sub(self.config.expiry_secs);
        let before = self.users.len() + self.items.len();
        self.users.retain(|_, r| r.last >= cutoff);
        self.items.retain(|_, r| r.last >= cutoff);
        before - self.users.len() - self.items.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(model: &mut Model, n: u128, tag: &str, now: u32) {
        for i in 0..n {
            model.upsert_item(
                i,
                vec![Feature::Tag(tag.into()), Feature::Creator(i % 7)],
                now,
            );
        }
    }

    #[test]
    fn positives_raise_and_negatives_lower_a_topic() {
        let mut m = Model::new(ModelConfig::default());
        catalog(&mut m, 50, "cooking", 0);
        for i in 100..150u128 {
            m.upsert_item(i, vec![Feature::Tag("cars".into())], 0);
        }
        for round in 0..10 {
            m.observe(1, round, Signal::Positive(1.0), 1);
            m.observe(1, 100 + round, Signal::Negative(0.5), 1);
        }
        let u = m.user_vector(1).unwrap();
        let cooking = m.score(Some(&u), 40).unwrap();
        let cars = m.score(Some(&u), 140).unwrap();
        assert!(cooking > cars, "{cooking} vs {cars}");
    }

    #[test]
    fn frequency_filter_admits_a_video_row_after_enough_events() {
        let mut m = Model::new(ModelConfig {
            item_min_count: 3,
            ..ModelConfig::default()
        });
        catalog(&mut m, 10, "x", 0);
        m.observe(1, 2, Signal::Positive(1.0), 1);
        m.observe(2, 2, Signal::Positive(1.0), 1);
        assert!(!m.items.contains_key(&2));
        m.observe(3, 2, Signal::Positive(1.0), 1);
        assert!(m.items.contains_key(&2));
    }

    #[test]
    fn a_new_video_has_a_vector_from_its_features() {
        let mut m = Model::new(ModelConfig::default());
        m.upsert_item(9, vec![Feature::Tag("a".into())], 0);
        let (v, _) = m.item_vector(9).unwrap();
        assert!(v.iter().any(|x| *x != 0.0));
    }

    #[test]
    fn expiry_and_reset_drop_rows() {
        let mut m = Model::new(ModelConfig {
            expiry_secs: 10,
            ..ModelConfig::default()
        });
        catalog(&mut m, 5, "x", 0);
        m.observe(1, 1, Signal::Positive(1.0), 0);
        m.observe(2, 1, Signal::Positive(1.0), 100);
        assert_eq!(m.expire(105), 1);
        assert!(!m.has_user(1) && m.has_user(2));
        m.reset_user(2);
        assert!(!m.has_user(2));
    }

    #[test]
    fn the_viewer_vector_includes_the_last_positives() {
        let mut m = Model::new(ModelConfig {
            history_len: 2,
            ..ModelConfig::default()
        });
        catalog(&mut m, 10, "x", 0);
        for i in [1, 2, 3, 2] {
            m.observe(1, i, Signal::Positive(1.0), 1);
        }
        let row = &m.users[&1];
        assert_eq!(row.recent, vec![3, 2]);
        let mut expected = row.v;
        let (v3, _) = m.item_vector(3).unwrap();
        let (v2, _) = m.item_vector(2).unwrap();
        for k in 0..DIM {
            expected[k] += m.config.history_weight * (v3[k] + v2[k]) / 2.0;
        }
        let got = m.user_vector(1).unwrap();
        for k in 0..DIM {
            assert!((got[k] - expected[k]).abs() < 1e-6);
        }
        m.reset_user(1);
        m.observe(1, 4, Signal::Positive(1.0), 2);
        assert_eq!(m.users[&1].recent, vec![4]);
    }

    #[test]
    fn a_new_viewer_is_placed_by_its_first_positive() {
        let mut m = Model::new(ModelConfig::default());
        for i in 0..40u128 {
            m.upsert_item(i, vec![Feature::Creator(i % 20)], 0);
        }
        // Two audiences: viewers 0..20 watch videos 0..20, viewers 20..40 videos 20..40.
        for round in 0..10u128 {
            for user in 0..40u128 {
                let base = if user < 20 { 0 } else { 20 };
                m.observe(
                    user,
                    base + (user + round * 7) % 20,
                    Signal::Positive(1.0),
                    1,
                );
            }
        }
        m.observe(999, 3, Signal::Positive(1.0), 2);
        let u = m.user_vector(999).unwrap();
        let mean =
            |r: std::ops::Range<u128>| r.map(|i| m.score(Some(&u), i).unwrap()).sum::<f32>() / 20.0;
        let (same, other) = (mean(0..20), mean(20..40));
        assert!(same > other, "{same} vs {other}");
    }

    #[test]
    fn removing_items_keeps_the_pool_consistent() {
        let mut m = Model::new(ModelConfig::default());
        catalog(&mut m, 10, "x", 0);
        m.remove_item(3);
        m.remove_item(9);
        assert_eq!(m.pool.len(), 8);
        for (i, id) in m.pool.iter().enumerate() {
            assert_eq!(m.pool_index[id], i);
        }
    }
}
