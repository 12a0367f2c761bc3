//! Search box, facet checkboxes, and the chips of active filters with a clear-all.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::state::Action;
use crate::filter::{Facet, Filters};

/// Props of [`FilterPanel`].
#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    /// The search text.
    pub query: AttrValue,
    /// Selected facet values.
    pub filters: Filters,
    /// How many models have each (facet, value) among those matching the search and other facets.
    pub counts: Vec<(Facet, usize, usize)>,
    /// Reports actions.
    pub dispatch: Callback<Action>,
}

/// The search input and one group of checkboxes per facet.
#[component]
pub fn FilterPanel(props: &FilterPanelProps) -> Html {
    let on_input = props.dispatch.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetQuery(input.value())
    });
    let on_keydown = {
        let dispatch = props.dispatch.clone();
        let empty = props.query.is_empty();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !empty {
                e.prevent_default();
                dispatch.emit(Action::ClearQuery);
            }
        })
    };
    let groups = Facet::ALL.into_iter().map(|facet| {
        let boxes = facet.values().iter().enumerate().map(|(v, (_, label))| {
            let checked = props.filters.is_selected(facet, v);
            let count = props
                .counts
                .iter()
                .find(|(f, x, _)| *f == facet && *x == v)
                .map_or(0, |c| c.2);
            let onchange = props
                .dispatch
                .reform(move |_: Event| Action::ToggleFilter(facet, v));
            html! {
                <label class="cm-check">
                    <input type="checkbox" {checked} {onchange} />
                    <span>{ *label }</span>
                    <span class="cm-count" aria-hidden="true">{ count }</span>
                </label>
            }
        });
        html! {
            <fieldset class="cm-facet">
                <legend>{ facet.label() }</legend>
                { for boxes }
            </fieldset>
        }
    });
    html! {
        <div class="cm-controls">
            <label class="cm-search">
                <span>{ "Search models" }</span>
                <input
                    type="search"
                    value={props.query.clone()}
                    oninput={on_input}
                    onkeydown={on_keydown}
                    placeholder="e.g. security, urgent, handoff"
                    autocomplete="off"
                    spellcheck="false"
                />
            </label>
            <div class="cm-facets">{ for groups }</div>
        </div>
    }
}

/// Props of [`ActiveFilters`].
#[derive(Properties, PartialEq)]
pub struct ActiveFiltersProps {
    /// The search text.
    pub query: AttrValue,
    /// Selected facet values.
    pub filters: Filters,
    /// Reports actions.
    pub dispatch: Callback<Action>,
}

/// Chips for the search text and each selected value, each removable, plus "Clear all".
#[component]
pub fn ActiveFilters(props: &ActiveFiltersProps) -> Html {
    let active = props.filters.active();
    if active.is_empty() && props.query.is_empty() {
        return html! {};
    }
    let search_chip = (!props.query.is_empty()).then(|| {
        let onclick = props.dispatch.reform(|_: MouseEvent| Action::ClearQuery);
        html! {
            <li>
                <button type="button" class="cm-chip" {onclick}
                    aria-label={format!("Remove search: {}", props.query)}>
                    { format!("\u{201c}{}\u{201d}", props.query) }<span aria-hidden="true">{ " \u{d7}" }</span>
                </button>
            </li>
        }
    });
    let chips = active.into_iter().map(|(facet, v)| {
        let label = facet.values()[v].1;
        let onclick = props
            .dispatch
            .reform(move |_: MouseEvent| Action::ToggleFilter(facet, v));
        html! {
            <li>
                <button type="button" class="cm-chip" {onclick}
                    aria-label={format!("Remove filter: {}: {label}", facet.label())}>
                    { label }<span aria-hidden="true">{ " \u{d7}" }</span>
                </button>
            </li>
        }
    });
    let clear = props.dispatch.reform(|_: MouseEvent| Action::ClearAll);
    html! {
        <div class="cm-chips">
            <ul aria-label="Active filters">
                { for search_chip }
                { for chips }
            </ul>
            <button type="button" class="cm-link-button" onclick={clear}>{ "Clear all" }</button>
        </div>
    }
}
