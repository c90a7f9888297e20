//! The command line's library half: export and evaluation, so tests can call them.
//!
//! It owns the CSV/JSON rendering of a catalog and the scoring of extraction
//! against hand annotations. It must not know how extraction works inside.

pub mod bench;
pub mod eval;
pub mod export;
