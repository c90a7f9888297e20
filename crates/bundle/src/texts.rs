//! The article texts, stored apart from the embedded metadata in static files
//! next to the app: shards of consecutive articles (a page of results needs
//! a few), and one file with every text (what search and export need). With
//! each article's text goes what only its text gives meaning to: its
//! paragraphs and their roles, its quotes' and claims' spans, and its claims'
//! numbers and dates (a facet bit for "has a number" stays embedded).
//!
//! A file is a version byte, then postcard of [`StoredTexts`]. Its name is
//! derived from its bytes, so a cached or stale file is never taken for
//! another build's, and [`Texts::add`] checks the bytes against the name.

use crate::stored::{span_steps, span_unsteps};
use crate::{DecodeError, FORMAT_VERSION};
use claimscope_corpus::id::fnv1a32;
use claimscope_corpus::Span;
use claimscope_model::{NumberRecord, ParagraphRole};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Raw text per shard before a new one starts: about 20 KB gzip, so a page of
/// results from one part of the corpus costs a request or two.
pub const SHARD_BYTES: usize = 48 * 1024;

/// Shards a view fetches one by one at most; past this, the file of every text.
pub const MAX_SHARDS: usize = 6;

/// A file of texts, as the build writes it next to the app (`texts/NAME`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Where one file's texts go: articles `first..first + count`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextRun {
    pub file: String,
    pub first: u32,
    pub count: u32,
}

/// The texts of articles `first..`, and the numbers and dates of their
/// claims that have any.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct StoredTexts {
    pub first: u32,
    pub articles: Vec<StoredText>,
    pub claims: Vec<ClaimDetails>,
}

/// One article's text and the spans into it, each list as
/// [`span_steps`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct StoredText {
    pub text: String,
    pub paragraphs: Vec<(u32, u32)>,
    pub roles: Vec<ParagraphRole>,
    /// Its quotes' spans, in catalog order.
    pub quotes: Vec<(u32, u32)>,
    pub claims: Vec<(u32, u32)>,
}

/// What the build knows of one article for its text file.
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleText<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Span>,
    pub roles: Vec<ParagraphRole>,
    pub quotes: Vec<(u32, u32)>,
    pub claims: Vec<(u32, u32)>,
    pub details: Vec<ClaimDetails>,
}

impl ArticleText<'_> {
    fn stored(&self) -> StoredText {
        StoredText {
            text: self.text.to_string(),
            paragraphs: span_steps(self.paragraphs.iter().map(|p| (p.start, p.end))),
            roles: self.roles.clone(),
            quotes: span_steps(self.quotes.iter().copied()),
            claims: span_steps(self.claims.iter().copied()),
        }
    }
}

/// An article's text as it arrived, spans decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct ArrivedText {
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub roles: Vec<ParagraphRole>,
    pub quotes: Vec<(u32, u32)>,
    pub claims: Vec<(u32, u32)>,
}

impl From<StoredText> for ArrivedText {
    fn from(s: StoredText) -> Self {
        ArrivedText {
            paragraphs: span_unsteps(&s.paragraphs)
                .into_iter()
                .map(|(start, end)| Span { start, end })
                .collect(),
            quotes: span_unsteps(&s.quotes),
            claims: span_unsteps(&s.claims),
            text: s.text,
            roles: s.roles,
        }
    }
}

/// What a claim counts and dates, by its position in the catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct ClaimDetails {
    pub claim: u32,
    pub numbers: Vec<NumberRecord>,
    pub dates: Vec<String>,
}

impl StoredTexts {
    pub(crate) fn of(first: usize, articles: &[ArticleText]) -> StoredTexts {
        StoredTexts {
            first: first as u32,
            articles: articles.iter().map(ArticleText::stored).collect(),
            claims: articles.iter().flat_map(|a| a.details.clone()).collect(),
        }
    }
}

