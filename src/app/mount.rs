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
use web_sys::Element;
use yew::prelude::*;
use yew::{AppHandle, Callback};

use super::config::{self, Config};
use super::handover;
use super::{App, AppProps};
use crate::text;
use crate::types::CatalogueRef;

/// Text shown in a widget's own box if it hits an unexpected error.
pub const FAILURE_TEXT: &str =
    "Sorry, the coordination models stopped working. Reload the page to try again.";

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
            <App key={text::num(*number as usize)} catalogue={app.catalogue} config={app.config.clone()} />
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
    let (config, warnings) = config::from_element(host, &crate::data::CATALOGUE);
    warn(&warnings, &[]);
    let Some(root) = take_root(&document) else {
        return;
    };
    let Some(listeners) = shadow_mount(&document, host, &root.mount) else {
        POOL.with(|pool| pool.borrow_mut().push(root));
        return;
    };
    let _ = host.set_attribute("data-cm-mounted", "");
    if config.sync_url
        && let Some(html) = document.document_element()
    {
        if config.embedded {
            // The static page opened as an iframe (?embed=1): no page chrome around the widget.
            let _ = html.class_list().add_1("cm-embedded");
        }
        // The static page takes the widget's theme (?theme=), so no light frame surrounds a dark widget.
        match config.theme {
            config::Theme::Auto => {}
            config::Theme::Light => drop(html.class_list().add_1("cm-light")),
            config::Theme::Dark => drop(html.class_list().add_1("cm-dark")),
        }
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
    let (fresh, warnings) = config::from_element(host, &crate::data::CATALOGUE);
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
    let handover = handover::read(host);
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

/// Once the app has drawn: shows it in place of the element's own content (see [`handover::reveal`]).
fn reveal(host: &Element) {
    let Some((mount, typed_at_start)) = INSTANCES.with(|list| {
        let list = list.borrow();
        list.iter()
            .find(|i| &i.host == host)
            .map(|i| (i.root.mount.clone(), i.typed.clone()))
    }) else {
        return;
    };
    handover::reveal(host, &mount, &typed_at_start);
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
        target.set_inner_html(&text::cat(&[
            "<div class=\"cm-root\"><p class=\"cm-failed\" role=\"alert\">",
            FAILURE_TEXT,
            "</p></div>",
        ]));
    }
}
