//! claimscope in the browser: a thin Yew shell over the embedded corpus.
//!
//! Components render state and dispatch actions; what the state means (URL
//! parsing, corpus layout) lives in the library crates under `crates/`.

mod app;
mod components;
mod corpus;
mod hooks;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
