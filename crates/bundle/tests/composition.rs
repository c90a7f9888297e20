//! What the embedded metadata is made of, part by part, gzip -9 each:
//! `CLAIMSCOPE_CORPUS=../shared/corpora/bbc-news-2005 cargo test --release -p
//! claimscope-bundle --test composition -- --ignored --nocapture`.
//! A measurement (and a round trip over a large corpus): ignored unless asked for.

use std::io::Write;
use std::process::{Command, Stdio};

fn gzip_len(bytes: &[u8]) -> usize {
    let mut child = Command::new("gzip")
        .arg("-9c")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gzip runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("gzip finishes");
    writer.join().expect("writer").expect("gzip reads");
    out.stdout.len()
}

#[test]
#[ignore]
fn composition() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::var("CLAIMSCOPE_CORPUS").unwrap_or_else(|_| "seeds".into());
    let (report, built) = claimscope_catalog::build_dir(&root.join(dir)).expect("the corpus loads");
    let bundle = claimscope_bundle::Bundle {
        corpus: report.corpus,
        catalog: built.catalog,
        roles: built.roles,
        ..Default::default()
    };
    let encoded = claimscope_bundle::encode(&bundle).expect("encodes");
    let meta = claimscope_bundle::decode_meta(&encoded.meta).expect("decodes");
    // Over a large corpus, the round trip still gives back every record.
    let back = claimscope_bundle::decode(&encoded).expect("decodes with its texts");
    assert_eq!(back.catalog, bundle.catalog);
    assert_eq!(back.corpus, bundle.corpus);
    assert_eq!(back.roles, bundle.roles);
    println!("{:>10} {:>10}  part", "bytes", "gzip -9");
    let mut total = 0;
    for (name, bytes) in meta.parts() {
        let gz = gzip_len(&bytes);
        total += gz;
        println!("{:>10} {:>10}  {name}", bytes.len(), gz);
    }
    println!(
        "{:>10} {:>10}  whole metadata (parts gzipped apart: {total})",
        encoded.meta.len(),
        gzip_len(&encoded.meta)
    );
}
