//! Deciding together: the reducer's group actions (comparing, adding people from pasted links, the next person,
//! the link length limit) and the decision record.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::complete;
use coordination_models::app::state::{Action, RecordField, State};
use coordination_models::data::CATALOGUE;
use coordination_models::group;
use coordination_models::report;
use coordination_models::types::CatalogueRef;
use coordination_models::url::{self, View};
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
