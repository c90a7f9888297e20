//! The searchable text of one list and its word index, built on first use.
//!
//! Facet counts need only each item's facet values, so the explorer builds
//! those at start-up and leaves the words (the larger part of its build) to
//! the first search, or to the app warming the index once the first results
//! are painted. Knows words and postings, not facets.

use crate::postings::Postings;
use crate::text::{words, Word};

/// What each item of a list is searched by: its own text (highlighted) and
/// its context (a speaker's name, aliases: searched, not highlighted). All
/// items' texts share one string, so keeping them costs two allocations per
/// list, not two per item.
#[derive(Debug, Clone, Default)]
pub(crate) struct Searchable {
    texts: String,
    text_ends: Vec<u32>,
    extras: String,
    extra_ends: Vec<u32>,
}

impl Searchable {
    /// Appends the next item.
    pub(crate) fn push<'a>(&mut self, text: &str, extra: impl IntoIterator<Item = &'a str>) {
        self.texts.push_str(text);
        self.text_ends.push(self.texts.len() as u32);
        for (i, e) in extra.into_iter().enumerate() {
            if i > 0 {
                // A line break: no phrase runs from one alias into the next.
                self.extras.push('\n');
            }
            self.extras.push_str(e);
        }
        self.extra_ends.push(self.extras.len() as u32);
    }

    pub(crate) fn len(&self) -> usize {
        self.text_ends.len()
    }

    fn slice<'s>(all: &'s str, ends: &[u32], i: usize) -> &'s str {
        let start = if i == 0 { 0 } else { ends[i - 1] as usize };
        &all[start..ends[i] as usize]
    }

    pub(crate) fn text(&self, i: usize) -> &str {
        Self::slice(&self.texts, &self.text_ends, i)
    }

    pub(crate) fn extra(&self, i: usize) -> &str {
        Self::slice(&self.extras, &self.extra_ends, i)
    }

    /// The words of item `i`'s own text and of its context.
    pub(crate) fn words_of(&self, i: usize) -> (Vec<Word>, Vec<Word>) {
        (words(self.text(i)), words(self.extra(i)))
    }
}

/// Where each word of a list occurs. The words themselves are not kept: a
/// phrase's order and the highlights are read again from the few items that
/// need them, where keeping every item's words cost most of the app's memory
/// (163 MB of WASM memory over the BBC corpus, 1.5 GB over ×10).
#[derive(Debug, Clone, Default)]
pub(crate) struct TextIndex {
    pub postings: Postings,
}

impl TextIndex {
    pub(crate) fn build(items: &Searchable) -> TextIndex {
        let postings = Postings::build((0..items.len()).map(|i| [items.text(i), items.extra(i)]));
        TextIndex { postings }
    }
}
