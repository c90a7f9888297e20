//! The post-build step that puts the article texts beside the app: the build
//! script writes them to `target/claimscope-texts/TARGET/PROFILE/` (the app
//! embeds only their names), and trunk's post_build hook copies that folder
//! into the staged dist as `texts/`. Knows folders and files, not what the
//! files hold.

use std::io;
use std::path::{Path, PathBuf};

/// The folder the build script wrote for the app (WASM) in `profile`.
pub fn written_for(root: &Path, profile: &str) -> PathBuf {
    root.join("target/claimscope-texts/wasm32-unknown-unknown")
        .join(profile)
}

/// Copies every file of `from` into `into/texts/`, replacing what was there;
/// returns how many. A missing `from` is an error that says what to do.
pub fn stage(from: &Path, into: &Path) -> Result<usize, String> {
    let entries = std::fs::read_dir(from).map_err(|e| {
        format!(
            "no article texts in {} ({e}); the app's build script writes them there",
            from.display()
        )
    })?;
    let texts = into.join("texts");
    let copy = || -> io::Result<usize> {
        if texts.exists() {
            std::fs::remove_dir_all(&texts)?;
        }
        std::fs::create_dir_all(&texts)?;
        let mut copied = 0;
        for entry in entries {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                std::fs::copy(entry.path(), texts.join(entry.file_name()))?;
                copied += 1;
            }
        }
        Ok(copied)
    };
    copy().map_err(|e| {
        format!(
            "cannot copy the article texts into {}: {e}",
            texts.display()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_texts_replace_what_the_dist_held_and_a_missing_folder_says_why() {
        let from = tempfile::tempdir().unwrap();
        let into = tempfile::tempdir().unwrap();
        std::fs::write(from.path().join("texts-1.bin"), b"one").unwrap();
        std::fs::write(from.path().join("texts-2.bin"), b"two").unwrap();
        std::fs::create_dir_all(into.path().join("texts")).unwrap();
        std::fs::write(into.path().join("texts/stale.bin"), b"old").unwrap();
        assert_eq!(stage(from.path(), into.path()), Ok(2));
        assert_eq!(
            std::fs::read(into.path().join("texts/texts-2.bin")).unwrap(),
            b"two"
        );
        assert!(!into.path().join("texts/stale.bin").exists());
        let error = stage(&from.path().join("absent"), into.path()).unwrap_err();
        assert!(error.contains("absent"), "{error}");
    }
}
