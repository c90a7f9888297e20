//! The root component: owns the state and picks the view.

use crate::components::{
    ArticleList, Export, Facets, Notices, Overview, Reader, ResultList, Search, SourcePage, Tabs,
};
use crate::hooks::{
    current_query, use_navigator, use_slash_focuses_search, use_texts, use_warm_index,
};
use crate::shared::Shared;
use crate::state::{Action, AppState};
use claimscope_bundle::{Bundle, Meta};
use claimscope_explore::{ItemKind, Query};
use claimscope_url_state::View;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    // Debug builds only: `?debug_panic` proves the panic hook's error panel
    // (e2e/tests/hostile.rs); release builds treat it as any unknown parameter.
    if cfg!(debug_assertions)
        && current_query()
            .trim_start_matches('?')
            .split('&')
            .any(|p| p == "debug_panic")
    {
        panic!("a panic asked for with ?debug_panic <b>(markup stays text)</b>");
    }
    match crate::corpus::load() {
        Ok((meta, data)) => html! { <Explorer {meta} {data} /> },
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
    meta: Shared<Meta>,
    /// The bundle before any article text has arrived.
    data: Shared<Bundle>,
}

#[component]
fn Explorer(props: &ExplorerProps) -> Html {
    let state = {
        let (meta, data) = (props.meta.clone(), props.data.clone());
        use_reducer(move || AppState::new(meta, data, &current_query()))
    };
    let navigator = {
        let state = state.clone();
        use_navigator(Callback::from(move |query| {
            state.dispatch(Action::Location(query))
        }))
    };
    use_slash_focuses_search();
    let complete = state.data.is_complete();
    use_warm_index(
        state.explorer.clone(),
        AppState::list_kind(state.url.view),
        complete,
    );
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
    let results = {
        let explorer = state.explorer.clone();
        // (With `complete`: a search waiting for the texts runs again when they arrive.)
        let key = (
            state.url.view,
            state.url.q.clone(),
            state.url.selection.clone(),
            complete,
        );
        use_memo(key, move |(view, q, selection, _)| {
            AppState::list_kind(*view)
                .map(|kind| Shared::new(explorer.run(kind, &Query::parse(q), selection)))
        })
    };
    let need = state.need(results.as_ref().as_ref().map(|r| &**r));
    let ready = state.has(&need);
    {
        let dispatch = {
            let state = state.clone();
            Callback::from(move |action| state.dispatch(action))
        };
        use_texts(state.meta.clone(), need, ready, dispatch);
    }
    // `data-state` on <main>: the link whose render is complete, texts
    // included. Yew yields to the browser in the middle of long updates;
    // effects run after every child has rendered, so the benchmark waits for
    // this to equal the address. `data-texts`: whether every text is here.
    use_effect_with(
        (state.url.to_query(), ready, complete),
        |(query, ready, complete)| {
            if let Some(main) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("main"))
            {
                let _ = main.set_attribute("data-state", if *ready { query } else { "loading" });
                let _ = main
                    .set_attribute("data-texts", if *complete { "complete" } else { "partial" });
            }
        },
    );

    let article_count = state.data.corpus.articles.len();
    let url = state.url.clone();
    let body = if !ready {
        let message = match &state.texts_failed {
            Some(_) => "The article texts this view needs could not be loaded.",
            None => "Loading the article texts…",
        };
        html! { <p class="loading" role="status" aria-live="polite">{ message }</p> }
    } else {
        match (url.view, url.item.as_deref()) {
            (View::Reader, Some(item)) => match state.reader_target(item) {
                Some(target) => html! {
                    <Reader data={state.data.clone()} lookup={state.lookup.clone()} index={target.article} focus={target.focus}
                            query={url.q.clone()} navigator={navigator.clone()} />
                },
                None => html! {},
            },
            (View::Overview, _) => html! {
                <Overview state={(*state).clone()} navigator={navigator.clone()} />
            },
            (View::Source, Some(id)) => html! {
                <SourcePage data={state.data.clone()} lookup={state.lookup.clone()} id={id.to_string()} navigator={navigator.clone()} />
            },
            // Shared, not copied: for thousands of items a copy per render costs a frame.
            (view, _) => match (AppState::list_kind(view), (*results).clone()) {
                (Some(kind), Some(results)) => {
                    html! {
                        <div class="list-view">
                            <Facets facets={kind.facets()} results={results.clone()} url={url.clone()} navigator={navigator.clone()} />
                            <div class="list-main">
                                <Export data={state.data.clone()} {kind} results={results.clone()} />
                                if kind == ItemKind::Article {
                                    <ArticleList data={state.data.clone()} {results} explorer={state.explorer.clone()} search={url.q.clone()} navigator={navigator.clone()} />
                                } else {
                                    <ResultList data={state.data.clone()} lookup={state.lookup.clone()} explorer={state.explorer.clone()} {kind} {results} search={url.q.clone()} navigator={navigator.clone()} />
                                }
                            </div>
                        </div>
                    }
                }
                _ => html! {},
            },
        }
    };
    html! {
        <>
            <header class="masthead">
                <a class="brand" href="?" onclick={navigator.link("?".into())}>{ "claimscope" }</a>
                <span class="tagline">{ format!("who claims what, across {article_count} articles") }</span>
                <Tabs url={url.clone()} navigator={navigator.clone()} />
                <Search url={url.clone()} navigator={navigator.clone()} />
            </header>
            <main id="main" tabindex="-1">
                <Notices notices={state.notices.clone()} />
                { body }
            </main>
        </>
    }
}
