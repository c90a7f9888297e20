use super::results::{claim_item, quote_item};
use crate::hooks::Navigator;
use crate::shared::Shared;
use claimscope_bundle::Bundle;
use claimscope_explore::Lookup;
use claimscope_url_state::{UrlState, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePageProps {
    pub data: Shared<Bundle>,
    pub lookup: Shared<Lookup>,
    pub id: String,
    pub navigator: Navigator,
}

/// One source: who it is as the text gives it, and everything attributed to it
/// across the articles.
#[component]
pub fn SourcePage(props: &SourcePageProps) -> Html {
    let catalog = &props.data.catalog;
    let lookup = &props.lookup;
    let Some(source) = lookup.source(&props.id).map(|i| &catalog.sources[i]) else {
        return html! {};
    };
    let quotes: Vec<_> = lookup
        .quotes_of(&source.id)
        .iter()
        .map(|&i| &catalog.quotes[i])
        .collect();
    let claims: Vec<_> = lookup
        .claims_of(&source.id)
        .iter()
        .map(|&i| &catalog.claims[i])
        .collect();
    let back = UrlState::list(View::Sources).to_query();
    html! {
        <article class="source-page" data-id={source.id.clone()} aria-labelledby="source-name">
            <nav aria-label="Back">
                <a class="back" href={back.clone()} onclick={props.navigator.link(back)}>{ "← All sources" }</a>
            </nav>
            <h1 id="source-name">{ &source.name }</h1>
            <dl class="facts">
                <dt>{ "Type" }</dt><dd>{ source.kind.name() }</dd>
                if let Some(role) = &source.role { <dt>{ "Role" }</dt><dd>{ role }</dd> }
                if !source.aliases.is_empty() { <dt>{ "Also written" }</dt><dd>{ source.aliases.join(", ") }</dd> }
                <dt>{ "Articles" }</dt><dd>{ source.articles.len() }</dd>
            </dl>
            <h2>{ format!("Quotes ({})", quotes.len()) }</h2>
            <ol class="result-list quotes">
                { for quotes.iter().map(|q| quote_item(&props.data, lookup, q, &[], "", &props.navigator)) }
            </ol>
            <h2>{ format!("Claims ({})", claims.len()) }</h2>
            <ol class="result-list claims">
                { for claims.iter().map(|c| claim_item(&props.data, lookup, c, &[], "", &props.navigator)) }
            </ol>
        </article>
    }
}
