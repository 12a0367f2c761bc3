//! The root component: owns one instance's state, keeps it in the URL hash when asked, and mounts instances.

pub mod config;
pub mod state;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::components::catalogue_view::CatalogueView;
use crate::components::compare_view::CompareView;
use crate::components::delegate;
use crate::components::group_view::GroupView;
use crate::components::model_map::ModelMap;
use crate::components::results_view::ResultsView;
use crate::components::wizard_view::WizardView;
use crate::data::RUBICK_URL;
use crate::markup::Markup;
use crate::types::CatalogueRef;
use crate::url::{self, Step, View};
use config::{Config, Theme};
use state::{Action, State};

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The models and wizard to show.
    pub catalogue: CatalogueRef,
    /// How this instance is set up.
    #[prop_or_default]
    pub config: Config,
}

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn write_hash(hash: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let location = window.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let target = if hash.is_empty() {
        base
    } else {
        format!("{base}#{hash}")
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
    };
}

/// The address that reopens the current view: this page when it keeps its state in the URL, else the static page.
fn share_link(config: &Config, hash: &str) -> AttrValue {
    let base = if config.sync_url {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|h| h.split('#').next().unwrap_or_default().to_string())
    } else {
        config.home.clone()
    };
    let base = base.unwrap_or_default();
    let base = base.split('?').next().unwrap_or_default();
    AttrValue::from(format!("{base}#{hash}"))
}

type HashListener = Closure<dyn Fn()>;

