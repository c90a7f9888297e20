//! Keyboard shortcuts that work anywhere on the page.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// `/` focuses the search box, unless the user is already typing in a field.
#[hook]
pub fn use_slash_focuses_search() {
    use_effect_with((), |_| {
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                EventListener::new(&document, "keydown", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if event.key() != "/" || event.ctrl_key() || event.meta_key() || event.alt_key()
                    {
                        return;
                    }
                    let typing = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    if typing {
                        return;
                    }
                    let search = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("search"))
                        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(search) = search {
                        event.prevent_default();
                        let _ = search.focus();
                    }
                })
            });
        move || drop(listener)
    });
}
