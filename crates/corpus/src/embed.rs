//! The embedded form of a [`Corpus`]: a version byte, then postcard.
//!
//! postcard is compact (varints, no field names) and its decoder is small in WASM;
//! the version byte turns a stale or foreign blob into a clear error instead of
//! garbage.

use crate::Corpus;
use std::fmt;

/// Bumped whenever the model changes shape.
pub const FORMAT_VERSION: u8 = 1;

pub fn encode(corpus: &Corpus) -> Vec<u8> {
    let mut out = vec![FORMAT_VERSION];
    // Serializing plain owned data into a Vec cannot fail.
    out.extend(postcard::to_allocvec(corpus).expect("postcard encodes the corpus model"));
    out
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Version { found: u8 },
    Malformed(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("the embedded corpus is empty"),
            DecodeError::Version { found } => write!(
                f,
                "the embedded corpus has format {found}, this app reads format {FORMAT_VERSION}"
            ),
            DecodeError::Malformed(e) => write!(f, "the embedded corpus is malformed: {e}"),
        }
    }
}

pub fn decode(bytes: &[u8]) -> Result<Corpus, DecodeError> {
    let (&version, body) = bytes.split_first().ok_or(DecodeError::Empty)?;
    if version != FORMAT_VERSION {
        return Err(DecodeError::Version { found: version });
    }
    postcard::from_bytes(body).map_err(|e| DecodeError::Malformed(e.to_string()))
}
