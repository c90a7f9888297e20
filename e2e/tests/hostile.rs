//! Hostile links and faults: whatever a pasted address holds, the app shows a
//! notice and keeps working, runs no injected script and creates no injected
//! element; a panic shows a readable error panel instead of a blank page.
//! (Every test here also fails on a Content-Security-Policy violation or a
//! request leaving 127.0.0.1: `Browser::audit`.)

use claimscope_e2e::{build_debug_dist, default_dist, repo_root, Browser, StaticServer};

/// Script and markup that would announce themselves if they ever ran or were
/// parsed: each sets `window.__injected` or adds an element with `id="injected"`.
const PAYLOADS: &[&str] = &[
    "<script>window.__injected=1</script>",
    "\"><img id=injected src=x onerror=\"window.__injected=2\">",
    "javascript:window.__injected=3",
    "<svg id=injected onload=\"window.__injected=4\"></svg>",
    "'><iframe id=injected srcdoc=\"<script>parent.__injected=5</script>\">",
    "</title><a id=injected href=\"javascript:window.__injected=6\">x</a>",
];

/// Every parameter the app reads, and some it does not.
const PARAMS: &[&str] = &[
    "view",
    "q",
    "item",
    "source",
    "article",
    "outlet",
    "entity",
    "type",
    "kind",
    "certainty",
    "number",
    "source_type",
    "colour",
];

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// (query string, whether a notice must be shown)
fn hostile_queries() -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for (i, param) in PARAMS.iter().enumerate() {
        for (j, payload) in PAYLOADS.iter().enumerate() {
            // Only a search may hold anything; every other value is checked.
            let notice = *param != "q";
            // Encoded (as a shared link would be) and, every other time, raw.
            if (i + j) % 2 == 0 {
                out.push((format!("?{param}={}", percent(payload)), notice));
            } else {
                out.push((format!("?{param}={payload}"), notice));
            }
        }
    }
    let huge = "x".repeat(200_000);
    out.extend([
        (format!("?q={huge}"), true),
        (format!("?source={huge}"), true),
        (format!("?{huge}=1"), true),
        ("?view=quotes&view=claims&view=reader".into(), true),
        (
            "?q=a&q=b&q=<script>window.__injected=7</script>".into(),
            true,
        ),
        (format!("?source={}", "&source=x".repeat(500)), true),
        ("?q=%E0%A4%A&view=%zz".into(), true),
        ("?q=%&item=%%%".into(), true),
        ("?view=%00reader&item=%00".into(), true),
        ("?view=reader&item=no-such-article.q-00000000".into(), true),
        ("?view=source&item=%3Cscript%3E".into(), true),
        (
            "?type=statistic&type=nonsense&certainty=%F0%9F%92%A5".into(),
            true,
        ),
        ("?view=quotes&source=%E2%80%AE%E2%80%AEevil".into(), true),
        ("?=&&&=x&view".into(), true),
        ("?view=claims&number=maybe&kind=scare".into(), true),
        ("?q=%22unclosed phrase&view=claims".into(), false),
        ("?q=%E2%80%9C%E2%80%9D%E2%80%9C&view=quotes".into(), false),
        ("#<img src=x onerror=window.__injected=8>".into(), false),
    ]);
    out
}

#[tokio::test]
async fn hostile_links_show_notices_and_inject_nothing() {
    let queries = hostile_queries();
    assert!(queries.len() >= 50, "{} hostile links", queries.len());
    let server = StaticServer::start(&default_dist(), "/hostile/");
    let browser = Browser::launch().await;
    for (query, notice) in &queries {
        let shown: String = query.chars().take(120).collect();
        eprintln!("hostile link: {shown}");
        browser.open(&format!("{}{query}", server.base())).await;
        // Working: some list or page rendered, no crash panel.
        browser.wait_for("main h1").await;
        assert_eq!(browser.count("#crash").await, 0, "crashed on {shown}");
        if *notice {
            browser.wait_for(".notice").await;
        }
        let injected = browser
            .js(
                "return { ran: window.__injected === undefined ? null : window.__injected,
                          parsed: document.querySelectorAll('#injected, body iframe, body svg[onload], [onerror], [onclick], [onload]').length,
                          scripts: document.querySelectorAll('body script').length };",
                vec![],
            )
            .await;
        assert_eq!(
            injected,
            serde_json::json!({ "ran": null, "parsed": 0, "scripts": 0 }),
            "injected by {shown}"
        );
    }
    // Still working after all of that: a search narrows the list.
    browser
        .open(&format!("{}?view=claims&q=troops", server.base()))
        .await;
    browser.wait_for(".result").await;
    browser.close().await;
    eprintln!("{} hostile links opened", queries.len());
}

#[tokio::test]
async fn a_panic_shows_a_readable_error_panel() {
    // The trigger exists in debug builds only, so this test builds one.
    let dist = tempfile::tempdir().unwrap();
    let built = build_debug_dist(&repo_root().join("seeds"), dist.path());
    assert!(built.success, "the debug build failed:\n{}", built.output);
    let server = StaticServer::start(dist.path(), "/");
    let browser = Browser::launch().await;
    browser
        .open_without_waiting(&format!("{}?debug_panic", server.base()))
        .await;
    browser.wait_for("#crash[role='alert']").await;
    let title = browser.text("#crash-title").await.unwrap_or_default();
    assert!(title.contains("bug"), "{title}");
    let message = browser.text("#crash-message").await.unwrap_or_default();
    assert!(
        message.contains("<b>(markup stays text)</b>"),
        "the message is shown as text: {message}"
    );
    assert_eq!(browser.count("#crash b").await, 0);
    // The same build without the trigger starts normally.
    browser.open(server.base()).await;
    browser.wait_for_count(".article-item", 5).await;
    assert_eq!(browser.count("#crash").await, 0);
    browser.close().await;
}

#[tokio::test]
async fn release_builds_ignore_the_panic_trigger() {
    let server = StaticServer::start(&default_dist(), "/");
    let browser = Browser::launch().await;
    browser
        .open(&format!("{}?debug_panic", server.base()))
        .await;
    browser.wait_for(".notice[data-param='debug_panic']").await;
    browser.wait_for_count(".article-item", 5).await;
    assert_eq!(browser.count("#crash").await, 0);
    browser.close().await;
}
