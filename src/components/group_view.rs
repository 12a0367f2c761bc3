//! Several people's answers side by side: each person's top 3, the combined ranking, where they differ, and which
//! disagreement decides the combined top model; the same component shows their decision record (`record_view`).

use yew::prelude::*;

use crate::app::state::State;
use crate::components::share::{self, use_share};
use crate::components::wizard_view::use_focus_on_move;
use crate::group::{self, MAX_PEOPLE, Person};
use crate::markup::Markup;
use crate::report;
use crate::text;
use crate::types::Catalogue;

/// Props of [`GroupView`] (and of the results).
#[derive(Properties, PartialEq)]
pub struct GroupViewProps {
    /// The app state.
    pub state: UseReducerHandle<State>,
    /// A link that reopens this view.
    pub share_link: AttrValue,
    /// Show the decision record rather than the comparison.
    #[prop_or_default]
    pub record: bool,
}

/// The name field of person `i` (names live only in the link).
pub fn name_field(i: usize, person: &Person) -> Html {
    let n = text::num(i + 1);
    html! {
        <label class="cm-field">
            { "Name of person " }{ n.clone() }
            <input type="text" name={format!("n{i}")} value={person.name.clone()} maxlength="40" autocomplete="off" placeholder={format!("Person {n}")} />
        </label>
    }
}

/// Who answered what, question by question, the questions where people differ first and marked "differ".
pub fn side_by_side(m: &mut Markup, catalogue: &Catalogue, people: &[Person], names: &[String]) {
    m.raw("<dl class=\"cm-who\">");
    for (q, bits, differs) in group::answer_table(catalogue, people) {
        let question = &catalogue.questions[q];
        m.raw(if differs {
            "<div class=\"cm-answer cm-differs\"><dt>"
        } else {
            "<div class=\"cm-answer\"><dt>"
        })
        .text(question.prompt);
        if differs {
            m.raw("<span class=\"cm-differs-mark\"> \u{2260} differ</span>");
        }
        m.raw("</dt><dd><ul>");
        for (b, who) in group::who_answered(&bits) {
            let mut text = report::answer_labels(question, b);
            if people.len() > 1 {
                let who: Vec<&str> = who.iter().map(|&i| names[i].as_str()).collect();
                text.push_str(": ");
                text.push_str(&report::and_list(&who));
            }
            m.el("li", &text);
        }
        m.raw("</ul></dd></div>");
    }
    m.raw("</dl>");
}

/// The comparison of several people's answers, or their decision record (`record`).
#[component]
pub fn GroupView(props: &GroupViewProps) -> Html {
    let state = &props.state;
    let catalogue = state.catalogue;
    let heading = use_node_ref();
    use_focus_on_move(heading.clone(), state.wizard_moves);
    let people = &state.view.people;
    let markdown = {
        let people = people.clone();
        let record = state.view.record.clone();
        let link = props.share_link.clone();
        Callback::from(move |_| report::record_markdown(&catalogue, &people, &record, &link))
    };
    let back = html! { <button type="button" data-act="grp">{ "Back to the comparison" }</button> };
    let share = use_share(&props.share_link, "decision record", markdown, back);
    if props.record {
        return crate::components::record_view::record(state, heading, share);
    }
    let names = group::names(people);
    let answers = group::answers_of(people);
    let each = people.iter().enumerate().map(|(i, p)| {
        let mut m = Markup::default();
        m.raw("<p class=\"cm-muted\">Top 3:</p><ol>");
        for c in group::combined(&catalogue, std::slice::from_ref(&p.answers))
            .iter()
            .take(3)
        {
            m.el("li", catalogue.models[c.model].name);
        }
        m.raw("</ol>");
        // The button is an element Yew keeps while its name changes: were it in the text above, each keystroke in
        // the name field would replace it, and a reader who typed and pressed Tab at once could lose the focus.
        html! {
            <li class="cm-person">
                { name_field(i, p) }
                { m.html() }
                <button type="button" class="cm-link-button" data-act={format!("r{i}")}>
                    { "Remove" }<span class="cm-sr">{ " " }{ names[i].clone() }</span>
                </button>
            </li>
        }
    });
    // What follows is in three parts, so that typing a name replaces none of the controls: the controls to add
    // people (no names in them), what the names change (text only, and the link, kept as an element), the actions.
    let mut add = Markup::default();
    if people.len() < MAX_PEOPLE {
        add.raw("<div class=\"cm-add\"><label class=\"cm-field\">Paste colleagues\u{2019} result or comparison links, one per line<textarea rows=\"3\"></textarea></label><button type=\"button\" data-act=\"add\">Add their answers</button><button type=\"button\" data-act=\"next\">Answer here as the next person</button></div>");
    }
    let mut m = Markup::default();
    if people.len() > 1 {
        m.raw("<h3>Combined ranking</h3>")
            .el("p class=\"cm-muted\"", group::COMBINED_NOTE)
            .raw("<ol class=\"cm-combined\">");
        for c in group::combined(&catalogue, &answers).iter().take(5) {
            m.raw("<li>")
                .text(catalogue.models[c.model].name)
                .raw(" (")
                .num(c.points as usize)
                .raw(" points)</li>");
        }
        m.raw("</ol><h3>Which disagreement decides the combined top</h3>");
        let (top, changes) = group::changes(&catalogue, &answers);
        let deciding: Vec<group::Change> =
            changes.into_iter().filter(|c| !c.who.is_empty()).collect();
        if deciding.is_empty() {
            m.raw("<p>None of your disagreements decides it: ")
                .text(catalogue.models[top].name)
                .raw(" stays first whichever of your answers everyone shared.</p>");
        } else {
            m.list("ul", &report::change_lines(&catalogue, &deciding, &names));
        }
        let table = group::answer_table(&catalogue, people);
        m.raw("<h3>Answers side by side</h3><p>You differ on ")
            .num(table.iter().filter(|r| r.2).count())
            .raw(" of ")
            .num(table.len())
            .raw(" questions; they are listed first and marked \u{201c}differ\u{201d}.</p>");
        side_by_side(&mut m, &catalogue, people, &names);
    }
    let mut actions = Markup::default();
    actions.raw("<div class=\"cm-actions\">");
    if !people.is_empty() {
        actions.raw("<button type=\"button\" class=\"cm-primary\" data-act=\"rec\">Record this decision</button>");
    }
    actions.raw("<button type=\"button\" data-act=\"res\">Back to the wizard</button></div>");
    html! {
        <section class="cm-group" aria-label="Compare answers">
            <h2 ref={heading} tabindex="-1">{ "Compare answers with colleagues" }</h2>
            <p class="cm-muted">
                { "Each person answers the wizard; their answers are compared here. Up to six people; names stay in the link only." }
                if people.is_empty() { { " Nobody\u{2019}s answers are here yet: answer the wizard, or paste colleagues\u{2019} result links below." } }
            </p>
            <ol class="cm-people">{ for each }</ol>
            { share::link_full_alert(state.link_full) }
            { add.html() }
            { m.html() }
            { share::share_line("comparison", &props.share_link) }
            { actions.html() }
        </section>
    }
}
