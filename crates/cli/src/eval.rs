//! `claimscope eval ANNOTATIONS [--verbose] [--check]`: extraction quality against
//! hand annotations.
//!
//! ANNOTATIONS is a folder of `.toml` files (subfolders name the sets, e.g.
//! `seeds/`, `unseen/`), one per article:
//!
//! ```toml
//! file = "../../seeds/000_4172e767977550c4.txt"  # relative to this file
//! [[quotes]]
//! text = "That’s a lie"          # a unique part of the quote's text
//! kind = "direct"                # direct | partial | scare
//! speaker = "Alexander Lukashenko"
//! [[sources]]
//! name = "Alexander Lukashenko"
//! type = "person"
//! cited = true
//! [[claims]]
//! text = "65,000 troops"         # a unique part of the claim's sentence
//! type = "statistic"
//! certainty = "asserted"
//! ```

use claimscope_extract::names::{fold, party_name};
use claimscope_model::{Catalog, SourceRecord};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Annotation {
    file: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    quotes: Vec<GoldQuote>,
    #[serde(default)]
    sources: Vec<GoldSource>,
    #[serde(default)]
    claims: Vec<GoldClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldQuote {
    text: String,
    kind: String,
    speaker: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldSource {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    cited: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldClaim {
    text: String,
    #[serde(rename = "type")]
    kind: String,
    certainty: String,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    direct_predicted: usize,
    direct_correct: usize,
    direct_gold: usize,
    direct_found: usize,
    speaker_total: usize,
    speaker_correct: usize,
    unattributed: usize,
    kind_total: usize,
    kind_correct: usize,
    cited_gold: usize,
    cited_found: usize,
    type_total: usize,
    type_correct: usize,
    claims_gold: usize,
    claims_found: usize,
    claim_type_correct: usize,
    certainty_correct: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        let fields = [
            (&mut self.direct_predicted, o.direct_predicted),
            (&mut self.direct_correct, o.direct_correct),
            (&mut self.direct_gold, o.direct_gold),
            (&mut self.direct_found, o.direct_found),
            (&mut self.speaker_total, o.speaker_total),
            (&mut self.speaker_correct, o.speaker_correct),
            (&mut self.unattributed, o.unattributed),
            (&mut self.kind_total, o.kind_total),
            (&mut self.kind_correct, o.kind_correct),
            (&mut self.cited_gold, o.cited_gold),
            (&mut self.cited_found, o.cited_found),
            (&mut self.type_total, o.type_total),
            (&mut self.type_correct, o.type_correct),
            (&mut self.claims_gold, o.claims_gold),
            (&mut self.claims_found, o.claims_found),
            (&mut self.claim_type_correct, o.claim_type_correct),
            (&mut self.certainty_correct, o.certainty_correct),
        ];
        for (mine, theirs) in fields {
            *mine += theirs;
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        f64::NAN
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug)]
pub struct Scores {
    pub direct_precision: f64,
    pub direct_recall: f64,
    pub direct_f1: f64,
    pub speaker_accuracy: f64,
    pub unattributed_share: f64,
    pub quote_kind_accuracy: f64,
    pub cited_source_recall: f64,
    pub source_type_accuracy: f64,
    pub claim_recall: f64,
    pub claim_type_accuracy: f64,
    pub certainty_accuracy: f64,
}

impl From<&Tally> for Scores {
    fn from(t: &Tally) -> Scores {
        let p = ratio(t.direct_correct, t.direct_predicted);
        let r = ratio(t.direct_found, t.direct_gold);
        Scores {
            direct_precision: p,
            direct_recall: r,
            direct_f1: 2.0 * p * r / (p + r),
            speaker_accuracy: ratio(t.speaker_correct, t.speaker_total),
            unattributed_share: ratio(t.unattributed, t.direct_predicted),
            quote_kind_accuracy: ratio(t.kind_correct, t.kind_total),
            cited_source_recall: ratio(t.cited_found, t.cited_gold),
            source_type_accuracy: ratio(t.type_correct, t.type_total),
            claim_recall: ratio(t.claims_found, t.claims_gold),
            claim_type_accuracy: ratio(t.claim_type_correct, t.claims_found),
            certainty_accuracy: ratio(t.certainty_correct, t.claims_found),
        }
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let verbose = args.iter().any(|a| a == "--verbose");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .ok_or("eval needs a folder of annotations")?;
    let results = evaluate(Path::new(dir), verbose)?;
    print_table(&results);
    Ok(())
}

/// Scores per set (subfolder) and for all sets together, in that order.
pub fn evaluate(dir: &Path, verbose: bool) -> Result<Vec<(String, usize, Scores)>, String> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    files.sort();
    if files.is_empty() {
        return Err(format!("{}: no .toml annotation files", dir.display()));
    }
    let mut sets: BTreeMap<String, (usize, Tally)> = BTreeMap::new();
    for path in &files {
        let set = path
            .parent()
            .and_then(|p| p.strip_prefix(dir).ok())
            .map(|p| p.display().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "all".into());
        // Articles outside the repository (../shared) may be absent on some
        // machines: say so and score the rest, never silently.
        let Some(tally) = score_file(path, verbose)? else {
            continue;
        };
        let entry = sets.entry(set).or_default();
        entry.0 += 1;
        entry.1.add(&tally);
    }
    let mut total = Tally::default();
    let mut count = 0;
    let mut out = Vec::new();
    for (set, (n, tally)) in &sets {
        total.add(tally);
        count += n;
        out.push((set.clone(), *n, Scores::from(tally)));
    }
    if sets.len() > 1 {
        out.push(("all".into(), count, Scores::from(&total)));
    }
    Ok(out)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
    Ok(())
}

fn score_file(path: &Path, verbose: bool) -> Result<Option<Tally>, String> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
    let gold: Annotation =
        toml::from_str(&text).map_err(|e| format!("{shown}: {}", e.message()))?;
    let _ = &gold.note;
    let article_path = path.parent().unwrap_or(Path::new(".")).join(&gold.file);
    if !article_path.exists() {
        eprintln!(
            "claimscope eval: skipped {shown}: its article {} is not on this machine",
            article_path.display()
        );
        return Ok(None);
    }
    let bytes = std::fs::read(&article_path)
        .map_err(|e| format!("{shown}: article {}: {e}", article_path.display()))?;
    let file = article_path
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    let article = claimscope_corpus::article_from_bytes(&file, bytes)
        .map_err(|e| format!("{}: {e:?}", article_path.display()))?;
    let corpus = claimscope_corpus::Corpus {
        articles: vec![article],
    };
    let catalog = claimscope_catalog::build(&corpus, &BTreeMap::new()).catalog;
    if verbose {
        println!("== {shown}");
    }
    Ok(Some(score(&gold, &catalog, verbose)))
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['’', '‘'], "'")
}

/// A quote's words without the closing comma or stop its marks may hold.
fn bare(s: &str) -> &str {
    s.trim().trim_end_matches([',', '.']).trim_end()
}

/// The predicted quote with the same words, else the one that holds the
/// annotated text, or else the longest one the annotated text holds: a short
/// partial repeated inside a longer direct quote ("a taxpayer subsidised
/// propaganda exercise") must not stand in for it.
/// Both sides are normalised with [`norm`].
fn matching_quote(gold: &str, predicted: &[String]) -> Option<usize> {
    // The same words first: "golden rule" set alone in quotes is not the
    // longer quote that also says "the golden rule".
    predicted
        .iter()
        .position(|p| !bare(p).is_empty() && bare(p) == bare(gold))
        .or_else(|| {
            predicted
                .iter()
                .position(|p| !p.trim().is_empty() && p.contains(gold))
        })
        .or_else(|| {
            (0..predicted.len())
                .filter(|&i| !predicted[i].trim().is_empty() && gold.contains(predicted[i].trim()))
                .max_by_key(|&i| (predicted[i].trim().len(), std::cmp::Reverse(i)))
        })
}

fn score(gold: &Annotation, catalog: &Catalog, verbose: bool) -> Tally {
    let mut t = Tally::default();
    let sources: BTreeMap<&str, &SourceRecord> =
        catalog.sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let texts: Vec<String> = catalog.quotes.iter().map(|q| norm(&q.text)).collect();
    let find_quote = |g: &str| matching_quote(&norm(g), &texts);
    let mut matched_predicted = vec![false; catalog.quotes.len()];
    for g in &gold.quotes {
        let found = find_quote(&g.text);
        if let Some(i) = found {
            matched_predicted[i] = true;
        }
        let predicted = found.map(|i| &catalog.quotes[i]);
        t.kind_total += 1;
        if predicted.is_some_and(|p| p.kind.name() == g.kind) {
            t.kind_correct += 1;
        } else if verbose {
            println!(
                "  kind: “{}” gold {} got {:?}",
                g.text,
                g.kind,
                predicted.map(|p| p.kind.name())
            );
        }
        if g.kind == "direct" {
            t.direct_gold += 1;
            if predicted.is_some_and(|p| p.kind.name() == "direct") {
                t.direct_found += 1;
            }
            if let Some(p) = predicted {
                t.speaker_total += 1;
                let speaker = p.speaker.as_deref().and_then(|id| sources.get(id).copied());
                let right = match (&g.speaker, speaker) {
                    // "A | B": a joint speaker; either name counts.
                    (Some(gs), Some(ps)) => gs.split(" | ").any(|g| same_name(g, ps)),
                    (None, None) => true,
                    _ => false,
                };
                if right {
                    t.speaker_correct += 1;
                } else if verbose {
                    println!(
                        "  speaker: “{}” gold {:?} got {:?}",
                        g.text,
                        g.speaker,
                        speaker.map(|s| &s.name)
                    );
                }
            }
        }
    }
    for (i, q) in catalog.quotes.iter().enumerate() {
        if q.kind.name() != "direct" {
            continue;
        }
        t.direct_predicted += 1;
        if q.speaker.is_none() {
            t.unattributed += 1;
        }
        let is_gold_direct = gold.quotes.iter().any(|g| {
            g.kind == "direct" && {
                let (gn, pn) = (norm(&g.text), norm(&q.text));
                pn.contains(&gn) || gn.contains(pn.trim())
            }
        });
        if is_gold_direct {
            t.direct_correct += 1;
        } else if verbose {
            println!(
                "  false direct: “{}”{}",
                q.text,
                if matched_predicted[i] {
                    " (annotated as another kind)"
                } else {
                    " (not annotated)"
                }
            );
        }
    }
    for g in &gold.sources {
        // Any of the names the annotation allows (" | "); of several sources
        // so named, a cited one.
        let named = |s: &&SourceRecord| g.name.split(" | ").any(|name| same_name(name, s));
        let found = catalog
            .sources
            .iter()
            .filter(named)
            .find(|s| s.cited)
            .or_else(|| catalog.sources.iter().find(named));
        if g.cited {
            t.cited_gold += 1;
            if found.is_some_and(|s| s.cited) {
                t.cited_found += 1;
            } else if verbose {
                println!(
                    "  cited source missing: {} (found {:?})",
                    g.name,
                    found.map(|s| (&s.name, s.cited))
                );
            }
        }
        if let Some(s) = found {
            t.type_total += 1;
            if s.kind.name() == g.kind {
                t.type_correct += 1;
            } else if verbose {
                println!(
                    "  source type: {} gold {} got {}",
                    g.name,
                    g.kind,
                    s.kind.name()
                );
            }
        }
    }
    for g in &gold.claims {
        t.claims_gold += 1;
        let gn = norm(&g.text);
        let Some(c) = catalog.claims.iter().find(|c| norm(&c.text).contains(&gn)) else {
            if verbose {
                println!("  claim missing: {}", g.text);
            }
            continue;
        };
        t.claims_found += 1;
        if c.kind.name() == g.kind {
            t.claim_type_correct += 1;
        } else if verbose {
            println!(
                "  claim type: “{}” gold {} got {}",
                g.text,
                g.kind,
                c.kind.name()
            );
        }
        if c.certainty.name() == g.certainty {
            t.certainty_correct += 1;
        } else if verbose {
            println!(
                "  certainty: “{}” gold {} got {}",
                g.text,
                g.certainty,
                c.certainty.name()
            );
        }
    }
    t
}

/// A gold name names this source: same folded name or alias, or the same
/// surname for a person.
fn same_name(gold: &str, source: &SourceRecord) -> bool {
    let g = fold(gold);
    let names = std::iter::once(&source.name).chain(&source.aliases);
    for name in names {
        // "Conservatives" and "Conservative Party": one party, as the catalog
        // merges it.
        if party_name(gold).is_some() && party_name(gold) == party_name(name) {
            return true;
        }
        let n = fold(name);
        // Only a person may be named by surname or with a title ("Sir John Stevens");
        // a description such as "the two firms" may be shortened to its noun.
        let loose = source.kind == claimscope_model::SourceType::Person
            || source.kind == claimscope_model::SourceType::Unnamed;
        if n == g
            || (loose
                && !g.is_empty()
                && (n.ends_with(&format!(" {g}")) || g.ends_with(&format!(" {n}"))))
        {
            return true;
        }
    }
    false
}

fn print_table(results: &[(String, usize, Scores)]) {
    let fmt = |v: f64| {
        if v.is_nan() {
            "   –".to_string()
        } else {
            format!("{v:.3}")
        }
    };
    println!(
        "{:<28} {}",
        "metric",
        results
            .iter()
            .map(|(s, n, _)| format!("{:>14}", format!("{s} ({n})")))
            .collect::<String>()
    );
    let rows: [(&str, fn(&Scores) -> f64); 11] = [
        ("direct-quote precision", |s| s.direct_precision),
        ("direct-quote recall", |s| s.direct_recall),
        ("direct-quote F1", |s| s.direct_f1),
        ("speaker accuracy (direct)", |s| s.speaker_accuracy),
        ("unattributed direct share", |s| s.unattributed_share),
        ("quote kind accuracy", |s| s.quote_kind_accuracy),
        ("cited-source recall", |s| s.cited_source_recall),
        ("source-type accuracy", |s| s.source_type_accuracy),
        ("claim recall (annotated)", |s| s.claim_recall),
        ("claim type accuracy", |s| s.claim_type_accuracy),
        ("claim certainty accuracy", |s| s.certainty_accuracy),
    ];
    for (name, get) in rows {
        println!(
            "{:<28} {}",
            name,
            results
                .iter()
                .map(|(_, _, s)| format!("{:>14}", fmt(get(s))))
                .collect::<String>()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::matching_quote;

    #[test]
    fn a_quote_is_matched_to_the_one_holding_it_not_to_a_fragment_it_repeats() {
        let predicted = [
            "taxpayer subsidised propaganda exercise".to_string(),
            "Isn't the reason that the government is now involved in a taxpayer subsidised \
             propaganda exercise to try to sell the new EU?"
                .to_string(),
        ];
        let gold = "Isn't the reason that the government is now involved in a taxpayer \
                    subsidised propaganda exercise";
        assert_eq!(matching_quote(gold, &predicted), Some(1));
        assert_eq!(
            matching_quote("taxpayer subsidised propaganda exercise", &predicted),
            Some(0)
        );
        // A gold text longer than what was found still finds its best part.
        let gold = "taxpayer subsidised propaganda exercise on the EU";
        assert_eq!(matching_quote(gold, &predicted), Some(0));
        assert_eq!(matching_quote("nothing like it", &predicted), None);
    }

    #[test]
    fn a_term_set_alone_in_quotes_is_matched_to_itself_before_a_quote_repeating_it() {
        let predicted = [
            "His forecast that he will meet the golden rule is way too optimistic.".to_string(),
            "golden rule".to_string(),
        ];
        assert_eq!(matching_quote("golden rule", &predicted), Some(1));
        assert_eq!(matching_quote("golden rule,", &predicted), Some(1));
    }
}
