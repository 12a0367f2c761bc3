//! Writing a [`UrlState`] as a hash.

use super::people::{fingerprint, person_code};
use super::{Step, UrlState, View, percent_encode};
use crate::filter::Facet;
use crate::group::Status;
use crate::types::Catalogue;
use crate::wizard;

/// Writes the state as a hash (without `#`); the default state is the empty string.
pub fn to_hash(state: &UrlState, catalogue: &Catalogue) -> String {
    let mut out = String::new();
    // Starts `key=`; the caller writes the value.
    let key = |out: &mut String, k: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
    };
    // A list of ids, comma-separated.
    let list = |out: &mut String, k: &str, ids: &mut dyn Iterator<Item = &str>| {
        let mut first = true;
        for id in ids {
            if first {
                key(out, k);
                first = false;
            } else {
                out.push(',');
            }
            out.push_str(id);
        }
    };
    if state.view != View::Catalogue {
        key(&mut out, "view");
        out.push_str(state.view.id());
    }
    if !state.query.is_empty() {
        key(&mut out, "q");
        out.push_str(&percent_encode(&state.query));
    }
    for facet in Facet::ALL {
        let selected = state.filters.selected_in(facet);
        list(
            &mut out,
            facet.key(),
            &mut selected.iter().map(|&v| facet.values()[v].0),
        );
    }
    if let Some(m) = state.open.and_then(|i| catalogue.models.get(i)) {
        key(&mut out, "open");
        out.push_str(m.id);
    }
    // Only the answers that count: those of shown questions.
    let shown = wizard::shown_questions(catalogue, &state.answers);
    let mut answers: Vec<String> = Vec::new();
    for (q, question) in catalogue.questions.iter().enumerate() {
        if !shown.contains(&q) {
            continue;
        }
        for a in state.answers.chosen(q) {
            if let Some(answer) = question.answers.get(a) {
                let mut s = String::from(question.id);
                s.push('.');
                s.push_str(answer.id);
                answers.push(s);
            }
        }
    }
    list(&mut out, "a", &mut answers.iter().map(|a| a.as_str()));
    let step = match state.step {
        Some(Step::Results) => Some("results"),
        Some(Step::Question(q)) => catalogue.questions.get(q).map(|x| x.id),
        None => None,
    };
    list(&mut out, "step", &mut step.into_iter());
    if state.sort_by_fit {
        key(&mut out, "sort");
        out.push_str("fit");
    }
    let models = |ids: &[usize]| -> Vec<&str> {
        ids.iter()
            .filter_map(|&i| catalogue.models.get(i))
            .map(|m| m.id)
            .collect()
    };
    list(&mut out, "cmp", &mut models(&state.compare).into_iter());
    let r = &state.record;
    list(
        &mut out,
        "dec",
        &mut models(r.choice.as_slice()).into_iter(),
    );
    if r.status != Status::default() {
        key(&mut out, "status");
        out.push_str(r.status.id());
    }
    for (k, text) in [
        ("date", &r.date),
        ("why", &r.why),
        ("revisit", &r.revisit),
        ("review", &r.review),
    ] {
        if !text.is_empty() {
            key(&mut out, k);
            out.push_str(&percent_encode(text));
        }
    }
    if let Some(c) = &state.check
        && let Some(m) = catalogue.models.get(c.model)
    {
        key(&mut out, "check");
        out.push_str(m.id);
        let answers = crate::checkup::write_answers(&c.answers);
        if !answers.is_empty() {
            key(&mut out, "signs");
            out.push_str(&answers);
        }
        if c.result {
            key(&mut out, "verdict");
            out.push_str(if c.record { "record" } else { "shown" });
        }
    }
    if !state.who.is_empty() {
        key(&mut out, "who");
        out.push_str(&percent_encode(&state.who));
    }
    if !state.people.is_empty() {
        key(&mut out, "p");
        out.push_str(&fingerprint(catalogue));
        for person in &state.people {
            out.push(',');
            out.push_str(&person_code(catalogue, &person.answers));
            if !person.name.is_empty() {
                out.push('~');
                out.push_str(&percent_encode(&person.name));
            }
        }
    }
    out
}
