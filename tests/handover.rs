//! What a reader did on the static page's pre-rendered copy before the app started is carried into the app's
//! first state (`Handover::apply`), and the custom element's plain attributes name themselves in warnings.

use coordination_models::app::config::{Handover, from_settings};
use coordination_models::data::CATALOGUE;
use coordination_models::filter::Facet;
use coordination_models::url::{UrlState, View};

#[test]
fn typed_search_ticked_filters_and_the_opened_card_are_carried_over() {
    let mut view = UrlState {
        view: View::Wizard,
        query: "from the link".into(),
        ..Default::default()
    };
    view.filters.set(Facet::ALL[0], 1, true);
    Handover {
        query: "security".into(),
        filters: vec![(Facet::ALL[1], 0)],
        open: Some(3),
    }
    .apply(&mut view);
    assert_eq!(view.query, "security");
    assert!(
        view.filters.is_selected(Facet::ALL[0], 1),
        "the link's filter stays"
    );
    assert!(
        view.filters.is_selected(Facet::ALL[1], 0),
        "the ticked one is added"
    );
    assert_eq!(view.open, Some(3));
    assert_eq!(view.view, View::Wizard, "the view a link chose stays");

    let before = view.clone();
    Handover::default().apply(&mut view);
    assert_eq!(view, before, "nothing done on the copy changes nothing");
}

#[test]
fn warnings_name_the_attribute_as_written() {
    let (_, warnings) = from_settings(
        |n| (n == "view").then(|| "nope".to_string()),
        "",
        &CATALOGUE,
    );
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("ignored view=\"nope\""),
        "{}",
        warnings[0]
    );
}
