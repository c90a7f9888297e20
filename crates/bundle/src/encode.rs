//! A whole bundle into its embedded metadata and its text files.

use crate::stored::*;
use crate::texts::{self, ArticleText, ClaimDetails, TextFile, TextRun};
use crate::{Bundle, EncodeError, Encoded, FORMAT_VERSION};
use claimscope_corpus::id::{article_id, item_id};
use claimscope_corpus::Corpus;
use std::collections::HashMap;

/// Positions by id, for turning references into numbers.
fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, u32> {
    ids.enumerate().map(|(i, id)| (id, i as u32)).collect()
}

/// Bit `i % 8` of byte `i / 8` set when `has(i)`.
fn bits(n: usize, has: impl Fn(usize) -> bool) -> Vec<u8> {
    let mut out = vec![0u8; n.div_ceil(8)];
    for i in (0..n).filter(|&i| has(i)) {
        out[i / 8] |= 1 << (i % 8);
    }
    out
}

/// Encoding item `i` of one list: the text to store (empty when it is its
/// span), noting in `underived` what cannot be computed again. `seen`
/// numbers repeated texts exactly as the catalog did.
#[allow(clippy::too_many_arguments)]
fn strip(
    underived: &mut Underived,
    corpus: &Corpus,
    i: usize,
    (prefix, article, article_id): (&str, u32, &str),
    (start, end): (u32, u32),
    text: &str,
    id: &str,
    seen: &mut HashMap<String, u32>,
) -> String {
    if item_id(article_id, prefix, text, seen) != id {
        underived.ids.push((i as u32, id.to_string()));
    }
    let span = corpus
        .articles
        .get(article as usize)
        .and_then(|a| a.text.get(start as usize..end as usize));
    if span == Some(text) {
        String::new()
    } else {
        underived.texts.push(i as u32);
        text.to_string()
    }
}

