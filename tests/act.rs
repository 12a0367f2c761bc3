//! The actions buttons and fields carry in their markup: every code the widget writes reads back as the same action,
//! anything else reads as nothing, and an action with an index out of range changes nothing.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use coordination_models::act::{Act, Field};
use coordination_models::app::state::{Action, RecordField, State};
use coordination_models::data::CATALOGUE;
use coordination_models::filter::Facet;
use coordination_models::types::CatalogueRef;
use coordination_models::url;
use proptest::prelude::*;
use yew::Reducible;

/// Which variant an action is; exhaustive, so a new variant fails to compile here until the samples cover it.
fn variant(a: &Act) -> usize {
    match a {
        Act::Jump(_) => 0,
        Act::GoTo(_) => 1,
        Act::RemovePerson(_) => 2,
        Act::Compare(_) => 3,
        Act::View(_) => 4,
        Act::ToggleCompare(_) => 5,
        Act::Filter(..) => 6,
        Act::AddLinks => 7,
        Act::NextPerson => 8,
        Act::Record => 9,
        Act::Group => 10,
        Act::Wizard => 11,
        Act::Back => 12,
        Act::BrowseByFit => 13,
        Act::Restart => 14,
        Act::Dismiss => 15,
        Act::ClearQuery => 16,
        Act::ClearAll => 17,
        Act::Print => 18,
        Act::Check(_) => 19,
        Act::CheckResult => 20,
        Act::CheckQuestions => 21,
        Act::CheckOther => 22,
        Act::CheckRecord => 23,
    }
}

fn field_variant(f: &Field) -> usize {
    match f {
        Field::SortByFit => 0,
        Field::Answer(_) => 1,
        Field::Swap(_) => 2,
        Field::Name(_) => 3,
        Field::Filter(..) => 4,
        Field::Record(RecordField::Choice) => 5,
        Field::Record(RecordField::Status) => 6,
        Field::Record(RecordField::Date) => 7,
        Field::Record(RecordField::Why) => 8,
        Field::Record(RecordField::Revisit) => 9,
        Field::Record(RecordField::Review) => 10,
        Field::Sign(_) => 11,
        Field::CheckModel => 12,
    }
}

fn samples() -> Vec<Act> {
    let mut all = vec![
        Act::AddLinks,
        Act::NextPerson,
        Act::Record,
        Act::Group,
        Act::Wizard,
        Act::Back,
        Act::BrowseByFit,
        Act::Restart,
        Act::Dismiss,
        Act::ClearQuery,
        Act::ClearAll,
        Act::Print,
        Act::CheckResult,
        Act::CheckQuestions,
        Act::CheckOther,
        Act::CheckRecord,
        Act::Compare(vec![0, 26]),
        Act::Compare(vec![4, 7, 9]),
    ];
    for n in [0, 1, 9, 10, 26, 99, 12345] {
        all.extend([
            Act::Jump(n),
            Act::GoTo(n),
            Act::RemovePerson(n),
            Act::View(n),
            Act::ToggleCompare(n),
            Act::Check(n),
            Act::Filter(n, 0),
            Act::Filter(2, n),
        ]);
    }
    all
}

#[test]
fn every_button_action_reads_back_as_itself() {
    let all = samples();
    let mut seen: Vec<usize> = all.iter().map(variant).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 24, "the samples cover every variant");
    for a in all {
        let code = a.code();
        assert_eq!(Act::parse(&code), Some(a.clone()), "{code}");
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.'),
            "{code} needs no escaping in an attribute"
        );
    }
}

#[test]
fn every_field_name_reads_back_as_itself() {
    let mut all = vec![Field::SortByFit, Field::CheckModel];
    for part in [
        RecordField::Choice,
        RecordField::Status,
        RecordField::Date,
        RecordField::Why,
        RecordField::Revisit,
        RecordField::Review,
    ] {
        all.push(Field::Record(part));
    }
    for n in [0, 3, 10, 4096] {
        all.extend([
            Field::Answer(n),
            Field::Swap(n),
            Field::Name(n),
            Field::Sign(n),
            Field::Filter(n, 1),
            Field::Filter(1, n),
        ]);
    }
    let mut seen: Vec<usize> = all.iter().map(field_variant).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 13, "the samples cover every variant");
    for f in all {
        assert_eq!(Field::parse(&f.code()), Some(f), "{}", f.code());
    }
}

