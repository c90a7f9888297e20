//! The bundle: what the build embeds in the app and what it puts beside it.
//! Embedded: the metadata (articles without their text, paragraphs, the
//! catalog of quotes, sources, claims and entities, each paragraph's role),
//! encoded as a version byte then postcard. Beside it, in static files
//! fetched when a view needs them ([`texts`]): the article texts.
//!
//! postcard is compact (varints, no field names) and its decoder is small in
//! WASM; the version byte turns a stale or foreign blob into a clear error.
//! What can be derived is not stored: a quote's or claim's text is nearly
//! always exactly its span of the article, and its id a hash of that text, so
//! both are cut out and computed again once the article's text is there;
//! references between records (article, speaker, source, entities) are
//! positions, not id strings. For the BBC corpus each step took about a third
//! off the embedded data. Anything that does not follow the rule (a text that
//! is not its span, an id that is not its hash) is kept as it is, by position.
//! This crate owns that format; it must not know how the catalog is built
//! (the build script does that), how files are fetched or how it is shown.

pub mod texts;

use claimscope_corpus::id::item_id;
use claimscope_corpus::Corpus;
use claimscope_model::*;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;
pub use texts::{TextFile, TextRun, Texts};

/// Bumped whenever the bundle changes shape.
pub const FORMAT_VERSION: u8 = 5;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Bundle {
    pub corpus: Corpus,
    pub catalog: Catalog,
    /// `roles[a][p]`: the role of paragraph `p` of article `a` (corpus order).
    pub roles: Vec<Vec<ParagraphRole>>,
    /// `loaded[a]`: whether article `a`'s text is here, and so its quotes' and
    /// claims' texts and ids (empty when they are not). Empty: every one is.
    pub loaded: Vec<bool>,
    /// `quote_numbers[q]`: whether quote `q`'s text has a digit, known before
    /// the text arrives (a facet). Empty: read it from the texts.
    pub quote_numbers: Vec<bool>,
    /// `claim_numbers[c]`: whether claim `c` counts something, known before
    /// its numbers arrive with its article's text. Empty: read its numbers.
    pub claim_numbers: Vec<bool>,
}

impl Bundle {
    /// Whether article `a`'s text (and its items' texts and ids) is here.
    pub fn is_loaded(&self, article: usize) -> bool {
        self.loaded.get(article).copied().unwrap_or(true)
    }

    /// Whether every article's text is here: search and export need them all.
    pub fn is_complete(&self) -> bool {
        self.loaded.iter().all(|&l| l)
    }

    /// Whether claim `c` counts something (has numbers).
    pub fn claim_has_number(&self, c: usize) -> bool {
        match self.claim_numbers.get(c) {
            Some(&known) => known,
            None => self
                .catalog
                .claims
                .get(c)
                .is_some_and(|c| !c.numbers.is_empty()),
        }
    }

    /// Whether quote `q`'s text has a digit.
    pub fn quote_has_number(&self, q: usize) -> bool {
        match self.quote_numbers.get(q) {
            Some(&known) => known,
            None => self
                .catalog
                .quotes
                .get(q)
                .is_some_and(|q| q.text.chars().any(|c| c.is_ascii_digit())),
        }
    }
}

