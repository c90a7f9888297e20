//! The corpus: a folder of plain-text news articles, read and validated at build
//! time, laid out into paragraphs, and carried into the app in a compact binary form.
//!
//! This crate owns the article data model ([`Corpus`], [`Article`], [`Span`],
//! [`Warning`]), the rules for reading a folder ([`load_dir`]), the paragraph and
//! title layout ([`layout`]) (its embedded encoding belongs to `claimscope-bundle`).
//!
//! It must not know about extraction (quotes, claims, sources), HTML, the DOM or
//! any network: the build script calls it natively, and the WASM app only decodes.

pub mod id;
pub mod layout;
mod load;
mod model;

pub use load::{article_from_bytes, load_dir, FileProblem, LoadError, LoadReport, ProblemKind};
pub use model::{Article, Corpus, Span, Warning};
