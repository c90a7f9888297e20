//! The bundle: what the build embeds in the app. The articles (text and
//! paragraphs), the catalog of quotes, sources, claims and entities, and each
//! paragraph's role, encoded as a version byte then postcard.
//!
//! postcard is compact (varints, no field names) and its decoder is small in
//! WASM; the version byte turns a stale or foreign blob into a clear error.
//! A quote's or claim's text is nearly always exactly its span of the article,
//! so it is stored once, in the article, and cut out again on decoding (for the
//! BBC corpus that halves the embedded data).
//! This crate owns that format; it must not know how the catalog is built
//! (the build script does that) or how it is shown.

use claimscope_corpus::Corpus;
use claimscope_model::{Catalog, ParagraphRole};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Bumped whenever the bundle changes shape.
pub const FORMAT_VERSION: u8 = 3;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Bundle {
    pub corpus: Corpus,
    pub catalog: Catalog,
    /// `roles[a][p]`: the role of paragraph `p` of article `a` (corpus order).
    pub roles: Vec<Vec<ParagraphRole>>,
}

/// The stored form: the bundle with every text that equals its span emptied,
/// and the positions of the records whose text is their own (kept as it is).
#[derive(Serialize, Deserialize)]
struct Stored {
    bundle: Bundle,
    own_quote_text: Vec<u32>,
    own_claim_text: Vec<u32>,
}

/// The text of `article` between byte offsets, if it is there.
fn span_text<'a>(
    articles: &HashMap<&str, &'a str>,
    article: &str,
    start: u32,
    end: u32,
) -> Option<&'a str> {
    articles
        .get(article)
        .and_then(|text| text.get(start as usize..end as usize))
}

fn texts_by_id(corpus: &Corpus) -> HashMap<&str, &str> {
    corpus
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.text.as_str()))
        .collect()
}

pub fn encode(bundle: &Bundle) -> Vec<u8> {
    let articles = texts_by_id(&bundle.corpus);
    let (mut own_quote_text, mut own_claim_text) = (Vec::new(), Vec::new());
    let mut catalog = bundle.catalog.clone();
    for (i, q) in catalog.quotes.iter_mut().enumerate() {
        if span_text(&articles, &q.article, q.start, q.end) == Some(q.text.as_str()) {
            q.text.clear();
        } else {
            own_quote_text.push(i as u32);
        }
    }
    for (i, c) in catalog.claims.iter_mut().enumerate() {
        if span_text(&articles, &c.article, c.start, c.end) == Some(c.text.as_str()) {
            c.text.clear();
        } else {
            own_claim_text.push(i as u32);
        }
    }
    let stored = Stored {
        bundle: Bundle {
            corpus: bundle.corpus.clone(),
            catalog,
            roles: bundle.roles.clone(),
        },
        own_quote_text,
        own_claim_text,
    };
    let mut out = vec![FORMAT_VERSION];
    // Serializing plain owned data into a Vec cannot fail.
    out.extend(postcard::to_allocvec(&stored).expect("postcard encodes the bundle"));
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
    let stored: Stored =
        postcard::from_bytes(body).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    let mut bundle = stored.bundle;
    let own_quotes: HashSet<u32> = stored.own_quote_text.into_iter().collect();
    let own_claims: HashSet<u32> = stored.own_claim_text.into_iter().collect();
    let articles = texts_by_id(&bundle.corpus);
    let missing = |what: &str, id: &str| {
        DecodeError::Malformed(format!("the span of {what} {id} is not in its article"))
    };
    for (i, q) in bundle.catalog.quotes.iter_mut().enumerate() {
        if !own_quotes.contains(&(i as u32)) {
            q.text = span_text(&articles, &q.article, q.start, q.end)
                .ok_or_else(|| missing("quote", &q.id))?
                .to_string();
        }
    }
    for (i, c) in bundle.catalog.claims.iter_mut().enumerate() {
        if !own_claims.contains(&(i as u32)) {
            c.text = span_text(&articles, &c.article, c.start, c.end)
                .ok_or_else(|| missing("claim", &c.id))?
                .to_string();
        }
    }
    drop(articles);
    Ok(bundle)
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
        // Texts are stored once, in the articles.
        let texts: usize = bundle
            .catalog
            .quotes
            .iter()
            .map(|q| q.text.len())
            .sum::<usize>()
            + bundle
                .catalog
                .claims
                .iter()
                .map(|c| c.text.len())
                .sum::<usize>();
        assert!(bytes.len() + texts / 2 < postcard::to_allocvec(&bundle).unwrap().len());
    }

    #[test]
    fn texts_that_are_not_their_span_are_kept_as_they_are() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let (_, built) = claimscope_catalog::build_dir(&seeds).unwrap();
        let corpus = claimscope_corpus::load_dir(&seeds).unwrap().corpus;
        let mut bundle = Bundle {
            corpus,
            catalog: built.catalog,
            roles: built.roles,
        };
        bundle.catalog.quotes[0].text = "edited by hand".into();
        bundle.catalog.quotes[1].end = u32::MAX;
        bundle.catalog.claims[0].text.clear();
        assert_eq!(decode(&encode(&bundle)).unwrap(), bundle);
    }
}
