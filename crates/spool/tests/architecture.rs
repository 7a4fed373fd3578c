//! The structure `docs/ARCHITECTURE.md` describes, checked, so that it stays true:
//!
//! 1. **Crate direction**: `cargo metadata --no-deps` (no build, no network) lists every
//!    workspace crate's dependencies; each edge between workspace crates must be in
//!    [`CRATE_EDGES`], and a few external crates that carry a layer's knowledge (HTTP,
//!    SQL, the async runtime) may be used only by the crates in [`EXTERNAL_OWNERS`].
//! 2. **File-system calls**: every `.rs` file under `crates/*/src` (test modules left out)
//!    is scanned for file-system calls; they may appear only in the files of
//!    [`FS_OWNERS`], each with the reason it owns file I/O. An entry whose file no
//!    longer makes such calls fails too, so the list only ever shrinks to the truth.
//!
//! Change a table here and the matching text in `docs/ARCHITECTURE.md` together.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

// ======================================================================================
// THE DECLARED STRUCTURE. Edit these tables deliberately (and the architecture document
// with them): a failing test here means the code and the map disagree.
// ======================================================================================

/// Which workspace crates each workspace crate may depend on (normal, dev and build
/// dependencies alike). Every workspace crate must have a row.
const CRATE_EDGES: &[(&str, &[&str])] = &[
    // The domain vocabulary: depends on no other Spool crate.
    ("spool-core", &[]),
    // Libraries: each may use the vocabulary, none another library or the server.
    ("spool-store", &["spool-core"]),
    ("spool-media", &["spool-core"]),
    ("spool-search", &["spool-core"]),
    ("spool-feed", &["spool-core"]),
    ("spool-audit", &["spool-core"]),
    ("spool-blob", &["spool-core"]),
    ("spool-web", &["spool-core"]),
    ("spool-moderation", &["spool-core"]),
    // The HTTP layer wires the libraries together.
    (
        "spool-server",
        &[
            "spool-core",
            "spool-store",
            "spool-media",
            "spool-search",
            "spool-feed",
            "spool-audit",
            "spool-blob",
            "spool-web",
            "spool-moderation",
        ],
    ),
    // The binary: the server and the libraries. Nothing else depends on the server.
    (
        "spool",
        &[
            "spool-server",
            "spool-core",
            "spool-store",
            "spool-media",
            "spool-search",
            "spool-feed",
            "spool-audit",
            "spool-blob",
            "spool-web",
            "spool-moderation",
        ],
    ),
];

/// External crates that carry one layer's knowledge: (crate, the workspace crates that may
/// depend on it as a normal or build dependency, why). Dev-dependencies are free (tests may
/// use anything).
const EXTERNAL_OWNERS: &[(&str, &[&str], &str)] = &[
    (
        "axum",
        &["spool-server", "spool-web"],
        "HTTP lives in the server and the web client",
    ),
    (
        "tower",
        &["spool-server", "spool-web"],
        "HTTP lives in the server and the web client",
    ),
    (
        "tower-http",
        &["spool-server", "spool-web"],
        "HTTP lives in the server and the web client",
    ),
    (
        "hyper",
        &["spool-server", "spool-web"],
        "HTTP lives in the server and the web client",
    ),
    (
        "reqwest",
        &["spool"],
        "no HTTP client outside tests but the load generator (spool bench cluster)",
    ),
    (
        "async-nats",
        &["spool-server"],
        "the bus (crates/server/src/bus) is the one door to NATS",
    ),
    (
        "object_store",
        &["spool-blob"],
        "object storage is reached only through spool-blob",
    ),
    (
        "sqlx",
        &["spool-store"],
        "the database is reached only through spool-store",
    ),
    (
        "tokio",
        &[
            "spool-store",
            "spool-media",
            "spool-search",
            "spool-blob",
            "spool-server",
            "spool",
        ],
        "spool-core, spool-feed and spool-audit are synchronous (no async runtime)",
    ),
];

