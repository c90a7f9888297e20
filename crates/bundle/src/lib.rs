//! The bundle: what the build embeds in the app. The articles (text and
//! paragraphs), the catalog of quotes, sources, claims and entities, and each
//! paragraph's role, encoded as a version byte then postcard.
//!
//! postcard is compact (varints, no field names) and its decoder is small in
//! WASM; the version byte turns a stale or foreign blob into a clear error.
//! What can be derived is not stored: a quote's or claim's text is nearly
//! always exactly its span of the article, and its id a hash of that text, so
//! both are cut out and computed again on decoding; references between
//! records (article, speaker, source, entities) are positions, not id strings.
//! For the BBC corpus each step took about a third off the embedded data.
//! Anything that does not follow the rule (a text that is not its span, an id
//! that is not its hash) is kept as it is, by position.
//! This crate owns that format; it must not know how the catalog is built
//! (the build script does that) or how it is shown.

use claimscope_corpus::id::item_id;
use claimscope_corpus::Corpus;
use claimscope_model::*;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Bumped whenever the bundle changes shape.
pub const FORMAT_VERSION: u8 = 4;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Bundle {
    pub corpus: Corpus,
    pub catalog: Catalog,
    /// `roles[a][p]`: the role of paragraph `p` of article `a` (corpus order).
    pub roles: Vec<Vec<ParagraphRole>>,
}

/// The stored form.
#[derive(Serialize, Deserialize)]
struct Stored {
    corpus: Corpus,
    roles: Vec<Vec<ParagraphRole>>,
    articles: Vec<ArticleRecord>,
    sources: Vec<StoredSource>,
    entities: Vec<EntityRecord>,
    quotes: Vec<StoredQuote>,
    claims: Vec<StoredClaim>,
    /// Distinct cue words, which quotes refer to by position.
    cues: Vec<String>,
    quote_exceptions: Underived,
    claim_exceptions: Underived,
}

#[derive(Serialize, Deserialize)]
struct StoredSource {
    id: String,
    name: String,
    aliases: Vec<String>,
    kind: SourceType,
    role: Option<String>,
    cited: bool,
    articles: Vec<u32>,
}

#[derive(Serialize, Deserialize)]
struct StoredQuote {
    article: u32,
    text: String,
    kind: QuoteKind,
    speaker: Option<u32>,
    cue: Option<u32>,
    channel: Option<u32>,
    start: u32,
    end: u32,
}

#[derive(Serialize, Deserialize)]
struct StoredClaim {
    article: u32,
    text: String,
    kind: ClaimType,
    certainty: Certainty,
    source: Option<u32>,
    start: u32,
    end: u32,
    numbers: Vec<NumberRecord>,
    dates: Vec<String>,
    entities: Vec<u32>,
}

/// One quote or claim as the two directions see it: where it is, its text
/// and its id (id prefix `q` or `c`).
struct Item<'a> {
    prefix: &'static str,
    article: u32,
    article_id: &'a str,
    start: u32,
    end: u32,
}

/// For one list (quotes or claims), what does not follow the rule: positions
/// whose text is not their span (their stored `text` is kept; the others'
/// is empty), and ids that are not the hash of their text.
#[derive(Default, Serialize, Deserialize)]
struct Underived {
    texts: Vec<u32>,
    ids: Vec<(u32, String)>,
}

impl Underived {
    /// Encoding item `i`: the text to store, noting what cannot be derived.
    /// `seen` numbers repeated texts exactly as the catalog did.
    fn strip(
        &mut self,
        corpus: &Corpus,
        i: usize,
        item: Item,
        text: &str,
        id: &str,
        seen: &mut HashMap<String, u32>,
    ) -> String {
        if item_id(item.article_id, item.prefix, text, seen) != id {
            self.ids.push((i as u32, id.to_string()));
        }
        if span_text(corpus, item.article, item.start, item.end) == Some(text) {
            String::new()
        } else {
            self.texts.push(i as u32);
            text.to_string()
        }
    }
}

/// [`Underived`] on the way back: each item's text and id again.
struct Restorer {
    texts: HashSet<u32>,
    ids: HashMap<u32, String>,
}

impl Restorer {
    fn new(underived: Underived) -> Self {
        Restorer {
            texts: underived.texts.into_iter().collect(),
            ids: underived.ids.into_iter().collect(),
        }
    }

    /// Item `i`'s (text, id), from its stored text or its span.
    fn restore(
        &self,
        corpus: &Corpus,
        i: usize,
        item: Item,
        stored: String,
        seen: &mut HashMap<String, u32>,
    ) -> Result<(String, String), DecodeError> {
        let text = if self.texts.contains(&(i as u32)) {
            stored
        } else {
            span_text(corpus, item.article, item.start, item.end)
                .ok_or_else(|| {
                    DecodeError::Malformed(format!(
                        "the span of {} {i} is not in its article",
                        item.prefix
                    ))
                })?
                .to_string()
        };
        let computed = item_id(item.article_id, item.prefix, &text, seen);
        let id = self.ids.get(&(i as u32)).cloned().unwrap_or(computed);
        Ok((text, id))
    }
}

