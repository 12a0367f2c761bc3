//! Search box, facet checkboxes (folded behind "Filters" where the widget is narrow), and the chips of active
//! filters with a clear-all.

use yew::prelude::*;

use crate::app::state::Action;
use crate::filter::{Facet, Filters};
use crate::markup::Markup;
use crate::text;

/// The search input (showing `query`) and one group of checkboxes per facet, with how many models have each value
/// among those matching the search and other facets (`counts`).
pub fn panel(
    query: &str,
    filters: Filters,
    counts: &[(Facet, usize, usize)],
    dispatch: &Callback<Action>,
) -> Html {
    // Its own handler (not the widget's shared one): a search also answers input events that do not bubble.
    let on_input = dispatch.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::SetQuery(input.value())
    });
    let on_keydown = {
        let dispatch = dispatch.clone();
        let empty = query.is_empty();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !empty {
                e.prevent_default();
                dispatch.emit(Action::ClearQuery);
            }
        })
    };
    let groups = Facet::ALL.into_iter().enumerate().map(|(fi, facet)| {
        let boxes = facet.values().iter().enumerate().map(|(v, (_, label))| {
            let checked = filters.is_selected(facet, v);
            let count = counts
                .iter()
                .find(|(f, x, _)| *f == facet && *x == v)
                .map_or(0, |c| c.2);
            // The field name the widget's input handler reads (see `delegate`).
            let mut name = String::from("f");
            text::push_num(&mut name, fi);
            name.push('.');
            text::push_num(&mut name, v);
            let mut after = Markup::default();
            after
                .el("span", label)
                .raw("<span aria-hidden=\"true\" class=\"cm-count\">")
                .num(count)
                .raw("</span>");
            html! {
                <label class="cm-check">
                    <input type="checkbox" {name} {checked} />
                    { after.html() }
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
    // Where the widget is narrow the facets fold behind one "Filters" control that counts the active ones (a
    // native <details>, so it works on the pre-rendered copy too); where it is wide the CSS shows them unfolded.
    let active = filters.active().len();
    let mut fold_label = String::from("Filters");
    if active > 0 {
        fold_label.push_str(" (");
        text::push_num(&mut fold_label, active);
        fold_label.push_str(" active)");
    }
    html! {
        <div class="cm-controls">
            <label class="cm-search">
                <span>{ "Search models" }</span>
                <input
                    type="search"
                    value={query.to_string()}
                    oninput={on_input}
                    onkeydown={on_keydown}
                    placeholder="e.g. security, urgent, handoff"
                    autocomplete="off"
                    spellcheck="false"
                />
            </label>
            <details class="cm-more cm-filters">
                <summary>{ fold_label }</summary>
                <div class="cm-facets">{ for groups }</div>
            </details>
        </div>
    }
}

/// Chips for the search text and each selected value, each removable, plus "Clear all" (written as text; the
/// buttons act through `data-act`).
pub fn chips(query: &str, filters: Filters) -> Html {
    let active = filters.active();
    if active.is_empty() && query.is_empty() {
        return Html::default();
    }
    let mut m = Markup::default();
    m.raw("<div class=\"cm-chips\"><ul aria-label=\"Active filters\">");
    if !query.is_empty() {
        m.raw("<li><button type=\"button\" class=\"cm-chip\" data-act=\"q\" aria-label=\"Remove search: ").text(query);
        m.raw("\">\u{201c}")
            .text(query)
            .raw("\u{201d}<span aria-hidden=\"true\"> \u{d7}</span></button></li>");
    }
    for (facet, v) in active {
        let label = facet.values()[v].1;
        let fi = Facet::ALL.iter().position(|f| *f == facet).unwrap_or(0);
        m.raw("<li><button type=\"button\" class=\"cm-chip\" data-act=\"f")
            .num(fi)
            .raw(".")
            .num(v);
        m.raw("\" aria-label=\"Remove filter: ")
            .text(facet.label())
            .raw(": ")
            .text(label)
            .raw("\">")
            .text(label);
        m.raw("<span aria-hidden=\"true\"> \u{d7}</span></button></li>");
    }
    m.raw("</ul><button type=\"button\" class=\"cm-link-button\" data-act=\"clear\">Clear all</button></div>");
    m.html()
}
