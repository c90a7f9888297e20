//! Any bytes as an article file: loading either succeeds or names a problem,
//! and extraction never panics; every span lies on character boundaries inside
//! the text, and each quote's and claim's text is exactly its slice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;

fuzz_target!(|bytes: &[u8]| {
    let Ok(article) = claimscope_corpus::article_from_bytes("fuzz.txt", bytes.to_vec()) else {
        return;
    };
    let text = article.text.clone();
    let inside = |start: u32, end: u32| {
        let (start, end) = (start as usize, end as usize);
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    for p in &article.paragraphs {
        assert!(inside(p.start, p.end), "paragraph {p:?}");
    }
    let corpus = claimscope_corpus::Corpus {
        articles: vec![article],
    };
    let built = claimscope_catalog::build(&corpus, &BTreeMap::new());
    for q in &built.catalog.quotes {
        assert!(inside(q.start, q.end), "quote {}..{}", q.start, q.end);
        assert_eq!(q.text, text[q.start as usize..q.end as usize]);
    }
    for c in &built.catalog.claims {
        assert!(inside(c.start, c.end), "claim {}..{}", c.start, c.end);
        assert_eq!(c.text, text[c.start as usize..c.end as usize]);
    }
});
