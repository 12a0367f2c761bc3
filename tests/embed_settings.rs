//! Embedding any part: `model`, `models`, `view` (cards, wizard, result, compare, map) and `answers` give the view
//! asked for, and a setting that cannot be used gets one warning naming it, with the nearest sensible view instead.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::app::config::{Config, MAX_ONLY, from_settings};
use coordination_models::data::CATALOGUE;
use coordination_models::url::{self, Step, View};

/// The config and warnings for settings given as (name, value) pairs, as data-* attributes.
fn settings(pairs: &[(&str, &str)]) -> (Config, Vec<String>) {
    from_settings(
        |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        },
        "data-",
        &CATALOGUE,
    )
}

fn idx(id: &str) -> usize {
    CATALOGUE.model_index(id).unwrap()
}

#[test]
fn one_model_is_that_card_alone_and_open() {
    let (c, w) = settings(&[("model", "liaison")]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(c.only, [idx("liaison")]);
    assert_eq!(c.initial.open, Some(idx("liaison")));
    assert_eq!(c.initial.view, View::Catalogue);
}

#[test]
fn several_models_are_those_cards_in_that_order() {
    let (c, w) = settings(&[("models", "rotation, embedded,liaison")]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(c.only, [idx("rotation"), idx("embedded"), idx("liaison")]);
    assert_eq!(c.initial.open, None);
}

#[test]
fn an_unknown_id_is_named_in_one_warning_and_the_rest_are_shown() {
    let (c, w) = settings(&[("models", "embedded,liason,rotation")]);
    assert_eq!(c.only, [idx("embedded"), idx("rotation")]);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("data-models=\"embedded,liason,rotation\"")
            && w[0].contains("unknown: liason"),
        "{}",
        w[0]
    );
    let (c, w) = settings(&[("model", "nobody")]);
    assert!(
        c.only.is_empty() && c.initial.open.is_none(),
        "falls back to all cards"
    );
    assert!(w.len() == 1 && w[0].contains("data-model="), "{w:?}");
}

#[test]
fn a_list_too_long_is_cut_with_a_warning() {
    let all: Vec<&str> = CATALOGUE.models.iter().map(|m| m.id).collect();
    let (c, w) = settings(&[("models", &all.join(","))]);
    assert_eq!(c.only.len(), MAX_ONLY);
    assert!(w.len() == 1 && w[0].contains("data-models="), "{w:?}");
    let (c, w) = settings(&[
        ("view", "compare"),
        ("models", "liaison,embedded,rotation,consultant"),
    ]);
    assert_eq!(c.initial.compare.len(), 3);
    assert_eq!(c.initial.view, View::Compare);
    assert!(w.len() == 1 && w[0].contains("two or three"), "{w:?}");
}

#[test]
fn compare_takes_two_or_three_models() {
    let (c, w) = settings(&[("view", "compare"), ("models", "liaison,embedded")]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(c.initial.view, View::Compare);
    assert_eq!(c.initial.compare, [idx("liaison"), idx("embedded")]);
    assert!(c.only.is_empty());
}

#[test]
fn a_view_that_takes_no_models_warns_and_stays_that_view() {
    let (c, w) = settings(&[("view", "map"), ("models", "liaison,embedded")]);
    assert_eq!(c.initial.view, View::Map);
    assert!(c.only.is_empty() && c.initial.compare.is_empty());
    assert!(
        w.len() == 1 && w[0].contains("data-models=") && w[0].contains("takes no models"),
        "{w:?}"
    );
    let (c, w) = settings(&[("view", "wizard"), ("model", "liaison")]);
    assert_eq!(c.initial.view, View::Wizard);
    assert!(c.only.is_empty());
    assert!(w.len() == 1 && w[0].contains("data-model="), "{w:?}");
}

#[test]
fn a_result_is_pre_answered_and_opens_at_the_results() {
    // The answers of a real result link (the a= part of the URL hash).
    let hash = "a=problem.dependency,priority.no,duration.permanent,teams.several,reorg.no,work.their-code,capacity.yes,context.unsure";
    let parsed = url::parse(hash, &CATALOGUE);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let value = hash.trim_start_matches("a=");
    let (c, w) = settings(&[("view", "result"), ("answers", value)]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(c.initial.view, View::Wizard);
    assert_eq!(c.initial.step, Some(Step::Results));
    assert_eq!(c.initial.answers, parsed.state.answers);
}

#[test]
fn garbled_answers_warn_and_start_the_wizard() {
    let (c, w) = settings(&[("view", "result"), ("answers", "problem.nonsense")]);
    assert_eq!(c.initial.view, View::Wizard);
    assert_eq!(c.initial.step, None);
    assert!(w.iter().any(|x| x.contains("data-answers=")), "{w:?}");
    let (_, w) = settings(&[("view", "map"), ("answers", "problem.dependency")]);
    assert!(w.len() == 1 && w[0].contains("takes no answers"), "{w:?}");
    let (_, w) = settings(&[("view", "atlas")]);
    assert!(
        w.len() == 1 && w[0].contains("data-view=\"atlas\""),
        "{w:?}"
    );
}

#[test]
fn a_check_up_is_the_picker_or_one_model_s_questions() {
    let (c, w) = settings(&[("view", "checkup")]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(
        (c.initial.view, c.initial.check.is_none()),
        (View::Checkup, true)
    );
    let (c, w) = settings(&[("view", "checkup"), ("model", "liaison")]);
    assert!(w.is_empty(), "{w:?}");
    let check = c.initial.check.expect("liaison's check-up");
    assert_eq!(check.model, idx("liaison"));
    assert_eq!(check.answers.len(), 5);
    assert!(!check.result);
    // An unknown model is named, and the picker stays.
    let (c, w) = settings(&[("view", "checkup"), ("model", "nope")]);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("data-model=\"nope\"") && w[0].contains("unknown: nope"),
        "{w:?}"
    );
    assert_eq!((c.initial.view, c.initial.check), (View::Checkup, None));
}
