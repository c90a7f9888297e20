//! What the page does when something goes wrong outside the app's control
//! flow: a panic, or the browser refusing something under the page's
//! Content-Security-Policy.
//!
//! A panic in WASM ends the module (release builds abort), which would leave
//! whatever was last rendered, or a blank page, with no word of why. The hook
//! writes a readable panel straight into the DOM (text only, never markup) and
//! logs the message; the page stays readable and says how to recover.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Installs the panic hook and the security-policy watcher. Call first thing.
pub fn install() {
    // Through Yew: its renderer installs its own hook unless told one is set.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("claimscope panicked: {message}").into());
        show_panel(&message);
    }));
    watch_security_policy();
}

/// The error panel, as the first child of <body>. Built with DOM calls and
/// `textContent`, so a message holding markup stays text.
fn show_panel(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let Ok(panel) = document.create_element("section") else {
        return;
    };
    panel.set_id("crash");
    panel.set_class_name("crash");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("aria-labelledby", "crash-title");
    let parts: [(&str, &str, String); 3] = [
        ("h1", "crash-title", "claimscope stopped because of a bug".into()),
        (
            "p",
            "",
            "Nothing you did caused this. Reload the page to start again; the address keeps your search and filters.".into(),
        ),
        ("pre", "crash-message", message.to_string()),
    ];
    for (tag, id, text) in parts {
        if let Ok(element) = document.create_element(tag) {
            if !id.is_empty() {
                element.set_id(id);
            }
            element.set_text_content(Some(&text));
            let _ = panel.append_child(&element);
        }
    }
    if let Ok(reload) = document.create_element("a") {
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_else(|| "?".into());
        let _ = reload.set_attribute("href", &href);
        reload.set_text_content(Some("Reload"));
        let _ = panel.append_child(&reload);
    }
    let _ = body.insert_before(&panel, body.first_child().as_ref());
}

/// Every `securitypolicyviolation` is logged and kept in
/// `window.claimscopeViolations`, so the end-to-end tests fail on any.
fn watch_security_policy() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let list = js_sys::Array::new();
    let _ = js_sys::Reflect::set(&window, &"claimscopeViolations".into(), &list);
    let on_violation = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let directive = js_sys::Reflect::get(&event, &"violatedDirective".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let blocked = js_sys::Reflect::get(&event, &"blockedURI".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let line = format!("{directive} blocked {blocked}");
        web_sys::console::error_1(&format!("claimscope: security policy: {line}").into());
        list.push(&line.into());
    });
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback(
            "securitypolicyviolation",
            on_violation.as_ref().unchecked_ref(),
        );
    }
    // Lives as long as the page.
    on_violation.forget();
}
