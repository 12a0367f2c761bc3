//! The wizard screen: one question at a time, as a form with a radio group, with its progress as text.

use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::markup::Markup;
use crate::text;
use crate::url::Step;
use crate::wizard;

/// Moves focus to `node` (or, unless `inside` is empty, to the first element in it that `inside` selects) when
/// `moves` changes to a count above 0 (never on first render, so an embed does not steal focus), and scrolls it into
/// view if `scroll`. One hook for the wizard, the screens and the cards: one copy of its code.
#[hook]
pub fn use_focus_on_move(node: NodeRef, moves: u32, scroll: bool, inside: &'static str) {
    use_keyed_effect(
        moves,
        Box::new(move |moves| {
            if moves > 0
                && let Some(el) = node
                    .cast::<web_sys::Element>()
                    .and_then(|n| match inside {
                        "" => Some(n),
                        _ => n.query_selector(inside).ok().flatten(),
                    })
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
            {
                let _ = el.focus();
                if scroll {
                    el.scroll_into_view();
                }
            }
            Box::new(|| ())
        }),
    );
}

/// An effect that runs when `key` changes, its body and what it leaves to undo behind pointers: one copy of Yew's
/// effect code for the effects keyed on a number (the focus after a move, the URL's listeners, the start).
#[hook]
pub fn use_keyed_effect(key: u32, body: Box<dyn FnOnce(u32) -> Box<dyn FnOnce()>>) {
    use_effect_with(key, move |&key| body(key));
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
        return Html::from_html_unchecked(AttrValue::Static(
            "<p>This catalogue has no questions.</p>",
        ));
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
    // The field name the widget's input handler reads: "a" and the question (see `delegate`).
    let mut field = String::from("a");
    text::push_num(&mut field, q);

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
        let mut label = Markup::default();
        label.el("span", answer.label);
        html! {
            <label class={if answer.unsure { "cm-option cm-unsure" } else { "cm-option" }}>
                <input type={kind} name={field.clone()} value={text::num(a)} {checked} {disabled} />
                { label.html() }
            </label>
        }
    });
    // Everything but the fields, written as text (see `Markup`); the buttons act through `data-act` and the form.
    let mut head = Markup::default();
    head.raw("<legend tabindex=\"-1\">")
        .text(question.prompt)
        .raw("</legend><p class=\"cm-help\">")
        .text(question.help)
        .raw("</p>");
    let mut limit = Markup::default();
    if multi {
        limit
            .raw("<p class=\"cm-help cm-limit\" id=\"cm-q-")
            .text(question.id)
            .raw("-limit\">You can pick up to ");
        if question.max_choices == 2 {
            limit.raw("two");
        } else {
            limit.num(question.max_choices.into());
        }
        limit.raw(if full {
            ". To change one, untick it first.</p>"
        } else {
            ".</p>"
        });
    }
    let mut error = Markup::default();
    if state.missing_answer {
        error.raw(if multi {
            "<p class=\"cm-error\" role=\"alert\">Choose at least one answer (or \u{201c}Not sure\u{201d}) to go on.</p>"
        } else {
            "<p class=\"cm-error\" role=\"alert\">Choose one answer (or \u{201c}Not sure\u{201d}) to go on.</p>"
        });
    }
    let mut actions = Markup::default();
    actions.raw("<div class=\"cm-actions\">");
    if position > 0 {
        actions.raw("<button type=\"button\" data-act=\"back\">Back</button>");
    }
    actions.raw(if is_last {
        "<button type=\"submit\" class=\"cm-primary\">See results</button>"
    } else {
        "<button type=\"submit\" class=\"cm-primary\">Next</button>"
    });
    if state.view.answers.any() {
        actions.raw("<button type=\"button\" class=\"cm-link-button\" data-act=\"restart\">Restart</button>");
    }
    actions.raw("</div>");
    let mut progress = Markup::default();
    progress
        .raw("<progress class=\"cm-progress-bar\" aria-hidden=\"true\" max=\"")
        .num(possible.len())
        .raw("\" value=\"")
        .num(position)
        .raw("\"></progress>");
    let mut status = String::from("Question ");
    text::push_num(&mut status, position + 1);
    status.push_str(" of ");
    text::push_num(&mut status, possible.len());
    let on_submit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });

    html! {
        <section class="cm-wizard" aria-label="Decision wizard">
            <div class="cm-progress-row">
                <p class="cm-progress" role="status" aria-live="polite">{ status }</p>
                { progress.html() }
            </div>
            <form class="cm-form" onsubmit={on_submit} novalidate=true>
                <fieldset>
                    { head.html() }
                    { limit.html() }
                    // Keyed by question, so a new question gets new radios (a reused radio would carry its state over).
                    { for std::iter::once(html! { <div class="cm-options" key={question.id}>{ for radios }</div> }) }
                    { error.html() }
                </fieldset>
                { actions.html() }
            </form>
            { earlier.html() }
        </section>
    }
}
