//! The bundle: what the build embeds in the app. The articles (text and
//! paragraphs), the catalog of quotes, sources, claims and entities, and each
//! paragraph's role, encoded as a version byte then postcard.
//!
//! postcard is compact (varints, no field names) and its decoder is small in
//! WASM; the version byte turns a stale or foreign blob into a clear error.
//! This crate owns that format; it must not know how the catalog is built
//! (the build script does that) or how it is shown.

use claimscope_corpus::Corpus;
use claimscope_model::{Catalog, ParagraphRole};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Bumped whenever the bundle changes shape.
pub const FORMAT_VERSION: u8 = 2;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Bundle {
    pub corpus: Corpus,
    pub catalog: Catalog,
    /// `roles[a][p]`: the role of paragraph `p` of article `a` (corpus order).
    pub roles: Vec<Vec<ParagraphRole>>,
}

pub fn encode(bundle: &Bundle) -> Vec<u8> {
    let mut out = vec![FORMAT_VERSION];
    // Serializing plain owned data into a Vec cannot fail.
    out.extend(postcard::to_allocvec(bundle).expect("postcard encodes the bundle"));
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
            DecodeError::Empty => f.write_str("the embedded data is empty"),
            DecodeError::Version { found } => write!(
                f,
                "the embedded data has format {found}, this app reads format {FORMAT_VERSION}"
            ),
            DecodeError::Malformed(e) => write!(f, "the embedded data is malformed: {e}"),
        }
    }
}

pub fn decode(bytes: &[u8]) -> Result<Bundle, DecodeError> {
    let (&version, body) = bytes.split_first().ok_or(DecodeError::Empty)?;
    if version != FORMAT_VERSION {
        return Err(DecodeError::Version { found: version });
    }
    postcard::from_bytes(body).map_err(|e| DecodeError::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_embedded_form_round_trips_and_rejects_other_versions() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let (_, built) = claimscope_catalog::build_dir(&seeds).unwrap();
        let corpus = claimscope_corpus::load_dir(&seeds).unwrap().corpus;
        let bundle = Bundle {
            corpus,
            catalog: built.catalog,
            roles: built.roles,
        };
        let bytes = encode(&bundle);
        assert_eq!(decode(&bytes).unwrap(), bundle);
        let mut stale = bytes.clone();
        stale[0] = FORMAT_VERSION + 1;
        assert!(matches!(decode(&stale), Err(DecodeError::Version { .. })));
        assert_eq!(decode(&[]), Err(DecodeError::Empty));
        assert!(matches!(
            decode(&bytes[..bytes.len() / 2]),
            Err(DecodeError::Malformed(_))
        ));
    }
}
