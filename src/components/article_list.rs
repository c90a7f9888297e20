use super::highlight::highlighted;
use super::results::move_focus;
use crate::hooks::Navigator;
use crate::shared::Shared;
use claimscope_bundle::Bundle;
use claimscope_explore::{Explorer, ItemKind, Query, Results};
use claimscope_url_state::UrlState;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub data: Shared<Bundle>,
    /// The articles the search and filters leave, with title highlights.
    pub results: Shared<Results>,
    pub explorer: Shared<Explorer>,
    /// The search, for the highlights.
    pub search: String,
    pub navigator: Navigator,
}

/// Every article with its headline, outlet, size, quote count and any warning
/// about its file, written out (a warning must be seen, not hovered).
#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let records = &props.data.catalog.articles;
    let quote_counts = props.data.catalog.quotes_per_article();
    let shown = &props.results;
    let query = Query::parse(&props.search);
    html! {
        <section class="articles" aria-labelledby="articles-heading">
            <h1 id="articles-heading">
                if shown.items.len() == records.len() {
                    { format!("Articles ({})", records.len()) }
                } else {
                    { format!("Articles ({} of {})", shown.items.len(), records.len()) }
                }
            </h1>
            <ol class="article-list" onkeydown={move_focus}>
                { for shown.items.iter().filter_map(|&i| records.get(i).map(|r| (r, props.explorer.highlights(ItemKind::Article, i, &query)))).map(|(record, spans)| {
                    let query = UrlState::reader(record.id.clone()).to_query();
                    let untitled = record.title.trim().is_empty();
                    let title = if untitled { record.file.clone() } else { record.title.clone() };
                    let spans = if untitled { &[][..] } else { &spans[..] };
                    let quotes = quote_counts.get(record.id.as_str()).copied().unwrap_or(0);
                    html! {
                        <li class="article-item" data-id={record.id.clone()} data-quotes={quotes.to_string()}>
                            <a class="article-title" data-primary="" href={query.clone()} onclick={props.navigator.link(query)}>{ highlighted(&title, spans) }</a>
                            <span class="meta">
                                if let Some(outlet) = &record.outlet {
                                    <span class="outlet">{ outlet }</span>
                                }
                                <span class="file">{ &record.file }</span>
                                <span class="words">{ format!("{} words", record.words) }</span>
                                <span class="quote-count">{ if quotes == 1 { "1 quote".to_string() } else { format!("{quotes} quotes") } }</span>
                            </span>
                            if !record.warnings.is_empty() {
                                <ul class="warnings" aria-label="Problems with this file">
                                    { for record.warnings.iter().map(|w| html! { <li class="warning">{ w }</li> }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
