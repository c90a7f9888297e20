use crate::hooks::Navigator;
use claimscope_bundle::Bundle;
use claimscope_model::ParagraphRole;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub data: Rc<Bundle>,
    /// Index of the article in the corpus.
    pub index: usize,
    pub navigator: Navigator,
}

/// One article, paragraph by paragraph, page furniture dimmed. Text is always
/// rendered as text nodes, never parsed as HTML, whatever the file contains.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let article = &props.data.corpus.articles[props.index];
    let record = &props.data.catalog.articles[props.index];
    let roles = props.data.roles.get(props.index);
    let role_of = |p: usize| {
        roles
            .and_then(|r| r.get(p))
            .copied()
            .unwrap_or(ParagraphRole::Body)
    };
    let title = if record.title.trim().is_empty() {
        record.file.clone()
    } else {
        record.title.clone()
    };
    html! {
        <article class="reader" data-id={article.id.clone()} aria-labelledby="reader-title">
            <nav aria-label="Back">
                <a class="back" href="?" onclick={props.navigator.link("?".into())}>{ "← All articles" }</a>
            </nav>
            <h1 id="reader-title">{ title }</h1>
            <p class="meta">
                if let Some(outlet) = &record.outlet {
                    <span class="outlet">{ outlet }</span>
                }
                if let Some(author) = &record.author {
                    <span class="author">{ format!("by {author}") }</span>
                }
                <span class="file">{ &article.file }</span>
                <span class="words">{ format!("{} words", article.words) }</span>
            </p>
            if !record.warnings.is_empty() {
                <ul class="warnings" role="status" aria-label="Problems with this file">
                    { for record.warnings.iter().map(|w| html! { <li class="warning">{ w }</li> }) }
                </ul>
            }
            <div class="article-body">
                { for article.paragraphs.iter().enumerate().filter(|(p, _)| role_of(*p) != ParagraphRole::Headline).map(|(p, &span)| {
                    let role = role_of(p);
                    html! {
                        <p class={classes!("paragraph", role.name())} data-role={role.name()} data-start={span.start.to_string()} data-end={span.end.to_string()}>
                            { article.slice(span) }
                        </p>
                    }
                }) }
            </div>
        </article>
    }
}
