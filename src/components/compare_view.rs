//! Two or three models side by side, row by row, with the rows where they differ marked.

use yew::prelude::*;

use crate::components::sourced::{marks_markup, sources_markup};
use crate::markup::Markup;
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
        return html! {
            <section class="cm-compare" aria-label="Compare models">
                <h2>{ "Compare models" }</h2>
                <p>
                    { "Pick two or three models with the \u{201c}Compare\u{201d} button on their cards." }
                    if !names.is_empty() { { format!(" So far: {}.", names.join(", ")) } }
                </p>
                <button type="button" class="cm-primary" data-act="v0">{ "Choose models to compare" }</button>
            </section>
        };
    }
    let head = picked.iter().enumerate().map(|(pos, &m)| {
        let model = &catalogue.models[m];
        // The options, written as text (see `Markup`): the select itself stays, so it keeps focus on a swap.
        let mut options = Markup::default();
        for (i, o) in catalogue
            .models
            .iter()
            .enumerate()
            .filter(|(i, _)| *i == m || !picked.contains(i))
        {
            options
                .raw(if i == m {
                    "<option selected value=\""
                } else {
                    "<option value=\""
                })
                .num(i)
                .raw("\">");
            options.text(o.name).raw("</option>");
        }
        html! {
            <th scope="col">
                <span class="cm-col-name">{ model.name }</span>
                <label class="cm-swap">
                    <span class="cm-sr">{ format!("Swap {} for", model.name) }</span>
                    <select name={format!("s{pos}")}>{ options.html() }</select>
                </label>
                <button type="button" class="cm-link-button" data-act={format!("t{m}")}>
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
    let legend = Legend::new(
        &catalogue,
        cells
            .iter()
            .flatten()
            .flatten()
            .flat_map(|(_, src)| src.iter().copied()),
    );
    // Rows and cells are elements (a table's parts cannot be written as text inside it); their contents are text.
    let rows = COMPARE_ROWS.iter().zip(cells).map(|(label, values)| {
        let differs = values.windows(2).any(|w| w[0].iter().map(|l| &l.0).ne(w[1].iter().map(|l| &l.0)));
        let mut head = Markup::default();
        head.text(label);
        if differs {
            head.raw("<span class=\"cm-differs-mark\"> \u{2260}<span class=\"cm-sr\"> (differs)</span></span>");
        }
        let cells = values.into_iter().map(|v| {
            let mut cell = Markup::default();
            for (text, src) in v {
                cell.raw("<span class=\"cm-line\">").text(&text);
                if !src.is_empty() {
                    marks_markup(&mut cell, &catalogue, &legend, src);
                }
                cell.raw("</span>");
            }
            html! { <td>{ cell.html() }</td> }
        });
        html! {
            <tr class={differs.then_some("cm-differs")}><th scope="row">{ head.html() }</th>{ for cells }</tr>
        }
    });
    let mut sources = Markup::default();
    sources_markup(&mut sources, &catalogue, &legend, None);
    let add_more = (picked.len() < MAX_COMPARE).then(|| {
        html! { <button type="button" data-act="v0">{ "Add a model from the cards" }</button> }
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
            { sources.html() }
            { add_more.unwrap_or_default() }
        </section>
    }
}
