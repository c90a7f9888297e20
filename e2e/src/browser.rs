//! Headless Chromium through ChromeDriver, with the few helpers UI tests need:
//! open a URL, wait for an element, read texts and attributes, click, screenshot.
//!
//! Every helper panics with a message saying what it waited for and what the page
//! showed instead, so a failing test explains itself.

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long `wait_for` and friends wait before failing the test.
pub const PATIENCE: Duration = Duration::from_secs(15);

pub struct Browser {
    client: Option<Client>,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts ChromeDriver and a fresh headless Chromium (its own empty profile).
    pub async fn launch() -> Browser {
        Browser::launch_sized(1280, 900).await
    }

    pub async fn launch_sized(width: u32, height: u32) -> Browser {
        Browser::launch_with(width, height, &[]).await
    }

    /// A browser with extra Chromium switches (e.g. `--force-dark-mode`).
    pub async fn launch_with(width: u32, height: u32, extra: &[&str]) -> Browser {
        let port = free_port();
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group, so Drop can end Chromium with it even after a panic.
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {chromedriver}: {e} (run `cargo xtask setup`)")
            });
        let profile = tempfile::tempdir().expect("a temporary profile folder");
        let mut browser = Browser {
            client: None,
            driver,
            _profile: profile,
        };
        let url = format!("http://127.0.0.1:{port}");
        wait_until_listening(port);

        let binary = std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let mut args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--no-first-run".into(),
            format!("--window-size={width},{height}"),
            format!("--user-data-dir={}", browser._profile.path().display()),
        ];
        args.extend(extra.iter().map(|a| a.to_string()));
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": binary, "args": args }),
        );
        capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&url)
            .await
            .unwrap_or_else(|e| panic!("ChromeDriver did not start Chromium ({binary}): {e}"));
        browser.client = Some(client);
        browser
    }

    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("a live session")
    }

    /// Navigates to `url` and waits until the app has mounted something into `<body>`.
    pub async fn open(&self, url: &str) {
        self.audit().await;
        self.client()
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
        self.wait_for("main").await;
    }

    /// Navigates to `url` without waiting for the app (which may not start).
    pub async fn open_without_waiting(&self, url: &str) {
        self.audit().await;
        self.client()
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// Moves the page to `query` as a link inside the app would (history + popstate).
    pub async fn go(&self, query: &str) {
        self.js(
            "history.pushState(null, '', arguments[0]); window.dispatchEvent(new PopStateEvent('popstate'));",
            vec![Value::from(query)],
        )
        .await;
    }

    /// From now on, keeps the text of every file the page hands to the
    /// browser as a download ([`Browser::downloads`]).
    pub async fn capture_downloads(&self) {
        self.js(
            "window.__saved = [];
             const create = URL.createObjectURL;
             URL.createObjectURL = (blob) => { blob.text().then(t => window.__saved.push(t)); return create(blob); };",
            vec![],
        )
        .await;
    }

    /// The texts of the downloads captured so far, in order.
    pub async fn downloads(&self) -> Vec<String> {
        self.js("return window.__saved || [];", vec![])
            .await
            .as_array()
            .into_iter()
            .flatten()
            .map(|t| t.as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Runs `script` (a function body; arguments in `arguments[i]`) in the page.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client()
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Runs axe-core (`CLAIMSCOPE_AXE`, installed by `cargo xtask setup`) on the
    /// page and returns its serious and critical violations, one line each.
    pub async fn axe_serious(&self) -> Vec<String> {
        let path = std::env::var_os("CLAIMSCOPE_AXE")
            .map(PathBuf::from)
            .unwrap_or_else(crate::default_axe);
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "axe-core at {}: {e} (run `cargo xtask setup`)",
                path.display()
            )
        });
        self.js(&source, vec![]).await;
        let result = self
            .client()
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations
                     .filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' @ ' +
                          v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("axe: {e}"));
        result
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Waits until `css` matches at least one element.
    pub async fn wait_for(&self, css: &str) {
        self.wait_until(&format!("an element matching `{css}`"), || async {
            self.count(css).await > 0
        })
        .await;
    }

    /// Waits until `css` matches exactly `n` elements.
    pub async fn wait_for_count(&self, css: &str, n: usize) {
        self.wait_until(&format!("{n} elements matching `{css}`"), || async {
            self.count(css).await == n
        })
        .await;
    }

    /// Polls `ready` until it holds; on timeout saves a screenshot and fails.
    pub async fn wait_until<F, Fut>(&self, what: &str, mut ready: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let started = Instant::now();
        while !ready().await {
            if started.elapsed() > PATIENCE {
                let shot = self.screenshot("timeout").await;
                let body = self.text("body").await.unwrap_or_default();
                let snippet: String = body.chars().take(600).collect();
                panic!(
                    "waited {PATIENCE:?} for {what}; screenshot {}\npage text: {snippet}",
                    shot.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }

    pub async fn count(&self, css: &str) -> usize {
        let n = self
            .js(
                "return document.querySelectorAll(arguments[0]).length",
                vec![json!(css)],
            )
            .await;
        n.as_u64().unwrap_or(0) as usize
    }

    /// The text content of every element matching `css`, in document order.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        self.strings(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent)",
            vec![json!(css)],
        )
        .await
    }

    /// The text of the first element matching `css`, if any.
    pub async fn text(&self, css: &str) -> Option<String> {
        self.texts(css).await.into_iter().next()
    }

    /// Attribute `name` of every element matching `css` (empty when absent).
    pub async fn attrs(&self, css: &str, name: &str) -> Vec<String> {
        self.strings(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.getAttribute(arguments[1]) || '')",
            vec![json!(css), json!(name)],
        )
        .await
    }

    async fn strings(&self, script: &str, args: Vec<Value>) -> Vec<String> {
        match self.js(script, args).await {
            Value::Array(items) => items
                .into_iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect(),
            other => panic!("expected a list of strings, got {other}"),
        }
    }

    /// Clicks the first element matching `css` as a user would (WebDriver click).
    pub async fn click(&self, css: &str) {
        self.wait_for(css).await;
        let element = self
            .client()
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("find {css}: {e}"));
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// The page's current URL.
    pub async fn url(&self) -> String {
        self.client()
            .current_url()
            .await
            .expect("a current URL")
            .to_string()
    }

    pub async fn back(&self) {
        self.client().back().await.expect("history back");
    }

    pub async fn forward(&self) {
        self.client().forward().await.expect("history forward");
    }

    /// Saves a PNG of the viewport to `e2e/artifacts/<name>.png` and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = crate::artifacts_dir();
        let path = dir.join(format!("{name}.png"));
        if let Ok(png) = self.client().screenshot().await {
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(&path, png);
        }
        path
    }

    /// Whether a test's injected payload ran: by convention every payload
    /// sets `window.__injected`.
    pub async fn injected_script_ran(&self) -> bool {
        self.js("return window.__injected !== undefined", vec![])
            .await
            .as_bool()
            .unwrap_or(true)
    }

    /// Fails the test on anything the page's Content-Security-Policy refused
    /// (the app keeps a list, src/guard.rs) and on any request that left
    /// 127.0.0.1. Run before each navigation and at [`Browser::close`].
    pub async fn audit(&self) {
        let found = self
            .js(
                r#"if (!location.protocol.startsWith('http')) return null;
                const local = (u) => { try { const h = new URL(u).hostname;
                    return h === '127.0.0.1' || h === 'localhost' || /^(blob|data):/.test(u); } catch (e) { return false; } };
                const far = performance.getEntriesByType('resource').map((e) => e.name)
                    .concat([location.href]).filter((u) => !local(u));
                const refused = window.claimscopeViolations ? Array.from(window.claimscopeViolations) : [];
                return (far.length || refused.length) ? { page: location.href, far, refused } : null;"#,
                vec![],
            )
            .await;
        assert!(
            found.is_null(),
            "the page broke its security policy or left 127.0.0.1: {found}"
        );
    }

    /// Ends the session cleanly (Drop also ends it, less politely), after an [`Browser::audit`].
    pub async fn close(mut self) {
        if self.client.is_some() {
            self.audit().await;
        }
        if let Some(client) = self.client.take() {
            let _ = client.close().await;
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Kill the whole group: ChromeDriver and the Chromium it started.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.driver.id())])
            .status();
        let _ = self.driver.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}

fn wait_until_listening(port: u16) {
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < PATIENCE,
            "ChromeDriver did not listen on port {port}"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}
