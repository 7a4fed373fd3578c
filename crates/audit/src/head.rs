//! Signed tree heads: one line of `heads.jsonl`.

use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::merkle::Hash;

/// The log's signed statement "the first `tree_size` entries have root `root_hash`".
///
/// Stored as `{"tree_size":…,"root_hash":"<hex>","timestamp_ms":…,"signature":"<base64>"}`.
/// The signature is ed25519 over the UTF-8 bytes
/// `spool-audit-v1\n<region>\n<tree_size>\n<root_hash hex>\n<timestamp_ms>`
/// (decimal numbers, lowercase hex, no trailing newline), so a head cannot be replayed for
/// another region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedTreeHead {
    pub tree_size: u64,
    #[serde(with = "hex_hash")]
    pub root_hash: Hash,
    /// When it was signed, milliseconds since the Unix epoch (UTC).
    pub timestamp_ms: i64,
    #[serde(with = "base64_signature")]
    pub signature: [u8; 64],
}

impl SignedTreeHead {
    pub(crate) fn sign(
        key: &SigningKey,
        region: &str,
        tree_size: u64,
        root_hash: Hash,
        timestamp_ms: i64,
    ) -> Self {
        let message = signed_message(region, tree_size, &root_hash, timestamp_ms);
        SignedTreeHead {
            tree_size,
            root_hash,
            timestamp_ms,
            signature: key.sign(&message).to_bytes(),
        }
    }
}

fn signed_message(region: &str, tree_size: u64, root_hash: &Hash, timestamp_ms: i64) -> Vec<u8> {
    format!(
        "spool-audit-v1\n{region}\n{tree_size}\n{}\n{timestamp_ms}",
        hex::encode(root_hash)
    )
    .into_bytes()
}

/// Whether `head` carries a valid signature by `key` for `region`. Uses ed25519's strict
/// verification, which also refuses weak keys and malleable signatures.
pub fn verify_head(head: &SignedTreeHead, region: &str, key: &VerifyingKey) -> bool {
    let message = signed_message(region, head.tree_size, &head.root_hash, head.timestamp_ms);
    key.verify_strict(&message, &Signature::from_bytes(&head.signature))
        .is_ok()
}

mod hex_hash {
    use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(hash: &[u8; 32], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&hex::encode(hash))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<[u8; 32], D::Error> {
        let text = String::deserialize(deserializer)?;
        let mut hash = [0; 32];
        hex::decode_to_slice(&text, &mut hash)
            .map_err(|e| D::Error::custom(format!("root_hash: {e}")))?;
        Ok(hash)
    }
}

mod base64_signature {
    use super::BASE64;
    use base64::Engine as _;
    use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(sig: &[u8; 64], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&BASE64.encode(sig))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<[u8; 64], D::Error> {
        let text = String::deserialize(deserializer)?;
        let bytes = BASE64
            .decode(&text)
            .map_err(|e| D::Error::custom(format!("signature: {e}")))?;
        bytes
            .try_into()
            .map_err(|_| D::Error::custom("signature: not 64 bytes"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[7; 32])
    }

    #[test]
    fn head_round_trips_through_json() {
        let head = SignedTreeHead::sign(&key(), "eu", 3, [9; 32], 1_700_000_000_000);
        let json = serde_json::to_string(&head).unwrap();
        assert!(json.starts_with(
            r#"{"tree_size":3,"root_hash":"0909090909090909090909090909090909090909090909090909090909090909","timestamp_ms":1700000000000,"signature":""#
        ));
        assert_eq!(serde_json::from_str::<SignedTreeHead>(&json).unwrap(), head);
    }

    #[test]
    fn signature_binds_every_field_and_the_region() {
        let key = key();
        let public = key.verifying_key();
        let head = SignedTreeHead::sign(&key, "eu", 3, [9; 32], 5);
        assert!(verify_head(&head, "eu", &public));
        assert!(!verify_head(&head, "us", &public));
        assert!(!verify_head(
            &SignedTreeHead {
                tree_size: 4,
                ..head
            },
            "eu",
            &public
        ));
        assert!(!verify_head(
            &SignedTreeHead {
                timestamp_ms: 6,
                ..head
            },
            "eu",
            &public
        ));
        let mut root = head.root_hash;
        root[0] ^= 1;
        assert!(!verify_head(
            &SignedTreeHead {
                root_hash: root,
                ..head
            },
            "eu",
            &public
        ));
        let other = SigningKey::from_bytes(&[8; 32]).verifying_key();
        assert!(!verify_head(&head, "eu", &other));
    }

    #[test]
    fn malformed_fields_are_refused() {
        let bad_hex = r#"{"tree_size":1,"root_hash":"zz","timestamp_ms":0,"signature":""}"#;
        assert!(serde_json::from_str::<SignedTreeHead>(bad_hex).is_err());
        let short_sig = format!(
            r#"{{"tree_size":1,"root_hash":"{}","timestamp_ms":0,"signature":"AAAA"}}"#,
            "00".repeat(32)
        );
        assert!(serde_json::from_str::<SignedTreeHead>(&short_sig).is_err());
    }
}
