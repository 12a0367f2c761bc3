//! The wizard's results: the top three with reasons, watch-outs and pairings, what would change the answer, the
//! answers, and the full ranking. Written as text (see [`Markup`]) with one click handler.

use yew::prelude::*;

use crate::app::state::State;
use crate::components::share::{self, Copied, ScreenProps};
use crate::components::sourced::{claims_markup, marks_markup, orders_markup, sources_markup};
use crate::group;
use crate::markup::Markup;
use crate::provenance::Legend;
use crate::report;
use crate::types::Catalogue;
use crate::verdict::{self, Fit, Verdict};
use crate::wizard::{self, Reason, Scored};

fn reason_list(m: &mut Markup, c: &Catalogue, legend: &Legend, reasons: &[Reason], empty: &str) {
    if reasons.is_empty() {
        m.el("p class=\"cm-muted\"", empty);
        return;
    }
    m.raw("<ul class=\"cm-reasons\">");
    for r in reasons {
        m.raw("<li><span class=\"cm-delta\">")
            .signed(r.effect.delta.into())
            .raw("</span> ");
        reason_line(m, c, legend, r);
        m.raw("</li>");
    }
    m.raw("</ul>");
}

/// A link to a model's card, which the app opens itself (`data-act`).
fn model_link(m: &mut Markup, c: &Catalogue, model: usize, before: &str, after: &str) {
    m.raw("<a href=\"#open=")
        .text(c.models[model].id)
        .raw("\" data-act=\"j")
        .num(model)
        .raw("\">");
    m.text(before)
        .text(c.models[model].name)
        .text(after)
        .raw("</a>");
}

/// One of the top three: fit in words (the score beside it), summary, reasons for and against, the orders between
/// it and a model near it, watch-outs, first steps and pairings. The first is open; the second and third show their
/// fit, summary and main reason, and open in place.
fn top_one(
    m: &mut Markup,
    c: &Catalogue,
    legend: &Legend,
    state: &State,
    ranked: &[Scored],
    labels: &[String],
    i: usize,
) {
    let s = &ranked[i];
    let model = &c.models[s.model];
    let top = ranked[0].score;
    m.raw("<li><article class=\"cm-result\"><h3>")
        .text(&labels[i])
        .raw(". ")
        .text(model.name);
    m.raw("</h3><p class=\"cm-fit\"><strong>")
        .text(Fit::of(s.score, top).title())
        .raw("</strong> <span class=\"cm-muted\">(score ")
        .signed(s.score)
        .raw(")</span><span class=\"cm-badge\">");
    m.text(model.category.label()).raw("</span></p>");
    close_call(m, c, ranked, labels, i);
    if i > 0 {
        m.raw("<p>");
        claims_markup(m, c, legend, std::slice::from_ref(&model.summary), true);
        m.raw("</p>");
        if let Some(r) = verdict::main_reason(s, true) {
            m.raw("<p class=\"cm-main-reason\">");
            reason_line(m, c, legend, r);
            m.raw("</p>");
        }
        m.raw("<details class=\"cm-more\"><summary>Why, and how to start</summary>");
    }
    if i == 0 {
        m.raw("<p>");
        claims_markup(m, c, legend, std::slice::from_ref(&model.summary), true);
        m.raw("</p>");
    }
    m.raw("<h4>Why it fits</h4>");
    reason_list(
        m,
        c,
        legend,
        &s.raised_by,
        "None of your answers pointed to it directly.",
    );
    m.raw("<div class=\"cm-against\"><h4>What counts against it</h4>");
    reason_list(m, c, legend, &s.lowered_by, "Nothing in your answers.");
    m.raw("</div>");
    // Orders between this model and one ranked near it: Rubick's where his post states them, else our reading.
    orders_markup(
        m,
        c,
        legend,
        &wizard::order_notes(c, &state.view.answers, ranked, s.model, 2),
    );
    m.raw("<p class=\"cm-watch\"><strong>Watch out: </strong>");
    claims_markup(m, c, legend, model.watch_out, true);
    m.raw("</p><div class=\"cm-start\"><strong>How to start: </strong>");
    claims_markup(m, c, legend, model.how_to_start, false);
    m.raw("</div>");
    let pairs = wizard::pairings(c, s.model);
    if !pairs.is_empty() {
        m.raw("<p class=\"cm-pairing\"><strong>Pairs well with: </strong>");
        for (k, &(p, src)) in pairs.iter().enumerate() {
            m.raw(if k == 0 { "" } else { ", " });
            model_link(m, c, p, "", "");
            marks_markup(m, c, legend, src);
        }
        m.raw("</p>");
    }
    m.raw("<p class=\"cm-open-card\">");
    model_link(m, c, s.model, "Open the ", " card");
    m.raw("</p>");
    if i > 0 {
        m.raw("</details>");
    }
    m.raw("</article></li>");
}

