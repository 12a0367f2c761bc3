//! The decision record, in the shape of an architecture decision record and editable in place: context, decision,
//! consequences, when to revisit, the people; it lives in the link, prints on one page and copies as Markdown.

use yew::prelude::*;

use crate::app::state::State;
use crate::components::group_view::{name_field, side_by_side};
use crate::components::share;
use crate::components::sourced::{claims_markup, orders_markup, sources_markup};
use crate::group;
use crate::markup::Markup;
use crate::provenance::Legend;
use crate::report;

/// The decision record (rendered by `GroupView`, which owns the focus and the sharing hooks): `heading` takes focus
/// when the record opens, `share` is its link, Copy as Markdown and Print.
pub fn record(state: &State, heading: NodeRef, share: Html) -> Html {
    let catalogue = state.catalogue;
    let people = &state.view.people;
    let record = &state.view.record;
    if people.is_empty() {
        return html! {
            <section class="cm-record" aria-label="Decision record">
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
    let orders = report::record_orders(&catalogue, &answers, chosen);
    let legend = Legend::new(
        &catalogue,
        model
            .watch_out
            .iter()
            .chain(model.how_to_start)
            .flat_map(|c| c.src.iter().copied())
            .chain(orders.iter().flat_map(|n| n.preference.src.iter().copied())),
    );
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
        .raw("</p>");
    orders_markup(&mut why, &catalogue, &legend, &orders);
    why.raw("<h3>Consequences</h3><p class=\"cm-watch\"><strong>Watch out: </strong>");
    claims_markup(&mut why, &catalogue, &legend, model.watch_out, true);
    why.raw("</p><div class=\"cm-start\"><strong>How to start: </strong>");
    claims_markup(&mut why, &catalogue, &legend, model.how_to_start, false);
    why.raw("</div>");
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
    let mut end = Markup::default();
    sources_markup(&mut end, &catalogue, &legend, None);
    html! {
        <section class="cm-record" aria-label="Decision record">
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
            { revisit.html() }
            <label class="cm-field">
                { "Also revisit if" }
                <textarea name="revisit" rows="2" maxlength="500" value={record.revisit.clone()} />
            </label>
            <label class="cm-field">{ "Review date" }<input type="date" name="review" value={record.review.clone()} /></label>
            { after.html() }
            <div class="cm-names">{ for people.iter().enumerate().map(|(i, p)| name_field(i, p)) }</div>
            { end.html() }
            { share }
        </section>
    }
}
