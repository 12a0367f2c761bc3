//! Reading a hash into a [`UrlState`], with a notice for every part that could not be understood.

use super::people::parse_people;
use super::{
    Check, MAX_COMPARE, MAX_HASH_LEN, MAX_QUERY_LEN, Parsed, Step, UrlState, View, percent_decode,
};
use crate::checkup;
use crate::filter::Facet;
use crate::group::{self, MAX_NAME_LEN, MAX_NOTE_LEN, Status};
use crate::text;
use crate::types::Catalogue;
use crate::wizard::{self, Answers};

/// Notes a problem that names a value: `before "value" after`, the value cut to 24 characters.
fn problem(problems: &mut Vec<String>, before: &str, value: &str, after: &str) {
    let mut t = String::from(before);
    t.push('"');
    t.extend(value.chars().take(24));
    if value.chars().nth(24).is_some() {
        t.push('…');
    }
    t.push('"');
    t.push_str(after);
    problems.push(t);
}

/// Parses a location hash (with or without the leading `#`) against a catalogue.
pub fn parse(hash: &str, catalogue: &Catalogue) -> Parsed {
    let mut state = UrlState {
        answers: Answers::empty(catalogue.questions.len()),
        ..UrlState::default()
    };
    let mut problems = Vec::new();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.is_empty() {
        return Parsed { state, problems };
    }
    if hash.len() > MAX_HASH_LEN {
        let mut t = String::from("the link has ");
        text::push_num(&mut t, hash.len());
        t.push_str(" characters, more than the 2048 a link here may have");
        problems.push(t);
        return Parsed { state, problems };
    }
    let mut step_raw = None;
    // The check-up's model (`Some(None)`: named, but unknown), its answers, and whether its result is shown.
    let (mut check, mut signs, mut verdict, mut record) = (None, None, false, false);
    for pair in hash.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        if key == "p" {
            parse_people(raw, catalogue, &mut state.people, &mut problems);
            continue;
        }
        let Some(value) = percent_decode(raw) else {
            problem(&mut problems, "", key, " is not readable");
            continue;
        };
        match key {
            "view" => match View::from_id(&value) {
                Some(view) => state.view = view,
                None => problem(&mut problems, "unknown view ", &value, ""),
            },
            "q" => state.query = value.chars().take(MAX_QUERY_LEN).collect(),
            "open" => match catalogue.model_index(&value) {
                Some(i) => state.open = Some(i),
                None => problem(&mut problems, "no model is called ", &value, ""),
            },
            "sort" => match value.as_str() {
                "fit" => state.sort_by_fit = true,
                _ => problem(&mut problems, "unknown sort ", &value, ""),
            },
            "cmp" => {
                for id in value.split(',').filter(|v| !v.is_empty()) {
                    match catalogue.model_index(id) {
                        Some(i)
                            if !state.compare.contains(&i) && state.compare.len() < MAX_COMPARE =>
                        {
                            state.compare.push(i)
                        }
                        Some(_) => problem(
                            &mut problems,
                            "",
                            id,
                            " cannot be compared twice or as a fourth model",
                        ),
                        None => problem(&mut problems, "no model is called ", id, ""),
                    }
                }
            }
            "a" => parse_answers(&value, catalogue, &mut state.answers, &mut problems),
            "dec" => match catalogue.model_index(&value) {
                Some(i) => state.record.choice = Some(i),
                None => problem(&mut problems, "no model is called ", &value, ""),
            },
            "status" => match Status::from_id(&value) {
                Some(s) => state.record.status = s,
                None => problem(&mut problems, "unknown status ", &value, ""),
            },
            "date" if group::is_date(&value) => state.record.date = value,
            "date" => problem(&mut problems, "", &value, " is not a date"),
            "who" => state.who = group::cut(&value, MAX_NAME_LEN),
            "why" => state.record.why = group::cut(&value, MAX_NOTE_LEN),
            "revisit" => state.record.revisit = group::cut(&value, MAX_NOTE_LEN),
            "review" if group::is_date(&value) => state.record.review = value,
            "review" => problem(&mut problems, "", &value, " is not a date"),
            "step" => step_raw = Some(value),
            "check" => {
                check = Some(catalogue.model_index(&value));
                if check == Some(None) {
                    problem(&mut problems, "no model is called ", &value, "");
                }
            }
            "signs" => signs = Some(value),
            "verdict" => {
                verdict = true;
                record = value == "record";
            }
            _ => match Facet::from_key(key) {
                Some(facet) => {
                    for v in value.split(',').filter(|v| !v.is_empty()) {
                        match facet.value_index(v) {
                            Some(i) => state.filters.set(facet, i, true),
                            None => {
                                let before = text::cat(&["unknown ", facet.key(), " filter "]);
                                problem(&mut problems, &before, v, "")
                            }
                        }
                    }
                }
                None => problem(&mut problems, "unknown setting ", key, ""),
            },
        }
    }
    let before = state.answers.clone();
    state.answers.prune(catalogue);
    if state.answers != before {
        problems.push("answers to questions that do not apply were dropped".to_string());
    }
    if let Some(Some(model)) = check {
        let n = checkup::signs_of(catalogue, model).len();
        let answers = match signs.as_deref().map(|s| checkup::read_answers(s, n)) {
            Some(Some(a)) => a,
            Some(None) => {
                problem(
                    &mut problems,
                    "the check-up's answers ",
                    signs.as_deref().unwrap_or_default(),
                    "",
                );
                vec![checkup::Answer::Unsure; n]
            }
            None => vec![checkup::Answer::Unsure; n],
        };
        state.check = Some(Check {
            model,
            answers,
            result: verdict,
            record,
        });
    } else if check.is_none() && (signs.is_some() || verdict) {
        problems.push("a check-up without its model".to_string());
    }
    if let Some(step) = step_raw {
        if step == "results" {
            if wizard::is_complete(catalogue, &state.answers) {
                state.step = Some(Step::Results);
            } else {
                problems.push("some answers are missing for the results".to_string());
            }
        } else {
            match catalogue.questions.iter().position(|q| q.id == step) {
                Some(q) if wizard::is_shown(catalogue, &state.answers, q) => {
                    state.step = Some(Step::Question(q))
                }
                _ => problem(&mut problems, "unknown question ", &step, ""),
            }
        }
    }
    Parsed { state, problems }
}

fn parse_answers(
    value: &str,
    catalogue: &Catalogue,
    answers: &mut Answers,
    problems: &mut Vec<String>,
) {
    for item in value.split(',').filter(|v| !v.is_empty()) {
        let found = item.split_once('.').and_then(|(q, a)| {
            let qi = catalogue.questions.iter().position(|x| x.id == q)?;
            let ai = catalogue.questions[qi]
                .answers
                .iter()
                .position(|x| x.id == a)?;
            Some((qi, ai))
        });
        match found {
            Some((q, a)) if !answers.is_answered(q) => answers.0[q] = 1 << a,
            Some((q, a)) => {
                let question = &catalogue.questions[q];
                let unsure = question.answers[a].unsure
                    || answers.chosen(q).any(|x| question.answers[x].unsure);
                let count = answers.chosen(q).count();
                if !answers.has(q, a) && (unsure || count >= usize::from(question.max_choices)) {
                    problem(problems, "too many answers to ", question.id, "");
                } else {
                    answers.0[q] |= 1 << a;
                }
            }
            None => problem(problems, "unknown answer ", item, ""),
        }
    }
}
