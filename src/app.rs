//! The root component: owns one instance's state, keeps it in the URL hash when asked, and mounts instances.

pub mod config;
mod handover;
mod hooks;
pub mod mount;
pub mod state;

use yew::prelude::*;

use crate::components::catalogue_view;
use crate::components::compare_view;
use crate::components::delegate;
use crate::components::group_view::GroupView;
use crate::components::model_map;
use crate::components::part_view;
use crate::components::wizard_view;
use crate::data::RUBICK_URL;
use crate::markup::Markup;
use crate::text;
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
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let target = if hash.is_empty() {
        text::cat(&[&path, &search])
    } else {
        text::cat(&[&path, &search, "#", hash])
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
    if hash.is_empty() {
        return AttrValue::from(base.to_string());
    }
    AttrValue::from(text::cat(&[base, "#", hash]))
}

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
            // What the reader typed, ticked or opened on the pre-rendered copy before the app started.
            if let Some(handover) = &config.handover {
                handover.apply(&mut s.view);
            }
            s
        })
    };

    let root = use_node_ref();
    hooks::use_url_sync(&state, catalogue, config.sync_url);
    hooks::use_live_settings(&state, &config, root.clone());
    hooks::use_start(&state, &config);

    // One callback for the instance's whole life: children compare it by identity, so an unchanged card is not
    // re-rendered on every keystroke. With it, made once too, one click and one input handler for the whole widget
    // (see `delegate`), and the map's lighting (see `model_map::hover`: plain functions, so the two of a kind share
    // their code).
    let handlers = use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| {
            let dispatch = Callback::from(move |a: Action| dispatcher.dispatch(a));
            let over: fn(MouseEvent) = |e| model_map::hover(&e, true);
            let out: fn(MouseEvent) = |e| model_map::hover(&e, false);
            let focus_in: fn(FocusEvent) = |e| model_map::hover(&e, true);
            let focus_out: fn(FocusEvent) = |e| model_map::hover(&e, false);
            (
                delegate::on_act(&dispatch),
                delegate::on_field(&dispatch),
                [Callback::from(over), Callback::from(out)],
                [Callback::from(focus_in), Callback::from(focus_out)],
                dispatch,
            )
        }
    });
    let dispatch = &handlers.4;
    let view = state.view.view;
    let (index, fit) = catalogue_view::use_catalogue(&state);
    let theme = match config.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    let results = matches!(state.step(), Step::Results) && state.has_results();
    hooks::use_wizard_focus(&state, root.clone(), view == View::Wizard && !results);
    let body = match view {
        View::Catalogue if config.only.is_empty() => {
            catalogue_view::view(&state, dispatch, &index, &fit)
        }
        View::Catalogue => {
            // The page with every model: the widget's own page (this page without its settings).
            let all_link = share_link(&config, "");
            part_view::view(&state, &config.only, &all_link, dispatch)
        }
        View::Wizard if !results => wizard_view::view(&state, dispatch),
        // The results, the comparison, the decision record and the check-up.
        View::Wizard | View::Group | View::Record | View::Checkup => html! {
            <GroupView state={state.clone()} share_link={share_link(&config, &state.hash())} />
        },
        View::Compare => compare_view::view(catalogue, &state.view.compare),
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
            model_map::view(&catalogue, &highlight)
        }
    };
    let mut compare_label = String::from("Compare");
    if !state.view.compare.is_empty() {
        compare_label.push_str(" (");
        text::push_num(&mut compare_label, state.view.compare.len());
        compare_label.push(')');
    }
    // Where the widget is narrow the tabs share one row: "all models" is then said to screen readers only (the
    // `cm-tab-more` part), so every tab keeps its full name.
    let tabs = ["Browse", "Help me choose", &compare_label, "Map"].into_iter().enumerate().map(|(i, label)| {
        let mut m = Markup::default();
        m.text(label);
        if i == 0 {
            m.raw("<span class=\"cm-tab-more\"> all models</span>");
        }
        let label = m.html();
        let v = View::ALL[i];
        // The comparison and the decision record belong to "Help me choose".
        let pressed =
            view == v || (v == View::Wizard && matches!(view, View::Group | View::Record));
        if cfg!(feature = "ssr") {
            // The pre-rendered page's switches are links that work before the app has started: the app reads
            // the hash they set when it starts.
            let href = format!("#view={}", v.id());
            let current = pressed.then_some("page");
            return html! { <a class="cm-tab" {href} aria-current={current}>{ label }</a> };
        }
        html! { <button type="button" aria-pressed={if pressed { "true" } else { "false" }} data-act={["v0", "v1", "v2", "v3"][i]}>{ label }</button> }
    });
    let mut lede = Markup::default();
    lede.raw(if config.embedded {
        "<h2 class=\"cm-title\">Coordination models</h2>"
    } else {
        "<h1 class=\"cm-title\">Coordination models</h1>"
    });
    lede.raw("<p class=\"cm-lede\">The ")
        .num(catalogue.models.len())
        .raw(" coordination models of <a href=\"");
    // The check-up is a link here, not a fifth tab: five do not fit one row of a phone or a narrow column.
    lede.raw(RUBICK_URL).raw("\" rel=\"noopener\" target=\"_blank\">Jade Rubick's catalogue</a>: browse them, answer a few questions to find the ones that fit your situation<span class=\"cm-app-only\">, or <a href=\"#view=checkup\" data-act=\"v4\">check the one you use</a></span>.</p>");
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

    // Where a link opened in a new tab goes when this page does not keep the widget's state (see `delegate`).
    let link_base = if config.sync_url {
        None
    } else {
        config.home.clone()
    };
    html! {
        <div class="cm-root" data-theme={theme} data-link={link_base} ref={root} onclick={handlers.0.clone()} oninput={handlers.1.clone()}
            onmouseover={handlers.2[0].clone()} onmouseout={handlers.2[1].clone()}
            onfocusin={handlers.3[0].clone()} onfocusout={handlers.3[1].clone()}>
            // Part of the catalogue in a post: the cards alone, without the widget's title and views (until the
            // reader adds a card to the comparison, which is one of the views).
            if config.only.is_empty() || view != View::Catalogue || !state.view.compare.is_empty() {
                <header class="cm-header">
                    { lede.html() }
                    <nav class="cm-tabs" aria-label="Views">{ for tabs }</nav>
                </header>
            }
            { notice.html() }
            { crate::components::people::turn_banner(&state) }
            { body }
            { footer.html() }
        </div>
    }
}
