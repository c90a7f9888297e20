//! `cargo xtask`: the project's two front doors, and the set-up behind them.
//!
//! - `serve [--release] [--port N]`: builds and serves the app at http://127.0.0.1:8080.
//! - `test`: native tests, a release `dist/`, then the end-to-end tests in Chromium.
//! - `setup`: only installs what is missing.
//! - `sizes`: raw and gzip sizes of `dist/`.
//! - `bench [--smoke] [NAME=CORPUS ...]`: the benchmark of BENCHMARKS.md.
//!
//! Each command installs what is missing and skips what is there, so a second run
//! is quick. It owns tool versions and install steps; it must not know how the app
//! or the tests work inside.

mod setup;
mod sizes;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test(&args[1..]),
        Some("setup") => setup::Tools::ensure(setup::Need::Everything).map(|_| ()),
        Some("sizes") => sizes::print(&root().join("dist")),
        Some("bench") => bench(&args[1..]),
        Some("fuzz") => args
            .get(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| "fuzz takes the seconds per target: cargo xtask fuzz 600".to_string())
            .and_then(|seconds| {
                let tools = setup::Tools::ensure(setup::Need::Everything)?;
                fuzz(&tools, seconds)
            }),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: cargo xtask <serve [--release] [--port N] | test | setup | sizes | bench [--smoke] [NAME=CORPUS ...] | fuzz SECONDS>";

/// The repository root (xtask lives one level below it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the repository")
        .to_path_buf()
}

fn serve(args: &[String]) -> Result<(), String> {
    let release = args.iter().any(|a| a == "--release");
    let port = match args.iter().position(|a| a == "--port") {
        Some(i) => args
            .get(i + 1)
            .ok_or("--port needs a number")?
            .parse::<u16>()
            .map_err(|e| format!("--port: {e}"))?,
        None => 8080,
    };
    let need = if release {
        setup::Need::Release
    } else {
        setup::Need::Debug
    };
    let tools = setup::Tools::ensure(need)?;
    let port = port.to_string();
    let mut trunk_args = vec!["serve", "--address", "127.0.0.1", "--port", &port];
    if release {
        trunk_args.push("--release");
    }
    println!("xtask: serving at http://127.0.0.1:{port}/ (Ctrl-C stops)");
    run(tools.command("trunk").args(&trunk_args))
}

fn test(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err(format!("test takes no arguments, got {args:?}"));
    }
    let started = Instant::now();
    let tools = setup::Tools::ensure(setup::Need::Everything)?;

    // Unformatted code fails here, in seconds, rather than in review.
    step("formatting", || {
        run(tools
            .command("cargo")
            .args(["fmt", "--all", "--", "--check"]))
    })?;
    step("native tests", || {
        run(tools.command("cargo").args([
            "test",
            "--locked",
            "--workspace",
            "--exclude",
            "claimscope-e2e",
        ]))
    })?;
    let dist = root().join("dist");
    step("release build of dist/", || {
        run(tools
            .command("trunk")
            .args(["build", "--release", "--dist"])
            .arg(&dist))
    })?;
    sizes::print(&dist)?;
    step("end-to-end tests in headless Chromium", || {
        run(tools
            .command("cargo")
            .args([
                "test",
                "--locked",
                "-p",
                "claimscope-e2e",
                "--",
                "--test-threads=1",
            ])
            .env("CLAIMSCOPE_DIST", &dist)
            .env("CLAIMSCOPE_AXE", setup::axe_script()))
    })?;
    step("fuzzing, briefly", || fuzz(&tools, FUZZ_SECONDS))?;
    // The benchmark is not a test, but CI keeps its harness working.
    bench(&["--smoke".to_string()])?;
    println!(
        "xtask: all tests passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Seconds each fuzz target runs in `cargo xtask test` (a long run is
/// `cargo xtask fuzz SECONDS`).
const FUZZ_SECONDS: u64 = 20;

/// Each cargo-fuzz target (fuzz/) for `seconds`, starting from the seeds'
/// articles for the extractor; a crash fails with libFuzzer's report and the
/// input saved under fuzz/artifacts/.
fn fuzz(tools: &setup::Tools, seconds: u64) -> Result<(), String> {
    for (target, seed_dir) in [("extract", Some(root().join("seeds"))), ("url_state", None)] {
        let corpus = root().join("target/fuzz-corpus").join(target);
        std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        let mut command = tools.command("cargo");
        command
            .current_dir(root().join("fuzz"))
            .args(["+nightly", "fuzz", "run", "-O", target])
            .arg(&corpus);
        if let Some(dir) = seed_dir {
            command.arg(dir);
        }
        run(command.args([
            "--".to_string(),
            format!("-max_total_time={seconds}"),
            "-rss_limit_mb=4096".to_string(),
            "-print_final_stats=1".to_string(),
        ]))?;
    }
    Ok(())
}

/// Corpora of the full benchmark: the seeds, the BBC's 2,225 articles beside the
/// checkout, and a synthetic ×10 copy of them (a name ending in `x10`).
const BENCH_CORPORA: &[&str] = &[
    "seeds=seeds",
    "bbc=../shared/corpora/bbc-news-2005",
    "bbc-x10=../shared/corpora/bbc-news-2005",
];

/// `--smoke` (CI): the seeds only, one load and one short pass, written under
/// `target/`; otherwise every corpus, written to `benchmarks/`.
fn bench(args: &[String]) -> Result<(), String> {
    let smoke = args.iter().any(|a| a == "--smoke");
    let mut corpora: Vec<String> = args.iter().filter(|a| a.contains('=')).cloned().collect();
    if let Some(unknown) = args.iter().find(|a| !a.contains('=') && *a != "--smoke") {
        return Err(format!("bench: unknown argument {unknown}"));
    }
    if corpora.is_empty() {
        corpora = if smoke {
            vec!["seeds=seeds".to_string()]
        } else {
            BENCH_CORPORA.iter().map(|s| s.to_string()).collect()
        };
    }
    let tools = setup::Tools::ensure(setup::Need::Everything)?;
    let minisearch = tools.ensure_minisearch()?;
    let out = if smoke {
        root().join("target/bench/smoke")
    } else {
        root().join("benchmarks")
    };
    let mut command = tools.command("cargo");
    command
        .args(["run", "--locked", "-p", "claimscope-e2e", "--bin", "bench"])
        // A smoke run only checks that the harness works: the debug build the
        // end-to-end tests already compiled will do.
        .args((!smoke).then_some("--release"))
        .arg("--")
        .arg("--minisearch")
        .arg(minisearch)
        .arg("--out")
        .arg(out)
        .args(smoke.then_some("--smoke"))
        .args(corpora.iter().map(|c| {
            // Corpus paths are relative to the repository root.
            let (name, dir) = c.split_once('=').expect("filtered on '='");
            format!("{name}={}", root().join(dir).display())
        }))
        .current_dir(root());
    step("benchmark", || run(&mut command))
}

fn step(name: &str, body: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    println!("xtask: == {name}");
    let started = Instant::now();
    body().map_err(|e| format!("{name} failed: {e}"))?;
    println!(
        "xtask: == {name}: ok in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Runs a command in the foreground, passing its output through.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}
