//! One click and one input handler for the whole widget (events bubble up to its root): the `data-act` of the
//! clicked element, or the `name` of the edited field, becomes an action. Far less wasm than a callback per button.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::act::{Act, Field};
use crate::app::state::Action;
use crate::checkup::Answer;
use crate::components::share;
use crate::filter::Facet;
use crate::url::View;

/// The state's action for a button's [`Act`] (`el` is the button: "add" reads the text box next to it).
fn act(el: &web_sys::Element, act: Act) -> Option<Action> {
    Some(match act {
        Act::AddLinks => {
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
        Act::NextPerson => Action::NextPerson,
        Act::Record => Action::Record(share::today()),
        Act::Group => Action::Group,
        Act::Wizard => Action::SetView(View::Wizard),
        Act::Back => Action::Back,
        Act::BrowseByFit => Action::BrowseByFit,
        Act::Restart => Action::Restart,
        Act::Dismiss => Action::DismissNotice,
        Act::ClearQuery => Action::ClearQuery,
        Act::ClearAll => Action::ClearAll,
        Act::Print => {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
            return None;
        }
        Act::Jump(n) => Action::Jump(n),
        Act::GoTo(n) => Action::GoTo(n),
        Act::RemovePerson(n) => Action::RemovePerson(n),
        Act::Compare(models) => Action::CompareThese(models),
        Act::View(n) => Action::SetView(*View::ALL.get(n)?),
        Act::ToggleCompare(n) => Action::ToggleCompare(n),
        Act::Filter(f, v) => Action::ToggleFilter(*Facet::ALL.get(f)?, v),
        Act::Check(n) => Action::Check(n),
        Act::CheckResult => Action::CheckResult(true),
        Act::CheckQuestions => Action::CheckResult(false),
        Act::CheckOther => Action::CheckOther,
        Act::CheckRecord => Action::CheckRecord(share::today()),
    })
}

/// A click the browser should handle itself: a link clicked with a modifier key (a new tab or window, a download).
/// Such a link to a view of the widget keeps its address, made whole from the widget's `data-link` (the page that
/// shows the widget by itself) when the widget does not keep its state in this page's address.
fn browser_click(e: &MouseEvent, el: &web_sys::Element) -> bool {
    if !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()) || e.button() != 0 {
        return false;
    }
    let Some(href) = el.get_attribute("href") else {
        return false;
    };
    if href.starts_with('#')
        && let Some(base) = el
            .closest("[data-link]")
            .ok()
            .flatten()
            .and_then(|root| root.get_attribute("data-link"))
    {
        let _ = el.set_attribute("href", &crate::text::cat(&[&base, &href]));
    }
    true
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
        if browser_click(&e, &el) {
            return;
        }
        if let Some(a) = el
            .get_attribute("data-act")
            .and_then(|v| Act::parse(&v))
            .and_then(|a| act(&el, a))
        {
            // A link that the app follows itself must not also change the address.
            e.prevent_default();
            dispatch.emit(a);
        }
    })
}

/// The state's action for an edited [`Field`] with its value (and whether it is a ticked checkbox).
fn field(field: Field, value: String, checked: bool, checkbox: bool) -> Option<Action> {
    Some(match field {
        Field::SortByFit => Action::SortByFit(checked),
        Field::Record(part) => Action::EditRecord(part, value),
        Field::Name(n) => Action::Rename(n, value),
        Field::Swap(n) => Action::SwapCompare(n, crate::act::number(&value)?),
        Field::Answer(q) => {
            let a = crate::act::number(&value)?;
            if checkbox {
                Action::Toggle(q, a)
            } else {
                Action::Answer(q, a)
            }
        }
        Field::Filter(f, v) => Action::ToggleFilter(*Facet::ALL.get(f)?, v),
        Field::Sign(n) => Action::Sign(n, Answer::from_letter(value.chars().next()?)?),
        Field::CheckModel => Action::Check(value.parse().ok()?),
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
            .and_then(|n| Field::parse(&n))
            .and_then(|f| field(f, value, checked, checkbox))
        {
            dispatch.emit(a);
        }
    })
}
