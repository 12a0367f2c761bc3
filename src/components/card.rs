//! One model card: name, category and summary, expanding in place to the full details.

use yew::prelude::*;

use crate::app::RUBICK_URL;
use crate::app::state::Action;
use crate::types::{CatalogueRef, RelationKind};

/// Props of [`ModelCard`].
#[derive(Properties, PartialEq)]
pub struct ModelCardProps {
    /// The catalogue (for related model names).
    pub catalogue: CatalogueRef,
    /// Index of the model.
    pub index: usize,
    /// Whether the details are shown.
    pub open: bool,
    /// Changes when the card should scroll into view and take focus.
    #[prop_or_default]
    pub jump: u32,
    /// Wizard fit: (score, poor fit), when the grid is sorted by fit.
    #[prop_or_default]
    pub fit: Option<(i32, bool)>,
    /// Whether the model is picked for comparison.
    #[prop_or_default]
    pub compared: bool,
    /// Whether more models can be picked for comparison.
    #[prop_or(true)]
    pub can_compare: bool,
    /// Reports actions.
    pub dispatch: Callback<Action>,
}

/// Related models of `index`, both declared on it and pointing at it, as (label, model index).
pub fn relations(catalogue: &CatalogueRef, index: usize) -> Vec<(&'static str, usize)> {
    let mut out: Vec<(&'static str, usize)> = catalogue.models[index]
        .related
        .iter()
        .map(|r| (r.kind.label(), r.target))
        .collect();
    for (i, m) in catalogue.models.iter().enumerate() {
        for r in m.related.iter().filter(|r| r.target == index) {
            let label = r.kind.inverse_label();
            if !out.iter().any(|(_, t)| *t == i) || r.kind == RelationKind::VariationOf {
                out.push((label, i));
            }
        }
    }
    out
}

/// A card `article` whose heading is the model's name.
#[component]
pub fn ModelCard(props: &ModelCardProps) -> Html {
    let model = &props.catalogue.models[props.index];
    let index = props.index;
    let heading = use_node_ref();
    let toggle_button = use_node_ref();
    {
        let heading = heading.clone();
        let open = props.open;
        use_effect_with(props.jump, move |jump| {
            if *jump > 0
                && open
                && let Some(el) = heading.cast::<web_sys::HtmlElement>()
            {
                let _ = el.focus();
                el.scroll_into_view();
            }
        });
    }
    let on_toggle = {
        let open = props.open;
        props.dispatch.reform(move |_: MouseEvent| {
            if open {
                Action::Close
            } else {
                Action::Open(index)
            }
        })
    };
    let on_keydown = {
        let dispatch = props.dispatch.clone();
        let open = props.open;
        let button = toggle_button.clone();
        Callback::from(move |e: KeyboardEvent| {
            if open && e.key() == "Escape" {
                e.prevent_default();
                dispatch.emit(Action::Close);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    let class = classes!(
        "cm-card",
        format!("cm-cat-{}", model.category.id()),
        props.open.then_some("cm-open"),
        props.fit.is_some_and(|f| f.1).then_some("cm-poor-fit")
    );
    let fit = props.fit.map(|(score, poor)| {
        html! {
            <p class="cm-fit">
                { format!("Fit {score:+}") }
                if poor { <span class="cm-fit-poor">{ " \u{b7} poor fit" }</span> }
            </p>
        }
    });
    let details = props.open.then(|| details(props));
    html! {
        <article {class} onkeydown={on_keydown} data-model={model.id}>
            <div class="cm-card-head">
                <h3 ref={heading} tabindex="-1">{ model.name }</h3>
                <p class="cm-badges">
                    <span class="cm-badge cm-badge-cat">{ model.category.label() }</span>
                    <span class="cm-badge">{ model.scope.label() }</span>
                    <span class="cm-badge">{ model.duration.label() }</span>
                </p>
            </div>
            { fit.unwrap_or_default() }
            <p class="cm-summary">{ model.summary }</p>
            <div class="cm-card-actions">
            <button type="button" class="cm-toggle" ref={toggle_button} aria-expanded={props.open.to_string()} onclick={on_toggle}
                aria-label={format!("{} for {}", if props.open { "Hide details" } else { "Show details" }, model.name)}>
                { if props.open { "Hide details" } else { "Show details" } }
            </button>
            <button type="button" class="cm-compare-toggle" aria-pressed={props.compared.to_string()}
                disabled={!props.compared && !props.can_compare} onclick={props.dispatch.reform(move |_: MouseEvent| Action::ToggleCompare(index))}
                aria-label={format!("{}: {}", if props.compared { "In comparison" } else { "Compare" }, model.name)}>
                { if props.compared { "In comparison" } else { "Compare" } }
            </button>
            </div>
            { details.unwrap_or_default() }
        </article>
    }
}

fn details(props: &ModelCardProps) -> Html {
    let cat = props.catalogue;
    let model = &cat.models[props.index];
    let list = |items: &'static [&'static str]| html! { <ul>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> };
    let yes_no = |b: bool, yes: &'static str, no: &'static str| if b { yes } else { no };
    let related = relations(&cat, props.index)
        .into_iter()
        .map(|(label, target)| {
            let other = &cat.models[target];
            let onclick = props.dispatch.reform(move |e: MouseEvent| {
                e.prevent_default();
                Action::Jump(target)
            });
            html! {
                <li>
                    <span class="cm-rel-kind">{ label }{ ": " }</span>
                    <a href={format!("#open={}", other.id)} {onclick}>{ other.name }</a>
                </li>
            }
        });
    html! {
        <div class="cm-details">
            <p>{ model.what }</p>
            if let Some(note) = model.note {
                <p class="cm-note"><strong>{ "Rubick's meaning: " }</strong>{ note }</p>
            }
            <div class="cm-columns">
                <section>
                    <h4>{ "When to use it" }</h4>
                    { list(model.when_to_use) }
                </section>
                <section>
                    <h4>{ "When not to, and how it fails" }</h4>
                    { list(model.when_not) }
                </section>
            </div>
            <dl class="cm-facts">
                <dt>{ "What it costs" }</dt><dd>{ model.cost }</dd>
                <dt>{ "Optimizes for" }</dt><dd>{ model.optimizes_for }</dd>
                <dt>{ "Watch out" }</dt><dd>{ model.watch_out }</dd>
                <dt>{ "Scope" }</dt><dd>{ model.scope.label() }</dd>
                <dt>{ "Duration" }</dt><dd>{ model.duration.label() }</dd>
                <dt>{ "Reporting lines" }</dt><dd>{ yes_no(model.needs_reorg, "Needs a reorg", "No reorg needed") }</dd>
                <dt>{ "Dependency" }</dt>
                <dd>{ yes_no(model.hard_dependency, "Creates a hard dependency between teams", "No hard dependency") }</dd>
            </dl>
            <section>
                <h4>{ "Related models" }</h4>
                <ul class="cm-related">{ for related }</ul>
            </section>
            <p class="cm-source">
                { "Source: " }
                <a href={model.source_url} rel="noopener" target="_blank">{ model.source_title }</a>
                { ", from " }
                <a href={RUBICK_URL} rel="noopener" target="_blank">{ "Jade Rubick's coordination models" }</a>
                { ". Summary in our words." }
            </p>
        </div>
    }
}
