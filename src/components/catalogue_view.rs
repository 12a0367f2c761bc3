//! The catalogue screen: search, filters, result count, and the grid of cards.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::components::card;
use crate::components::filter_panel;
use crate::filter::{self, Facet, Query, Relax, SearchIndex};
use crate::markup::Markup;
use crate::text;
use crate::wizard;

/// Cards drawn in the view's first render; the others follow in the next task. Starting the app is then two
/// shorter tasks instead of one long one, which a phone's first tap would otherwise wait for.
const FIRST_CARDS: usize = 8;

/// The catalogue in order of fit to the wizard's answers.
pub struct FitOrder {
    /// Model indices, best fit first.
    order: Vec<usize>,
    /// Fit score per model index.
    score_of: Vec<i32>,
    /// The best score.
    top_score: i32,
}

impl FitOrder {
    fn new(catalogue: &crate::types::CatalogueRef, answers: &wizard::Answers) -> Self {
        let ranked = wizard::rank(catalogue, answers);
        let mut score_of = vec![0; catalogue.models.len()];
        for s in &ranked {
            score_of[s.model] = s.score;
        }
        FitOrder {
            top_score: ranked.first().map_or(0, |s| s.score),
            order: ranked.iter().map(|s| s.model).collect(),
            score_of,
        }
    }
}

/// What the catalogue view keeps between renders (the `App` holds it, whatever the view): the search index, and the
/// fit order when the grid is sorted by fit (ranked once when the answers change, not on every keystroke).
#[hook]
pub fn use_catalogue(state: &State) -> (Rc<SearchIndex>, Rc<Option<FitOrder>>) {
    let catalogue = state.catalogue;
    let index = use_memo(catalogue, |c| SearchIndex::new(c.models));
    let sorted = state.view.sort_by_fit && state.has_results();
    let fit = use_memo(
        (catalogue, sorted.then(|| state.view.answers.clone())),
        |(c, answers)| answers.as_ref().map(|a| FitOrder::new(c, a)),
    );
    (index, fit)
}

/// The searchable, filterable card grid, with what [`use_catalogue`] keeps.
pub fn view(
    state: &State,
    dispatch: &Callback<Action>,
    index: &SearchIndex,
    fit: &Option<FitOrder>,
) -> Html {
    let catalogue = state.catalogue;
    let query = Query::new(&state.view.query);
    // Search once per render; the matches and the facet counts both derive from it.
    let searched = filter::searched(index, &query);
    let filters = state.view.filters;
    let matches: Vec<usize> = searched
        .iter()
        .copied()
        .filter(|&i| filters.matches(&catalogue.models[i]))
        .collect();
    let total = catalogue.models.len();
    let counts = filter::facet_counts(catalogue.models, &searched, &filters);

    let sorted = fit.is_some();
    // Every card stays mounted; the ones not matching sit in a hidden cell. A keystroke then only flips
    // `hidden` on the cells that change, and the cards themselves (same props) do not re-render: clearing a
    // search no longer re-creates every card.
    let mut shown = vec![false; total];
    for &m in &matches {
        shown[m] = true;
    }
    let order: Vec<usize> = match fit {
        Some(f) => f.order.clone(),
        None => (0..total).collect(),
    };
    // The first render draws the first FIRST_CARDS shown cards and the open one; a timer then draws them all
    // (set by the `App` when it starts; it waits for them before replacing the pre-rendered copy).
    let all_drawn = state.all_drawn;
    let mut first = 0;
    let drawn: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| {
            first += usize::from(shown[i]);
            all_drawn || state.view.open == Some(i) || (shown[i] && first <= FIRST_CARDS)
        })
        .collect();
    let cards = drawn.into_iter().map(|i| {
        let fit = fit.as_ref().map(|f| {
            let score = f.score_of[i];
            (score, wizard::is_poor_fit(score, f.top_score))
        });
        card::cell(state, i, fit, !shown[i], dispatch)
    });

    let mut status = String::from("Showing ");
    if matches.len() == total {
        status.push_str("all ");
    } else {
        text::push_num(&mut status, matches.len());
        status.push_str(" of ");
    }
    text::push_num(&mut status, total);
    status.push_str(" models");
    let mut empty = Markup::default();
    if matches.is_empty() {
        empty.raw("<div class=\"cm-empty\"><p><strong>No model matches all of these.</strong> Relax one of them:</p><ul>");
        for (relax, n) in
            filter::relax_suggestions(catalogue.models, index, &query, &state.view.filters)
        {
            empty.raw("<li><button type=\"button\" class=\"cm-link-button\" data-act=\"");
            match relax {
                Relax::Search => {
                    empty
                        .raw("q\">Clear the search \u{201c}")
                        .text(&state.view.query)
                        .raw("\u{201d}");
                }
                Relax::Filter(f, v) => {
                    let fi = Facet::ALL.iter().position(|x| *x == f).unwrap_or(0);
                    empty
                        .raw("f")
                        .num(fi)
                        .raw(".")
                        .num(v)
                        .raw("\">Remove the filter ")
                        .text(f.label());
                    empty.raw(": ").text(f.values()[v].1);
                }
            }
            empty.raw("</button> (brings back ").num(n).raw(if n == 1 {
                " model)</li>"
            } else {
                " models)</li>"
            });
        }
        empty.raw("</ul></div>");
    }
    let sort_toggle = state.has_results().then(|| {
        html! {
            <label class="cm-check cm-sort">
                <input type="checkbox" name="sort" checked={sorted} />
                <span>{ "Sort by fit to my wizard answers" }</span>
            </label>
        }
    });

    let mut marks_note = Markup::default();
    marks_note.el(
        "p class=\"cm-muted cm-marks-note\"",
        crate::provenance::MARKS_EXPLAINED,
    );
    html! {
        <section class="cm-catalogue" aria-label="Catalogue">
            { Html::from_html_unchecked(AttrValue::Static("<h2 class=\"cm-sr\">All models</h2>")) }
            { filter_panel::panel(&state.view.query, state.view.filters, &counts, dispatch) }
            { filter_panel::chips(&state.view.query, state.view.filters) }
            <div class="cm-status-row">
                <p class="cm-status" role="status" aria-live="polite" aria-atomic="true">{ status }</p>
                { sort_toggle.unwrap_or_default() }
            </div>
            { empty.html() }
            { marks_note.html() }
            <div class="cm-grid">{ for cards }</div>
        </section>
    }
}
