//! The article texts beside the app: over a corpus of many shards, the first
//! results come from the metadata and the embedded first shard, links deep
//! into the corpus fetch only their shard, and search and export wait for the
//! rest, which a slow (held) network shows.

use claimscope_e2e::{build_dist, repo_root, Browser, StaticServer};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The seeds twelve times over (about nine shards), built once for every test here.
struct Built {
    corpus: tempfile::TempDir,
    dist: tempfile::TempDir,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let corpus = tempfile::tempdir().unwrap();
        for copy in 0..12 {
            for entry in std::fs::read_dir(repo_root().join("seeds")).unwrap() {
                let entry = entry.unwrap();
                let name = entry.file_name().to_string_lossy().to_string();
                if name.ends_with(".txt") {
                    std::fs::copy(
                        entry.path(),
                        corpus.path().join(format!("c{copy:02}-{name}")),
                    )
                    .unwrap();
                }
            }
        }
        let dist = tempfile::tempdir().unwrap();
        let outcome = build_dist(corpus.path(), dist.path());
        assert!(outcome.success, "the build failed:\n{}", outcome.output);
        Built { corpus, dist }
    })
}

fn export(corpus: &Path) -> Value {
    let out = Command::new(env!("CARGO"))
        .current_dir(repo_root())
        .args(["run", "--quiet", "--bin", "claimscope", "--", "export"])
        .arg(corpus)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the export is JSON")
}

