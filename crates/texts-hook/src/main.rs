//! `claimscope-texts-hook`: trunk's post_build hook (Trunk.toml). Copies the
//! article texts of this profile's build into `$TRUNK_STAGING_DIR/texts/`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let (Some(staging), Some(profile)) = (
        std::env::var_os("TRUNK_STAGING_DIR"),
        std::env::var("TRUNK_PROFILE").ok(),
    ) else {
        eprintln!("claimscope-texts-hook: run as trunk's post_build hook (TRUNK_STAGING_DIR, TRUNK_PROFILE)");
        return ExitCode::FAILURE;
    };
    let root = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let from = claimscope_texts_hook::written_for(&root, &profile);
    match claimscope_texts_hook::stage(&from, &PathBuf::from(staging)) {
        Ok(_) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("claimscope-texts-hook: {message}");
            ExitCode::FAILURE
        }
    }
}