/// The files (relative to the workspace root) that may call the file system, each with
/// the reason it owns file I/O. Media bytes belong to spool-blob: entries marked
/// `[blob]` still touch media files directly and leave this list once they go through the
/// blob store.
const FS_OWNERS: &[(&str, &str)] = &[
    // spool-core
    (
        "crates/core/src/secret_file.rs",
        "key files that processes starting together create once (temporary file, hard link)",
    ),
    // spool-moderation
    (
        "crates/moderation/src/screening.rs",
        "an operator's folder of screening term lists",
    ),
    // spool-blob
    (
        "crates/blob/src/local.rs",
        "the local blob store: media files under a region's media folder",
    ),
    (
        "crates/blob/src/object.rs",
        "the object store's local side: files uploaded by put_file/put_dir, downloads by stage",
    ),
    // spool-audit
    (
        "crates/audit/src/key.rs",
        "the region log's signing key file",
    ),
    (
        "crates/audit/src/log.rs",
        "the append-only entries and heads files",
    ),
    (
        "crates/audit/src/verify.rs",
        "offline verification reads a log folder",
    ),
    // spool-feed
    (
        "crates/feed/src/eval.rs",
        "the MovieLens evaluation reads the data set and writes its splits",
    ),
    // spool-media
    (
        "crates/media/src/fsutil.rs",
        "atomic writes of ffmpeg outputs (temporary name, fsync, rename)",
    ),
    (
        "crates/media/src/probe.rs",
        "checks the input file before ffprobe reads it",
    ),
    (
        "crates/media/src/transcode.rs",
        "rendition folders written under a temporary name and renamed",
    ),
    // spool-search
    (
        "crates/search/src/index.rs",
        "the tantivy index folder and its schema marker",
    ),
    // spool-store
    ("crates/store/src/lib.rs", "creates the data folder"),
    (
        "crates/store/src/cell.rs",
        "creates a cell's folder and its media subfolders",
    ),
    ("crates/store/src/crypto.rs", "the region key files"),
    (
        "crates/store/src/locks.rs",
        "lock files of the deployment-wide locks on SQLite (flock)",
    ),
    (
        "crates/store/src/fault.rs",
        "test-only crash points read their trigger file (SPOOL_TEST_CRASH_FILE)",
    ),
    (
        "crates/store/src/erase.rs",
        "[blob] removes an erased account's media files",
    ),
    (
        "crates/store/src/relocate.rs",
        "[blob] moves an account's media folder to its new cell",
    ),
    // spool-server
    ("crates/server/src/config.rs", "the configuration file"),
    (
        "crates/server/src/app.rs",
        "checks the metrics token file at start-up",
    ),
    (
        "crates/server/src/routes/health.rs",
        "re-reads the metrics token file on each scrape",
    ),
    (
        "crates/server/src/media_urls.rs",
        "the media URL signing key file",
    ),
    (
        "crates/server/src/feed.rs",
        "feed model snapshots (catalog, viewers per region)",
    ),
    (
        "crates/server/src/state.rs",
        "the search index folder and its rebuild marker",
    ),
    (
        "crates/server/src/workers/transcode.rs",
        "the transcode job's local work folder, which ffmpeg reads and writes",
    ),
    (
        "crates/server/src/media_files.rs",
        "removes a deleted video's local work folder; makes scratch folders under it",
    ),
    (
        "crates/server/src/routes/media.rs",
        "serves media files straight from disk where the blob store has them (`local_path`)",
    ),
    (
        "crates/server/src/serve.rs",
        "sends the media files that routes/media.rs opened with sendfile(2)",
    ),
    (
        "crates/server/src/routes/export.rs",
        "the export archive, which is a temporary file; the staged originals in it",
    ),
    // spool (the binary)
    (
        "crates/spool/src/seed.rs",
        "its scratch folder of generated demo clips (put into uploads as blobs); whether the data folder is new (`serve --demo`)",
    ),
    (
        "crates/spool/src/bench.rs",
        "its benchmark clips (put into uploads as blobs); its data folder; /proc/cpuinfo",
    ),
    (
        "crates/spool/src/admin.rs",
        "`spool audit verify` finds every region's log and key folders",
    ),
    (
        "crates/spool/src/eval.rs",
        "the evaluation's scratch folder and results",
    ),
    (
        "crates/spool/src/cluster_bench.rs",
        "reads the clip it uploads to the API nodes",
    ),
    (
        "crates/spool/src/feed_bench.rs",
        "reads /proc/self/status for memory figures",
    ),
    (
        "crates/spool/src/moderation_bench.rs",
        "[blob] its scratch folder of generated and re-encoded clips; the real test clips",
    ),
];

