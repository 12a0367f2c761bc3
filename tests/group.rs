//! Deciding together: the combined ranking (Borda count), the "would change" computation (brute force against a
//! small catalogue and sampled on the real one), the comparison link format, the reducer and the decision record.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::rc::Rc;

use coordination_models::app::state::{Action, RecordField, State};
use coordination_models::data::CATALOGUE;
use coordination_models::group::{self, Person, Record};
use coordination_models::report;
use coordination_models::types::{
    Answer, Catalogue, CatalogueRef, Category, Claim, Duration, Effect, Model, Question, Scope,
    Source, SourceKind,
};
use coordination_models::url::{self, View};
use coordination_models::wizard::{self, Answers};
use proptest::prelude::*;
use yew::Reducible;

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
    }))
}

/// Every valid answer set of question `q`: one answer, or for a question that takes several, up to that many
/// answers that are not "not sure".
fn choices(c: &Catalogue, q: usize) -> Vec<u16> {
    let question = &c.questions[q];
    let n = question.answers.len();
    (1u16..(1 << n))
        .filter(|&b| {
            let unsure = (0..n).any(|a| b & (1 << a) != 0 && question.answers[a].unsure);
            b.count_ones() == 1 || (!unsure && b.count_ones() <= u32::from(question.max_choices))
        })
        .collect()
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

/// A complete answer set of the real catalogue chosen by `seeds` (one per question).
fn complete(seeds: &[u32]) -> Answers {
    let c = &CATALOGUE;
    let mut a = Answers::empty(c.questions.len());
    for q in 0..c.questions.len() {
        if wizard::is_shown(c, &a, q) {
            let options = choices(c, q);
            a.0[q] = options[seeds[q] as usize % options.len()];
        }
    }
    a
}

fn seeds() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(any::<u32>(), CATALOGUE.questions.len())
}

