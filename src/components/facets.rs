use crate::hooks::Navigator;
use crate::shared::Shared;
use claimscope_explore::{Facet, FacetCount, Results};
use claimscope_url_state::UrlState;
use std::sync::Arc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub facets: &'static [Facet],
    /// Only its counts are read.
    pub results: Shared<Results>,
    pub url: UrlState,
    pub navigator: Navigator,
}

/// Values shown per facet before "show all". (Eight, not twelve: on a first
/// letter every listed value changes, and the panel's rows were most of a
/// keystroke's layout; measured in BENCHMARKS.md.)
const SHOWN: usize = 8;

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
    // The latest address, read when a box is clicked: the toggle callback then
    // stays one value across renders, so a facet value whose count, label and
    // state did not change is not rendered again (a keystroke changes the
    // search, not most facet values), and no render builds an address per
    // value. Unkeyed: a value that moves is patched in place, which costs what
    // moving its nodes would, and a new one reuses nodes instead of creating them.
    let latest = use_mut_ref(|| (props.url.clone(), props.navigator.clone()));
    *latest.borrow_mut() = (props.url.clone(), props.navigator.clone());
    let toggle = use_callback((), move |(facet, value): (Facet, Arc<str>), _| {
        let (mut next, navigator) = latest.borrow().clone();
        next.selection.toggle(facet, &value);
        navigator.push(&next.to_query());
    });
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
                            { for values.iter().take(shown).map(|c| html! {
                                <FacetValue count={(*c).clone()} toggle={toggle.clone()} />
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

#[derive(Properties, PartialEq)]
struct FacetValueProps {
    count: FacetCount,
    toggle: Callback<(Facet, Arc<str>)>,
}

/// One checkbox: the value, its count, whether it is chosen.
#[component]
fn FacetValue(props: &FacetValueProps) -> Html {
    let c = &props.count;
    let onchange = {
        let (toggle, facet, value) = (props.toggle.clone(), c.facet, c.value.clone());
        Callback::from(move |_: Event| toggle.emit((facet, value.clone())))
    };
    let id = format!("facet-{}-{}", c.facet.param(), c.value);
    html! {
        <li>
            <input type="checkbox" id={id.clone()} checked={c.selected} {onchange}
                   data-value={c.value.to_string()} />
            <label for={id}>
                <span class="value">{ &*c.label }</span>
                <span class="count">{ c.count }</span>
            </label>
        </li>
    }
}