/// Identifiers that are file-system calls wherever they appear as a whole word.
const FS_WORDS: &[&str] = &[
    "fs", // std::fs, tokio::fs, std::os::unix::fs, `use std::{fs, ..}`
    "OpenOptions",
    "create_dir",
    "create_dir_all",
    "remove_dir",
    "remove_dir_all",
    "remove_file",
    "read_dir",
    "try_exists",
    "hard_link",
    "set_permissions",
    "symlink_metadata",
    "canonicalize",
    "tempfile",
    "tempdir",
];

/// Substrings that are file-system calls (a `File` opened or created, a path probed).
const FS_SNIPPETS: &[&str] = &[
    "File::open",
    "File::create",
    "File::options",
    ".exists()",
    ".is_file()",
    ".is_dir()",
];

// ======================================================================================
// Crate direction
// ======================================================================================

/// A workspace crate and its dependencies: (name, kind) with kind `normal`, `dev` or
/// `build`.
struct Package {
    name: String,
    deps: Vec<(String, String)>,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn cargo_metadata() -> serde_json::Value {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .arg("--manifest-path")
        .arg(workspace_root().join("Cargo.toml"))
        .output()
        .expect("run cargo metadata");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("cargo metadata's JSON")
}

fn packages(metadata: &serde_json::Value) -> Vec<Package> {
    metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| Package {
            name: p["name"].as_str().expect("name").to_owned(),
            deps: p["dependencies"]
                .as_array()
                .expect("dependencies")
                .iter()
                .map(|d| {
                    (
                        d["name"].as_str().expect("dependency name").to_owned(),
                        d["kind"].as_str().unwrap_or("normal").to_owned(),
                    )
                })
                .collect(),
        })
        .collect()
}

/// Every way `packages` breaks [`CRATE_EDGES`] / [`EXTERNAL_OWNERS`], as messages.
fn crate_violations(
    packages: &[Package],
    edges: &[(&str, &[&str])],
    external: &[(&str, &[&str], &str)],
) -> Vec<String> {
    let table: BTreeMap<&str, &[&str]> = edges.iter().copied().collect();
    let members: BTreeSet<&str> = packages.iter().map(|p| p.name.as_str()).collect();
    let mut out = Vec::new();
    for p in packages {
        let Some(allowed) = table.get(p.name.as_str()) else {
            out.push(format!(
                "workspace crate {} has no row in CRATE_EDGES (crates/spool/tests/architecture.rs): \
                 declare which Spool crates it may depend on",
                p.name
            ));
            continue;
        };
        for (dep, kind) in &p.deps {
            if members.contains(dep.as_str()) && !allowed.contains(&dep.as_str()) {
                out.push(format!(
                    "forbidden crate dependency: {} -> {dep} ({kind}); {} may depend only on [{}]",
                    p.name,
                    p.name,
                    allowed.join(", ")
                ));
            }
            if kind == "dev" {
                continue;
            }
            if let Some((_, owners, why)) = external.iter().find(|(name, ..)| name == dep) {
                if !owners.contains(&p.name.as_str()) {
                    out.push(format!(
                        "forbidden crate dependency: {} -> {dep} ({kind}); only [{}] may use {dep}: {why}",
                        p.name,
                        owners.join(", ")
                    ));
                }
            }
        }
    }
    for name in table.keys() {
        if !members.contains(name) {
            out.push(format!(
                "CRATE_EDGES has a row for {name}, which is not a workspace crate: remove it"
            ));
        }
    }
    out
}

