//! Sharing a result or a decision record: its link, Copy as Markdown (or a text box to copy by hand), and Print;
//! also the decision record's default date and the notice for a link that would grow too long.

use yew::prelude::*;

use crate::markup::Markup;
use crate::url::MAX_HASH_LEN;

/// The clipboard, where the browser offers it (secure contexts only).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    Some(navigator.clipboard())
}

/// Today's date (`YYYY-MM-DD`, UTC), a decision record's default date.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    let iso = String::from(d.to_iso_string());
    iso.get(..10).unwrap_or_default().to_string()
}

/// Said when an edit was refused because the link would have become too long.
pub fn link_full_alert(full: bool) -> Html {
    if !full {
        return Html::default();
    }
    let mut m = Markup::default();
    m.raw("<p class=\"cm-error\" role=\"alert\">That change was not kept: the link would have grown past ")
        .num(MAX_HASH_LEN)
        .raw(" characters, the most a link here may have. Shorten a name or a note.</p>");
    m.html()
}

/// The link that reopens a view (`what`: "result", "comparison"), and a warning if it is too long to reopen
/// everything. An element Yew keeps (its `href` and text are updated in place), so typing a name or a note, which
/// changes the link, does not replace the link under a reader's focus.
pub fn share_line(what: &str, link: &AttrValue) -> Html {
    let too_long = link.split_once('#').map_or(0, |(_, h)| h.len()) > MAX_HASH_LEN;
    let mut label = String::from("Link to this ");
    label.push_str(what);
    label.push_str(": ");
    html! {
        <>
            <p class="cm-share">{ label }<a href={link.clone()}>{ link.clone() }</a></p>
            if too_long {
                { Html::from_html_unchecked(AttrValue::Static("<p class=\"cm-error\" role=\"alert\">This link is too long to reopen everything: shorten the search, a name or a note.</p>")) }
            }
        </>
    }
}

/// Props of the results, the comparison and the decision record (the three screens of `GroupView`): in this
/// module, which all three use, so that none of their modules imports another's.
#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    /// The app state.
    pub state: UseReducerHandle<crate::app::state::State>,
    /// A link that reopens this view.
    pub share_link: AttrValue,
}

/// What the last Copy as Markdown did, and on which screen ([`super::group_view::screen`]): shown only there.
pub type Copied = Option<(u32, Result<(), String>)>;

/// The link (`link`) to what is shown (`what`: "result", "decision record"), Copy as Markdown (built by `markdown`
/// when the reader asks, not on every render) and Print, and the buttons in `more` (markup). `copied` holds what the
/// last copy did on screen `screen`.
pub fn share(
    link: &AttrValue,
    what: &'static str,
    markdown: Callback<(), String>,
    more: &Markup,
    copied: &UseStateHandle<Copied>,
    screen: u32,
) -> Html {
    let on_copy = {
        let make = markdown;
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let text = make.emit(());
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                let ok = match clipboard() {
                    Some(c) => wasm_bindgen_futures::JsFuture::from(c.write_text(&text))
                        .await
                        .is_ok(),
                    None => false,
                };
                copied.set(Some((screen, if ok { Ok(()) } else { Err(text) })));
            });
        })
    };
    let feedback = match &**copied {
        Some((at, Ok(()))) if *at == screen => {
            let mut m = Markup::default();
            m.raw("<p class=\"cm-copied\" role=\"status\">Copied the ")
                .raw(what)
                .raw(" as Markdown.</p>");
            m.html()
        }
        Some((at, Err(text))) if *at == screen => html! {
            <div class="cm-copy-fallback" role="status">
                <label>
                    { "Your browser did not allow copying. Select this text and copy it:" }
                    <textarea readonly=true rows="8" value={text.clone()} onfocus={Callback::from(|e: FocusEvent| {
                        let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                        t.select();
                    })} />
                </label>
            </div>
        },
        _ => html! {},
    };
    let mut rest = Markup::default();
    rest.raw("<button type=\"button\" data-act=\"print\">Print</button>")
        .push(more);
    html! {
        <>
            { share_line(what, link) }
            <div class="cm-actions cm-result-actions">
                <button type="button" onclick={on_copy}>{ "Copy as Markdown" }</button>
                { rest.html() }
            </div>
            { feedback }
        </>
    }
}