/// What [`encode`] gives: the metadata to embed and the text files to put
/// beside the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    pub meta: Vec<u8>,
    pub texts: Vec<TextFile>,
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
    /// Bit `q % 8` of byte `q / 8`: whether quote `q`'s text has a digit.
    quote_numbers: Vec<u8>,
    /// The same for whether claim `c` has numbers.
    claim_numbers: Vec<u8>,
    /// The shards, in article order, and the file of every text.
    shards: Vec<TextRun>,
    all_texts: TextRun,
    /// The first shard's texts, embedded: the first page of the lists as
    /// they open (catalog order) needs no fetch.
    first_texts: texts::StoredTexts,
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
    fn new(underived: &Underived) -> Self {
        Restorer {
            texts: underived.texts.iter().copied().collect(),
            ids: underived.ids.iter().cloned().collect(),
        }
    }

    /// Item `i`'s (text, id), from its stored text or its span; both empty
    /// while its article's text is not here.
    fn restore(
        &self,
        corpus: &Corpus,
        loaded: &[bool],
        i: usize,
        item: Item,
        stored: String,
        seen: &mut HashMap<String, u32>,
    ) -> Result<(String, String), DecodeError> {
        if !loaded[item.article as usize] {
            return Ok((String::new(), String::new()));
        }
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

/// Each (article, start, end) as steps from the one before: the article's
/// step, the start's step from the previous end in the same article, the
/// length. Wrapping arithmetic, so any order round-trips (only out of order
/// costs bytes).
fn to_steps<'a>(items: impl Iterator<Item = (&'a mut u32, &'a mut u32, &'a mut u32)>) {
    let (mut article, mut end) = (0u32, 0u32);
    for (a, s, e) in items {
        if *a != article {
            end = 0;
        }
        let (step, start_step, length) = (
            a.wrapping_sub(article),
            s.wrapping_sub(end),
            e.wrapping_sub(*s),
        );
        (article, end) = (*a, *e);
        (*a, *s, *e) = (step, start_step, length);
    }
}

