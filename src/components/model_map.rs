//! The model map: an SVG of all models on two axes with their relations, plus a text alternative. The drawing is
//! static markup built once; hovering or focusing a model lights it and its relations by changing classes only. On
//! a touch screen the text form comes first.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::map;
use crate::types::CatalogueRef;

/// Props of [`ModelMap`].
#[derive(Properties, PartialEq)]
pub struct ModelMapProps {
    /// The catalogue to draw.
    pub catalogue: CatalogueRef,
    /// Models to highlight (the wizard's top results).
    #[prop_or_default]
    pub highlight: Vec<usize>,
}

/// The model link (`a[data-i]`) an event happened in, if any.
fn node_of(e: &Event) -> Option<web_sys::Element> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    target.closest("a[data-i]").ok()?
}

/// Lights `node` and the models and lines related to it, fading the rest; `None` clears it.
fn light(container: &web_sys::Element, node: Option<&web_sys::Element>) {
    let active = node.and_then(|n| n.get_attribute("data-i"));
    let related: Vec<String> = node
        .and_then(|n| n.get_attribute("data-rel"))
        .map(|r| r.split(' ').map(str::to_string).collect())
        .unwrap_or_default();
    let all = |selector: &str| {
        let list = container.query_selector_all(selector).ok();
        (0..list.as_ref().map_or(0, |l| l.length()))
            .filter_map(move |k| list.as_ref()?.item(k)?.dyn_into::<web_sys::Element>().ok())
    };
    for n in all(".cm-node") {
        let id = n.get_attribute("data-i");
        let lit = active.is_some() && (id == active || id.is_some_and(|i| related.contains(&i)));
        let classes = n.class_list();
        let _ = classes.toggle_with_force("cm-lit", lit);
        let _ = classes.toggle_with_force("cm-faded", active.is_some() && !lit);
    }
    for e in all(".cm-edge") {
        let on = active.is_some()
            && (e.get_attribute("data-a") == active || e.get_attribute("data-b") == active);
        let classes = e.class_list();
        let _ = classes.toggle_with_force("cm-lit", on);
        let _ = classes.toggle_with_force("cm-dimmable", active.is_some());
    }
}

/// The map of all models.
#[component]
pub fn ModelMap(props: &ModelMapProps) -> Html {
    let catalogue = props.catalogue;
    let svg: Rc<String> = use_memo((catalogue, props.highlight.clone()), |(c, h)| {
        map::svg(c, h)
    });
    let text: Rc<String> = use_memo(catalogue, |c| map::text_alternative(c));
    let drawing = use_node_ref();
    let on = |enter: bool| {
        let drawing = drawing.clone();
        Callback::from(move |e: Event| {
            if let Some(container) = drawing.cast::<web_sys::Element>() {
                let node = if enter { node_of(&e) } else { None };
                if !enter || node.is_some() {
                    light(&container, node.as_ref());
                }
            }
        })
    };
    // A touch screen (no hover): the text form comes first and open, and the help says "tap", not "hover".
    let touch = *use_memo((), |_| {
        web_sys::window()
            .and_then(|w| w.match_media("(hover: none)").ok().flatten())
            .is_some_and(|m| m.matches())
    });
    let text_form = html! {
        <details class="cm-map-text" open={touch}>
            <summary>{ "The map as text" }</summary>
            { Html::from_html_unchecked(AttrValue::from((*text).clone())) }
        </details>
    };
    let (first, last) = if touch {
        (text_form, Html::default())
    } else {
        (Html::default(), text_form)
    };
    let (over, out) = (on(true), on(false));
    let (focusin, focusout) = (over.clone(), out.clone());
    html! {
        <section class="cm-map" aria-label="Map of the models">
            <h2>{ "How the models relate" }</h2>
            <p class="cm-muted">
                { "Left to right: how far a model reaches. Bottom to top: how much structure it changes. Lines: " }
                <span class="cm-key cm-key-variation">{ "variation of" }</span>{ ", " }
                <span class="cm-key cm-key-alternative">{ "alternative to" }</span>{ ", " }
                <span class="cm-key cm-key-pairs">{ "pairs with" }</span>{ ", " }
                <span class="cm-key cm-key-evolves">{ "evolves into" }</span>
                { if touch { ". Tap a model on the map to open its card." } else { ". Hover or focus a model to see its relations; select it to open its card." } }
            </p>
            { first }
            // Selecting a model opens its card through the widget's click handler (`data-act`).
            <div class="cm-map-scroll" ref={drawing}
                onmouseover={move |e: MouseEvent| over.emit(e.into())} onmouseout={move |e: MouseEvent| out.emit(e.into())}
                onfocusin={move |e: FocusEvent| focusin.emit(e.into())} onfocusout={move |e: FocusEvent| focusout.emit(e.into())}>
                { Html::from_html_unchecked(AttrValue::from((*svg).clone())) }
            </div>
            { last }
        </section>
    }
}
