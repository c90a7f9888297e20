//! The corpus embedded by build.rs, decoded once at start-up.

use claimscope_corpus::{decode, Corpus};
use std::rc::Rc;

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The embedded corpus, or a message saying why it cannot be read (shown on the page
/// instead of a blank screen).
pub fn load() -> Result<Rc<Corpus>, String> {
    decode(EMBEDDED).map(Rc::new).map_err(|e| e.to_string())
}
