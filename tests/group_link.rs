//! Deciding together: the comparison link format (property tests: any string parses without panic, valid
//! comparisons and records round-trip, over-long links are refused) and garbled people in a link.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{complete, seeds};
use coordination_models::data::CATALOGUE;
use coordination_models::group::{self, Person, Record, Status};
use coordination_models::url;
use proptest::prelude::*;

fn person() -> impl Strategy<Value = Person> {
    ("\\PC{0,40}", seeds()).prop_map(|(name, s)| Person {
        name,
        answers: complete(&s),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn comparison_links_round_trip(
        people in prop::collection::vec(person(), 1..=6),
        choice in prop::option::of(0usize..27),
        status in prop::sample::select(Status::ALL.to_vec()),
        date in prop::option::of((2000u32..2100, 1u32..=12, 1u32..=31)),
        who in "\\PC{0,40}",
        why in "\\PC{0,200}",
        revisit in "\\PC{0,100}",
        review in prop::option::of((2000u32..2100, 1u32..=12, 1u32..=31)),
    ) {
        let mut state = url::parse("view=group", &CATALOGUE).state;
        state.people = people;
        state.answers = state.people[0].answers.clone();
        state.who = who;
        let day = |d: Option<(u32, u32, u32)>| d.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")).unwrap_or_default();
        state.record = Record {
            choice,
            status,
            date: day(date),
            why,
            revisit,
            review: day(review),
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
        s in "(#?)((view|p|dec|status|date|who|why|revisit|review|a|x)=[a-z0-9.,~%+-]{0,30}&?){0,8}",
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
    // A bad date, an unknown status and an unknown model are reported.
    let p = url::parse(
        "dec=nope&review=2026-13-01&date=soon&status=maybe",
        &CATALOGUE,
    );
    assert_eq!(p.problems.len(), 4, "{:?}", p.problems);
    // A record's status and date, and the name of whoever answers in turn, live in the link.
    let p = url::parse("status=accepted&date=2026-12-07&who=Cy+%3Cb%3E", &CATALOGUE);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert_eq!(p.state.record.status, Status::Accepted);
    assert_eq!(p.state.record.date, "2026-12-07");
    assert_eq!(p.state.who, "Cy <b>");
    assert_eq!(
        url::to_hash(&p.state, &CATALOGUE),
        "status=accepted&date=2026-12-07&who=Cy+%3Cb%3E"
    );
}
