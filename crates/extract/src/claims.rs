//! Claims: the check-worthy statements of an article body, typed, with their
//! certainty, their source, and the numbers, dates and entities they mention.

use crate::attribution::Cue;
use crate::doc::Doc;
use crate::quotes::Attributed;
use claimscope_corpus::Span;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Statistic,
    Event,
    Prediction,
    Assessment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    Asserted,
    Hedged,
    Speculative,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub span: Span,
    pub kind: ClaimKind,
    pub certainty: Certainty,
    pub source: Option<u32>,
    pub numbers: Vec<String>,
    pub dates: Vec<String>,
    pub entities: Vec<u32>,
}

pub fn find(_doc: &mut Doc, _cues: &[Cue], _quotes: &[Attributed]) -> Vec<Claim> {
    Vec::new()
}
