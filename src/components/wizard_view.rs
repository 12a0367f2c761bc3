//! The wizard screen: one question at a time, as a form with a radio group, with its progress as text.

use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::markup::Markup;
use crate::text;
use crate::url::Step;
use crate::wizard;

/// Moves focus to `node` when the wizard has moved (never on first render, so an embed does not steal focus).
#[hook]
pub fn use_focus_on_move(node: NodeRef, moves: u32) {
    use_effect_with(moves, move |moves| {
        if *moves > 0
            && let Some(el) = node.cast::<web_sys::HtmlElement>()
        {
            let _ = el.focus();
        }
    });
}

/// One question of the wizard, with Back, Next and Restart. Its legend (`.cm-wizard legend`) takes focus when the
/// wizard moves (the `App` moves it there).
pub fn view(state: &State, dispatch: &Callback<Action>) -> Html {
    let catalogue = state.catalogue;
    let shown = wizard::shown_questions(&catalogue, &state.view.answers);
    let q = match state.step() {
        Step::Question(q) => q,
        Step::Results => shown.last().copied().unwrap_or(0),
    };
    let Some(question) = catalogue.questions.get(q) else {
        return html! { <p>{ "This catalogue has no questions." }</p> };
    };
    let position = shown.iter().position(|&x| x == q).unwrap_or(0);
    let is_last = position + 1 == shown.len();
    let answers = &state.view.answers;
    let multi = question.max_choices > 1;
    let full = answers
        .chosen(q)
        .filter(|&a| !question.answers[a].unsure)
        .count()
        >= usize::from(question.max_choices);
    let name = format!("cm-q-{}", question.id);
    // The field name the widget's input handler reads: "a" and the question (see `delegate`).
    let field = format!("a{q}");

    let possible = wizard::possible_questions(&catalogue, &state.view.answers);
    let position = possible.iter().position(|&x| x == q).unwrap_or(position);
    // Progress as text and a thin bar (a stepper of every question wrapped to several rows on a phone). The
    // answered questions stay one tap away, folded: buttons that go back (`data-act`), written as text (see `Markup`).
    let mut earlier = Markup::default();
    let answered: Vec<(usize, usize)> = possible
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, sq)| sq != q && state.view.answers.get(sq).is_some())
        .collect();
    if !answered.is_empty() {
        earlier.raw("<details class=\"cm-more cm-steps\"><summary>Change an earlier answer</summary><ol aria-label=\"Answered questions\">");
        for (i, sq) in answered {
            earlier
                .raw("<li><button type=\"button\" class=\"cm-link-button\" data-act=\"g")
                .num(sq)
                .raw("\">Question ")
                .num(i + 1);
            earlier
                .raw(": ")
                .text(catalogue.questions[sq].prompt)
                .raw("</button></li>");
        }
        earlier.raw("</ol></details>");
    }
    // One answer: a radio group. Several (the problem): checkboxes, the others disabled once the limit is reached.
    let radios = question.answers.iter().enumerate().map(|(a, answer)| {
        let checked = answers.has(q, a);
        let kind = if multi { "checkbox" } else { "radio" };
        let disabled = multi && full && !checked && !answer.unsure;
        html! {
            <label class={if answer.unsure { "cm-option cm-unsure" } else { "cm-option" }}>
                <input type={kind} name={field.clone()} value={text::num(a)} {checked} {disabled} />
                <span>{ answer.label }</span>
            </label>
        }
    });
    let limit = multi.then(|| {
        html! {
            <p class="cm-help cm-limit" id={format!("{name}-limit")}>
                { format!("You can pick up to {}.", if question.max_choices == 2 { "two".to_string() } else { text::num(question.max_choices.into()) }) }
                if full { { " To change one, untick it first." } }
            </p>
        }
    });
    let on_submit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    let progress = format!("Question {} of {}", position + 1, possible.len());

    html! {
        <section class="cm-wizard" aria-label="Decision wizard">
            <div class="cm-progress-row">
                <p class="cm-progress" role="status" aria-live="polite">{ progress }</p>
                <progress class="cm-progress-bar" aria-hidden="true" max={text::num(possible.len())} value={text::num(position)}></progress>
            </div>
            <form class="cm-form" onsubmit={on_submit} novalidate=true>
                <fieldset>
                    <legend tabindex="-1">{ question.prompt }</legend>
                    <p class="cm-help">{ question.help }</p>
                    { limit.unwrap_or_default() }
                    // Keyed by question, so a new question gets new radios (a reused radio would carry its state over).
                    { for std::iter::once(html! { <div class="cm-options" key={question.id}>{ for radios }</div> }) }
                    if state.missing_answer {
                        <p class="cm-error" role="alert">{ if multi { "Choose at least one answer (or \u{201c}Not sure\u{201d}) to go on." } else { "Choose one answer (or \u{201c}Not sure\u{201d}) to go on." } }</p>
                    }
                </fieldset>
                <div class="cm-actions">
                    if position > 0 {
                        <button type="button" data-act="back">{ "Back" }</button>
                    }
                    <button type="submit" class="cm-primary">{ if is_last { "See results" } else { "Next" } }</button>
                    if state.view.answers.any() {
                        <button type="button" class="cm-link-button" data-act="restart">{ "Restart" }</button>
                    }
                </div>
            </form>
            { earlier.html() }
        </section>
    }
}
