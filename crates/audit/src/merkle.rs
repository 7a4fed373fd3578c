//! The Merkle tree of RFC 6962 §2.1: hashing, proof generation and proof verification.
//!
//! Verification follows the iterative algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2, so a
//! verifier needs nothing but the proof, the sizes and the roots.

use sha2::{Digest, Sha256};

/// A SHA-256 digest: a leaf hash, an interior node hash or a tree root.
pub type Hash = [u8; 32];

/// The root of the empty tree: SHA-256 of the empty string.
pub const EMPTY_ROOT: Hash = [
    0xe3, 0xb0, 0xc4, 0x42, 0x98, 0xfc, 0x1c, 0x14, 0x9a, 0xfb, 0xf4, 0xc8, 0x99, 0x6f, 0xb9, 0x24,
    0x27, 0xae, 0x41, 0xe4, 0x64, 0x9b, 0x93, 0x4c, 0xa4, 0x95, 0x99, 0x1b, 0x78, 0x52, 0xb8, 0x55,
];

/// The hash of one leaf: SHA-256(0x00 || data).
pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update([0x00]);
    hasher.update(data);
    hasher.finalize().into()
}

/// The hash of an interior node: SHA-256(0x01 || left || right).
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update([0x01]);
    hasher.update(left);
    hasher.update(right);
    hasher.finalize().into()
}

/// The Merkle Tree Hash (RFC 6962 §2.1) of a list of leaf hashes.
pub fn root_hash(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => EMPTY_ROOT,
        1 => leaves[0],
        n => {
            let k = split(n as u64) as usize;
            node_hash(&root_hash(&leaves[..k]), &root_hash(&leaves[k..]))
        }
    }
}

/// The largest power of two smaller than `n`; `n` must be at least 2.
fn split(n: u64) -> u64 {
    debug_assert!(n >= 2);
    1 << (63 - (n - 1).leading_zeros())
}

/// Checks an inclusion proof (an RFC 6962 audit path) with the algorithm of RFC 9162
/// §2.1.3.2: does the leaf with hash `leaf_hash` sit at `index` in the tree of `tree_size`
/// leaves whose root is `root`?
pub fn verify_inclusion(
    leaf_hash: &Hash,
    index: u64,
    tree_size: u64,
    proof: &[Hash],
    root: &Hash,
) -> bool {
    if index >= tree_size {
        return false;
    }
    let mut f = index;
    let mut s = tree_size - 1;
    let mut r = *leaf_hash;
    for p in proof {
        if s == 0 {
            return false;
        }
        if f & 1 == 1 || f == s {
            r = node_hash(p, &r);
            while f & 1 == 0 && f != 0 {
                f >>= 1;
                s >>= 1;
            }
        } else {
            r = node_hash(&r, p);
        }
        f >>= 1;
        s >>= 1;
    }
    s == 0 && r == *root
}