/// The metadata and the text files of a bundle whose texts are all here.
pub fn encode(bundle: &Bundle) -> Result<Encoded, EncodeError> {
    if !bundle.is_complete() {
        return Err(EncodeError(
            "some article texts are missing; only a whole bundle is encoded".into(),
        ));
    }
    let catalog = &bundle.catalog;
    let corpus = &bundle.corpus;
    if catalog.articles.len() != corpus.articles.len() {
        return Err(EncodeError(format!(
            "the catalog has {} articles and the corpus {}",
            catalog.articles.len(),
            corpus.articles.len()
        )));
    }
    let articles = positions(corpus.articles.iter().map(|a| a.id.as_str()));
    let sources = positions(catalog.sources.iter().map(|s| s.id.as_str()));
    let entities = positions(catalog.entities.iter().map(|e| e.id.as_str()));
    let find = |table: &HashMap<&str, u32>, what: &str, id: &str, owner: &str| {
        table.get(id).copied().ok_or_else(|| {
            EncodeError(format!(
                "{owner} refers to {what} `{id}`, which is not in the catalog"
            ))
        })
    };
    let find_opt = |table: &HashMap<&str, u32>, what: &str, id: &Option<String>, owner: &str| {
        id.as_deref()
            .map(|id| find(table, what, id, owner))
            .transpose()
    };
    let mut by_article: Vec<ArticleText> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(a, article)| ArticleText {
            text: &article.text,
            paragraphs: article.paragraphs.clone(),
            roles: bundle.roles.get(a).cloned().unwrap_or_default(),
            ..ArticleText::default()
        })
        .collect();

    let source_articles = catalog
        .sources
        .iter()
        .map(|s| {
            s.articles
                .iter()
                .map(|a| find(&articles, "article", a, &s.id))
                .collect::<Result<Vec<_>, _>>()
        })
        .collect::<Result<Vec<_>, _>>()?;
    let own_sources = sources_by_article(corpus.articles.len(), &source_articles);
    let local_source = |article: u32, id: &Option<String>, owner: &str| {
        find_opt(&sources, "source", id, owner)
            .map(|s| s.map(|s| to_local(&own_sources[article as usize], s)))
    };
    let entity_of_source: Vec<Option<u32>> = catalog
        .sources
        .iter()
        .map(|s| entities.get(s.id.as_str()).copied())
        .collect();
    // Each article's entities beyond its sources': those its claims name.
    let mut extra_entities: Vec<Vec<u32>> = vec![Vec::new(); corpus.articles.len()];
    for c in &catalog.claims {
        let article = find(&articles, "article", &c.article, &c.id)? as usize;
        for e in &c.entities {
            let e = find(&entities, "entity", e, &c.id)?;
            let through_sources = own_sources[article]
                .iter()
                .any(|&s| entity_of_source[s as usize] == Some(e));
            if !through_sources {
                extra_entities[article].push(e);
            }
        }
    }
    for extra in &mut extra_entities {
        extra.sort_unstable();
        extra.dedup();
    }
    let own_entities: Vec<Vec<u32>> = (0..corpus.articles.len())
        .map(|a| entity_table(&own_sources[a], &entity_of_source, &extra_entities[a]))
        .collect();

    let mut cues: Vec<String> = Vec::new();
    let mut cue_numbers: HashMap<&str, u32> = HashMap::new();
    let mut seen = HashMap::new();
    let (mut quote_exceptions, mut claim_exceptions) = (Underived::default(), Underived::default());
    let mut quotes = Vec::with_capacity(catalog.quotes.len());
    let mut quote_articles = Vec::with_capacity(catalog.quotes.len());
    for (i, q) in catalog.quotes.iter().enumerate() {
        let article = find(&articles, "article", &q.article, &q.id)?;
        by_article[article as usize].quotes.push((q.start, q.end));
        let item = ("q", article, q.article.as_str());
        let text = strip(
            &mut quote_exceptions,
            corpus,
            i,
            item,
            (q.start, q.end),
            &q.text,
            &q.id,
            &mut seen,
        );
        let cue = q.cue.as_deref().map(|cue| {
            *cue_numbers.entry(cue).or_insert_with(|| {
                cues.push(cue.to_string());
                cues.len() as u32 - 1
            })
        });
        quote_articles.push(article);
        quotes.push(StoredQuote {
            article,
            text,
            kind: q.kind,
            speaker: local_source(article, &q.speaker, &q.id)?,
            cue,
            channel: local_source(article, &q.channel, &q.id)?,
        });
    }
    let mut claims = Vec::with_capacity(catalog.claims.len());
    let mut claim_articles = Vec::with_capacity(catalog.claims.len());
    for (i, c) in catalog.claims.iter().enumerate() {
        let article = find(&articles, "article", &c.article, &c.id)?;
        let own = &mut by_article[article as usize];
        own.claims.push((c.start, c.end));
        if !c.numbers.is_empty() || !c.dates.is_empty() {
            own.details.push(ClaimDetails {
                claim: i as u32,
                numbers: c.numbers.clone(),
                dates: c.dates.clone(),
            });
        }
        let item = ("c", article, c.article.as_str());
        let text = strip(
            &mut claim_exceptions,
            corpus,
            i,
            item,
            (c.start, c.end),
            &c.text,
            &c.id,
            &mut seen,
        );
        let own = &own_entities[article as usize];
        let entity_references = c
            .entities
            .iter()
            .map(|e| find(&entities, "entity", e, &c.id).map(|e| to_local(own, e)))
            .collect::<Result<Vec<_>, _>>()?;
        claim_articles.push(article);
        claims.push(StoredClaim {
            article,
            text,
            kind: c.kind,
            certainty: c.certainty,
            source: local_source(article, &c.source, &c.id)?,
            entities: entity_references,
        });
    }
    // The first shard, embedded, holds the texts the first page of quotes
    // and of claims shows, in catalog order, and no more.
    let first_page = |articles: &[u32]| {
        articles
            .iter()
            .take(crate::FIRST_PAGE_ITEMS)
            .max()
            .map_or(0, |&a| a as usize + 1)
    };
    // (A corpus whose texts make one shard goes out whole: the seeds need no
    // text file at all.)
    let total: usize = by_article.iter().map(|a| a.text.len()).sum();
    let first_shard = if total <= texts::SHARD_BYTES {
        by_article.len()
    } else {
        first_page(&quote_articles).max(first_page(&claim_articles))
    };
    // Quotes and claims come in article order: each article is a small step.
    for (q, step) in quotes.iter_mut().zip(steps(quote_articles)) {
        q.article = step;
    }
    for (c, step) in claims.iter_mut().zip(steps(claim_articles)) {
        c.article = step;
    }

    let mut stored_sources = Vec::with_capacity(catalog.sources.len());
    for (s, positions) in catalog.sources.iter().zip(source_articles) {
        stored_sources.push(StoredSource {
            id: IdFrom::of(&s.id, &s.name),
            name: s.name.clone(),
            aliases: s.aliases.clone(),
            kind: s.kind,
            role: s.role.clone(),
            cited: s.cited,
            articles: steps(positions),
        });
    }
    let mut last_source = 0u32;
    let stored_entities = catalog
        .entities
        .iter()
        .map(|e| {
            let same = sources.get(e.id.as_str()).copied().filter(|&s| {
                let source = &catalog.sources[s as usize];
                source.name == e.name && source.aliases == e.aliases
            });
            let name = match same {
                Some(s) => {
                    let step = s.wrapping_sub(last_source);
                    last_source = s;
                    EntityName::Source(step)
                }
                None => EntityName::Given {
                    name: e.name.clone(),
                    aliases: e.aliases.clone(),
                },
            };
            StoredEntity {
                id: IdFrom::of(&e.id, &e.name),
                name,
                kind: e.kind,
            }
        })
        .collect();

    let stored_articles = corpus
        .articles
        .iter()
        .zip(&catalog.articles)
        .zip(extra_entities)
        .map(|((a, r), entities)| StoredArticle {
            file: a.file.clone(),
            id: unless_rule(a.id.clone(), article_id(&a.file)),
            title: r.title.clone(),
            corpus_title: unless_rule(a.title.clone(), r.title.clone()),
            outlet: r.outlet.clone(),
            author: r.author.clone(),
            date: r.date.clone(),
            url: r.url.clone(),
            words: a.words,
            warnings: a.warnings.clone(),
            catalog_warnings: unless_rule(
                r.warnings.clone(),
                a.warnings.iter().map(ToString::to_string).collect(),
            ),
            entities: steps(entities),
        })
        .collect();
    // A catalog record that is not its corpus article's (another id or word
    // count) would be lost by sharing one record: refuse it.
    if let Some((a, r)) = corpus
        .articles
        .iter()
        .zip(&catalog.articles)
        .find(|(a, r)| a.id != r.id || a.file != r.file || a.words != r.words)
    {
        return Err(EncodeError(format!(
            "the catalog's article `{}` is not the corpus's `{}` in the same place",
            r.id, a.id
        )));
    }

    let (shards, mut files): (Vec<TextRun>, Vec<TextFile>) =
        texts::shards(&by_article, first_shard).into_iter().unzip();
    let first_texts = shards
        .first()
        .map(|s| texts::StoredTexts::of(0, &by_article[..s.count as usize]))
        .unwrap_or_default();
    let (all_texts, all_file) = texts::text_file(0, &by_article);
    if !files.iter().any(|f| f.name == all_file.name) {
        files.push(all_file);
    }
    let stored = Stored {
        articles: stored_articles,
        sources: stored_sources,
        entities: stored_entities,
        quote_numbers: bits(quotes.len(), |q| bundle.quote_has_number(q)),
        claim_numbers: bits(claims.len(), |c| bundle.claim_has_number(c)),
        quotes,
        claims,
        cues,
        quote_exceptions,
        claim_exceptions,
        shards,
        all_texts,
        first_texts,
    };
    let mut meta = vec![FORMAT_VERSION];
    // Serializing plain owned data into a Vec cannot fail.
    meta.extend(postcard::to_allocvec(&stored).expect("postcard encodes the bundle"));
    Ok(Encoded { meta, texts: files })
}
