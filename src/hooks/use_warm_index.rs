//! Builds the explorer's word indexes in the background once the first
//! results are on screen: start-up then costs only the facets, and by the time
//! someone types, the list they search is usually indexed. Each list is built
//! in its own task, so input that arrives meanwhile waits for one list at most
//! (and a search that comes first simply builds its list then).

use crate::shared::Shared;
use claimscope_explore::{Explorer, ItemKind};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const ORDER: [ItemKind; 4] = [
    ItemKind::Claim,
    ItemKind::Quote,
    ItemKind::Source,
    ItemKind::Article,
];

/// `texts`: whether the quotes' and claims' texts are here (their lists are
/// warmed again when they arrive).
#[hook]
pub fn use_warm_index(explorer: Shared<Explorer>, first: Option<ItemKind>, texts: bool) {
    use_effect_with(texts, move |_| {
        let mut order: Vec<ItemKind> = first.into_iter().collect();
        order.extend(ORDER.into_iter().filter(|k| Some(*k) != first));
        // After the next frame, so the first results are painted before any of this runs.
        after_next_paint(move || warm(explorer, order));
    });
}

fn warm(explorer: Shared<Explorer>, mut order: Vec<ItemKind>) {
    if order.is_empty() {
        return;
    }
    let kind = order.remove(0);
    explorer.prepare(kind);
    later(move || warm(explorer, order));
}

/// After the next frame is painted, in a task of its own.
pub(crate) fn after_next_paint(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let frame = Closure::once_into_js(move || later(then));
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// In a task of its own, after whatever input is already queued.
fn later(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let task = Closure::once_into_js(then);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
}
