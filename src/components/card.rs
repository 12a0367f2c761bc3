//! One model card: name, category and summary, opening in place (a native `<details>`) to the full details, with
//! the source of every statement.

use yew::prelude::*;

use crate::app::state::Action;
use std::rc::Rc;

use crate::components::sourced::{Marks, SourceList, Sourced, SourcedList};
use crate::data::RUBICK_URL;
use crate::provenance::{self, Legend};
use crate::types::{CatalogueRef, RelationKind};

/// Props of [`ModelCard`].
#[derive(Properties, PartialEq)]
pub struct ModelCardProps {
    /// The catalogue (for related model names and sources).
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

/// Related models of `index`, both declared on it and pointing at it, as (label, model index, relation).
pub fn relations(
    catalogue: &CatalogueRef,
    index: usize,
) -> Vec<(&'static str, usize, &'static crate::types::Relation)> {
    let mut out: Vec<(&'static str, usize, &'static crate::types::Relation)> = catalogue.0.models
        [index]
        .related
        .iter()
        .map(|r| (r.kind.label(), r.target, r))
        .collect();
    for (i, m) in catalogue.0.models.iter().enumerate() {
        for r in m.related.iter().filter(|r| r.target == index) {
            let label = r.kind.inverse_label();
            if !out.iter().any(|(_, t, o)| *t == i && o.kind == r.kind)
                || r.kind == RelationKind::VariationOf
            {
                out.push((label, i, r));
            }
        }
    }
    out
}

/// Whether the details are rendered while closed: always in the pre-rendered page (so they open without
/// JavaScript), only when open in the live app (so a large catalogue mounts quickly).
const DETAILS_ALWAYS: bool = cfg!(feature = "ssr");

/// A card `article` whose heading is the model's name.
#[component]
pub fn ModelCard(props: &ModelCardProps) -> Html {
    let model = &props.catalogue.models[props.index];
    let index = props.index;
    let legend: Rc<Legend> = (*use_memo((props.catalogue, index), |(c, i)| {
        Rc::new(Legend::of_card(c, &c.models[*i]))
    }))
    .clone();
    let heading = use_node_ref();
    let summary_ref = use_node_ref();
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
    // The browser opens and closes the `<details>` itself; the state follows it (and closes any other card).
    let on_toggle = {
        let open = props.open;
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            match (details.open(), open) {
                (true, false) => dispatch.emit(Action::Open(index)),
                (false, true) => dispatch.emit(Action::Close),
                _ => {}
            }
        })
    };
    let on_keydown = {
        let dispatch = props.dispatch.clone();
        let open = props.open;
        let summary = summary_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            if open && e.key() == "Escape" {
                e.prevent_default();
                dispatch.emit(Action::Close);
                if let Some(s) = summary.cast::<web_sys::HtmlElement>() {
                    let _ = s.focus();
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
    let details = (props.open || DETAILS_ALWAYS).then(|| details(props, &legend));
    html! {
        <article {class} onkeydown={on_keydown} data-model={model.id}>
            <div class="cm-card-head">
                <h3 ref={heading} tabindex="-1">{ model.name }</h3>
                <button type="button" class="cm-compare-toggle" aria-pressed={props.compared.to_string()}
                    disabled={!props.compared && !props.can_compare} onclick={props.dispatch.reform(move |_: MouseEvent| Action::ToggleCompare(index))}
                    aria-label={format!("{}: {}", if props.compared { "In comparison" } else { "Compare" }, model.name)}>
                    { if props.compared { "In comparison" } else { "Compare" } }
                </button>
                <p class="cm-badges">
                    <span class="cm-badge cm-badge-cat">{ model.category.label() }</span>
                    <span class="cm-badge">{ model.main_scope().label() }</span>
                    <span class="cm-badge">{ model.duration.label() }</span>
                </p>
            </div>
            { fit.unwrap_or_default() }
            <p class="cm-summary"><Sourced catalogue={props.catalogue} legend={legend.clone()} claim={model.summary} /></p>
            <details class="cm-more" open={props.open} ontoggle={on_toggle}>
                <summary class="cm-toggle" ref={summary_ref}>
                    <span class="cm-when-closed">{ "Show details" }</span>
                    <span class="cm-when-open">{ "Hide details" }</span>
                    <span class="cm-sr">{ format!(" for {}", model.name) }</span>
                </summary>
                { details.unwrap_or_default() }
            </details>
        </article>
    }
}

fn details(props: &ModelCardProps, legend: &Rc<Legend>) -> Html {
    let cat = props.catalogue;
    let model = &cat.models[props.index];
    let facet = |i: usize, text: &'static str| {
        html! { <>{ text }<Marks catalogue={cat} legend={legend.clone()} src={std::slice::from_ref(&model.facet_src[i])} /></> }
    };
    let yes_no = |b: bool, yes: &'static str, no: &'static str| if b { yes } else { no };
    let scopes: Vec<&str> = model.scope.iter().map(|s| s.label()).collect();
    let scope_text: &'static str = match scopes.len() {
        1 => model.main_scope().label(),
        _ => Box::leak(scopes.join(", or ").into_boxed_str()),
    };
    let related: Vec<Html> = relations(&cat, props.index)
        .into_iter()
        .map(|(label, target, relation)| {
            let other = &cat.models[target];
            let onclick = props.dispatch.reform(move |e: MouseEvent| {
                e.prevent_default();
                Action::Jump(target)
            });
            html! {
                <li>
                    <span class="cm-rel-kind">{ label }{ ": " }</span>
                    <a href={format!("#open={}", other.id)} {onclick}>{ other.name }</a>
                    if let Some(note) = relation.note { { format!(" ({note})") } }
                    <Marks catalogue={cat} legend={legend.clone()} src={relation.src} />
                </li>
            }
        })
        .collect();
    let (his, all) = provenance::rubick_share(&cat, model);
    let home = match model.post {
        Some(p) => html! {
            <>{ "Rubick\u{2019}s post on this model: " }
            <a href={cat.source(p).url} rel="noopener" target="_blank">{ cat.source(p).title }</a>{ "." }</>
        },
        None => html! {
            <>{ "Rubick has not published a post on this model; his " }
            <a href={RUBICK_URL} rel="noopener" target="_blank">{ "catalogue page" }</a>
            { " gives its one-line definition." }</>
        },
    };
    let draft = model.draft.map(|d| {
        html! {
            <p>{ "Rubick\u{2019}s early draft: " }
            <a href={cat.source(d).url} rel="noopener" target="_blank">{ cat.source(d).title }</a>
            { " (unread: nothing here rests on it)." }</p>
        }
    });
    html! {
        <div class="cm-details">
            <p><SourcedList catalogue={cat} legend={legend.clone()} claims={model.what} inline=true /></p>
            if let Some(note) = model.note {
                <p class="cm-note"><strong>{ "About the name: " }</strong><Sourced catalogue={cat} legend={legend.clone()} claim={note} /></p>
            }
            <div class="cm-columns">
                <section>
                    <h4>{ "When to use it" }</h4>
                    <SourcedList catalogue={cat} legend={legend.clone()} claims={model.when_to_use} />
                </section>
                <section>
                    <h4>{ "When not to, and how it fails" }</h4>
                    <SourcedList catalogue={cat} legend={legend.clone()} claims={model.when_not} />
                </section>
            </div>
            <dl class="cm-facts">
                <dt>{ "What it costs" }</dt><dd><SourcedList catalogue={cat} legend={legend.clone()} claims={model.cost} inline=true /></dd>
                <dt>{ "Optimizes for" }</dt><dd><Sourced catalogue={cat} legend={legend.clone()} claim={model.optimizes_for} /></dd>
                <dt>{ "Watch out" }</dt><dd><SourcedList catalogue={cat} legend={legend.clone()} claims={model.watch_out} inline=true /></dd>
                <dt>{ "Scope" }</dt><dd>{ facet(0, scope_text) }</dd>
                <dt>{ "Duration" }</dt><dd>{ facet(1, model.duration.label()) }</dd>
                <dt>{ "Reporting lines" }</dt><dd>{ facet(2, yes_no(model.needs_reorg, "Needs a reorg", "No reorg needed")) }</dd>
                <dt>{ "Dependency" }</dt>
                <dd>{ facet(3, yes_no(model.hard_dependency, "Creates a hard dependency between teams", "No hard dependency")) }</dd>
            </dl>
            <section>
                <h4>{ "How to start" }</h4>
                <SourcedList catalogue={cat} legend={legend.clone()} claims={model.how_to_start} />
            </section>
            <section>
                <h4>{ "Related models" }</h4>
                if related.is_empty() {
                    <p class="cm-muted">{ "Rubick\u{2019}s posts name no related model for this one." }</p>
                } else {
                    <ul class="cm-related">{ for related }</ul>
                }
            </section>
            <section class="cm-sources">
                <h4>{ "Sources" }</h4>
                <p class="cm-muted">{ format!("{his} of {all} statements here rest on Rubick\u{2019}s posts.") }</p>
                <SourceList catalogue={cat} legend={legend.clone()} />
                <p>{ home }</p>
                { draft.unwrap_or_default() }
            </section>
        </div>
    }
}
