//! The model map: an SVG of all models on two axes with their relations, plus a text alternative, written as text
//! (see `Markup`). Hovering or focusing a model lights it and its relations by changing classes only (the widget's
//! root handles those events, see [`hover`]). On a touch screen the text form comes first.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::map;
use crate::markup::Markup;
use crate::types::CatalogueRef;

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

/// A pointer or the focus entering (`enter`) or leaving something in the widget: inside the drawing, lights the
/// model link (`a[data-i]`) it is in, or clears the lighting when it leaves.
pub fn hover(e: &Event, enter: bool) {
    let Some(target) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(container) = target.closest(".cm-map-scroll").ok().flatten() else {
        return;
    };
    let node = if enter {
        target.closest("a[data-i]").ok().flatten()
    } else {
        None
    };
    if !enter || node.is_some() {
        light(&container, node.as_ref());
    }
}

/// The map of all models, with the `highlight`ed ones (the wizard's top results) marked.
pub fn view(catalogue: &CatalogueRef, highlight: &[usize]) -> Html {
    // A touch screen (no hover): the text form comes first and open, and the help says "tap", not "hover".
    let touch = web_sys::window()
        .and_then(|w| w.match_media("(hover: none)").ok().flatten())
        .is_some_and(|m| m.matches());
    let text = map::text_alternative(catalogue);
    let mut m = Markup::default();
    m.raw("<section class=\"cm-map\" aria-label=\"Map of the models\"><h2>How the models relate</h2><p class=\"cm-muted\">Left to right: how far a model reaches. Bottom to top: how much structure it changes. Lines: <span class=\"cm-key cm-key-variation\">variation of</span>, <span class=\"cm-key cm-key-alternative\">alternative to</span>, <span class=\"cm-key cm-key-pairs\">pairs with</span>, <span class=\"cm-key cm-key-evolves\">evolves into</span>");
    m.raw(if touch {
        ". Tap a model on the map to open its card.</p>"
    } else {
        ". Hover or focus a model to see its relations; select it to open its card.</p>"
    });
    let text_form = |m: &mut Markup| {
        m.raw(if touch {
            "<details class=\"cm-map-text\" open>"
        } else {
            "<details class=\"cm-map-text\">"
        })
        .raw("<summary>The map as text</summary>")
        .push(&text)
        .raw("</details>");
    };
    if touch {
        text_form(&mut m);
    }
    // Selecting a model opens its card through the widget's click handler (`data-act`).
    m.raw("<div class=\"cm-map-scroll\">")
        .push(&map::svg(catalogue, highlight))
        .raw("</div>");
    if !touch {
        text_form(&mut m);
    }
    m.raw("</section>");
    m.html()
}
