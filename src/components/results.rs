use super::highlight::highlighted;
use crate::hooks::Navigator;
use crate::shared::Shared;
use crate::state::PAGE;
use claimscope_bundle::Bundle;
use claimscope_explore::{Explorer, ItemKind, Lookup, Query, Results};
use claimscope_model::{ClaimRecord, QuoteRecord};
use claimscope_url_state::UrlState;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultListProps {
    pub data: Shared<Bundle>,
    pub lookup: Shared<Lookup>,
    /// Asked for the highlights of the items on screen.
    pub explorer: Shared<Explorer>,
    pub kind: ItemKind,
    pub results: Shared<Results>,
    /// The search, carried into "open in context" so the reader marks it too.
    pub search: String,
    pub navigator: Navigator,
}

/// ArrowDown / ArrowUp move focus to the next / previous result's main link
/// (Enter then follows it, as any link).
pub fn move_focus(event: KeyboardEvent) {
    let step: i32 = match event.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let Some(list) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(links) = list.query_selector_all("[data-primary]") else {
        return;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    // `contains` holds for the node itself too.
    let current = (0..links.length()).find(|&i| {
        links
            .item(i)
            .zip(active.as_ref())
            .is_some_and(|(link, active)| link.contains(Some(active)))
    });
    let next = match current {
        Some(i) => i as i32 + step,
        None => 0,
    };
    if next < 0 || next >= links.length() as i32 {
        return;
    }
    if let Some(el) = links
        .item(next as u32)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        event.prevent_default();
        let _ = el.focus();
    }
}

/// One list of results; every item carries `data-id`, its id in the export.
#[component]
pub fn ResultList(props: &ResultListProps) -> Html {
    let shown = use_state(|| PAGE);
    let total = props.results.items.len();
    let query = Query::parse(&props.search);
    let noun = match props.kind {
        ItemKind::Quote => "quotes",
        ItemKind::Claim => "claims",
        ItemKind::Source => "sources",
        ItemKind::Article => "articles",
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };
    html! {
        <section class="results" aria-labelledby="results-heading">
            <p id="keys-help" class="hint">{ "↑ ↓ move through the results, Enter opens one, / searches." }</p>
            // `elementtiming`: the benchmark reads when the first results were painted.
            <h1 id="results-heading" elementtiming="results">
                { format!("{} {noun}", total) }
            </h1>
            if total == 0 {
                <p class="empty">{ "Nothing matches. Remove a filter or change the search." }</p>
            }
            <ol class={classes!("result-list", noun)} onkeydown={move_focus} aria-describedby="keys-help">
                { for props.results.items.iter().take(*shown).map(|&i| {
                    let spans = props.explorer.highlights(props.kind, i, &query);
                    item(&props.data, &props.lookup, props.kind, i, &spans, &props.search, &props.navigator)
                }) }
            </ol>
            if total > *shown {
                <button type="button" class="more" onclick={more}>{ format!("Show more ({} of {total} shown)", *shown) }</button>
            }
        </section>
    }
}

fn item(
    data: &Bundle,
    lookup: &Lookup,
    kind: ItemKind,
    i: usize,
    spans: &[(usize, usize)],
    search: &str,
    navigator: &Navigator,
) -> Html {
    let catalog = &data.catalog;
    match kind {
        ItemKind::Quote => quote_item(data, lookup, &catalog.quotes[i], spans, search, navigator),
        ItemKind::Claim => claim_item(data, lookup, &catalog.claims[i], spans, search, navigator),
        ItemKind::Source => {
            let s = &catalog.sources[i];
            let query = UrlState::source(s.id.clone()).to_query();
            let quotes = lookup.quotes_of(&s.id).len();
            let claims = lookup.claims_of(&s.id).len();
            html! {
                <li class="result source" data-id={s.id.clone()} data-type={s.kind.name()}>
                    <a class="name" data-primary="" href={query.clone()} onclick={navigator.link(query)}>{ highlighted(&s.name, spans) }</a>
                    <span class="meta">
                        <span class="badge">{ s.kind.name() }</span>
                        if let Some(role) = &s.role { <span class="role">{ role }</span> }
                        <span>{ format!("{quotes} quotes, {claims} claims, {} articles", s.articles.len()) }</span>
                    </span>
                </li>
            }
        }
        ItemKind::Article => {
            let a = &catalog.articles[i];
            let query = UrlState::reader(a.id.clone()).to_query();
            let title = if a.title.trim().is_empty() {
                a.file.clone()
            } else {
                a.title.clone()
            };
            let spans = if a.title.trim().is_empty() {
                &[][..]
            } else {
                spans
            };
            html! {
                <li class="result article" data-id={a.id.clone()}>
                    <a class="name" data-primary="" href={query.clone()} onclick={navigator.link(query)}>{ highlighted(&title, spans) }</a>
                    <span class="meta">
                        if let Some(outlet) = &a.outlet { <span class="outlet">{ outlet }</span> }
                        <span class="file">{ &a.file }</span>
                    </span>
                </li>
            }
        }
    }
}

