//! The bundle: what the build embeds in the app and what it puts beside it.
//! Embedded: the metadata (one record per article, the catalog of quotes,
//! sources, claims and entities without their spans), encoded as a version
//! byte then postcard ([`stored`]). Beside it, in static files fetched when a
//! view needs them ([`texts`]): the article texts, with what only a text
//! gives meaning to (paragraphs and their roles, quote and claim spans,
//! claims' numbers and dates).
//!
//! postcard is compact (varints, no field names) and its decoder is small in
//! WASM; the version byte turns a stale or foreign blob into a clear error.
//! What can be derived is not stored: a quote's or claim's text is nearly
//! always exactly its span of the article, and its id a hash of that text, so
//! both are cut out and computed again once the article's text is there;
//! references between records (article, speaker, source, entities) are
//! positions, not id strings; article, source and entity ids come from file
//! paths and names by the rules that minted them. For the BBC corpus each
//! step took about a third off the embedded data. Anything that does not
//! follow the rule (a text that is not its span, an id that is not its hash
//! or its name's slug) is kept as it is.
//! This crate owns that format; it must not know how the catalog is built
//! (the build script does that), how files are fetched or how it is shown.

mod assemble;
mod encode;
mod stored;
pub mod texts;

use claimscope_corpus::Corpus;
use claimscope_model::*;
pub use encode::encode;
use serde::{Deserialize, Serialize};
use std::fmt;
use stored::Stored;
pub use texts::{ArrivedText, TextFile, TextRun, Texts};

/// Results in a list's first page (the app shows this many before "show
/// more"). The first shard of texts, which travels with the metadata, holds
/// the articles of the first page of quotes and of claims, so the opening
/// view needs no fetch, and nothing more.
pub const FIRST_PAGE_ITEMS: usize = 25;

/// Bumped whenever the bundle changes shape.
pub const FORMAT_VERSION: u8 = 6;

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

/// Why a bundle cannot be encoded: a record refers to one that is not there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError(pub String);

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot embed the catalog: {}", self.0)
    }
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

/// The embedded metadata, decoded: what the app knows before any text arrives.
pub struct Meta {
    stored: Stored,
}

pub fn decode_meta(bytes: &[u8]) -> Result<Meta, DecodeError> {
    let (&version, body) = bytes.split_first().ok_or(DecodeError::Empty)?;
    if version != FORMAT_VERSION {
        return Err(DecodeError::Version { found: version });
    }
    let stored: Stored =
        postcard::from_bytes(body).map_err(|e| DecodeError::Malformed(e.to_string()))?;
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
    /// Each part of the stored metadata with its postcard bytes, for measuring
    /// what the embedded data is made of (`tests/composition.rs`).
    pub fn parts(&self) -> Vec<(&'static str, Vec<u8>)> {
        stored::parts(&self.stored)
    }

    pub fn articles(&self) -> usize {
        self.stored.articles.len()
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
        assemble::assemble(&self.stored, texts)
    }
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

    /// The seeds with their last articles made long: several shards past the
    /// first (which holds the articles of the first page of quotes).
    fn padded(bundle: &Bundle) -> Bundle {
        let mut padded = bundle.clone();
        let pad = "word ".repeat(texts::SHARD_BYTES / 5);
        let last = padded.corpus.articles.len() - 1;
        padded.corpus.articles[last].text.push_str(&pad.repeat(4));
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
    fn a_paragraph_outside_its_text_is_malformed_not_a_panic() {
        let encoded = encode(&seeds()).unwrap();
        let meta = decode_meta(&encoded.meta).unwrap();
        let text = "short".to_string();
        let stored = texts::StoredTexts {
            first: 0,
            articles: vec![texts::StoredText {
                text,
                paragraphs: vec![(0, 500)],
                ..Default::default()
            }],
            claims: Vec::new(),
        };
        let mut bytes = vec![FORMAT_VERSION];
        bytes.extend(postcard::to_allocvec(&stored).unwrap());
        let mut arrived = meta.texts();
        arrived.add(&texts::file_name(&bytes), &bytes).unwrap();
        let error = meta.assemble(&arrived).unwrap_err().to_string();
        assert!(error.contains("not in its text"), "{error}");
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
    fn the_embedded_shard_holds_the_articles_of_the_first_page_and_no_more() {
        // The seeds' texts make one shard: all of it is embedded.
        let small = decode_meta(&encode(&seeds()).unwrap().meta).unwrap();
        assert_eq!(small.shards().len(), 1);
        // Past one shard of text, only the first page's articles are.
        let bundle = padded(&seeds());
        let meta = decode_meta(&encode(&bundle).unwrap().meta).unwrap();
        let position = |id: &str| {
            bundle
                .corpus
                .articles
                .iter()
                .position(|a| a.id == id)
                .unwrap()
        };
        let needed = bundle
            .catalog
            .quotes
            .iter()
            .take(FIRST_PAGE_ITEMS)
            .map(|q| position(&q.article))
            .chain(
                bundle
                    .catalog
                    .claims
                    .iter()
                    .take(FIRST_PAGE_ITEMS)
                    .map(|c| position(&c.article)),
            )
            .max()
            .unwrap();
        let first = meta.shard_of(0).unwrap();
        assert_eq!(first.count as usize, needed + 1);
        assert!(
            needed + 1 < bundle.corpus.articles.len(),
            "the seeds' page spans them all"
        );
    }

    #[test]
    fn shards_cover_every_article_once_in_order() {
        let long = "x".repeat(texts::SHARD_BYTES / 3 + 1);
        let all: Vec<texts::ArticleText> = (0..10)
            .map(|_| texts::ArticleText {
                text: &long,
                ..Default::default()
            })
            .collect();
        let shards = texts::shards(&all, 1);
        assert_eq!(shards.len(), 4);
        let mut next = 0;
        for (run, _) in &shards {
            assert_eq!(run.first, next);
            next += run.count;
        }
        assert_eq!(next, 10);
    }
}
