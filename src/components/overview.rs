use crate::hooks::Navigator;
use crate::state::AppState;
use claimscope_explore::overview::{
    claims_by_type_and_certainty, quotes_per_speaker, sources_by_type_per_outlet, Bar,
};
use claimscope_explore::{ItemKind, Query};
use claimscope_url_state::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub state: AppState,
    pub navigator: Navigator,
}

/// Charts over what the search and filters leave, drawn as SVG; every bar is
/// a link that applies its filter.
#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let url = &props.state.url;
    let query = Query::parse(&url.q);
    let run = |kind| props.state.explorer.run(kind, &query, &url.selection).items;
    let catalog = &props.state.data.catalog;
    let speakers = quotes_per_speaker(catalog, &run(ItemKind::Quote), 12);
    let claims = claims_by_type_and_certainty(catalog, &run(ItemKind::Claim));
    let sources = sources_by_type_per_outlet(catalog, &run(ItemKind::Source));
    html! {
        <section class="overview" aria-labelledby="overview-heading">
            <h1 id="overview-heading">{ "Overview" }</h1>
            <p class="hint">{ "Each bar is a link: it opens the list with that filter." }</p>
            { chart("chart-speakers", "Quotes per speaker", View::Quotes, &speakers, props) }
            { chart("chart-sources", "Sources by type per outlet", View::Sources, &sources, props) }
            { chart("chart-claims", "Claims by type and certainty", View::Claims, &claims, props) }
        </section>
    }
}

// Whole pixels: integer coordinates keep float formatting out of the bundle.
const LABEL_WIDTH: usize = 190;
const BAR_WIDTH: usize = 380;
const ROW: usize = 26;

fn chart(id: &str, title: &str, target: View, bars: &[Bar], props: &OverviewProps) -> Html {
    if bars.is_empty() {
        return html! {
            <figure class="chart" id={id.to_string()}>
                <figcaption>{ title }</figcaption>
                <p class="empty">{ "Nothing to count." }</p>
            </figure>
        };
    }
    let max = bars.iter().map(Bar::total).max().unwrap_or(1).max(1);
    let height = ROW * bars.len() + 4;
    let stacked = bars.iter().any(|b| b.segments.len() > 1);
    let mut keys: Vec<&str> = Vec::new();
    for bar in bars {
        for s in bar.segments.iter().filter(|s| s.count > 0) {
            if !keys.contains(&s.key.as_str()) {
                keys.push(&s.key);
            }
        }
    }
    html! {
        <figure class="chart" id={id.to_string()}>
            <figcaption>{ title }</figcaption>
            <svg viewBox={format!("0 0 {} {height}", LABEL_WIDTH + BAR_WIDTH + 50)} class="bars">
                { for bars.iter().enumerate().map(|(row, bar)| {
                    let y = ROW * row + 2;
                    let mut x = LABEL_WIDTH;
                    let segments = bar.segments.iter().filter(|s| s.count > 0).map(|segment| {
                        let width = (BAR_WIDTH * segment.count / max).max(1);
                        let mut url = props.state.url.clone();
                        url.view = target;
                        url.item = None;
                        for (facet, value) in &segment.filters {
                            url.selection.values.entry(*facet).or_default().insert(value.clone());
                        }
                        let query = url.to_query();
                        let (href, data_query) = (query.clone(), query.clone());
                        let label = if stacked {
                            format!("{}, {}: {}", bar.label, segment.key, segment.count)
                        } else {
                            format!("{}: {}", bar.label, segment.count)
                        };
                        let colour = if stacked { format!("segment key-{}", segment.key) } else { "segment".to_string() };
                        let node = html! {
                            <a href={href} onclick={props.navigator.link(query)} aria-label={label.clone()} data-query={data_query}>
                                <rect class={colour} x={x.to_string()} y={y.to_string()} width={width.to_string()} height={(ROW - 6).to_string()}>
                                    <title>{ label }</title>
                                </rect>
                            </a>
                        };
                        x += width;
                        node
                    }).collect::<Html>();
                    html! {
                        <g class="bar">
                            <text x={(LABEL_WIDTH - 8).to_string()} y={(y + ROW / 2 + 1).to_string()} text-anchor="end" class="label">{ shorten(&bar.label, 24) }</text>
                            { segments }
                            <text x={(x + 6).to_string()} y={(y + ROW / 2 + 1).to_string()} class="total">{ bar.total() }</text>
                        </g>
                    }
                }) }
            </svg>
            if stacked {
                <ul class="legend">
                    { for keys.iter().map(|k| html! { <li><span class={format!("swatch key-{k}")}></span>{ *k }</li> }) }
                </ul>
            }
        </figure>
    }
}

fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_string(),
    }
}
