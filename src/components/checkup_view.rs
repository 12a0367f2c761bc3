//! The check-up of a model a team already uses: pick the model, answer its signs, then the verdict (keep, tune or
//! consider moving) with what looks healthy, the warnings that showed, what to tune and where to move.

use yew::prelude::*;

use crate::checkup::{self, Answer, Verdict};
use crate::components::record_view;
use crate::components::share::{self, Copied, ScreenProps};
use crate::components::sourced::{claims_markup, marks_markup, sources_markup};
use crate::markup::Markup;
use crate::provenance::Legend;
use crate::report;
use crate::text;
use crate::types::{Catalogue, Category, Claim};

/// The answers' labels, in the order of [`Answer::ALL`].
const LABELS: [&str; 3] = ["Yes", "No", "Not sure"];

/// The check-up screen the state asks for: the model picker, the questions, or the result.
pub fn checkup(
    props: &ScreenProps,
    heading: NodeRef,
    copied: &UseStateHandle<Copied>,
    at: u32,
) -> Html {
    let state = &props.state;
    let cat = state.catalogue;
    let Some(check) = state
        .view
        .check
        .as_ref()
        .filter(|c| c.model < cat.models.len())
    else {
        return picker(&cat, heading);
    };
    let model = check.model;
    let signs = checkup::signs_of(&cat, model);
    let name = cat.models[model].name;
    if !check.result {
        return questions(name, &signs, &check.answers, heading);
    }
    let o = checkup::outcome(&signs, &check.answers);
    let mut title = String::from(name);
    title.push_str(": ");
    title.push_str(o.verdict.label());
    // A decision record started from the result: the model it chose (the model in use, or a move).
    let chosen = check
        .record
        .then(|| checkup::record_choice(model, &o, state.view.record.choice));
    let mut cited: Vec<u8> = Vec::new();
    for s in o.healthy.iter().chain(&o.warnings) {
        cited.extend(s.means.src);
        if let Some(t) = &s.tune {
            cited.extend(t.src);
        }
        if let Some((_, why)) = &s.moves {
            cited.extend(why.src);
        }
    }
    if let Some(to) = chosen.filter(|&c| c != model) {
        for c in cat.models[to]
            .watch_out
            .iter()
            .chain(cat.models[to].how_to_start)
        {
            cited.extend(c.src);
        }
    }
    let legend = Legend::new(&cat, cited);
    let mut m = Markup::default();
    m.el(
        "p class=\"cm-verdict-line\"",
        &checkup::verdict_line(&o, signs.len()),
    );
    let claim = |m: &mut Markup, c: &Claim| {
        m.text(c.text);
        marks_markup(m, &cat, &legend, c.src);
    };
    if !o.healthy.is_empty() {
        m.raw("<h3>What looks healthy</h3><ul>");
        for s in &o.healthy {
            m.raw("<li>");
            claim(&mut m, &s.means);
            m.raw("</li>");
        }
        m.raw("</ul>");
    }
    if !o.warnings.is_empty() || !o.missing.is_empty() {
        m.raw("<h3>What does not look healthy</h3><ul>");
        for s in &o.warnings {
            m.raw("<li><b>").text(s.ask).raw("</b> Yes. ");
            claim(&mut m, &s.means);
            m.raw("</li>");
        }
        for s in &o.missing {
            m.raw("<li><b>").text(s.ask).raw("</b> No.</li>");
        }
        m.raw("</ul>");
    }
    let tunes: Vec<&Claim> = o.warnings.iter().filter_map(|s| s.tune.as_ref()).collect();
    if !tunes.is_empty() {
        m.raw("<h3>What to tune inside the model</h3><ul>");
        for t in tunes {
            m.raw("<li>");
            claim(&mut m, t);
            m.raw("</li>");
        }
        m.raw("</ul>");
    }
    if !o.moves.is_empty() {
        m.raw(if o.verdict == Verdict::Move {
            "<h3>Where to move</h3><ul>"
        } else {
            "<h3>Where to move if tuning does not help</h3><ul>"
        });
        for s in o.warnings.iter().filter(|s| s.moves.is_some()) {
            let Some((to, why)) = &s.moves else { continue };
            m.raw("<li><a href=\"#open=")
                .text(cat.models[*to].id)
                .raw("\" data-act=\"j")
                .num(*to)
                .raw("\">")
                .text(cat.models[*to].name)
                .raw("</a>: ");
            claim(&mut m, why);
            m.raw(" <button type=\"button\" class=\"cm-link-button\" data-act=\"c")
                .num(model)
                .raw(".")
                .num(*to)
                .raw("\">Compare the two side by side</button></li>");
        }
        m.raw("</ul>");
    }
    m.raw("<p class=\"cm-muted\">How the verdict is reached is our own rule, not Rubick\u{2019}s: a move when a warning points to another model and not every healthy sign holds; tune when any warning shows or a healthy sign is missing; keep otherwise; nothing before half the questions are answered.</p>");
    if let Some(chosen) = chosen {
        return record(props, heading, copied, at, (model, chosen), &o, m, &legend);
    }
    sources_markup(&mut m, &cat, &legend, None);
    let mut more = Markup::default();
    more.raw("<button type=\"button\" data-act=\"kd\">Start a decision record</button><button type=\"button\" data-act=\"kq\">Change the answers</button><button type=\"button\" data-act=\"ko\">Check another model</button>");
    let markdown = {
        let state = state.clone();
        let link = props.share_link.clone();
        Callback::from(move |()| {
            let check = state
                .view
                .check
                .clone()
                .unwrap_or_else(|| crate::url::Check {
                    model,
                    answers: Vec::new(),
                    result: true,
                    record: false,
                });
            report::checkup_markdown(&state.catalogue, check.model, &check.answers, &link)
        })
    };
    html! {
        <section class="cm-checkup cm-checkup-result" aria-label="Check-up result">
            <h2 ref={heading} tabindex="-1">{ title }</h2>
            { m.html() }
            { share::share(&props.share_link, "check-up", markdown, &more, copied, at) }
        </section>
    }
}

