//! Deciding together: the combined ranking (Borda count) and the "would change" computation (brute force against
//! a small catalogue and sampled on the real one). The link format is in `group_link.rs`, the reducer and the
//! decision record in `group_record.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use common::{choices, complete, seeds};
use coordination_models::data::CATALOGUE;
use coordination_models::group;
use coordination_models::report;
use coordination_models::types::{
    Answer, Catalogue, Category, Claim, Duration, Effect, Model, Question, Scope, Source,
    SourceKind,
};
use coordination_models::wizard::{self, Answers};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------------------------
// A small catalogue: four models; a two-symptom problem question with a follow-up; two single-choice questions.

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Vec::leak(v)
}

fn model(id: &'static str) -> Model {
    let c = Claim {
        text: "x",
        src: &[0],
    };
    Model {
        id,
        name: id,
        category: Category::Team,
        post: None,
        draft: None,
        summary: c,
        what: &[],
        when_to_use: &[],
        when_not: &[],
        cost: &[],
        optimizes_for: c,
        watch_out: &[],
        how_to_start: &[],
        note: None,
        scope: &[Scope::Team],
        duration: Duration::LongLived,
        needs_reorg: false,
        hard_dependency: false,
        facet_src: [0; 4],
        related: &[],
    }
}

fn answer(id: &'static str, effects: &[(usize, i8)]) -> Answer {
    Answer {
        id,
        label: id,
        unsure: id == "unsure",
        effects: leak(
            effects
                .iter()
                .map(|&(model, delta)| Effect {
                    model,
                    delta,
                    reason: "r",
                    src: &[0],
                })
                .collect(),
        ),
    }
}

fn question(
    id: &'static str,
    max: u8,
    only_if: &'static [(usize, usize)],
    answers: Vec<Answer>,
) -> Question {
    Question {
        id,
        prompt: id,
        help: "",
        max_choices: max,
        generic: false,
        only_if,
        answers: leak(answers),
    }
}

fn small() -> &'static Catalogue {
    Box::leak(Box::new(Catalogue {
        sources: leak(vec![Source {
            id: "ours",
            kind: SourceKind::Ours,
            author: "",
            short: "our reading",
            title: "",
            url: "",
        }]),
        models: leak(vec![model("m0"), model("m1"), model("m2"), model("m3")]),
        questions: leak(vec![
            question(
                "problem",
                2,
                &[],
                vec![
                    answer("a", &[(0, 2), (1, 1)]),
                    answer("b", &[(1, 2)]),
                    answer("c", &[(2, 2), (3, 1)]),
                    answer("unsure", &[]),
                ],
            ),
            question(
                "follow",
                1,
                &[(0, 2)],
                vec![
                    answer("x", &[(3, 3)]),
                    answer("y", &[(0, -1)]),
                    answer("unsure", &[]),
                ],
            ),
            question(
                "size",
                1,
                &[],
                vec![
                    answer("s", &[(0, 1), (2, -1)]),
                    answer("l", &[(2, 1), (1, -1)]),
                    answer("unsure", &[]),
                ],
            ),
            question(
                "time",
                1,
                &[],
                vec![
                    answer("short", &[(1, 1)]),
                    answer("long", &[(3, 1), (0, 1)]),
                    answer("unsure", &[]),
                ],
            ),
        ]),
        preferences: &[],
        signs: &[],
    }))
}

/// Every complete answer set of a catalogue.
fn every_answer_set(c: &Catalogue) -> Vec<Answers> {
    let mut out = vec![Answers::empty(c.questions.len())];
    for q in 0..c.questions.len() {
        let mut next = Vec::new();
        for a in out {
            if wizard::is_shown(c, &a, q) {
                for bits in choices(c, q) {
                    let mut b = a.clone();
                    b.0[q] = bits;
                    next.push(b);
                }
            } else {
                next.push(a);
            }
        }
        out = next;
    }
    out
}

