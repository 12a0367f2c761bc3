//! The model map: an SVG of all models on two axes with their relations, plus a text alternative.

use yew::prelude::*;

use crate::components::card::relations;
use crate::map::{self, CHANGE, REACH};
use crate::markup::Markup;
use crate::types::{CatalogueRef, RelationKind};

/// Props of [`ModelMap`].
#[derive(Properties, PartialEq)]
pub struct ModelMapProps {
    /// The catalogue to draw.
    pub catalogue: CatalogueRef,
    /// Models to highlight (the wizard's top results).
    #[prop_or_default]
    pub highlight: Vec<usize>,
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

    // The drawing behind the nodes (grid, axis labels, relation lines), written as SVG text.
    let mut back = Markup::default();
    let line = |m: &mut Markup, class: &str, x1: f64, y1: f64, x2: f64, y2: f64| {
        m.raw("<line class=\"")
            .raw(class)
            .raw("\" x1=\"")
            .raw(&px(x1))
            .raw("\" y1=\"")
            .raw(&px(y1));
        m.raw("\" x2=\"")
            .raw(&px(x2))
            .raw("\" y2=\"")
            .raw(&px(y2))
            .raw("\"/>");
    };
    let bottom = map::HEIGHT - map::BOTTOM;
    for c in 0..=REACH.len() {
        let x = map::LEFT + cw * c as f64;
        line(&mut back, "cm-grid-line", x, 0.0, x, bottom);
    }
    for r in 0..=CHANGE.len() {
        let y = bottom - rh * r as f64;
        line(&mut back, "cm-grid-line", map::LEFT, y, map::WIDTH, y);
    }
    for (c, label) in REACH.iter().enumerate() {
        let x = map::LEFT + cw * (c as f64 + 0.5);
        back.raw("<text class=\"cm-axis-label\" x=\"")
            .raw(&px(x))
            .raw("\" y=\"")
            .raw(&px(bottom + 22.0));
        back.raw("\" text-anchor=\"middle\">")
            .text(label)
            .raw("</text>");
    }
    for (r, label) in CHANGE.iter().enumerate() {
        let y = bottom - rh * (r as f64 + 0.5);
        back.raw("<text class=\"cm-axis-label\" x=\"8\" y=\"")
            .raw(&px(y))
            .raw("\">")
            .text(label)
            .raw("</text>");
    }
    let lit = |i: usize| {
        active.is_some_and(|a| {
            a == i
                || edges
                    .iter()
                    .any(|e| (e.from == a && e.to == i) || (e.to == a && e.from == i))
        })
    };
    for e in edges.iter() {
        let (a, b) = (nodes[e.from], nodes[e.to]);
        let mut class = String::from("cm-edge ");
        class.push_str(kind_class(e.kind));
        if active.is_some_and(|x| x == e.from || x == e.to) {
            class.push_str(" cm-lit");
        }
        if active.is_some() {
            class.push_str(" cm-dimmable");
        }
        line(&mut back, &class, a.x, a.y, b.x, b.y);
    }
    let points = nodes.iter().map(|n| {
        let m = &catalogue.models[n.model];
        let i = n.model;
        let set = active.clone();
        let enter = Callback::from(move |_: MouseEvent| set.set(Some(i)));
        let set = active.clone();
        let focus = Callback::from(move |_: FocusEvent| set.set(Some(i)));
        let set = active.clone();
        let leave = Callback::from(move |_: MouseEvent| set.set(None));
        let set = active.clone();
        let blur = Callback::from(move |_: FocusEvent| set.set(None));
        let on = lit(i);
        let mut class = String::from("cm-node cm-cat-");
        class.push_str(m.category.id());
        for (yes, name) in [
            (props.highlight.contains(&i), " cm-top"),
            (on, " cm-lit"),
            (active.is_some() && !on, " cm-faded"),
        ] {
            if yes {
                class.push_str(name);
            }
        }
        let rank = props.highlight.iter().position(|&h| h == i);
        let label = match rank {
            Some(r) => format!("{} (your #{})", m.name, r + 1),
            None => m.name.to_string(),
        };
        html! {
            <a href={format!("#open={}", m.id)} {class} data-act={format!("j{i}")} onmouseenter={enter} onmouseleave={leave}
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
    let mut text = Markup::default();
    text.raw("<details class=\"cm-map-text\"><summary>The map as text</summary><ul>");
    for (i, m) in catalogue.models.iter().enumerate() {
        text.raw("<li><strong>")
            .text(m.name)
            .raw("</strong>: ")
            .text(&REACH[map::reach(m)].to_ascii_lowercase());
        text.raw("; ")
            .text(&CHANGE[map::change(m)].to_ascii_lowercase())
            .raw(".");
        let rel: Vec<String> = relations(&catalogue, i)
            .into_iter()
            .map(|(label, t, _)| {
                let mut s = label.to_ascii_lowercase();
                s.push(' ');
                s.push_str(catalogue.models[t].name);
                s
            })
            .collect();
        if !rel.is_empty() {
            text.raw(" Related: ").text(&rel.join("; ")).raw(".");
        }
        text.raw("</li>");
    }
    text.raw("</ul></details>");
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
                    <g aria-hidden="true">{ back.html() }</g>
                    { for points }
                </svg>
            </div>
            { text.html() }
        </section>
    }
}
