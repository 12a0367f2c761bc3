//! The results' lead: the verdict, fit in words, tie-aware ranks, and honesty when the answers say little.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use coordination_models::data::CATALOGUE;
use coordination_models::report;
use coordination_models::verdict::{self, Fit, Verdict};
use coordination_models::wizard::{self, Answers, Reason, Scored};

/// Every shown question answered "not sure".
fn all_unsure() -> Answers {
    let c = &CATALOGUE;
    let mut a = Answers::empty(c.questions.len());
    for _ in 0..c.questions.len() {
        for q in wizard::shown_questions(c, &a) {
            if a.0[q] == 0 {
                let unsure = c.questions[q]
                    .answers
                    .iter()
                    .position(|x| x.unsure)
                    .expect("unsure");
                a.0[q] = 1 << unsure;
            }
        }
    }
    a
}

#[test]
fn not_sure_everywhere_is_no_signal_and_names_the_deciding_question() {
    let c = &CATALOGUE;
    let a = all_unsure();
    let ranked = wizard::rank(c, &a);
    let v = verdict::verdict(c, &a, &ranked);
    let Verdict::NoSignal { separate } = &v else {
        panic!("{v:?}")
    };
    assert!(
        separate.contains(&0),
        "the problem question decides most: {separate:?}"
    );
    assert!(separate.len() <= 2);
    let md = report::results_markdown(c, &a, "#");
    assert!(
        md.contains("Your answers don't point to a model yet"),
        "{md}"
    );
    assert!(
        md.contains("“What problem are you trying to solve?”"),
        "{md}"
    );
    // Catalogue order is not presented as a ranking.
    assert!(
        !md.contains("## Top three") && !md.contains("### 1."),
        "{md}"
    );
}

#[test]
fn every_scenario_leads_with_its_top_model_in_words() {
    let c = &CATALOGUE;
    let file = common::load();
    let mut leads = 0;
    for s in &file.scenario {
        let a = common::answers(&s.answers, &s.name);
        let ranked = wizard::rank(c, &a);
        match verdict::verdict(c, &a, &ranked) {
            Verdict::Lead { model, fit, .. } => {
                leads += 1;
                assert_eq!(model, ranked[0].model, "{}", s.name);
                assert_ne!(fit, Fit::Poor, "{}", s.name);
                let md = report::results_markdown(c, &a, "#");
                let head = format!(
                    "Best fit: {}, a {} for your answers.",
                    c.models[model].name,
                    fit.label()
                );
                assert!(md.contains(&head), "{}: {md}", s.name);
            }
            Verdict::Tie { models, .. } => {
                assert!(
                    models.len() > 1 && models.contains(&ranked[0].model),
                    "{}",
                    s.name
                );
            }
            Verdict::NoSignal { .. } => {
                panic!("{}: a real situation has something to go on", s.name)
            }
        }
    }
    assert!(leads >= 20, "only {leads} scenarios lead with one model");
}

fn scored(model: usize, score: i32) -> Scored {
    let effect = CATALOGUE.questions[0].answers[0].effects[0];
    Scored {
        model,
        score,
        raised_by: vec![Reason {
            question: 0,
            answer: 0,
            effect,
        }],
        lowered_by: Vec::new(),
    }
}

#[test]
fn ties_are_labelled_as_ties_and_the_verdict_says_so() {
    let ranked = vec![
        scored(3, 5),
        scored(7, 5),
        scored(1, 2),
        scored(2, 2),
        scored(4, 1),
    ];
    assert_eq!(verdict::rank_labels(&ranked), ["=1", "=1", "=3", "=3", "5"]);
    let a = Answers::empty(CATALOGUE.questions.len());
    let v = verdict::verdict(&CATALOGUE, &a, &ranked);
    assert!(
        matches!(&v, Verdict::Tie { models, .. } if models == &[3, 7]),
        "{v:?}"
    );
    let head = report::verdict_headline(&CATALOGUE, &v);
    assert!(
        head.starts_with("A tie: ") && head.contains("not advice"),
        "{head}"
    );
}

#[test]
fn fit_reads_in_words_relative_to_the_best() {
    assert_eq!(Fit::of(8, 8), Fit::Strong);
    assert_eq!(Fit::of(6, 8), Fit::Strong);
    assert_eq!(Fit::of(5, 8), Fit::Good);
    assert_eq!(Fit::of(4, 4), Fit::Good);
    assert_eq!(Fit::of(2, 4), Fit::Possible);
    assert_eq!(Fit::of(2, 8), Fit::Poor);
    assert_eq!(Fit::of(0, 3), Fit::Poor);
    assert_eq!(Fit::of(-1, 3), Fit::Poor);
    assert_eq!(Fit::Good.label(), "good fit");
}