/// The decision record started from a check-up: its context is the check-up's result (`result`: the model in use,
/// the verdict, the signs, what to tune and where to move), its choices that model and the models the warnings
/// point to (`models`: the model in use and the one chosen). Its fields are the wizard's record's (the same names
/// and link keys), so it also lives in the link, prints and copies as Markdown.
#[allow(clippy::too_many_arguments)]
fn record(
    props: &ScreenProps,
    heading: NodeRef,
    copied: &UseStateHandle<Copied>,
    at: u32,
    (model, chosen): (usize, usize),
    o: &checkup::Outcome,
    result: Markup,
    legend: &Legend,
) -> Html {
    let state = &props.state;
    let cat = state.catalogue;
    let r = &state.view.record;
    let staying = chosen == model;
    let mut head = Markup::default();
    record_view::print_meta(&mut head, r, &[]);
    head.raw("<h3>Context</h3><p>A check-up of ")
        .text(cat.models[model].name)
        .raw(", the model the teams use: <strong>")
        .text(o.verdict.label())
        .raw("</strong>.</p>")
        .push(&result)
        .raw("<h3>Decision</h3>");
    let mut choices = Markup::default();
    for c in checkup::record_options(model, o) {
        choices
            .raw(if c == chosen {
                "<option selected value=\""
            } else {
                "<option value=\""
            })
            .num(c)
            .raw("\">")
            .raw(if c == model { "Keep " } else { "Move to " })
            .text(cat.models[c].name)
            .raw("</option>");
    }
    let mut decision = Markup::default();
    decision.raw("<p>We chose to ").raw(if staying {
        "keep <strong>"
    } else {
        "move to <strong>"
    });
    decision.text(cat.models[chosen].name).raw("</strong>");
    if !staying {
        decision.raw(" from ").text(cat.models[model].name);
    }
    decision
        .raw(".</p><p class=\"cm-print-only\"><strong>Why we chose it: </strong>")
        .text(report::or_unset(&r.why, "(not written yet)"))
        .raw("</p>");
    let mut rest = Markup::default();
    rest.raw("<h3>Consequences</h3>");
    if staying {
        rest.raw("<p>Tune what the check-up lists above, if anything.</p>");
    } else {
        let to = &cat.models[chosen];
        rest.raw("<p class=\"cm-watch\"><strong>Watch out: </strong>");
        claims_markup(&mut rest, &cat, legend, to.watch_out, true);
        rest.raw("</p><div class=\"cm-start\"><strong>How to start: </strong>");
        claims_markup(&mut rest, &cat, legend, to.how_to_start, false);
        rest.raw("</div>");
    }
    rest.raw(
        "<h3>When to revisit</h3><ul><li>Run this check-up again by the review date.</li></ul>",
    );
    if !r.revisit.is_empty() {
        rest.el("p class=\"cm-print-only\"", &r.revisit);
    }
    let mut end = Markup::default();
    sources_markup(&mut end, &cat, legend, None);
    let markdown = {
        let state = state.clone();
        let link = props.share_link.clone();
        Callback::from(move |()| {
            report::checkup_record_markdown(&state.catalogue, &state.view, &link)
        })
    };
    let more =
        Markup("<button type=\"button\" data-act=\"kr\">Back to the check-up</button>".to_string());
    let mut title = String::from("Decision record: ");
    title.push_str(cat.models[chosen].name);
    html! {
        <section class="cm-record" aria-label="Decision record">
            <h2 ref={heading} tabindex="-1">{ title }</h2>
            { share::link_full_alert(state.link_full) }
            { record_view::meta_fields(r) }
            { head.html() }
            { record_view::choice_field("What we chose", choices) }
            { decision.html() }
            { record_view::note_field("why", "Why we chose it", 3, &r.why, "What tipped it: the signs that weighed most, what you gave up, who agreed.") }
            { rest.html() }
            { record_view::note_field("revisit", "Also revisit if", 2, &r.revisit, "A signal of your own: a date, an event, a number to watch.") }
            { end.html() }
            { share::share(&props.share_link, "decision record", markdown, &more, copied, at) }
        </section>
    }
}