/// The text of `article` between byte offsets, if it is there.
fn span_text(corpus: &Corpus, article: u32, start: u32, end: u32) -> Option<&str> {
    corpus
        .articles
        .get(article as usize)
        .and_then(|a| a.text.get(start as usize..end as usize))
}

/// Positions by id, for turning references into numbers.
fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, u32> {
    ids.enumerate().map(|(i, id)| (id, i as u32)).collect()
}

/// Why a bundle cannot be encoded: a record refers to one that is not there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError(pub String);

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot embed the catalog: {}", self.0)
    }
}

pub fn encode(bundle: &Bundle) -> Result<Vec<u8>, EncodeError> {
    let catalog = &bundle.catalog;
    let corpus = &bundle.corpus;
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
    let mut cues: Vec<String> = Vec::new();
    let mut cue_numbers: HashMap<&str, u32> = HashMap::new();
    let mut seen = HashMap::new();
    let (mut quote_exceptions, mut claim_exceptions) = (Underived::default(), Underived::default());
    let mut stored_quotes = Vec::with_capacity(catalog.quotes.len());
    for (i, q) in catalog.quotes.iter().enumerate() {
        let article = find(&articles, "article", &q.article, &q.id)?;
        let item = Item {
            prefix: "q",
            article,
            article_id: &q.article,
            start: q.start,
            end: q.end,
        };
        let text = quote_exceptions.strip(corpus, i, item, &q.text, &q.id, &mut seen);
        let cue = q.cue.as_deref().map(|cue| {
            *cue_numbers.entry(cue).or_insert_with(|| {
                cues.push(cue.to_string());
                cues.len() as u32 - 1
            })
        });
        stored_quotes.push(StoredQuote {
            article,
            text,
            kind: q.kind,
            speaker: find_opt(&sources, "source", &q.speaker, &q.id)?,
            cue,
            channel: find_opt(&sources, "source", &q.channel, &q.id)?,
            start: q.start,
            end: q.end,
        });
    }
    let mut stored_claims = Vec::with_capacity(catalog.claims.len());
    for (i, c) in catalog.claims.iter().enumerate() {
        let article = find(&articles, "article", &c.article, &c.id)?;
        let item = Item {
            prefix: "c",
            article,
            article_id: &c.article,
            start: c.start,
            end: c.end,
        };
        stored_claims.push(StoredClaim {
            article,
            text: claim_exceptions.strip(corpus, i, item, &c.text, &c.id, &mut seen),
            kind: c.kind,
            certainty: c.certainty,
            source: find_opt(&sources, "source", &c.source, &c.id)?,
            start: c.start,
            end: c.end,
            numbers: c.numbers.clone(),
            dates: c.dates.clone(),
            entities: c
                .entities
                .iter()
                .map(|e| find(&entities, "entity", e, &c.id))
                .collect::<Result<_, _>>()?,
        });
    }
    let stored_sources = catalog
        .sources
        .iter()
        .map(|s| {
            Ok(StoredSource {
                id: s.id.clone(),
                name: s.name.clone(),
                aliases: s.aliases.clone(),
                kind: s.kind,
                role: s.role.clone(),
                cited: s.cited,
                articles: s
                    .articles
                    .iter()
                    .map(|a| find(&articles, "article", a, &s.id))
                    .collect::<Result<_, _>>()?,
            })
        })
        .collect::<Result<_, EncodeError>>()?;
    let stored = Stored {
        corpus: corpus.clone(),
        roles: bundle.roles.clone(),
        articles: catalog.articles.clone(),
        sources: stored_sources,
        entities: catalog.entities.clone(),
        quotes: stored_quotes,
        claims: stored_claims,
        cues,
        quote_exceptions,
        claim_exceptions,
    };
    let mut out = vec![FORMAT_VERSION];
    // Serializing plain owned data into a Vec cannot fail.
    out.extend(postcard::to_allocvec(&stored).expect("postcard encodes the bundle"));
    Ok(out)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Version { found: u8 },
    Malformed(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("the embedded data is empty"),
            DecodeError::Version { found } => write!(
                f,
                "the embedded data has format {found}, this app reads format {FORMAT_VERSION}"
            ),
            DecodeError::Malformed(e) => write!(f, "the embedded data is malformed: {e}"),
        }
    }
}

/// Entry `i` of `list`, or why the data is malformed.
fn nth<'a, T>(list: &'a [T], i: u32, what: &str) -> Result<&'a T, DecodeError> {
    list.get(i as usize)
        .ok_or_else(|| DecodeError::Malformed(format!("no {what} {i}")))
}

