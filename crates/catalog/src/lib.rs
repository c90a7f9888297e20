//! The catalog: every article's extraction merged into one [`Catalog`] of the
//! export contract, with one source per referent across articles (Zelensky =
//! Zelenskyy = Volodymyr Zelenskyy) and ids derived from content.
//!
//! It owns cross-article alias merging, id assignment and the optional
//! `articles.toml` metadata. It must not know how text is read (extraction does
//! that) or shown (the app).

mod merge;
pub mod meta;

use claimscope_corpus::id::item_id;
use claimscope_corpus::{Article, Corpus};
use claimscope_extract::Extraction;
use claimscope_model::*;
pub use meta::{parse_meta, ArticleMeta, MetaError};
use std::collections::BTreeMap;

/// A corpus with each article's extraction and the catalog built from them.
pub struct Built {
    pub catalog: Catalog,
    /// Paragraph roles per article, in corpus order (for the reader).
    pub roles: Vec<Vec<ParagraphRole>>,
}

/// Extracts every article and merges the results.
pub fn build(corpus: &Corpus, meta: &BTreeMap<String, ArticleMeta>) -> Built {
    let extractions: Vec<Extraction> = corpus
        .articles
        .iter()
        .map(|a| claimscope_extract::extract(&a.text))
        .collect();
    build_from(corpus, &extractions, meta)
}

pub fn build_from(
    corpus: &Corpus,
    extractions: &[Extraction],
    meta: &BTreeMap<String, ArticleMeta>,
) -> Built {
    let merged = merge::merge(corpus, extractions);
    let mut catalog = Catalog::default();
    for (a, (article, x)) in corpus.articles.iter().zip(extractions).enumerate() {
        let m = meta.get(&article.file).cloned().unwrap_or_default();
        catalog.articles.push(ArticleRecord {
            id: article.id.clone(),
            file: article.file.clone(),
            title: m.title.clone().unwrap_or_else(|| title_of(article, x)),
            outlet: m.outlet.clone().or_else(|| x.outlet.clone()),
            author: m.author.clone().or_else(|| x.author.clone()),
            date: m.date.clone(),
            url: m.url.clone(),
            words: article.words,
            warnings: article
                .warnings
                .iter()
                .map(ToString::to_string)
                .chain(x.warnings.iter().cloned())
                .collect(),
        });
        let id_of = |actor: Option<u32>| {
            actor.and_then(|i| merged.actor_ids[a].get(i as usize).cloned().flatten())
        };
        let mut seen = std::collections::HashMap::new();
        for q in &x.quotes {
            let text = article.text[q.inner.range()].to_string();
            let id = item_id(&article.id, "q", &text, &mut seen);
            catalog.quotes.push(QuoteRecord {
                id,
                article: article.id.clone(),
                text,
                kind: q.kind,
                speaker: id_of(q.speaker),
                cue: q.cue.clone(),
                channel: id_of(q.channel),
                start: q.inner.start,
                end: q.inner.end,
            });
        }
        for c in &x.claims {
            let text = article.text[c.span.range()].to_string();
            let id = item_id(&article.id, "c", &text, &mut seen);
            let mut entities: Vec<String> = c
                .entities
                .iter()
                .filter_map(|&e| merged.entity_ids[a].get(e as usize).cloned().flatten())
                .collect();
            entities.dedup();
            catalog.claims.push(ClaimRecord {
                id,
                article: article.id.clone(),
                text,
                kind: c.kind,
                certainty: c.certainty,
                source: id_of(c.source),
                start: c.span.start,
                end: c.span.end,
                numbers: c
                    .numbers
                    .iter()
                    .map(|n| NumberRecord {
                        text: n.text.clone(),
                        value: n.value,
                        unit: n.unit.clone(),
                    })
                    .collect(),
                dates: c.dates.clone(),
                entities,
            });
        }
    }
    catalog.sources = merged.sources;
    catalog.entities = merged.entities;
    let roles = extractions.iter().map(|x| x.roles.clone()).collect();
    Built { catalog, roles }
}

/// The headline when the article has one, else the corpus title (its first line).
fn title_of(article: &Article, x: &Extraction) -> String {
    match x.headline {
        Some(h) => article.text[h.range()]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        None => article.title.clone(),
    }
}

/// One line for the build log: how many files were read, loaded, warned about
/// (by the loader or by extraction) and skipped. A build that gets this far
/// rejected none: a rejected file stops it with its own message.
pub fn summary(report: &claimscope_corpus::LoadReport, built: &Built) -> String {
    let loaded = built.catalog.articles.len();
    let warned = built
        .catalog
        .articles
        .iter()
        .filter(|a| !a.warnings.is_empty())
        .count();
    format!(
        "claimscope corpus: read {} file(s), loaded {loaded} article(s), {warned} with warnings, skipped {} non-.txt file(s), rejected 0",
        loaded + report.skipped.len(),
        report.skipped.len()
    )
}

/// Loads a corpus folder (with its optional `articles.toml`) and builds its catalog.
pub fn build_dir(dir: &std::path::Path) -> Result<(claimscope_corpus::LoadReport, Built), String> {
    let report = claimscope_corpus::load_dir(dir).map_err(|e| e.to_string())?;
    let meta_path = dir.join("articles.toml");
    let meta = match std::fs::read_to_string(&meta_path) {
        Ok(text) => {
            parse_meta(&meta_path.display().to_string(), &text).map_err(|e| e.to_string())?
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
        Err(e) => return Err(format!("{}: {e}", meta_path.display())),
    };
    for file in meta.keys() {
        if !report.corpus.articles.iter().any(|a| &a.file == file) {
            return Err(format!(
                "{}: names `{file}`, which is not an article of {}",
                meta_path.display(),
                dir.display()
            ));
        }
    }
    let built = build(&report.corpus, &meta);
    Ok((report, built))
}
