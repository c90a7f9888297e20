//! claimscope in the browser: a thin Yew shell over the embedded corpus.
//!
//! Components render state and dispatch actions; what the state means (URL
//! parsing, corpus layout) lives in the library crates under `crates/`.

mod app;
mod components;
mod corpus;
mod guard;
mod hooks;
mod shared;
mod state;

fn main() {
    guard::install();
    // The benchmark (BENCHMARKS.md) reads the WASM memory size from here; the
    // generated JS glue keeps its own reference private.
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"claimscopeMemory".into(), &wasm_bindgen::memory());
    }
    yew::Renderer::<app::App>::new().render();
}
