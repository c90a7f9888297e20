//! The benchmark's tables (Markdown, as in BENCHMARKS.md) and its chart (SVG)
//! from the measured results.

use super::percentile;
use serde_json::Value;
use std::fmt::Write;

fn ms_of(steps: &Value) -> Vec<f64> {
    steps
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["ms"].as_f64())
        .collect()
}

fn p(steps: &Value, q: f64) -> f64 {
    percentile(&mut ms_of(steps), q)
}

fn gzip_total(app: &Value, before_results_only: bool) -> u64 {
    app["first_load"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| !before_results_only || f["before_results"].as_bool() == Some(true))
        .filter_map(|f| f["gzip"].as_u64())
        .sum()
}

/// Steps whose heading changed after the clock stopped (should be none).
fn stale(steps: &Value) -> usize {
    steps
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s.get("settled").is_some_and(|later| later != &s["heading"]))
        .count()
}

/// Facet steps where both apps showed the same count (same items, same filters).
fn agreeing(ours: &Value, peer: &Value) -> (usize, usize) {
    let (a, b) = (ours.as_array(), peer.as_array());
    let pairs: Vec<(&Value, &Value)> = a
        .into_iter()
        .flatten()
        .zip(b.into_iter().flatten())
        // Values outside the top 12 of a filtered panel cannot be clicked in either app.
        .filter(|(x, y)| x.get("ms").is_some() || y.get("ms").is_some())
        .collect();
    let same = pairs
        .iter()
        .filter(|(x, y)| x["heading"] == y["heading"])
        .count();
    (same, pairs.len())
}

/// What makes the figures meaningless: a step timed before its DOM was final,
/// or the two apps showing different counts for the same filters.
pub fn problems(results: &[Value]) -> Vec<String> {
    let mut out = Vec::new();
    for r in results {
        let name = r["name"].as_str().unwrap_or("");
        let (ours, peer) = (&r["apps"]["claimscope"], &r["apps"]["minisearch"]);
        let late = stale(&ours["typing"])
            + stale(&ours["facets"])
            + stale(&peer["typing"])
            + stale(&peer["facets"]);
        if late > 0 {
            out.push(format!(
                "{name}: {late} steps were timed before their DOM was final"
            ));
        }
        let (same, all) = agreeing(&ours["facets"], &peer["facets"]);
        if same != all {
            out.push(format!(
                "{name}: facet counts differ from the peer's in {} of {all} steps",
                all - same
            ));
        }
    }
    out
}

