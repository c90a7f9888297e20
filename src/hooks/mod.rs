mod use_location;

pub use use_location::{current_query, use_navigator, Navigator};
