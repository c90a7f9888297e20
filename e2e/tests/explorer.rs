//! The explorer in a real browser: facets, search with highlights, shared links,
//! back and forward, bad parameters, open in context, and the keyboard.

use claimscope_e2e::{default_dist, repo_root, Browser, StaticServer};
use serde_json::Value;
use std::process::Command;

/// The CLI's export of the seeds: the contract the app must agree with.
fn cli_export() -> Value {
    let out = Command::new(env!("CARGO"))
        .current_dir(repo_root())
        .args([
            "run",
            "--quiet",
            "--bin",
            "claimscope",
            "--",
            "export",
            "seeds",
        ])
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the export is JSON")
}

async fn sorted_ids(browser: &Browser, css: &str) -> Vec<String> {
    let mut ids = browser.attrs(css, "data-id").await;
    ids.sort();
    ids
}

#[tokio::test]
async fn every_source_filter_shows_exactly_its_quotes_in_the_cli_export() {
    let export = cli_export();
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?view=quotes", server.base()))
        .await;
    browser.wait_for(".results").await;
    let sources = export["sources"].as_array().unwrap();
    assert!(sources.len() > 10);
    for source in sources {
        let id = source["id"].as_str().unwrap();
        let mut expected: Vec<String> = export["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|q| q["speaker"].as_str() == Some(id))
            .map(|q| q["id"].as_str().unwrap().to_string())
            .collect();
        expected.sort();
        browser.go(&format!("?view=quotes&source={id}")).await;
        browser
            .wait_until(&format!("the quotes of {id}"), || async {
                browser.count(".notice").await == 0
                    && sorted_ids(&browser, ".result.quote").await == expected
            })
            .await;
    }
}

#[tokio::test]
async fn search_highlights_and_a_shared_link_reproduces_the_view() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?view=claims", server.base()))
        .await;
    browser.wait_for(".result.claim").await;
    let all = browser.count(".result.claim").await;

    // Typing (British spelling) updates the results, the marks and the link.
    browser
        .js(
            "const s = document.getElementById('search'); s.focus(); s.value = 'mobilisation';
             s.dispatchEvent(new InputEvent('input', { bubbles: true }));",
            vec![],
        )
        .await;
    browser
        .wait_until("the search to narrow the claims", || async {
            let n = browser.count(".result.claim").await;
            n > 0 && n < all
        })
        .await;
    assert!(browser.url().await.contains("q=mobilisation"));
    let marks = browser.texts(".result.claim mark").await;
    assert!(!marks.is_empty());
    for m in &marks {
        assert!(m.to_lowercase().starts_with("mobili"), "highlighted {m}");
    }
    // Typing replaced the history entry instead of adding one per keystroke.
    let searched = sorted_ids(&browser, ".result.claim").await;

    // A facet value narrows further and is a history step.
    browser
        .click("fieldset[data-facet='certainty'] input[type='checkbox']")
        .await;
    browser
        .wait_until("the certainty filter in the link", || async {
            browser.url().await.contains("certainty=")
        })
        .await;
    browser
        .wait_until("the filtered list", || async {
            sorted_ids(&browser, ".result.claim").await != searched
                || browser
                    .count("fieldset[data-facet='certainty'] input:checked")
                    .await
                    == 1
        })
        .await;
    let filtered = sorted_ids(&browser, ".result.claim").await;
    let link = browser.url().await;
    browser.screenshot("explorer-claims-1280").await;

    // The same link in a fresh browser shows exactly the same items.
    let other = Browser::launch().await;
    other.open(&link).await;
    other.wait_for(".results").await;
    other
        .wait_until("the shared view", || async {
            sorted_ids(&other, ".result.claim").await == filtered
        })
        .await;
    assert_eq!(other.count(".notice").await, 0);
    other.close().await;

    // Back undoes the facet, not each keystroke; forward redoes it.
    browser.back().await;
    browser
        .wait_until("back to the search alone", || async {
            sorted_ids(&browser, ".result.claim").await == searched
        })
        .await;
    assert!(browser.url().await.contains("q=mobilisation"));
    browser.forward().await;
    browser
        .wait_until("forward to the filter", || async {
            sorted_ids(&browser, ".result.claim").await == filtered
        })
        .await;
}