/// Checks a consistency proof with the algorithm of RFC 9162 §2.1.4.2: is the tree of
/// `old_size` leaves with root `old_root` a prefix of the tree of `new_size` leaves with root
/// `new_root`?
///
/// Equal sizes need an empty proof and equal roots; the empty tree is a prefix of every tree
/// (empty proof, and `old_root` must be the empty root).
pub fn verify_consistency(
    old_size: u64,
    new_size: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> bool {
    if old_size > new_size {
        return false;
    }
    if old_size == new_size {
        return proof.is_empty() && old_root == new_root;
    }
    if old_size == 0 {
        return proof.is_empty() && *old_root == EMPTY_ROOT;
    }
    let Some((first, rest)) = proof.split_first() else {
        return false;
    };
    // When the old tree is a complete subtree of the new one, its root is the proof's
    // implicit first element.
    let (seed, rest) = if old_size.is_power_of_two() {
        (old_root, proof)
    } else {
        (first, rest)
    };
    let mut f = old_size - 1;
    let mut s = new_size - 1;
    while f & 1 == 1 {
        f >>= 1;
        s >>= 1;
    }
    let mut fr = *seed;
    let mut sr = *seed;
    for c in rest {
        if s == 0 {
            return false;
        }
        if f & 1 == 1 || f == s {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            while f & 1 == 0 && f != 0 {
                f >>= 1;
                s >>= 1;
            }
        } else {
            sr = node_hash(&sr, c);
        }
        f >>= 1;
        s >>= 1;
    }
    fr == *old_root && sr == *new_root && s == 0
}

/// An append-only Merkle tree that keeps every complete subtree's hash, so that roots and
/// proofs for any size cost O(log² n) hashes instead of rehashing the leaves.
///
/// `levels[h][i]` is the hash of leaves `i·2^h .. (i+1)·2^h`; level 0 holds the leaves.
#[derive(Debug, Default, Clone)]
pub(crate) struct Tree {
    levels: Vec<Vec<Hash>>,
}

impl Tree {
    pub(crate) fn len(&self) -> u64 {
        self.levels.first().map_or(0, |leaves| leaves.len() as u64)
    }

    pub(crate) fn leaf(&self, index: u64) -> Option<Hash> {
        let index = usize::try_from(index).ok()?;
        self.levels.first()?.get(index).copied()
    }

    pub(crate) fn push(&mut self, leaf: Hash) {
        let mut hash = leaf;
        let mut level = 0;
        loop {
            if self.levels.len() == level {
                self.levels.push(Vec::new());
            }
            let nodes = &mut self.levels[level];
            nodes.push(hash);
            if nodes.len() % 2 == 1 {
                return;
            }
            hash = node_hash(&nodes[nodes.len() - 2], &nodes[nodes.len() - 1]);
            level += 1;
        }
    }

    /// Drops the last leaf (and the subtrees it completed): undoes a `push`.
    pub(crate) fn pop(&mut self) {
        let mut level = 0;
        while let Some(nodes) = self.levels.get_mut(level) {
            let was_even = nodes.len() % 2 == 0;
            nodes.pop();
            if !was_even {
                break;
            }
            level += 1;
        }
        while self.levels.last().is_some_and(Vec::is_empty) {
            self.levels.pop();
        }
    }

    /// The root of the tree made of the first `size` leaves; `size <= self.len()`.
    pub(crate) fn root(&self, size: u64) -> Hash {
        if size == 0 {
            EMPTY_ROOT
        } else {
            self.subtree(0, size)
        }
    }

    /// The Merkle Tree Hash of leaves `start..end` (`start < end <= len`).
    fn subtree(&self, start: u64, end: u64) -> Hash {
        let n = end - start;
        if n.is_power_of_two() && start & (n - 1) == 0 {
            let h = n.trailing_zeros() as usize;
            return self.levels[h][(start >> h) as usize];
        }
        let k = split(n);
        node_hash(
            &self.subtree(start, start + k),
            &self.subtree(start + k, end),
        )
    }

    /// PATH(index, D[0:size]) of RFC 6962 §2.1.1; `index < size <= len`.
    pub(crate) fn inclusion_path(&self, index: u64, size: u64) -> Vec<Hash> {
        let mut path = Vec::new();
        self.path(index, 0, size, &mut path);
        path
    }

    /// `m` is relative to `start`.
    fn path(&self, m: u64, start: u64, end: u64, out: &mut Vec<Hash>) {
        let n = end - start;
        if n <= 1 {
            return;
        }
        let k = split(n);
        if m < k {
            self.path(m, start, start + k, out);
            out.push(self.subtree(start + k, end));
        } else {
            self.path(m - k, start + k, end, out);
            out.push(self.subtree(start, start + k));
        }
    }

    /// PROOF(old, D[0:new]) of RFC 6962 §2.1.2; `old <= new <= len`. Empty when `old` is 0
    /// or equals `new`.
    pub(crate) fn consistency_path(&self, old: u64, new: u64) -> Vec<Hash> {
        let mut proof = Vec::new();
        if 0 < old && old < new {
            self.subproof(old, 0, new, true, &mut proof);
        }
        proof
    }

    /// SUBPROOF(m, D[start:end], b); `m` is relative to `start`.
    fn subproof(&self, m: u64, start: u64, end: u64, complete: bool, out: &mut Vec<Hash>) {
        let n = end - start;
        if m == n {
            if !complete {
                out.push(self.subtree(start, end));
            }
            return;
        }
        let k = split(n);
        if m <= k {
            self.subproof(m, start, start + k, complete, out);
            out.push(self.subtree(start + k, end));
        } else {
            self.subproof(m - k, start + k, end, false, out);
            out.push(self.subtree(start, start + k));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The leaf inputs of the Certificate Transparency reference tests
    /// (transparency-dev/merkle `testonly/constants.go`).
    const LEAF_INPUTS: [&str; 8] = [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ];

    /// Roots of the trees of 0..=8 of those leaves.
    const ROOTS: [&str; 9] = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    /// (index, tree size, audit path) from the reference tests.
    const INCLUSION: &[(u64, u64, &[&str])] = &[
        (0, 1, &[]),
        (
            0,
            2,
            &["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"],
        ),
        (
            1,
            2,
            &["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"],
        ),
        (
            2,
            3,
            &["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"],
        ),
        (
            1,
            5,
            &[
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ],
        ),
        (
            0,
            8,
            &[
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ],
        ),
        (
            5,
            8,
            &[
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ],
        ),
    ];

    /// (old size, new size, consistency proof) from the reference tests.
    const CONSISTENCY: &[(u64, u64, &[&str])] = &[
        (1, 1, &[]),
        (
            1,
            8,
            &[
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ],
        ),
        (
            2,
            5,
            &[
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ],
        ),
        (
            6,
            8,
            &[
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ],
        ),
    ];

    fn h(s: &str) -> Hash {
        hex::decode(s).unwrap().try_into().unwrap()
    }

    fn reference_leaves() -> Vec<Hash> {
        LEAF_INPUTS
            .iter()
            .map(|input| leaf_hash(&hex::decode(input).unwrap()))
            .collect()
    }

    fn tree_of(leaves: &[Hash]) -> Tree {
        let mut tree = Tree::default();
        for leaf in leaves {
            tree.push(*leaf);
        }
        tree
    }

    /// Distinct leaves for the exhaustive tests.
    fn leaves(n: u64) -> Vec<Hash> {
        (0..n).map(|i| leaf_hash(&i.to_be_bytes())).collect()
    }

    #[test]
    fn empty_root_is_sha256_of_nothing() {
        assert_eq!(EMPTY_ROOT, <[u8; 32]>::from(Sha256::digest(b"")));
        assert_eq!(root_hash(&[]), EMPTY_ROOT);
        assert_eq!(Tree::default().root(0), EMPTY_ROOT);
    }

    #[test]
    fn reference_roots() {
        let leaves = reference_leaves();
        let tree = tree_of(&leaves);
        for (size, want) in ROOTS.iter().enumerate() {
            assert_eq!(root_hash(&leaves[..size]), h(want), "root_hash of {size}");
            assert_eq!(tree.root(size as u64), h(want), "Tree::root of {size}");
        }
    }

    #[test]
    fn reference_inclusion_proofs() {
        let leaves = reference_leaves();
        let tree = tree_of(&leaves);
        for &(index, size, want) in INCLUSION {
            let want: Vec<Hash> = want.iter().map(|s| h(s)).collect();
            assert_eq!(tree.inclusion_path(index, size), want, "{index}:{size}");
            assert!(verify_inclusion(
                &leaves[index as usize],
                index,
                size,
                &want,
                &h(ROOTS[size as usize])
            ));
        }
    }

    #[test]
    fn reference_consistency_proofs() {
        let tree = tree_of(&reference_leaves());
        for &(old, new, want) in CONSISTENCY {
            let want: Vec<Hash> = want.iter().map(|s| h(s)).collect();
            assert_eq!(tree.consistency_path(old, new), want, "{old}:{new}");
            assert!(verify_consistency(
                old,
                new,
                &h(ROOTS[old as usize]),
                &h(ROOTS[new as usize]),
                &want
            ));
        }
    }

    #[test]
    fn tree_matches_recursive_definition() {
        let leaves = leaves(130);
        let tree = tree_of(&leaves);
        for size in 0..=130 {
            assert_eq!(tree.root(size), root_hash(&leaves[..size as usize]));
        }
    }

    #[test]
    fn pop_undoes_push() {
        let leaves = leaves(40);
        let mut tree = tree_of(&leaves);
        for size in (0..40).rev() {
            tree.pop();
            assert_eq!(tree.len(), size);
            assert_eq!(tree.levels.iter().map(Vec::len).collect::<Vec<_>>(), {
                let fresh = tree_of(&leaves[..size as usize]);
                fresh.levels.iter().map(Vec::len).collect::<Vec<_>>()
            });
            assert_eq!(tree.root(size), root_hash(&leaves[..size as usize]));
        }
    }

    #[test]
    fn every_inclusion_proof_verifies_and_tampering_fails() {
        let leaves = leaves(70);
        let tree = tree_of(&leaves);
        for size in 1..=70u64 {
            let root = tree.root(size);
            for index in 0..size {
                let leaf = leaves[index as usize];
                let proof = tree.inclusion_path(index, size);
                assert!(verify_inclusion(&leaf, index, size, &proof, &root));
                if size > 1 {
                    let other = (index + 1) % size;
                    assert!(!verify_inclusion(&leaf, other, size, &proof, &root));
                }
                let mut bad_leaf = leaf;
                bad_leaf[0] ^= 1;
                assert!(!verify_inclusion(&bad_leaf, index, size, &proof, &root));
                let mut bad_root = root;
                bad_root[31] ^= 0x80;
                assert!(!verify_inclusion(&leaf, index, size, &proof, &bad_root));
                for i in 0..proof.len() {
                    let mut bad = proof.clone();
                    bad[i][7] ^= 4;
                    assert!(!verify_inclusion(&leaf, index, size, &bad, &root));
                }
                if !proof.is_empty() {
                    let short = &proof[..proof.len() - 1];
                    assert!(!verify_inclusion(&leaf, index, size, short, &root));
                }
                let mut long = proof.clone();
                long.push(root);
                assert!(!verify_inclusion(&leaf, index, size, &long, &root));
            }
        }
    }

    #[test]
    fn every_consistency_proof_verifies_and_tampering_fails() {
        let leaves = leaves(70);
        let tree = tree_of(&leaves);
        for new in 0..=70u64 {
            let new_root = tree.root(new);
            for old in 0..=new {
                let old_root = tree.root(old);
                let proof = tree.consistency_path(old, new);
                assert!(
                    verify_consistency(old, new, &old_root, &new_root, &proof),
                    "{old}:{new}"
                );
                if old == 0 {
                    continue;
                }
                let mut bad_old = old_root;
                bad_old[3] ^= 1;
                assert!(!verify_consistency(old, new, &bad_old, &new_root, &proof));
                let mut bad_new = new_root;
                bad_new[3] ^= 1;
                assert!(!verify_consistency(old, new, &old_root, &bad_new, &proof));
                for i in 0..proof.len() {
                    let mut bad = proof.clone();
                    bad[i][12] ^= 0x10;
                    assert!(!verify_consistency(old, new, &old_root, &new_root, &bad));
                }
                if old < new {
                    assert!(!verify_consistency(old, new, &old_root, &new_root, &[]));
                    let short = &proof[..proof.len() - 1];
                    assert!(!verify_consistency(old, new, &old_root, &new_root, short));
                    assert!(!verify_consistency(new, old, &new_root, &old_root, &proof));
                }
                let mut long = proof.clone();
                long.push(new_root);
                assert!(!verify_consistency(old, new, &old_root, &new_root, &long));
            }
        }
    }
}