/// The list of models to check, by category.
fn picker(cat: &Catalogue, heading: NodeRef) -> Html {
    let mut m = Markup::default();
    m.raw("<p>Pick the model your teams use now. A few questions about what you see follow, and the check-up says whether to keep it, tune it or consider another model.</p>");
    for c in Category::ALL {
        m.el("h3", c.label()).raw("<ul class=\"cm-pick\">");
        for (i, model) in cat
            .models
            .iter()
            .enumerate()
            .filter(|(_, x)| x.category == c)
        {
            m.raw("<li><button type=\"button\" class=\"cm-link-button\" data-act=\"k")
                .num(i)
                .raw("\">")
                .text(model.name)
                .raw("</button></li>");
        }
        m.raw("</ul>");
    }
    html! {
        <section class="cm-checkup" aria-label="Check-up">
            <h2 ref={heading} tabindex="-1">{ "Is the model you use working?" }</h2>
            { m.html() }
        </section>
    }
}

/// The model's signs as questions, each answered yes, no or not sure.
fn questions(name: &str, signs: &[checkup::Sign], answers: &[Answer], heading: NodeRef) -> Html {
    let mut title = String::from("Check-up: ");
    title.push_str(name);
    let answered = answers.iter().filter(|a| **a != Answer::Unsure).count();
    let mut status = text::num(answered);
    status.push_str(" of ");
    text::push_num(&mut status, signs.len());
    status.push_str(" answered");
    let items = signs.iter().enumerate().map(|(i, s)| {
        let mut field = String::from("k");
        text::push_num(&mut field, i);
        let current = answers.get(i).copied().unwrap_or_default();
        let options = Answer::ALL.iter().zip(LABELS).map(|(&a, label)| {
            html! {
                <label class="cm-option">
                    <input type="radio" name={field.clone()} value={a.letter().to_string()} checked={a == current} />
                    <span>{ label }</span>
                </label>
            }
        });
        html! {
            <fieldset class="cm-sign">
                <legend>{ s.ask }</legend>
                <div class="cm-options">{ for options }</div>
            </fieldset>
        }
    });
    let actions = Html::from_html_unchecked(AttrValue::Static(
        "<div class=\"cm-actions\"><button type=\"button\" class=\"cm-primary\" data-act=\"kr\">See the result</button><button type=\"button\" data-act=\"ko\">Check another model</button></div>",
    ));
    html! {
        <section class="cm-checkup" aria-label="Check-up">
            <h2 ref={heading} tabindex="-1">{ title }</h2>
            <p class="cm-help">{ "Answer what you see in your teams today; \u{201c}Not sure\u{201d} is a fine answer. Some questions look for a healthy sign, some for a warning." }</p>
            <p class="cm-progress" role="status">{ status }</p>
            { for items }
            { actions }
        </section>
    }
}