#[test]
fn crate_dependencies_point_the_declared_way() {
    let packages = packages(&cargo_metadata());
    assert!(
        packages.iter().any(|p| p.name == "spool-server"),
        "cargo metadata listed no workspace crates"
    );
    let violations = crate_violations(&packages, CRATE_EDGES, EXTERNAL_OWNERS);
    assert!(
        violations.is_empty(),
        "the crate graph disagrees with docs/ARCHITECTURE.md:\n  {}",
        violations.join("\n  ")
    );
}

#[test]
fn the_direction_check_flags_a_forbidden_edge() {
    let pkg = |name: &str, deps: &[(&str, &str)]| Package {
        name: name.into(),
        deps: deps
            .iter()
            .map(|(d, k)| ((*d).into(), (*k).into()))
            .collect(),
    };
    let ok = [
        pkg("spool-core", &[("serde", "normal")]),
        pkg(
            "spool-store",
            &[("spool-core", "normal"), ("sqlx", "normal")],
        ),
        pkg(
            "spool-server",
            &[("spool-store", "normal"), ("axum", "normal")],
        ),
        pkg("spool-blob", &[("reqwest", "dev")]),
    ];
    let edges: &[(&str, &[&str])] = &[
        ("spool-core", &[]),
        ("spool-store", &["spool-core"]),
        ("spool-server", &["spool-core", "spool-store"]),
        ("spool-blob", &["spool-core"]),
    ];
    let external: &[(&str, &[&str], &str)] = &[
        ("axum", &["spool-server"], "HTTP"),
        ("sqlx", &["spool-store"], "SQL"),
        ("reqwest", &[], "tests only"),
    ];
    assert_eq!(crate_violations(&ok, edges, external), Vec::<String>::new());

    let bad = [
        pkg("spool-core", &[]),
        pkg(
            "spool-store",
            &[("spool-core", "normal"), ("spool-server", "dev")],
        ),
        pkg("spool-server", &[("spool-store", "normal")]),
        pkg("spool-blob", &[("axum", "normal"), ("sqlx", "build")]),
        pkg("spool-new", &[]),
    ];
    let found = crate_violations(&bad, edges, external);
    let expect = [
        "spool-store -> spool-server (dev)",
        "spool-blob -> axum (normal)",
        "spool-blob -> sqlx (build)",
        "spool-new has no row in CRATE_EDGES",
    ];
    for e in expect {
        assert!(
            found.iter().any(|f| f.contains(e)),
            "{e:?} not in {found:#?}"
        );
    }
    assert_eq!(found.len(), expect.len(), "{found:#?}");
    assert!(found[0].contains("forbidden crate dependency"));
}

// ======================================================================================
// File-system calls
// ======================================================================================

