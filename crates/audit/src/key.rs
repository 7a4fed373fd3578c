//! The region's signing key and its public half, as files.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use ed25519_dalek::{SigningKey, VerifyingKey};
use rand::rngs::OsRng;
use rand::RngCore as _;

use crate::error::AuditError;

/// Reads the ed25519 secret key at `path` (exactly 32 raw bytes), or creates one if the file
/// does not exist.
///
/// A new key is written to a temporary file with mode 0600 in the same directory, synced,
/// then hard-linked into place: unlike a rename, the link fails if another process created
/// the key first, and then that key is used, so two processes starting at once cannot end
/// up with different keys. (Where hard links are not supported it falls back to a rename.)
pub fn load_or_create_key(path: &Path) -> Result<SigningKey, AuditError> {
    match fs::read(path) {
        Ok(bytes) => parse_secret(path, &bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => create_key(path),
        Err(source) => Err(AuditError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn parse_secret(path: &Path, bytes: &[u8]) -> Result<SigningKey, AuditError> {
    let secret: [u8; 32] = bytes.try_into().map_err(|_| AuditError::BadKey {
        path: path.to_path_buf(),
        reason: format!(
            "expected a 32-byte ed25519 secret key, found {} bytes",
            bytes.len()
        ),
    })?;
    Ok(SigningKey::from_bytes(&secret))
}

fn create_key(path: &Path) -> Result<SigningKey, AuditError> {
    let key = SigningKey::generate(&mut OsRng);
    let tmp = write_temp(path, key.as_bytes(), 0o600)?;
    match fs::hard_link(&tmp, path) {
        Ok(()) => {
            remove(&tmp);
            sync_parent(path)?;
            Ok(key)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            remove(&tmp);
            let bytes = fs::read(path).map_err(AuditError::io(path))?;
            parse_secret(path, &bytes)
        }
        Err(_) => {
            let renamed = fs::rename(&tmp, path).map_err(AuditError::io(path));
            if renamed.is_err() {
                remove(&tmp);
            }
            renamed?;
            sync_parent(path)?;
            Ok(key)
        }
    }
}

/// Writes the public key as one line of lowercase hex (64 characters), replacing the file
/// atomically.
pub fn write_public_key(path: &Path, key: &VerifyingKey) -> Result<(), AuditError> {
    let text = format!("{}\n", hex::encode(key.as_bytes()));
    let tmp = write_temp(path, text.as_bytes(), 0o644)?;
    if let Err(source) = fs::rename(&tmp, path) {
        remove(&tmp);
        return Err(AuditError::Io {
            path: path.to_path_buf(),
            source,
        });
    }
    sync_parent(path)
}

/// Reads a public key written by [`write_public_key`]: 64 hex characters, or the 32 bytes in
/// standard base64; surrounding whitespace is ignored.
pub fn read_public_key(path: &Path) -> Result<VerifyingKey, AuditError> {
    let text = fs::read_to_string(path).map_err(AuditError::io(path))?;
    let text = text.trim();
    let bad = |reason: String| AuditError::BadKey {
        path: path.to_path_buf(),
        reason,
    };
    let mut bytes = [0; 32];
    if text.len() == 64 {
        hex::decode_to_slice(text, &mut bytes).map_err(|e| bad(format!("not hex: {e}")))?;
    } else {
        let decoded = BASE64
            .decode(text)
            .map_err(|_| bad("expected 64 hex characters or 32 bytes in base64".into()))?;
        bytes = decoded
            .try_into()
            .map_err(|v: Vec<u8>| bad(format!("expected 32 bytes, found {}", v.len())))?;
    }
    VerifyingKey::from_bytes(&bytes).map_err(|e| bad(format!("not an ed25519 public key: {e}")))
}

/// Writes `bytes` to a new temporary file next to `path`, synced, and returns its path.
fn write_temp(path: &Path, bytes: &[u8], mode: u32) -> Result<PathBuf, AuditError> {
    let dir = parent(path);
    fs::create_dir_all(dir).map_err(AuditError::io(dir))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.{}.{:016x}.tmp",
        std::process::id(),
        OsRng.next_u64()
    ));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    #[cfg(not(unix))]
    let _ = mode;
    let written = options.open(&tmp).and_then(|mut file: File| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    if let Err(source) = written {
        remove(&tmp);
        return Err(AuditError::Io { path: tmp, source });
    }
    Ok(tmp)
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn sync_parent(path: &Path) -> Result<(), AuditError> {
    #[cfg(unix)]
    {
        let dir = parent(path);
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(AuditError::io(dir))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Best-effort clean-up of a temporary file; a leftover one is harmless.
fn remove(tmp: &Path) {
    let _ = fs::remove_file(tmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_is_created_once_then_loaded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/audit.key");
        let key = load_or_create_key(&path).unwrap();
        assert_eq!(fs::read(&path).unwrap(), key.as_bytes());
        assert_eq!(
            load_or_create_key(&path).unwrap().as_bytes(),
            key.as_bytes()
        );
        // Only the key file is left behind, no temporary files.
        assert_eq!(fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn concurrent_creation_yields_one_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.key");
        let keys: Vec<[u8; 32]> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|_| s.spawn(|| load_or_create_key(&path).map(|k| k.to_bytes())))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap().unwrap())
                .collect()
        });
        assert!(keys.iter().all(|k| *k == keys[0]));
        assert_eq!(fs::read(&path).unwrap(), keys[0]);
    }

    #[test]
    fn wrong_sized_key_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.key");
        fs::write(&path, [1; 31]).unwrap();
        assert!(matches!(
            load_or_create_key(&path),
            Err(AuditError::BadKey { .. })
        ));
    }

    #[test]
    fn public_key_round_trips_as_hex_and_base64() {
        let dir = tempfile::tempdir().unwrap();
        let key = SigningKey::from_bytes(&[5; 32]).verifying_key();
        let path = dir.path().join("audit.pub");
        write_public_key(&path, &key).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text, format!("{}\n", hex::encode(key.as_bytes())));
        assert_eq!(read_public_key(&path).unwrap(), key);
        fs::write(&path, format!(" {}\n", BASE64.encode(key.as_bytes()))).unwrap();
        assert_eq!(read_public_key(&path).unwrap(), key);
        fs::write(&path, "not a key\n").unwrap();
        assert!(matches!(
            read_public_key(&path),
            Err(AuditError::BadKey { .. })
        ));
    }
}
