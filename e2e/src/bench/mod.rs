//! The benchmark (`cargo xtask bench`): claimscope and a MiniSearch peer over
//! the same items, in the same headless Chromium, per corpus: first-load bytes,
//! time to first results, memory, keystroke and facet latency; natively,
//! extraction and index build. Not a test: it reports, it does not judge.

mod peer;
pub mod report;

use crate::{build_dist, Browser, StaticServer};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What `type` enters, one keystroke at a time; the same for every corpus.
pub const QUERIES: &[&str] = &[
    "government",
    "prime minister",
    "economy",
    "oil prices",
    "said",
    "blair",
    "mobile phone",
    "film",
    "\"interest rates\"",
    "chelsea",
];

pub struct Spec {
    pub name: String,
    pub corpus: PathBuf,
    pub synthetic: bool,
}

pub struct Options {
    /// Fresh-browser page loads per app (median reported).
    pub loads: usize,
    /// Passes over [`QUERIES`] and the facet toggles.
    pub passes: usize,
    pub queries: Vec<String>,
    /// `items.json` for the peer needs MiniSearch's browser build.
    pub minisearch: PathBuf,
}

/// `×10`: ten copies of every article of `source`, each under `copy-K/` with a
/// last line naming the copy, so no two files are the same and ids stay
/// distinct. Synthetic: the vocabulary is the source's, the items ten times.
pub fn synthetic_copies(source: &Path, out: &Path, copies: usize) -> std::io::Result<()> {
    let _ = std::fs::remove_dir_all(out);
    let mut files = Vec::new();
    collect_txt(source, source, &mut files)?;
    for k in 0..copies {
        for relative in &files {
            let text = std::fs::read_to_string(source.join(relative))?;
            let target = out.join(format!("copy-{k}")).join(relative);
            std::fs::create_dir_all(target.parent().expect("a file has a folder"))?;
            let note = format!(
                "\n\n(Synthetic copy {k} of {} for the benchmark.)\n",
                relative.display()
            );
            std::fs::write(target, text.trim_end().to_string() + &note)?;
        }
    }
    Ok(())
}

fn collect_txt(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect_txt(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path.strip_prefix(root).expect("below root").to_path_buf());
        }
    }
    Ok(())
}

/// Builds both apps for `spec` under `work/<name>/` and measures them.
pub async fn measure(spec: &Spec, work: &Path, options: &Options) -> Result<Value, String> {
    let root = work.join(&spec.name);
    let app = root.join("app");
    let peer_dir = root.join("peer");
    std::fs::create_dir_all(&peer_dir).map_err(|e| e.to_string())?;

    eprintln!("bench: {}: native extraction and index", spec.name);
    let started = Instant::now();
    let (report, built) = claimscope_catalog::build_dir(&spec.corpus)?;
    let extract_s = started.elapsed().as_secs_f64();
    let corpus_bytes: usize = report.corpus.articles.iter().map(|a| a.text.len()).sum();
    let catalog = built.catalog;
    let mut index_ms = Vec::new();
    let mut explorer = None;
    for _ in 0..5 {
        let started = Instant::now();
        explorer = Some(claimscope_explore::Explorer::new(&catalog));
        index_ms.push(started.elapsed().as_secs_f64() * 1e3);
    }
    let explorer = explorer.expect("built at least once");

    eprintln!("bench: {}: trunk build --release", spec.name);
    let outcome = build_dist(&spec.corpus, &app);
    if !outcome.success {
        return Err(format!("trunk build failed:\n{}", outcome.output));
    }
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench");
    for file in ["peer/index.html", "peer/peer.js"] {
        std::fs::copy(here.join(file), root.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    std::fs::copy(&options.minisearch, peer_dir.join("minisearch.js"))
        .map_err(|e| format!("{}: {e}", options.minisearch.display()))?;
    let items = peer::items_json(&catalog, &explorer);
    std::fs::write(peer_dir.join("items.json"), items.to_string()).map_err(|e| e.to_string())?;
    drop(explorer);

    let server = StaticServer::start(&root, "/");
    let mut toggles: Vec<(String, String)> = Vec::new();
    let mut apps = serde_json::Map::new();
    for (which, url) in [
        ("claimscope", format!("{}app/?view=claims", server.base())),
        ("minisearch", format!("{}peer/?view=claims", server.base())),
    ] {
        eprintln!("bench: {}: {which} in Chromium", spec.name);
        let run = measure_page(&url, &root, server.base(), options, &mut toggles).await?;
        apps.insert(which.to_string(), run);
    }
    Ok(json!({
        "name": spec.name,
        "synthetic": spec.synthetic,
        "articles": report.corpus.articles.len(),
        "corpus_bytes": corpus_bytes,
        "quotes": catalog.quotes.len(),
        "claims": catalog.claims.len(),
        "sources": catalog.sources.len(),
        "extract_s": extract_s,
        "extract_mb_s": corpus_bytes as f64 / 1e6 / extract_s,
        "index_ms": median(&mut index_ms),
        "apps": apps,
    }))
}

/// One app: `loads` fresh-browser loads, then typing and facet toggles.
/// `toggles` is filled from claimscope's facets on its first load, so the peer
/// toggles the very same values.
async fn measure_page(
    url: &str,
    root: &Path,
    base: &str,
    options: &Options,
    toggles: &mut Vec<(String, String)>,
) -> Result<Value, String> {
    let script = MEASURE_JS;
    let mut first = Vec::new();
    let mut complete = Vec::new();
    let mut resources = Value::Null;
    let mut memory = Value::Null;
    let (mut typing, mut facets) = (Vec::new(), Vec::new());
    for load in 0..options.loads {
        let browser = Browser::launch_with(1280, 900, &["--enable-precise-memory-info"]).await;
        long_timeouts(&browser)
            .await
            .map_err(|e| format!("{url}: {e}"))?;
        browser.open(url).await;
        browser.js(script, vec![]).await;
        let painted = call(&browser, "__bench.firstResults(60000)", json!([])).await;
        let painted = painted
            .as_f64()
            .ok_or_else(|| format!("{url}: the results were never painted"))?;
        first.push(painted);
        // Typing starts once every text is in (a search waits for them); how
        // long that took after the first results is reported beside them.
        let texts = call(&browser, "__bench.textsComplete()", json!([])).await;
        if let Some(at) = texts.as_f64() {
            complete.push(at);
        }
        if load + 1 < options.loads {
            browser.close().await;
            continue;
        }
        resources = call(&browser, "__bench.resources()", json!([])).await;
        if toggles.is_empty() {
            *toggles = facet_toggles(&browser).await;
        }
        for _ in 0..options.passes {
            let typed = call(
                &browser,
                "__bench.type(arguments[0])",
                json!([options.queries]),
            )
            .await;
            typing.extend(typed.as_array().cloned().unwrap_or_default());
            let toggled = call(&browser, "__bench.toggle(arguments[0])", json!([toggles])).await;
            facets.extend(toggled.as_array().cloned().unwrap_or_default());
        }
        let errors = call(&browser, "__bench.errors", json!([])).await;
        if errors.as_array().is_some_and(|e| !e.is_empty()) {
            return Err(format!("{url}: errors in the page: {errors}"));
        }
        memory = call(&browser, "__bench.memory()", json!([])).await;
        browser.close().await;
    }
    let first_load = first_load(&resources, root, base, first.last().copied().unwrap_or(0.0))?;
    Ok(json!({
        "url": url,
        "first_results_ms": median(&mut first),
        "first_results_all": first,
        "texts_complete_ms": (!complete.is_empty()).then(|| median(&mut complete)),
        "first_load": first_load,
        "memory": memory,
        "typing": typing,
        "facets": facets,
    }))
}

/// Timeouts for measuring: a pass over the ×10 corpus runs for minutes in
/// the slower page, and WebDriver's default script timeout is 30 s.
pub async fn long_timeouts(browser: &Browser) -> Result<(), String> {
    browser
        .client()
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(std::time::Duration::from_secs(1800)),
            Some(std::time::Duration::from_secs(600)),
            Some(std::time::Duration::ZERO),
        ))
        .await
        .map_err(|e| format!("cannot set WebDriver timeouts: {e}"))
}

