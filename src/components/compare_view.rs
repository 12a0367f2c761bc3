//! Two or three models side by side, row by row, with the rows where they differ marked; where the view is narrow,
//! one model after the other.

use yew::prelude::*;

use crate::components::sourced::{marks_markup, sources_markup};
use crate::markup::Markup;
use crate::provenance::Legend;
use crate::report::{COMPARE_ROWS, Line, compare_cell};
use crate::text;
use crate::types::CatalogueRef;
use crate::url::MAX_COMPARE;

/// The mark after a row's name when the models differ on it.
const DIFFERS: &str =
    "<span class=\"cm-differs-mark\"> \u{2260}<span class=\"cm-sr\"> (differs)</span></span>";

/// The comparison table of `models` (or, with fewer than two, how to pick them).
pub fn view(catalogue: CatalogueRef, models: &[usize]) -> Html {
    let picked: Vec<usize> = models
        .iter()
        .copied()
        .filter(|&m| m < catalogue.models.len())
        .collect();
    let mut top = Markup::default();
    if picked.len() < 2 {
        let names: Vec<&str> = picked.iter().map(|&m| catalogue.models[m].name).collect();
        top.raw("<section class=\"cm-compare\" aria-label=\"Compare models\"><h2>Compare models</h2><p>Pick two or three models with the \u{201c}Compare\u{201d} button on their cards.");
        if !names.is_empty() {
            top.raw(" So far: ")
                .text(&text::join(&names, ", "))
                .raw(".");
        }
        top.raw("</p><button type=\"button\" class=\"cm-primary\" data-act=\"v0\">Choose models to compare</button></section>");
        return top.html();
    }
    // A model's swap select and Remove button: in its column's head, and atop its section where the view is narrow.
    let controls = |pos: usize, m: usize| {
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
        let mut name = String::from("s");
        text::push_num(&mut name, pos);
        let mut swap = Markup::default();
        swap.raw("<span class=\"cm-sr\">Swap ")
            .text(model.name)
            .raw(" for</span>");
        let mut remove = Markup::default();
        remove
            .raw("<button type=\"button\" class=\"cm-link-button\" data-act=\"t")
            .num(m)
            .raw("\">Remove<span class=\"cm-sr\"> ")
            .text(model.name)
            .raw("</span></button>");
        html! {
            <>
                <label class="cm-swap">
                    { swap.html() }
                    <select name={name}>{ options.html() }</select>
                </label>
                { remove.html() }
            </>
        }
    };
    let tools: Vec<Html> = picked
        .iter()
        .enumerate()
        .map(|(pos, &m)| controls(pos, m))
        .collect();
    let head = picked.iter().zip(&tools).map(|(&m, tools)| {
        let mut name = Markup::default();
        name.el("span class=\"cm-col-name\"", catalogue.models[m].name);
        html! {
            <th scope="col">
                { name.html() }
                { tools.clone() }
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
    let mut cited: Vec<u8> = Vec::new();
    for row in &cells {
        for cell in row {
            for (_, src) in cell {
                cited.extend(src.iter());
            }
        }
    }
    let legend = Legend::new(&catalogue, cited);
    // Where the view is narrow, one section per model (its rows as a list of terms) replaces the table.
    let mut stacked: Vec<Markup> = picked
        .iter()
        .map(|_| {
            let mut m = Markup::default();
            m.raw("<dl class=\"cm-facts\">");
            m
        })
        .collect();
    // Rows and cells are elements (a table's parts cannot be written as text inside it); their contents are text.
    let rows: Vec<Html> = COMPARE_ROWS.iter().zip(cells).map(|(label, values)| {
        let differs = values.windows(2).any(|w| w[0].iter().map(|l| &l.0).ne(w[1].iter().map(|l| &l.0)));
        let mut head = Markup::default();
        head.text(label);
        if differs {
            head.raw(DIFFERS);
        }
        let cells = values.into_iter().zip(&mut stacked).map(|(v, section)| {
            section.raw("<dt>").text(label);
            if differs {
                section.raw(DIFFERS);
            }
            section.raw("</dt><dd>");
            let mut cell = Markup::default();
            for m in [&mut cell, section] {
                for (text, src) in &v {
                    m.raw("<span class=\"cm-line\">").text(text);
                    if !src.is_empty() {
                        marks_markup(m, &catalogue, &legend, src);
                    }
                    m.raw("</span>");
                }
            }
            section.raw("</dd>");
            html! { <td>{ cell.html() }</td> }
        }).collect::<Html>();
        html! {
            <tr class={differs.then_some("cm-differs")}><th scope="row">{ head.html() }</th>{ cells }</tr>
        }
    }).collect();
    let stacked = picked
        .iter()
        .zip(stacked)
        .zip(&tools)
        .map(|((&m, mut section), tools)| {
            let name = catalogue.models[m].name;
            let mut heading = Markup::default();
            heading.el("h3", name);
            section.raw("</dl>");
            html! {
                <section class="cm-stack-model" aria-label={name}>
                    { heading.html() }
                    <p class="cm-stack-tools">{ tools.clone() }</p>
                    { section.html() }
                </section>
            }
        });
    let mut sources = Markup::default();
    sources_markup(&mut sources, &catalogue, &legend, None);
    if picked.len() < MAX_COMPARE {
        sources.raw("<button type=\"button\" data-act=\"v0\">Add a model from the cards</button>");
    }
    top.raw("<h2>Compare models</h2><p class=\"cm-muted\">Rows marked \u{2260} differ between the models.</p>");
    html! {
        <section class="cm-compare" aria-label="Compare models">
            { top.html() }
            <div class="cm-table-scroll" tabindex="0" role="region" aria-label="Comparison table">
                <table class="cm-table">
                    <caption class="cm-sr">{ "Comparison of the selected models" }</caption>
                    <thead><tr><td></td>{ for head }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <div class="cm-stack">{ for stacked }</div>
            { sources.html() }
        </section>
    }
}