/// A close call with the models scored within a point of this one: those shown by name, the others by rank and a
/// link ("close behind: #4 Self-service"), so nothing refers to a model the reader cannot see.
fn close_call(m: &mut Markup, c: &Catalogue, ranked: &[Scored], labels: &[String], i: usize) {
    let near = wizard::near_ties(ranked, i);
    if near.is_empty() {
        return;
    }
    m.raw("<p class=\"cm-close\">Close call with ");
    for (k, &t) in near.iter().enumerate() {
        m.raw(if k == 0 { "" } else { " and " });
        let position = ranked.iter().position(|r| r.model == t).unwrap_or(0);
        if position < 3 {
            m.text(c.models[t].name);
        } else {
            let mut label = String::from("#");
            label.push_str(labels[position].trim_start_matches('='));
            label.push(' ');
            model_link(m, c, t, &label, "");
        }
    }
    m.raw(": read both.</p>");
}

/// One reason on a line: its text, marks and the answer behind it.
fn reason_line(m: &mut Markup, c: &Catalogue, legend: &Legend, r: &Reason) {
    m.text(r.effect.reason);
    marks_markup(m, c, legend, r.effect.src);
    m.raw("<span class=\"cm-because\"> (you said: ")
        .text(c.questions[r.question].answers[r.answer].label)
        .raw(")</span>");
}

/// The verdict the results lead with: the answer in words, why, what is close; or, when the answers do not
/// separate the models, that they don't, and the questions that would.
fn verdict_markup(
    m: &mut Markup,
    c: &Catalogue,
    legend: &Legend,
    ranked: &[Scored],
    labels: &[String],
    v: &Verdict,
) {
    m.raw("<div class=\"cm-verdict\"><p><strong>")
        .text(&report::verdict_headline(c, v))
        .raw("</strong></p>");
    match v {
        Verdict::Lead { .. } => {
            if let Some(r) = verdict::main_reason(&ranked[0], true) {
                m.raw("<p class=\"cm-verdict-why\">Why: ");
                reason_line(m, c, legend, r);
                m.raw("</p>");
            }
            let top = ranked[0].score;
            let behind: Vec<&Scored> = ranked.iter().skip(1).take(2).collect();
            if !behind.is_empty() {
                m.raw("<p class=\"cm-verdict-next\">Next: ");
                for (k, s) in behind.iter().enumerate() {
                    m.raw(if k == 0 { "" } else { "; " })
                        .text(&labels[k + 1])
                        .raw(". ")
                        .text(c.models[s.model].name)
                        .raw(" (")
                        .text(Fit::of(s.score, top).label())
                        .raw(")");
                }
                m.raw(".</p>");
            }
        }
        Verdict::Tie { separate, .. } | Verdict::NoSignal { separate } => {
            m.el("p", &report::separate_line(c, v));
            if !separate.is_empty() {
                m.raw("<p class=\"cm-actions\">");
                for &q in separate {
                    m.raw("<button type=\"button\" data-act=\"g")
                        .num(q)
                        .raw("\">Answer: ");
                    m.text(c.questions[q].prompt).raw("</button>");
                }
                m.raw("</p>");
            }
        }
    }
    m.raw("</div>");
}

