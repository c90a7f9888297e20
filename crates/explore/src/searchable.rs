//! The searchable text of one list and its word index, built on first use.
//!
//! Facet counts need only each item's facet values, so the explorer builds
//! those at start-up and leaves the words (the larger part of its build) to
//! the first search, or to the app warming the index once the first results
//! are painted. Knows words and postings, not facets.

use crate::postings::Postings;
use crate::text::{words, Word};

/// What of one item is searched: its own text (highlighted) and context
/// (a speaker's name, aliases: searched, not highlighted).
#[derive(Debug, Clone, Default)]
pub(crate) struct Searchable {
    pub text: String,
    pub extra: Vec<String>,
}

/// The words of every item of a list, and where each word occurs.
#[derive(Debug, Clone, Default)]
pub(crate) struct TextIndex {
    pub words: Vec<Vec<Word>>,
    pub extra: Vec<Vec<Word>>,
    pub postings: Postings,
}

impl TextIndex {
    pub(crate) fn build(items: &[Searchable]) -> TextIndex {
        let words_of: Vec<Vec<Word>> = items.iter().map(|i| words(&i.text)).collect();
        let extra: Vec<Vec<Word>> = items
            .iter()
            .map(|i| i.extra.iter().flat_map(|e| words(e)).collect())
            .collect();
        let postings = Postings::build(words_of.iter().zip(&extra).map(|(w, e)| w.iter().chain(e)));
        TextIndex {
            words: words_of,
            extra,
            postings,
        }
    }
}
