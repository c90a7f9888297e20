use super::*;
use proptest::prelude::*;
use std::path::PathBuf;

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn corpus_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    dir
}

#[test]
fn the_seeds_load_cleanly_in_path_order() {
    let report = load_dir(&seeds()).unwrap();
    let ids: Vec<_> = report
        .corpus
        .articles
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "000_4172e767977550c4",
            "001_1922c6e04569f839",
            "002_9c1d1d322620a687",
            "003_3057d680e6aad161",
            "004_598425c536682cb5"
        ]
    );
    for a in &report.corpus.articles {
        assert!(a.warnings.is_empty(), "{}: {:?}", a.file, a.warnings);
        assert!(a.words > 300, "{}: {} words", a.file, a.words);
        assert!(a.paragraphs.len() > 5);
        assert!(!a.title.is_empty());
    }
    assert!(report.skipped.is_empty());
}

#[test]
fn invalid_utf8_names_the_file_offset_line_and_column() {
    let dir = corpus_with(&[
        ("good.txt", b"Fine.\n"),
        ("bad.txt", b"Line one\nPrice: \xA3200\n"),
    ]);
    let err = load_dir(dir.path()).unwrap_err();
    assert_eq!(err.problems.len(), 1);
    let message = err.to_string();
    assert!(message.contains("bad.txt"), "{message}");
    assert!(message.contains("byte offset 16"), "{message}");
    assert!(message.contains("line 2, column 8"), "{message}");
    assert!(message.contains("0xA3"), "{message}");
}

#[test]
fn every_rejected_file_is_reported_not_just_the_first() {
    let dir = corpus_with(&[("a.txt", b"\xFF"), ("b.txt", b"ok"), ("c/d.txt", b"x\xC3")]);
    let err = load_dir(dir.path()).unwrap_err();
    let names: Vec<String> = err
        .problems
        .iter()
        .map(|p| {
            p.path
                .strip_prefix(dir.path())
                .unwrap()
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(names, ["a.txt", "c/d.txt"]);
    // A truncated sequence at the end of the file still points at its first byte.
    assert!(err.problems[1].to_string().contains("byte offset 1"));
}

#[test]
fn odd_files_load_with_warnings() {
    let dir = corpus_with(&[
        ("empty.txt", b""),
        ("blank.txt", b" \n\t\n"),
        ("bom.txt", "\u{feff}Title\nBody".as_bytes()),
        ("nul.txt", b"a\0b\0"),
        ("x-copy.txt", b"Same text"),
        ("x.txt", b"Same text"),
    ]);
    let report = load_dir(dir.path()).unwrap();
    let by_file = |f: &str| {
        report
            .corpus
            .articles
            .iter()
            .find(|a| a.file == f)
            .unwrap()
            .warnings
            .clone()
    };
    assert_eq!(by_file("empty.txt"), [Warning::Empty]);
    assert_eq!(by_file("blank.txt"), [Warning::WhitespaceOnly]);
    assert_eq!(by_file("bom.txt"), [Warning::ByteOrderMark]);
    assert_eq!(
        by_file("nul.txt"),
        [Warning::NulBytes {
            first_offset: 1,
            count: 2
        }]
    );
    assert_eq!(by_file("x-copy.txt"), []);
    assert_eq!(
        by_file("x.txt"),
        [Warning::DuplicateOf {
            file: "x-copy.txt".into()
        }]
    );
    assert_eq!(report.warned(), 5);
    assert!(Warning::Empty.to_string().contains("empty"));
}

#[test]
fn subfolders_are_read_and_other_files_are_listed_as_skipped() {
    let dir = corpus_with(&[
        ("sport/001.txt", b"Match report"),
        ("business/001.TXT", b"Market report"),
        ("notes.md", b"# not an article"),
        (".hidden.txt", b"editor swap"),
    ]);
    let report = load_dir(dir.path()).unwrap();
    let ids: Vec<_> = report
        .corpus
        .articles
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(ids, ["business/001", "sport/001"]);
    assert_eq!(report.skipped, [".hidden.txt", "notes.md"]);
    assert_eq!(report.warned(), 0);
}

#[test]
fn a_missing_folder_is_an_error_naming_it() {
    let err = load_dir(Path::new("/nonexistent/claimscope-corpus")).unwrap_err();
    assert!(err.to_string().contains("/nonexistent/claimscope-corpus"));
}

proptest! {
    #[test]
    fn any_bytes_give_an_article_or_a_located_error(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        match article_from_bytes("p.txt", bytes.clone()) {
            Ok(article) => {
                for &p in &article.paragraphs {
                    prop_assert!(p.end as usize <= article.text.len());
                    prop_assert!(article.text.is_char_boundary(p.start as usize));
                    prop_assert!(article.text.is_char_boundary(p.end as usize));
                    prop_assert!(!article.slice(p).trim().is_empty());
                }
            }
            Err(ProblemKind::InvalidUtf8 { offset, .. }) => {
                prop_assert!(std::str::from_utf8(&bytes[..offset]).is_ok());
                prop_assert!(std::str::from_utf8(&bytes).is_err());
            }
            Err(other) => prop_assert!(false, "unexpected {:?}", other),
        }
    }

    #[test]
    fn any_text_lays_out_on_char_boundaries(text in "\\PC{0,300}|[a-z \r\n\u{feff}]{0,300}") {
        let paragraphs = crate::layout::paragraphs(&text);
        for &p in &paragraphs {
            prop_assert!(text.is_char_boundary(p.start as usize) && text.is_char_boundary(p.end as usize));
        }
        let title = crate::layout::title(&text, &paragraphs);
        prop_assert!(title.chars().count() <= crate::layout::TITLE_MAX_CHARS + 1);
    }
}

/// The real 2,225-article corpus beside the checkout, when it is there.
#[test]
fn the_bbc_corpus_loads_with_its_duplicates_flagged() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/bbc-news-2005");
    if !dir.is_dir() {
        eprintln!("skipping: {} is not there", dir.display());
        return;
    }
    let report = load_dir(&dir).unwrap();
    assert_eq!(report.corpus.articles.len(), 2225);
    let duplicates = report
        .corpus
        .articles
        .iter()
        .filter(|a| {
            a.warnings
                .iter()
                .any(|w| matches!(w, Warning::DuplicateOf { .. }))
        })
        .count();
    assert_eq!(duplicates, 98);
    let article = report.corpus.article("business/001").unwrap();
    assert_eq!(article.title, "Ad sales boost Time Warner profit");
}
