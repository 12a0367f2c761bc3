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
        let signs = signs_of(&CATALOGUE, m);
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
        let signs = signs_of(&CATALOGUE, m);
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
                s.ask
            );
        }
    }
}

#[test]
fn every_move_names_another_existing_model_and_each_warning_says_what_to_do() {
    for s in CATALOGUE.signs {
        if let Some((to, _)) = s.moves {
            assert!(to < CATALOGUE.models.len() && to != s.model, "{}", s.ask);
        }
        if !s.warning {
            assert!(
                s.tune.is_none() && s.moves.is_none(),
                "healthy sign {} has no tune or move",
                s.ask
            );
        }
    }
    // Most warnings say what to change or where to go.
    let warnings = CATALOGUE.signs.iter().filter(|s| s.warning).count();
    let guided = CATALOGUE
        .signs
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
    let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/catalogue.toml"))
        .unwrap();
    let compiled = catalogue_compiler::parse("data/catalogue.toml", &data).expect("valid data");
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
        let signs = signs_of(&CATALOGUE, m);
        // The app knows signs by position; their ids are the data file's.
        let ids: Vec<&str> = compiled
            .signs
            .iter()
            .filter(|s| s.model == m)
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids.len(), signs.len());
        for id in k.yes.iter().chain(&k.unsure) {
            assert!(ids.contains(&id.as_str()), "{}: no sign {id}", k.name);
        }
        let answers: Vec<Answer> = ids
            .iter()
            .map(|id| {
                if k.yes.iter().any(|y| y == id) {
                    Answer::Yes
                } else if k.unsure.iter().any(|u| u == id) {
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

mod links_and_actions {
    use std::rc::Rc;

    use coordination_models::app::state::{Action, State};
    use coordination_models::checkup::Answer;
    use coordination_models::data::CATALOGUE;
    use coordination_models::report;
    use coordination_models::types::CatalogueRef;
    use coordination_models::url::{self, View};
    use yew::Reducible;

    fn fresh() -> Rc<State> {
        Rc::new(State::new(
            CatalogueRef(&CATALOGUE),
            url::parse("", &CATALOGUE).state,
        ))
    }

    #[test]
    fn a_check_up_lives_in_the_link_and_reopens() {
        let liaison = CATALOGUE.model_index("liaison").unwrap();
        let s = fresh()
            .reduce(Action::Check(liaison))
            .reduce(Action::Sign(0, Answer::Yes))
            .reduce(Action::Sign(2, Answer::No))
            .reduce(Action::CheckResult(true));
        let hash = s.hash();
        assert_eq!(hash, "view=checkup&check=liaison&signs=yun&verdict=shown");
        let back = url::parse(&hash, &CATALOGUE);
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!(back.state, s.view);
        // Another model starts afresh; the same model keeps its answers.
        let same = s.clone().reduce(Action::Check(liaison));
        assert_eq!(same.view.check, s.view.check);
        let other = s.clone().reduce(Action::Check(liaison + 1));
        let check = other.view.check.clone().unwrap();
        assert!(check.answers.iter().all(|a| *a == Answer::Unsure) && !check.result);
        // Choosing another model goes back to the picker.
        let picker = s.reduce(Action::CheckOther);
        assert_eq!(
            (picker.view.view, picker.view.check.clone()),
            (View::Checkup, None)
        );
        assert_eq!(picker.hash(), "view=checkup");
    }

    #[test]
    fn garbled_check_up_links_are_dropped_with_a_notice() {
        for (hash, kept_model) in [
            ("view=checkup&check=nope&signs=yy", false),
            ("view=checkup&check=liaison&signs=yxz", true),
            ("view=checkup&check=liaison&signs=yyyyyyyyy", true),
            ("view=checkup&signs=yy&verdict=shown", false),
        ] {
            let p = url::parse(hash, &CATALOGUE);
            assert_eq!(p.problems.len(), 1, "{hash}: {:?}", p.problems);
            assert_eq!(p.state.view, View::Checkup, "{hash}");
            assert_eq!(p.state.check.is_some(), kept_model, "{hash}");
            if let Some(c) = p.state.check {
                assert!(c.answers.iter().all(|a| *a == Answer::Unsure), "{hash}");
            }
        }
    }

    #[test]
    fn the_markdown_copy_leads_with_the_verdict_and_keeps_every_part() {
        let sp = CATALOGUE.model_index("service-provider").unwrap();
        let signs = coordination_models::checkup::signs_of(&CATALOGUE, sp);
        // Every warning shows and no healthy sign holds: consider moving.
        let answers: Vec<Answer> = signs
            .iter()
            .map(|s| if s.warning { Answer::Yes } else { Answer::No })
            .collect();
        let md = report::checkup_markdown(&CATALOGUE, sp, &answers, "https://example.org/#x");
        let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("no {s:?} in\n{md}"));
        assert!(
            md.starts_with("# Check-up: Service provider\n\n## Consider moving\n"),
            "{md}"
        );
        assert!(at("## Our answers") < at("## Warning signs that showed"));
        assert!(at("## Warning signs that showed") < at("## What to tune inside the model"));
        assert!(at("## What to tune inside the model") < at("## Where to move"));
        assert!(at("## Where to move") < at("Reopen this check-up: https://example.org/#x"));
        assert!(!md.contains("## What looks healthy"));
        for s in signs {
            assert!(md.contains(s.ask), "{}", s.ask);
        }
        assert!(md.contains("_(ours)_") || md.contains("_(Rubick"), "{md}");
    }

    #[test]
    fn a_decision_record_starts_from_the_result_and_lives_in_the_link() {
        let sp = CATALOGUE.model_index("service-provider").unwrap();
        let n = coordination_models::checkup::signs_of(&CATALOGUE, sp).len();
        let mut s = fresh().reduce(Action::Check(sp));
        for (i, sign) in coordination_models::checkup::signs_of(&CATALOGUE, sp)
            .iter()
            .enumerate()
        {
            s = s.reduce(Action::Sign(
                i,
                if sign.warning {
                    Answer::Yes
                } else {
                    Answer::No
                },
            ));
        }
        let s = s
            .reduce(Action::CheckResult(true))
            .reduce(Action::CheckRecord("2026-12-07".into()));
        let check = s.view.check.clone().unwrap();
        assert!(check.result && check.record && check.answers.len() == n);
        assert_eq!(
            (s.view.record.date.as_str(), s.view.record.review.as_str()),
            ("2026-12-07", "2027-03-08")
        );
        let hash = s.hash();
        assert!(
            hash.starts_with("view=checkup&") && hash.contains("&verdict=record"),
            "{hash}"
        );
        let back = url::parse(&hash, &CATALOGUE);
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!(back.state, s.view);
        // Back to the result: the record's fields stay in the state, the screen is the result's.
        let result = s.clone().reduce(Action::CheckResult(true));
        let c = result.view.check.clone().unwrap();
        assert!(c.result && !c.record);
        assert_eq!(result.view.record, s.view.record);
        // Without a check-up there is nothing to start a record from.
        let none = fresh().reduce(Action::CheckRecord("2026-12-07".into()));
        assert_eq!(none.view, fresh().view);
    }

    #[test]
    fn the_record_decides_by_the_verdict_unless_the_reader_chose_one_of_its_options() {
        use coordination_models::checkup::{record_choice, record_options};
        let sp = CATALOGUE.model_index("service-provider").unwrap();
        let signs = coordination_models::checkup::signs_of(&CATALOGUE, sp);
        let worst: Vec<Answer> = signs
            .iter()
            .map(|s| if s.warning { Answer::Yes } else { Answer::No })
            .collect();
        let best: Vec<Answer> = signs
            .iter()
            .map(|s| if s.warning { Answer::No } else { Answer::Yes })
            .collect();
        let moving = coordination_models::checkup::outcome(&signs, &worst);
        let keeping = coordination_models::checkup::outcome(&signs, &best);
        assert_eq!(moving.verdict, coordination_models::checkup::Verdict::Move);
        let options = record_options(sp, &moving);
        assert_eq!(options[0], sp);
        assert_eq!(&options[1..], &moving.moves[..]);
        assert_eq!(record_choice(sp, &moving, None), moving.moves[0]);
        assert_eq!(record_choice(sp, &keeping, None), sp);
        assert_eq!(record_choice(sp, &moving, Some(sp)), sp);
        // A choice that is not an option (a wizard record's model, say) falls back to the verdict's.
        let stranger = (0..CATALOGUE.models.len())
            .find(|m| !options.contains(m))
            .unwrap();
        assert_eq!(record_choice(sp, &moving, Some(stranger)), moving.moves[0]);
        assert_eq!(record_options(sp, &keeping), vec![sp]);
    }

    #[test]
    fn the_record_markdown_has_the_check_up_as_its_context() {
        let sp = CATALOGUE.model_index("service-provider").unwrap();
        let signs = coordination_models::checkup::signs_of(&CATALOGUE, sp);
        let mut view = url::parse(
            "view=checkup&check=service-provider&verdict=record",
            &CATALOGUE,
        )
        .state;
        view.check.as_mut().unwrap().answers = signs
            .iter()
            .map(|s| if s.warning { Answer::Yes } else { Answer::No })
            .collect();
        view.record.why = "Queue <b>too</b> long".into();
        let md = report::checkup_record_markdown(&CATALOGUE, &view, "https://example.org/#r");
        let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("no {s:?} in\n{md}"));
        assert!(md.starts_with("# Decision record: "), "{md}");
        assert!(at("## Context") < at("A check-up of Service provider, the model the teams use."));
        assert!(at("the model the teams use.") < at("### Consider moving"));
        assert!(at("### Consider moving") < at("### Our answers"));
        assert!(at("### Our answers") < at("### Where to move"));
        assert!(at("### Where to move") < at("## Decision"));
        assert!(at("## Decision") < at("## Consequences"));
        assert!(at("## Consequences") < at("## When to revisit"));
        assert!(at("## When to revisit") < at("Reopen this record: https://example.org/#r"));
        assert!(!md.contains("Reopen this check-up"), "{md}");
        for s in &signs {
            assert!(md.contains(s.ask), "{}", s.ask);
        }
        assert!(md.contains("We chose to move to **"), "{md}");
        assert!(
            md.contains("**Watch out:**"),
            "a move's consequences are the new model's: {md}"
        );
        assert!(!md.contains("<b>"), "the reader's note is escaped: {md}");
    }
}
