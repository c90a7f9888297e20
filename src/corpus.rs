//! The metadata embedded by build.rs (articles without their texts, catalog,
//! paragraph roles), decoded once at start-up; the texts come from the files
//! beside the app (`hooks::use_texts`).

use crate::shared::Shared;
use claimscope_bundle::{decode_meta, Bundle, Meta};

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

/// The embedded metadata and the bundle before any text, or a message saying
/// why they cannot be read (shown on the page instead of a blank screen).
pub fn load() -> Result<(Shared<Meta>, Shared<Bundle>), String> {
    let meta = decode_meta(EMBEDDED).map_err(|e| e.to_string())?;
    let bare = meta.assemble(&meta.texts()).map_err(|e| e.to_string())?;
    Ok((Shared::new(meta), Shared::new(bare)))
}
