//! The reducer: wizard navigation, answers, jumps between cards, and URL restore.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use coordination_models::app::state::{Action, State};
use coordination_models::data::CATALOGUE;
use coordination_models::types::CatalogueRef;
use coordination_models::url::{self, Step, View};
use yew::Reducible;

fn fresh() -> Rc<State> {
    Rc::new(State::new(
        CatalogueRef(&CATALOGUE),
        url::parse("", &CATALOGUE).state,
    ))
}

fn apply(s: Rc<State>, actions: &[Action]) -> Rc<State> {
    actions.iter().cloned().fold(s, |s, a| s.reduce(a))
}

fn q(id: &str) -> usize {
    CATALOGUE.questions.iter().position(|x| x.id == id).unwrap()
}

fn a(qid: &str, aid: &str) -> Action {
    let qi = q(qid);
    Action::Answer(
        qi,
        CATALOGUE.questions[qi]
            .answers
            .iter()
            .position(|x| x.id == aid)
            .unwrap(),
    )
}

#[test]
fn next_without_an_answer_asks_for_one_and_stays() {
    let s = apply(fresh(), &[Action::SetView(View::Wizard), Action::Next]);
    assert!(s.missing_answer);
    assert_eq!(s.step(), Step::Question(0));
}

#[test]
fn next_and_back_walk_the_shown_questions_only() {
    let s = apply(
        fresh(),
        &[
            Action::SetView(View::Wizard),
            a("problem", "urgent"),
            Action::Next,
        ],
    );
    // alignment-kind is only shown for alignment problems, so it is skipped.
    assert_eq!(s.step(), Step::Question(q("priority")));
    let s = apply(s, &[Action::Back]);
    assert_eq!(s.step(), Step::Question(0));
}

#[test]
fn answering_everything_reaches_results_and_restart_clears() {
    let mut s = apply(fresh(), &[Action::SetView(View::Wizard)]);
    for _ in 0..20 {
        if let Step::Question(qi) = s.step() {
            let unsure = CATALOGUE.questions[qi]
                .answers
                .iter()
                .position(|x| x.unsure)
                .unwrap();
            s = apply(s, &[Action::Answer(qi, unsure), Action::Next]);
        }
    }
    assert_eq!(s.step(), Step::Results);
    assert!(s.has_results());
    let s = apply(s, &[Action::Restart]);
    assert!(!s.view.answers.any());
    assert_eq!(s.step(), Step::Question(0));
}

#[test]
fn changing_the_problem_hides_follow_up_answers_from_score_and_link_and_keeps_them_for_a_change_back()
 {
    use coordination_models::wizard::{is_shown, rank};
    let s = apply(
        fresh(),
        &[a("problem", "alignment"), a("alignment-kind", "goals")],
    );
    assert!(s.hash().contains("alignment-kind.goals"));
    let goals = CATALOGUE.model_index("goal-frameworks").unwrap();
    let score = |s: &State| {
        rank(&CATALOGUE, &s.view.answers)
            .iter()
            .find(|x| x.model == goals)
            .unwrap()
            .score
    };
    assert!(score(&s) > 0);
    let s = apply(s, &[a("problem", "urgent")]);
    assert!(!is_shown(&CATALOGUE, &s.view.answers, q("alignment-kind")));
    assert!(!s.hash().contains("alignment-kind"), "{}", s.hash());
    assert!(score(&s) <= 0, "a hidden answer moves no score");
    // Back to the first problem: the answer given before is still there.
    let s = apply(s, &[a("problem", "alignment")]);
    assert!(s.hash().contains("alignment-kind.goals"));
}

#[test]
fn jumping_to_a_card_shows_it_even_when_filters_hid_it() {
    let s = apply(fresh(), &[Action::SetQuery("zzz".into()), Action::Jump(3)]);
    assert_eq!(s.view.open, Some(3));
    assert!(s.view.query.is_empty());
    assert_eq!(s.card_jumps, 1);
}

#[test]
fn restoring_a_bad_link_sets_a_notice() {
    let s = apply(
        fresh(),
        &[Action::Restore(url::parse("#open=nope", &CATALOGUE))],
    );
    assert!(
        s.notice
            .as_deref()
            .unwrap_or("")
            .contains("could not be used")
    );
    let s = apply(s, &[Action::DismissNotice]);
    assert!(s.notice.is_none());
}

#[test]
fn an_action_that_changes_nothing_keeps_the_same_state() {
    let s = fresh();
    let t = s.clone().reduce(Action::Close);
    assert!(Rc::ptr_eq(&s, &t));
}

#[test]
fn the_question_count_never_grows_as_answers_come_in() {
    use coordination_models::wizard::possible_questions;
    let before = possible_questions(&CATALOGUE, &fresh().view.answers).len();
    assert_eq!(before, CATALOGUE.questions.len());
    let mut s = apply(
        fresh(),
        &[
            Action::SetView(View::Wizard),
            a("problem", "urgent"),
            Action::Next,
        ],
    );
    let mut last = possible_questions(&CATALOGUE, &s.view.answers).len();
    assert!(last < before);
    // Answer each question in turn (the first answer, so follow-up questions appear) and count again.
    for _ in 0..20 {
        let Step::Question(qi) = s.step() else { break };
        s = apply(s, &[Action::Answer(qi, 0), Action::Next]);
        let now = possible_questions(&CATALOGUE, &s.view.answers).len();
        assert!(now <= last, "the count grew from {last} to {now}");
        last = now;
    }
    assert_eq!(s.step(), Step::Results);
    assert_eq!(
        last,
        coordination_models::wizard::shown_questions(&CATALOGUE, &s.view.answers).len()
    );
}

fn toggle(qid: &str, aid: &str) -> Action {
    let Action::Answer(q, a) = a(qid, aid) else {
        unreachable!()
    };
    Action::Toggle(q, a)
}

#[test]
fn the_problem_takes_up_to_two_symptoms_and_not_sure_stands_alone() {
    let p = q("problem");
    let s = apply(
        fresh(),
        &[toggle("problem", "urgent"), toggle("problem", "dependency")],
    );
    assert_eq!(s.view.answers.chosen(p).count(), 2);
    // A third symptom is refused; the first two stay.
    let s = apply(s, &[toggle("problem", "handoffs")]);
    assert_eq!(s.view.answers.chosen(p).count(), 2);
    assert!(!s.view.answers.has(p, 5));
    // Both symptoms' follow-up questions are shown.
    assert!(coordination_models::wizard::is_shown(
        &CATALOGUE,
        &s.view.answers,
        q("work")
    ));
    // "Not sure" replaces the symptoms, and a symptom replaces "not sure".
    let s = apply(s, &[toggle("problem", "unsure")]);
    assert_eq!(s.view.answers.chosen(p).count(), 1);
    let s = apply(s, &[toggle("problem", "information")]);
    let chosen: Vec<usize> = s.view.answers.chosen(p).collect();
    assert_eq!(chosen.len(), 1);
    assert_eq!(CATALOGUE.questions[p].answers[chosen[0]].id, "information");
    // Toggling a chosen symptom removes it.
    let s = apply(s, &[toggle("problem", "information")]);
    assert!(!s.view.answers.is_answered(p));
}
