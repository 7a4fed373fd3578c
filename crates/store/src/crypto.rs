//! Envelope encryption of personal fields.
//!
//! Every account has its own random data key; personal fields (e-mail, birth date, the
//! truncated address and user agent of login records) are sealed with it
//! (XChaCha20-Poly1305, the account id and field name as associated data, so a value
//! cannot be moved to another account or field). The data key is stored wrapped by the
//! region's key, which comes from `SPOOL_REGION_KEY_<REGION>` (base64 of 32 bytes) or
//! from the key file `<data>/secrets/region-<region>.key` — never from the database.
//! Deleting an account deletes its wrapped data key: a copy of its rows left in a backup
//! can no longer be read.

use std::path::Path;

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use spool_core::AccountId;

use crate::{Result, StoreError};

const SEALED_PREFIX: &str = "enc1:";
const NONCE: usize = 24;

#[derive(Clone)]
pub struct RegionKey(XChaCha20Poly1305);

impl std::fmt::Debug for RegionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RegionKey(..)")
    }
}

/// An account's unwrapped data key (held only in memory, per request).
pub struct DataKey(XChaCha20Poly1305);

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!(
        "{what}: cannot be decrypted with this region's key"
    ))
}

impl RegionKey {
    /// The region key from the environment or the key file (created on first start).
    pub fn load(data_dir: &Path, region: &str) -> Result<Self> {
        let var = format!("SPOOL_REGION_KEY_{}", region.to_ascii_uppercase());
        let bytes: Vec<u8> = match std::env::var(&var) {
            Ok(v) => b64()
                .decode(v.trim())
                .map_err(|_| StoreError::Corrupt(format!("{var} is not base64")))?,
            Err(_) => {
                let path = data_dir
                    .join("secrets")
                    .join(format!("region-{region}.key"));
                match std::fs::read(&path) {
                    Ok(b) => b,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => create_key_file(&path)?,
                    Err(e) => return Err(StoreError::Corrupt(format!("{}: {e}", path.display()))),
                }
            }
        };
        let key: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
            StoreError::Corrupt(format!("the key of region {region} is not 32 bytes"))
        })?;
        Ok(Self(XChaCha20Poly1305::new(&key.into())))
    }

    /// A fresh data key for a new account, and its wrapped form for the database.
    pub fn new_data_key(&self, account: AccountId) -> Result<(DataKey, Vec<u8>)> {
        let raw: [u8; 32] = rand::random();
        let wrapped = seal_bytes(&self.0, &raw, &aad(account, "data-key"))?;
        Ok((DataKey(XChaCha20Poly1305::new(&raw.into())), wrapped))
    }

    /// Re-wraps an account's data key with another region's key (moving regions).
    pub fn rewrap(&self, account: AccountId, wrapped: &[u8], to: &RegionKey) -> Result<Vec<u8>> {
        let raw = open_bytes(&self.0, wrapped, &aad(account, "data-key"))
            .ok_or_else(|| corrupt("a data key"))?;
        seal_bytes(&to.0, &raw, &aad(account, "data-key"))
    }

    pub fn unwrap(&self, account: AccountId, wrapped: &[u8]) -> Result<DataKey> {
        let raw = open_bytes(&self.0, wrapped, &aad(account, "data-key"))
            .ok_or_else(|| corrupt("a data key"))?;
        let raw: [u8; 32] = raw
            .as_slice()
            .try_into()
            .map_err(|_| corrupt("a data key"))?;
        Ok(DataKey(XChaCha20Poly1305::new(&raw.into())))
    }
}

fn create_key_file(path: &Path) -> Result<Vec<u8>> {
    spool_core::secret_file::load_or_create(path, || rand::random::<[u8; 32]>().to_vec())
        .map_err(|e| StoreError::Corrupt(format!("{}: {e}", path.display())))
}

fn aad(account: AccountId, field: &str) -> Vec<u8> {
    let mut a = b"spool-v1\n".to_vec();
    a.extend_from_slice(account.0.as_bytes());
    a.push(b'\n');
    a.extend_from_slice(field.as_bytes());
    a
}

fn seal_bytes(cipher: &XChaCha20Poly1305, plain: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
    let nonce: [u8; NONCE] = rand::random();
    let mut out = nonce.to_vec();
    let ct = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
        .map_err(|_| StoreError::Corrupt("encryption failed".into()))?;
    out.extend_from_slice(&ct);
    Ok(out)
}

fn open_bytes(cipher: &XChaCha20Poly1305, sealed: &[u8], aad: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < NONCE {
        return None;
    }
    let (nonce, ct) = sealed.split_at(NONCE);
    cipher
        .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
        .ok()
}

impl DataKey {
    /// Seals a personal field as text (`enc1:<base64>`).
    pub fn seal(&self, account: AccountId, field: &str, plain: &str) -> Result<String> {
        let sealed = seal_bytes(&self.0, plain.as_bytes(), &aad(account, field))?;
        Ok(format!("{SEALED_PREFIX}{}", b64().encode(sealed)))
    }

    /// Opens a sealed field. Values written before encryption existed (no prefix) are
    /// returned as they are.
    pub fn open(&self, account: AccountId, field: &str, stored: &str) -> Result<String> {
        let Some(body) = stored.strip_prefix(SEALED_PREFIX) else {
            return Ok(stored.to_owned());
        };
        let bytes = b64().decode(body).map_err(|_| corrupt(field))?;
        let plain =
            open_bytes(&self.0, &bytes, &aad(account, field)).ok_or_else(|| corrupt(field))?;
        String::from_utf8(plain).map_err(|_| corrupt(field))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip_and_are_bound_to_account_and_field() {
        let dir = tempfile::tempdir().unwrap();
        let region = RegionKey::load(dir.path(), "eu").unwrap();
        let a = AccountId(uuid::Uuid::now_v7());
        let b = AccountId(uuid::Uuid::now_v7());
        let (dk, wrapped) = region.new_data_key(a).unwrap();
        let sealed = dk.seal(a, "email", "ana@example.org").unwrap();
        assert!(!sealed.contains("ana"));
        let dk2 = region.unwrap(a, &wrapped).unwrap();
        assert_eq!(dk2.open(a, "email", &sealed).unwrap(), "ana@example.org");
        assert!(dk2.open(b, "email", &sealed).is_err(), "another account");
        assert!(dk2.open(a, "birth_date", &sealed).is_err(), "another field");
        assert!(
            region.unwrap(b, &wrapped).is_err(),
            "a data key is bound to its account"
        );
        // The same key file is read back on the next start; another region's is different.
        let again = RegionKey::load(dir.path(), "eu").unwrap();
        assert!(again.unwrap(a, &wrapped).is_ok());
        let other = RegionKey::load(dir.path(), "us").unwrap();
        assert!(other.unwrap(a, &wrapped).is_err());
        assert_eq!(
            dk2.open(a, "email", "legacy@example.org").unwrap(),
            "legacy@example.org"
        );
    }
}
