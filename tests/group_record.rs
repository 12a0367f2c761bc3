//! Deciding together: the reducer's group actions (comparing, adding people from pasted links, the next person,
//! the link length limit) and the decision record.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::{complete, seeds};
use coordination_models::app::state::{Action, RecordField, State};
use coordination_models::data::CATALOGUE;
use coordination_models::group;
use coordination_models::report;
use coordination_models::types::CatalogueRef;
use coordination_models::url::{self, View};
use proptest::prelude::*;
use yew::Reducible;

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
    let s = s.reduce(Action::Record("2026-12-07".into()));
    assert_eq!(s.view.view, View::Record);
    assert_eq!(
        s.view.people.len(),
        3,
        "opening the record from the comparison adds nobody"
    );
    // Dated today, to be reviewed three months later; both stay as they are when the record opens again.
    assert_eq!(s.view.record.date, "2026-12-07");
    assert_eq!(s.view.record.review, "2027-03-08");
    let s = s.reduce(Action::Record("2027-01-01".into()));
    assert_eq!(s.view.record.date, "2026-12-07");
    let s = s.reduce(Action::EditRecord(RecordField::Status, "accepted".into()));
    let s = s.reduce(Action::EditRecord(RecordField::Status, "maybe".into()));
    assert_eq!(s.view.record.status, group::Status::Accepted);
    let s = s.reduce(Action::EditRecord(RecordField::Date, "2026-12-08".into()));
    let s = s.reduce(Action::EditRecord(RecordField::Date, "tomorrow".into()));
    assert_eq!(s.view.record.date, "2026-12-08");
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
fn the_next_person_answers_on_the_same_screen_under_the_name_they_give_first() {
    let s = results_state(1)
        .reduce(Action::Group)
        .reduce(Action::NextPerson);
    assert_eq!(s.view.view, View::Wizard);
    assert!(!s.view.answers.any());
    assert_eq!(s.view.people.len(), 1);
    // The name typed over the first question is kept in the link, and given to them when their answers join.
    let s = s.reduce(Action::Rename(1, "Bob".into()));
    assert_eq!(s.view.who, "Bob");
    assert_eq!(url::parse(&s.hash(), &CATALOGUE).state.who, "Bob");
    let s = s.reduce(Action::Rename(5, "Nobody".into()));
    assert_eq!(s.view.who, "Bob");
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
    assert_eq!(s.view.people[1].name, "Bob");
    assert!(s.view.who.is_empty());
    // The next one starts without a name.
    let t = s
        .clone()
        .reduce(Action::Rename(2, "Cy".into()))
        .reduce(Action::NextPerson);
    assert!(t.view.who.is_empty());
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
fn the_record_markdown_has_the_shape_of_a_decision_record_and_names_nobody_it_was_not_told() {
    let s = results_state(1)
        .reduce(Action::Group)
        .reduce(Action::AddLinks(link_of(&results_state(2))))
        .reduce(Action::Rename(1, "Bob".into()))
        .reduce(Action::Record("2026-12-07".into()))
        .reduce(Action::EditRecord(RecordField::Status, "accepted".into()))
        .reduce(Action::EditRecord(RecordField::Why, "Cheap to try.".into()));
    let md = report::record_markdown(&CATALOGUE, &s.view.people, &s.view.record, "https://x/#y");
    let parts = [
        "# Decision record: ",
        "**Status:** Accepted",
        "**Date:** 2026-12-07",
        "**Deciders:** Bob",
        "**Review date:** 2027-03-08",
        "## Context",
        "The answers in full:",
        "## Decision",
        "**Why we chose it:** Cheap to try.",
        "## Options considered",
        "## Consequences",
        "**Watch out:** ",
        "## When to revisit",
        "The problem itself changes",
        "Reopen this record: https://x/#y",
    ];
    let mut at = 0;
    for part in parts {
        let found = md[at..]
            .find(part)
            .unwrap_or_else(|| panic!("missing {part:?} after byte {at} in\n{md}"));
        at += found;
    }
    assert!(
        !md.contains("Person 1"),
        "an unnamed person is named:\n{md}"
    );
    assert!(
        md.contains("(Bob and 1 other)") || md.contains("(1 of you)") || md.contains("(Bob)"),
        "{md}"
    );
    // Two options considered, neither of them the chosen model, each with why not.
    let options = md.split("## Options considered\n\n").nth(1).unwrap_or("");
    let options: Vec<&str> = options
        .lines()
        .take_while(|l| l.starts_with("- "))
        .collect();
    assert_eq!(options.len(), 2, "{md}");
    for o in options {
        assert!(
            o.contains("): Against it: ") || o.contains("): No answer counts against it"),
            "{o}"
        );
    }
    // When to revisit: signals in the world, never "if you answered".
    let revisit = md.split("## When to revisit").nth(1).unwrap_or("");
    assert!(
        !revisit.contains("If you answered") && !revisit.contains("If everyone answered"),
        "{revisit}"
    );
    // Nobody named: no deciders line at all.
    let s = results_state(3).reduce(Action::Record("2026-12-07".into()));
    let md = report::record_markdown(&CATALOGUE, &s.view.people, &s.view.record, "https://x/#y");
    assert!(!md.contains("Deciders") && !md.contains("Person 1"), "{md}");
    assert!(md.contains("**Status:** Proposed"), "{md}");
}

#[test]
fn every_answer_but_the_problem_and_not_sure_has_a_real_world_signal() {
    for (q, question) in CATALOGUE.questions.iter().enumerate() {
        let problem = matches!(question.id, "problem" | "alignment-kind");
        for (a, answer) in question.answers.iter().enumerate() {
            let signal = report::signal(&CATALOGUE, q, 1 << a);
            if problem || answer.unsure {
                assert_eq!(signal, None, "{}.{}", question.id, answer.id);
            } else {
                let signal =
                    signal.unwrap_or_else(|| panic!("no signal for {}.{}", question.id, answer.id));
                assert!(
                    !signal.contains("you answered") && !signal.ends_with('.'),
                    "{signal}"
                );
            }
        }
    }
}

fn people_of(seeds: &[Vec<u32>], names: &[&str]) -> Vec<group::Person> {
    seeds
        .iter()
        .zip(names)
        .map(|(s, n)| group::Person {
            name: n.to_string(),
            answers: complete(s),
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_record_revisits_on_signals_considers_two_other_options_and_names_only_the_named(
        s in prop::collection::vec(seeds(), 1..=3),
        chosen in prop::option::of(0usize..27),
    ) {
        let people = people_of(&s, &["", "Bob", ""]);
        let answers = group::answers_of(&people);
        let (top, changes) = group::changes(&CATALOGUE, &answers);
        let chosen = chosen.unwrap_or(top);
        let lines = report::revisit_lines(&CATALOGUE, &people, &changes, chosen);
        prop_assert!(lines.len() <= report::SHOWN_CHANGES + 1);
        prop_assert_eq!(lines.last().map(String::as_str), Some("The problem itself changes or goes away: answer the questions again."));
        let chosen_name = format!(": {} would then come first.", CATALOGUE.models[chosen].name);
        for line in &lines[..lines.len() - 1] {
            prop_assert!(!line.contains("answered \u{201c}") && !line.starts_with("If "), "{}", line);
            prop_assert!(!line.ends_with(&chosen_name), "{}", line);
            prop_assert!(line.ends_with(" would then come first.") || line.starts_with("No change"), "{}", line);
        }
        let options = report::considered(&CATALOGUE, &answers, chosen);
        prop_assert_eq!(options.len(), 2);
        prop_assert!(options.iter().all(|o| o.model != chosen));
        prop_assert!(options[0].model != options[1].model);
        let md = report::record_markdown(&CATALOGUE, &people, &group::Record::default(), "https://x/#y");
        prop_assert!(!md.contains("Person "), "{}", md);
        prop_assert_eq!(md.contains("**Deciders:** Bob"), people.len() > 1);
        let summary = report::context_summary(&CATALOGUE, &people);
        prop_assert!(summary.starts_with("The problem") || summary.starts_with("You did not all name the same problem"), "{}", summary);
    }
}
