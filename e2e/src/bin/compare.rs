//! Two or more builds of the app, keystroke against keystroke: each build in
//! its own headless Chromium on 127.0.0.1, every step (a keystroke of the
//! benchmark's queries, a facet click) made in each build in turn, the first
//! build rotating, so whatever the machine does meanwhile (a VM's drift moved
//! one build's BBC p95 between 17 and 24 ms from run to run) falls on all
//! alike. For judging a change, not for the reported figures (`bench`).
//!
//! `cargo run --release -p claimscope-e2e --bin compare -- DIST_A DIST_B ...`
//! (each a `trunk build --release` output; `PASSES=3` by default).

use claimscope_e2e::bench::{call, facet_toggles, long_timeouts, percentile, MEASURE_JS, QUERIES};
use claimscope_e2e::{Browser, StaticServer};
use serde_json::{json, Value};
use std::path::PathBuf;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let dists: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dists.len() < 2 || dists.iter().any(|d| !d.join("index.html").is_file()) {
        eprintln!("compare: give two or more built dist folders (each with an index.html)");
        return std::process::ExitCode::FAILURE;
    }
    let passes: usize = std::env::var("PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(3);
    let servers: Vec<StaticServer> = dists.iter().map(|d| StaticServer::start(d, "/")).collect();
    let mut pages = Vec::new();
    for server in &servers {
        let browser = Browser::launch_with(1280, 900, &[]).await;
        long_timeouts(&browser).await.expect("WebDriver timeouts");
        browser
            .open(&format!("{}?view=claims", server.base()))
            .await;
        browser.js(MEASURE_JS, vec![]).await;
        call(&browser, "__bench.firstResults(60000)", json!([])).await;
        call(&browser, "__bench.textsComplete()", json!([])).await;
        pages.push(browser);
    }
    let toggles = facet_toggles(&pages[0]).await;
    let n = pages.len();
    let (mut typing, mut clicks) = (vec![Vec::new(); n], vec![Vec::new(); n]);
    let mut turn = 0;
    for _ in 0..passes {
        for query in QUERIES {
            for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
                for k in (0..n).map(|k| (k + turn) % n) {
                    let step = call(
                        &pages[k],
                        "__bench.typeOne(arguments[0])",
                        json!([&query[..end]]),
                    )
                    .await;
                    typing[k].push(step);
                }
                turn += 1;
            }
            for page in &pages {
                call(page, "__bench.clear()", json!([])).await;
            }
        }
        for (facet, value) in &toggles {
            for k in (0..n).map(|k| (k + turn) % n) {
                let step = call(
                    &pages[k],
                    "__bench.toggleOne(arguments[0], arguments[1])",
                    json!([facet, value]),
                )
                .await;
                clicks[k].push(step);
            }
            turn += 1;
        }
    }
    let mut failed = false;
    for (k, page) in pages.iter().enumerate() {
        let errors = call(page, "__bench.errors", json!([])).await;
        if errors.as_array().is_some_and(|e| !e.is_empty()) {
            eprintln!("compare: errors in {}: {errors}", dists[k].display());
            failed = true;
        }
    }
    println!(
        "{:<40} {:>22} {:>22}",
        "build", "keystroke p50 / p95 ms", "facet p50 / p95 ms"
    );
    for k in 0..n {
        let (t50, t95) = spread(&typing[k]);
        let (f50, f95) = spread(&clicks[k]);
        println!(
            "{:<40} {:>10.1} / {:<9.1} {:>10.1} / {:<9.1}",
            dists[k].display(),
            t50,
            t95,
            f50,
            f95
        );
    }
    // The same step must show the same heading in every build, or they are
    // not doing the same work.
    let differ = (0..typing[0].len())
        .filter(|&i| (1..n).any(|k| typing[k][i]["heading"] != typing[0][i]["heading"]))
        .count();
    println!(
        "{} keystrokes and {} facet clicks per build over {passes} passes; {differ} keystrokes whose headings differ between builds",
        typing[0].len(),
        clicks[0].len()
    );
    for page in pages {
        page.close().await;
    }
    if failed {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    }
}

/// p50 and p95 of the steps' times.
fn spread(steps: &[Value]) -> (f64, f64) {
    let mut ms: Vec<f64> = steps.iter().filter_map(|s| s["ms"].as_f64()).collect();
    (percentile(&mut ms, 0.5), percentile(&mut ms, 0.95))
}
