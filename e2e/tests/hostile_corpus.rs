//! A corpus of hostile files: each one loads with a visible warning, loads
//! cleanly, is skipped as not an article, or stops the build naming the file
//! and position. Never a panic, never an article silently dropped.

use claimscope_e2e::hostile::{write_hostile_corpus, Expect};

#[test]
fn every_hostile_file_is_loaded_warned_about_skipped_or_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_hostile_corpus(dir.path(), true);
    let (report, built) =
        claimscope_catalog::build_dir(dir.path()).expect("the loadable files build");
    let catalog = &built.catalog;
    for f in &files {
        let record = catalog.articles.iter().find(|a| a.file == f.name);
        match f.expect {
            Expect::Skipped => {
                assert!(record.is_none(), "{} was loaded", f.name);
                assert!(
                    report.skipped.iter().any(|s| s == f.name),
                    "{} not listed as skipped",
                    f.name
                );
            }
            Expect::Loads => {
                let record = record.unwrap_or_else(|| panic!("{} was dropped", f.name));
                assert!(
                    record.warnings.is_empty(),
                    "{}: {:?}",
                    f.name,
                    record.warnings
                );
            }
            Expect::Warns(word) => {
                let record = record.unwrap_or_else(|| panic!("{} was dropped", f.name));
                assert!(
                    record.warnings.iter().any(|w| w.contains(word)),
                    "{} should warn about {word}: {:?}",
                    f.name,
                    record.warnings
                );
            }
            Expect::Rejects => unreachable!(),
        }
    }
    // Every span is on character boundaries and every text is its slice.
    let corpus = &report.corpus;
    for q in &catalog.quotes {
        let text = &corpus.article(&q.article).unwrap().text;
        assert_eq!(
            text.get(q.start as usize..q.end as usize),
            Some(q.text.as_str())
        );
    }
    for c in &catalog.claims {
        let text = &corpus.article(&c.article).unwrap().text;
        assert_eq!(
            text.get(c.start as usize..c.end as usize),
            Some(c.text.as_str())
        );
    }
    let summary = claimscope_catalog::summary(&report, &built);
    let loaded = files.iter().filter(|f| f.expect != Expect::Skipped).count();
    let warned = files
        .iter()
        .filter(|f| matches!(f.expect, Expect::Warns(_)))
        .count();
    assert!(
        summary.contains(&format!("read {} file(s)", files.len())),
        "{summary}"
    );
    assert!(
        summary.contains(&format!("loaded {loaded} article(s)")),
        "{summary}"
    );
    assert!(
        summary.contains(&format!("{warned} with warnings")),
        "{summary}"
    );
}

#[test]
fn files_that_are_not_text_stop_the_build_naming_each_one_and_its_position() {
    let dir = tempfile::tempdir().unwrap();
    write_hostile_corpus(dir.path(), false);
    let error = match claimscope_catalog::build_dir(dir.path()) {
        Ok(_) => panic!("invalid UTF-8 must stop the build"),
        Err(e) => e,
    };
    let files = claimscope_e2e::hostile::hostile_files(false);
    let rejected = files.iter().filter(|f| f.expect == Expect::Rejects).count();
    let skipped = files.iter().filter(|f| f.expect == Expect::Skipped).count();
    let counts = format!(
        "read {} file(s), {} would load, skipped {skipped} non-.txt file(s), rejected {rejected}; nothing was built",
        files.len(),
        files.len() - rejected - skipped
    );
    assert!(error.contains(&counts), "says `{counts}`:\n{error}");
    for (file, offset) in [("invalid-utf8.txt", 13), ("truncated-utf8.txt", 28)] {
        let line = error
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} is not named:\n{error}"));
        assert!(line.contains(&format!("byte offset {offset}")), "{line}");
    }
}

#[tokio::test]
async fn the_app_built_over_hostile_files_lists_each_with_its_warning_and_runs_nothing() {
    use claimscope_e2e::{build_dist, Browser, StaticServer};
    let corpus = tempfile::tempdir().unwrap();
    let files = write_hostile_corpus(corpus.path(), true);
    let dist = tempfile::tempdir().unwrap();
    let built = build_dist(corpus.path(), dist.path());
    assert!(built.success, "the build failed:\n{}", built.output);
    let loaded: Vec<_> = files
        .iter()
        .filter(|f| f.expect != Expect::Skipped)
        .collect();
    let warned = loaded
        .iter()
        .filter(|f| matches!(f.expect, Expect::Warns(_)))
        .count();
    let summary = format!(
        "read {} file(s), loaded {} article(s), {warned} with warnings",
        files.len(),
        loaded.len()
    );
    assert!(
        built.output.contains(&summary),
        "the build says `{summary}`:\n{}",
        built.output
    );
    for f in files.iter().filter(|f| f.expect == Expect::Skipped) {
        assert!(
            built
                .output
                .lines()
                .any(|l| l.contains(f.name) && l.contains("skipped")),
            "{} is reported as skipped:\n{}",
            f.name,
            built.output
        );
    }

    let server = StaticServer::start(dist.path(), "/hostile-corpus/");
    let browser = Browser::launch().await;
    browser.open(server.base()).await;
    browser.wait_for_count(".article-item", loaded.len()).await;
    for f in &loaded {
        let id = f.name.trim_end_matches(".txt");
        let warnings = browser
            .texts(&format!(".article-item[data-id='{id}'] .warning"))
            .await;
        match f.expect {
            Expect::Warns(word) => assert!(
                warnings.iter().any(|w| w.contains(word)),
                "{} shows a warning about {word}: {warnings:?}",
                f.name
            ),
            _ => assert!(warnings.is_empty(), "{}: {warnings:?}", f.name),
        }
    }
    // The markup article reads as text, and nothing in it ran or was parsed.
    browser
        .open(&format!("{}?view=reader&item=markup", server.base()))
        .await;
    browser.wait_for("article.reader[data-id='markup']").await;
    let text = browser.text("article.reader").await.unwrap_or_default();
    assert!(
        text.contains("<script>window.__injected = 1</script>"),
        "{text}"
    );
    assert_eq!(
        browser
            .count(
                "article.reader script, article.reader img, article.reader a[href^='javascript']"
            )
            .await,
        0
    );
    // The 5 MB line opens in the reader too.
    browser
        .open(&format!("{}?view=reader&item=one-huge-line", server.base()))
        .await;
    browser
        .wait_for("article.reader[data-id='one-huge-line'] .paragraph")
        .await;
    assert!(
        !browser.injected_script_ran().await,
        "no injected script ran"
    );
    assert_eq!(browser.count("#crash").await, 0);
    browser.close().await;
}
