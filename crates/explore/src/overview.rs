//! The numbers behind the overview charts, over whatever a query leaves: quotes
//! per speaker, sources by type per outlet, claims by type and certainty. Each
//! bar segment carries the filters that show its items, so a click can apply them.

use crate::facets::Facet;
use claimscope_model::{Catalog, Certainty, ClaimType, SourceType};
use std::collections::BTreeMap;

/// One bar: a label and its segments (one segment for a plain bar).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// What the segment counts ("direct", "hedged"); the bar's label when plain.
    pub key: String,
    pub count: usize,
    /// Facet values that select exactly these items.
    pub filters: Vec<(Facet, String)>,
}

impl Bar {
    pub fn total(&self) -> usize {
        self.segments.iter().map(|s| s.count).sum()
    }
}

/// Speakers of the quotes `items` (positions in `catalog.quotes`), most quoted
/// first, at most `top`.
pub fn quotes_per_speaker(catalog: &Catalog, items: &[usize], top: usize) -> Vec<Bar> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in items {
        if let Some(speaker) = catalog.quotes.get(i).and_then(|q| q.speaker.as_deref()) {
            *counts.entry(speaker).or_default() += 1;
        }
    }
    let mut bars: Vec<Bar> = counts
        .into_iter()
        .map(|(id, count)| {
            let label = catalog
                .sources
                .iter()
                .find(|s| s.id == id)
                .map_or(id.to_string(), |s| s.name.clone());
            Bar {
                label: label.clone(),
                segments: vec![Segment {
                    key: label,
                    count,
                    filters: vec![(Facet::Source, id.to_string())],
                }],
            }
        })
        .collect();
    bars.sort_by(|a, b| {
        b.total()
            .cmp(&a.total())
            .then_with(|| a.label.cmp(&b.label))
    });
    bars.truncate(top);
    bars
}

/// Claims `items` by type, each bar split by certainty.
pub fn claims_by_type_and_certainty(catalog: &Catalog, items: &[usize]) -> Vec<Bar> {
    ClaimType::ALL
        .iter()
        .map(|&kind| Bar {
            label: kind.name().to_string(),
            segments: Certainty::ALL
                .iter()
                .map(|&certainty| Segment {
                    key: certainty.name().to_string(),
                    count: items
                        .iter()
                        .filter_map(|&i| catalog.claims.get(i))
                        .filter(|c| c.kind == kind && c.certainty == certainty)
                        .count(),
                    filters: vec![
                        (Facet::ClaimType, kind.name().to_string()),
                        (Facet::Certainty, certainty.name().to_string()),
                    ],
                })
                .collect(),
        })
        .filter(|bar| bar.total() > 0)
        .collect()
}

/// Sources `items` per outlet of the articles they appear in, each bar split by
/// source type. Articles with no known outlet are grouped as "outlet unknown".
pub fn sources_by_type_per_outlet(catalog: &Catalog, items: &[usize]) -> Vec<Bar> {
    let outlet_of: BTreeMap<&str, Option<&str>> = catalog
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.outlet.as_deref()))
        .collect();
    // outlet -> type -> sources
    let mut table: BTreeMap<Option<&str>, BTreeMap<&'static str, usize>> = BTreeMap::new();
    for source in items.iter().filter_map(|&i| catalog.sources.get(i)) {
        let mut outlets: Vec<Option<&str>> = source
            .articles
            .iter()
            .map(|a| outlet_of.get(a.as_str()).copied().flatten())
            .collect();
        outlets.sort();
        outlets.dedup();
        for outlet in outlets {
            *table
                .entry(outlet)
                .or_default()
                .entry(source.kind.name())
                .or_default() += 1;
        }
    }
    table
        .into_iter()
        .map(|(outlet, types)| Bar {
            label: outlet.unwrap_or("outlet unknown").to_string(),
            segments: SourceType::ALL
                .iter()
                .map(|t| {
                    let mut filters = vec![(Facet::SourceType, t.name().to_string())];
                    if let Some(outlet) = outlet {
                        filters.push((Facet::Outlet, claimscope_model::slug(outlet)));
                    }
                    Segment {
                        key: t.name().to_string(),
                        count: types.get(t.name()).copied().unwrap_or(0),
                        filters,
                    }
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimscope_model::{ClaimRecord, QuoteKind, QuoteRecord, SourceRecord};

    fn quote(id: &str, speaker: Option<&str>) -> QuoteRecord {
        QuoteRecord {
            id: id.into(),
            article: "a".into(),
            text: "x".into(),
            kind: QuoteKind::Direct,
            speaker: speaker.map(Into::into),
            cue: None,
            channel: None,
            start: 0,
            end: 1,
        }
    }

    #[test]
    fn speakers_are_counted_and_ranked() {
        let catalog = Catalog {
            quotes: vec![
                quote("1", Some("b")),
                quote("2", Some("a")),
                quote("3", Some("b")),
                quote("4", None),
            ],
            sources: vec![SourceRecord {
                id: "b".into(),
                name: "Bee".into(),
                aliases: Vec::new(),
                kind: SourceType::Person,
                role: None,
                cited: true,
                articles: vec!["a".into()],
            }],
            ..Catalog::default()
        };
        let bars = quotes_per_speaker(&catalog, &[0, 1, 2, 3], 10);
        assert_eq!(bars.len(), 2);
        assert_eq!((bars[0].label.as_str(), bars[0].total()), ("Bee", 2));
        assert_eq!(
            bars[0].segments[0].filters,
            vec![(Facet::Source, "b".to_string())]
        );
        // Only the items given count.
        assert_eq!(quotes_per_speaker(&catalog, &[1], 10)[0].total(), 1);
    }

    #[test]
    fn claims_split_by_certainty() {
        let claim = |kind, certainty| ClaimRecord {
            id: String::new(),
            article: "a".into(),
            text: String::new(),
            kind,
            certainty,
            source: None,
            start: 0,
            end: 0,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        };
        let catalog = Catalog {
            claims: vec![
                claim(ClaimType::Statistic, Certainty::Asserted),
                claim(ClaimType::Statistic, Certainty::Hedged),
                claim(ClaimType::Event, Certainty::Asserted),
            ],
            ..Catalog::default()
        };
        let bars = claims_by_type_and_certainty(&catalog, &[0, 1, 2]);
        let statistic = bars.iter().find(|b| b.label == "statistic").unwrap();
        assert_eq!(statistic.total(), 2);
        let hedged = statistic
            .segments
            .iter()
            .find(|s| s.key == "hedged")
            .unwrap();
        assert_eq!(hedged.count, 1);
    }
}