/// The text files beside the app, largest (the file of every text) first.
fn text_files(dist: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dist.join("texts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort_by_key(|f| std::cmp::Reverse(std::fs::metadata(f).unwrap().len()));
    files
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().to_string()
}

async fn state(browser: &Browser) -> (String, String) {
    let v = browser
        .js(
            "const m = document.getElementById('main'); return [m.dataset.state || '', m.dataset.texts || ''];",
            vec![],
        )
        .await;
    (v[0].as_str().unwrap().into(), v[1].as_str().unwrap().into())
}

async fn wait_state(browser: &Browser, query: &str) {
    browser
        .wait_until(&format!("data-state {query}"), || async {
            state(browser).await.0 == query
        })
        .await;
}

#[tokio::test]
async fn the_first_results_come_before_the_texts_and_a_search_waits_for_them() {
    let built = built();
    assert!(text_files(built.dist.path()).len() >= 5, "several shards");
    let server = StaticServer::start(built.dist.path(), "/lazy/");
    server.hold("/texts/");
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?view=claims", server.base()))
        .await;
    wait_state(&browser, "?view=claims").await;
    // Every text file is held back: the first page came from the app alone.
    assert_eq!(state(&browser).await.1, "partial");
    assert_eq!(browser.count(".result.claim").await, 25);
    assert_eq!(browser.count(".result.pending").await, 0);
    assert!(browser
        .texts(".result.claim .text")
        .await
        .iter()
        .all(|t| !t.is_empty()));

    browser.go("?view=claims&q=army").await;
    browser.wait_for(".loading").await;
    assert_eq!(state(&browser).await.0, "loading");
    server.release();
    wait_state(&browser, "?view=claims&q=army").await;
    assert_eq!(state(&browser).await.1, "complete");
    let heading = browser.text("#results-heading").await.unwrap();
    assert!(browser.count("mark").await > 0, "the search is highlighted");

    // The same link with nothing held shows the same results.
    let fresh = Browser::launch().await;
    fresh
        .open(&format!("{}?view=claims&q=army", server.base()))
        .await;
    wait_state(&fresh, "?view=claims&q=army").await;
    assert_eq!(fresh.text("#results-heading").await.unwrap(), heading);
    fresh.close().await;
    browser.close().await;
}

#[tokio::test]
async fn a_link_deep_into_the_corpus_fetches_its_shard_and_opens_the_quote() {
    let built = built();
    let export = export(built.corpus.path());
    let last = export["articles"].as_array().unwrap().last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let quote = export["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .rfind(|q| q["article"] == last.as_str())
        .expect("a quote in the last article");
    let id = quote["id"].as_str().unwrap();
    let all = file_name(&text_files(built.dist.path())[0]);
    let server = StaticServer::start(built.dist.path(), "/lazy/");
    // The file of every text never comes: only the shard can open it.
    server.hold(&all);
    let browser = Browser::launch().await;
    let query = format!("?view=reader&item={id}");
    browser.open(&format!("{}{query}", server.base())).await;
    browser
        .wait_for(&format!("article.reader[data-id='{last}']"))
        .await;
    assert_eq!(
        browser.count(".notice").await,
        0,
        "the id is known once its text is here"
    );
    browser.wait_for("article.reader #focus").await;
    assert_eq!(
        browser.attrs("#focus", "data-quote").await,
        vec![id.to_string()],
        "the quote is the focused span"
    );
    let shards: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|r| r.contains("/texts/"))
        .collect();
    assert!(!shards.is_empty(), "a shard was fetched");
    assert_eq!(state(&browser).await.1, "partial");
    server.release();
    browser.close().await;
}

#[tokio::test]
async fn an_export_asked_for_before_the_texts_arrive_waits_and_holds_them_all() {
    let built = built();
    let server = StaticServer::start(built.dist.path(), "/lazy/");
    // The page's shards come; the file of every text, which an export needs, waits.
    server.hold(&file_name(&text_files(built.dist.path())[0]));
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?view=quotes&kind=direct", server.base()))
        .await;
    wait_state(&browser, "?view=quotes&kind=direct").await;
    let heading = browser.text("#results-heading").await.unwrap();
    let shown: usize = heading.split_whitespace().next().unwrap().parse().unwrap();
    browser.capture_downloads().await;
    browser.click(".export-json").await;
    browser
        .wait_until("the export to wait", || async {
            browser
                .text(".export .status")
                .await
                .unwrap_or_default()
                .contains("Waiting")
        })
        .await;
    assert!(browser.downloads().await.is_empty());
    server.release();
    browser
        .wait_until("the file", || async {
            browser.downloads().await.len() == 1
        })
        .await;
    let saved = browser.downloads().await;
    let json: Value = serde_json::from_str(&saved[0]).unwrap();
    let quotes = json["quotes"].as_array().unwrap();
    assert_eq!(
        quotes.len(),
        shown,
        "every listed quote, not only the first page"
    );
    assert!(quotes.iter().all(|q| q["kind"] == "direct"
        && !q["id"].as_str().unwrap().is_empty()
        && !q["text"].as_str().unwrap().is_empty()));
    browser.close().await;
}

#[tokio::test]
async fn missing_text_files_get_a_notice_and_the_lists_keep_working() {
    let built = built();
    let dist = tempfile::tempdir().unwrap();
    let copy = Command::new("cp")
        .arg("-r")
        .arg(format!("{}/.", built.dist.path().display()))
        .arg(dist.path())
        .status()
        .unwrap();
    assert!(copy.success());
    std::fs::remove_dir_all(dist.path().join("texts")).unwrap();
    let export = export(built.corpus.path());
    let last = export["articles"].as_array().unwrap().last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let server = StaticServer::start(dist.path(), "/lazy/");
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?view=claims", server.base()))
        .await;
    wait_state(&browser, "?view=claims").await;
    browser.wait_for(".notice[data-param='texts']").await;
    assert_eq!(
        browser.count(".result.claim").await,
        25,
        "the list still works"
    );
    browser.go(&format!("?view=reader&item={last}")).await;
    browser
        .wait_until("the reader to say why", || async {
            browser
                .text(".loading")
                .await
                .is_some_and(|t| t.contains("could not be loaded"))
        })
        .await;
    browser.click(".brand").await;
    wait_state(&browser, "?").await;
    browser.close().await;
}
