//! The decision record, in the shape of an architecture decision record and editable in place: context, decision,
//! consequences, when to revisit, the people; it lives in the link, prints on one page and copies as Markdown.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::group_view::{GroupViewProps, name_field, on_act, on_field, side_by_side};
use crate::components::share::{self, Share};
use crate::components::sourced::{SourceList, SourcedList};
use crate::components::wizard_view::use_focus_on_move;
use crate::group;
use crate::markup::Markup;
use crate::provenance::Legend;
use crate::report;

/// The decision record.
#[component]
pub fn RecordView(props: &GroupViewProps) -> Html {
    let state = &props.state;
    let catalogue = state.catalogue;
    let heading = use_node_ref();
    use_focus_on_move(heading.clone(), state.wizard_moves);
    let people = &state.view.people;
    let record = &state.view.record;
    if people.is_empty() {
        return html! {
            <section class="cm-record" aria-label="Decision record" onclick={on_act(&props.dispatch)}>
                <h2 ref={heading} tabindex="-1">{ "Decision record" }</h2>
                <p>{ "A decision record starts from wizard answers: answer the wizard first, yours or your group\u{2019}s." }</p>
                <button type="button" class="cm-primary" data-act="res">{ "Help me choose" }</button>
            </section>
        };
    }
    let names = group::names(people);
    let answers = group::answers_of(people);
    let (top, changes) = group::changes(&catalogue, &answers);
    let chosen = record.choice.unwrap_or(top);
    let model = &catalogue.models[chosen];
    let legend = Rc::new(Legend::new(
        &catalogue,
        model
            .watch_out
            .iter()
            .chain(model.how_to_start)
            .flat_map(|c| c.src.iter().copied()),
    ));
    let table = group::answer_table(&catalogue, people);
    let mut context = Markup::default();
    context
        .el(
            "p class=\"cm-muted cm-screen-only\"",
            "Edit the fields in place: everything stays in the link below.",
        )
        .raw("<h3>Context</h3>")
        .el(
            "p",
            &report::context_sentence(
                table.iter().filter(|r| r.2).count(),
                table.len(),
                people.len(),
            ),
        );
    side_by_side(&mut context, &catalogue, people, &names);
    context.raw("<h3>Decision</h3>");
    let mut options = Markup::default();
    for (i, m) in catalogue.models.iter().enumerate() {
        options
            .raw(if i == chosen {
                "<option selected value=\""
            } else {
                "<option value=\""
            })
            .num(i)
            .raw("\">")
            .text(m.name);
        if i == top {
            options.raw(" (ranked first)");
        }
        options.raw("</option>");
    }
    let mut decision = Markup::default();
    decision
        .raw("<p>We chose <strong>")
        .text(model.name)
        .raw("</strong>")
        .text(&report::decision_note(
            &catalogue,
            chosen,
            top,
            people.len(),
        ))
        .raw("</p>");
    let mut why = Markup::default();
    why.raw("<p class=\"cm-print-only\"><strong>Why we chose it: </strong>")
        .text(if record.why.is_empty() {
            "(not written yet)"
        } else {
            &record.why
        })
        .raw("</p><h3>Consequences</h3>");
    let mut revisit = Markup::default();
    revisit
        .raw("<h3>When to revisit</h3>")
        .list("ul", &report::change_lines(&catalogue, &changes, &names));
    let mut after = Markup::default();
    if !record.revisit.is_empty() {
        after.el("p class=\"cm-print-only\"", &record.revisit);
    }
    after
        .raw("<p class=\"cm-print-only\"><strong>Review date: </strong>")
        .text(if record.review.is_empty() {
            "(none set)"
        } else {
            &record.review
        })
        .raw("</p><h3>People involved</h3>")
        .el("p", &report::and_list(&names));
    let markdown = {
        let people = people.clone();
        let record = record.clone();
        let link = props.share_link.clone();
        Callback::from(move |_| report::record_markdown(&catalogue, &people, &record, &link))
    };
    html! {
        <section class="cm-record" aria-label="Decision record" onclick={on_act(&props.dispatch)} oninput={on_field(&props.dispatch)}>
            <h2 ref={heading} tabindex="-1">{ "Decision record: " }{ model.name }</h2>
            { share::link_full_alert(state.link_full) }
            { context.html() }
            <label class="cm-field">{ "Chosen model" }<select name="dec">{ options.html() }</select></label>
            { decision.html() }
            <label class="cm-field">
                { "Why we chose it" }
                <textarea name="why" rows="3" maxlength="500" value={record.why.clone()} />
            </label>
            { why.html() }
            <p class="cm-watch"><strong>{ "Watch out: " }</strong><SourcedList {catalogue} legend={legend.clone()} claims={model.watch_out} inline=true /></p>
            <div class="cm-start"><strong>{ "How to start: " }</strong><SourcedList {catalogue} legend={legend.clone()} claims={model.how_to_start} /></div>
            { revisit.html() }
            <label class="cm-field">
                { "Also revisit if" }
                <textarea name="revisit" rows="2" maxlength="500" value={record.revisit.clone()} />
            </label>
            <label class="cm-field">{ "Review date" }<input type="date" name="review" value={record.review.clone()} /></label>
            { after.html() }
            <div class="cm-names">{ for people.iter().enumerate().map(|(i, p)| name_field(i, p)) }</div>
            <section class="cm-sources">
                <h3>{ "Sources" }</h3>
                <p class="cm-muted">{ crate::provenance::MARKS_EXPLAINED }</p>
                <SourceList {catalogue} legend={legend.clone()} />
            </section>
            <Share link={props.share_link.clone()} what="decision record" {markdown}>
                <button type="button" data-act="grp">{ "Back to the comparison" }</button>
            </Share>
        </section>
    }
}
