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
    assert_eq!(
        (c.models[0].related[0].target, c.models[0].related[0].kind),
        (1, 2)
    );
    assert_eq!(c.models[1].scope, vec![2, 0]);
    assert_eq!(c.models[1].what[0].src, vec![1, 2]);
    assert_eq!((c.models[0].post, c.models[0].draft), (Some(1), Some(3)));
    assert_eq!(c.questions.len(), 2);
    assert_eq!(c.questions[0].max_choices, 2);
    assert!(c.questions[1].generic);
    assert_eq!(c.questions[1].only_if, vec![(0, 0)]);
    assert_eq!(c.preferences.len(), 1);
    assert_eq!(c.preferences[0].when[0].answers, vec![0, 1]);
    let code = to_rust(&c);
    assert!(code.contains("static TEXT"));
    assert!(code.contains("static DATA"));
}

#[test]
fn a_missing_field_names_file_model_and_field() {
    let msg = error_after(
        "summary = { src = \"catalogue\", text = \"The first test model.\" }\n",
        "",
    );
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
        "cost = { src = \"ours\", text = \"Nothing.\" }",
        "cost = { src = \"ours\", text = \"Nothing.\" }\ncots = \"typo\"",
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
        "when_to_use = [{ src = \"catalogue\", text = \"When testing.\" }, { src = \"ours\", text = \"When testing more.\" }]",
        "when_to_use = [{ src = \"catalogue\", text = \"When testing.\" }]",
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
        "id = \"huge\"\nlabel = \"Huge\"\neffects = [{ model = \"beta\", delta = 1, src = \"ours\", reason = \"Big.\" }]",
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
        "label = \"Not sure / doesn't apply\"\nunsure = true\neffects = [{ model = \"alpha\", delta = 1, src = \"ours\", reason = \"x\" }]",
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
        .replacen("scope = [\"org-wide\", \"team\"]", "scope = \"galaxy\"", 1);
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

#[test]
fn a_claim_without_a_source_names_file_model_and_field() {
    let msg = error_after(
        "when_not = [{ src = \"catalogue\", text = \"When not testing.\" }",
        "when_not = [{ text = \"When not testing.\" }",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "field \"when_not[0].src\"",
            "missing",
        ],
    );
}

#[test]
fn an_unknown_source_names_file_model_and_field() {
    let msg = error_after(
        "cost = { src = \"ours\", text = \"A little.\" }",
        "cost = { src = \"rubik\", text = \"A little.\" }",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "model \"beta\"",
            "field \"cost.src\"",
            "unknown source \"rubik\"",
        ],
    );
}

#[test]
fn a_relation_and_a_reason_need_a_source_too() {
    let msg = error_after(
        "{ id = \"alpha\", kind = \"evolves-into\", src = \"ours\"",
        "{ id = \"alpha\", kind = \"evolves-into\"",
    );
    assert_names(&msg, &[FILE, "model \"beta\"", "related[0].src", "missing"]);
    let msg = error_after(
        "delta = 3, src = \"ours\", reason",
        "delta = 3, src = \"nobody\", reason",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "question \"size\" answer \"big\"",
            "effects[0].src",
            "unknown source \"nobody\"",
        ],
    );
}

#[test]
fn a_pairing_not_stated_in_a_rubick_post_is_rejected() {
    let msg = error_after(
        "kind = \"pairs-with\", src = \"catalogue\"",
        "kind = \"pairs-with\", src = \"ours\"",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "related[0].src",
            "Rubick's pairing",
        ],
    );
}

#[test]
fn an_unread_draft_cannot_support_a_claim() {
    let msg = error_after(
        "what = [{ src = \"catalogue\", text = \"Alpha is",
        "what = [{ src = \"draft-alpha\", text = \"Alpha is",
    );
    assert_names(
        &msg,
        &[FILE, "model \"alpha\"", "what[0].src", "unread draft"],
    );
}

#[test]
fn a_post_must_be_one_of_rubicks_posts() {
    let msg = error_after("post = \"catalogue\"", "post = \"writer\"");
    assert_names(
        &msg,
        &[FILE, "model \"alpha\"", "field \"post\"", "kind \"rubick\""],
    );
}

#[test]
fn another_writer_needs_an_author_and_a_short_name() {
    let msg = error_after("author = \"A. Writer\"\nshort = \"Writer\"\n", "");
    assert_names(&msg, &[FILE, "source \"writer\"", "field \"author\""]);
    assert_names(&msg, &[FILE, "source \"writer\"", "field \"short\""]);
}

#[test]
fn a_stated_preference_is_his_and_our_reading_says_so() {
    // "Stated" prints as Rubick's, so it may not rest on our reading.
    let msg = error_after(
        "src = \"catalogue\"\nwhy",
        "src = [\"catalogue\", \"ours\"]\nwhy",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "preference #1",
            "field \"src\"",
            "a stated preference is his",
        ],
    );
    // Our reading must cite "ours" beside the post that gives the principle.
    let msg = error_after("stated = true", "stated = false");
    assert_names(&msg, &[FILE, "preference #1", "field \"src\"", "\"ours\""]);
    let msg = error_after("stated = true\n", "");
    assert_names(
        &msg,
        &[FILE, "preference #1", "field \"stated\"", "missing"],
    );
}