#[tokio::test]
async fn bad_parameters_get_notices_and_the_list_still_works() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser
        .open(&format!(
            "{}?view=quotes&source=nobody-at-all&kind=shouted&colour=red",
            server.base()
        ))
        .await;
    browser.wait_for(".result.quote").await;
    let mut params = browser.attrs(".notice", "data-param").await;
    params.sort();
    assert_eq!(params, ["colour", "kind", "source"]);
    let export = cli_export();
    let all = export["quotes"].as_array().unwrap().len();
    assert_eq!(
        browser.texts("#results-heading").await,
        [format!("{all} quotes")],
        "the ignored filters narrow nothing"
    );
    assert_eq!(browser.count(".result.quote").await, all.min(25));
}

#[tokio::test]
async fn open_in_context_scrolls_to_the_quote_and_slash_focuses_search() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?view=quotes&kind=direct", server.base()))
        .await;
    browser.wait_for(".result.quote").await;
    let id = browser.attrs(".result.quote", "data-id").await[0].clone();
    browser
        .click(&format!(".result.quote[data-id='{id}'] .context"))
        .await;
    browser.wait_for("article.reader #focus").await;
    assert_eq!(
        browser.attrs("#focus", "data-quote").await,
        vec![id.clone()],
        "the focused span is the quote"
    );
    assert!(browser
        .url()
        .await
        .contains(&format!("view=reader&item={id}")));
    // Every quote in the article is marked with a speaker colour and names its speaker.
    let titles = browser
        .attrs("article.reader .quote[tabindex='0']", "title")
        .await;
    assert!(!titles.is_empty());
    assert!(titles.iter().all(|t| t.starts_with("said by ")));
    browser.screenshot("explorer-reader-focus-1280").await;

    browser
        .js(
            "document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));",
            vec![],
        )
        .await;
    let active = browser
        .js(
            "return document.activeElement && document.activeElement.id;",
            vec![],
        )
        .await;
    assert_eq!(active, Value::from("search"));
}

