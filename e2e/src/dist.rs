//! Building the app over a chosen corpus folder, as a user would with trunk.

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("e2e sits inside the repository")
        .to_path_buf()
}

pub struct BuildOutcome {
    pub success: bool,
    /// stdout and stderr together, as the user would read them.
    pub output: String,
}

/// `trunk build --release` over `corpus` into `dist`. Needs trunk and the pinned
/// tools on PATH (the xtask provides them).
pub fn build_dist(corpus: &Path, dist: &Path) -> BuildOutcome {
    trunk_build(corpus, dist, true)
}

/// `trunk build` (debug: `?debug_panic` works) over `corpus` into `dist`.
pub fn build_debug_dist(corpus: &Path, dist: &Path) -> BuildOutcome {
    trunk_build(corpus, dist, false)
}

fn trunk_build(corpus: &Path, dist: &Path, release: bool) -> BuildOutcome {
    let mut trunk = Command::new("trunk");
    trunk.arg("build");
    if release {
        trunk.arg("--release");
    }
    let output = trunk
        .arg("--dist")
        .arg(dist)
        .env("CLAIMSCOPE_CORPUS", corpus)
        .current_dir(repo_root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run trunk: {e} (run `cargo xtask setup`)"));
    BuildOutcome {
        success: output.status.success(),
        output: format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// A temporary copy of `seeds/` that a test may change freely.
pub fn corpus_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for entry in std::fs::read_dir(repo_root().join("seeds")).expect("seeds/ is readable") {
        let entry = entry.expect("a readable entry");
        if entry.file_type().map(|t| t.is_file()).unwrap_or(false) {
            std::fs::copy(entry.path(), dir.path().join(entry.file_name())).expect("copy a seed");
        }
    }
    dir
}
