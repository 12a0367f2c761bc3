//! The life cycle of instances, which `embed.js` drives: [`mount`] an instance into an element (inside a shadow
//! root, so the host page's CSS and the widget's cannot reach each other), [`update`] it when the element's
//! settings change, [`unmount`] it when the element leaves the page.
//!
//! On the static page the element holds a pre-rendered copy of the catalogue that readers use before the app
//! has started. The app takes over what they did there (search text, ticked filters, the opened card, focus,
//! scroll position) when it replaces that copy.
//!
//! Yew roots are reused. Yew 0.23 never frees the event-delegation listeners of a root (`HostHandlers` forgets
//! them, with the root's data and its host element), so a root per mount would leak one root per visit on a
//! site with client-side navigation. Instead each instance renders its [`App`] inside a pooled root ([`Host`]):
//! unmounting destroys the `App` (its hooks, listeners and DOM) and returns the root, on its detached `<div>`, to
//! the pool for the next instance.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;
use yew::{AppHandle, Callback};

use super::config::{self, Config, Handover};
use super::{App, AppProps};
use crate::filter::Facet;
use crate::types::CatalogueRef;

/// Text shown in a widget's own box if it hits an unexpected error.
pub const FAILURE_TEXT: &str =
    "Sorry, the coordination models stopped working. Reload the page to try again.";

/// Elements that can hold focus, for finding the live app's twin of a focused pre-rendered control.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// The parts of the view in which a focused control is looked up again by its position.
const FOCUS_SCOPES: &str = "[data-model], .cm-header, .cm-controls, .cm-footer";

/// Props of [`Host`]: the instance to show (numbered, so a reused root makes a new [`App`]), or none.
#[derive(Properties, PartialEq, Default)]
pub struct HostProps {
    instance: Option<(u32, Rc<AppProps>)>,
}

/// The root component of a pooled Yew root: one instance's [`App`], or nothing between instances.
#[component]
fn Host(props: &HostProps) -> Html {
    match &props.instance {
        Some((number, app)) => html! {
            <App key={*number} catalogue={app.catalogue} config={app.config.clone()} />
        },
        None => Html::default(),
    }
}

/// A Yew root and the `<div>` it renders into (the mount point inside an instance's shadow root).
struct Root {
    mount: Element,
    app: AppHandle<Host>,
}

/// One mounted instance.
struct Instance {
    /// The element it was mounted into.
    host: Element,
    /// The Yew root, with its mount point inside the shadow root (hidden until the app has drawn).
    root: Root,
    /// Numbers this instance's [`App`] in its root.
    number: u32,
    /// Whether the app has started (its stylesheet has loaded).
    started: bool,
    /// The text of the pre-rendered copy's search box when the app started.
    typed: String,
    /// The settings given to the app.
    config: Config,
    /// The settings warnings already shown.
    warnings: Vec<String>,
    /// The stylesheet's load and error listeners.
    listeners: Vec<EventListener>,
}

thread_local! {
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
    /// Roots of unmounted instances, for the next ones.
    static POOL: RefCell<Vec<Root>> = const { RefCell::new(Vec::new()) };
    static NUMBER: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A root from the pool, or a new one.
fn take_root(document: &web_sys::Document) -> Option<Root> {
    if let Some(root) = POOL.with(|pool| pool.borrow_mut().pop()) {
        return Some(root);
    }
    let mount = document.create_element("div").ok()?;
    mount.set_class_name("cm-mount");
    let app =
        yew::Renderer::<Host>::with_root_and_props(mount.clone(), HostProps::default()).render();
    Some(Root { mount, app })
}

/// Sets the panic hook: an unexpected error replaces each instance with a short message.
pub fn init() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("coordination-models: {info}").into());
        show_failure();
    }));
}

/// How many instances are mounted (for tests: nothing must outlive its element).
pub fn live() -> usize {
    INSTANCES.with(|list| list.borrow().len())
}

fn warn(warnings: &[String], already: &[String]) {
    for w in warnings.iter().filter(|w| !already.contains(w)) {
        web_sys::console::warn_1(&w.as_str().into());
    }
}

/// Mounts an instance into `host` (a `<coordination-models>` element or a `[data-coordination-models]` one),
/// unless one is there already. Its settings come from the element's attributes.
///
/// The app starts once its stylesheet (`data-cm-css`) has loaded; until then the element's own content (the
/// pre-rendered catalogue, or a line saying the widget is loading) stays visible through a `<slot>`.
pub fn mount(host: &Element) {
    if INSTANCES.with(|list| list.borrow().iter().any(|i| &i.host == host)) {
        return;
    }
    let Some(document) = host.owner_document() else {
        return;
    };
    let (config, warnings) = config::from_element(host);
    warn(&warnings, &[]);
    let Some(root) = take_root(&document) else {
        return;
    };
    let Some(listeners) = shadow_mount(&document, host, &root.mount) else {
        POOL.with(|pool| pool.borrow_mut().push(root));
        return;
    };
    let _ = host.set_attribute("data-cm-mounted", "");
    if config.embedded
        && config.sync_url
        && let Some(html) = document.document_element()
    {
        // The static page opened as an iframe (?embed=1): no page chrome around the widget.
        let _ = html.class_list().add_1("cm-embedded");
    }
    let waits = !listeners.is_empty();
    let number = NUMBER.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    INSTANCES.with(|list| {
        list.borrow_mut().push(Instance {
            host: host.clone(),
            root,
            number,
            started: false,
            typed: String::new(),
            config,
            warnings,
            listeners,
        });
    });
    if !waits {
        start(host);
    }
}

