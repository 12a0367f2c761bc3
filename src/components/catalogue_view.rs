//! The catalogue screen: search, filters, result count, and the grid of cards.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::components::card::ModelCard;
use crate::components::filter_panel::{ActiveFilters, FilterPanel};
use crate::filter::{self, Facet, Query, Relax, SearchIndex};
use crate::wizard;

/// Props of [`CatalogueView`].
#[derive(Properties, PartialEq)]
pub struct CatalogueViewProps {
    /// The app state.
    pub state: UseReducerHandle<State>,
    /// Reports actions.
    pub dispatch: Callback<Action>,
}

/// Counts, per facet value, the models matching the query and every other facet.
fn facet_counts(state: &State, index: &SearchIndex, query: &Query) -> Vec<(Facet, usize, usize)> {
    let models = state.catalogue.models;
    let searched: Vec<usize> = (0..models.len())
        .filter(|&i| index.matches(i, query))
        .collect();
    let filters = state.view.filters;
    let mut out = Vec::new();
    for facet in Facet::ALL {
        let mut others = filters;
        for v in 0..facet.values().len() {
            others.set(facet, v, false);
        }
        let mut counts = vec![0usize; facet.values().len()];
        for &i in &searched {
            if others.matches(&models[i]) {
                counts[facet.value_of(&models[i])] += 1;
            }
        }
        out.extend(counts.into_iter().enumerate().map(|(v, n)| (facet, v, n)));
    }
    out
}

/// The searchable, filterable card grid.
#[component]
pub fn CatalogueView(props: &CatalogueViewProps) -> Html {
    let state = &props.state;
    let catalogue = state.catalogue;
    let index: Rc<SearchIndex> = use_memo(catalogue, |c| SearchIndex::new(c.models));
    let query = Query::new(&state.view.query);
    let matches = filter::matching(catalogue.models, &index, &query, &state.view.filters);
    let total = catalogue.models.len();
    let counts = facet_counts(state, &index, &query);

    let has_results = state.has_results();
    let sorted = state.view.sort_by_fit && has_results;
    let ranked = if has_results {
        wizard::rank(&catalogue, &state.view.answers)
    } else {
        Vec::new()
    };
    let top_score = ranked.first().map_or(0, |s| s.score);
    let order: Vec<usize> = if sorted {
        ranked
            .iter()
            .map(|s| s.model)
            .filter(|m| matches.contains(m))
            .collect()
    } else {
        matches.clone()
    };
    let jump = state.card_jumps;
    let cards = order.iter().map(|&i| {
        let fit = sorted.then(|| {
            let score = ranked.iter().find(|s| s.model == i).map_or(0, |s| s.score);
            (score, wizard::is_poor_fit(score, top_score))
        });
        let open = state.view.open == Some(i);
        html! {
            <ModelCard key={catalogue.models[i].id} {catalogue} index={i} {open} jump={if open { jump } else { 0 }}
                {fit} compared={state.view.compare.contains(&i)} can_compare={state.view.compare.len() < crate::url::MAX_COMPARE}
                dispatch={props.dispatch.clone()} />
        }
    });

    let status = if matches.len() == total {
        format!("Showing all {total} models")
    } else {
        format!("Showing {} of {total} models", matches.len())
    };
    let empty = matches.is_empty().then(|| {
        let suggestions = filter::relax_suggestions(catalogue.models, &index, &query, &state.view.filters);
        let items = suggestions.into_iter().map(|(relax, n)| {
            let (text, action) = match relax {
                Relax::Search => (format!("Clear the search \u{201c}{}\u{201d}", state.view.query), Action::ClearQuery),
                Relax::Filter(f, v) => {
                    (format!("Remove the filter {}: {}", f.label(), f.values()[v].1), Action::ToggleFilter(f, v))
                }
            };
            let onclick = props.dispatch.reform(move |_: MouseEvent| action.clone());
            let plural = if n == 1 { "model" } else { "models" };
            html! {
                <li><button type="button" class="cm-link-button" {onclick}>{ text }</button>{ format!(" (brings back {n} {plural})") }</li>
            }
        });
        html! {
            <div class="cm-empty">
                <p><strong>{ "No model matches all of these." }</strong>{ " Relax one of them:" }</p>
                <ul>{ for items }</ul>
            </div>
        }
    });
    let sort_toggle = has_results.then(|| {
        let onchange = props
            .dispatch
            .reform(move |_: Event| Action::SortByFit(!sorted));
        html! {
            <label class="cm-check cm-sort">
                <input type="checkbox" checked={sorted} {onchange} />
                <span>{ "Sort by fit to my wizard answers" }</span>
            </label>
        }
    });

    html! {
        <section class="cm-catalogue" aria-label="Catalogue">
            <h2 class="cm-sr">{ "All models" }</h2>
            <FilterPanel query={state.view.query.clone()} filters={state.view.filters} {counts} dispatch={props.dispatch.clone()} />
            <ActiveFilters query={state.view.query.clone()} filters={state.view.filters} dispatch={props.dispatch.clone()} />
            <div class="cm-status-row">
                <p class="cm-status" role="status" aria-live="polite" aria-atomic="true">{ status }</p>
                { sort_toggle.unwrap_or_default() }
            </div>
            { empty.unwrap_or_default() }
            <div class="cm-grid">{ for cards }</div>
        </section>
    }
}