pub fn markdown(results: &[Value]) -> String {
    let mut out = String::new();
    let kb = |b: u64| format!("{:.1}", b as f64 / 1024.0);
    let _ = writeln!(
        out,
        "| corpus | articles | quotes + claims | extraction MB/s | index build ms |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|");
    for r in results {
        let _ = writeln!(
            out,
            "| {}{} | {} | {} | {:.1} | {:.0} |",
            r["name"].as_str().unwrap_or(""),
            if r["synthetic"].as_bool() == Some(true) {
                " (synthetic)"
            } else {
                ""
            },
            r["articles"],
            r["quotes"].as_u64().unwrap_or(0) + r["claims"].as_u64().unwrap_or(0),
            r["extract_mb_s"].as_f64().unwrap_or(0.0),
            r["index_ms"].as_f64().unwrap_or(0.0),
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "| corpus | app | first load KB gzip (files) | all files KB gzip | first results ms | all texts in ms | keystroke p50 / p95 ms | facet p50 / p95 ms | JS heap MB | WASM memory MB |");
    let _ = writeln!(out, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for r in results {
        for which in ["claimscope", "minisearch"] {
            let app = &r["apps"][which];
            let files = app["first_load"]
                .as_array()
                .map(|f| {
                    f.iter()
                        .filter(|f| f["before_results"].as_bool() == Some(true))
                        .count()
                })
                .unwrap_or(0);
            let mb = |v: &Value| {
                v.as_f64()
                    .map(|b| format!("{:.1}", b / 1048576.0))
                    .unwrap_or("–".into())
            };
            let _ = writeln!(
                out,
                "| {} | {which} | {} ({files}) | {} | {:.0} | {} | {:.1} / {:.1} | {:.1} / {:.1} | {} | {} |",
                r["name"].as_str().unwrap_or(""),
                kb(gzip_total(app, true)),
                kb(gzip_total(app, false)),
                app["first_results_ms"].as_f64().unwrap_or(0.0),
                app["texts_complete_ms"]
                    .as_f64()
                    .map_or("–".to_string(), |ms| format!("{ms:.0}")),
                p(&app["typing"], 0.5),
                p(&app["typing"], 0.95),
                p(&app["facets"], 0.5),
                p(&app["facets"], 0.95),
                mb(&app["memory"]["js"]),
                mb(&app["memory"]["wasm"]),
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "| corpus | keystroke p95 ratio (claimscope / MiniSearch) | facet p95 ratio | first-load payload ratio | facet counts agreeing | stale steps |");
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
    for r in results {
        let (ours, peer) = (&r["apps"]["claimscope"], &r["apps"]["minisearch"]);
        let ratio = |a: f64, b: f64| {
            if b > 0.0 {
                format!("{:.2}", a / b)
            } else {
                "–".into()
            }
        };
        let (same, all) = agreeing(&ours["facets"], &peer["facets"]);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {same} / {all} | {} |",
            r["name"].as_str().unwrap_or(""),
            ratio(p(&ours["typing"], 0.95), p(&peer["typing"], 0.95)),
            ratio(p(&ours["facets"], 0.95), p(&peer["facets"], 0.95)),
            ratio(gzip_total(ours, true) as f64, gzip_total(peer, true) as f64),
            stale(&ours["typing"])
                + stale(&ours["facets"])
                + stale(&peer["typing"])
                + stale(&peer["facets"]),
        );
    }
    out
}

/// Two panels against corpus size (quotes + claims, log scale): keystroke p95
/// and first-load gzip, claimscope and MiniSearch.
pub fn svg(results: &[Value]) -> String {
    let size = |r: &Value| {
        (r["quotes"].as_u64().unwrap_or(0) + r["claims"].as_u64().unwrap_or(0)).max(1) as f64
    };
    let series = |f: &dyn Fn(&Value) -> f64| -> Vec<(f64, f64)> {
        results.iter().map(|r| (size(r), f(r))).collect()
    };
    let latency = |which: &'static str| series(&move |r| p(&r["apps"][which]["typing"], 0.95));
    let payload =
        |which: &'static str| series(&move |r| gzip_total(&r["apps"][which], true) as f64 / 1024.0);
    let mut out = String::from(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"300\" viewBox=\"0 0 760 300\" font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"760\" height=\"300\" fill=\"white\"/>\n",
    );
    panel(
        &mut out,
        50.0,
        "keystroke p95 (ms)",
        &[
            ("claimscope", "#1f6feb", latency("claimscope")),
            ("MiniSearch", "#d1481f", latency("minisearch")),
        ],
    );
    panel(
        &mut out,
        430.0,
        "first load (KB gzip)",
        &[
            ("claimscope", "#1f6feb", payload("claimscope")),
            ("MiniSearch", "#d1481f", payload("minisearch")),
        ],
    );
    out.push_str("</svg>\n");
    out
}

type Series<'a> = (&'a str, &'a str, Vec<(f64, f64)>);

fn panel(out: &mut String, left: f64, title: &str, series: &[Series]) {
    let (top, width, height) = (30.0, 290.0, 210.0);
    let xs: Vec<f64> = series
        .iter()
        .flat_map(|s| s.2.iter().map(|p| p.0.log10()))
        .collect();
    let ys: Vec<f64> = series
        .iter()
        .flat_map(|s| s.2.iter().map(|p| p.1))
        .collect();
    let (x0, x1) = (
        xs.iter().cloned().fold(f64::MAX, f64::min),
        xs.iter().cloned().fold(f64::MIN, f64::max),
    );
    let y1 = ys.iter().cloned().fold(0.0, f64::max).max(1e-9) * 1.1;
    let x = |v: f64| {
        left + if x1 > x0 {
            (v.log10() - x0) / (x1 - x0) * width
        } else {
            width / 2.0
        }
    };
    let y = |v: f64| top + height - v / y1 * height;
    let _ = writeln!(
        out,
        "<text x=\"{left}\" y=\"18\" font-weight=\"bold\">{title}</text>"
    );
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#888\"/>",
        top + height,
        left + width,
        top + height
    );
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{}\" stroke=\"#888\"/>",
        top + height
    );
    for t in 0..=4 {
        let v = y1 / 4.0 * t as f64;
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{:.0}</text>",
            left - 4.0,
            y(v) + 4.0,
            v
        );
    }
    for (i, (name, colour, points)) in series.iter().enumerate() {
        let path: Vec<String> = points
            .iter()
            .map(|&(a, b)| format!("{:.1},{:.1}", x(a), y(b)))
            .collect();
        let _ = writeln!(
            out,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{}\"/>",
            path.join(" ")
        );
        for &(a, b) in points {
            let _ = writeln!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{colour}\"/>",
                x(a),
                y(b)
            );
        }
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" fill=\"{colour}\">{name}</text>",
            left + 10.0,
            top + 12.0 + 14.0 * i as f64
        );
    }
    if let Some((_, _, points)) = series.first() {
        for &(a, _) in points {
            let _ = writeln!(
                out,
                "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x(a),
                top + height + 14.0,
                a as u64
            );
        }
    }
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">quotes + claims (log scale)</text>",
        left + width / 2.0,
        top + height + 30.0
    );
}
