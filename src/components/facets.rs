use crate::hooks::Navigator;
use crate::shared::Shared;
use claimscope_explore::{Facet, FacetCount, Results};
use claimscope_url_state::UrlState;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub facets: &'static [Facet],
    /// Only its counts are read.
    pub results: Shared<Results>,
    pub url: UrlState,
    pub navigator: Navigator,
}

/// Values shown per facet before "show all".
const SHOWN: usize = 12;

/// One group of checkboxes per facet, each value with the number of results it
/// would leave; values of one facet combine with OR, facets with AND.
#[component]
pub fn Facets(props: &FacetsProps) -> Html {
    let expanded = use_state(Vec::<Facet>::new);
    let with = |edit: &dyn Fn(&mut UrlState)| {
        let mut next = props.url.clone();
        edit(&mut next);
        next.to_query()
    };
    let any_selected = !props.url.selection.is_empty();
    let clear_all = with(&|u| u.selection = Default::default());
    html! {
        <aside class="facets" aria-label="Filters">
            if any_selected {
                <a class="clear-all" href={clear_all.clone()} onclick={props.navigator.link(clear_all)}>{ "Clear all filters" }</a>
            }
            { for props.facets.iter().map(|&facet| {
                let values: Vec<&FacetCount> = props.results.counts.iter().filter(|c| c.facet == facet).collect();
                if values.is_empty() {
                    return html! {};
                }
                let open = expanded.contains(&facet);
                // Only the values with the most items are listed (LISTED_VALUES).
                let distinct = props.results.distinct.iter().find(|(f, _)| *f == facet).map_or(values.len(), |(_, n)| *n);
                let cut = distinct > values.len();
                let shown = if open { values.len() } else { SHOWN.min(values.len()) };
                let clear = with(&|u| u.selection.clear(facet));
                let selected = props.url.selection.values.contains_key(&facet);
                let toggle_all = {
                    let expanded = expanded.clone();
                    Callback::from(move |_| {
                        let mut list = (*expanded).clone();
                        if let Some(i) = list.iter().position(|f| *f == facet) { list.remove(i); } else { list.push(facet); }
                        expanded.set(list);
                    })
                };
                html! {
                    <fieldset class="facet" data-facet={facet.param()}>
                        <legend>{ facet.label() }</legend>
                        <ul>
                            { for values.iter().take(shown).map(|c| {
                                let query = with(&|u| u.selection.toggle(facet, &c.value));
                                let navigator = props.navigator.clone();
                                let onchange = Callback::from(move |_: Event| navigator.push(&query));
                                let id = format!("facet-{}-{}", facet.param(), c.value);
                                html! {
                                    <li>
                                        <input type="checkbox" id={id.clone()} checked={c.selected} {onchange}
                                               data-value={c.value.to_string()} />
                                        <label for={id}>
                                            <span class="value">{ &c.label }</span>
                                            <span class="count">{ c.count }</span>
                                        </label>
                                    </li>
                                }
                            }) }
                        </ul>
                        if values.len() > SHOWN {
                            <button type="button" class="more" onclick={toggle_all} aria-expanded={open.to_string()}>
                                { if open { "Show fewer".to_string() } else if cut { format!("Show top {} of {distinct}", values.len()) } else { format!("Show all {}", values.len()) } }
                            </button>
                            if open && cut {
                                <p class="hint">{ format!("The {} values with the most results are listed; search to reach the other {}.", values.len(), distinct - values.len()) }</p>
                            }
                        }
                        if selected {
                            <a class="clear" href={clear.clone()} onclick={props.navigator.link(clear)}>{ format!("Clear {}", facet.label().to_lowercase()) }</a>
                        }
                    </fieldset>
                }
            }) }
        </aside>
    }
}
