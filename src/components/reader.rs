use crate::hooks::Navigator;
use claimscope_corpus::{layout::TITLE_MAX_CHARS, Article};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub article: Article,
    pub navigator: Navigator,
}

/// One article, paragraph by paragraph. Text is always rendered as text nodes, never
/// parsed as HTML, whatever the file contains.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let article = &props.article;
    // A short first paragraph is the headline: shown once, as the heading.
    let headline_is_first_paragraph = article
        .paragraphs
        .first()
        .is_some_and(|&p| article.slice(p).chars().count() <= TITLE_MAX_CHARS);
    let body = article
        .paragraphs
        .iter()
        .skip(usize::from(headline_is_first_paragraph));
    html! {
        <article class="reader" data-id={article.id.clone()} aria-labelledby="reader-title">
            <nav aria-label="Back">
                <a class="back" href="?" onclick={props.navigator.link("?".into())}>{ "← All articles" }</a>
            </nav>
            <h1 id="reader-title">{ if article.title.is_empty() { article.file.clone() } else { article.title.clone() } }</h1>
            <p class="meta">
                <span class="file">{ &article.file }</span>
                <span class="words">{ format!("{} words", article.words) }</span>
            </p>
            if !article.warnings.is_empty() {
                <ul class="warnings" role="status" aria-label="Problems with this file">
                    { for article.warnings.iter().map(|w| html! { <li class="warning">{ w.to_string() }</li> }) }
                </ul>
            }
            <div class="article-body">
                { for body.map(|&p| html! {
                    <p class="paragraph" data-start={p.start.to_string()} data-end={p.end.to_string()}>{ article.slice(p) }</p>
                }) }
            </div>
        </article>
    }
}