/// One widget instance.
#[component]
pub fn App(props: &AppProps) -> Html {
    let catalogue = props.catalogue;
    let config = props.config.clone();
    let state = {
        let config = config.clone();
        use_reducer(move || {
            let mut initial = config.initial.clone();
            initial.answers.0.resize(catalogue.questions.len(), 0);
            let mut s = State::new(catalogue, initial);
            // On the static page a link's hash wins over the query-string settings.
            let hash = if config.sync_url {
                location_hash()
            } else {
                String::new()
            };
            if !hash.trim_start_matches('#').is_empty() {
                let parsed = url::parse(&hash, &catalogue);
                s.notice = state::notice_for(&parsed.problems);
                s.view = parsed.state;
            }
            s
        })
    };

    // Keep the URL hash in step with the state, and follow back/forward and pasted links.
    let last_written = use_mut_ref(|| None::<crate::url::UrlState>);
    {
        let view = state.view.clone();
        let hash = state.hash();
        let last_written = last_written.clone();
        let sync = config.sync_url;
        use_effect_with((view, hash), move |(view, hash)| {
            if sync {
                let current = location_hash();
                let current = current.trim_start_matches('#');
                if current != hash {
                    let previous = last_written.borrow().clone();
                    let in_step = previous
                        .as_ref()
                        .is_some_and(|p| url::to_hash(p, &catalogue) == current);
                    let only_query = previous.as_ref().is_some_and(|p| {
                        crate::url::UrlState {
                            query: view.query.clone(),
                            ..p.clone()
                        } == *view
                    });
                    write_hash(hash, in_step && !only_query);
                }
                *last_written.borrow_mut() = Some(view.clone());
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        let sync = config.sync_url;
        use_effect_with((), move |_| {
            let listener: Rc<RefCell<Option<HashListener>>> = Rc::default();
            if sync && let Some(window) = web_sys::window() {
                let on_change = Closure::<dyn Fn()>::new(move || {
                    dispatcher.dispatch(Action::Restore(url::parse(&location_hash(), &catalogue)));
                });
                let f = on_change.as_ref().unchecked_ref();
                let _ = window.add_event_listener_with_callback("hashchange", f);
                let _ = window.add_event_listener_with_callback("popstate", f);
                *listener.borrow_mut() = Some(on_change);
            }
            move || {
                if let (Some(window), Some(cb)) = (web_sys::window(), listener.borrow_mut().take())
                {
                    let f = cb.as_ref().unchecked_ref();
                    let _ = window.remove_event_listener_with_callback("hashchange", f);
                    let _ = window.remove_event_listener_with_callback("popstate", f);
                }
            }
        });
    }

    // Marks when the first render is in the DOM (read by the benchmark).
    use_effect_with((), |_| {
        if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
            let _ = perf.mark("cm-first-card");
        }
    });

    // One callback for the instance's whole life: children compare it by identity, so an unchanged card is not
    // re-rendered on every keystroke.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |a: Action| dispatcher.dispatch(a))
        }))
        .clone()
    };
    let view = state.view.view;
    let theme = match config.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    // Set through the CSSOM, which a strict Content Security Policy allows (a style attribute it would block).
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with(config.accent.clone(), move |accent| {
            if let (Some(el), Some(colour)) = (root.cast::<web_sys::HtmlElement>(), accent) {
                let _ = el.style().set_property("--cm-accent", colour);
            }
        });
    }
    let title = if config.embedded {
        html! { <h2 class="cm-title">{ "Coordination models" }</h2> }
    } else {
        html! { <h1 class="cm-title">{ "Coordination models" }</h1> }
    };
    let body = match view {
        View::Catalogue => {
            html! { <CatalogueView state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        View::Wizard => match state.step() {
            Step::Results if state.has_results() => {
                html! { <ResultsView state={state.clone()} share_link={share_link(&config, &state.hash())} /> }
            }
            _ => html! { <WizardView state={state.clone()} dispatch={dispatch.clone()} /> },
        },
        View::Group => html! {
            <GroupView state={state.clone()} share_link={share_link(&config, &state.hash())} />
        },
        View::Record => html! {
            <GroupView state={state.clone()} share_link={share_link(&config, &state.hash())} record=true />
        },
        View::Compare => html! {
            <CompareView catalogue={catalogue} models={state.view.compare.clone()} />
        },
        View::Map => {
            let highlight: Vec<usize> = if state.has_results() {
                crate::wizard::rank(&catalogue, &state.view.answers)
                    .iter()
                    .take(3)
                    .map(|s| s.model)
                    .collect()
            } else {
                Vec::new()
            };
            html! { <ModelMap catalogue={catalogue} {highlight} /> }
        }
    };
    // One click and one input handler for the whole widget (see `delegate`), made once like `dispatch`.
    let handlers = use_memo((), {
        let dispatch = dispatch.clone();
        move |_| (delegate::on_act(&dispatch), delegate::on_field(&dispatch))
    });
    let mut compare_label = String::from("Compare");
    if !state.view.compare.is_empty() {
        compare_label.push_str(" (");
        compare_label.push_str(&state.view.compare.len().to_string());
        compare_label.push(')');
    }
    let tabs = ["Browse all models", "Help me choose", &compare_label, "Map"].into_iter().enumerate().map(|(i, label)| {
        let v = View::ALL[i];
        // The comparison and the decision record belong to "Help me choose".
        let pressed =
            view == v || (v == View::Wizard && matches!(view, View::Group | View::Record));
        html! { <button type="button" aria-pressed={pressed.to_string()} data-act={format!("v{i}")}>{ label.to_string() }</button> }
    });
    let mut lede = Markup::default();
    lede.raw("<p class=\"cm-lede\">The ")
        .num(catalogue.models.len())
        .raw(" coordination models of <a href=\"");
    lede.raw(RUBICK_URL).raw("\" rel=\"noopener\" target=\"_blank\">Jade Rubick's catalogue</a>: browse them, or answer a few questions to find the ones that fit your situation.</p>");
    let mut notice = Markup::default();
    if let Some(text) = &state.notice {
        notice
            .raw("<div class=\"cm-notice\" role=\"status\">")
            .el("p", text);
        notice.raw("<button type=\"button\" data-act=\"dismiss\">Dismiss</button></div>");
    }
    let mut footer = Markup::default();
    footer.raw("<footer class=\"cm-footer\"><p>The models and their categories are Jade Rubick\u{2019}s (<a href=\"").raw(RUBICK_URL);
    footer.raw("\" rel=\"noopener\" target=\"_blank\">Coordination models</a>), as his catalogue listed them in 2022; his page has since renamed one (Product council) and added a seventh centralized model (Budgets). The card and wizard texts are our own words, marked with their source on every line, and licensed <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license noopener\" target=\"_blank\">CC BY 4.0</a>. The wizard\u{2019}s weights are ours.</p></footer>");

    html! {
        <div class="cm-root" data-theme={theme} ref={root} onclick={handlers.0.clone()} oninput={handlers.1.clone()}>
            <header class="cm-header">
                { title }
                { lede.html() }
                <nav class="cm-tabs" aria-label="Views">{ for tabs }</nav>
            </header>
            { notice.html() }
            { body }
            { footer.html() }
        </div>
    }
}

/// Text shown in a widget's own box if it hits an unexpected error.
pub const FAILURE_TEXT: &str =
    "Sorry, the coordination models stopped working. Reload the page to try again.";

/// The elements of the page matching a CSS selector.
fn elements(selector: &str) -> Vec<web_sys::Element> {
    let Some(nodes) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(selector).ok())
    else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into().ok())
        .collect()
}

