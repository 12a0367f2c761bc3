//! URL hash state: round trips, garbage becomes notices, and any string parses without panicking.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::data::CATALOGUE;
use coordination_models::filter::Facet;
use coordination_models::url::{self, Step, View};
use proptest::prelude::*;

#[test]
fn an_empty_hash_is_the_plain_catalogue() {
    let p = url::parse("", &CATALOGUE);
    assert!(p.problems.is_empty());
    assert_eq!(p.state.view, View::Catalogue);
    assert_eq!(url::to_hash(&p.state, &CATALOGUE), "");
}

#[test]
fn search_filters_and_open_card_round_trip() {
    let hash = "#q=hard+dependency%21&cat=role-based,team&dep=hard&open=liaison";
    let p = url::parse(hash, &CATALOGUE);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert_eq!(p.state.query, "hard dependency!");
    assert!(
        p.state.filters.is_selected(Facet::Category, 1)
            && p.state.filters.is_selected(Facet::Category, 2)
    );
    assert_eq!(p.state.open, CATALOGUE.model_index("liaison"));
    let again = url::parse(&url::to_hash(&p.state, &CATALOGUE), &CATALOGUE);
    assert_eq!(again.state, p.state);
}

#[test]
fn wizard_answers_and_step_round_trip() {
    let p = url::parse(
        "view=wizard&a=problem.urgent,duration.weeks&step=teams",
        &CATALOGUE,
    );
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert_eq!(p.state.view, View::Wizard);
    assert_eq!(p.state.answers.0.iter().filter(|a| **a != 0).count(), 2);
    assert!(
        matches!(p.state.step, Some(Step::Question(q)) if CATALOGUE.questions[q].id == "teams")
    );
    assert_eq!(
        url::parse(&url::to_hash(&p.state, &CATALOGUE), &CATALOGUE).state,
        p.state
    );
}

#[test]
fn unknown_ids_are_dropped_with_a_notice_and_valid_parts_kept() {
    let p = url::parse(
        "#open=nope&cat=team,squad&zzz=1&a=problem.urgent,bogus.x",
        &CATALOGUE,
    );
    assert_eq!(p.problems.len(), 4, "{:?}", p.problems);
    assert_eq!(p.state.open, None);
    assert!(p.state.filters.is_selected(Facet::Category, 2));
    assert!(p.state.answers.get(0).is_some(), "the valid answer is kept");
}

#[test]
fn results_need_complete_answers() {
    let p = url::parse("view=wizard&a=problem.urgent&step=results", &CATALOGUE);
    assert_eq!(p.state.step, None);
    assert_eq!(p.problems.len(), 1);
}

#[test]
fn a_huge_hash_is_refused_whole() {
    let p = url::parse(&format!("#q={}", "x".repeat(5000)), &CATALOGUE);
    assert_eq!(p.state.query, "");
    assert_eq!(p.problems.len(), 1);
}

#[test]
fn malformed_percent_escapes_are_reported() {
    let p = url::parse("#q=%%%&open=%E0%A4", &CATALOGUE);
    assert_eq!(p.problems.len(), 2, "{:?}", p.problems);
}

proptest! {
    #[test]
    fn any_string_parses_without_panic(s in ".{0,3000}") {
        let p = url::parse(&s, &CATALOGUE);
        // Whatever was understood writes back to a hash that parses to the same state.
        let again = url::parse(&url::to_hash(&p.state, &CATALOGUE), &CATALOGUE);
        prop_assert_eq!(again.state, p.state);
    }

    #[test]
    fn hash_like_strings_parse_without_panic(s in "(#?)((view|q|cat|scope|dur|reorg|dep|open|a|step|sort|x)=[a-z.,%0-9+-]{0,20}&?){0,8}") {
        let p = url::parse(&s, &CATALOGUE);
        prop_assert!(p.state.query.chars().count() <= url::MAX_QUERY_LEN);
    }

    #[test]
    fn any_query_round_trips(q in "\\PC{0,100}") {
        let mut state = url::parse("", &CATALOGUE).state;
        state.query = q.clone();
        prop_assert_eq!(url::parse(&url::to_hash(&state, &CATALOGUE), &CATALOGUE).state.query, q);
    }
}

/// `url::percent_decode` as it was written with the standard library (`from_str_radix`, `String::from_utf8`).
fn percent_decode_std(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

proptest! {
    /// Any bytes, escaped: decoded back exactly when they are UTF-8.
    #[test]
    fn percent_decode_reads_utf8_as_from_utf8_does(bytes in prop::collection::vec(any::<u8>(), 0..12)) {
        let escaped: String = bytes.iter().map(|b| format!("%{b:02x}")).collect();
        prop_assert_eq!(url::percent_decode(&escaped), String::from_utf8(bytes).ok());
    }

    /// Text near the edge cases (signs, odd digits, cut escapes, non-ASCII): the same as the standard library's.
    #[test]
    fn percent_decode_matches_the_standard_library(s in "[%+\\-0-9a-gA-G\u{e9}\u{2019}]{0,10}") {
        prop_assert_eq!(url::percent_decode(&s), percent_decode_std(&s));
    }
}

#[test]
fn percent_decode_edges() {
    for s in [
        "%",
        "%4",
        "%+F",
        "%-F",
        "%++",
        "%e9",
        "%c3%a9",
        "%ed%a0%80",
        "%f4%90%80%80",
        "%c0%80",
        "%f0%9f%98%80",
        "a+b%20c",
    ] {
        assert_eq!(url::percent_decode(s), percent_decode_std(s), "{s}");
    }
}
