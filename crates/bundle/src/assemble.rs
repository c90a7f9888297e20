//! The metadata and the texts that have arrived, as a [`Bundle`].

use crate::stored::*;
use crate::texts::{ArrivedText, Texts};
use crate::{Bundle, DecodeError};
use claimscope_corpus::id::{article_id, item_id};
use claimscope_corpus::{Article, Corpus};
use claimscope_model::*;
use std::collections::{HashMap, HashSet};

/// Entry `i` of `list`, or why the data is malformed.
fn nth<'a, T>(list: &'a [T], i: u32, what: &str) -> Result<&'a T, DecodeError> {
    list.get(i as usize)
        .ok_or_else(|| DecodeError::Malformed(format!("no {what} {i}")))
}

/// One list's items (quotes or claims) on the way back: each one's span, handed
/// out from its article's text in catalog order, and its text and id again
/// ([`Underived`] says which are stored rather than derived).
struct ItemRestorer<'a> {
    /// Id prefix: `q` or `c`.
    prefix: &'static str,
    /// "quotes" or "claims", for messages.
    what: &'static str,
    spans_of: fn(&ArrivedText) -> &[(u32, u32)],
    texts: &'a Texts,
    /// Per article, how many of its spans have been handed out.
    next: Vec<usize>,
    stored_texts: HashSet<u32>,
    stored_ids: HashMap<u32, String>,
}

/// An item as restored: empty text and id, and no span, while its article's
/// text is not here.
struct Restored {
    text: String,
    id: String,
    span: Option<(u32, u32)>,
}

impl<'a> ItemRestorer<'a> {
    fn new(
        (prefix, what): (&'static str, &'static str),
        spans_of: fn(&ArrivedText) -> &[(u32, u32)],
        underived: &Underived,
        articles: usize,
        texts: &'a Texts,
    ) -> Self {
        ItemRestorer {
            prefix,
            what,
            spans_of,
            texts,
            next: vec![0; articles],
            stored_texts: underived.texts.iter().copied().collect(),
            stored_ids: underived.ids.iter().cloned().collect(),
        }
    }

    /// Item `i` of article `a` (`article`), whose stored text is `stored`.
    fn restore(
        &mut self,
        article: &Article,
        a: usize,
        i: usize,
        stored: &str,
        seen: &mut HashMap<String, u32>,
    ) -> Result<Restored, DecodeError> {
        let Some(arrived) = self.texts.arrived(a) else {
            return Ok(Restored {
                text: String::new(),
                id: String::new(),
                span: None,
            });
        };
        let n = &mut self.next[a];
        let (start, end) = (self.spans_of)(arrived).get(*n).copied().ok_or_else(|| {
            DecodeError::Malformed(format!(
                "the text of article {a} has fewer {} than the metadata",
                self.what
            ))
        })?;
        *n += 1;
        let text = if self.stored_texts.contains(&(i as u32)) {
            stored.to_string()
        } else {
            article
                .text
                .get(start as usize..end as usize)
                .ok_or_else(|| {
                    DecodeError::Malformed(format!(
                        "the span of {} {i} is not in its article",
                        self.prefix
                    ))
                })?
                .to_string()
        };
        let computed = item_id(&article.id, self.prefix, &text, seen);
        let id = self
            .stored_ids
            .get(&(i as u32))
            .cloned()
            .unwrap_or(computed);
        Ok(Restored {
            text,
            id,
            span: Some((start, end)),
        })
    }
}