#[test]
fn the_codes_the_views_write_are_read_as_before() {
    // The codes as the views wrote them by hand before this module: nothing a link or a page holds changes meaning.
    for (code, act) in [
        ("j3", Act::Jump(3)),
        ("g2", Act::GoTo(2)),
        ("r1", Act::RemovePerson(1)),
        ("c4.7.9", Act::Compare(vec![4, 7, 9])),
        ("t4", Act::ToggleCompare(4)),
        ("v1", Act::View(1)),
        ("f2.1", Act::Filter(2, 1)),
        ("grp", Act::Group),
        ("res", Act::Wizard),
        ("q", Act::ClearQuery),
    ] {
        assert_eq!(Act::parse(code), Some(act.clone()), "{code}");
        assert_eq!(act.code(), code);
    }
    for (name, field) in [
        ("sort", Field::SortByFit),
        ("a3", Field::Answer(3)),
        ("s1", Field::Swap(1)),
        ("n2", Field::Name(2)),
        ("f2.1", Field::Filter(2, 1)),
        ("dec", Field::Record(RecordField::Choice)),
        ("revisit", Field::Record(RecordField::Revisit)),
    ] {
        assert_eq!(Field::parse(name), Some(field), "{name}");
    }
}

#[test]
fn garbled_codes_read_as_nothing() {
    for code in [
        "",
        "j",
        "j-1",
        "j+1",
        "j03",
        "j1x",
        "jj",
        "J3",
        "g",
        "c",
        "c1..2",
        "c1.",
        "c.1",
        "f2",
        "f2.",
        "f.1",
        "f2.1.3",
        "x9",
        "next ",
        " next",
        "printer",
        "j99999999999999999999",
        "c1.2.3.4.5.6.7.8.9",
        "é",
        "j٣",
        "k",
        "k-2",
        "kx",
        "krr",
    ] {
        assert_eq!(Act::parse(code), None, "{code:?}");
    }
    for name in [
        "", "a", "a-1", "s1x", "n", "f2", "record", "sortx", "dec ", "ä1", "k", "k01", "checks",
    ] {
        assert_eq!(Field::parse(name), None, "{name:?}");
    }
}

proptest! {
    /// Reading any text never panics, and whatever reads as an action is that action's one code: a code has one
    /// meaning, and an action one code.
    #[test]
    fn any_text_reads_without_panic_and_only_canonical_codes_read(code in "[a-z0-9.+-]{0,12}|\\PC{0,8}") {
        if let Some(a) = Act::parse(&code) {
            prop_assert_eq!(a.code(), code.clone());
        }
        if let Some(f) = Field::parse(&code) {
            prop_assert_eq!(f.code(), code);
        }
    }
}

fn fresh() -> Rc<State> {
    Rc::new(State::new(
        CatalogueRef(&CATALOGUE),
        url::parse("", &CATALOGUE).state,
    ))
}

#[test]
fn actions_out_of_range_change_nothing() {
    let big = 4096;
    let n = CATALOGUE.models.len();
    let actions = [
        Action::Jump(big),
        Action::Jump(n),
        Action::Open(n),
        Action::GoTo(big),
        Action::RemovePerson(big),
        Action::ToggleCompare(big),
        Action::SwapCompare(big, 0),
        Action::SwapCompare(0, big),
        Action::CompareThese(vec![big, big + 1]),
        Action::Answer(big, 0),
        Action::Answer(0, big),
        Action::Toggle(big, 0),
        Action::Toggle(0, big),
        Action::Rename(big, "x".into()),
        Action::ToggleFilter(Facet::ALL[0], big),
        Action::Check(n),
        Action::Check(big),
        Action::Sign(big, coordination_models::checkup::Answer::Yes),
    ];
    // In each place a reader may be: the cards, the wizard's first question, and the group comparison.
    let starts = [
        fresh(),
        fresh().reduce(Action::SetView(url::View::Wizard)),
        fresh().reduce(Action::Group),
        fresh().reduce(Action::Check(3)),
    ];
    for start in starts {
        for a in &actions {
            let after = start.clone().reduce(a.clone());
            assert_eq!(after.hash(), start.hash(), "{a:?} changed the link");
            assert_eq!(after.view, start.view, "{a:?} changed the state");
        }
    }
}
