//! What the comparison of answers and the decision record share (neither view imports the other): a person's name
//! field, the answers side by side, and the banner over the wizard while someone answers in turn.

use yew::prelude::*;

use crate::app::state::State;
use crate::group::{self, MAX_PEOPLE, Person};
use crate::markup::Markup;
use crate::report;
use crate::text;
use crate::types::Catalogue;
use crate::url::View;

/// The name field of person `i` (names live only in the link); `value` is its text. Person `people.len()` is the
/// one answering in turn (see [`turn_banner`]).
pub fn name_field(i: usize, value: &str) -> Html {
    let n = text::num(i + 1);
    let mut name = String::from("n");
    text::push_num(&mut name, i);
    let placeholder = String::from("Person ") + &n;
    html! {
        <label class="cm-field">
            { "Name of person " }{ n }
            <input type="text" {name} value={value.to_string()} maxlength="40" autocomplete="off" {placeholder} />
        </label>
    }
}

/// Who answered what, question by question, the questions where people differ first and marked "differ". In a
/// record (`record`), people without a name are counted rather than called "Person 2".
pub fn side_by_side(m: &mut Markup, catalogue: &Catalogue, people: &[Person], record: bool) {
    let names = group::names(people);
    m.raw("<dl class=\"cm-who\">");
    for row in group::answer_table(catalogue, people) {
        let question = &catalogue.questions[row.question];
        m.raw(if row.differs {
            "<div class=\"cm-answer cm-differs\"><dt>"
        } else {
            "<div class=\"cm-answer\"><dt>"
        })
        .text(question.prompt);
        if row.differs {
            m.raw("<span class=\"cm-differs-mark\"> \u{2260} differ</span>");
        }
        m.raw("</dt><dd><ul>");
        for (b, which) in group::who_answered(&row.answers) {
            m.raw(if b == 0 {
                "<li class=\"cm-not-asked\">"
            } else {
                "<li>"
            });
            let mut line = if b == 0 {
                "Not asked (it did not apply to their other answers)".to_string()
            } else {
                report::answer_labels(question, b)
            };
            if people.len() > 1 {
                line.push_str(": ");
                if record {
                    line.push_str(&report::who(people, &which));
                } else {
                    report::push_names(&mut line, &names, &which);
                }
            }
            m.text(&line).raw("</li>");
        }
        m.raw("</ul></dd></div>");
    }
    m.raw("</dl>");
}

/// Over the wizard, while someone answers in turn (the comparison has people, the wizard's answers are not one of
/// theirs): whose answers these will be, a field for their name, and the way back to the comparison (on the results:
/// the button that adds them).
pub fn turn_banner(state: &State) -> Html {
    let people = &state.view.people;
    let answers = &state.view.answers;
    if state.view.view != View::Wizard
        || people.is_empty()
        || people.len() >= MAX_PEOPLE
        || people.iter().any(|p| p.answers == *answers)
    {
        return Html::default();
    }
    let n = people.len();
    let mut m = Markup::default();
    m.raw("<p><strong>Whose answers?</strong> These will be added to the comparison as person ")
        .num(n + 1);
    let name = state.view.who.trim();
    if !name.is_empty() {
        m.raw(" (").text(name).raw(")");
    }
    m.raw(", after ");
    let names = group::names(people);
    for (k, n) in names.iter().enumerate() {
        m.raw(report::and_sep(k, names.len())).text(n);
    }
    m.raw(".</p>");
    // Text only above, which changes as the name is typed; the button below does not change meanwhile.
    let done = state.has_results() && state.step() == crate::url::Step::Results;
    let button = Html::from_html_unchecked(AttrValue::Static(if done {
        "<button type=\"button\" class=\"cm-primary\" data-act=\"grp\">Add these answers to the comparison</button>"
    } else {
        "<button type=\"button\" class=\"cm-link-button\" data-act=\"grp\">Back to the comparison</button>"
    }));
    html! {
        <section class="cm-turn" aria-label="Answering in turn">
            { m.html() }
            { name_field(n, &state.view.who) }
            { button }
        </section>
    }
}
