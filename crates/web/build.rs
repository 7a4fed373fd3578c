//! The browser layer is built by npm into `web/dist` (see `web/README.md`); it is embedded
//! into the binary. So that `cargo build` works before (or without) that step, an empty
//! `web/dist` is created here, and the pages then say that the assets are missing.

use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let web = Path::new(&manifest).join("../../web");
    let dist = web.join("dist");
    if !dist.exists() {
        if let Err(e) = std::fs::create_dir_all(&dist) {
            println!("cargo:warning=cannot create {}: {e}", dist.display());
        }
    }
    // Rebuild (re-embed) when the built assets or the message files change.
    println!("cargo:rerun-if-changed={}", dist.display());
    println!("cargo:rerun-if-changed={}", web.join("locales").display());
}
