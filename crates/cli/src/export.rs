//! `claimscope export DIR [--format json|csv]`.

use claimscope_model::Catalog;
use std::io::Write;
use std::path::Path;

pub fn run(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let mut format = "json".to_string();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--format" => {
                format = args.get(i + 1).ok_or("--format needs json or csv")?.clone();
                i += 1;
            }
            other if other.starts_with("--format=") => {
                format = other["--format=".len()..].to_string()
            }
            other if dir.is_none() => dir = Some(other.to_string()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
        i += 1;
    }
    let dir = dir.ok_or("export needs a folder: claimscope export DIR")?;
    let (report, built) = claimscope_catalog::build_dir(Path::new(&dir))?;
    eprintln!(
        "claimscope: {}",
        claimscope_catalog::summary(&report, &built)
    );
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format.as_str() {
        "json" => {
            serde_json::to_writer_pretty(&mut out, &built.catalog).map_err(|e| e.to_string())?;
            writeln!(out).map_err(|e| e.to_string())
        }
        "csv" => write_csv(&built.catalog, out),
        other => Err(format!("unknown format `{other}` (json or csv)")),
    }
}

/// The catalog as CSV (the table is defined in `claimscope_model::csv`).
pub fn write_csv(catalog: &Catalog, mut out: impl Write) -> Result<(), String> {
    out.write_all(claimscope_model::csv::write(catalog).as_bytes())
        .map_err(|e| e.to_string())
}
