//! One click and one input handler for the whole widget (events bubble up to its root): the `data-act` of the
//! clicked element, or the `name` of the edited field, becomes an action. Far less wasm than a callback per button.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::state::{Action, RecordField};
use crate::components::share;
use crate::filter::Facet;
use crate::url::View;

/// The action for a `data-act` value: "j3" open card 3, "g2" go to question 2, "r1" remove person 1, "c4.7.9"
/// compare models 4, 7 and 9, "t4" add model 4 to the comparison or take it out, "v1" show view 1 of
/// [`View::ALL`], "f2.1" a filter (as in [`field`]), "add" the pasted links (read from the `textarea` next to the
/// button), "next", "rec", "grp", "res" (the wizard), "back", "fit", "restart", "dismiss" (the notice), "q" (clear
/// the search), "clear" (search and filters), "print" (the browser prints; no action).
fn act(el: &web_sys::Element, act: &str) -> Option<Action> {
    let n = || act.get(1..)?.parse().ok();
    Some(match act {
        "add" => {
            let field: web_sys::HtmlTextAreaElement = el
                .parent_element()?
                .query_selector("textarea")
                .ok()??
                .dyn_into()
                .ok()?;
            let text = field.value();
            field.set_value("");
            Action::AddLinks(text)
        }
        "next" => Action::NextPerson,
        "rec" => Action::Record(share::today()),
        "grp" => Action::Group,
        "res" => Action::SetView(View::Wizard),
        "back" => Action::Back,
        "fit" => Action::BrowseByFit,
        "restart" => Action::Restart,
        "dismiss" => Action::DismissNotice,
        "q" => Action::ClearQuery,
        "clear" => Action::ClearAll,
        "print" => {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
            return None;
        }
        _ => match act.as_bytes().first()? {
            b'j' => Action::Jump(n()?),
            b'g' => Action::GoTo(n()?),
            b'r' => Action::RemovePerson(n()?),
            b'c' => {
                Action::CompareThese(act[1..].split('.').filter_map(|m| m.parse().ok()).collect())
            }
            b'v' => Action::SetView(*View::ALL.get(n()?)?),
            b't' => Action::ToggleCompare(n()?),
            b'f' => field(act, String::new(), false, true)?,
            _ => return None,
        },
    })
}

/// The click handler for a view.
pub fn on_act(dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        let Some(el) = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("[data-act]").ok().flatten())
        else {
            return;
        };
        if let Some(a) = el.get_attribute("data-act").and_then(|v| act(&el, &v)) {
            // A link that the app follows itself must not also change the address.
            e.prevent_default();
            dispatch.emit(a);
        }
    })
}

/// The action for an edited field, by its `name`: "sort" sorting by fit, "f2.1" a filter (facet 2
/// of [`Facet::ALL`], value 1), "a3" an answer to question 3 (its value is the answer), "s1" the model in compare
/// column 1 (its value), "n2" the third person's name, "dec", "status", "date", "why", "revisit", "review" the
/// decision record.
fn field(name: &str, value: String, checked: bool, checkbox: bool) -> Option<Action> {
    let n = || name.get(1..)?.parse::<usize>().ok();
    let record = |f| Some(Action::EditRecord(f, value.clone()));
    match name {
        "sort" => return Some(Action::SortByFit(checked)),
        "dec" => return record(RecordField::Choice),
        "why" => return record(RecordField::Why),
        "revisit" => return record(RecordField::Revisit),
        "review" => return record(RecordField::Review),
        "status" => return record(RecordField::Status),
        "date" => return record(RecordField::Date),
        _ => {}
    }
    Some(match name.as_bytes().first()? {
        b'n' => Action::Rename(n()?, value),
        b's' => Action::SwapCompare(n()?, value.parse().ok()?),
        b'a' => {
            let (q, a) = (n()?, value.parse().ok()?);
            if checkbox {
                Action::Toggle(q, a)
            } else {
                Action::Answer(q, a)
            }
        }
        b'f' => {
            let (f, v) = name[1..].split_once('.')?;
            Action::ToggleFilter(*Facet::ALL.get(f.parse::<usize>().ok()?)?, v.parse().ok()?)
        }
        _ => return None,
    })
}

/// The input handler for the whole widget (see [`field`]).
pub fn on_field(dispatch: &Callback<Action>) -> Callback<InputEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: InputEvent| {
        let Some(el) = e.target_dyn_into::<web_sys::Element>() else {
            return;
        };
        let prop = |p: &str| js_sys::Reflect::get(&el, &p.into()).ok();
        let value = prop("value")
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let checked = prop("checked").and_then(|v| v.as_bool()) == Some(true);
        let checkbox = el.get_attribute("type").as_deref() == Some("checkbox");
        if let Some(a) = el
            .get_attribute("name")
            .and_then(|n| field(&n, value, checked, checkbox))
        {
            dispatch.emit(a);
        }
    })
}