/// `src` with comments and the insides of string and character literals blanked out
/// (lines kept), so that only code is searched.
fn code_only(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |ch: char| if ch == '\n' { '\n' } else { ' ' };
    let ident = |ch: char| ch.is_alphanumeric() || ch == '_';
    let mut i = 0;
    while i < c.len() {
        let at = |k: usize| c.get(k).copied();
        let prev_ident = i > 0 && ident(c[i - 1]);
        // Line comment.
        if c[i] == '/' && at(i + 1) == Some('/') {
            while i < c.len() && c[i] != '\n' {
                out.push(' ');
                i += 1;
            }
            continue;
        }
        // Block comment (nested).
        if c[i] == '/' && at(i + 1) == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == Some('*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == Some('/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(c[i]));
                    i += 1;
                }
            }
            continue;
        }
        // Raw strings: r"..", r#".."#, br"..".
        if !prev_ident && (c[i] == 'r' || (c[i] == 'b' && at(i + 1) == Some('r'))) {
            let start = if c[i] == 'b' { i + 2 } else { i + 1 };
            let mut j = start;
            while at(j) == Some('#') {
                j += 1;
            }
            if at(j) == Some('"') {
                let hashes = j - start;
                out.extend(&c[i..=j]);
                i = j + 1;
                while i < c.len() {
                    if c[i] == '"' && (0..hashes).all(|h| at(i + 1 + h) == Some('#')) {
                        out.push('"');
                        out.extend(std::iter::repeat_n('#', hashes));
                        i += 1 + hashes;
                        break;
                    }
                    out.push(blank(c[i]));
                    i += 1;
                }
                continue;
            }
        }
        // Strings (b".." included: the b is pushed as code).
        if c[i] == '"' {
            out.push('"');
            i += 1;
            while i < c.len() {
                match c[i] {
                    '\\' => {
                        out.push(' ');
                        if let Some(n) = at(i + 1) {
                            out.push(blank(n));
                        }
                        i += 2;
                    }
                    '"' => {
                        out.push('"');
                        i += 1;
                        break;
                    }
                    ch => {
                        out.push(blank(ch));
                        i += 1;
                    }
                }
            }
            continue;
        }
        // Character literals ('x', '\n', '\u{..}'); a lone quote is a lifetime.
        if c[i] == '\'' {
            if at(i + 1) == Some('\\') {
                let mut j = i + 3; // past the escaped character, which may be a quote
                while j < c.len() && c[j] != '\'' {
                    j += 1;
                }
                out.push_str(&" ".repeat(j + 1 - i));
                i = j + 1;
                continue;
            }
            if at(i + 2) == Some('\'') {
                out.push_str("   ");
                i += 3;
                continue;
            }
        }
        out.push(c[i]);
        i += 1;
    }
    out
}

/// The lines of `code` (from [`code_only`]) that are not test-only: items under
/// `#[cfg(test)]` are left out. Answers (line number, code line), and the names of the
/// modules declared test-only with `#[cfg(test)] mod name;`.
fn non_test_lines(code: &str) -> (Vec<(usize, &str)>, Vec<String>) {
    let lines: Vec<&str> = code.lines().collect();
    let mut kept = Vec::new();
    let mut test_mods = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim() != "#[cfg(test)]" {
            kept.push((i + 1, line));
            i += 1;
            continue;
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        i += 1;
        while i < lines.len() && lines[i].trim_start().starts_with("#[") {
            i += 1; // more attributes
        }
        let Some(item) = lines.get(i) else { break };
        let item = item.trim();
        i += 1;
        if let Some(name) = item
            .strip_prefix("pub ")
            .unwrap_or(item)
            .strip_prefix("mod ")
            .and_then(|rest| rest.strip_suffix(';'))
        {
            test_mods.push(name.trim().to_owned());
            continue;
        }
        if item.ends_with(';') || item.ends_with('}') {
            continue; // a one-line item
        }
        // Skip to the item's closing brace at the attribute's indentation.
        let close = format!("{indent}}}");
        while i < lines.len() && lines[i].trim_end() != close {
            i += 1;
        }
        i += 1;
    }
    (kept, test_mods)
}

/// The file-system calls in `line` (code only), as the words and snippets found.
fn fs_calls(line: &str) -> Vec<&'static str> {
    let mut found: Vec<&'static str> = Vec::new();
    let words: BTreeSet<&str> = line
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    found.extend(FS_WORDS.iter().filter(|w| words.contains(**w)));
    let squeezed: String = line.chars().filter(|ch| !ch.is_whitespace()).collect();
    found.extend(FS_SNIPPETS.iter().filter(|s| squeezed.contains(**s)));
    found
}

