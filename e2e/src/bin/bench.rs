//! `bench`: see `BENCHMARKS.md`. Run through `cargo xtask bench [--smoke]`,
//! which builds the tools and passes `--minisearch`.
//!
//! bench --minisearch FILE --out DIR [--smoke] NAME=CORPUS [NAME=CORPUS ...]
//! A name ending in `x10` builds a synthetic ×10 copy of its corpus first.

use claimscope_e2e::bench::{self, report, Options, Spec};
use std::path::PathBuf;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let (mut minisearch, mut out, mut smoke, mut specs) = (None, None, false, Vec::new());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--minisearch" => minisearch = args.next().map(PathBuf::from),
            "--out" => out = args.next().map(PathBuf::from),
            "--smoke" => smoke = true,
            spec => {
                let (name, corpus) = spec
                    .split_once('=')
                    .ok_or_else(|| format!("expected NAME=CORPUS, got {spec}"))?;
                specs.push((name.to_string(), PathBuf::from(corpus)));
            }
        }
    }
    let minisearch = minisearch.ok_or("--minisearch FILE is required")?;
    let out = out.ok_or("--out DIR is required")?;
    let work = claimscope_e2e::repo_root().join("target/bench");
    let options = Options {
        loads: if smoke { 1 } else { 5 },
        passes: if smoke { 1 } else { 3 },
        queries: bench::QUERIES
            .iter()
            .take(if smoke { 2 } else { usize::MAX })
            .map(|q| q.to_string())
            .collect(),
        minisearch,
    };
    let mut results = Vec::new();
    for (name, corpus) in specs {
        let corpus = if let Some(base) = name.strip_suffix("x10") {
            let copy = work.join(format!("corpora/{name}"));
            eprintln!(
                "bench: writing the synthetic ×10 copy of {} ({base}) to {}",
                corpus.display(),
                copy.display()
            );
            bench::synthetic_copies(&corpus, &copy, 10).map_err(|e| e.to_string())?;
            copy
        } else {
            corpus
        };
        let spec = Spec {
            synthetic: name.ends_with("x10"),
            name,
            corpus,
        };
        results.push(bench::measure(&spec, &work, &options).await?);
    }
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let tables = report::markdown(&results);
    println!("{tables}");
    let json = serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?;
    for (file, text) in [
        ("results.json", json),
        ("results.md", tables),
        ("scale.svg", report::svg(&results)),
    ] {
        std::fs::write(out.join(file), text).map_err(|e| format!("{file}: {e}"))?;
    }
    eprintln!(
        "bench: wrote results.json, results.md and scale.svg to {}",
        out.display()
    );
    let problems = report::problems(&results);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
