//! Facets: the dimensions results can be narrowed by, what the user selected,
//! and how many items each value would leave.
//!
//! Several values of one facet combine with OR, facets combine with AND. A
//! value's count is the number of items matching the search and every *other*
//! facet's selection, so picking a second value in a facet shows what it adds.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Article,
    Outlet,
    /// The speaker of a quote, the source of a claim, or the source itself.
    Source,
    SourceType,
    /// A quote's kind: direct, partial, scare.
    QuoteKind,
    /// A claim's type: statistic, event, prediction, assessment.
    ClaimType,
    Certainty,
    /// People, places and organisations a claim mentions.
    Entity,
    /// Whether the item gives a number ("yes" / "no").
    HasNumber,
}

impl Facet {
    pub const ALL: [Facet; 9] = [
        Facet::Article,
        Facet::Outlet,
        Facet::Source,
        Facet::SourceType,
        Facet::QuoteKind,
        Facet::ClaimType,
        Facet::Certainty,
        Facet::Entity,
        Facet::HasNumber,
    ];

    /// The query-string parameter (and the name used in exports).
    pub fn param(self) -> &'static str {
        match self {
            Facet::Article => "article",
            Facet::Outlet => "outlet",
            Facet::Source => "source",
            Facet::SourceType => "source_type",
            Facet::QuoteKind => "kind",
            Facet::ClaimType => "type",
            Facet::Certainty => "certainty",
            Facet::Entity => "entity",
            Facet::HasNumber => "number",
        }
    }

    pub fn from_param(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.param() == name)
    }

    /// A heading for the facet's panel.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Article => "Article",
            Facet::Outlet => "Outlet",
            Facet::Source => "Speaker / source",
            Facet::SourceType => "Source type",
            Facet::QuoteKind => "Quote kind",
            Facet::ClaimType => "Claim type",
            Facet::Certainty => "Certainty",
            Facet::Entity => "Entity",
            Facet::HasNumber => "Has a number",
        }
    }
}

/// What is selected: for each facet, the values any of which an item must have.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    pub values: BTreeMap<Facet, BTreeSet<String>>,
}

impl Selection {
    pub fn is_empty(&self) -> bool {
        self.values.values().all(BTreeSet::is_empty)
    }

    pub fn contains(&self, facet: Facet, value: &str) -> bool {
        self.values.get(&facet).is_some_and(|v| v.contains(value))
    }

    /// Adds the value if absent, removes it if present.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let values = self.values.entry(facet).or_default();
        if !values.remove(value) {
            values.insert(value.to_string());
        }
        if values.is_empty() {
            self.values.remove(&facet);
        }
    }

    pub fn clear(&mut self, facet: Facet) {
        self.values.remove(&facet);
    }
}

/// One value of a facet with the number of items it would leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    pub facet: Facet,
    pub value: Arc<str>,
    pub label: Arc<str>,
    pub count: usize,
    pub selected: bool,
}
