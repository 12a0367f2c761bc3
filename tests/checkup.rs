//! The check-ups: every answer set of every model's check-up gives a verdict, every sign can change it, every move
//! names another model, and the kept situations of data/scenarios.toml get the verdict his posts lead one to expect.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::checkup::{
    self, Answer, Verdict, outcome, read_answers, signs_of, write_answers,
};
use coordination_models::data::CATALOGUE;
use serde::Deserialize;

/// Every answer set of `n` signs (3^n of them).
fn all_answer_sets(n: usize) -> Vec<Vec<Answer>> {
    let mut sets = vec![Vec::new()];
    for _ in 0..n {
        sets = sets
            .into_iter()
            .flat_map(|s| {
                Answer::ALL.map(|a| {
                    let mut s = s.clone();
                    s.push(a);
                    s
                })
            })
            .collect();
    }
    sets
}

#[test]
fn every_model_has_a_check_up_and_every_answer_set_gives_a_verdict() {
    let mut sets = 0;
    for (m, model) in CATALOGUE.models.iter().enumerate() {
        let signs = signs_of(checkup::SIGNS, m);
        assert!(
            (3..=8).contains(&signs.len()),
            "{}: {} signs",
            model.id,
            signs.len()
        );
        for answers in all_answer_sets(signs.len()) {
            let o = outcome(&signs, &answers);
            sets += 1;
            // The lists add up to the answers.
            let yes = answers.iter().filter(|a| **a == Answer::Yes).count();
            assert_eq!(o.healthy.len() + o.warnings.len(), yes, "{}", model.id);
            assert_eq!(
                o.unsure,
                answers.iter().filter(|a| **a == Answer::Unsure).count()
            );
            // Consider moving only with a model to move to; keep only with nothing against it.
            assert_eq!(
                o.verdict == Verdict::Move,
                !o.moves.is_empty() && o.verdict == Verdict::Move
            );
            if o.verdict == Verdict::Keep {
                assert!(
                    o.warnings.is_empty() && o.missing.is_empty(),
                    "{}",
                    model.id
                );
            }
            // The link holds the answers.
            let link = write_answers(&answers);
            assert_eq!(
                read_answers(&link, signs.len()).as_deref(),
                Some(&answers[..])
            );
        }
    }
    assert!(sets > 27 * 200, "{sets} answer sets");
}

#[test]
fn every_sign_can_change_the_verdict() {
    for (m, model) in CATALOGUE.models.iter().enumerate() {
        let signs = signs_of(checkup::SIGNS, m);
        // The best case: every warning absent, every healthy sign there; then one sign turned around.
        let best: Vec<Answer> = signs
            .iter()
            .map(|s| if s.warning { Answer::No } else { Answer::Yes })
            .collect();
        assert_eq!(
            outcome(&signs, &best).verdict,
            Verdict::Keep,
            "{}",
            model.id
        );
        for (i, s) in signs.iter().enumerate() {
            let mut turned = best.clone();
            turned[i] = if s.warning { Answer::Yes } else { Answer::No };
            assert_ne!(
                outcome(&signs, &turned).verdict,
                Verdict::Keep,
                "{} sign {}",
                model.id,
                s.id
            );
        }
    }
}

#[test]
fn every_move_names_another_existing_model_and_each_warning_says_what_to_do() {
    for s in checkup::SIGNS {
        if let Some((to, _)) = s.moves {
            assert!(to < CATALOGUE.models.len() && to != s.model, "{}", s.id);
        }
        if !s.warning {
            assert!(
                s.tune.is_none() && s.moves.is_none(),
                "healthy sign {} has no tune or move",
                s.id
            );
        }
    }
    // Most warnings say what to change or where to go.
    let warnings = checkup::SIGNS.iter().filter(|s| s.warning).count();
    let guided = checkup::SIGNS
        .iter()
        .filter(|s| s.warning && (s.tune.is_some() || s.moves.is_some()))
        .count();
    assert!(
        guided * 4 >= warnings * 3,
        "{guided} of {warnings} warnings say what to do"
    );
}

#[test]
fn garbled_answer_links_read_as_nothing() {
    assert_eq!(read_answers("yx", 5), None);
    assert_eq!(read_answers("yyyyyy", 5), None);
    assert_eq!(read_answers("", 3), Some(vec![Answer::Unsure; 3]));
    assert_eq!(read_answers("nY", 3), None);
}

#[derive(Deserialize)]
struct Scenarios {
    checkup: Vec<Kept>,
}

#[derive(Deserialize)]
struct Kept {
    name: String,
    model: String,
    yes: Vec<String>,
    #[serde(default)]
    unsure: Vec<String>,
    verdict: String,
    #[serde(rename = "move")]
    moves: Option<String>,
    basis: String,
}

#[test]
fn kept_situations_get_the_verdict_his_posts_lead_one_to_expect() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/scenarios.toml"))
        .unwrap();
    let kept: Scenarios = toml::from_str(&text).unwrap();
    assert!(kept.checkup.len() >= 6);
    for k in kept.checkup {
        assert!(
            k.basis.starts_with("rubick: ") || k.basis.starts_with("ours: "),
            "{}",
            k.name
        );
        let m = CATALOGUE
            .model_index(&k.model)
            .unwrap_or_else(|| panic!("{}: model {}", k.name, k.model));
        let signs = signs_of(checkup::SIGNS, m);
        for id in k.yes.iter().chain(&k.unsure) {
            assert!(signs.iter().any(|s| s.id == id), "{}: no sign {id}", k.name);
        }
        let answers: Vec<Answer> = signs
            .iter()
            .map(|s| {
                if k.yes.iter().any(|y| y == s.id) {
                    Answer::Yes
                } else if k.unsure.iter().any(|u| u == s.id) {
                    Answer::Unsure
                } else {
                    Answer::No
                }
            })
            .collect();
        let o = outcome(&signs, &answers);
        let expected = match k.verdict.as_str() {
            "keep" => Verdict::Keep,
            "tune" => Verdict::Tune,
            "move" => Verdict::Move,
            v => panic!("{}: verdict {v}", k.name),
        };
        assert_eq!(o.verdict, expected, "{}", k.name);
        if let Some(to) = &k.moves {
            let to = CATALOGUE.model_index(to).unwrap();
            assert!(o.moves.contains(&to), "{}: offers {to}", k.name);
        }
    }
    let _ = checkup::Verdict::NotEnough.label();
}
