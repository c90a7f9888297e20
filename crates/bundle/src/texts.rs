//! The article texts, stored apart from the embedded metadata in static files
//! next to the app: shards of consecutive articles (a page of results needs
//! a few), and one file with every text (what search and export need).
//!
//! A file is a version byte, then postcard of [`StoredTexts`]. Its name is
//! derived from its bytes, so a cached or stale file is never taken for
//! another build's, and [`Texts::add`] checks the bytes against the name.

use crate::{DecodeError, FORMAT_VERSION};
use claimscope_corpus::id::fnv1a32;
use serde::{Deserialize, Serialize};

/// Raw text per shard before a new one starts: about 20 KB gzip, so a page of
/// results from one part of the corpus costs a request or two.
pub const SHARD_BYTES: usize = 48 * 1024;

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

#[derive(Serialize, Deserialize)]
struct StoredTexts {
    first: u32,
    texts: Vec<String>,
}

/// The file name for these bytes: their hash and length.
pub(crate) fn file_name(bytes: &[u8]) -> String {
    format!("texts-{:08x}{:x}.bin", fnv1a32(bytes), bytes.len())
}

/// Texts of articles `first..`, as one file.
pub(crate) fn text_file(first: u32, texts: &[&str]) -> (TextRun, TextFile) {
    let stored = StoredTexts {
        first,
        texts: texts.iter().map(|t| t.to_string()).collect(),
    };
    let mut bytes = vec![FORMAT_VERSION];
    // Plain owned data into a Vec: postcard cannot fail.
    bytes.extend(postcard::to_allocvec(&stored).expect("postcard encodes texts"));
    let name = file_name(&bytes);
    let run = TextRun {
        file: name.clone(),
        first,
        count: texts.len() as u32,
    };
    (run, TextFile { name, bytes })
}

/// Cuts the articles' texts into shards of about [`SHARD_BYTES`].
pub(crate) fn shards(texts: &[&str]) -> Vec<(TextRun, TextFile)> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut size = 0;
    for (i, text) in texts.iter().enumerate() {
        size += text.len();
        if size >= SHARD_BYTES || i + 1 == texts.len() {
            out.push(text_file(first as u32, &texts[first..=i]));
            first = i + 1;
            size = 0;
        }
    }
    out
}

/// The texts that have arrived so far, by article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts {
    texts: Vec<Option<String>>,
}

impl Texts {
    /// None of `articles` texts yet.
    pub fn new(articles: usize) -> Texts {
        Texts {
            texts: vec![None; articles],
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
        self.put(first, stored.texts);
        Ok(())
    }

    /// Texts of articles `first..`, as far as there are articles.
    pub(crate) fn put(&mut self, first: usize, texts: impl IntoIterator<Item = String>) {
        let slots = self.texts.iter_mut().skip(first);
        for (slot, text) in slots.zip(texts) {
            *slot = Some(text);
        }
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