#[test]
fn a_carve_out_says_why() {
    let msg = error_after("stated = true", "stated = true\nunless = [\"problem.odd\"]");
    assert_names(
        &msg,
        &[FILE, "preference #1", "field \"unless_why\"", "missing"],
    );
}

#[test]
fn a_post_of_rubicks_says_whether_its_passages_can_be_checked() {
    let msg = error_after("unchecked = true\n", "");
    assert_names(
        &msg,
        &[
            FILE,
            "source \"catalogue\"",
            "field \"copy\"",
            "unchecked = true",
        ],
    );
}

#[test]
fn an_evidence_passage_has_eight_to_thirty_words() {
    let msg = error_after(
        "why = \"Alpha is meant for it.\"",
        "why = \"Alpha is meant for it.\"\nevidence = \"too short to be a passage\"",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "preference #1",
            "field \"evidence\"",
            "a passage of 6 words",
        ],
    );
}

#[test]
fn a_preference_must_cite_rubick_and_name_known_models() {
    let msg = error_after(
        "stated = true\nsrc = \"catalogue\"",
        "stated = true\nsrc = \"ours\"",
    );
    assert_names(
        &msg,
        &[FILE, "preference #1", "field \"src\"", "post of Rubick's"],
    );
    let msg = error_after("prefer = \"alpha\"", "prefer = \"alfa\"");
    assert_names(
        &msg,
        &[
            FILE,
            "preference #1",
            "field \"prefer\"",
            "unknown model id \"alfa\"",
        ],
    );
    let msg = error_after(
        "when = [\"problem.small|odd\"]",
        "when = [\"problem.tiny\"]",
    );
    assert_names(&msg, &[FILE, "preference #1", "when[0]", "problem.tiny"]);
}

#[test]
fn facet_sources_are_required() {
    let msg = error_after(
        "facet_src = { scope = \"catalogue\", duration = \"ours\", ",
        "facet_src = { duration = \"ours\", ",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "field \"facet_src.scope\"",
            "missing",
        ],
    );
}

#[test]
fn a_list_too_short_names_its_length_and_the_allowed_range() {
    let msg = error_after(
        "when_to_use = [{ src = \"catalogue\", text = \"When testing.\" }, { src = \"ours\", text = \"When testing more.\" }]",
        "when_to_use = [{ src = \"catalogue\", text = \"When testing.\" }]",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "field \"when_to_use\"",
            "has 1 items; expected 2 to 4",
        ],
    );
}

#[test]
fn the_check_up_signs_are_read_with_their_moves() {
    let c = parse(FILE, VALID).expect("valid");
    assert_eq!(c.signs.len(), 6);
    let slow = &c.signs[0];
    assert_eq!(
        (slow.model, slow.id.as_str(), slow.warning),
        (0, "slow", true)
    );
    assert_eq!(slow.moves.as_ref().map(|m| m.to), Some(1));
    assert!(slow.tune.is_some());
    assert!(!c.signs[1].warning);
}

#[test]
fn a_sign_without_a_source_is_named() {
    let msg = error_after(
        "means = { src = \"ours\", text = \"Our reading: alpha has become a queue.\" }",
        "means = { text = \"Our reading: alpha has become a queue.\" }",
    );
    assert_names(&msg, &[FILE, "model \"alpha\"", "sign[0].means.src"]);
}

#[test]
fn a_move_to_an_unknown_model_is_named() {
    let msg = error_after("move = { id = \"beta\"", "move = { id = \"gamma\"");
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "sign[0].move.id",
            "unknown model id \"gamma\"",
        ],
    );
}

#[test]
fn a_move_to_the_model_itself_is_named() {
    let msg = error_after("move = { id = \"beta\"", "move = { id = \"alpha\"");
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "sign[0].move.id",
            "this model itself",
        ],
    );
}

#[test]
fn a_model_with_fewer_than_three_signs_is_named() {
    let msg = error_after(
        "model = \"beta\"\nid = \"ends\"",
        "model = \"alpha\"\nid = \"ends\"",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "model \"beta\"",
            "field \"sign\"",
            "has 2 [[sign]] tables",
            "3 to 8",
        ],
    );
}

#[test]
fn a_sign_for_an_unknown_model_and_a_healthy_sign_with_a_move_are_named() {
    let msg = error_after(
        "model = \"beta\"\nid = \"stuck\"",
        "model = \"gamma\"\nid = \"stuck\"",
    );
    assert_names(&msg, &[FILE, "sign #4", "unknown model id \"gamma\""]);
    let msg = error_after(
        "means = { src = \"catalogue\", text = \"Alpha is doing its job.\" }",
        "means = { src = \"catalogue\", text = \"Alpha is doing its job.\" }\nmove = { id = \"beta\", src = \"ours\", text = \"x\" }",
    );
    assert_names(
        &msg,
        &[
            FILE,
            "model \"alpha\"",
            "sign[1]",
            "a healthy sign has no tune or move",
        ],
    );
}

#[test]
fn a_question_that_is_not_one_is_named() {
    let msg = error_after("ask = \"Is beta stuck?\"", "ask = \"Beta is stuck\"");
    assert_names(
        &msg,
        &[FILE, "model \"beta\"", "sign[0].ask", "end with \"?\""],
    );
}
