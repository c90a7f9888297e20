//! `claimscope-csp [INDEX_HTML]`: trunk's post_build hook (Trunk.toml). Writes
//! the policy into `$TRUNK_STAGING_DIR/index.html`, or the file named.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = match std::env::args_os().nth(1) {
        Some(path) => PathBuf::from(path),
        None => match std::env::var_os("TRUNK_STAGING_DIR") {
            Some(dir) => PathBuf::from(dir).join("index.html"),
            None => {
                eprintln!("claimscope-csp: name an index.html or run as trunk's post_build hook");
                return ExitCode::FAILURE;
            }
        },
    };
    let result = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|html| claimscope_csp::with_policy(&html))
        .and_then(|html| std::fs::write(&path, html).map_err(|e| e.to_string()));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("claimscope-csp: {}: {message}", path.display());
            ExitCode::FAILURE
        }
    }
}