/// [`to_steps`] undone.
fn from_steps<'a>(items: impl Iterator<Item = (&'a mut u32, &'a mut u32, &'a mut u32)>) {
    let (mut article, mut end) = (0u32, 0u32);
    for (a, s, e) in items {
        let this = article.wrapping_add(*a);
        if this != article {
            end = 0;
        }
        let start = end.wrapping_add(*s);
        let stop = start.wrapping_add(*e);
        (*a, *s, *e) = (this, start, stop);
        (article, end) = (this, stop);
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
    let bits = |n: usize, has: &dyn Fn(usize) -> bool| {
        let mut out = vec![0u8; n.div_ceil(8)];
        for i in (0..n).filter(|&i| has(i)) {
            out[i / 8] |= 1 << (i % 8);
        }
        out
    };
    let quote_numbers = bits(catalog.quotes.len(), &|q| bundle.quote_has_number(q));
    let claim_numbers = bits(catalog.claims.len(), &|c| bundle.claim_has_number(c));
    let mut details: texts::DetailsByArticle = vec![Vec::new(); corpus.articles.len()];
    for (i, (c, stored)) in catalog.claims.iter().zip(&stored_claims).enumerate() {
        if !c.numbers.is_empty() || !c.dates.is_empty() {
            details[stored.article as usize].push(texts::ClaimDetails {
                claim: i as u32,
                numbers: c.numbers.clone(),
                dates: c.dates.clone(),
            });
        }
    }
    let all: Vec<&str> = corpus.articles.iter().map(|a| a.text.as_str()).collect();
    let (shards, mut files): (Vec<TextRun>, Vec<TextFile>) =
        texts::shards(&all, &details).into_iter().unzip();
    let first_texts = shards
        .first()
        .map(|s| texts::StoredTexts::of(0, &all[..s.count as usize], &details))
        .unwrap_or_default();
    let (all_texts, all_file) = texts::text_file(0, &all, &details);
    if !files.iter().any(|f| f.name == all_file.name) {
        files.push(all_file);
    }
    // Spans as steps (quotes and claims come in article and reading order):
    // small numbers, where absolute offsets were most of the claims' bytes.
    to_steps(
        stored_quotes
            .iter_mut()
            .map(|q| (&mut q.article, &mut q.start, &mut q.end)),
    );
    to_steps(
        stored_claims
            .iter_mut()
            .map(|c| (&mut c.article, &mut c.start, &mut c.end)),
    );
    let mut without_texts = corpus.clone();
    for article in &mut without_texts.articles {
        article.text = String::new();
    }
    let stored = Stored {
        corpus: without_texts,
        roles: bundle.roles.clone(),
        articles: catalog.articles.clone(),
        sources: stored_sources,
        entities: catalog.entities.clone(),
        quotes: stored_quotes,
        claims: stored_claims,
        cues,
        quote_exceptions,
        claim_exceptions,
        quote_numbers,
        claim_numbers,
        shards,
        all_texts,
        first_texts,
    };
    let mut meta = vec![FORMAT_VERSION];
    // Serializing plain owned data into a Vec cannot fail.
    meta.extend(postcard::to_allocvec(&stored).expect("postcard encodes the bundle"));
    Ok(Encoded { meta, texts: files })
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

/// The embedded metadata, decoded: what the app knows before any text arrives.
pub struct Meta {
    stored: Stored,
}

pub fn decode_meta(bytes: &[u8]) -> Result<Meta, DecodeError> {
    let (&version, body) = bytes.split_first().ok_or(DecodeError::Empty)?;
    if version != FORMAT_VERSION {
        return Err(DecodeError::Version { found: version });
    }
    let mut stored: Stored =
        postcard::from_bytes(body).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    from_steps(
        stored
            .quotes
            .iter_mut()
            .map(|q| (&mut q.article, &mut q.start, &mut q.end)),
    );
    from_steps(
        stored
            .claims
            .iter_mut()
            .map(|c| (&mut c.article, &mut c.start, &mut c.end)),
    );
    Ok(Meta { stored })
}

/// A whole bundle from its metadata and every text file.
pub fn decode(encoded: &Encoded) -> Result<Bundle, DecodeError> {
    let meta = decode_meta(&encoded.meta)?;
    let mut texts = meta.texts();
    for file in &encoded.texts {
        texts.add(&file.name, &file.bytes)?;
    }
    meta.assemble(&texts)
}

impl Meta {
    pub fn articles(&self) -> usize {
        self.stored.corpus.articles.len()
    }

    /// A store for this metadata's texts, holding the embedded ones.
    pub fn texts(&self) -> Texts {
        let mut texts = Texts::new(self.articles());
        texts.put(self.stored.first_texts.clone());
        texts
    }

    /// The shards, in article order.
    pub fn shards(&self) -> &[TextRun] {
        &self.stored.shards
    }

    /// The file holding every text.
    pub fn all_texts(&self) -> &TextRun {
        &self.stored.all_texts
    }

    /// The shard holding article `a`'s text.
    pub fn shard_of(&self, article: usize) -> Option<&TextRun> {
        let shards = &self.stored.shards;
        let i = shards.partition_point(|s| (s.first + s.count) as usize <= article);
        shards.get(i).filter(|s| s.first as usize <= article)
    }

    /// The files that bring in what `texts` lacks of `articles` (None: of
    /// every article): their shards, or the file of every text when that
    /// takes more than [`texts::MAX_SHARDS`] of them.
    pub fn files_for(&self, texts: &Texts, articles: Option<&[usize]>) -> Vec<String> {
        let all = || vec![self.all_texts().file.clone()];
        let Some(list) = articles else {
            return if texts.is_complete() {
                Vec::new()
            } else {
                all()
            };
        };
        let mut files: Vec<String> = list
            .iter()
            .filter(|&&a| !texts.has(a))
            .filter_map(|&a| self.shard_of(a).map(|s| s.file.clone()))
            .collect();
        files.dedup();
        if files.len() > texts::MAX_SHARDS {
            all()
        } else {
            files
        }
    }

    /// The bundle with the texts that are here; the others' articles, quotes
    /// and claims have empty texts and ids ([`Bundle::is_loaded`]).
    pub fn assemble(&self, texts: &Texts) -> Result<Bundle, DecodeError> {
        assemble(&self.stored, texts)
    }
}

fn assemble(stored: &Stored, texts: &Texts) -> Result<Bundle, DecodeError> {
    let mut corpus = stored.corpus.clone();
    let mut loaded = vec![false; corpus.articles.len()];
    for (a, article) in corpus.articles.iter_mut().enumerate() {
        if let Some(text) = texts.get(a) {
            article.text = text.to_string();
            loaded[a] = true;
        }
    }
    let bits = |bytes: &[u8], n: usize| -> Vec<bool> {
        (0..n)
            .map(|i| {
                bytes
                    .get(i / 8)
                    .is_some_and(|byte| byte & (1 << (i % 8)) != 0)
            })
            .collect()
    };
    let quote_numbers = bits(&stored.quote_numbers, stored.quotes.len());
    let claim_numbers = bits(&stored.claim_numbers, stored.claims.len());
    let article_id = |i: u32| nth(&corpus.articles, i, "article").map(|a| a.id.as_str());
    let source_id = |i: Option<u32>| {
        i.map(|i| nth(&stored.sources, i, "source").map(|s| s.id.clone()))
            .transpose()
    };
    let mut seen = HashMap::new();
    let quote_exceptions = Restorer::new(&stored.quote_exceptions);
    let mut quotes = Vec::with_capacity(stored.quotes.len());
    for (i, q) in stored.quotes.iter().enumerate() {
        let item = Item {
            prefix: "q",
            article: q.article,
            article_id: article_id(q.article)?,
            start: q.start,
            end: q.end,
        };
        let article = item.article_id.to_string();
        let (text, id) =
            quote_exceptions.restore(&corpus, &loaded, i, item, q.text.clone(), &mut seen)?;
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
    let claim_exceptions = Restorer::new(&stored.claim_exceptions);
    let mut claims = Vec::with_capacity(stored.claims.len());
    for (i, c) in stored.claims.iter().enumerate() {
        let item = Item {
            prefix: "c",
            article: c.article,
            article_id: article_id(c.article)?,
            start: c.start,
            end: c.end,
        };
        let article = item.article_id.to_string();
        let (text, id) =
            claim_exceptions.restore(&corpus, &loaded, i, item, c.text.clone(), &mut seen)?;
        // (Only with the article's text: they travel with it.)
        let details = texts
            .details(i as u32)
            .filter(|_| loaded[c.article as usize]);
        claims.push(ClaimRecord {
            id,
            article,
            text,
            kind: c.kind,
            certainty: c.certainty,
            source: source_id(c.source)?,
            start: c.start,
            end: c.end,
            numbers: details.map(|d| d.0.clone()).unwrap_or_default(),
            dates: details.map(|d| d.1.clone()).unwrap_or_default(),
            entities: c
                .entities
                .iter()
                .map(|&e| nth(&stored.entities, e, "entity").map(|e| e.id.clone()))
                .collect::<Result<_, _>>()?,
        });
    }
    let mut sources = Vec::with_capacity(stored.sources.len());
    for s in &stored.sources {
        sources.push(SourceRecord {
            articles: s
                .articles
                .iter()
                .map(|&a| article_id(a).map(str::to_string))
                .collect::<Result<_, _>>()?,
            id: s.id.clone(),
            name: s.name.clone(),
            aliases: s.aliases.clone(),
            kind: s.kind,
            role: s.role.clone(),
            cited: s.cited,
        });
    }
    Ok(Bundle {
        catalog: Catalog {
            articles: stored.articles.clone(),
            quotes,
            sources,
            claims,
            entities: stored.entities.clone(),
        },
        corpus,
        roles: stored.roles.clone(),
        loaded,
        quote_numbers,
        claim_numbers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn seeds() -> Bundle {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let (_, built) = claimscope_catalog::build_dir(&seeds).unwrap();
        let corpus = claimscope_corpus::load_dir(&seeds).unwrap().corpus;
        Bundle {
            corpus,
            catalog: built.catalog,
            roles: built.roles,
            ..Bundle::default()
        }
    }

    /// The bundle as the app sees it once every text is in.
    fn whole(mut bundle: Bundle) -> Bundle {
        bundle.loaded = vec![true; bundle.corpus.articles.len()];
        bundle.quote_numbers = (0..bundle.catalog.quotes.len())
            .map(|q| bundle.quote_has_number(q))
            .collect();
        bundle.claim_numbers = (0..bundle.catalog.claims.len())
            .map(|c| bundle.claim_has_number(c))
            .collect();
        bundle
    }

    #[test]
    fn the_embedded_form_round_trips_and_rejects_other_versions() {
        let bundle = seeds();
        let encoded = encode(&bundle).unwrap();
        assert_eq!(decode(&encoded).unwrap(), whole(bundle.clone()));
        let mut stale = encoded.clone();
        stale.meta[0] = FORMAT_VERSION + 1;
        assert!(matches!(decode(&stale), Err(DecodeError::Version { .. })));
        assert!(matches!(decode_meta(&[]), Err(DecodeError::Empty)));
        assert!(matches!(
            decode_meta(&encoded.meta[..encoded.meta.len() / 2]),
            Err(DecodeError::Malformed(_))
        ));
        // Past the first shard no text is embedded: over a corpus of several
        // shards the metadata is smaller than the texts alone.
        let several = padded(&bundle);
        let texts: usize = several.corpus.articles.iter().map(|a| a.text.len()).sum();
        let meta = encode(&several).unwrap().meta;
        assert!(meta.len() < texts / 2, "{} >= {texts} / 2", meta.len());
    }

    /// The seeds with their first articles made long: several shards.
    fn padded(bundle: &Bundle) -> Bundle {
        let mut padded = bundle.clone();
        let pad = "word ".repeat(texts::SHARD_BYTES / 5);
        for article in &mut padded.corpus.articles[..3] {
            article.text.push_str(&pad);
        }
        padded
    }

    #[test]
    fn texts_that_are_not_their_span_are_kept_as_they_are() {
        let mut bundle = seeds();
        bundle.catalog.quotes[0].text = "edited by hand".into();
        bundle.catalog.quotes[1].end = u32::MAX;
        bundle.catalog.claims[0].text.clear();
        bundle.catalog.claims[1].id = "renamed by hand".into();
        assert_eq!(
            decode(&encode(&bundle).unwrap()).unwrap(),
            whole(bundle.clone())
        );
        // A reference to nothing is an error naming it, not a lost link.
        bundle.catalog.quotes[2].speaker = Some("nobody-at-all".into());
        let error = encode(&bundle).unwrap_err().to_string();
        assert!(error.contains("nobody-at-all"), "{error}");
    }

    #[test]
    fn articles_whose_text_has_not_arrived_have_items_without_text_or_id() {
        let bundle = seeds();
        let encoded = encode(&bundle).unwrap();
        let meta = decode_meta(&encoded.meta).unwrap();
        // The first shard travels with the metadata; of the rest, nothing yet.
        let first = meta.shard_of(0).unwrap().clone();
        let embedded = first.count as usize;
        let none = meta.assemble(&meta.texts()).unwrap();
        assert_eq!(none.is_complete(), embedded == meta.articles());
        assert!((0..embedded).all(|a| none.is_loaded(a)));
        assert!((embedded..meta.articles()).all(|a| !none.is_loaded(a)));
        // What facets read is all there before any text.
        assert_eq!(none.catalog.sources, bundle.catalog.sources);
        assert_eq!(none.catalog.articles, bundle.catalog.articles);
        for q in 0..bundle.catalog.quotes.len() {
            assert_eq!(none.quote_has_number(q), bundle.quote_has_number(q));
        }
        for c in 0..bundle.catalog.claims.len() {
            assert_eq!(none.claim_has_number(c), bundle.claim_has_number(c));
        }
        // The embedded articles' items are whole, the same as in the full bundle;
        // the others' have neither text nor id until their shard arrives.
        let full = decode(&encoded).unwrap();
        let check = |some: &Bundle, loaded: &dyn Fn(usize) -> bool| {
            for (q, whole) in some.catalog.quotes.iter().zip(&full.catalog.quotes) {
                let a = full
                    .corpus
                    .articles
                    .iter()
                    .position(|a| a.id == whole.article)
                    .unwrap();
                if loaded(a) {
                    assert_eq!(q, whole);
                } else {
                    assert!(q.id.is_empty() && q.text.is_empty());
                }
            }
        };
        check(&none, &|a| a < embedded);
        // Claims' numbers and dates travel with their article's text.
        for (c, whole) in none.catalog.claims.iter().zip(&full.catalog.claims) {
            let a = full
                .corpus
                .articles
                .iter()
                .position(|a| a.id == whole.article)
                .unwrap();
            if a < embedded {
                assert_eq!(c, whole);
            } else {
                assert!(c.numbers.is_empty() && c.dates.is_empty() && c.id.is_empty());
            }
        }
        // A corpus of several shards: the second arrives as a file.
        let encoded = encode(&padded(&bundle)).unwrap();
        let meta = decode_meta(&encoded.meta).unwrap();
        assert!(meta.shards().len() >= 2);
        let second = meta.shards()[1].clone();
        let mut texts = meta.texts();
        assert!(!texts.has(second.first as usize));
        let file = encoded
            .texts
            .iter()
            .find(|f| f.name == second.file)
            .unwrap();
        texts.add(&file.name, &file.bytes).unwrap();
        assert!(texts.has(second.first as usize));
    }

    #[test]
    fn a_text_file_from_another_build_is_refused_by_name() {
        let encoded = encode(&padded(&seeds())).unwrap();
        let meta = decode_meta(&encoded.meta).unwrap();
        let mut texts = meta.texts();
        let second = meta.shards()[1].clone();
        let file = encoded
            .texts
            .iter()
            .find(|f| f.name == second.file)
            .unwrap();
        let mut changed = file.bytes.clone();
        let last = changed.len() - 1;
        changed[last] ^= 1;
        let error = texts.add(&file.name, &changed).unwrap_err().to_string();
        assert!(error.contains(&file.name), "{error}");
        assert!(!texts.has(second.first as usize));
    }

    #[test]
    fn a_few_articles_come_by_shard_and_many_or_all_by_the_file_of_every_text() {
        let encoded = encode(&padded(&seeds())).unwrap();
        let meta = decode_meta(&encoded.meta).unwrap();
        let texts = meta.texts();
        let all = meta.all_texts().file.clone();
        let second = meta.shards()[1].clone();
        // Embedded articles need nothing; one outside them, its shard once.
        assert!(meta.files_for(&texts, Some(&[0])).is_empty());
        let first = second.first as usize;
        assert_eq!(
            meta.files_for(&texts, Some(&[first, first])),
            vec![second.file.clone()]
        );
        assert_eq!(meta.files_for(&texts, None), vec![all.clone()]);
        // Once every text is here, nothing more.
        let mut every = meta.texts();
        for file in &encoded.texts {
            every.add(&file.name, &file.bytes).unwrap();
        }
        assert!(meta.files_for(&every, None).is_empty());
        assert!(meta.files_for(&every, Some(&[first])).is_empty());
    }

    #[test]
    fn spans_as_steps_round_trip_in_any_order() {
        let spans = vec![
            (0, 10, 20),
            (0, 25, 30),
            (0, 5, 8), // out of order
            (3, 0, u32::MAX),
            (1, 7, 7),
            (u32::MAX, u32::MAX, 0),
        ];
        let mut stepped = spans.clone();
        to_steps(stepped.iter_mut().map(|(a, s, e)| (a, s, e)));
        assert_eq!(stepped[1], (0, 5, 5), "small steps in reading order");
        from_steps(stepped.iter_mut().map(|(a, s, e)| (a, s, e)));
        assert_eq!(stepped, spans);
    }

    #[test]
    fn shards_cover_every_article_once_in_order() {
        let long = "x".repeat(texts::SHARD_BYTES / 3 + 1);
        let all: Vec<&str> = (0..10).map(|_| long.as_str()).collect();
        let shards = texts::shards(&all, &vec![Vec::new(); all.len()]);
        assert_eq!(shards.len(), 4);
        let mut next = 0;
        for (run, _) in &shards {
            assert_eq!(run.first, next);
            next += run.count;
        }
        assert_eq!(next, 10);
    }
}
