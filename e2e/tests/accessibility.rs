//! Every view, checked by axe-core for serious and critical violations, and
//! photographed at desktop and phone widths (e2e/artifacts/, not committed).

use claimscope_e2e::{default_dist, Browser, StaticServer};

/// (name, query, what to wait for)
const VIEWS: [(&str, &str, &str); 7] = [
    ("articles", "?", ".article-item"),
    ("quotes", "?view=quotes", ".result.quote"),
    ("claims", "?view=claims&q=belarus", ".result.claim mark"),
    ("sources", "?view=sources", ".result.source"),
    ("overview", "?view=overview", "#chart-claims a"),
    (
        "source",
        "?view=source&item=lukashenko",
        ".source-page .result",
    ),
    ("reader", "?view=quotes&kind=direct", ".result.quote"),
];

#[tokio::test]
async fn no_view_has_a_serious_accessibility_violation() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let mut problems = Vec::new();
    for (width, height) in [(1280, 900), (360, 780)] {
        let browser = Browser::launch_sized(width, height).await;
        for (name, query, ready) in VIEWS {
            browser.open(&format!("{}{query}", server.base())).await;
            browser.wait_for(ready).await;
            if name == "reader" {
                // The reader, opened in context from a quote.
                browser.click(".result.quote .context").await;
                browser.wait_for("article.reader #focus").await;
            }
            assert_eq!(
                browser.count(".notice").await,
                0,
                "{name}: the link is valid"
            );
            browser.screenshot(&format!("view-{name}-{width}")).await;
            if width == 1280 {
                for violation in browser.axe_serious().await {
                    problems.push(format!("{name}: {violation}"));
                }
            } else {
                // Nothing wider than the phone's screen.
                let overflow = browser
                    .js(
                        "return document.documentElement.scrollWidth - window.innerWidth;",
                        vec![],
                    )
                    .await;
                assert!(
                    overflow.as_i64().unwrap_or(0) <= 0,
                    "{name} scrolls sideways at 360 px: {overflow}"
                );
            }
        }
        browser.close().await;
    }
    assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
}

#[tokio::test]
async fn dark_mode_follows_the_system_and_stays_readable() {
    let server = StaticServer::start(&default_dist(), "/demo/");
    let browser = Browser::launch_with(1280, 900, &["--force-dark-mode"]).await;
    let mut problems = Vec::new();
    for (name, query, ready) in VIEWS {
        if name == "reader" {
            continue;
        }
        browser.open(&format!("{}{query}", server.base())).await;
        browser.wait_for(ready).await;
        let dark = browser
            .js(
                "return matchMedia('(prefers-color-scheme: dark)').matches;",
                vec![],
            )
            .await;
        assert_eq!(
            dark,
            serde_json::Value::from(true),
            "the browser prefers dark"
        );
        let background = browser
            .js(
                "return getComputedStyle(document.documentElement).backgroundColor;",
                vec![],
            )
            .await;
        assert_eq!(
            background,
            serde_json::Value::from("rgb(21, 23, 27)"),
            "{name} is dark"
        );
        browser.screenshot(&format!("view-{name}-dark")).await;
        for violation in browser.axe_serious().await {
            problems.push(format!("{name} (dark): {violation}"));
        }
    }
    assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
}
