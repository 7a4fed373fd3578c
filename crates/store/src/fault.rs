//! Fault injection for the crash tests: named points in the multi-step writes (a move,
//! the outbox relay, a cross-cell write) where the process can be made to die at once,
//! as a SIGKILL at exactly that moment would.
//!
//! Compiled in, and inert unless one of these is set in the environment:
//! - `SPOOL_TEST_CRASH_AT=<point>`: abort when `<point>` is reached;
//! - `SPOOL_TEST_CRASH_FILE=<path>`: abort when `<point>` is reached and the file holds
//!   `<point>` (read each time, so a test can aim at one point after another, and empty
//!   the file before restarting).
//!
//! The points are listed in `docs/data-placement.md`. Nothing else reads these variables,
//! and the check costs one branch when they are unset.

use std::path::PathBuf;
use std::sync::OnceLock;

struct Armed {
    at: Option<String>,
    file: Option<PathBuf>,
}

fn armed() -> &'static Armed {
    static ARMED: OnceLock<Armed> = OnceLock::new();
    ARMED.get_or_init(|| Armed {
        at: std::env::var("SPOOL_TEST_CRASH_AT")
            .ok()
            .filter(|s| !s.is_empty()),
        file: std::env::var_os("SPOOL_TEST_CRASH_FILE").map(PathBuf::from),
    })
}

/// Aborts the process if the crash tests aimed at `name`.
pub fn point(name: &str) {
    let armed = armed();
    if armed.at.is_none() && armed.file.is_none() {
        return;
    }
    let hit = armed.at.as_deref() == Some(name)
        || armed
            .file
            .as_ref()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .is_some_and(|s| s.trim() == name);
    if hit {
        eprintln!("spool: crash point {name} reached; aborting (SPOOL_TEST_CRASH_*)");
        std::process::abort();
    }
}
