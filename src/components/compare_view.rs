//! Two or three models side by side, row by row, with the rows where they differ marked.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::state::Action;
use crate::components::sourced::{Marks, SourceList};
use crate::provenance::Legend;
use crate::report::{COMPARE_ROWS, Line, compare_cell};
use crate::types::CatalogueRef;
use crate::url::MAX_COMPARE;

/// Props of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    /// The catalogue.
    pub catalogue: CatalogueRef,
    /// The compared models.
    pub models: Vec<usize>,
    /// Reports actions.
    pub dispatch: Callback<Action>,
}

/// The comparison table.
#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let catalogue = props.catalogue;
    let picked: Vec<usize> = props
        .models
        .iter()
        .copied()
        .filter(|&m| m < catalogue.models.len())
        .collect();
    if picked.len() < 2 {
        let names: Vec<&str> = picked.iter().map(|&m| catalogue.models[m].name).collect();
        let on_browse = props
            .dispatch
            .reform(|_: MouseEvent| Action::SetView(crate::url::View::Catalogue));
        return html! {
            <section class="cm-compare" aria-label="Compare models">
                <h2>{ "Compare models" }</h2>
                <p>
                    { "Pick two or three models with the \u{201c}Compare\u{201d} button on their cards." }
                    if !names.is_empty() { { format!(" So far: {}.", names.join(", ")) } }
                </p>
                <button type="button" class="cm-primary" onclick={on_browse}>{ "Choose models to compare" }</button>
            </section>
        };
    }
    let head = picked.iter().enumerate().map(|(pos, &m)| {
        let model = &catalogue.models[m];
        let remove = props
            .dispatch
            .reform(move |_: MouseEvent| Action::ToggleCompare(m));
        let swap = props.dispatch.reform(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let target = select.value().parse().unwrap_or(m);
            Action::SwapCompare(pos, target)
        });
        let options = catalogue
            .models
            .iter()
            .enumerate()
            .filter(|(i, _)| *i == m || !picked.contains(i))
            .map(|(i, o)| {
                html! { <option value={i.to_string()} selected={i == m}>{ o.name }</option> }
            });
        html! {
            <th scope="col">
                <span class="cm-col-name">{ model.name }</span>
                <label class="cm-swap">
                    <span class="cm-sr">{ format!("Swap {} for", model.name) }</span>
                    <select onchange={swap}>{ for options }</select>
                </label>
                <button type="button" class="cm-link-button" onclick={remove}>
                    { "Remove" }<span class="cm-sr">{ format!(" {}", model.name) }</span>
                </button>
            </th>
        }
    });
    let cells: Vec<Vec<Vec<Line>>> = (0..COMPARE_ROWS.len())
        .map(|row| {
            picked
                .iter()
                .map(|&m| compare_cell(&catalogue, row, m))
                .collect()
        })
        .collect();
    let legend = Rc::new(Legend::new(
        &catalogue,
        cells
            .iter()
            .flatten()
            .flatten()
            .flat_map(|(_, src)| src.iter().copied()),
    ));
    let rows = COMPARE_ROWS.iter().zip(cells).map(|(label, values)| {
        let differs = values.windows(2).any(|w| w[0].iter().map(|l| &l.0).ne(w[1].iter().map(|l| &l.0)));
        let cells = values.into_iter().map(|v| {
            let lines = v.into_iter().map(|(text, src)| html! {
                <span class="cm-line">{ text }if !src.is_empty() { <Marks {catalogue} legend={legend.clone()} {src} /> }</span>
            });
            html! { <td>{ for lines }</td> }
        });
        html! {
            <tr class={classes!(differs.then_some("cm-differs"))}>
                <th scope="row">
                    { label }
                    if differs { <span class="cm-differs-mark">{ " \u{2260}" }<span class="cm-sr">{ " (differs)" }</span></span> }
                </th>
                { for cells }
            </tr>
        }
    });
    let add_more = (picked.len() < MAX_COMPARE).then(|| {
        let on_browse = props.dispatch.reform(|_: MouseEvent| Action::SetView(crate::url::View::Catalogue));
        html! { <button type="button" onclick={on_browse}>{ "Add a model from the cards" }</button> }
    });
    html! {
        <section class="cm-compare" aria-label="Compare models">
            <h2>{ "Compare models" }</h2>
            <p class="cm-muted">{ "Rows marked \u{2260} differ between the models." }</p>
            <div class="cm-table-scroll" tabindex="0" role="region" aria-label="Comparison table">
                <table class="cm-table">
                    <caption class="cm-sr">{ "Comparison of the selected models" }</caption>
                    <thead><tr><td></td>{ for head }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <section class="cm-sources">
                <h3>{ "Sources" }</h3>
                <p class="cm-muted">{ crate::provenance::MARKS_EXPLAINED }</p>
                <SourceList {catalogue} legend={legend.clone()} />
            </section>
            { add_more.unwrap_or_default() }
        </section>
    }
}
