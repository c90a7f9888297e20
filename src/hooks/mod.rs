mod use_location;
mod use_shortcuts;
mod use_texts;
mod use_warm_index;

pub use use_location::{current_query, use_navigator, Navigator};
pub use use_shortcuts::use_slash_focuses_search;
pub use use_texts::use_texts;
pub(crate) use use_warm_index::after_next_paint;
pub use use_warm_index::use_warm_index;
