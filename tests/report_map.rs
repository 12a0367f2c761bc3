//! The Markdown report, the comparison cells and the map layout.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use coordination_models::app::state::{Action, State};
use coordination_models::data::CATALOGUE;
use coordination_models::map;
use coordination_models::report::{COMPARE_ROWS, compare_cell, results_markdown};
use coordination_models::types::CatalogueRef;
use coordination_models::url::{self, View};
use coordination_models::wizard;
use yew::Reducible;

#[test]
fn the_markdown_report_holds_answers_top_three_and_the_link() {
    let p = url::parse(
        "a=problem.urgent,duration.weeks,teams.several,reorg.lend,work.unsure,context.joint",
        &CATALOGUE,
    );
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let md = results_markdown(&CATALOGUE, &p.state.answers, "https://example.org/#x");
    for s in wizard::rank(&CATALOGUE, &p.state.answers).iter().take(3) {
        assert!(
            md.contains(&format!(". {} (", CATALOGUE.models[s.model].name))
                && md.contains(" fit, score "),
            "{md}"
        );
    }
    assert!(md.contains("https://example.org/#x"));
    assert!(md.contains("A serious problem cuts across several teams"));
}

#[test]
fn comparison_cells_differ_where_the_models_differ() {
    let (a, b) = (
        CATALOGUE.model_index("liaison").unwrap(),
        CATALOGUE.model_index("merged-group").unwrap(),
    );
    let reorg = COMPARE_ROWS.iter().position(|r| *r == "Reorg").unwrap();
    assert_ne!(
        compare_cell(&CATALOGUE, reorg, a),
        compare_cell(&CATALOGUE, reorg, b)
    );
    let cat = COMPARE_ROWS.iter().position(|r| *r == "Category").unwrap();
    assert_eq!(
        compare_cell(&CATALOGUE, cat, a),
        compare_cell(&CATALOGUE, cat, b)
    );
}

#[test]
fn compare_keeps_at_most_three_distinct_models_and_round_trips_in_the_url() {
    let s = Rc::new(State::new(
        CatalogueRef(&CATALOGUE),
        url::parse("", &CATALOGUE).state,
    ));
    let s = [0, 1, 2, 3, 1]
        .into_iter()
        .fold(s, |s, m| s.reduce(Action::ToggleCompare(m)));
    assert_eq!(s.view.compare, vec![0, 2]);
    let s = s
        .reduce(Action::SwapCompare(1, 5))
        .reduce(Action::SetView(View::Compare));
    assert_eq!(s.view.compare, vec![0, 5]);
    assert_eq!(url::parse(&s.hash(), &CATALOGUE).state, s.view);
}

#[test]
fn the_map_places_every_model_inside_the_drawing_without_overlaps() {
    let nodes = map::layout(&CATALOGUE);
    assert_eq!(nodes.len(), 27);
    for (i, a) in nodes.iter().enumerate() {
        assert!(
            a.x > map::LEFT && a.x < map::WIDTH && a.y > 0.0 && a.y < map::HEIGHT - map::BOTTOM,
            "{a:?}"
        );
        for b in &nodes[i + 1..] {
            assert!(
                (a.x - b.x).abs() > 1.0 || (a.y - b.y).abs() > 20.0,
                "{a:?} overlaps {b:?}"
            );
        }
    }
    assert!(!map::edges(&CATALOGUE).is_empty());
}

#[test]
fn long_labels_wrap_at_word_boundaries() {
    assert_eq!(
        map::wrap_label("Centralized/decentralized prioritization", 18),
        ["Centralized/", "decentralized", "prioritization"]
    );
    assert_eq!(map::wrap_label("Liaison", 18), ["Liaison"]);
}

#[test]
fn the_map_markup_has_a_link_per_model_with_its_relations_and_marks_the_top_results() {
    use coordination_models::map;
    let liaison = CATALOGUE.model_index("liaison").unwrap();
    let svg = map::svg(&CATALOGUE, &[liaison]).0;
    assert_eq!(
        svg.matches("<a href=\"#open=").count(),
        CATALOGUE.models.len()
    );
    assert_eq!(svg.matches(" cm-top\"").count(), 1);
    assert!(svg.contains("Liaison (your #1): open its card"));
    // Liaison's link lists the models it relates to, so hovering it can light them.
    let at = svg.find(&format!("data-i=\"{liaison}\"")).unwrap();
    let rel = &svg[at..svg[at..].find("aria-label").unwrap() + at];
    let count = CATALOGUE.relations(liaison).len();
    assert!(count > 0);
    assert!(
        rel.split('"').nth(3).unwrap().split(' ').count() >= 1,
        "{rel}"
    );
    let text = map::text_alternative(&CATALOGUE).0;
    assert_eq!(text.matches("<li>").count(), CATALOGUE.models.len());
}
