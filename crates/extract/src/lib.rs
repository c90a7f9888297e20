//! Extraction: finds quotes, speakers, sources and claims in one English news article.
//!
//! Rules, not a model: every decision can be traced to a cue in the text.
//! It owns sentence splitting, quote pairing, name and role recognition,
//! attribution and claim classification. It must not know where articles come
//! from, how they are shown, or anything about other articles (merging across
//! articles belongs to the catalog).

pub mod marks;
pub mod sentences;
