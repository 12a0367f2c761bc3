//! Several people's answers side by side: how the comparison works, each person's top 3, the combined ranking with
//! its ties, where they differ, and which disagreement decides the combined top model. The decision record is
//! `record_view`; what both show is in `people`.

use yew::prelude::*;

use crate::app::state::State;
use crate::components::people::{name_field, side_by_side};
use crate::components::share::{self, Copied, ScreenProps};
use crate::components::wizard_view::use_focus_on_move;
use crate::components::{checkup_view, record_view, results_view};
use crate::group::{self, MAX_PEOPLE};
use crate::markup::Markup;
use crate::report;
use crate::url::View;

/// Props of [`GroupView`] (and so of the results and the decision record).
pub type GroupViewProps = ScreenProps;

/// Who answers, who sends which link, who pastes: open until a second person is in.
const HOW: &str = "<li>Everyone who takes part answers the questions (about two minutes): on their own device, or \
     here one after another with \u{201c}Answer here as the next person\u{201d}.</li><li>On their own device, each \
     copies the \u{201c}Link to this result\u{201d} under their results and sends it to one person, who gathers \
     the answers.</li><li>That person pastes the links below and chooses \u{201c}Add their answers\u{201d}, then \
     sends everyone the \u{201c}Link to this comparison\u{201d}: it holds all the answers and names.</li></ol>\
     </details>";

/// Which of the three screens is shown, and after how many moves: it changes whenever a screen would have been
/// mounted anew, had each its own component.
pub fn screen(state: &State) -> u32 {
    let view = match state.view.view {
        View::Group => 1,
        View::Record => 2,
        View::Checkup => 4,
        _ => 3,
    };
    state.wizard_moves.wrapping_mul(8) + view
}

/// The results, the comparison of answers and the decision record: one component for the three (one copy of the
/// code Yew has for each component), which shows the screen the view asks for. Its heading takes the focus after a
/// move, as a new component's would.
#[component]
pub fn GroupView(props: &GroupViewProps) -> Html {
    let state = &props.state;
    let heading = use_node_ref();
    let at = screen(state);
    use_focus_on_move(
        heading.clone(),
        if state.wizard_moves > 0 { at } else { 0 },
        false,
        "",
    );
    let copied = use_state(Copied::default);
    match state.view.view {
        View::Group => group(props, heading),
        View::Record => record_view::record(props, heading, &copied, at),
        View::Checkup => checkup_view::checkup(props, heading, &copied, at),
        _ => results_view::results(props, heading, &copied, at),
    }
}

/// The comparison of several people's answers.
fn group(props: &GroupViewProps, heading: NodeRef) -> Html {
    let state = &props.state;
    let catalogue = state.catalogue;
    let people = &state.view.people;
    let names = group::names(people);
    let answers = group::answers_of(people);
    // Apart from the explanation below, so that the first person coming in does not close or open it.
    let intro = Html::from_html_unchecked(AttrValue::Static(if people.is_empty() {
        "<p class=\"cm-muted\">Up to six people\u{2019}s answers side by side: where you differ, and a ranking in which everyone counts equally. Names stay in the link only. Nobody\u{2019}s answers are here yet: answer the wizard, or paste colleagues\u{2019} result links below.</p>"
    } else {
        "<p class=\"cm-muted\">Up to six people\u{2019}s answers side by side: where you differ, and a ranking in which everyone counts equally. Names stay in the link only.</p>"
    }));
    let mut how = Markup::default();
    how.raw(if people.len() < 2 {
        "<details class=\"cm-how\" open><summary>How this works</summary><ol>"
    } else {
        "<details class=\"cm-how\"><summary>How this works</summary><ol>"
    })
    .raw(HOW);
    // Apart from the explanation above, so that typing a name (which changes this) does not close it.
    let mut warn = Markup::default();
    let split = group::problem_split(people);
    if !split.is_empty() {
        let problem = &catalogue.questions[0];
        warn.raw("<div class=\"cm-warn\" role=\"note\"><p><strong>You are not solving the same problem yet.</strong> You named different problems (");
        for (k, (bits, which)) in split.iter().enumerate() {
            let mut line = report::answer_labels(problem, *bits);
            line.push_str(": ");
            report::push_names(&mut line, &names, which);
            warn.raw(if k == 0 { "" } else { "; " }).text(&line);
        }
        warn.raw("). The combined ranking mixes answers about different problems: agree on the problem first, then answer again, or remove the answers about another one.</p></div>");
    }
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
                { name_field(i, &p.name) }
                { m.html() }
                <button type="button" class="cm-link-button" data-act={String::from("r") + &crate::text::num(i)}>
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
        let ranking = group::combined(&catalogue, &answers);
        let places = group::places(&ranking);
        m.raw("<h3>Combined ranking</h3>")
            .el("p class=\"cm-muted\"", group::COMBINED_NOTE);
        if let Some(note) = report::tie_note(&catalogue, &ranking) {
            m.el("p class=\"cm-tie-note\"", &note);
        }
        m.raw("<ol class=\"cm-combined\">");
        // The first five, and any model that shares the fifth place.
        let last = places.get(4).map_or(0, |p| p.0);
        for (c, (place, tied)) in ranking
            .iter()
            .zip(&places)
            .enumerate()
            .take_while(|(i, (_, p))| *i < 5 || p.0 == last)
            .map(|(_, x)| x)
        {
            m.raw("<li><span class=\"cm-place\">")
                .text(if *tied { "=" } else { "" })
                .num(*place)
                .raw("</span> <strong>")
                .text(catalogue.models[c.model].name)
                .raw("</strong>");
            if *tied {
                m.raw(" <span class=\"cm-tied\">tied</span>");
            }
            m.raw(" <span class=\"cm-muted\">");
            let places = group::person_places(&catalogue, &answers, c.model);
            for (k, (p, n)) in places.iter().zip(&names).enumerate() {
                m.raw(if k == 0 { "" } else { " \u{b7} " })
                    .text(n)
                    .raw(" #")
                    .num(*p);
            }
            m.raw("</span></li>");
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
        let partly = table.iter().filter(|r| r.partly_asked()).count();
        m.raw("<h3>Answers side by side</h3><p>You differ on ")
            .num(group::differing(&table))
            .raw(" of ")
            .num(table.len())
            .raw(" questions; they are listed first and marked \u{201c}differ\u{201d}.");
        if partly > 0 {
            m.raw(" ")
                .num(partly)
                .raw(if partly == 1 {
                    " question was"
                } else {
                    " questions were"
                })
                .raw(" not asked of everyone, because their other answers made it not apply: that is no difference.");
        }
        m.raw("</p>");
        side_by_side(&mut m, &catalogue, people, false);
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
            { intro }
            { how.html() }
            { warn.html() }
            <ol class="cm-people">{ for each }</ol>
            { share::link_full_alert(state.link_full) }
            { add.html() }
            { m.html() }
            { share::share_line("comparison", &props.share_link) }
            { actions.html() }
        </section>
    }
}