/// Replaces every mounted instance's content with a short error message (used by the panic hook).
fn show_failure() {
    for host in elements("[data-cm-mounted]") {
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

/// Mounts an independent instance into every `[data-coordination-models]` element, inside a shadow root so the
/// host page's CSS and the widget's CSS cannot reach each other. Settings come from `data-*` attributes.
pub fn mount_all() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("coordination-models: {info}").into());
        show_failure();
    }));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let catalogue = CatalogueRef(&crate::data::CATALOGUE);
    for el in elements("[data-coordination-models]") {
        if el.get_attribute("data-cm-mounted").is_some() {
            continue;
        }
        let _ = el.set_attribute("data-cm-mounted", "");
        let (config, warnings) = config::from_element(&el);
        for w in warnings {
            web_sys::console::warn_1(&w.into());
        }
        let Some(mount) = shadow_mount(&document, &el) else {
            continue;
        };
        if config.embedded && config.sync_url {
            // The static page opened as an iframe (?embed=1): no page chrome around the widget.
            if let Some(html) = document.document_element() {
                let _ = html.class_list().add_1("cm-embedded");
            }
        }
        yew::Renderer::<App>::with_root_and_props(mount, AppProps { catalogue, config }).render();
    }
}

/// Creates (or reuses) an open shadow root on `host` with the widget's stylesheet and a mount point.
///
/// Until the stylesheet has loaded, the host's own content (the pre-rendered catalogue, or "Loading…") stays
/// visible through a `<slot>` and the mount point is hidden, so the page does not jump or flash unstyled.
fn shadow_mount(document: &web_sys::Document, host: &web_sys::Element) -> Option<web_sys::Element> {
    let root = match host.shadow_root() {
        Some(r) => r,
        None => host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    root.set_inner_html("");
    let mount = document.create_element("div").ok()?;
    mount.set_class_name("cm-mount");
    if let Some(css) = host.get_attribute("data-cm-css") {
        let link: web_sys::HtmlLinkElement =
            document.create_element("link").ok()?.dyn_into().ok()?;
        link.set_rel("stylesheet");
        let slot = document.create_element("slot").ok()?;
        let _ = mount.set_attribute("hidden", "");
        let (shown, fallback, light) = (mount.clone(), slot.clone(), host.clone());
        let reveal = Closure::once_into_js(move || {
            let _ = shown.remove_attribute("hidden");
            fallback.remove();
            // The fallback is no longer shown; drop it so the page holds one copy of the content.
            light.set_inner_html("");
        });
        let _ = link.add_event_listener_with_callback("load", reveal.unchecked_ref());
        let _ = link.add_event_listener_with_callback("error", reveal.unchecked_ref());
        link.set_href(&css);
        root.append_child(&link).ok()?;
        root.append_child(&slot).ok()?;
    }
    root.append_child(&mount).ok()?;
    Some(mount)
}
