//! The bundle embedded by build.rs (articles, catalog, paragraph roles), decoded
//! once at start-up.

use crate::shared::Shared;
use claimscope_bundle::{decode, Bundle};

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

/// The embedded data, or a message saying why it cannot be read (shown on the
/// page instead of a blank screen).
pub fn load() -> Result<Shared<Bundle>, String> {
    decode(EMBEDDED).map(Shared::new).map_err(|e| e.to_string())
}
