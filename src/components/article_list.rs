use crate::hooks::Navigator;
use claimscope_corpus::Corpus;
use claimscope_url_state::UrlState;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub corpus: Rc<Corpus>,
    pub navigator: Navigator,
}

#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let articles = &props.corpus.articles;
    html! {
        <section class="articles" aria-labelledby="articles-heading">
            <h1 id="articles-heading">{ format!("Articles ({})", articles.len()) }</h1>
            <ol class="article-list">
                { for articles.iter().map(|article| {
                    let query = UrlState::reader(article.id.clone()).to_query();
                    let title = if article.title.is_empty() { article.file.clone() } else { article.title.clone() };
                    html! {
                        <li class="article-item" data-id={article.id.clone()}>
                            <a class="article-title" href={query.clone()} onclick={props.navigator.link(query)}>{ title }</a>
                            <span class="meta">
                                <span class="file">{ &article.file }</span>
                                <span class="words">{ format!("{} words", article.words) }</span>
                                if !article.warnings.is_empty() {
                                    <span class="warning-badge" title={article.warnings.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")}>
                                        { format!("{} warning(s)", article.warnings.len()) }
                                    </span>
                                }
                            </span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
