//! `claimscope`: the extraction on the command line.
//!
//! - `export DIR [--format json|csv]`: quotes, sources and claims of every `.txt`
//!   file below DIR, in the export contract's shape.
//! - `eval ANNOTATIONS`: precision, recall and accuracy against hand annotations.
//! - `bench DIR [--repeat N] [--extract-only]`: extraction throughput on one core.
//! - `show FILE`: one article's extraction, for reading.

use claimscope::{bench, eval, export};

use std::process::ExitCode;

// Extraction makes many small, short-lived allocations (names, numbers, claim
// texts); mimalloc serves them faster than the system allocator (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("show") => show(&args[1..]),
        Some("export") => export::run(&args[1..]),
        Some("eval") => eval::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        _ => Err(
            "usage: claimscope <export DIR [--format json|csv] | eval ANNOTATIONS [--verbose] | bench DIR [--repeat N] [--extract-only] | show FILE>"
                .to_string(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("claimscope: {message}");
            ExitCode::FAILURE
        }
    }
}

fn show(args: &[String]) -> Result<(), String> {
    for file in args {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let x = claimscope_extract::extract(&text);
        println!("== {file}");
        println!(
            "headline: {:?}  outlet: {:?}  author: {:?}",
            x.headline.map(|h| &text[h.range()]),
            x.outlet,
            x.author
        );
        for (i, role) in x.roles.iter().enumerate() {
            if *role != claimscope_extract::Role::Body {
                println!("  paragraph {i}: {role:?}");
            }
        }
        for q in &x.quotes {
            let speaker = q
                .speaker
                .map(|s| x.actors[s as usize].name.as_str())
                .unwrap_or("-");
            let inner: String = text[q.inner.range()].chars().take(70).collect();
            println!(
                "  {:8} {:28} {:10} “{inner}”",
                q.kind.name(),
                speaker,
                q.cue.as_deref().unwrap_or("-")
            );
        }
        for a in &x.actors {
            println!(
                "  actor {:12} {:30} cited={} roles={:?} aliases={:?}",
                a.kind.name(),
                a.name,
                a.cited,
                a.role,
                a.aliases
            );
        }
        for w in &x.warnings {
            println!("  warning: {w}");
        }
    }
    Ok(())
}
