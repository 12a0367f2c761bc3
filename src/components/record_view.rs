//! The decision record, in the usual shape of a decision record and editable in place: title, status, date,
//! deciders, context, decision, options considered, consequences and when to revisit. It lives in the link, prints
//! on one page and copies as Markdown.

use yew::prelude::*;

use crate::components::people::{name_field, side_by_side};
use crate::components::share::{self, Copied, ScreenProps};
use crate::components::sourced::{claims_markup, marks_markup, orders_markup, sources_markup};
use crate::group::{self, Record, Status};
use crate::markup::Markup;
use crate::provenance::Legend;
use crate::report;
use crate::text;

/// The decision record of the people in the comparison (or of the one result); `copied` and `at` as for
/// [`share::share`].
pub fn record(
    props: &ScreenProps,
    heading: NodeRef,
    copied: &UseStateHandle<Copied>,
    at: u32,
) -> Html {
    let state = &props.state;
    let catalogue = state.catalogue;
    let people = &state.view.people;
    let record = &state.view.record;
    let markdown = {
        let state = state.clone();
        let link = props.share_link.clone();
        Callback::from(move |_| {
            let v = &state.view;
            report::record_markdown(&state.catalogue, &v.people, &v.record, &link)
        })
    };
    let back = if people.len() > 1 {
        "<button type=\"button\" data-act=\"grp\">Back to the comparison</button>"
    } else {
        "<button type=\"button\" data-act=\"grp\">Compare with colleagues</button>"
    };
    let share = share::share(
        &props.share_link,
        "decision record",
        markdown,
        &Markup(back.to_string()),
        copied,
        at,
    );
    if people.is_empty() {
        return html! {
            <section class="cm-record" aria-label="Decision record">
                <h2 ref={heading} tabindex="-1">{ "Decision record" }</h2>
                { Html::from_html_unchecked(AttrValue::Static("<p>A decision record starts from wizard answers: answer the wizard first, yours or your group\u{2019}s.</p><button type=\"button\" class=\"cm-primary\" data-act=\"res\">Help me choose</button>")) }
            </section>
        };
    }
    let answers = group::answers_of(people);
    let (top, changes) = group::changes(&catalogue, &answers);
    let chosen = record.choice.unwrap_or(top);
    let model = &catalogue.models[chosen];
    let orders = report::record_orders(&catalogue, &answers, chosen);
    let options = report::considered(&catalogue, &answers, chosen);
    let mut cited: Vec<u8> = Vec::new();
    for c in model.watch_out.iter().chain(model.how_to_start) {
        cited.extend(c.src);
    }
    for n in &orders {
        cited.extend(n.preference.src);
    }
    for r in options.iter().filter_map(|o| o.reason()) {
        cited.extend(r.effect.src);
    }
    let legend = Legend::new(&catalogue, cited);
    let deciders = group::named(people);

    // The header: status, date, deciders and review date as text for print (the fields below hold them on screen).
    let mut head = Markup::default();
    print_meta(&mut head, record, &deciders);
    head.el(
        "p class=\"cm-muted cm-screen-only\"",
        "Edit the fields in place: everything stays in the link below.",
    );
    let mut context = Markup::default();
    context
        .raw("<h3>Context</h3>")
        .el("p", &report::context_summary(&catalogue, people));
    // The answers name people, so they change as a name is typed: the disclosure around them is an element Yew
    // keeps, so that it stays open.
    let mut full = Markup::default();
    side_by_side(&mut full, &catalogue, people, true);
    let mut choices = Markup::default();
    for (i, m) in catalogue.models.iter().enumerate() {
        choices
            .raw(if i == chosen {
                "<option selected value=\""
            } else {
                "<option value=\""
            })
            .num(i)
            .raw("\">")
            .text(m.name);
        if i == top {
            choices.raw(" (ranked first)");
        }
        choices.raw("</option>");
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
        .text(report::or_unset(&record.why, "(not written yet)"))
        .raw("</p>");
    orders_markup(&mut why, &catalogue, &legend, &orders);
    why.raw("<h3>Options considered</h3><ul class=\"cm-considered\">");
    for o in &options {
        let (place, against) = report::considered_parts(&catalogue, o, chosen);
        why.raw("<li><strong>")
            .text(catalogue.models[o.model].name)
            .raw("</strong> (")
            .text(&place)
            .raw("): ")
            .text(&against);
        if let Some(r) = o.reason() {
            marks_markup(&mut why, &catalogue, &legend, r.effect.src);
            why.el(
                "span class=\"cm-because\"",
                &report::from_answer(&catalogue, r),
            );
        }
        why.raw("</li>");
    }
    why.raw("</ul><h3>Consequences</h3><p class=\"cm-watch\"><strong>Watch out: </strong>");
    claims_markup(&mut why, &catalogue, &legend, model.watch_out, true);
    why.raw("</p><div class=\"cm-start\"><strong>How to start: </strong>");
    claims_markup(&mut why, &catalogue, &legend, model.how_to_start, false);
    why.raw("</div>");
    let mut revisit = Markup::default();
    revisit.raw("<h3>When to revisit</h3>").list(
        "ul",
        &report::revisit_lines(&catalogue, people, &changes, chosen),
    );
    if !record.revisit.is_empty() {
        revisit.el("p class=\"cm-print-only\"", &record.revisit);
    }
    let mut end = Markup::default();
    sources_markup(&mut end, &catalogue, &legend, None);
    let names = people
        .iter()
        .enumerate()
        .map(|(i, p)| name_field(i, &p.name));
    html! {
        <section class="cm-record" aria-label="Decision record">
            <h2 ref={heading} tabindex="-1">{ "Decision record: " }{ model.name }</h2>
            { share::link_full_alert(state.link_full) }
            { head.html() }
            { meta_fields(record) }
            <fieldset class="cm-names">
                { Html::from_html_unchecked(AttrValue::Static("<legend>Deciders</legend>")) }
                { for names }
            </fieldset>
            { context.html() }
            <details class="cm-full-answers">{ Html::from_html_unchecked(AttrValue::Static("<summary>The answers in full</summary>")) }{ full.html() }</details>
            { Html::from_html_unchecked(AttrValue::Static("<h3>Decision</h3>")) }
            { choice_field("Chosen model", choices) }
            { decision.html() }
            { note_field("why", "Why we chose it", 3, &record.why, "What tipped it: the reasons that weighed most, what you gave up, who agreed.") }
            { why.html() }
            { revisit.html() }
            { note_field("revisit", "Also revisit if", 2, &record.revisit, "A signal of your own: a date, an event, a number to watch.") }
            { end.html() }
            { share }
        </section>
    }
}

/// A record's status, date, deciders (if any) and review date as text for print (its fields hold them on screen);
/// shared by the wizard's record and the check-up's.
pub fn print_meta(m: &mut Markup, record: &Record, deciders: &[&str]) {
    m.raw("<p class=\"cm-print-only cm-meta\"><strong>Status:</strong> ")
        .text(record.status.label())
        .raw(" \u{b7} <strong>Date:</strong> ")
        .text(report::or_unset(&record.date, "(not set)"));
    if !deciders.is_empty() {
        m.raw(" \u{b7} <strong>Deciders:</strong> ")
            .text(&report::and_list(deciders));
    }
    m.raw(" \u{b7} <strong>Review date:</strong> ")
        .text(report::or_unset(&record.review, "(none set)"))
        .raw("</p>");
}

/// A record's status, date and review date, as fields (shared by the wizard's record and the check-up's).
pub fn meta_fields(record: &Record) -> Html {
    let mut statuses = Markup::default();
    for s in Status::ALL {
        statuses
            .raw(if s == record.status {
                "<option selected value=\""
            } else {
                "<option value=\""
            })
            .raw(s.id())
            .raw("\">")
            .raw(s.label())
            .raw("</option>");
    }
    html! {
        <div class="cm-meta-fields">
            <label class="cm-field">{ "Status" }<select name="status">{ statuses.html() }</select></label>
            <label class="cm-field">{ "Date" }<input type="date" name="date" value={record.date.clone()} /></label>
            <label class="cm-field">{ "Review date" }<input type="date" name="review" value={record.review.clone()} /></label>
        </div>
    }
}

/// The record's decision as a list of choices (`options`: its `<option>`s).
pub fn choice_field(label: &'static str, options: Markup) -> Html {
    html! {
        <label class="cm-field">{ label }<select name="dec">{ options.html() }</select></label>
    }
}

/// A note of the record (`name`: its field), at most 500 characters.
pub fn note_field(
    name: &'static str,
    label: &'static str,
    rows: u32,
    value: &str,
    placeholder: &'static str,
) -> Html {
    html! {
        <label class="cm-field">
            { label }
            <textarea {name} rows={text::num(rows as usize)} maxlength="500" value={value.to_string()} {placeholder} />
        </label>
    }
}
