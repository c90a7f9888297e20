//! Sizes of a built `dist/`: raw and gzip -9, per file and in total, as the
//! README and BENCHMARKS.md report them.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

pub fn print(dist: &Path) -> Result<(), String> {
    let mut entries: Vec<_> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e} (build it first)", dist.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .collect();
    entries.sort_by_key(|e| e.file_name());
    let (mut raw_total, mut gz_total) = (0, 0);
    println!("{:<48} {:>10} {:>10}", "file", "bytes", "gzip -9");
    for entry in entries {
        let bytes = std::fs::read(entry.path()).map_err(|e| e.to_string())?;
        let gz = gzip_len(&bytes)?;
        raw_total += bytes.len();
        gz_total += gz;
        println!(
            "{:<48} {:>10} {:>10}",
            entry.file_name().to_string_lossy(),
            bytes.len(),
            gz
        );
    }
    println!(
        "{:<48} {:>10} {:>10}",
        "total (the app)", raw_total, gz_total
    );
    // The article texts beside the app, fetched as views need them.
    if let Ok(texts) = std::fs::read_dir(dist.join("texts")) {
        let (mut files, mut raw, mut gz) = (0, 0, 0);
        for entry in texts.filter_map(Result::ok) {
            let bytes = std::fs::read(entry.path()).map_err(|e| e.to_string())?;
            files += 1;
            raw += bytes.len();
            gz += gzip_len(&bytes)?;
        }
        let label = format!("texts/ ({files} files, fetched as needed)");
        println!("{label:<48} {raw:>10} {gz:>10}");
    }
    Ok(())
}

fn gzip_len(bytes: &[u8]) -> Result<usize, String> {
    let mut child = Command::new("gzip")
        .arg("-9c")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("gzip: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("gzip: no stdin")?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "gzip writer panicked")?
        .map_err(|e| e.to_string())?;
    Ok(out.stdout.len())
}
