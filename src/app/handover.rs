//! The handover from the pre-rendered copy to the app: what the reader typed, ticked and opened there starts the
//! app ([`read`]), and once the app has drawn it replaces the copy with focus, caret and scroll kept ([`reveal`]).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::config::Handover;
use crate::filter::Facet;

/// Elements that can hold focus, for finding the live app's twin of a focused pre-rendered control.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// The parts of the view in which a focused control is looked up again by its position.
const FOCUS_SCOPES: &str = "[data-model], .cm-header, .cm-controls, .cm-footer";

/// Shows the app's mount point in place of the element's own content, keeping focus, the text cursor and the
/// scroll position where the reader had them; `typed_at_start` is the copy's search text when the app started.
pub(super) fn reveal(host: &Element, mount: &Element, typed_at_start: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = window
        .document()
        .and_then(|d| d.active_element())
        .filter(|a| a != host && host.contains(Some(a)))
        .and_then(|active| FocusKey::of(&active));
    let typed = light_search(host).map(|i| i.value());
    let (x, y) = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );

    let _ = mount.remove_attribute("hidden");
    if let Some(slot) = host
        .shadow_root()
        .and_then(|r| r.query_selector("slot").ok().flatten())
    {
        slot.remove();
    }
    // The copy is no longer shown; drop it so the page holds one copy of the content.
    host.set_inner_html("");

    // Text typed in the moment between the app's start and now: hand it over as typing into the app.
    if let (Some(text), Some(input)) = (typed, live_search(mount))
        && text != typed_at_start
    {
        input.set_value(&text);
        if let Ok(event) = web_sys::InputEvent::new_with_event_init_dict("input", &{
            let init = web_sys::InputEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            init
        }) {
            let _ = input.dispatch_event(&event);
        }
    }
    if let Some(key) = focus {
        key.restore(mount);
    }
    window.scroll_to_with_x_and_y(x, y);
}

/// The search box of the pre-rendered copy.
fn light_search(host: &Element) -> Option<HtmlInputElement> {
    host.query_selector("input[type=search]")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// The search box of the live app.
fn live_search(mount: &Element) -> Option<HtmlInputElement> {
    light_search(mount)
}

/// The elements under `root` matching a CSS selector.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(nodes) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into().ok())
        .collect()
}

/// What the reader typed, ticked and opened on the element's pre-rendered copy (empty for a script embed).
pub(super) fn read(host: &Element) -> Handover {
    let catalogue = &crate::data::CATALOGUE;
    let query = light_search(host).map(|i| i.value()).unwrap_or_default();
    let mut filters = Vec::new();
    // The copy has one fieldset per facet, in `Facet::ALL` order, with one checkbox per value in order.
    for (facet, fieldset) in Facet::ALL.into_iter().zip(all(host, ".cm-facet")) {
        for (value, checkbox) in all(&fieldset, "input[type=checkbox]").iter().enumerate() {
            if checkbox
                .dyn_ref::<HtmlInputElement>()
                .is_some_and(HtmlInputElement::checked)
            {
                filters.push((facet, value));
            }
        }
    }
    // The opened card; of several, the one holding focus, else the first.
    let opened = all(host, "article[data-model] > details[open]");
    let active = host.owner_document().and_then(|d| d.active_element());
    let open = opened
        .iter()
        .find(|d| d.contains(active.as_ref().map(|a| a.unchecked_ref())))
        .or(opened.first())
        .and_then(|d| d.parent_element()?.get_attribute("data-model"))
        .and_then(|id| catalogue.models.iter().position(|m| m.id == id));
    Handover {
        query,
        filters,
        open,
    }
}

/// Where a focused control sits: the part of the view (a card, the header, the controls, the footer) and its
/// position among that part's focusable elements. The pre-rendered copy and the app draw the same parts with
/// their controls in the same order, so the key finds the app's twin of a control of the copy.
struct FocusKey {
    scope: String,
    index: usize,
    selection: Option<(u32, u32)>,
}

impl FocusKey {
    fn of(active: &Element) -> Option<Self> {
        let scope = active.closest(FOCUS_SCOPES).ok().flatten()?;
        let selector = match scope.get_attribute("data-model") {
            Some(id) => crate::text::cat(&["[data-model=\"", &id, "\"]"]),
            None => [".cm-header", ".cm-controls", ".cm-footer"]
                .into_iter()
                .find(|s| scope.matches(s).unwrap_or(false))?
                .to_string(),
        };
        let index = all(&scope, FOCUSABLE).iter().position(|e| e == active)?;
        let selection = active
            .dyn_ref::<HtmlInputElement>()
            .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
        Some(FocusKey {
            scope: selector,
            index,
            selection,
        })
    }

    fn restore(&self, root: &Element) {
        let Some(scope) = root.query_selector(&self.scope).ok().flatten() else {
            return;
        };
        let Some(target) = all(&scope, FOCUSABLE)
            .into_iter()
            .nth(self.index)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
        if let (Some((start, end)), Some(input)) =
            (self.selection, target.dyn_ref::<HtmlInputElement>())
        {
            let _ = input.set_selection_range(start, end);
        }
    }
}