#[tokio::test]
async fn both_exports_hold_exactly_the_filtered_results() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?view=quotes&kind=direct", server.base()))
        .await;
    browser.wait_for(".result.quote").await;
    let shown = sorted_ids(&browser, ".result.quote").await;
    // Capture what the page hands to the browser as a download.
    browser.capture_downloads().await;
    browser.click(".export-json").await;
    browser.click(".export-csv").await;
    browser
        .wait_until("both files", || async {
            browser.downloads().await.len() == 2
        })
        .await;
    let saved = browser.downloads().await;
    let json: Value = serde_json::from_str(&saved[0]).expect("JSON export parses");
    for key in ["articles", "quotes", "sources", "claims", "entities"] {
        assert!(json.get(key).is_some(), "export has {key}");
    }
    let mut json_ids: Vec<String> = json["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect();
    json_ids.sort();
    assert_eq!(json_ids, shown, "the JSON holds exactly the shown quotes");
    assert!(json["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|q| q["kind"] == "direct"));

    let csv = &saved[1];
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("record,id,article,text"));
    let csv_rows = csv.lines().filter(|l| l.starts_with("quote,")).count();
    assert_eq!(csv_rows, shown.len(), "the CSV has one row per shown quote");
    for id in &shown {
        assert!(csv.contains(&format!("quote,{id},")), "CSV row for {id}");
    }
}

#[tokio::test]
async fn a_chart_bar_applies_its_filter() {
    let export = cli_export();
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?view=overview", server.base()))
        .await;
    browser.wait_for("#chart-speakers a").await;
    assert!(browser.count("#chart-claims a").await > 0);
    assert!(browser.count("#chart-sources a").await > 0);
    browser.screenshot("explorer-overview-1280").await;
    // The first bar is the most quoted speaker; its link lists exactly their quotes.
    let query = browser.attrs("#chart-speakers a", "data-query").await[0].clone();
    let id = query
        .split("source=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_string();
    let mut expected: Vec<String> = export["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["speaker"].as_str() == Some(id.as_str()))
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect();
    expected.sort();
    let label = browser.attrs("#chart-speakers a", "aria-label").await[0].clone();
    assert!(label.ends_with(&format!(": {}", expected.len())), "{label}");
    browser.click("#chart-speakers a").await;
    browser
        .wait_until("the speaker's quotes", || async {
            sorted_ids(&browser, ".result.quote").await == expected
        })
        .await;
    assert!(browser.url().await.contains(&format!("source={id}")));
}

#[tokio::test]
async fn arrow_keys_move_through_results_and_enter_opens() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?view=sources", server.base()))
        .await;
    browser.wait_for(".result.source").await;
    let ids = browser.attrs(".result.source", "data-id").await;
    let key = |k: &str| {
        format!(
            "const el = document.activeElement || document.body;
             el.dispatchEvent(new KeyboardEvent('keydown', {{ key: '{k}', bubbles: true }}));"
        )
    };
    browser
        .js(
            "document.querySelector('.result-list').querySelector('[data-primary]').focus();",
            vec![],
        )
        .await;
    browser.js(&key("ArrowDown"), vec![]).await;
    browser.js(&key("ArrowDown"), vec![]).await;
    browser.js(&key("ArrowUp"), vec![]).await;
    let focused = browser
        .js(
            "return document.activeElement.closest('.result').dataset.id;",
            vec![],
        )
        .await;
    assert_eq!(
        focused,
        Value::from(ids[1].clone()),
        "down, down, up lands on the second"
    );
    // Enter on a link follows it (the browser's own behaviour for links).
    let client = browser.client();
    let active = client.active_element().await.unwrap();
    active.send_keys("\u{E007}").await.unwrap();
    browser
        .wait_for(&format!("article.source-page[data-id='{}']", ids[1]))
        .await;
}

/// For every facet of a list: picking its first value shows exactly as many
/// results as the facet said, puts it in the link, and clearing it restores the list.
async fn check_every_facet(browser: &Browser, base: &str, view: &str, item: &str) {
    browser.open(&format!("{base}?view={view}")).await;
    browser.wait_for(item).await;
    let all = browser.count(item).await;
    let facets = browser.attrs("fieldset.facet", "data-facet").await;
    assert!(facets.len() >= 5, "{view} has its facets: {facets:?}");
    for facet in &facets {
        let first = format!("fieldset[data-facet='{facet}'] li:first-child");
        let value = browser.attrs(&format!("{first} input"), "data-value").await[0].clone();
        let count: usize = browser.texts(&format!("{first} .count")).await[0]
            .parse()
            .unwrap();
        browser.click(&format!("{first} input")).await;
        browser
            .wait_until(
                &format!("{view}: {facet}={value} shows {count}"),
                || async {
                    browser.count(item).await == count.min(25)
                        && browser.url().await.contains(&format!("{facet}="))
                },
            )
            .await;
        assert_eq!(
            browser
                .attrs(
                    &format!("fieldset[data-facet='{facet}'] input:checked"),
                    "data-value"
                )
                .await,
            vec![value.clone()]
        );
        browser
            .click(&format!("fieldset[data-facet='{facet}'] a.clear"))
            .await;
        browser
            .wait_until(&format!("{view}: {facet} cleared"), || async {
                browser.count(item).await == all.min(25)
            })
            .await;
    }
}

#[tokio::test]
async fn every_facet_narrows_to_its_count_and_clears() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    check_every_facet(&browser, server.base(), "claims", ".result.claim").await;
    check_every_facet(&browser, server.base(), "quotes", ".result.quote").await;
    // Two facets at once, then "clear all".
    browser
        .open(&format!(
            "{}?view=claims&type=event&certainty=asserted",
            server.base()
        ))
        .await;
    browser.wait_for(".result.claim").await;
    for t in browser.attrs(".result.claim", "data-type").await {
        assert_eq!(t, "event");
    }
    for c in browser.attrs(".result.claim", "data-certainty").await {
        assert_eq!(c, "asserted");
    }
    browser.click(".clear-all").await;
    browser
        .wait_until("all filters cleared", || async {
            !browser.url().await.contains("type=")
        })
        .await;
}

#[tokio::test]
async fn the_search_is_marked_in_the_reader_and_filters_the_articles() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch().await;
    browser.open(&format!("{}?q=belarus", server.base())).await;
    browser.wait_for(".article-item").await;
    let titles = browser.texts(".article-item .article-title mark").await;
    assert!(titles
        .iter()
        .all(|t| t.eq_ignore_ascii_case("belarus") || t.to_lowercase().starts_with("belarus")));
    let first = browser.attrs(".article-item", "data-id").await[0].clone();
    browser
        .click(&format!(".article-item[data-id='{first}'] .article-title"))
        .await;
    browser
        .wait_for(&format!("article.reader[data-id='{first}']"))
        .await;
    // The reader link carries no q: open one that does.
    browser
        .open(&format!(
            "{}?view=reader&item={first}&q=belarus",
            server.base()
        ))
        .await;
    browser.wait_for("article.reader mark").await;
    for m in browser.texts("article.reader mark").await {
        assert!(m.to_lowercase().starts_with("belarus"), "marked {m}");
    }
}
