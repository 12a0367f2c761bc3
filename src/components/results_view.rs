//! The wizard's results: the top three with reasons, watch-outs and pairings, the answers, and the full ranking.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::components::share::{self, Share};
use crate::components::sourced::{Marks, SourceList, Sourced, SourcedList};
use crate::components::wizard_view::use_focus_on_move;
use crate::group;
use crate::markup::Markup;
use crate::provenance::Legend;
use crate::report;
use crate::types::CatalogueRef;
use crate::wizard::{self, Reason, Scored};

/// Props of [`ResultsView`].
#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    /// The app state.
    pub state: UseReducerHandle<State>,
    /// A link that reopens this result.
    pub share_link: AttrValue,
    /// Reports actions.
    pub dispatch: Callback<Action>,
}

fn reason_list(
    catalogue: &CatalogueRef,
    legend: &Rc<Legend>,
    reasons: &[Reason],
    empty: &'static str,
) -> Html {
    if reasons.is_empty() {
        return html! { <p class="cm-muted">{ empty }</p> };
    }
    let items = reasons.iter().map(|r| {
        let answer = catalogue.questions[r.question].answers[r.answer].label;
        html! {
            <li>
                <span class="cm-delta">{ format!("{:+}", r.effect.delta) }</span>{ " " }
                { r.effect.reason }
                <Marks catalogue={*catalogue} legend={legend.clone()} src={r.effect.src} />
                <span class="cm-because">{ format!(" (you said: {answer})") }</span>
            </li>
        }
    });
    html! { <ul class="cm-reasons">{ for items }</ul> }
}

fn model_link(
    catalogue: &CatalogueRef,
    model: usize,
    dispatch: &Callback<Action>,
    text: String,
) -> Html {
    let onclick = dispatch.reform(move |e: MouseEvent| {
        e.prevent_default();
        Action::Jump(model)
    });
    html! { <a href={format!("#open={}", catalogue.models[model].id)} {onclick}>{ text }</a> }
}

/// Rubick's stated preferences that apply to these answers and involve `model`, as short notes with sources.
fn prefer_notes(
    catalogue: &CatalogueRef,
    legend: &Rc<Legend>,
    answers: &wizard::Answers,
    model: usize,
    ranked: &[Scored],
) -> Html {
    let position = |m: usize| ranked.iter().position(|s| s.model == m);
    let notes: Vec<Html> = wizard::preferences_in_play(catalogue, answers)
        .filter(|p| p.prefer == model || p.over == model)
        .filter(|p| position(p.prefer) < Some(3))
        .map(|p| {
            let (a, b) = (catalogue.models[p.prefer].name, catalogue.models[p.over].name);
            html! {
                <li>{ format!("Rubick prefers {a} over {b} here: {}", p.why) }<Marks catalogue={*catalogue} legend={legend.clone()} src={p.src} /></li>
            }
        })
        .collect();
    if notes.is_empty() {
        return html! {};
    }
    html! { <ul class="cm-prefers">{ for notes }</ul> }
}

