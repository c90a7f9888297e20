//! End-to-end harness: builds and hosts a release `dist/` on 127.0.0.1 and drives
//! headless Chromium through ChromeDriver.
//!
//! It owns processes (trunk, ChromeDriver, a static server) and browser helpers;
//! it must not know the app's internals beyond the DOM contract (`data-id`,
//! class names) that the tests read.

mod browser;
mod dist;
mod server;

pub use browser::{Browser, PATIENCE};
pub use dist::{build_dist, corpus_copy, repo_root, BuildOutcome};
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

/// Where screenshots go: `e2e/artifacts/` (ignored by git).
pub fn artifacts_dir() -> PathBuf {
    repo_root().join("e2e/artifacts")
}
