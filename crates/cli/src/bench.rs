//! `claimscope bench DIR [--repeat N]`: extraction throughput on one core, and
//! the time to merge a catalog, over every `.txt` file below DIR.
//! `--extract-only` skips the merge, so a profiler sees extraction alone.
//! Without it, the explorer's index build and a fixed set of queries are timed
//! too (natively; the browser figures are issue 5's harness).

use std::path::Path;
use std::time::Instant;

pub fn run(args: &[String]) -> Result<(), String> {
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .ok_or("bench needs a folder")?;
    let repeat = match args.iter().position(|a| a == "--repeat") {
        Some(i) => args
            .get(i + 1)
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|&n| n > 0)
            .ok_or("--repeat needs a positive number")?,
        None => 5,
    };
    let extract_only = args.iter().any(|a| a == "--extract-only");
    let report = claimscope_corpus::load_dir(Path::new(dir)).map_err(|e| e.to_string())?;
    let corpus = &report.corpus;
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    let mut extraction = Vec::new();
    let mut merging = Vec::new();
    let mut catalog = None;
    for _ in 0..repeat {
        let started = Instant::now();
        let extractions: Vec<_> = corpus
            .articles
            .iter()
            .map(|a| claimscope_extract::extract(&a.text))
            .collect();
        extraction.push(started.elapsed().as_secs_f64());
        if extract_only {
            continue;
        }
        let started = Instant::now();
        let built = claimscope_catalog::build_from(corpus, &extractions, &Default::default());
        merging.push(started.elapsed().as_secs_f64());
        catalog = Some(built.catalog);
    }
    extraction.sort_by(f64::total_cmp);
    merging.sort_by(f64::total_cmp);
    let median = |v: &[f64]| v[v.len() / 2];
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} articles, {:.2} MB ({dir})",
        corpus.articles.len(),
        mb
    );
    println!(
        "extraction, one core: median {:.3} s = {:.1} MB/s (best {:.1} MB/s) over {repeat} runs",
        median(&extraction),
        mb / median(&extraction),
        mb / extraction[0]
    );
    if !merging.is_empty() {
        println!("catalog merge: median {:.1} ms", median(&merging) * 1e3);
    }
    if let Some(catalog) = catalog {
        explorer(&catalog);
    }
    Ok(())
}

/// Index build and query latency of the explorer over `catalog`.
fn explorer(catalog: &claimscope_model::Catalog) {
    use claimscope_explore::{Explorer, Facet, ItemKind, Query, Selection};
    let started = Instant::now();
    let explorer = Explorer::new(catalog);
    let build = started.elapsed().as_secs_f64();
    // The word indexes, which the app builds after the first results are painted.
    let started = Instant::now();
    for kind in [
        ItemKind::Quote,
        ItemKind::Claim,
        ItemKind::Source,
        ItemKind::Article,
    ] {
        explorer.prepare(kind);
    }
    let words = started.elapsed().as_secs_f64();
    let mut one_facet = Selection::default();
    one_facet.toggle(Facet::ClaimType, "statistic");
    let queries: [(&str, ItemKind, Selection); 6] = [
        ("", ItemKind::Claim, Selection::default()),
        ("minister", ItemKind::Claim, Selection::default()),
        (
            "\"prime minister\" blair",
            ItemKind::Quote,
            Selection::default(),
        ),
        ("econom", ItemKind::Claim, one_facet.clone()),
        ("", ItemKind::Source, Selection::default()),
        ("mobilisation", ItemKind::Quote, Selection::default()),
    ];
    let mut times = Vec::new();
    for _ in 0..5 {
        for (q, kind, selection) in &queries {
            let started = Instant::now();
            std::hint::black_box(explorer.run(*kind, &Query::parse(q), selection));
            times.push(started.elapsed().as_secs_f64() * 1e3);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "explorer: index of {} quotes, {} claims, {} sources built in {:.0} ms (facets) + {:.0} ms (words); query p50 {:.1} ms, p95 {:.1} ms (native, {} runs)",
        catalog.quotes.len(),
        catalog.claims.len(),
        catalog.sources.len(),
        build * 1e3,
        words * 1e3,
        at(0.5),
        at(0.95),
        times.len()
    );
}