/// Whether `to` is one change away from `from` (the definition the issue gives, written independently of
/// `group::alternatives`): any other answer of a one-answer question; for a question that takes several,
/// "not sure", one answer instead of "not sure", or one answer swapped, added or dropped.
fn one_change(question: &Question, from: u16, to: u16) -> bool {
    if from == to {
        return false;
    }
    if question.max_choices <= 1 {
        return true;
    }
    let unsure: u16 = (0..question.answers.len())
        .filter(|&a| question.answers[a].unsure)
        .map(|a| 1 << a)
        .sum();
    let (f, t) = (from & !unsure, to & !unsure);
    if t == 0 || f == 0 {
        return t.count_ones() <= 1;
    }
    (f & !t).count_ones() <= 1 && (t & !f).count_ones() <= 1
}

/// The top of the full ranking, as the results screen shows it.
fn top(c: &Catalogue, a: &Answers) -> usize {
    wizard::rank(c, a)[0].model
}

/// Brute force: every one-change answer set whose ranking has another model first.
fn brute_force(c: &Catalogue, a: &Answers) -> BTreeSet<(usize, u16, usize)> {
    let now = top(c, a);
    let mut out = BTreeSet::new();
    for q in wizard::shown_questions(c, a) {
        for to in choices(c, q) {
            if one_change(&c.questions[q], a.0[q], to) {
                let mut b = a.clone();
                b.0[q] = to;
                b.prune(c);
                let t = top(c, &b);
                if t != now {
                    out.insert((q, to, t));
                }
            }
        }
    }
    out
}

fn as_set(changes: &[group::Change]) -> BTreeSet<(usize, u16, usize)> {
    changes
        .iter()
        .map(|c| (c.question, c.answer, c.top))
        .collect()
}

#[test]
fn would_change_matches_brute_force_on_every_answer_set_of_a_small_catalogue() {
    let c = small();
    let all = every_answer_set(c);
    assert!(all.len() > 100, "{} answer sets", all.len());
    let mut seen = 0;
    for a in &all {
        let (t, changes) = group::changes(c, std::slice::from_ref(a));
        assert_eq!(t, top(c, a), "the top model agrees with the ranking");
        assert_eq!(as_set(&changes), brute_force(c, a), "answers {:?}", a.0);
        assert!(changes.iter().all(|ch| ch.who.is_empty()));
        seen += changes.len();
    }
    assert!(
        seen > 0,
        "some answer sets have a change that moves the top"
    );
}

#[test]
fn borda_points_count_the_models_each_one_outranks() {
    let c = small();
    // Person 1: "a" alone, size s, time long: m0 2+1+1=4, m1 1, m2 -1, m3 1.
    let one = Answers(vec![0b1, 0, 0b1, 0b10]);
    // Person 2: "b" and "c", follow x, size l, time short: m0 0, m1 2-1+1=2, m2 2+1=3, m3 1+3=4.
    let two = Answers(vec![0b110, 0b1, 0b10, 0b1]);
    assert_eq!(group::scores(c, &one), vec![4, 1, -1, 1]);
    assert_eq!(group::scores(c, &two), vec![0, 2, 3, 4]);
    let ranking = group::combined(c, &[one.clone(), two.clone()]);
    let points: Vec<(usize, u32, i32)> =
        ranking.iter().map(|r| (r.model, r.points, r.fit)).collect();
    // m0: beats 3 for person 1, 0 for person 2 = 3; m1: 1 + 1 = 2; m2: 0 + 2 = 2; m3: 1 + 3 = 4.
    // m1 and m2 tie on points; m1 has the higher summed fit (3 against 2).
    assert_eq!(points, vec![(3, 4, 5), (0, 3, 4), (1, 2, 3), (2, 2, 2)]);
    assert_eq!(group::combined_top(c, &[one, two]), 3);
}

#[test]
fn one_person_combined_is_their_own_ranking() {
    let c = small();
    for a in every_answer_set(c) {
        let order: Vec<usize> = group::combined(c, std::slice::from_ref(&a))
            .iter()
            .map(|r| r.model)
            .collect();
        let rank: Vec<usize> = wizard::rank(c, &a).iter().map(|s| s.model).collect();
        assert_eq!(order, rank);
    }
}

