//! Times what the app does before its first results, natively: decoding the
//! metadata, assembling the bundle before and after its texts arrive, the
//! explorer's facets and the id lookup.
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
        ..Default::default()
    };
    let encoded = claimscope_bundle::encode(&bundle).expect("encodes");
    let meta = claimscope_bundle::decode_meta(&encoded.meta).expect("decodes");
    let mut all = meta.texts();
    for file in &encoded.texts {
        all.add(&file.name, &file.bytes).expect("a text file");
    }
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
        std::hint::black_box(claimscope_bundle::decode_meta(&encoded.meta).expect("decodes"));
    });
    let bare = time(&mut || {
        std::hint::black_box(meta.assemble(&meta.texts()).expect("assembles"));
    });
    let whole = time(&mut || {
        std::hint::black_box(meta.assemble(&all).expect("assembles"));
    });
    let catalog = &bundle.catalog;
    let facets = time(&mut || {
        std::hint::black_box(claimscope_explore::Explorer::without_texts(
            catalog,
            |q| bundle.quote_has_number(q),
            |c| bundle.claim_has_number(c),
        ));
    });
    let lookup = time(&mut || {
        std::hint::black_box(claimscope_explore::Lookup::new(catalog));
    });
    let text_bytes: usize = encoded.texts.iter().map(|f| f.bytes.len()).sum();
    println!(
        "metadata {} bytes, {} text files {text_bytes} bytes: decode {decode:.0?}, assemble without texts {bare:.0?}, with every text {whole:.0?}, explorer facets {facets:.0?}, lookup {lookup:.0?} (medians of 5)",
        encoded.meta.len(),
        encoded.texts.len()
    );
}
