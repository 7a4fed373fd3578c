//! PDQ frame hashes (being written).
