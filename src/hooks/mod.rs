mod use_location;
mod use_shortcuts;

pub use use_location::{current_query, use_navigator, Navigator};
pub use use_shortcuts::use_slash_focuses_search;
