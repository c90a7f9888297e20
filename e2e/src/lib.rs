//! End-to-end harness: builds and hosts a release `dist/` on 127.0.0.1 and drives
//! headless Chromium through ChromeDriver.
//!
//! It owns processes (trunk, ChromeDriver, a static server) and browser helpers;
//! it must not know the app's internals beyond the DOM contract (`data-id`,
//! class names) that the tests read.

pub mod bench;
mod browser;
mod dist;
pub mod hostile;
mod server;

pub use browser::{Browser, PATIENCE};
pub use dist::{build_debug_dist, build_dist, corpus_copy, repo_root, BuildOutcome};
pub use server::StaticServer;

use std::path::PathBuf;

/// The release `dist/` the test command built (`CLAIMSCOPE_DIST`), or `<repo>/dist`.
pub fn default_dist() -> PathBuf {
    let dist = std::env::var_os("CLAIMSCOPE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "no built app in {} (run `cargo xtask test`, which builds it first)",
        dist.display()
    );
    dist
}

/// axe-core's browser build where `cargo xtask setup` installs it, for running
/// these tests without `cargo xtask test` (which passes `CLAIMSCOPE_AXE`). The
/// version must match `AXE_VERSION` in `xtask/src/setup.rs`.
pub fn default_axe() -> PathBuf {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir);
    data.join("claimscope/axe-core-4.10.3/node_modules/axe-core/axe.min.js")
}

/// Where screenshots go: `e2e/artifacts/` (ignored by git).
pub fn artifacts_dir() -> PathBuf {
    repo_root().join("e2e/artifacts")
}
