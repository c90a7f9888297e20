//! What "export" downloads: the records a list shows, in the export contract's
//! shape, with the articles, sources and entities they refer to so the file
//! stands on its own.

use crate::index::ItemKind;
use claimscope_model::Catalog;
use std::collections::BTreeSet;

pub fn subset(catalog: &Catalog, kind: ItemKind, items: &[usize]) -> Catalog {
    let mut out = Catalog::default();
    let mut articles: BTreeSet<&str> = BTreeSet::new();
    let mut sources: BTreeSet<&str> = BTreeSet::new();
    let mut entities: BTreeSet<&str> = BTreeSet::new();
    for &i in items {
        match kind {
            ItemKind::Quote => {
                let Some(q) = catalog.quotes.get(i) else {
                    continue;
                };
                articles.insert(&q.article);
                sources.extend(q.speaker.as_deref());
                sources.extend(q.channel.as_deref());
                out.quotes.push(q.clone());
            }
            ItemKind::Claim => {
                let Some(c) = catalog.claims.get(i) else {
                    continue;
                };
                articles.insert(&c.article);
                sources.extend(c.source.as_deref());
                entities.extend(c.entities.iter().map(String::as_str));
                out.claims.push(c.clone());
            }
            ItemKind::Source => {
                let Some(s) = catalog.sources.get(i) else {
                    continue;
                };
                sources.insert(&s.id);
                articles.extend(s.articles.iter().map(String::as_str));
            }
            ItemKind::Article => {
                let Some(a) = catalog.articles.get(i) else {
                    continue;
                };
                articles.insert(&a.id);
            }
        }
    }
    // Catalog order, not selection order: exports of the same view are identical.
    out.articles = catalog
        .articles
        .iter()
        .filter(|a| articles.contains(a.id.as_str()))
        .cloned()
        .collect();
    out.sources = catalog
        .sources
        .iter()
        .filter(|s| sources.contains(s.id.as_str()))
        .cloned()
        .collect();
    out.entities = catalog
        .entities
        .iter()
        .filter(|e| entities.contains(e.id.as_str()))
        .cloned()
        .collect();
    out
}