fn source_link(data: &Bundle, lookup: &Lookup, id: Option<&str>, navigator: &Navigator) -> Html {
    match id
        .and_then(|id| lookup.source(id))
        .map(|i| &data.catalog.sources[i])
    {
        Some(s) => {
            let query = UrlState::source(s.id.clone()).to_query();
            html! { <a class="speaker" href={query.clone()} onclick={navigator.link(query)}>{ &s.name }</a> }
        }
        None => html! { <span class="speaker none">{ "no source named" }</span> },
    }
}

fn article_title(data: &Bundle, lookup: &Lookup, id: &str) -> String {
    lookup
        .article(id)
        .map(|i| &data.catalog.articles[i])
        .map(|a| {
            if a.title.trim().is_empty() {
                a.file.clone()
            } else {
                a.title.clone()
            }
        })
        .unwrap_or_default()
}

/// A quote or claim whose article's text has not arrived yet (past the first
/// page, before the texts are all in): where it is, and that it is coming.
fn pending(data: &Bundle, lookup: &Lookup, article: &str) -> Html {
    html! {
        <li class="result pending" aria-busy="true">
            <p class="text">{ "Loading the text…" }</p>
            <span class="meta"><span class="article">{ article_title(data, lookup, article) }</span></span>
        </li>
    }
}

/// The reader at `id`, marking `search`.
fn in_context(id: &str, search: &str) -> String {
    let mut url = UrlState::reader(id);
    url.q = search.to_string();
    url.to_query()
}

pub fn quote_item(
    data: &Bundle,
    lookup: &Lookup,
    q: &QuoteRecord,
    spans: &[(usize, usize)],
    search: &str,
    navigator: &Navigator,
) -> Html {
    if q.id.is_empty() {
        return pending(data, lookup, &q.article);
    }
    let context = in_context(&q.id, search);
    html! {
        <li class="result quote" data-id={q.id.clone()} data-kind={q.kind.name()}>
            <blockquote class="text">{ highlighted(&q.text, spans) }</blockquote>
            <span class="meta">
                { source_link(data, lookup, q.speaker.as_deref(), navigator) }
                if let Some(cue) = &q.cue { <span class="cue">{ cue }</span> }
                <span class="badge">{ q.kind.name() }</span>
                <span class="article">{ article_title(data, lookup, &q.article) }</span>
                <a class="context" data-primary="" href={context.clone()} onclick={navigator.link(context)}>{ "Open in context" }</a>
            </span>
        </li>
    }
}

pub fn claim_item(
    data: &Bundle,
    lookup: &Lookup,
    c: &ClaimRecord,
    spans: &[(usize, usize)],
    search: &str,
    navigator: &Navigator,
) -> Html {
    if c.id.is_empty() {
        return pending(data, lookup, &c.article);
    }
    let context = in_context(&c.id, search);
    html! {
        <li class="result claim" data-id={c.id.clone()} data-type={c.kind.name()} data-certainty={c.certainty.name()}>
            <p class="text">{ highlighted(&c.text, spans) }</p>
            <span class="meta">
                <span class={classes!("badge", "type", c.kind.name())}>{ c.kind.name() }</span>
                <span class={classes!("badge", "certainty", c.certainty.name())}>{ c.certainty.name() }</span>
                { source_link(data, lookup, c.source.as_deref(), navigator) }
                <span class="article">{ article_title(data, lookup, &c.article) }</span>
                <a class="context" data-primary="" href={context.clone()} onclick={navigator.link(context)}>{ "Open in context" }</a>
            </span>
        </li>
    }
}