/// The facet clicks every run makes: the first value of each facet on, in
/// panel order, then off again in reverse, read from the page as loaded.
pub async fn facet_toggles(browser: &Browser) -> Vec<(String, String)> {
    let on: Vec<Value> = browser
        .js(
            "return [...document.querySelectorAll('fieldset.facet')].map(f =>
               [f.dataset.facet, f.querySelector('input[data-value]')?.dataset.value])
               .filter(p => p[1] !== undefined);",
            vec![],
        )
        .await
        .as_array()
        .cloned()
        .unwrap_or_default();
    on.iter()
        .chain(on.iter().rev())
        .map(|pair| {
            (
                pair[0].as_str().unwrap_or_default().to_string(),
                pair[1].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The script the benchmark injects into every page it measures.
pub const MEASURE_JS: &str = include_str!("../../bench/measure.js");

/// Runs `expression` (a promise or a value) in the page and returns its value.
pub async fn call(browser: &Browser, expression: &str, args: Value) -> Value {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => {expression}).then(done, e => done({{ error: String(e) }}));"
    );
    let args = args.as_array().cloned().unwrap_or_default();
    let value = browser
        .client()
        .execute_async(&script, args)
        .await
        .unwrap_or_else(|e| panic!("{expression}: {e}"));
    if let Some(error) = value.get("error") {
        panic!("{expression}: {error}");
    }
    value
}

/// Every file fetched until every text was in, with its size, gzip -9 size
/// (what a static host with compression sends) and whether it had arrived
/// when the first results were painted.
fn first_load(resources: &Value, root: &Path, base: &str, painted: f64) -> Result<Value, String> {
    let mut files = Vec::new();
    for entry in resources.as_array().into_iter().flatten() {
        let url = entry["url"].as_str().unwrap_or_default();
        let end = entry["end"].as_f64().unwrap_or(0.0);
        let Some(relative) = url.strip_prefix(base) else {
            continue;
        };
        let relative = relative.split(['?', '#']).next().unwrap_or("");
        let mut path = root.join(relative);
        if relative.is_empty() || relative.ends_with('/') {
            path = path.join("index.html");
        }
        // Chromium asks for /favicon.ico on its own; a 404 carries no payload.
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        files.push(json!({
            "file": relative.rsplit('/').next().filter(|s| !s.is_empty()).unwrap_or("index.html"),
            "bytes": bytes.len(),
            "gzip": gzip_len(&bytes)?,
            "before_results": end <= painted,
        }));
    }
    Ok(Value::Array(files))
}

pub fn gzip_len(bytes: &[u8]) -> Result<usize, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("gzip")
        .arg("-9c")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("gzip: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("gzip: no stdin")?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = writer.join();
    Ok(out.stdout.len())
}

pub fn median(values: &mut [f64]) -> f64 {
    percentile(values, 0.5)
}

/// Nearest-rank percentile; 0 for no values.
pub fn percentile(values: &mut [f64], p: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let rank = ((p * values.len() as f64).ceil() as usize).clamp(1, values.len());
    values[rank - 1]
}
