//! The bundled catalogue: all 27 models of Rubick's catalogue in his three categories, with complete cards.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::data::CATALOGUE;
use coordination_models::types::Category;

#[test]
fn has_the_27_models_in_rubicks_three_categories() {
    let count = |c: Category| CATALOGUE.models.iter().filter(|m| m.category == c).count();
    assert_eq!(CATALOGUE.models.len(), 27);
    assert_eq!(
        (
            count(Category::Centralized),
            count(Category::RoleBased),
            count(Category::Team)
        ),
        (6, 4, 17)
    );
}

#[test]
fn every_card_has_related_models_and_a_source() {
    for m in CATALOGUE.models {
        assert!(!m.related.is_empty(), "{} has no related models", m.id);
        assert!(m.source_url.starts_with("https://"), "{}", m.id);
        assert!(
            (2..=4).contains(&m.when_to_use.len()) && (2..=4).contains(&m.when_not.len()),
            "{}",
            m.id
        );
    }
}

#[test]
fn tiger_team_explains_rubicks_long_lived_meaning() {
    let tiger = &CATALOGUE.models[CATALOGUE.model_index("tiger-team").expect("tiger team")];
    let note = tiger
        .note
        .expect("tiger team needs a note on its meaning")
        .to_lowercase();
    assert!(
        note.contains("long-lived") || note.contains("long lived"),
        "{note}"
    );
}

#[test]
fn the_wizard_has_five_to_eight_questions_each_with_one_not_sure() {
    assert!((5..=8).contains(&CATALOGUE.questions.len()));
    for q in CATALOGUE.questions {
        assert_eq!(q.answers.iter().filter(|a| a.unsure).count(), 1, "{}", q.id);
    }
    assert_eq!(
        CATALOGUE.questions[0].id, "problem",
        "the first question asks what kind of problem this is"
    );
}
