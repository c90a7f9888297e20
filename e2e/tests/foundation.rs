//! The foundation in a real browser: the release dist/ hosted under a sub-path
//! lists the corpus, opens the reader, follows the corpus folder, and refuses a
//! corpus it cannot read.

use claimscope_e2e::{build_dist, corpus_copy, default_dist, repo_root, Browser, StaticServer};

fn seed_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(repo_root().join("seeds"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    ids.sort();
    ids
}

#[tokio::test]
async fn lists_the_five_seed_articles_under_a_sub_path_and_opens_one_in_the_reader() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser.open(server.base()).await;

    browser.wait_for_count(".article-item", 5).await;
    assert_eq!(browser.attrs(".article-item", "data-id").await, seed_ids());
    for (title, words) in browser
        .texts(".article-item .article-title")
        .await
        .iter()
        .zip(browser.texts(".article-item .words").await)
    {
        assert!(!title.trim().is_empty(), "every article shows a headline");
        assert!(
            words.ends_with(" words") && words != "0 words",
            "word count shown: {words}"
        );
    }
    browser.screenshot("foundation-list-1280").await;

    let first = seed_ids()[0].clone();
    browser
        .click(&format!(".article-item[data-id='{first}'] .article-title"))
        .await;
    browser
        .wait_for(&format!("article.reader[data-id='{first}']"))
        .await;
    assert!(browser
        .url()
        .await
        .contains(&format!("view=reader&item={first}")));
    let paragraphs = browser.texts("article.reader .paragraph").await;
    assert!(
        paragraphs.len() > 3,
        "the reader shows the paragraphs, got {}",
        paragraphs.len()
    );
    let seed = std::fs::read_to_string(repo_root().join(format!("seeds/{first}.txt"))).unwrap();
    for paragraph in &paragraphs {
        assert!(
            seed.contains(paragraph.as_str()),
            "paragraph text comes from the file: {paragraph}"
        );
    }
    browser.screenshot("foundation-reader-1280").await;

    // Back returns to the list; forward to the same article; a reload keeps it.
    browser.back().await;
    browser.wait_for_count(".article-item", 5).await;
    browser.forward().await;
    browser
        .wait_for(&format!("article.reader[data-id='{first}']"))
        .await;
    browser.client().refresh().await.unwrap();
    browser
        .wait_for(&format!("article.reader[data-id='{first}']"))
        .await;

    // Every file the page asked for came from under the sub-path (Chromium itself
    // asks for /favicon.ico at the host's root; that is not the page's doing).
    for url in server
        .requests()
        .into_iter()
        .filter(|u| u != "/favicon.ico")
    {
        assert!(
            url.starts_with("/demo/"),
            "request outside the sub-path: {url}"
        );
    }
    browser.close().await;
}

#[tokio::test]
async fn a_bad_url_parameter_shows_a_notice_and_the_app_keeps_working() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser
        .open(&format!(
            "{}?view=nowhere&colour=red&item=no-such-article",
            server.base()
        ))
        .await;
    browser.wait_for(".notice").await;
    let params = browser.attrs(".notice", "data-param").await;
    for expected in ["view", "colour"] {
        assert!(
            params.iter().any(|p| p == expected),
            "a notice names `{expected}`: {params:?}"
        );
    }
    browser.wait_for_count(".article-item", 5).await;

    browser
        .open(&format!(
            "{}?view=reader&item=no-such-article",
            server.base()
        ))
        .await;
    browser.wait_for(".notice[data-param='item']").await;
    browser.wait_for_count(".article-item", 5).await;
    browser.close().await;
}

#[tokio::test]
async fn a_sixth_article_appears_after_a_rebuild_and_its_text_is_never_html() {
    let corpus = corpus_copy();
    let sixth = "Sixth article <b>not bold</b>\n\nIt says <script>window.__injected = 1</script> and <img src=x onerror=\"window.__injected = 2\">.\n";
    std::fs::write(corpus.path().join("zz-sixth.txt"), sixth).unwrap();
    let dist = tempfile::tempdir().unwrap();
    let built = build_dist(corpus.path(), dist.path());
    assert!(
        built.success,
        "the build over six articles failed:\n{}",
        built.output
    );

    let server = StaticServer::start(dist.path(), "/six/");
    let browser = Browser::launch().await;
    browser.open(server.base()).await;
    browser.wait_for_count(".article-item", 6).await;
    let mut expected = seed_ids();
    expected.push("zz-sixth".into());
    assert_eq!(browser.attrs(".article-item", "data-id").await, expected);

    browser
        .click(".article-item[data-id='zz-sixth'] .article-title")
        .await;
    browser.wait_for("article.reader[data-id='zz-sixth']").await;
    let text = browser.texts("article.reader .paragraph").await.join("\n");
    assert!(
        text.contains("<script>window.__injected = 1</script>"),
        "markup shown as text: {text}"
    );
    assert_eq!(
        browser
            .count("article.reader b, article.reader script, article.reader img")
            .await,
        0
    );
    assert!(
        !browser.injected_script_ran().await,
        "no injected script ran"
    );
    browser.close().await;
}

#[test]
fn a_file_that_is_not_utf8_stops_the_build_naming_the_file_and_the_byte_offset() {
    let corpus = corpus_copy();
    std::fs::write(
        corpus.path().join("latin1.txt"),
        b"Caf\xe9 society said \"no\".\n",
    )
    .unwrap();
    let dist = tempfile::tempdir().unwrap();
    let built = build_dist(corpus.path(), dist.path());
    assert!(!built.success, "the build should fail:\n{}", built.output);
    assert!(
        built.output.contains("latin1.txt"),
        "names the file:\n{}",
        built.output
    );
    assert!(
        built.output.contains("byte offset 3"),
        "gives the offset:\n{}",
        built.output
    );
    assert!(
        !dist.path().join("index.html").exists(),
        "no app is produced"
    );
}

#[test]
fn an_empty_file_builds_with_a_warning_naming_it() {
    let corpus = corpus_copy();
    std::fs::write(corpus.path().join("blank.txt"), b"").unwrap();
    let dist = tempfile::tempdir().unwrap();
    let built = build_dist(corpus.path(), dist.path());
    assert!(built.success, "an empty file only warns:\n{}", built.output);
    assert!(
        built
            .output
            .lines()
            .any(|l| l.contains("blank.txt") && l.contains("empty")),
        "the warning names the file:\n{}",
        built.output
    );
}