/// The file name for these bytes: their hash and length.
pub(crate) fn file_name(bytes: &[u8]) -> String {
    format!("texts-{:08x}{:x}.bin", fnv1a32(bytes), bytes.len())
}

/// Texts of articles `first..`, as one file.
pub(crate) fn text_file(first: usize, articles: &[ArticleText]) -> (TextRun, TextFile) {
    let stored = StoredTexts::of(first, articles);
    let mut bytes = vec![FORMAT_VERSION];
    // Plain owned data into a Vec: postcard cannot fail.
    bytes.extend(postcard::to_allocvec(&stored).expect("postcard encodes texts"));
    let name = file_name(&bytes);
    let run = TextRun {
        file: name.clone(),
        first: first as u32,
        count: articles.len() as u32,
    };
    (run, TextFile { name, bytes })
}

/// Cuts the articles' texts into shards: the first of the first
/// `first_shard` articles (at least one), the rest of about [`SHARD_BYTES`].
pub(crate) fn shards(articles: &[ArticleText], first_shard: usize) -> Vec<(TextRun, TextFile)> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut size = 0;
    let first_shard = first_shard.max(1);
    for (i, article) in articles.iter().enumerate() {
        size += article.text.len();
        let full = if out.is_empty() {
            i + 1 >= first_shard
        } else {
            size >= SHARD_BYTES
        };
        if full || i + 1 == articles.len() {
            out.push(text_file(first, &articles[first..=i]));
            first = i + 1;
            size = 0;
        }
    }
    out
}

/// The texts that have arrived so far, by article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts {
    texts: Vec<Option<ArrivedText>>,
    /// Claims' numbers and dates, by claim position, for the articles here.
    details: HashMap<u32, (Vec<NumberRecord>, Vec<String>)>,
}

impl Texts {
    /// None of `articles` texts yet.
    pub fn new(articles: usize) -> Texts {
        Texts {
            texts: vec![None; articles],
            details: HashMap::new(),
        }
    }

    /// Takes in the file `name` (a name from the metadata): its bytes must be
    /// the ones the build wrote under that name.
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), DecodeError> {
        if file_name(bytes) != name {
            return Err(DecodeError::Malformed(format!(
                "{name} does not hold the texts this app was built with (a file from another build?)"
            )));
        }
        let (&version, body) = bytes.split_first().ok_or(DecodeError::Empty)?;
        if version != FORMAT_VERSION {
            return Err(DecodeError::Version { found: version });
        }
        let stored: StoredTexts = postcard::from_bytes(body)
            .map_err(|e| DecodeError::Malformed(format!("{name}: {e}")))?;
        let first = stored.first as usize;
        if first + stored.articles.len() > self.texts.len() {
            return Err(DecodeError::Malformed(format!(
                "{name} holds articles past the last one"
            )));
        }
        self.put(stored);
        Ok(())
    }

    /// The texts of a file (or of the metadata), as far as there are articles.
    pub(crate) fn put(&mut self, stored: StoredTexts) {
        let slots = self.texts.iter_mut().skip(stored.first as usize);
        for (slot, text) in slots.zip(stored.articles) {
            *slot = Some(text.into());
        }
        for c in stored.claims {
            self.details.insert(c.claim, (c.numbers, c.dates));
        }
    }

    /// Claim `c`'s numbers and dates, if its article's text is here and it has any.
    pub(crate) fn details(&self, claim: u32) -> Option<&(Vec<NumberRecord>, Vec<String>)> {
        self.details.get(&claim)
    }

    pub fn get(&self, article: usize) -> Option<&str> {
        self.arrived(article).map(|t| t.text.as_str())
    }

    /// Article `a`'s text with its spans, if it is here.
    pub fn arrived(&self, article: usize) -> Option<&ArrivedText> {
        self.texts.get(article).and_then(Option::as_ref)
    }

    pub fn has(&self, article: usize) -> bool {
        self.get(article).is_some()
    }

    pub fn is_complete(&self) -> bool {
        self.texts.iter().all(Option::is_some)
    }
}
