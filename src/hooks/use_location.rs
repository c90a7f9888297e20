//! The browser location as the source of truth for what is shown.
//!
//! Links are real `<a href="?...">` elements (so they open in a new tab and can be
//! copied); a plain click is intercepted, pushed onto the history and reported, and
//! back / forward report the restored location.

use gloo::events::EventListener;
use yew::prelude::*;

/// The current query string, with its `?` (empty when there is none).
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Moves to another query string within the page.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    on_change: Callback<String>,
}

impl Navigator {
    /// Pushes `query` onto the history (a new back-button step) and reports it.
    pub fn push(&self, query: &str) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            // A relative URL that is only a query keeps whatever path the app is served
            // under, so the app works from any sub-path.
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query));
        }
        // What the user asked for, not the address read back: Chromium ignores
        // history changes past ~200 in 10 s, and a keystroke must never be lost.
        self.on_change.emit(query.to_string());
    }

    /// Replaces the current history entry with `query` and reports it: for
    /// typing, so each keystroke does not become a back-button step.
    pub fn replace(&self, query: &str) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query));
        }
        self.on_change.emit(query.to_string());
    }

    /// A click handler for a link to `query`: lets modified clicks (new tab, new
    /// window) through to the browser and handles plain ones in place.
    pub fn link(&self, query: String) -> Callback<MouseEvent> {
        let navigator = self.clone();
        Callback::from(move |event: MouseEvent| {
            if event.button() != 0
                || event.ctrl_key()
                || event.meta_key()
                || event.shift_key()
                || event.alt_key()
            {
                return;
            }
            event.prevent_default();
            navigator.push(&query);
        })
    }
}

/// Reports every location change (pushes and back / forward) to `on_change`.
#[hook]
pub fn use_navigator(on_change: Callback<String>) -> Navigator {
    {
        let on_change = on_change.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| {
                    on_change.emit(current_query())
                })
            });
            move || drop(listener)
        });
    }
    Navigator { on_change }
}