/// Destroys the instance in `host`: the app, its listeners and its shadow content. The element is left as the
/// page had it (without the pre-rendered copy, which the app replaced); the Yew root goes back to the pool.
pub fn unmount(host: &Element) {
    let instance = INSTANCES.with(|list| {
        let mut list = list.borrow_mut();
        let at = list.iter().position(|i| &i.host == host)?;
        Some(list.remove(at))
    });
    let Some(instance) = instance else {
        return;
    };
    drop(instance.listeners);
    let mut root = instance.root;
    root.app.update(HostProps::default());
    if let Some(shadow) = host.shadow_root() {
        shadow.set_inner_html("");
    }
    POOL.with(|pool| pool.borrow_mut().push(root));
    let _ = host.remove_attribute("data-cm-mounted");
}

/// Re-reads the settings of the instance in `host` and passes changed ones to it.
pub fn update(host: &Element) {
    let (fresh, warnings) = config::from_element(host);
    INSTANCES.with(|list| {
        let mut list = list.borrow_mut();
        let Some(instance) = list.iter_mut().find(|i| &i.host == host) else {
            return;
        };
        warn(&warnings, &instance.warnings);
        instance.warnings = warnings;
        let config = Config {
            handover: instance.config.handover.clone(),
            on_live: instance.config.on_live.clone(),
            ..fresh
        };
        if config == instance.config {
            return;
        }
        instance.config = config.clone();
        if instance.started {
            let app = AppProps {
                catalogue: CatalogueRef(&crate::data::CATALOGUE),
                config,
            };
            instance.root.app.update(HostProps {
                instance: Some((instance.number, Rc::new(app))),
            });
        }
    });
}

/// Starts the app of the instance in `host` (hidden), from what the reader did on the pre-rendered copy.
fn start(host: &Element) {
    let handover = read_handover(host);
    INSTANCES.with(|list| {
        let mut list = list.borrow_mut();
        let Some(instance) = list.iter_mut().find(|i| &i.host == host) else {
            return;
        };
        if instance.started {
            return;
        }
        instance.started = true;
        instance.typed = handover.query.clone();
        let shown = host.clone();
        instance.config.handover = Some(handover);
        instance.config.on_live = Some(Callback::from(move |()| reveal(&shown)));
        let app = AppProps {
            catalogue: CatalogueRef(&crate::data::CATALOGUE),
            config: instance.config.clone(),
        };
        instance.root.app.update(HostProps {
            instance: Some((instance.number, Rc::new(app))),
        });
    });
}

/// Once the app has drawn: shows it in place of the element's own content, keeping focus, the text cursor and
/// the scroll position where the reader had them.
fn reveal(host: &Element) {
    let Some((mount, typed_at_start)) = INSTANCES.with(|list| {
        let list = list.borrow();
        list.iter()
            .find(|i| &i.host == host)
            .map(|i| (i.root.mount.clone(), i.typed.clone()))
    }) else {
        return;
    };
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
    if let (Some(text), Some(input)) = (typed, live_search(&mount))
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
        key.restore(&mount);
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
fn read_handover(host: &Element) -> Handover {
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
            Some(id) => format!("[data-model=\"{id}\"]"),
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

/// Creates (or reuses) an open shadow root on `host` with the widget's stylesheet and the mount point, hidden.
/// Returns the listeners that start the app when the stylesheet has loaded (none when there is no stylesheet
/// to wait for).
fn shadow_mount(
    document: &web_sys::Document,
    host: &Element,
    mount: &Element,
) -> Option<Vec<EventListener>> {
    let root = match host.shadow_root() {
        Some(r) => r,
        None => host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    root.set_inner_html("");
    let _ = mount.remove_attribute("hidden");
    let mut listeners = Vec::new();
    if let Some(css) = host.get_attribute("data-cm-css") {
        let link: web_sys::HtmlLinkElement =
            document.create_element("link").ok()?.dyn_into().ok()?;
        link.set_rel("stylesheet");
        let slot = document.create_element("slot").ok()?;
        let _ = mount.set_attribute("hidden", "");
        for event in ["load", "error"] {
            let host = host.clone();
            listeners.push(EventListener::once(&link, event, move |_| start(&host)));
        }
        link.set_href(&css);
        root.append_child(&link).ok()?;
        root.append_child(&slot).ok()?;
    }
    root.append_child(mount).ok()?;
    Some(listeners)
}

/// Replaces every mounted instance's content with a short error message (used by the panic hook).
fn show_failure() {
    let Some(nodes) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("[data-cm-mounted]").ok())
    else {
        return;
    };
    for host in (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok()) {
        let target = host
            .shadow_root()
            .and_then(|r| r.query_selector(".cm-mount").ok().flatten())
            .unwrap_or(host);
        let _ = target.remove_attribute("hidden");
        target.set_inner_html(&format!(
            "<div class=\"cm-root\"><p class=\"cm-failed\" role=\"alert\">{FAILURE_TEXT}</p></div>"
        ));
    }
}
