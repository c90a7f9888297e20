//! Any address query: parsing never panics, and parse → print → parse gives the
//! same state with no notices (a printed link is always clean).
#![no_main]

use claimscope_url_state::UrlState;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|query: &str| {
    let (state, _) = UrlState::parse(query);
    let printed = state.to_query();
    let (again, notices) = UrlState::parse(&printed);
    assert_eq!(again, state, "{query:?} printed as {printed:?}");
    assert!(notices.is_empty(), "{printed:?}: {notices:?}");
});
