//! `claimscope bench DIR [--repeat N]`: extraction throughput on one core, and
//! the time to merge a catalog, over every `.txt` file below DIR.
//! `--extract-only` skips the merge, so a profiler sees extraction alone.

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
        std::hint::black_box(built);
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
    Ok(())
}