#[test]
fn the_deciding_disagreement_is_the_one_that_moves_the_combined_top() {
    let c = small();
    // Both chose "a" for the problem and "long" time; they differ on size only.
    let one = Answers(vec![0b1, 0, 0b1, 0b10]);
    let two = Answers(vec![0b1, 0, 0b10, 0b10]);
    let people = [one.clone(), two.clone()];
    let (t, changes) = group::changes(c, &people);
    let deciding: Vec<&group::Change> = changes.iter().filter(|ch| !ch.who.is_empty()).collect();
    // Brute force: for the question they differ on, everyone giving each given answer.
    for bits in [0b1u16, 0b10] {
        let all: Vec<Answers> = people
            .iter()
            .map(|p| {
                let mut p = p.clone();
                p.0[2] = bits;
                p
            })
            .collect();
        let new_top = group::combined_top(c, &all);
        let listed = deciding
            .iter()
            .any(|ch| ch.question == 2 && ch.answer == bits);
        assert_eq!(listed, new_top != t, "size = {bits:b}");
        if listed {
            let who: Vec<usize> = (0..2).filter(|&i| people[i].0[2] == bits).collect();
            assert!(deciding.iter().any(|ch| ch.answer == bits && ch.who == who));
        }
    }
    assert!(
        deciding.iter().all(|ch| ch.question == 2),
        "only the size question is disputed"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// The real catalogue

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn would_change_matches_brute_force_on_the_real_catalogue(s in seeds()) {
        let a = complete(&s);
        let (t, changes) = group::changes(&CATALOGUE, std::slice::from_ref(&a));
        prop_assert_eq!(t, top(&CATALOGUE, &a));
        prop_assert_eq!(as_set(&changes), brute_force(&CATALOGUE, &a));
    }
}

#[test]
fn change_lines_say_what_would_put_another_model_first() {
    let a = complete(&[1; 16]);
    let (t, changes) = group::changes(&CATALOGUE, std::slice::from_ref(&a));
    let lines = report::change_lines(&CATALOGUE, &changes, &[String::new()]);
    if !changes.is_empty() {
        assert!(
            lines[0].starts_with("If you answered \u{201c}"),
            "{}",
            lines[0]
        );
        // Lines come real answers first, "not sure" last; each names the model that would come first.
        assert!(changes.iter().any(|c| c.top != t
            && lines[0].ends_with(&format!(
                "the top model would change to {}.",
                CATALOGUE.models[c.top].name
            ))));
        assert!(!lines[0].contains("Not sure"), "{}", lines[0]);
    }
    assert!(lines.len() <= report::SHOWN_CHANGES + 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Guiding the group: ties, "not asked", different problems

#[test]
fn models_with_the_same_points_share_a_place_and_each_person_ranks_them_on_their_own() {
    let c = small();
    let one = Answers(vec![0b1, 0, 0b1, 0b10]);
    let two = Answers(vec![0b110, 0b1, 0b10, 0b1]);
    let people = [one.clone(), two.clone()];
    let ranking = group::combined(c, &people);
    // Points 4, 3, 2, 2 (see above): m1 and m2 share the third place.
    assert_eq!(
        group::places(&ranking),
        vec![(1, false), (2, false), (3, true), (3, true)]
    );
    assert_eq!(report::tie_note(c, &ranking), None, "the top is not tied");
    // Person 1 scores m0..m3 4, 1, -1, 1: m1 and m3 share their second place. Person 2 scores 0, 2, 3, 4.
    assert_eq!(group::person_places(c, &people, 3), vec![2, 1]);
    assert_eq!(group::person_places(c, &people, 1), vec![2, 3]);
    // Two people with opposite rankings: everything ties on points, and the note says why the first is first.
    let flip = Answers(vec![0b100, 0b10, 0b10, 0b1]);
    let ranking = group::combined(c, &[one.clone(), flip]);
    let places = group::places(&ranking);
    if places[0].1 {
        let note = report::tie_note(c, &ranking).expect("a tie at the top is noted");
        assert!(note.starts_with("A tie: "), "{note}");
        assert!(note.contains(" share first place. "), "{note}");
    }
    // Every place is 1 + the number of models with more points.
    for (c1, (place, tied)) in ranking.iter().zip(&places) {
        assert_eq!(
            *place,
            1 + ranking.iter().filter(|x| x.points > c1.points).count()
        );
        assert_eq!(
            *tied,
            ranking.iter().filter(|x| x.points == c1.points).count() > 1
        );
    }
}

#[test]
fn a_tie_for_first_place_is_labelled_and_explained() {
    let c = small();
    let sets = every_answer_set(c);
    let mut ties = 0;
    for one in &sets {
        for two in &sets {
            let ranking = group::combined(c, &[one.clone(), two.clone()]);
            let places = group::places(&ranking);
            let note = report::tie_note(c, &ranking);
            assert_eq!(note.is_some(), places[0].1, "{ranking:?}");
            let Some(note) = note else { continue };
            ties += 1;
            assert_eq!(places[1], (1, true));
            let first = c.models[ranking[0].model].name;
            assert!(note.starts_with("A tie: "), "{note}");
            assert!(note.contains(" share first place. "), "{note}");
            let because = if ranking[1].fit < ranking[0].fit {
                " is listed first because more of your answers point to it"
            } else {
                " is listed first only by the catalogue"
            };
            assert!(note.contains(&format!("{first}{because}")), "{note}");
        }
    }
    assert!(ties > 0, "some pairs tie at the top");
}

fn person(answers: Answers) -> group::Person {
    group::Person {
        name: String::new(),
        answers,
    }
}

#[test]
fn not_being_asked_is_no_disagreement() {
    let c = small();
    // Person 1 chose "a" (no follow-up), person 2 chose "c" (follow-up asked); same size, different time.
    let one = person(Answers(vec![0b1, 0, 0b1, 0b1]));
    let two = person(Answers(vec![0b100, 0b1, 0b1, 0b10]));
    let table = group::answer_table(c, &[one.clone(), two.clone()]);
    let row = |q: usize| table.iter().find(|r| r.question == q).expect("row");
    assert!(row(0).differs, "different problems differ");
    assert!(!row(1).differs, "asked of one only");
    assert!(row(1).partly_asked());
    assert!(!row(2).differs && !row(2).partly_asked());
    assert!(row(3).differs);
    assert_eq!(group::differing(&table), 2);
    // The differing rows come first.
    assert!(table[0].differs && table[1].differs && !table[2].differs);
    // Three people, two asked and agreeing, one not asked: still no disagreement.
    let three = person(Answers(vec![0b100, 0b1, 0b1, 0b1]));
    let table = group::answer_table(c, &[one.clone(), two.clone(), three]);
    assert!(!table.iter().find(|r| r.question == 1).expect("row").differs);
}

#[test]
fn people_who_named_different_problems_are_told_who_named_which() {
    let c = small();
    let a = person(Answers(vec![0b1, 0, 0b1, 0b1]));
    let b = person(Answers(vec![0b100, 0b1, 0b1, 0b1]));
    let _ = c;
    assert!(group::problem_split(&[a.clone(), a.clone()]).is_empty());
    assert!(group::problem_split(std::slice::from_ref(&a)).is_empty());
    assert_eq!(
        group::problem_split(&[a.clone(), b.clone(), a.clone()]),
        vec![(0b1, vec![0, 2]), (0b100, vec![1])]
    );
}

#[test]
fn dates_move_by_days_across_months_years_and_leap_days() {
    for (from, days, to) in [
        ("2026-12-07", 91, "2027-03-08"),
        ("2024-02-28", 1, "2024-02-29"),
        ("2023-02-28", 1, "2023-03-01"),
        ("2026-12-31", 1, "2027-01-01"),
        ("2000-03-01", -1, "2000-02-29"),
        ("1999-01-01", 0, "1999-01-01"),
    ] {
        assert_eq!(
            group::add_days(from, days).as_deref(),
            Some(to),
            "{from} + {days}"
        );
    }
    assert_eq!(group::add_days("soon", 1), None);
}
