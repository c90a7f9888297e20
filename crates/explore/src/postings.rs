//! Where each word occurs, per list: item positions by stem and by form, so a
//! query looks up its terms instead of reading every item.

use crate::query::{Query, Term};
use crate::text::{for_each_form, stem};
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, Default)]
pub(crate) struct Postings {
    /// How many items the list has.
    items: usize,
    by_stem: FxHashMap<String, Vec<u32>>,
    /// Sorted by form, so the words a prefix starts are one range.
    by_form: Vec<(String, Vec<u32>)>,
}

impl Postings {
    /// `items[i]` are the texts (own text and context) of item `i`. Built
    /// by form, each form folded into one reused buffer and looked up before
    /// it is copied; the stems are then joined from the distinct forms, far
    /// fewer than the words.
    pub(crate) fn build<'a>(items: impl Iterator<Item = [&'a str; 2]>) -> Postings {
        let mut by_form: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        let mut buffer = String::new();
        let mut count = 0;
        for (i, texts) in items.enumerate() {
            count = i + 1;
            let i = i as u32;
            for text in texts {
                for_each_form(text, &mut buffer, |form| match by_form.get_mut(form) {
                    Some(list) => add(list, i),
                    None => {
                        by_form.insert(form.to_string(), vec![i]);
                    }
                });
            }
        }
        let mut by_stem: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for (form, items) in &by_form {
            by_stem
                .entry(stem(form))
                .or_default()
                .extend_from_slice(items);
        }
        for list in by_stem.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        let mut by_form: Vec<(String, Vec<u32>)> = by_form.into_iter().collect();
        by_form.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Postings {
            items: count,
            by_stem,
            by_form,
        }
    }

    fn form(&self, form: &str) -> Option<&Vec<u32>> {
        self.by_form
            .binary_search_by(|(f, _)| f.as_str().cmp(form))
            .ok()
            .map(|i| &self.by_form[i].1)
    }

    /// Items that may match every term, sorted: a superset of the matches
    /// (phrase order is checked afterwards). `None` for an empty query: all.
    pub(crate) fn candidates(&self, query: &Query) -> Option<Vec<u32>> {
        let mut result: Option<Vec<u32>> = None;
        for term in &query.terms {
            let here = match term {
                Term::Word { stem } => self.by_stem.get(stem).cloned().unwrap_or_default(),
                Term::Prefix { form, stem } => {
                    let from = self
                        .by_form
                        .partition_point(|(f, _)| f.as_str() < form.as_str());
                    let lists = self.by_form[from..]
                        .iter()
                        .take_while(|(f, _)| f.starts_with(form.as_str()))
                        .map(|(_, items)| items.as_slice())
                        .chain(self.by_stem.get(stem).map(Vec::as_slice));
                    union(lists, self.items)
                }
                Term::Phrase(forms) => forms
                    .iter()
                    .map(|f| self.form(f).cloned().unwrap_or_default())
                    .reduce(|a, b| intersect(&a, &b))
                    .unwrap_or_default(),
            };
            result = Some(match result {
                None => here,
                Some(so_far) => intersect(&so_far, &here),
            });
            if result.as_ref().is_some_and(Vec::is_empty) {
                break;
            }
        }
        result
    }
}

fn add(list: &mut Vec<u32>, item: u32) {
    if list.last() != Some(&item) {
        list.push(item);
    }
}

/// Every item of any of `lists`, sorted, without repeats. A bitmap rather than
/// sorting the concatenation: a one-letter prefix joins thousands of lists
/// holding most of the corpus, and this is linear in their length.
fn union<'a>(lists: impl Iterator<Item = &'a [u32]>, items: usize) -> Vec<u32> {
    let mut seen = vec![0u64; items.div_ceil(64)];
    for list in lists {
        for &item in list {
            if let Some(word) = seen.get_mut(item as usize / 64) {
                *word |= 1 << (item % 64);
            }
        }
    }
    let mut out = Vec::new();
    for (w, &word) in seen.iter().enumerate() {
        let mut bits = word;
        while bits != 0 {
            out.push((w * 64) as u32 + bits.trailing_zeros());
            bits &= bits - 1;
        }
    }
    out
}

/// Both sorted, without repeats.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}