/// The results screen; `copied` and `at` as for [`share::share`].
pub fn results(
    props: &ScreenProps,
    heading: NodeRef,
    copied: &UseStateHandle<Copied>,
    at: u32,
) -> Html {
    let state = &props.state;
    let catalogue = state.catalogue;
    let c: &Catalogue = &catalogue;
    let answers = &state.view.answers;
    let ranked: Vec<Scored> = wizard::rank(c, answers);
    // Every source the results cite, so each mark can be explained once at the end. What a printed result shows
    // (the top 3's reasons for, summaries, watch-outs and first steps, Rubick's preferences) comes first; the rest
    // of the list is left out of print.
    let (legend, printed) = {
        let mut printed: Vec<u8> = Vec::new();
        for s in ranked.iter().take(3) {
            let m = &c.models[s.model];
            for r in &s.raised_by {
                printed.extend(r.effect.src);
            }
            printed.extend(m.summary.src);
            for x in m.watch_out.iter().chain(m.how_to_start) {
                printed.extend(x.src);
            }
        }
        for s in ranked.iter().take(3) {
            for n in wizard::order_notes(c, answers, &ranked, s.model, 2) {
                printed.extend(n.preference.src);
            }
        }
        let mut cited = printed.clone();
        for (i, s) in ranked.iter().enumerate() {
            if i >= 3 {
                for r in &s.raised_by {
                    cited.extend(r.effect.src);
                }
            }
            for r in &s.lowered_by {
                cited.extend(r.effect.src);
            }
            if i < 3 {
                for (_, src) in wizard::pairings(c, s.model) {
                    cited.extend(src);
                }
            }
        }
        (Legend::new(c, cited), printed)
    };

    let labels = verdict::rank_labels(&ranked);
    let v = verdict::verdict(c, answers, &ranked);
    // With nothing to go on, the catalogue's order is not shown as a ranking.
    let ranking = !matches!(v, Verdict::NoSignal { .. });
    let mut lead = Markup::default();
    verdict_markup(&mut lead, c, &legend, &ranked, &labels, &v);
    let mut m = Markup::default();
    if ranking {
        m.raw("<p class=\"cm-muted\">")
            .text(report::RANKING_NOTE)
            .raw("</p>");
        m.raw("<ol class=\"cm-top\">");
        for i in 0..ranked.len().min(3) {
            top_one(&mut m, c, &legend, state, &ranked, &labels, i);
        }
        m.raw("</ol><section class=\"cm-would\"><h3>What would change the answer</h3>");
        let changes = group::changes(c, std::slice::from_ref(answers)).1;
        m.list("ul", &report::change_lines(c, &changes, &[String::new()]))
            .raw("</section>");
    }
    m.raw("<section class=\"cm-your-answers\"><h3>Your answers</h3><dl>");
    for q in wizard::shown_questions(c, answers) {
        let question = &c.questions[q];
        let mut chosen = String::new();
        report::push_chosen(&mut chosen, question, answers.chosen(q));
        m.raw("<div class=\"cm-answer\"><dt>")
            .text(question.prompt)
            .raw("</dt><dd>")
            .text(&chosen);
        m.raw(" <button type=\"button\" class=\"cm-link-button\" data-act=\"g")
            .num(q);
        m.raw("\" aria-label=\"Change this answer: ")
            .text(question.prompt)
            .raw("\">Change this answer</button></dd></div>");
    }
    m.raw("</dl></section>");
    let top = ranked.first().map_or(0, |s| s.score);
    if ranking {
        m.raw("<details class=\"cm-all\"><summary>Why the other ")
            .num(ranked.len().saturating_sub(3));
        m.raw(" models ranked lower</summary><ol start=\"4\">");
    }
    for (i, s) in ranked
        .iter()
        .enumerate()
        .skip(if ranking { 3 } else { ranked.len() })
    {
        m.raw("<li><details><summary>")
            .text(&labels[i])
            .raw(". ")
            .text(c.models[s.model].name)
            .raw(" (")
            .text(Fit::of(s.score, top).label())
            .raw(", score ");
        m.signed(s.score).raw(")");
        if let Some(r) = verdict::main_reason(s, false) {
            m.raw(": ").text(r.effect.reason);
        }
        m.raw("</summary><h4>Raised by</h4>");
        reason_list(&mut m, c, &legend, &s.raised_by, "Nothing in your answers.");
        m.raw("<h4>Lowered by</h4>");
        reason_list(
            &mut m,
            c,
            &legend,
            &s.lowered_by,
            "Nothing in your answers.",
        );
        m.raw("<p>");
        model_link(&mut m, c, s.model, "Open the ", " card");
        m.raw("</p></details></li>");
    }
    if ranking {
        m.raw("</ol></details>");
    }
    sources_markup(&mut m, c, &legend, Some(&printed));

    let markdown = {
        let state = state.clone();
        let link = props.share_link.clone();
        Callback::from(move |_| {
            report::results_markdown(&state.catalogue, &state.view.answers, &link)
        })
    };
    let mut more = Markup::default();
    if ranking {
        more.raw("<button type=\"button\" data-act=\"c");
        for (i, s) in ranked.iter().take(3).enumerate() {
            more.raw(if i == 0 { "" } else { "." }).num(s.model);
        }
        more.raw("\">Compare the top 3</button>");
    }
    let in_group =
        state.view.people.is_empty() || state.view.people.iter().any(|p| p.answers == *answers);
    more.raw("<button type=\"button\" data-act=\"grp\">");
    more.raw(if in_group {
        "Compare with colleagues"
    } else {
        "Add to the comparison"
    });
    more.raw("</button><button type=\"button\" data-act=\"rec\">Record this decision</button>");
    let share = share::share(&props.share_link, "result", markdown, &more, copied, at);
    let mut end = Markup::default();
    end.raw("<div class=\"cm-actions\"><button type=\"button\" data-act=\"back\">Back</button><button type=\"button\" class=\"cm-primary\" data-act=\"fit\">Browse all cards by fit</button><button type=\"button\" class=\"cm-link-button\" data-act=\"restart\">Restart</button></div>");
    html! {
        <section class="cm-results" aria-label="Wizard results">
            <h2 ref={heading} tabindex="-1">{ if ranking { "Your best-fitting models" } else { "Not enough to go on yet" } }</h2>
            { lead.html() }
            { share }
            { m.html() }
            { end.html() }
        </section>
    }
}