/// The folder holding a file's child modules (`lib.rs`, `main.rs`, `mod.rs`: its own
/// folder; `foo.rs`: `foo/`).
fn module_dir(file: &Path) -> PathBuf {
    let parent = file.parent().unwrap().to_path_buf();
    match file.file_name().and_then(|n| n.to_str()) {
        Some("lib.rs" | "main.rs" | "mod.rs") => parent,
        _ => parent.join(file.file_stem().unwrap()),
    }
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rs_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// One file-system call found: line number, the source line, the words and snippets.
type Hit = (usize, String, Vec<&'static str>);

/// Every file-system call outside test code under `crates/*/src`, by relative path.
fn scan_workspace(root: &Path) -> BTreeMap<String, Vec<Hit>> {
    let mut files = Vec::new();
    for krate in std::fs::read_dir(root.join("crates")).unwrap() {
        rs_files(&krate.unwrap().path().join("src"), &mut files);
    }
    files.sort();
    // (source, code only) per file.
    let mut sources = BTreeMap::new();
    for file in &files {
        let src = std::fs::read_to_string(file).unwrap();
        let code = code_only(&src);
        sources.insert(file.clone(), (src, code));
    }
    // Files that are test modules (declared `#[cfg(test)] mod x;`), and their children.
    let mut test_only: BTreeSet<PathBuf> = BTreeSet::new();
    let mut changed = true;
    while changed {
        changed = false;
        for (file, (_, code)) in &sources {
            let (_, mut mods) = non_test_lines(code);
            if test_only.contains(file) {
                // Every module of a test module is test code too.
                mods = code
                    .lines()
                    .filter_map(|l| {
                        let l = l.trim();
                        l.strip_prefix("pub ")
                            .unwrap_or(l)
                            .strip_prefix("mod ")?
                            .strip_suffix(';')
                            .map(|n| n.trim().to_owned())
                    })
                    .collect();
            }
            for name in mods {
                let dir = module_dir(file);
                for child in [
                    dir.join(format!("{name}.rs")),
                    dir.join(&name).join("mod.rs"),
                ] {
                    if sources.contains_key(&child) && test_only.insert(child) {
                        changed = true;
                    }
                }
            }
        }
    }
    let mut hits = BTreeMap::new();
    for (file, (src, code)) in &sources {
        if test_only.contains(file) {
            continue;
        }
        let original: Vec<&str> = src.lines().collect();
        let (lines, _) = non_test_lines(code);
        let mut found = Vec::new();
        for (n, line) in lines {
            let calls = fs_calls(line);
            if !calls.is_empty() {
                let text = original.get(n - 1).map_or("", |l| l.trim()).to_owned();
                found.push((n, text, calls));
            }
        }
        if !found.is_empty() {
            let rel = file.strip_prefix(root).unwrap();
            hits.insert(rel.to_string_lossy().replace('\\', "/"), found);
        }
    }
    hits
}

#[test]
fn file_system_calls_stay_in_the_modules_that_own_them() {
    let root = workspace_root();
    let hits = scan_workspace(&root);
    let owners: BTreeMap<&str, &str> = FS_OWNERS.iter().copied().collect();
    assert_eq!(
        owners.len(),
        FS_OWNERS.len(),
        "FS_OWNERS lists a file twice"
    );
    let mut problems = Vec::new();
    for (file, lines) in &hits {
        if owners.contains_key(file.as_str()) {
            continue;
        }
        for (n, text, calls) in lines {
            problems.push(format!("{file}:{n}: {text}    [{}]", calls.join(", ")));
        }
    }
    if !problems.is_empty() {
        problems.insert(
            0,
            "file-system calls outside the modules that own file I/O (media goes through \
             spool-blob; otherwise add the file to FS_OWNERS in crates/spool/tests/architecture.rs \
             with its reason, and to docs/ARCHITECTURE.md):"
                .into(),
        );
    }
    for (file, why) in FS_OWNERS {
        if !hits.contains_key(*file) {
            problems.push(format!(
                "{file} is in FS_OWNERS ({why}) but makes no file-system call (or is gone): \
                 remove its entry"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_scanner_sees_code_and_ignores_comments_strings_and_tests() {
    let src = r##"//! Docs mention std::fs::read and File::open.
use std::{fs, io};
use std::path::Path;

/// Calls tokio::fs::read in a doc comment.
fn real(p: &Path) -> bool {
    let msg = "std::fs::remove_dir_all(p) in a string";
    let raw = r#"File::create("x") in a raw string"#;
    let c = '"';
    let q = '\'';
    /* std::fs::write in a /* nested */ block comment */
    let _ = (msg, raw, c);
    p
        .exists()
}

fn other<'a>(x: &'a str) -> &'a str {
    let _ = std::fs::read(x);
    x
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    fn helper() {
        std::fs::write("a", "b").unwrap();
    }
}

#[cfg(test)]
mod more;

fn after() {
    tempfile::tempdir();
}
"##;
    let code = code_only(src);
    assert_eq!(code.lines().count(), src.lines().count(), "lines are kept");
    let (lines, test_mods) = non_test_lines(&code);
    let hits: Vec<(usize, Vec<&str>)> = lines
        .iter()
        .map(|(n, l)| (*n, fs_calls(l)))
        .filter(|(_, c)| !c.is_empty())
        .collect();
    assert_eq!(
        hits,
        vec![
            (2, vec!["fs"]),
            (14, vec![".exists()"]),
            (18, vec!["fs"]),
            (34, vec!["tempfile", "tempdir"]),
        ]
    );
    assert_eq!(test_mods, ["more"]);
}

/// Route modules of the server that `use` another route module, and workers or services
/// that reach into routes: `(file, line, text)`.
fn layering_violations(root: &Path) -> Vec<String> {
    let server = root.join("crates/server/src");
    let routes_dir = server.join("routes");
    let mut route_names = Vec::new();
    let mut route_files = Vec::new();
    rs_files(&routes_dir, &mut route_files);
    for f in &route_files {
        if let Some(stem) = f.file_stem().and_then(|s| s.to_str()) {
            if stem != "mod" {
                route_names.push(stem.to_owned());
            }
        }
    }
    let mut problems = Vec::new();
    let mut check = |file: &Path, forbidden: &dyn Fn(&str) -> bool| {
        let src = std::fs::read_to_string(file).expect("read source");
        let code = code_only(&src);
        let (lines, _) = non_test_lines(&code);
        for (n, text) in lines {
            if forbidden(text) {
                let rel = file
                    .strip_prefix(root)
                    .unwrap_or(file)
                    .display()
                    .to_string();
                problems.push(format!("{rel}:{n}: {}", text.trim()));
            }
        }
    };
    for f in &route_files {
        if f.file_name().is_some_and(|n| n == "mod.rs") {
            continue;
        }
        let names = route_names.clone();
        check(f, &move |line: &str| {
            line.contains("crate::routes::")
                || names.iter().any(|n| {
                    line.contains(&format!("super::{n}::"))
                        || line.contains(&format!("super::{n};"))
                })
        });
    }
    for dir in ["workers", "services"] {
        let mut files = Vec::new();
        rs_files(&server.join(dir), &mut files);
        for f in &files {
            check(f, &|line: &str| line.contains("crate::routes"));
        }
    }
    for f in ["jobs.rs", "media_files.rs", "views.rs"] {
        check(&server.join(f), &|line: &str| {
            line.contains("crate::routes")
        });
    }
    problems
}

#[test]
fn routes_reach_services_never_each_other() {
    let problems = layering_violations(&workspace_root());
    assert!(
        problems.is_empty(),
        "a route module imports another route module, or a worker/service reaches into \
         routes (shared shapes go in views.rs, shared logic in services/):\n{}",
        problems.join("\n")
    );
}