fn person() -> impl Strategy<Value = Person> {
    ("\\PC{0,40}", seeds()).prop_map(|(name, s)| Person {
        name,
        answers: complete(&s),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn would_change_matches_brute_force_on_the_real_catalogue(s in seeds()) {
        let a = complete(&s);
        let (t, changes) = group::changes(&CATALOGUE, std::slice::from_ref(&a));
        prop_assert_eq!(t, top(&CATALOGUE, &a));
        prop_assert_eq!(as_set(&changes), brute_force(&CATALOGUE, &a));
    }

    #[test]
    fn comparison_links_round_trip(
        people in prop::collection::vec(person(), 1..=6),
        choice in prop::option::of(0usize..27),
        why in "\\PC{0,200}",
        revisit in "\\PC{0,100}",
        review in prop::option::of((2000u32..2100, 1u32..=12, 1u32..=31)),
    ) {
        let mut state = url::parse("view=group", &CATALOGUE).state;
        state.people = people;
        state.answers = state.people[0].answers.clone();
        state.record = Record {
            choice,
            why,
            revisit,
            review: review.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")).unwrap_or_default(),
        };
        let hash = url::to_hash(&state, &CATALOGUE);
        let p = url::parse(&hash, &CATALOGUE);
        if hash.len() <= url::MAX_HASH_LEN {
            prop_assert!(p.problems.is_empty(), "{:?}", p.problems);
            prop_assert_eq!(p.state, state);
        } else {
            prop_assert_eq!(p.problems.len(), 1);
            prop_assert!(p.problems[0].contains("more than the 2048"));
        }
    }

    #[test]
    fn comparison_like_hashes_parse_without_panic(
        s in "(#?)((view|p|dec|why|revisit|review|a|x)=[a-z0-9.,~%+-]{0,30}&?){0,8}",
    ) {
        let p = url::parse(&s, &CATALOGUE);
        prop_assert!(p.state.people.len() <= group::MAX_PEOPLE);
        let again = url::parse(&url::to_hash(&p.state, &CATALOGUE), &CATALOGUE);
        prop_assert_eq!(again.state, p.state);
    }
}

#[test]
fn a_person_takes_twelve_characters_and_garbled_people_are_dropped_with_a_notice() {
    let a = complete(&[3; 16]);
    let code = url::person_code(&CATALOGUE, &a);
    assert!(code.len() <= 12, "{code}");
    assert_eq!(url::parse_person_code(&CATALOGUE, &code), Some(a));
    let fp = url::fingerprint(&CATALOGUE);
    let p = url::parse(
        &format!("view=group&p={fp},{code}~Ann,zz,{code}~%E0%A4"),
        &CATALOGUE,
    );
    assert_eq!(p.state.people.len(), 1);
    assert_eq!(p.state.people[0].name, "Ann");
    assert_eq!(p.problems.len(), 2, "{:?}", p.problems);
    // Another version of the questions: the people are left out, the rest is kept.
    let p = url::parse(&format!("view=group&p=zzzz,{code}&why=ok"), &CATALOGUE);
    assert!(p.state.people.is_empty());
    assert_eq!(p.state.record.why, "ok");
    assert_eq!(p.problems.len(), 1);
    // Seven people: the seventh is dropped.
    let seven = [code.as_str(); 7].join(",");
    let p = url::parse(&format!("p={fp},{seven}"), &CATALOGUE);
    assert_eq!(p.state.people.len(), group::MAX_PEOPLE);
    assert_eq!(p.problems.len(), 1);
    // A bad date and an unknown model are reported.
    let p = url::parse("dec=nope&review=2026-13-01", &CATALOGUE);
    assert_eq!(p.problems.len(), 2);
}

// ---------------------------------------------------------------------------------------------------------------
// The reducer

fn results_state(seed: u32) -> Rc<State> {
    let mut view = url::parse("view=wizard", &CATALOGUE).state;
    view.answers = complete(&[seed; 16]);
    view.step = Some(url::Step::Results);
    Rc::new(State::new(CatalogueRef(&CATALOGUE), view))
}

fn link_of(s: &State) -> String {
    format!("https://example.org/tools/#{}", s.hash())
}

#[test]
fn three_people_end_in_one_link_with_a_comparison_and_a_record() {
    let (a, b, c) = (results_state(1), results_state(2), results_state(5));
    assert_ne!(a.view.answers, b.view.answers);
    // A compares, and pastes B's and C's result links (with some text around them).
    let s = a.clone().reduce(Action::Group);
    assert_eq!(s.view.view, View::Group);
    assert_eq!(s.view.people.len(), 1);
    let pasted = format!("{}\n  {}\nthanks", link_of(&b), link_of(&c));
    let s = s.reduce(Action::AddLinks(pasted));
    assert_eq!(s.view.people.len(), 3);
    assert!(
        s.notice.as_deref().unwrap_or("").contains("link 3"),
        "{:?}",
        s.notice
    );
    let s = s.reduce(Action::Rename(0, "Ann".into()));
    let s = s.reduce(Action::Record("2027-03-01".into()));
    assert_eq!(s.view.view, View::Record);
    assert_eq!(
        s.view.people.len(),
        3,
        "opening the record from the comparison adds nobody"
    );
    assert_eq!(s.view.record.review, "2027-03-01");
    let s = s.reduce(Action::EditRecord(
        RecordField::Why,
        "It is cheap to try.".into(),
    ));
    let s = s.reduce(Action::EditRecord(RecordField::Choice, "4".into()));
    // The one link reopens it all.
    let p = url::parse(&s.hash(), &CATALOGUE);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert_eq!(p.state, s.view);
    // Pasting the comparison link elsewhere brings its people (and names) along, once.
    let elsewhere = b
        .reduce(Action::Group)
        .reduce(Action::AddLinks(link_of(&s)));
    assert_eq!(elsewhere.view.people.len(), 3);
    assert!(elsewhere.view.people.iter().any(|p| p.name == "Ann"));
}

#[test]
fn the_next_person_answers_on_the_same_screen() {
    let s = results_state(1)
        .reduce(Action::Group)
        .reduce(Action::NextPerson);
    assert_eq!(s.view.view, View::Wizard);
    assert!(!s.view.answers.any());
    assert_eq!(s.view.people.len(), 1);
    let mut s = s;
    s = Rc::new(State {
        view: url::UrlState {
            answers: complete(&[2; 16]),
            step: Some(url::Step::Results),
            ..s.view.clone()
        },
        ..(*s).clone()
    });
    let s = s.reduce(Action::Group);
    assert_eq!(s.view.people.len(), 2);
    let s = s.reduce(Action::RemovePerson(0));
    assert_eq!(s.view.people.len(), 1);
}

#[test]
fn an_edit_that_would_make_the_link_too_long_is_refused() {
    let s = results_state(1).reduce(Action::Record("2027-01-01".into()));
    let long = "é".repeat(group::MAX_NOTE_LEN);
    let t = s
        .clone()
        .reduce(Action::EditRecord(RecordField::Why, long.clone()));
    let t = t.reduce(Action::EditRecord(RecordField::Revisit, long));
    assert!(t.link_full);
    assert!(t.hash().len() <= url::MAX_HASH_LEN);
    let u = t.reduce(Action::EditRecord(RecordField::Revisit, "short".into()));
    assert!(!u.link_full);
    assert_eq!(u.view.record.revisit, "short");
}

#[test]
fn the_record_markdown_has_the_sections_of_a_decision_record() {
    let s = results_state(1)
        .reduce(Action::Group)
        .reduce(Action::AddLinks(link_of(&results_state(2))))
        .reduce(Action::Record("2027-03-01".into()))
        .reduce(Action::EditRecord(RecordField::Why, "Cheap to try.".into()));
    let md = report::record_markdown(&CATALOGUE, &s.view.people, &s.view.record, "https://x/#y");
    for part in [
        "# Decision record: ",
        "**People:** Person 1 and Person 2",
        "**Review date:** 2027-03-01",
        "## Context",
        "2 people answered the wizard; they differ on",
        "_(we differ)_",
        "## Decision",
        "**Why we chose it:** Cheap to try.",
        "## Consequences",
        "**Watch out:** ",
        "## When to revisit",
        "Reopen this record: https://x/#y",
    ] {
        assert!(md.contains(part), "missing {part:?} in\n{md}");
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
