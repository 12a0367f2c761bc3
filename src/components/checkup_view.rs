//! The check-up of a model a team already uses: pick the model, answer its signs, then the verdict (keep, tune or
//! consider moving) with what looks healthy, the warnings that showed, what to tune and where to move.

use yew::prelude::*;

use crate::checkup::{self, Answer, Verdict};
use crate::components::share::{self, Copied, ScreenProps};
use crate::components::sourced::{marks_markup, sources_markup};
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
    let mut cited: Vec<u8> = Vec::new();
    for s in o.healthy.iter().chain(&o.warnings) {
        cited.extend(s.means.src);
        for t in &s.tune {
            cited.extend(t.src);
        }
        for (_, why) in &s.moves {
            cited.extend(why.src);
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
    sources_markup(&mut m, &cat, &legend, None);
    let mut more = Markup::default();
    more.raw("<button type=\"button\" data-act=\"kq\">Change the answers</button><button type=\"button\" data-act=\"ko\">Check another model</button>");
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
