//! A short, dismissable notice, announced politely to screen readers.

use yew::prelude::*;

/// Props of [`Notice`].
#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    /// What to say.
    pub text: AttrValue,
    /// Called when the reader dismisses it.
    pub on_dismiss: Callback<()>,
}

/// A notice box with a dismiss button.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="cm-notice" role="status">
            <p>{ props.text.clone() }</p>
            <button type="button" onclick={on_click}>{ "Dismiss" }</button>
        </div>
    }
}
