//! Wizard scenarios: real situations rank the models Rubick's writing points to (data/scenarios.toml), every model
//! has a witness answer set that puts it in the top 3, and every reason and preference names its source.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers, load, top3};
use coordination_models::data::CATALOGUE;
use coordination_models::wizard::{self, Answers};

#[test]
fn every_scenario_ranks_as_expected() {
    let file = load();
    assert!(
        file.scenario.len() >= 20,
        "only {} scenarios",
        file.scenario.len()
    );
    let mut failures = Vec::new();
    for s in &file.scenario {
        assert!(!s.situation.is_empty());
        if let Some(basis) = &s.basis {
            assert!(
                basis.starts_with("rubick") || basis.starts_with("ours"),
                "{}: basis must say whose reading it is (\"rubick: ...\" or \"ours: ...\")",
                s.name
            );
        }
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
        if let Some(first) = &s.first
            && top[0] != first
        {
            failures.push(format!("{}: expected {first} first, got {top:?}", s.name));
        }
        println!("{:<60} {}", s.name, top.join(", "));
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

#[test]
fn not_sure_everywhere_moves_no_score() {
    let mut a = Answers::empty(CATALOGUE.questions.len());
    for (q, question) in CATALOGUE.questions.iter().enumerate() {
        if wizard::is_shown(&CATALOGUE, &a, q) {
            a.0[q] = 1 << question.answers.iter().position(|x| x.unsure).unwrap();
        }
    }
    assert!(
        wizard::rank(&CATALOGUE, &a)
            .iter()
            .all(|s| s.score == 0 && s.raised_by.is_empty())
    );
}

#[test]
fn every_reason_and_preference_cites_a_source_and_preferences_cite_rubick() {
    use coordination_models::types::SourceKind;
    for q in CATALOGUE.questions {
        for a in q.answers {
            for e in a.effects {
                assert!(
                    !e.src.is_empty(),
                    "{}.{}: a reason without a source",
                    q.id,
                    a.id
                );
            }
        }
    }
    for p in CATALOGUE.preferences {
        assert!(
            p.src
                .iter()
                .any(|&s| CATALOGUE.source(s).kind == SourceKind::Rubick),
            "a preference must cite one of Rubick's posts"
        );
    }
}
