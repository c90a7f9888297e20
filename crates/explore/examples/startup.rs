//! Times what the app does before its first results, natively: decoding the
//! bundle, the explorer's facets and the id lookup.
//! `cargo run --release -p claimscope-explore --example startup -- DIR`
//! (the browser figures are `cargo xtask bench`).

use std::time::{Duration, Instant};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

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
    let time = |f: &mut dyn FnMut()| {
        median(
            (0..5)
                .map(|_| {
                    let started = Instant::now();
                    f();
                    started.elapsed()
                })
                .collect(),
        )
    };
    let decode = time(&mut || {
        std::hint::black_box(claimscope_bundle::decode(&bytes).expect("decodes"));
    });
    let catalog = &bundle.catalog;
    let facets = time(&mut || {
        std::hint::black_box(claimscope_explore::Explorer::new(catalog));
    });
    let lookup = time(&mut || {
        std::hint::black_box(claimscope_explore::Lookup::new(catalog));
    });
    println!(
        "bundle {} bytes: decode {decode:.0?}, explorer facets {facets:.0?}, lookup {lookup:.0?} (medians of 5)",
        bytes.len()
    );
}
