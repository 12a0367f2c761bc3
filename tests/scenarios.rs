//! Wizard scenario tests: real situations must rank the models Rubick's guidance points to, and every
//! model must be reachable in the top 3 from some answers (scenarios live in data/scenarios.toml).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use coordination_models::data::CATALOGUE;
use coordination_models::wizard::{self, Answers};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    scenario: Vec<Scenario>,
    witness: Vec<Witness>,
}

#[derive(Deserialize)]
struct Scenario {
    name: String,
    situation: String,
    answers: BTreeMap<String, String>,
    top3_includes: Vec<String>,
    top3_excludes: Vec<String>,
}

#[derive(Deserialize)]
struct Witness {
    model: String,
    answers: BTreeMap<String, String>,
}

fn load() -> File {
    toml::from_str(include_str!("../data/scenarios.toml")).expect("data/scenarios.toml parses")
}

fn answers(map: &BTreeMap<String, String>, context: &str) -> Answers {
    let mut a = Answers::empty(CATALOGUE.questions.len());
    for (q, ans) in map {
        let qi = CATALOGUE
            .questions
            .iter()
            .position(|x| x.id == q)
            .unwrap_or_else(|| panic!("{context}: unknown question {q}"));
        let ai = CATALOGUE.questions[qi]
            .answers
            .iter()
            .position(|x| x.id == ans)
            .unwrap_or_else(|| panic!("{context}: unknown answer {q}.{ans}"));
        a.0[qi] = Some(ai);
    }
    let before = a.clone();
    a.prune(&CATALOGUE);
    assert_eq!(a, before, "{context}: answers a question that is not shown");
    a
}

fn top3(a: &Answers) -> Vec<&'static str> {
    wizard::rank(&CATALOGUE, a)
        .iter()
        .take(3)
        .map(|s| CATALOGUE.models[s.model].id)
        .collect()
}

#[test]
fn there_are_at_least_ten_scenarios_and_each_ranks_as_expected() {
    let file = load();
    assert!(
        file.scenario.len() >= 10,
        "only {} scenarios",
        file.scenario.len()
    );
    let mut failures = Vec::new();
    for s in &file.scenario {
        assert!(!s.situation.is_empty());
        let top = top3(&answers(&s.answers, &s.name));
        for m in &s.top3_includes {
            if !top.contains(&m.as_str()) {
                failures.push(format!("{}: expected {m} in top 3, got {top:?}", s.name));
            }
        }
        for m in &s.top3_excludes {
            if top.contains(&m.as_str()) {
                failures.push(format!("{}: {m} should not be in top 3 {top:?}", s.name));
            }
        }
        println!("{:<55} {}", s.name, top.join(", "));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_model_has_a_witness_that_puts_it_in_the_top_3() {
    let file = load();
    for m in CATALOGUE.models {
        let w = file
            .witness
            .iter()
            .find(|w| w.model == m.id)
            .unwrap_or_else(|| panic!("no witness for {}", m.id));
        let top = top3(&answers(&w.answers, &w.model));
        assert!(
            top.contains(&m.id),
            "witness for {} gives top 3 {top:?}",
            m.id
        );
    }
}

/// Enumerates every complete answer set (respecting only_if) and checks each model reaches the top 3.
#[test]
fn exhaustively_no_model_is_dead() {
    fn walk(q: usize, a: &mut Answers, reached: &mut [bool], sets: &mut usize) {
        if q == CATALOGUE.questions.len() {
            *sets += 1;
            for s in wizard::rank(&CATALOGUE, a).iter().take(3) {
                reached[s.model] = true;
            }
            return;
        }
        if !wizard::is_shown(&CATALOGUE, a, q) {
            return walk(q + 1, a, reached, sets);
        }
        for ans in 0..CATALOGUE.questions[q].answers.len() {
            a.0[q] = Some(ans);
            walk(q + 1, a, reached, sets);
        }
        a.0[q] = None;
    }
    let mut reached = vec![false; CATALOGUE.models.len()];
    let mut sets = 0;
    walk(
        0,
        &mut Answers::empty(CATALOGUE.questions.len()),
        &mut reached,
        &mut sets,
    );
    let dead: Vec<&str> = CATALOGUE
        .models
        .iter()
        .zip(&reached)
        .filter(|(_, r)| !**r)
        .map(|(m, _)| m.id)
        .collect();
    assert!(
        dead.is_empty(),
        "never in the top 3 over {sets} answer sets: {dead:?}"
    );
}

#[test]
fn not_sure_everywhere_moves_no_score() {
    let mut a = Answers::empty(CATALOGUE.questions.len());
    for (q, question) in CATALOGUE.questions.iter().enumerate() {
        if wizard::is_shown(&CATALOGUE, &a, q) {
            a.0[q] = question.answers.iter().position(|x| x.unsure);
        }
    }
    assert!(
        wizard::rank(&CATALOGUE, &a)
            .iter()
            .all(|s| s.score == 0 && s.raised_by.is_empty())
    );
}