pub(crate) fn assemble(stored: &Stored, texts: &Texts) -> Result<Bundle, DecodeError> {
    let n = stored.articles.len();
    let mut corpus = Corpus::default();
    let mut records = Vec::with_capacity(n);
    let mut roles = Vec::with_capacity(n);
    let mut loaded = vec![false; n];
    for (a, s) in stored.articles.iter().enumerate() {
        let arrived = texts.arrived(a);
        // The reader slices the text by paragraph: a span outside it, or off
        // a character boundary, is malformed data, not a panic later.
        if let Some(t) = arrived {
            if let Some(bad) = t
                .paragraphs
                .iter()
                .find(|p| t.text.get(p.range()).is_none())
            {
                return Err(DecodeError::Malformed(format!(
                    "paragraph {}..{} of {} is not in its text",
                    bad.start, bad.end, s.file
                )));
            }
        }
        loaded[a] = arrived.is_some();
        let id = s.id.clone().unwrap_or_else(|| article_id(&s.file));
        records.push(ArticleRecord {
            id: id.clone(),
            file: s.file.clone(),
            title: s.title.clone(),
            outlet: s.outlet.clone(),
            author: s.author.clone(),
            date: s.date.clone(),
            url: s.url.clone(),
            words: s.words,
            warnings: s
                .catalog_warnings
                .clone()
                .unwrap_or_else(|| s.warnings.iter().map(ToString::to_string).collect()),
        });
        corpus.articles.push(Article {
            id,
            file: s.file.clone(),
            text: arrived.map(|t| t.text.clone()).unwrap_or_default(),
            title: s.corpus_title.clone().unwrap_or_else(|| s.title.clone()),
            paragraphs: arrived.map(|t| t.paragraphs.clone()).unwrap_or_default(),
            words: s.words,
            warnings: s.warnings.clone(),
        });
        roles.push(arrived.map(|t| t.roles.clone()).unwrap_or_default());
    }
    let bits = |bytes: &[u8], n: usize| -> Vec<bool> {
        (0..n)
            .map(|i| bytes.get(i / 8).is_some_and(|b| b & (1 << (i % 8)) != 0))
            .collect()
    };
    let quote_numbers = bits(&stored.quote_numbers, stored.quotes.len());
    let claim_numbers = bits(&stored.claim_numbers, stored.claims.len());

    let sources: Vec<SourceRecord> = stored
        .sources
        .iter()
        .map(|s| {
            Ok(SourceRecord {
                articles: unsteps(&s.articles)
                    .into_iter()
                    .map(|a| nth(&corpus.articles, a, "article").map(|a| a.id.clone()))
                    .collect::<Result<_, _>>()?,
                id: s.id.clone().id(&s.name),
                name: s.name.clone(),
                aliases: s.aliases.clone(),
                kind: s.kind,
                role: s.role.clone(),
                cited: s.cited,
            })
        })
        .collect::<Result<_, DecodeError>>()?;
    let mut last_source = 0u32;
    let entities: Vec<EntityRecord> = stored
        .entities
        .iter()
        .map(|e| {
            let (name, aliases) = match &e.name {
                EntityName::Source(step) => {
                    last_source = last_source.wrapping_add(*step);
                    let s = nth(&sources, last_source, "source")?;
                    (s.name.clone(), s.aliases.clone())
                }
                EntityName::Given { name, aliases } => (name.clone(), aliases.clone()),
            };
            Ok(EntityRecord {
                id: e.id.clone().id(&name),
                name,
                aliases,
                kind: e.kind,
            })
        })
        .collect::<Result<_, DecodeError>>()?;

    let source_articles: Vec<Vec<u32>> = stored
        .sources
        .iter()
        .map(|s| unsteps(&s.articles))
        .collect();
    let own_sources = sources_by_article(n, &source_articles);
    let source_id = |article: u32, i: Option<u32>| {
        i.map(|i| {
            let own = own_sources
                .get(article as usize)
                .map_or(&[][..], Vec::as_slice);
            nth(&sources, from_local(own, i), "source").map(|s| s.id.clone())
        })
        .transpose()
    };
    let mut seen = HashMap::new();
    let mut restorer = ItemRestorer::new(
        ("q", "quotes"),
        |t| &t.quotes,
        &stored.quote_exceptions,
        n,
        texts,
    );
    let mut quotes = Vec::with_capacity(stored.quotes.len());
    let quote_articles = unsteps(&stored.quotes.iter().map(|q| q.article).collect::<Vec<_>>());
    for (i, (q, &a)) in stored.quotes.iter().zip(&quote_articles).enumerate() {
        let article = nth(&corpus.articles, a, "article")?;
        let item = restorer.restore(article, a as usize, i, &q.text, &mut seen)?;
        let (start, end) = item.span.unwrap_or_default();
        quotes.push(QuoteRecord {
            id: item.id,
            article: article.id.clone(),
            text: item.text,
            kind: q.kind,
            speaker: source_id(a, q.speaker)?,
            cue: q
                .cue
                .map(|c| nth(&stored.cues, c, "cue").cloned())
                .transpose()?,
            channel: source_id(a, q.channel)?,
            start,
            end,
        });
    }
    let entity_positions: HashMap<&str, u32> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i as u32))
        .collect();
    let entity_of_source: Vec<Option<u32>> = sources
        .iter()
        .map(|s| entity_positions.get(s.id.as_str()).copied())
        .collect();
    let own_entities: Vec<Vec<u32>> = stored
        .articles
        .iter()
        .zip(&own_sources)
        .map(|(a, own)| entity_table(own, &entity_of_source, &unsteps(&a.entities)))
        .collect();
    let mut restorer = ItemRestorer::new(
        ("c", "claims"),
        |t| &t.claims,
        &stored.claim_exceptions,
        n,
        texts,
    );
    let mut claims = Vec::with_capacity(stored.claims.len());
    let claim_articles = unsteps(&stored.claims.iter().map(|c| c.article).collect::<Vec<_>>());
    for (i, (c, &a)) in stored.claims.iter().zip(&claim_articles).enumerate() {
        let article = nth(&corpus.articles, a, "article")?;
        let item = restorer.restore(article, a as usize, i, &c.text, &mut seen)?;
        let (start, end) = item.span.unwrap_or_default();
        // (Only with the article's text: they travel with it.)
        let details = texts.details(i as u32).filter(|_| item.span.is_some());
        claims.push(ClaimRecord {
            id: item.id,
            article: article.id.clone(),
            text: item.text,
            kind: c.kind,
            certainty: c.certainty,
            source: source_id(a, c.source)?,
            start,
            end,
            numbers: details.map(|d| d.0.clone()).unwrap_or_default(),
            dates: details.map(|d| d.1.clone()).unwrap_or_default(),
            entities: c
                .entities
                .iter()
                .map(|&e| {
                    let global = from_local(&own_entities[a as usize], e);
                    nth(&entities, global, "entity").map(|e| e.id.clone())
                })
                .collect::<Result<_, _>>()?,
        });
    }
    Ok(Bundle {
        catalog: Catalog {
            articles: records,
            quotes,
            sources,
            claims,
            entities,
        },
        corpus,
        roles,
        loaded,
        quote_numbers,
        claim_numbers,
    })
}
