//! The peer's data: the same quote and claim items claimscope lists, with the
//! same facet values (taken from claimscope's own explorer) and labels, as the
//! `items.json` MiniSearch loads.

use claimscope_explore::{Explorer, ItemKind};
use claimscope_model::Catalog;
use serde_json::{json, Map, Value};

pub fn items_json(catalog: &Catalog, explorer: &Explorer) -> Value {
    let names: std::collections::HashMap<&str, &str> = catalog
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let list = |kind: ItemKind, texts: Vec<(&str, &str, Option<&str>)>| -> Value {
        texts
            .into_iter()
            .enumerate()
            .map(|(i, (id, text, source))| {
                let values: Vec<Value> = kind
                    .facets()
                    .iter()
                    .map(|&facet| json!(explorer.values(kind, i, facet)))
                    .collect();
                json!({
                    "id": id,
                    "text": text,
                    "who": source.and_then(|s| names.get(s)).copied(),
                    "f": values,
                })
            })
            .collect()
    };
    let quotes = catalog
        .quotes
        .iter()
        .map(|q| (q.id.as_str(), q.text.as_str(), q.speaker.as_deref()))
        .collect();
    let claims = catalog
        .claims
        .iter()
        .map(|c| (c.id.as_str(), c.text.as_str(), c.source.as_deref()))
        .collect();
    let params =
        |kind: ItemKind| -> Vec<&str> { kind.facets().iter().map(|f| f.param()).collect() };
    let mut labels = Map::new();
    for kind in [ItemKind::Quote, ItemKind::Claim] {
        for &facet in kind.facets() {
            let mut of_facet = Map::new();
            let count = match kind {
                ItemKind::Quote => catalog.quotes.len(),
                _ => catalog.claims.len(),
            };
            for i in 0..count {
                for value in explorer.values(kind, i, facet) {
                    if !of_facet.contains_key(value) {
                        let label = explorer.label(facet, value).unwrap_or(value);
                        of_facet.insert(value.to_string(), json!(label));
                    }
                }
            }
            labels
                .entry(facet.param())
                .or_insert_with(|| Value::Object(Map::new()))
                .as_object_mut()
                .expect("an object")
                .extend(of_facet);
        }
    }
    json!({
        "quotes": list(ItemKind::Quote, quotes),
        "claims": list(ItemKind::Claim, claims),
        "facets": { "quotes": params(ItemKind::Quote), "claims": params(ItemKind::Claim) },
        "labels": labels,
    })
}
