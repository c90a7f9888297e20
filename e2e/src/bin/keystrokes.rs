//! Native timings of what one keystroke asks of the explorer: every prefix of
//! the browser benchmark's queries over the claims list, slowest first.
//! `cargo run --release -p claimscope-e2e --bin keystrokes -- DIR`

use claimscope_e2e::bench::QUERIES;
use claimscope_explore::{Explorer, ItemKind, Query, Selection};
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let (_, built) =
        claimscope_catalog::build_dir(std::path::Path::new(&dir)).expect("corpus builds");
    let started = Instant::now();
    let explorer = Explorer::new(&built.catalog);
    let facets = started.elapsed();
    let started = Instant::now();
    explorer.prepare(ItemKind::Claim);
    println!("facets {:?}, claim words {:?}", facets, started.elapsed());
    // `PASSES=20` repeats the keystrokes, so a profiler sees them rather than the build.
    let passes: usize = std::env::var("PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    let mut times = Vec::new();
    for query in QUERIES.iter().cycle().take(QUERIES.len() * passes) {
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let typed = &query[..end];
            let started = Instant::now();
            let results =
                explorer.run(ItemKind::Claim, &Query::parse(typed), &Selection::default());
            let spent = started.elapsed().as_secs_f64() * 1e3;
            times.push((
                spent,
                typed.to_string(),
                results.items.len(),
                results.counts.len(),
            ));
        }
    }
    times.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, typed, items, counts) in times.iter().take(8) {
        println!("{ms:7.2} ms  {typed:?}: {items} claims, {counts} facet values");
    }
    let mut ms: Vec<f64> = times.iter().map(|t| t.0).collect();
    ms.sort_by(f64::total_cmp);
    println!(
        "p50 {:.2} ms, p95 {:.2} ms over {} keystrokes",
        ms[ms.len() / 2],
        ms[ms.len() * 95 / 100],
        ms.len()
    );
}
