//! Records by id, and what is attributed to each source or found in each
//! article, gathered once so that views never scan the whole catalog.
//! Only what the metadata holds is gathered: a quote or claim is found by id
//! among its article's, since its id is known only once the article's text
//! has arrived (and the same lookup serves before and after).

use claimscope_model::Catalog;
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lookup {
    sources: FxHashMap<String, usize>,
    articles: FxHashMap<String, usize>,
    quotes_by_source: FxHashMap<String, Vec<usize>>,
    claims_by_source: FxHashMap<String, Vec<usize>>,
    quotes_by_article: FxHashMap<String, Vec<usize>>,
    claims_by_article: FxHashMap<String, Vec<usize>>,
}

fn positions<'a>(ids: impl Iterator<Item = &'a String>) -> FxHashMap<String, usize> {
    ids.enumerate().map(|(i, id)| (id.clone(), i)).collect()
}

fn groups<'a>(keys: impl Iterator<Item = Option<&'a String>>) -> FxHashMap<String, Vec<usize>> {
    let mut out: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, key) in keys.enumerate() {
        if let Some(key) = key {
            out.entry(key.clone()).or_default().push(i);
        }
    }
    out
}

fn article_of(id: &str) -> &str {
    claimscope_corpus::id::article_of_item(id).unwrap_or("")
}

/// The item with `id` among `in_article` (positions below `len`), or else
/// anywhere: an id not derived from its text was kept as it was.
fn find_by_id<'c>(
    in_article: &[usize],
    len: usize,
    id_of: impl Fn(usize) -> &'c String,
    id: &str,
) -> Option<usize> {
    let matches = |i: &usize| *i < len && id_of(*i) == id;
    in_article
        .iter()
        .copied()
        .find(matches)
        .or_else(|| (0..len).find(matches))
}

impl Lookup {
    pub fn new(catalog: &Catalog) -> Lookup {
        Lookup {
            sources: positions(catalog.sources.iter().map(|s| &s.id)),
            articles: positions(catalog.articles.iter().map(|a| &a.id)),
            quotes_by_source: groups(catalog.quotes.iter().map(|q| q.speaker.as_ref())),
            claims_by_source: groups(catalog.claims.iter().map(|c| c.source.as_ref())),
            quotes_by_article: groups(catalog.quotes.iter().map(|q| Some(&q.article))),
            claims_by_article: groups(catalog.claims.iter().map(|c| Some(&c.article))),
        }
    }

    /// Position of the source with this id in `catalog.sources`.
    pub fn source(&self, id: &str) -> Option<usize> {
        self.sources.get(id).copied()
    }

    /// Position of the article with this id in `catalog.articles` (and in the corpus).
    pub fn article(&self, id: &str) -> Option<usize> {
        self.articles.get(id).copied()
    }

    /// Position of the quote with this id in `catalog.quotes` (the catalog the
    /// lookup was built from, or the same with more texts in).
    pub fn quote(&self, catalog: &Catalog, id: &str) -> Option<usize> {
        let in_article = self.quotes_in(article_of(id));
        find_by_id(
            in_article,
            catalog.quotes.len(),
            |i| &catalog.quotes[i].id,
            id,
        )
    }

    /// Position of the claim with this id in `catalog.claims`.
    pub fn claim(&self, catalog: &Catalog, id: &str) -> Option<usize> {
        let in_article = self.claims_in(article_of(id));
        find_by_id(
            in_article,
            catalog.claims.len(),
            |i| &catalog.claims[i].id,
            id,
        )
    }

    /// Positions of the quotes whose speaker is `source`, in catalog order.
    pub fn quotes_of(&self, source: &str) -> &[usize] {
        self.quotes_by_source.get(source).map_or(&[], Vec::as_slice)
    }

    /// Positions of the claims attributed to `source`, in catalog order.
    pub fn claims_of(&self, source: &str) -> &[usize] {
        self.claims_by_source.get(source).map_or(&[], Vec::as_slice)
    }

    pub fn quotes_in(&self, article: &str) -> &[usize] {
        self.quotes_by_article
            .get(article)
            .map_or(&[], Vec::as_slice)
    }

    pub fn claims_in(&self, article: &str) -> &[usize] {
        self.claims_by_article
            .get(article)
            .map_or(&[], Vec::as_slice)
    }
}
