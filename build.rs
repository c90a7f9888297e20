//! Embeds the corpus's metadata and extraction into the app at build time, and
//! writes the article texts as files for the post-build hook to put beside it
//! (`target/claimscope-texts/TARGET/PROFILE/`, which `crates/texts-hook` copies
//! into the dist's `texts/`).
//!
//! The folder comes from `CLAIMSCOPE_CORPUS` (relative paths are taken from the
//! repository root), default `seeds/`, with its optional `articles.toml`. A file
//! that cannot be loaded stops the build with its path and position; warnings are
//! printed and embedded.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CLAIMSCOPE_CORPUS");
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let dir = match std::env::var_os("CLAIMSCOPE_CORPUS") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("seeds"),
    };
    // A folder here makes cargo re-run this script when any file below it changes,
    // is added or is removed.
    println!("cargo:rerun-if-changed={}", dir.display());

    match claimscope_catalog::build_dir(&dir) {
        Ok((report, built)) => {
            for (article, record) in report.corpus.articles.iter().zip(&built.catalog.articles) {
                for warning in &record.warnings {
                    println!("cargo:warning={}: {warning}", shown(&dir, &article.file));
                }
            }
            for file in &report.skipped {
                println!(
                    "cargo:warning={}: not a .txt file; skipped",
                    shown(&dir, file)
                );
            }
            println!(
                "cargo:warning={}; {} quotes, {} sources, {} claims (from {})",
                claimscope_catalog::summary(&report, &built),
                built.catalog.quotes.len(),
                built.catalog.sources.len(),
                built.catalog.claims.len(),
                dir.display()
            );
            let bundle = claimscope_bundle::Bundle {
                corpus: report.corpus,
                catalog: built.catalog,
                roles: built.roles,
                ..Default::default()
            };
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
            let encoded = match claimscope_bundle::encode(&bundle) {
                Ok(encoded) => encoded,
                Err(e) => fail(&e.to_string()),
            };
            if let Err(e) = write_texts(&root, &encoded.texts) {
                fail(&format!("cannot write the article texts: {e}"));
            }
            if let Err(e) = std::fs::write(out.join("bundle.bin"), encoded.meta) {
                fail(&format!("cannot write the embedded data: {e}"));
            }
        }
        Err(error) => fail(&error),
    }
}

/// Replaces the text files of this target and profile (one folder each, so a
/// native build or a debug build never leaves its files where a release
/// build of the app will look).
fn write_texts(root: &Path, files: &[claimscope_bundle::TextFile]) -> std::io::Result<()> {
    let target = std::env::var("TARGET").unwrap_or_default();
    let profile = std::env::var("PROFILE").unwrap_or_default();
    let dir = root
        .join("target/claimscope-texts")
        .join(target)
        .join(profile);
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    for file in files {
        std::fs::write(dir.join(&file.name), &file.bytes)?;
    }
    Ok(())
}

fn shown(dir: &Path, file: &str) -> String {
    dir.join(file).display().to_string()
}

/// Stops the build with `message` on stderr, which cargo (and trunk) print in full.
fn fail(message: &str) -> ! {
    eprintln!("{message}");
    std::process::exit(1);
}
