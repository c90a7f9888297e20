use crate::hooks::Navigator;
use claimscope_url_state::{UrlState, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub url: UrlState,
    pub navigator: Navigator,
}

/// The lists, as links that keep the search and the filters.
#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    let views = [
        (View::Claims, "Claims"),
        (View::Quotes, "Quotes"),
        (View::Sources, "Sources"),
        (View::Articles, "Articles"),
        (View::Overview, "Overview"),
    ];
    html! {
        <nav class="tabs" aria-label="Lists">
            { for views.into_iter().map(|(view, label)| {
                let mut url = props.url.clone();
                url.view = view;
                url.item = None;
                let query = url.to_query();
                let current = props.url.view == view;
                html! {
                    <a href={query.clone()} class={classes!("tab", current.then_some("current"))}
                       aria-current={current.then_some("page")}
                       onclick={props.navigator.link(query)}>{ label }</a>
                }
            }) }
        </nav>
    }
}
