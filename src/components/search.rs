use crate::hooks::Navigator;
use claimscope_url_state::UrlState;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub url: UrlState,
    pub navigator: Navigator,
}

/// Search as you type. Each keystroke replaces the current history entry, so
/// the link always matches what is shown without flooding the back button.
#[component]
pub fn Search(props: &SearchProps) -> Html {
    let oninput = {
        let url = props.url.clone();
        let navigator = props.navigator.clone();
        Callback::from(move |event: InputEvent| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let mut next = url.clone();
            next.q = input.value();
            navigator.replace(&next.to_query());
        })
    };
    html! {
        <search class="search" role="search">
            <label for="search">{ "Search" }</label>
            <input id="search" type="search" value={props.url.q.clone()} {oninput}
                   placeholder="words, \"exact phrase\" (press / to focus)"
                   autocomplete="off" spellcheck="false" />
        </search>
    }
}
