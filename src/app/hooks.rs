//! The root component's effects, each a named hook: the URL hash kept in step, a host's changed settings, the
//! start (remaining cards, the benchmark's mark, the mount code told), and the wizard's focus after a move.

use gloo::events::EventListener;
use yew::prelude::*;

use super::config::Config;
use super::state::{Action, State};
use super::{location_hash, write_hash};
use crate::components::wizard_view::use_keyed_effect;
use crate::types::CatalogueRef;
use crate::url;

/// Keeps the URL hash in step with the state when `sync` (the static page, or `url="hash"`), and follows
/// back/forward and pasted links; the listeners go away with the instance (or when it stops keeping its state in
/// the URL).
#[hook]
pub fn use_url_sync(state: &UseReducerHandle<State>, catalogue: CatalogueRef, sync: bool) {
    let last_written = use_mut_ref(|| None::<url::UrlState>);
    {
        let view = state.view.clone();
        let hash = state.hash();
        use_view_effect(
            (view, Some(hash), sync),
            Box::new(move |(view, hash, sync)| {
                let hash = hash.as_deref().unwrap_or_default();
                if *sync {
                    let current = location_hash();
                    let current = current.trim_start_matches('#');
                    if current != hash {
                        let previous = last_written.borrow().clone();
                        let in_step = previous
                            .as_ref()
                            .is_some_and(|p| url::to_hash(p, &catalogue) == current);
                        let only_query = previous.as_ref().is_some_and(|p| {
                            url::UrlState {
                                query: view.query.clone(),
                                ..p.clone()
                            } == *view
                        });
                        write_hash(hash, in_step && !only_query);
                    }
                    *last_written.borrow_mut() = Some(view.clone());
                }
            }),
        );
    }
    let dispatcher = state.dispatcher();
    use_keyed_effect(
        u32::from(sync),
        Box::new(move |sync| {
            let listeners = web_sys::window().filter(|_| sync != 0).map(|window| {
                ["hashchange", "popstate"].map(|event| {
                    let dispatcher = dispatcher.clone();
                    EventListener::new(&window, event, move |_| {
                        dispatcher
                            .dispatch(Action::Restore(url::parse(&location_hash(), &catalogue)));
                    })
                })
            });
            Box::new(move || drop(listeners))
        }),
    );
}

/// A host that changes a setting of a live instance: show that view, set those filters, open that card, compare
/// those models, show that result (what the reader did otherwise stays). And the `accent` setting on `root`, set
/// through the CSSOM, which a strict Content Security Policy allows (a style attribute it would block); setting it
/// again when nothing changed is harmless.
#[hook]
pub fn use_live_settings(state: &UseReducerHandle<State>, config: &Config, root: NodeRef) {
    let previous = use_mut_ref(|| None::<url::UrlState>);
    let dispatcher = state.dispatcher();
    let current = state.view.filters;
    use_view_effect(
        (config.initial.clone(), config.accent.clone(), false),
        Box::new(move |(initial, accent, _)| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                let _ = match accent {
                    Some(colour) => el.style().set_property("--cm-accent", colour),
                    None => el.style().remove_property("--cm-accent").map(drop),
                };
            }
            if let Some(old) = previous.borrow_mut().replace(initial.clone()) {
                if old.view != initial.view {
                    dispatcher.dispatch(Action::SetView(initial.view));
                }
                if old.open != initial.open {
                    dispatcher.dispatch(initial.open.map_or(Action::Close, Action::Jump));
                }
                if old.check != initial.check
                    && let Some(c) = &initial.check
                {
                    dispatcher.dispatch(Action::Check(c.model));
                }
                if old.compare != initial.compare && initial.compare.len() > 1 {
                    dispatcher.dispatch(Action::CompareThese(initial.compare.clone()));
                }
                if old.answers != initial.answers || old.step != initial.step {
                    dispatcher.dispatch(Action::Restore(url::Parsed {
                        state: initial.clone(),
                        problems: Vec::new(),
                    }));
                }
                for facet in crate::filter::Facet::ALL {
                    for v in 0..facet.values().len() {
                        let wanted = initial.filters.is_selected(facet, v);
                        if old.filters.is_selected(facet, v) != wanted
                            && current.is_selected(facet, v) != wanted
                        {
                            dispatcher.dispatch(Action::ToggleFilter(facet, v));
                        }
                    }
                }
            }
        }),
    );
}

/// What the two effects keyed on a `UrlState` are keyed on: the state, a string (the hash, the accent) and a flag.
type ViewKey = (url::UrlState, Option<String>, bool);

/// An effect keyed on a `ViewKey`, its body behind a pointer: one copy of Yew's effect code (the key's comparison,
/// clone and drop among it) for both effects keyed on a `UrlState`.
#[hook]
fn use_view_effect(key: ViewKey, body: Box<dyn FnOnce(&ViewKey)>) {
    use_effect_with(key, move |key| body(key));
}

/// Marks when the first render is in the DOM (read by the benchmark), draws the catalogue's remaining cards in the
/// next task, and tells the mount code once they are in the DOM: not before, or the page would be shorter than the
/// pre-rendered copy it replaces, and the reader's scroll position could not be kept.
#[hook]
pub fn use_start(state: &UseReducerHandle<State>, config: &Config) {
    let on_live = config.on_live.clone();
    let dispatcher = state.dispatcher();
    let all_drawn = state.all_drawn;
    // Keyed on a constant: it runs once.
    use_keyed_effect(
        0,
        Box::new(move |_| {
            // The catalogue's first render draws a few cards (see `catalogue_view`): the rest in the next task.
            let draw = (!all_drawn).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    dispatcher.dispatch(Action::DrawAll)
                })
            });
            if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
                // One mark per page, the latest instance's (a page that mounts many would collect them).
                perf.clear_marks_with_mark_name("cm-first-card");
                let _ = perf.mark("cm-first-card");
            }
            Box::new(move || drop(draw))
        }),
    );
    // Runs after the render that drew every card.
    use_keyed_effect(
        u32::from(all_drawn),
        Box::new(move |drawn| {
            if drawn == 1
                && let Some(on_live) = on_live
            {
                on_live.emit(());
            }
            Box::new(|| ())
        }),
    );
}

/// When the wizard moves, or its question appears (`asking`) after it has moved, the question's legend takes focus
/// (never on the first render, so an embed does not steal focus); the results, comparison and record views focus
/// their own heading.
#[hook]
pub fn use_wizard_focus(state: &UseReducerHandle<State>, root: NodeRef, asking: bool) {
    // A count that changes when either changes, and is 0 until the wizard has moved.
    let moves = state.wizard_moves;
    let key = if moves > 0 {
        moves.wrapping_mul(2) | u32::from(asking)
    } else {
        0
    };
    crate::components::wizard_view::use_focus_on_move(root, key, false, ".cm-wizard legend");
}
