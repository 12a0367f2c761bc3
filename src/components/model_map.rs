//! The model map: an SVG of all models on two axes with their relations, plus a text alternative.

use yew::prelude::*;

use crate::app::state::Action;
use crate::map::{self, CHANGE, REACH};
use crate::types::{CatalogueRef, RelationKind};

/// Props of [`ModelMap`].
#[derive(Properties, PartialEq)]
pub struct ModelMapProps {
    /// The catalogue to draw.
    pub catalogue: CatalogueRef,
    /// Models to highlight (the wizard's top results).
    #[prop_or_default]
    pub highlight: Vec<usize>,
    /// Reports actions.
    pub dispatch: Callback<Action>,
}

/// An SVG coordinate as a whole number (keeps float formatting code out of the wasm).
fn px(v: f64) -> String {
    (v.round() as i64).to_string()
}

fn kind_class(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::VariationOf => "cm-edge-variation",
        RelationKind::AlternativeTo => "cm-edge-alternative",
        RelationKind::PairsWith => "cm-edge-pairs",
        RelationKind::EvolvesInto => "cm-edge-evolves",
    }
}

/// The map of all models.
#[component]
pub fn ModelMap(props: &ModelMapProps) -> Html {
    let catalogue = props.catalogue;
    let nodes = use_memo(catalogue, |c| map::layout(c));
    let edges = use_memo(catalogue, |c| map::edges(c));
    let active = use_state(|| None::<usize>);
    let (cw, rh) = (map::column_width(), map::row_height());

    let grid = (0..=REACH.len()).map(|c| {
        let x = map::LEFT + cw * c as f64;
        html! { <line class="cm-grid-line" x1={px(x)} y1="0" x2={px(x)} y2={px(map::HEIGHT - map::BOTTOM)} /> }
    });
    let rows = (0..=CHANGE.len()).map(|r| {
        let y = (map::HEIGHT - map::BOTTOM) - rh * r as f64;
        html! { <line class="cm-grid-line" x1={px(map::LEFT)} y1={px(y)} x2={px(map::WIDTH)} y2={px(y)} /> }
    });
    let x_labels = REACH.iter().enumerate().map(|(c, label)| {
        let x = map::LEFT + cw * (c as f64 + 0.5);
        html! { <text class="cm-axis-label" x={px(x)} y={px(map::HEIGHT - map::BOTTOM + 22.0)} text-anchor="middle">{ *label }</text> }
    });
    let y_labels = CHANGE.iter().enumerate().map(|(r, label)| {
        let y = (map::HEIGHT - map::BOTTOM) - rh * (r as f64 + 0.5);
        html! { <text class="cm-axis-label" x="8" y={px(y)}>{ *label }</text> }
    });
    let lit = |i: usize| {
        active.is_some_and(|a| {
            a == i
                || edges
                    .iter()
                    .any(|e| (e.from == a && e.to == i) || (e.to == a && e.from == i))
        })
    };
    let lines = edges.iter().map(|e| {
        let (a, b) = (nodes[e.from], nodes[e.to]);
        let on = active.is_some_and(|x| x == e.from || x == e.to);
        let class = classes!(
            "cm-edge",
            kind_class(e.kind),
            on.then_some("cm-lit"),
            active.is_some().then_some("cm-dimmable")
        );
        html! { <line {class} x1={px(a.x)} y1={px(a.y)} x2={px(b.x)} y2={px(b.y)} /> }
    });
    let points = nodes.iter().map(|n| {
        let m = &catalogue.models[n.model];
        let i = n.model;
        let onclick = props.dispatch.reform(move |e: MouseEvent| {
            e.prevent_default();
            Action::Jump(i)
        });
        let set = active.clone();
        let enter = Callback::from(move |_: MouseEvent| set.set(Some(i)));
        let set = active.clone();
        let focus = Callback::from(move |_: FocusEvent| set.set(Some(i)));
        let set = active.clone();
        let leave = Callback::from(move |_: MouseEvent| set.set(None));
        let set = active.clone();
        let blur = Callback::from(move |_: FocusEvent| set.set(None));
        let on = lit(i);
        let class = classes!(
            "cm-node",
            format!("cm-cat-{}", m.category.id()),
            props.highlight.contains(&i).then_some("cm-top"),
            on.then_some("cm-lit"),
            (active.is_some() && !on).then_some("cm-faded"),
        );
        let rank = props.highlight.iter().position(|&h| h == i);
        let label = match rank {
            Some(r) => format!("{} (your #{})", m.name, r + 1),
            None => m.name.to_string(),
        };
        html! {
            <a href={format!("#open={}", m.id)} {class} {onclick} onmouseenter={enter} onmouseleave={leave}
                onfocus={focus} onblur={blur} aria-label={format!("{label}: open its card")}>
                <circle cx={px(n.x)} cy={px(n.y)} r={if rank.is_some() { "9" } else { "6" }} />
                <text x={px(n.x + 11.0)} y={px(n.y + 4.0)}>
                    { for map::wrap_label(&label, 18).into_iter().enumerate().map(|(k, line)| html! {
                        <tspan x={px(n.x + 11.0)} dy={if k == 0 { "0" } else { "14" }}>{ line }</tspan>
                    }) }
                </text>
            </a>
        }
    });
    let text_alternative = catalogue.models.iter().enumerate().map(|(i, m)| {
        let rel: Vec<String> = catalogue.relations(i)
            .into_iter()
            .map(|(label, t, _)| format!("{} {}", label.to_ascii_lowercase(), catalogue.models[t].name))
            .collect();
        html! {
            <li>
                <strong>{ m.name }</strong>
                { format!(": {}; {}.", REACH[map::reach(m)].to_ascii_lowercase(), CHANGE[map::change(m)].to_ascii_lowercase()) }
                if !rel.is_empty() { { format!(" Related: {}.", rel.join("; ")) } }
            </li>
        }
    });
    html! {
        <section class="cm-map" aria-label="Map of the models">
            <h2>{ "How the models relate" }</h2>
            <p class="cm-muted">
                { "Left to right: how far a model reaches. Bottom to top: how much structure it changes. Lines: " }
                <span class="cm-key cm-key-variation">{ "variation of" }</span>{ ", " }
                <span class="cm-key cm-key-alternative">{ "alternative to" }</span>{ ", " }
                <span class="cm-key cm-key-pairs">{ "pairs with" }</span>{ ", " }
                <span class="cm-key cm-key-evolves">{ "evolves into" }</span>
                { ". Hover or focus a model to see its relations; select it to open its card." }
            </p>
            <div class="cm-map-scroll">
                <svg viewBox={format!("0 0 {} {}", px(map::WIDTH), px(map::HEIGHT))} class="cm-map-svg" aria-labelledby="cm-map-title">
                    <title id="cm-map-title">{ "Map of the 27 coordination models by reach and by how much structure they change" }</title>
                    <g aria-hidden="true">{ for grid }{ for rows }{ for x_labels }{ for y_labels }{ for lines }</g>
                    { for points }
                </svg>
            </div>
            <details class="cm-map-text">
                <summary>{ "The map as text" }</summary>
                <ul>{ for text_alternative }</ul>
            </details>
        </section>
    }
}