/// The results screen.
#[component]
pub fn ResultsView(props: &ResultsViewProps) -> Html {
    let state = &props.state;
    let catalogue = state.catalogue;
    let heading = use_node_ref();
    use_focus_on_move(heading.clone(), state.wizard_moves);
    let ranked: Vec<Scored> = wizard::rank(&catalogue, &state.view.answers);
    let dispatch = &props.dispatch;
    // Every source the results cite, so each mark can be explained once at the end.
    let legend = {
        let mut cited: Vec<u8> = Vec::new();
        for (i, s) in ranked.iter().enumerate() {
            for r in s.raised_by.iter().chain(&s.lowered_by) {
                cited.extend(r.effect.src);
            }
            if i < 3 {
                let m = &catalogue.models[s.model];
                cited.extend(m.summary.src);
                for c in m.watch_out.iter().chain(m.how_to_start) {
                    cited.extend(c.src);
                }
                for (_, src) in wizard::pairings(&catalogue, s.model) {
                    cited.extend(src);
                }
            }
        }
        for p in wizard::preferences_in_play(&catalogue, &state.view.answers) {
            cited.extend(p.src);
        }
        Rc::new(Legend::new(&catalogue, cited))
    };

    let top = ranked.iter().take(3).enumerate().map(|(i, s)| {
        let model = &catalogue.models[s.model];
        let ties = wizard::near_ties(&ranked, i);
        let tie_note = (!ties.is_empty()).then(|| {
            let names: Vec<&str> = ties.iter().map(|&m| catalogue.models[m].name).collect();
            html! { <p class="cm-tie">{ format!("Near-tie with {}: weigh them on the details.", names.join(" and ")) }</p> }
        });
        let pairs = wizard::pairings(&catalogue, s.model);
        let pairing = (!pairs.is_empty()).then(|| {
            let links = pairs.iter().enumerate().map(|(k, &(p, src))| {
                let sep = if k == 0 { "" } else { ", " };
                html! { <>{ sep }{ model_link(&catalogue, p, dispatch, catalogue.models[p].name.to_string()) }<Marks {catalogue} legend={legend.clone()} {src} /></> }
            });
            html! { <p class="cm-pairing"><strong>{ "Pairs well with: " }</strong>{ for links }</p> }
        });
        html! {
            <li>
                <article class="cm-result">
                    <h3>{ format!("{}. {}", i + 1, model.name) }</h3>
                    <p class="cm-fit">{ format!("Fit score {:+}", s.score) }<span class="cm-badge">{ model.category.label() }</span></p>
                    { tie_note.unwrap_or_default() }
                    <p><Sourced {catalogue} legend={legend.clone()} claim={model.summary} /></p>
                    <h4>{ "Why it fits" }</h4>
                    { reason_list(&catalogue, &legend, &s.raised_by, "None of your answers pointed to it directly.") }
                    <div class="cm-against">
                        <h4>{ "What counts against it" }</h4>
                        { reason_list(&catalogue, &legend, &s.lowered_by, "Nothing in your answers.") }
                    </div>
                    <p class="cm-watch"><strong>{ "Watch out: " }</strong><SourcedList {catalogue} legend={legend.clone()} claims={model.watch_out} inline=true /></p>
                    <div class="cm-start"><strong>{ "How to start: " }</strong><SourcedList {catalogue} legend={legend.clone()} claims={model.how_to_start} /></div>
                    { prefer_notes(&catalogue, &legend, &state.view.answers, s.model, &ranked) }
                    { pairing.unwrap_or_default() }
                    <p class="cm-open-card">{ model_link(&catalogue, s.model, dispatch, format!("Open the {} card", model.name)) }</p>
                </article>
            </li>
        }
    });

    let answers = wizard::shown_questions(&catalogue, &state.view.answers)
        .into_iter()
        .map(|q| {
            let question = &catalogue.questions[q];
            let chosen: Vec<&str> = state
                .view
                .answers
                .chosen(q)
                .map(|a| question.answers[a].label)
                .collect();
            let answer = if chosen.is_empty() {
                "(no answer)".to_string()
            } else {
                chosen.join("; and ")
            };
            let onclick = dispatch.reform(move |_: MouseEvent| Action::GoTo(q));
            html! {
                <div class="cm-answer">
                    <dt>{ question.prompt }</dt>
                    <dd>
                        { answer }{ " " }
                        <button type="button" class="cm-link-button" {onclick}
                            aria-label={format!("Change this answer: {}", question.prompt)}>
                            { "Change this answer" }
                        </button>
                    </dd>
                </div>
            }
        });

    let rest = ranked.iter().enumerate().skip(3).map(|(i, s)| {
        let model = &catalogue.models[s.model];
        html! {
            <li>
                <details>
                    <summary>{ format!("{}. {} ({:+})", i + 1, model.name, s.score) }</summary>
                    <h4>{ "Raised by" }</h4>
                    { reason_list(&catalogue, &legend, &s.raised_by, "Nothing in your answers.") }
                    <h4>{ "Lowered by" }</h4>
                    { reason_list(&catalogue, &legend, &s.lowered_by, "Nothing in your answers.") }
                    <p>{ model_link(&catalogue, s.model, dispatch, format!("Open the {} card", model.name)) }</p>
                </details>
            </li>
        }
    });

    let markdown = {
        let answers = state.view.answers.clone();
        let link = props.share_link.clone();
        Callback::from(move |_| report::results_markdown(&catalogue, &answers, &link))
    };
    let top3: Vec<usize> = ranked.iter().take(3).map(|s| s.model).collect();
    let on_compare = dispatch.reform(move |_: MouseEvent| Action::CompareThese(top3.clone()));
    let on_group = dispatch.reform(|_: MouseEvent| Action::Group);
    let on_record = dispatch.reform(|_: MouseEvent| Action::Record(share::review_date()));
    let in_group = state.view.people.is_empty()
        || state
            .view
            .people
            .iter()
            .any(|p| p.answers == state.view.answers);
    let changes = group::changes(&catalogue, std::slice::from_ref(&state.view.answers)).1;
    let mut would = Markup::default();
    would
        .raw("<section class=\"cm-would\"><h3>What would change the answer</h3>")
        .list(
            "ul",
            &report::change_lines(&catalogue, &changes, &[String::new()]),
        )
        .raw("</section>");
    let on_back = dispatch.reform(|_: MouseEvent| Action::Back);
    let on_restart = dispatch.reform(|_: MouseEvent| Action::Restart);
    let on_browse = dispatch.reform(|_: MouseEvent| Action::SortByFit(true));
    let on_browse2 = dispatch.reform(|_: MouseEvent| Action::SetView(crate::url::View::Catalogue));
    let browse = Callback::from(move |e: MouseEvent| {
        on_browse.emit(e.clone());
        on_browse2.emit(e);
    });
    html! {
        <section class="cm-results" aria-label="Wizard results">
            <h2 ref={heading} tabindex="-1">{ "Your best-fitting models" }</h2>
            <p class="cm-muted">{ report::RANKING_NOTE }{ " Try the top one first; read the watch-outs." }</p>
            <ol class="cm-top">{ for top }</ol>
            { would.html() }
            <section class="cm-your-answers">
                <h3>{ "Your answers" }</h3>
                <dl>{ for answers }</dl>
            </section>
            <details class="cm-all">
                <summary>{ format!("Why the other {} models ranked lower", ranked.len().saturating_sub(3)) }</summary>
                <ol start="4">{ for rest }</ol>
            </details>
            <section class="cm-sources">
                <h3>{ "Sources" }</h3>
                <p class="cm-muted">{ crate::provenance::MARKS_EXPLAINED }</p>
                <SourceList {catalogue} legend={legend.clone()} />
            </section>
            <Share link={props.share_link.clone()} what="result" {markdown}>
                <button type="button" onclick={on_compare}>{ "Compare the top 3" }</button>
                <button type="button" onclick={on_group}>{ if in_group { "Compare with colleagues" } else { "Add to the comparison" } }</button>
                <button type="button" onclick={on_record}>{ "Record this decision" }</button>
            </Share>
            <div class="cm-actions">
                <button type="button" onclick={on_back}>{ "Back" }</button>
                <button type="button" class="cm-primary" onclick={browse}>{ "Browse all cards by fit" }</button>
                <button type="button" class="cm-link-button" onclick={on_restart}>{ "Restart" }</button>
            </div>
        </section>
    }
}
