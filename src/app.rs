//! The root component: owns the state and picks the view.

use crate::components::{ArticleList, Notices, Reader};
use crate::hooks::{current_query, use_navigator};
use crate::state::{Action, AppState};
use claimscope_url_state::View;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    match crate::corpus::load() {
        Ok(data) => html! { <Explorer {data} /> },
        Err(message) => html! {
            <main id="main" class="fatal" role="alert">
                <h1>{ "claimscope cannot start" }</h1>
                <p>{ message }</p>
            </main>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    data: std::rc::Rc<claimscope_bundle::Bundle>,
}

#[component]
fn Explorer(props: &ExplorerProps) -> Html {
    let state = {
        let data = props.data.clone();
        use_reducer(move || AppState::new(data, &current_query()))
    };
    let navigator = {
        let state = state.clone();
        use_navigator(Callback::from(move |query| {
            state.dispatch(Action::Location(query))
        }))
    };
    // Each view change moves focus to the top of the new content, as a page load would.
    {
        let key = (state.url.view, state.url.item.clone());
        use_effect_with(key, |_| {
            if let Some(main) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("main"))
            {
                main.scroll_into_view();
            }
        });
    }

    let article_count = state.data.corpus.articles.len();
    let body = match (state.url.view, state.url.item.as_deref()) {
        (View::Reader, Some(id)) => {
            match state.data.corpus.articles.iter().position(|a| a.id == id) {
                Some(index) => {
                    html! { <Reader data={state.data.clone()} {index} navigator={navigator.clone()} /> }
                }
                None => html! {},
            }
        }
        _ => html! { <ArticleList data={state.data.clone()} navigator={navigator.clone()} /> },
    };
    html! {
        <>
            <header class="masthead">
                <a class="brand" href="?" onclick={navigator.link("?".into())}>{ "claimscope" }</a>
                <span class="tagline">{ format!("who claims what, across {article_count} articles") }</span>
            </header>
            <main id="main" tabindex="-1">
                <Notices notices={state.notices.clone()} />
                { body }
            </main>
        </>
    }
}
