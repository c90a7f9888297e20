//! Whatever the input, extraction never panics and every span it returns lies on
//! character boundaries inside the text.

use claimscope_corpus::Span;
use claimscope_extract::{extract, Extraction};
use proptest::prelude::*;

fn check_span(text: &str, span: Span, what: &str) {
    let (start, end) = (span.start as usize, span.end as usize);
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} outside 0..{}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} splits a character"
    );
}

fn check(text: &str, x: &Extraction) {
    if let Some(h) = x.headline {
        check_span(text, h, "headline");
    }
    for s in &x.sentences {
        check_span(text, *s, "sentence");
    }
    for q in &x.quotes {
        check_span(text, q.inner, "quote");
        check_span(text, q.outer, "quote with marks");
        assert!(
            q.outer.start <= q.inner.start && q.inner.end <= q.outer.end,
            "marks enclose the quote"
        );
        if let Some(s) = q.speaker {
            assert!((s as usize) < x.actors.len());
        }
    }
    for c in &x.claims {
        check_span(text, c.span, "claim");
        if let Some(s) = c.source {
            assert!((s as usize) < x.actors.len());
        }
        for &e in &c.entities {
            assert!((e as usize) < x.actors.len());
        }
    }
    for a in &x.actors {
        for m in &a.mentions {
            check_span(text, *m, "mention");
        }
    }
}

/// Text made of the pieces news text is made of, quote marks over-represented.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("’".to_string()),
        Just("'s".to_string()),
        Just(" said ".to_string()),
        Just(" told ".to_string()),
        Just(" according to ".to_string()),
        Just(" he ".to_string()),
        Just(" she added".to_string()),
        Just("Mr Smith".to_string()),
        Just("Alexander Lukashenko".to_string()),
        Just(" the 68-year-old ".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("U.S.".to_string()),
        Just("9 percent".to_string()),
        Just("$18.90".to_string()),
        Just("(RNID)".to_string()),
        Just(" e\u{301}".to_string()),
        Just("שלום".to_string()),
        Just("🙂".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("??".to_string()),
        Just(" – ".to_string()),
        "[A-Za-z]{1,12}",
        "[0-9,.%]{1,6}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid_for_any_string(text in any::<String>()) {
        check(&text, &extract(&text));
    }

    #[test]
    fn spans_are_valid_for_news_like_text(text in newsy()) {
        check(&text, &extract(&text));
    }
}

#[test]
fn hostile_shapes_do_not_break_it() {
    let cases = [
        "\"".repeat(10_000),
        "“".repeat(5_000) + &"”".repeat(5_000),
        "a".repeat(200_000),
        "He said \"".to_string() + &"word ".repeat(20_000),
        "“Open\n\n“reopen\n\n“again".to_string(),
        "Mr. . . . \" \" “ ” said said said he he he".to_string(),
        // "İ" grows when lowercased: offsets found in a lowercased copy must not
        // be used to slice the original (footer and byline rules).
        "Headline of a story here\n\nHe said it was fine.\n\nİ Read more from ÉÉÉ News".to_string(),
        "Headline of a story here\n\nHe said it was fine.\n\nİİ These views reflect ÉÉ’s editorial stance".to_string(),
        // Lowercase letters of three bytes before a capital, after a first
        // name (the "Leonardo diCaprio" rule), found by the property test.
        "a[A ꬰ".to_string(),
        "Title\n\nLeonardo ꭒȺb said it was fine.".to_string(),
    ];
    for text in &cases {
        check(text, &extract(text));
    }
}

#[test]
fn every_bbc_article_extracts_cleanly() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/bbc-news-2005");
    let Ok(report) = claimscope_corpus::load_dir(&dir) else {
        eprintln!("skipped: {} is not here", dir.display());
        return;
    };
    let mut quotes = 0;
    for article in &report.corpus.articles {
        let x = extract(&article.text);
        check(&article.text, &x);
        quotes += x.quotes.len();
    }
    assert!(
        quotes > 5_000,
        "the BBC corpus has thousands of quotes, found {quotes}"
    );
}
