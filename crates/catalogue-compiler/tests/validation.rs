//! Every kind of author mistake stops the build with a message naming the file, the item and the field.

use catalogue_compiler::{parse, to_rust};

const VALID: &str = include_str!("fixtures/valid.toml");
const FILE: &str = "data/catalogue.toml";

/// Parses VALID with one edit applied and returns the error text (panics if it parsed).
fn error_after(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "fixture lacks {from:?}");
    let text = VALID.replacen(from, to, 1);
    match parse(FILE, &text) {
        Ok(_) => panic!("expected an error after replacing {from:?} with {to:?}"),
        Err(e) => e.to_string(),
    }
}

fn assert_names(msg: &str, parts: &[&str]) {
    for p in parts {
        assert!(msg.contains(p), "message {msg:?} should contain {p:?}");
    }
}

#[test]
fn the_valid_fixture_parses_with_relations_and_questions_resolved() {
    let c = parse(FILE, VALID).expect("valid");
    assert_eq!(c.models.len(), 2);
    assert_eq!(c.models[0].related, vec![(1, 2)]);
    assert_eq!(c.questions.len(), 2);
    assert_eq!(c.questions[1].only_if, vec![(0, 0)]);
    assert!(to_rust(&c).contains("pub static MODELS"));
}

#[test]
fn a_missing_field_names_file_model_and_field() {
    let msg = error_after("summary = \"The first test model.\"\n", "");
    assert_names(
        &msg,
        &[FILE, "model \"alpha\"", "field \"summary\"", "missing"],
    );
}

#[test]
fn a_duplicate_id_is_reported_on_the_second_model() {
    let msg = error_after("\nid = \"beta\"", "\nid = \"alpha\"");
    assert_names(
        &msg,
        &[FILE, "model \"alpha\"", "field \"id\"", "duplicate"],
    );
}

#[test]
fn an_unknown_category_lists_the_allowed_values() {
    let msg = error_after("category = \"team\"", "category = \"squad\"");
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "field \"category\"",
            "\"squad\"",
            "centralized, role-based, team",
        ],
    );
}

#[test]
fn an_unknown_related_id_is_reported() {
    let msg = error_after("related = [{ id = \"beta\"", "related = [{ id = \"betta\"");
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "field \"related[0].id\"",
            "unknown model id \"betta\"",
        ],
    );
}

#[test]
fn an_unknown_key_is_reported_not_ignored() {
    let msg = error_after(
        "cost = \"Nothing.\"",
        "cost = \"Nothing.\"\ncots = \"typo\"",
    );
    assert_names(
        &msg,
        &[FILE, "model \"alpha\"", "field \"cots\"", "unknown field"],
    );
}

#[test]
fn a_wrong_type_is_reported() {
    let msg = error_after("needs_reorg = false", "needs_reorg = \"no\"");
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "field \"needs_reorg\"",
            "true or false",
        ],
    );
}

#[test]
fn too_few_when_to_use_points_are_reported() {
    let msg = error_after(
        "when_to_use = [\"When testing.\", \"When testing more.\"]",
        "when_to_use = [\"When testing.\"]",
    );
    assert_names(
        &msg,
        &[FILE, "model \"alpha\"", "field \"when_to_use\"", "2 to 4"],
    );
}

#[test]
fn a_question_without_a_not_sure_answer_names_the_question() {
    let msg = error_after(
        "id = \"unsure\"\nlabel = \"Not sure\"\nunsure = true",
        "id = \"huge\"\nlabel = \"Huge\"\neffects = [{ model = \"beta\", delta = 1, reason = \"Big.\" }]",
    );
    assert_names(
        &msg,
        &[FILE, "question \"size\"", "exactly one", "unsure = true"],
    );
}

#[test]
fn an_effect_on_an_unknown_model_names_question_and_answer() {
    let msg = error_after(
        "model = \"alpha\", delta = 2",
        "model = \"gamma\", delta = 2",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "question \"problem\" answer \"small\"",
            "effects[0].model",
            "unknown model id \"gamma\"",
        ],
    );
}

#[test]
fn a_not_sure_answer_may_not_move_scores() {
    let msg = error_after(
        "label = \"Not sure / doesn't apply\"\nunsure = true",
        "label = \"Not sure / doesn't apply\"\nunsure = true\neffects = [{ model = \"alpha\", delta = 1, reason = \"x\" }]",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "question \"problem\" answer \"unsure\"",
            "effects",
            "must not move",
        ],
    );
}

#[test]
fn an_out_of_range_delta_is_reported() {
    let msg = error_after("delta = 3", "delta = 7");
    assert_names(
        &msg,
        &[
            FILE,
            "question \"size\" answer \"big\"",
            "effects[0].delta",
            "-3 to 3",
        ],
    );
}

#[test]
fn only_if_must_point_to_an_earlier_answer() {
    let msg = error_after(
        "only_if = [\"problem.small\"]",
        "only_if = [\"problem.tiny\"]",
    );
    assert_names(
        &msg,
        &[FILE, "question \"size\"", "only_if[0]", "problem.tiny"],
    );
}

#[test]
fn several_mistakes_are_all_reported_at_once() {
    let text = VALID
        .replacen("category = \"team\"", "category = \"squad\"", 1)
        .replacen("scope = \"org-wide\"", "scope = \"galaxy\"", 1);
    let errors = parse(FILE, &text).expect_err("two mistakes");
    assert_eq!(errors.0.len(), 2, "{errors}");
}

#[test]
fn invalid_toml_names_the_file() {
    let msg = parse(FILE, "[[model]\nid=")
        .expect_err("broken")
        .to_string();
    assert_names(&msg, &[FILE, "not valid TOML"]);
}

#[test]
fn the_real_catalogue_is_valid() {
    let text = include_str!("../../../data/catalogue.toml");
    let c = parse(FILE, text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.models.len(), 27);
}
