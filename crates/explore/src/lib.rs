//! Exploring a catalog: search as you type, facet filters and their counts,
//! over quotes, claims, sources and articles.
//!
//! This crate owns what a query means (which items match, how many items each
//! facet value would leave, where to highlight). It must not know the DOM or
//! the URL (the app and `claimscope-url-state` do); it reads the catalog only
//! through `claimscope-model`, so it is tested natively and runs unchanged in
//! WASM.

mod columns;
pub mod export;
pub mod facets;
pub mod index;
pub mod lookup;
pub mod overview;
mod postings;
pub mod query;
mod searchable;
pub mod segments;
pub mod text;

pub use facets::{Facet, FacetCount, Selection};
pub use index::{Explorer, ItemKind, Results};
pub use lookup::Lookup;
pub use query::Query;
