use crate::hooks::Navigator;
use crate::shared::Shared;
use claimscope_bundle::Bundle;
use claimscope_explore::segments::{marks_by_paragraph, segments};
use claimscope_explore::{text::words, Lookup, Query};
use claimscope_model::ParagraphRole;
use claimscope_url_state::{UrlState, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub data: Shared<Bundle>,
    pub lookup: Shared<Lookup>,
    /// Index of the article in the corpus.
    pub index: usize,
    /// A quote or claim to scroll to and highlight.
    pub focus: Option<String>,
    /// The search, highlighted wherever a term matches.
    pub query: String,
    pub navigator: Navigator,
}

/// Speaker colours cycle through this many classes.
const COLOURS: usize = 8;

/// A marked stretch of the article: who said it, what claim it is in.
struct Mark {
    start: usize,
    end: usize,
    what: MarkKind,
}

enum MarkKind {
    Quote {
        id: String,
        speaker: Option<String>,
        colour: usize,
    },
    Claim {
        id: String,
        kind: &'static str,
    },
    Hit,
}

/// One article, paragraph by paragraph: page furniture dimmed, each quote
/// coloured by its speaker (named on hover and focus), claims underlined by
/// type, search terms marked. Text is always rendered as text nodes, never
/// parsed as HTML, whatever the file contains.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    // (The app shows the reader once the text is here; its spans index the text.)
    if !props.data.is_loaded(props.index) {
        return html! { <p class="loading" role="status">{ "Loading the article text…" }</p> };
    }
    let article = &props.data.corpus.articles[props.index];
    let record = &props.data.catalog.articles[props.index];
    let catalog = &props.data.catalog;
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
    {
        let focus = props.focus.clone();
        use_effect_with(focus, |focus| {
            if focus.is_some() {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("focus"))
                {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    el.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }

    let mut speakers: Vec<Option<&str>> = Vec::new();
    let mut marks: Vec<Mark> = Vec::new();
    let lookup = &props.lookup;
    for q in lookup
        .quotes_in(&article.id)
        .iter()
        .map(|&i| &catalog.quotes[i])
    {
        let speaker = q.speaker.as_deref();
        let colour = speakers
            .iter()
            .position(|s| *s == speaker)
            .unwrap_or_else(|| {
                speakers.push(speaker);
                speakers.len() - 1
            });
        let name = speaker
            .and_then(|id| lookup.source(id))
            .map(|i| &catalog.sources[i])
            .map(|s| s.name.clone());
        marks.push(Mark {
            start: q.start as usize,
            end: q.end as usize,
            what: MarkKind::Quote {
                id: q.id.clone(),
                speaker: name,
                colour: colour % COLOURS,
            },
        });
    }
    for c in lookup
        .claims_in(&article.id)
        .iter()
        .map(|&i| &catalog.claims[i])
    {
        marks.push(Mark {
            start: c.start as usize,
            end: c.end as usize,
            what: MarkKind::Claim {
                id: c.id.clone(),
                kind: c.kind.name(),
            },
        });
    }
    let query = Query::parse(&props.query);
    if !query.is_empty() {
        for (start, end) in query.highlights(&words(&article.text)) {
            marks.push(Mark {
                start,
                end,
                what: MarkKind::Hit,
            });
        }
    }
    let focus_span = props.focus.as_deref().and_then(|id| {
        marks.iter().find_map(|m| match &m.what {
            MarkKind::Quote { id: mid, .. } | MarkKind::Claim { id: mid, .. } if mid == id => {
                Some((m.start, m.end))
            }
            _ => None,
        })
    });
    let spans: Vec<(usize, usize)> = marks.iter().map(|m| (m.start, m.end)).collect();
    let paragraph_spans: Vec<(usize, usize)> = article
        .paragraphs
        .iter()
        .map(|s| (s.start as usize, s.end as usize))
        .collect();
    let by_paragraph = marks_by_paragraph(&paragraph_spans, &spans);
    let focus_cuts: Vec<usize> = focus_span.map(|(s, e)| vec![s, e]).unwrap_or_default();
    let mut focus_anchored = false;
    let back = UrlState::list(View::Articles).to_query();

    html! {
        <article class="reader" data-id={article.id.clone()} aria-labelledby="reader-title">
            <nav aria-label="Back">
                <a class="back" href={back.clone()} onclick={props.navigator.link(back)}>{ "← All articles" }</a>
            </nav>
            <h1 id="reader-title">{ title }</h1>
            <p class="meta">
                if let Some(outlet) = &record.outlet { <span class="outlet">{ outlet }</span> }
                if let Some(author) = &record.author { <span class="author">{ format!("by {author}") }</span> }
                <span class="file">{ &article.file }</span>
                <span class="words">{ format!("{} words", article.words) }</span>
            </p>
            if !record.warnings.is_empty() {
                <div role="status">
                    <ul class="warnings" aria-label="Problems with this file">
                        { for record.warnings.iter().map(|w| html! { <li class="warning">{ w }</li> }) }
                    </ul>
                </div>
            }
            <div class="article-body">
                { for article.paragraphs.iter().enumerate().filter(|(p, _)| role_of(*p) != ParagraphRole::Headline).map(|(p, &span)| {
                    let role = role_of(p);
                    let (ps, pe) = (span.start as usize, span.end as usize);
                    let pieces = segments(ps, pe, &spans, &by_paragraph[p], &focus_cuts, |at| article.text.is_char_boundary(at));
                    let segments = pieces.into_iter().map(|piece| {
                        let (a, b) = (piece.start, piece.end);
                        let covering = || piece.covering.iter().map(|&i| &marks[i]);
                        let quote = covering().find_map(|m| match &m.what { MarkKind::Quote { id, speaker, colour } => Some((id, speaker, *colour, m.start == a)), _ => None });
                        let claim = covering().find_map(|m| match &m.what { MarkKind::Claim { id, kind } => Some((id, *kind)), _ => None });
                        let hit = covering().any(|m| matches!(m.what, MarkKind::Hit));
                        let focused = focus_span.is_some_and(|(fs, fe)| fs <= a && b <= fe);
                        let text = &article.text[a..b];
                        if quote.is_none() && claim.is_none() && !hit && !focused {
                            return html! { { text } };
                        }
                        let anchor = focused && !focus_anchored;
                        if anchor { focus_anchored = true; }
                        let speaker_label = quote.map(|(_, s, _, _)| format!("said by {}", s.as_deref().unwrap_or("an unnamed speaker")));
                        let first_of_quote = quote.is_some_and(|q| q.3);
                        let class = classes!(
                            quote.map(|(_, _, c, _)| format!("quote speaker-{c}")),
                            claim.map(|(_, k)| format!("claim claim-{k}")),
                            hit.then_some("hit"),
                            focused.then_some("focus"),
                        );
                        html! {
                            <span class={class}
                                  id={anchor.then_some("focus")}
                                  data-quote={quote.map(|q| q.0.clone())}
                                  data-claim={claim.map(|c| c.0.clone())}
                                  title={speaker_label.clone()}
                                  tabindex={first_of_quote.then_some("0")}
                                  aria-label={first_of_quote.then(|| format!("{} ({})", text, speaker_label.clone().unwrap_or_default()))}>
                                if hit { <mark>{ text }</mark> } else { { text } }
                            </span>
                        }
                    }).collect::<Html>();
                    html! {
                        <p class={classes!("paragraph", role.name())} data-role={role.name()} data-start={span.start.to_string()} data-end={span.end.to_string()}>
                            { segments }
                        </p>
                    }
                }) }
            </div>
        </article>
    }
}
