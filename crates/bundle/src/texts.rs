//! The article texts, stored apart from the embedded metadata in static files
//! next to the app: shards of consecutive articles (a page of results needs
//! a few), and one file with every text (what search and export need). With
//! each article's text go its claims' numbers and dates, which only a shown
//! claim or an export reads (a facet bit for "has a number" stays embedded).
//!
//! A file is a version byte, then postcard of [`StoredTexts`]. Its name is
//! derived from its bytes, so a cached or stale file is never taken for
//! another build's, and [`Texts::add`] checks the bytes against the name.

use crate::{DecodeError, FORMAT_VERSION};
use claimscope_corpus::id::fnv1a32;
use claimscope_model::NumberRecord;
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
    pub texts: Vec<String>,
    pub claims: Vec<ClaimDetails>,
}

/// What a claim counts and dates, by its position in the catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct ClaimDetails {
    pub claim: u32,
    pub numbers: Vec<NumberRecord>,
    pub dates: Vec<String>,
}

/// Each article's claims' details, in article order.
pub(crate) type DetailsByArticle = Vec<Vec<ClaimDetails>>;

impl StoredTexts {
    pub(crate) fn of(first: usize, texts: &[&str], details: &DetailsByArticle) -> StoredTexts {
        StoredTexts {
            first: first as u32,
            texts: texts.iter().map(|t| t.to_string()).collect(),
            claims: details[first..first + texts.len()].concat(),
        }
    }
}

/// The file name for these bytes: their hash and length.
pub(crate) fn file_name(bytes: &[u8]) -> String {
    format!("texts-{:08x}{:x}.bin", fnv1a32(bytes), bytes.len())
}

/// Texts of articles `first..`, as one file.
pub(crate) fn text_file(
    first: usize,
    texts: &[&str],
    details: &DetailsByArticle,
) -> (TextRun, TextFile) {
    let stored = StoredTexts::of(first, texts, details);
    let mut bytes = vec![FORMAT_VERSION];
    // Plain owned data into a Vec: postcard cannot fail.
    bytes.extend(postcard::to_allocvec(&stored).expect("postcard encodes texts"));
    let name = file_name(&bytes);
    let run = TextRun {
        file: name.clone(),
        first: first as u32,
        count: texts.len() as u32,
    };
    (run, TextFile { name, bytes })
}

/// Cuts the articles' texts into shards of about [`SHARD_BYTES`].
pub(crate) fn shards(texts: &[&str], details: &DetailsByArticle) -> Vec<(TextRun, TextFile)> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut size = 0;
    for (i, text) in texts.iter().enumerate() {
        size += text.len();
        if size >= SHARD_BYTES || i + 1 == texts.len() {
            out.push(text_file(first, &texts[first..=i], details));
            first = i + 1;
            size = 0;
        }
    }
    out
}

/// The texts that have arrived so far, by article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts {
    texts: Vec<Option<String>>,
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
        if first + stored.texts.len() > self.texts.len() {
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
        for (slot, text) in slots.zip(stored.texts) {
            *slot = Some(text);
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
        self.texts.get(article).and_then(|t| t.as_deref())
    }

    pub fn has(&self, article: usize) -> bool {
        self.get(article).is_some()
    }

    pub fn is_complete(&self) -> bool {
        self.texts.iter().all(Option::is_some)
    }
}
