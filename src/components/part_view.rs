//! Part of the catalogue, for an author's post (`model`, `models`): only the chosen cards, in the author's order,
//! and a link to all of them. A related card opened from one of them opens in place, after the chosen ones.

use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::components::card;
use crate::markup::Markup;

/// The chosen cards (`only`, in order) and a link to all of them (`all_link`, the widget's own page). A plain
/// function, not a component: the App draws it.
pub fn view(state: &State, only: &[usize], all_link: &str, dispatch: &Callback<Action>) -> Html {
    let catalogue = state.catalogue;
    let mut list = only.to_vec();
    if let Some(open) = state.view.open
        && !list.contains(&open)
    {
        list.push(open);
    }
    let cards = list
        .into_iter()
        .map(|i| card::cell(state, i, None, false, dispatch));
    let mut head = Markup::default();
    head.raw("<h2 class=\"cm-sr\">Chosen models</h2>").el(
        "p class=\"cm-muted cm-marks-note\"",
        crate::provenance::MARKS_EXPLAINED,
    );
    let mut all = Markup::default();
    all.raw("<p class=\"cm-all-link\"><a href=\"")
        .text(all_link)
        .raw("\">All ")
        .num(catalogue.models.len())
        .raw(" coordination models</a></p>");
    html! {
        <section class="cm-catalogue cm-part" aria-label="Catalogue">
            { head.html() }
            <div class="cm-grid">{ for cards }</div>
            { all.html() }
        </section>
    }
}
