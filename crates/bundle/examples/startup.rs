//! Times what the app does before its first results, natively: decoding the
//! bundle, and the explorer's facets. `cargo run --release -p claimscope-bundle
//! --example startup -- DIR` (the browser figures are `cargo xtask bench`).

use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let (report, built) =
        claimscope_catalog::build_dir(std::path::Path::new(&dir)).expect("corpus builds");
    let bundle = claimscope_bundle::Bundle {
        corpus: report.corpus,
        catalog: built.catalog,
        roles: built.roles,
    };
    let bytes = claimscope_bundle::encode(&bundle).expect("encodes");
    let mut decode = Vec::new();
    let mut decoded = None;
    for _ in 0..5 {
        let started = Instant::now();
        decoded = Some(claimscope_bundle::decode(&bytes).expect("decodes"));
        decode.push(started.elapsed().as_secs_f64() * 1e3);
    }
    decode.sort_by(f64::total_cmp);
    println!(
        "bundle: {} bytes, decoded in {:.0} ms (median of 5)",
        bytes.len(),
        decode[2]
    );
    let _ = decoded;
}