pub fn decode(bytes: &[u8]) -> Result<Bundle, DecodeError> {
    let (&version, body) = bytes.split_first().ok_or(DecodeError::Empty)?;
    if version != FORMAT_VERSION {
        return Err(DecodeError::Version { found: version });
    }
    let stored: Stored =
        postcard::from_bytes(body).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    let corpus = stored.corpus;
    let article_id = |i: u32| nth(&corpus.articles, i, "article").map(|a| a.id.as_str());
    let source_id = |i: Option<u32>| {
        i.map(|i| nth(&stored.sources, i, "source").map(|s| s.id.clone()))
            .transpose()
    };
    let mut seen = HashMap::new();
    let quote_exceptions = Restorer::new(stored.quote_exceptions);
    let mut quotes = Vec::with_capacity(stored.quotes.len());
    for (i, q) in stored.quotes.into_iter().enumerate() {
        let item = Item {
            prefix: "q",
            article: q.article,
            article_id: article_id(q.article)?,
            start: q.start,
            end: q.end,
        };
        let article = item.article_id.to_string();
        let (text, id) = quote_exceptions.restore(&corpus, i, item, q.text, &mut seen)?;
        quotes.push(QuoteRecord {
            id,
            article,
            text,
            kind: q.kind,
            speaker: source_id(q.speaker)?,
            cue: q
                .cue
                .map(|c| nth(&stored.cues, c, "cue").cloned())
                .transpose()?,
            channel: source_id(q.channel)?,
            start: q.start,
            end: q.end,
        });
    }
    let claim_exceptions = Restorer::new(stored.claim_exceptions);
    let mut claims = Vec::with_capacity(stored.claims.len());
    for (i, c) in stored.claims.into_iter().enumerate() {
        let item = Item {
            prefix: "c",
            article: c.article,
            article_id: article_id(c.article)?,
            start: c.start,
            end: c.end,
        };
        let article = item.article_id.to_string();
        let (text, id) = claim_exceptions.restore(&corpus, i, item, c.text, &mut seen)?;
        claims.push(ClaimRecord {
            id,
            article,
            text,
            kind: c.kind,
            certainty: c.certainty,
            source: source_id(c.source)?,
            start: c.start,
            end: c.end,
            numbers: c.numbers,
            dates: c.dates,
            entities: c
                .entities
                .iter()
                .map(|&e| nth(&stored.entities, e, "entity").map(|e| e.id.clone()))
                .collect::<Result<_, _>>()?,
        });
    }
    let mut sources = Vec::with_capacity(stored.sources.len());
    for s in stored.sources {
        sources.push(SourceRecord {
            articles: s
                .articles
                .iter()
                .map(|&a| article_id(a).map(str::to_string))
                .collect::<Result<_, _>>()?,
            id: s.id,
            name: s.name,
            aliases: s.aliases,
            kind: s.kind,
            role: s.role,
            cited: s.cited,
        });
    }
    Ok(Bundle {
        catalog: Catalog {
            articles: stored.articles,
            quotes,
            sources,
            claims,
            entities: stored.entities,
        },
        corpus,
        roles: stored.roles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_embedded_form_round_trips_and_rejects_other_versions() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let (_, built) = claimscope_catalog::build_dir(&seeds).unwrap();
        let corpus = claimscope_corpus::load_dir(&seeds).unwrap().corpus;
        let bundle = Bundle {
            corpus,
            catalog: built.catalog,
            roles: built.roles,
        };
        let bytes = encode(&bundle).unwrap();
        assert_eq!(decode(&bytes).unwrap(), bundle);
        let mut stale = bytes.clone();
        stale[0] = FORMAT_VERSION + 1;
        assert!(matches!(decode(&stale), Err(DecodeError::Version { .. })));
        assert_eq!(decode(&[]), Err(DecodeError::Empty));
        assert!(matches!(
            decode(&bytes[..bytes.len() / 2]),
            Err(DecodeError::Malformed(_))
        ));
        // Texts are stored once, in the articles.
        let texts: usize = bundle
            .catalog
            .quotes
            .iter()
            .map(|q| q.text.len())
            .sum::<usize>()
            + bundle
                .catalog
                .claims
                .iter()
                .map(|c| c.text.len())
                .sum::<usize>();
        assert!(bytes.len() + texts / 2 < postcard::to_allocvec(&bundle).unwrap().len());
    }

    #[test]
    fn texts_that_are_not_their_span_are_kept_as_they_are() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let (_, built) = claimscope_catalog::build_dir(&seeds).unwrap();
        let corpus = claimscope_corpus::load_dir(&seeds).unwrap().corpus;
        let mut bundle = Bundle {
            corpus,
            catalog: built.catalog,
            roles: built.roles,
        };
        bundle.catalog.quotes[0].text = "edited by hand".into();
        bundle.catalog.quotes[1].end = u32::MAX;
        bundle.catalog.claims[0].text.clear();
        bundle.catalog.claims[1].id = "renamed by hand".into();
        assert_eq!(decode(&encode(&bundle).unwrap()).unwrap(), bundle);
        // A reference to nothing is an error naming it, not a lost link.
        bundle.catalog.quotes[2].speaker = Some("nobody-at-all".into());
        let error = encode(&bundle).unwrap_err().to_string();
        assert!(error.contains("nobody-at-all"), "{error}");
    }
}
