//! One model card: name, category and summary, opening in place (a native `<details>`) to the full details, with
//! the source of every statement.

use yew::prelude::*;

use crate::app::state::Action;
use std::rc::Rc;

use crate::components::sourced::Sourced;
use crate::provenance::Legend;
use crate::types::CatalogueRef;

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
            // A printed card deck shows summaries only: say there what their marks stand for.
            <p class="cm-print-only cm-card-src">{ summary_sources(&props.catalogue, &legend, model.summary.src) }</p>
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

/// "1 Jade Rubick, “Title”" for each source of the summary (printed under it).
fn summary_sources(catalogue: &CatalogueRef, legend: &Legend, src: &[u8]) -> String {
    src.iter()
        .map(|&s| {
            format!(
                "{} {}",
                legend.label(catalogue, s),
                crate::provenance::describe(catalogue, s)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The card's details as static markup, with one click listener for its links to other cards.
fn details(props: &ModelCardProps, legend: &Rc<Legend>) -> Html {
    let html = crate::markup::card_details(&props.catalogue, props.index, legend);
    let dispatch = props.dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let jump = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("a[data-jump]").ok().flatten())
            .and_then(|a| a.get_attribute("data-jump")?.parse().ok());
        if let Some(index) = jump {
            e.prevent_default();
            dispatch.emit(Action::Jump(index));
        }
    });
    html! {
        <div class="cm-details" {onclick}>{ Html::from_html_unchecked(AttrValue::from(html)) }</div>
    }
}
