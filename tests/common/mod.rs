//! What the wizard and group tests share: data/scenarios.toml read with serde, answer sets built from question and
//! answer ids, and complete answer sets of the real catalogue drawn from seeds.
// Each test crate uses a different part of this module.
#![allow(dead_code)]

use std::collections::BTreeMap;

use coordination_models::data::CATALOGUE;
use coordination_models::types::Catalogue;
use coordination_models::wizard::{self, Answers};
use proptest::prelude::*;
use serde::Deserialize;

/// The scenario file.
#[derive(Deserialize)]
pub struct File {
    pub scenario: Vec<Scenario>,
    pub witness: Vec<Witness>,
}

/// One answer, or several for a question that takes more than one.
#[derive(Deserialize)]
#[serde(untagged)]
pub enum Chosen {
    One(String),
    Many(Vec<String>),
}

/// A realistic situation and what must (not) be in its top 3.
#[derive(Deserialize)]
pub struct Scenario {
    pub name: String,
    pub situation: String,
    pub answers: BTreeMap<String, Chosen>,
    pub top3_includes: Vec<String>,
    pub top3_excludes: Vec<String>,
    #[serde(default)]
    pub first: Option<String>,
    #[serde(default)]
    pub audit: Option<String>,
    /// Whose reading the expectation protects: "rubick: ..." or "ours: ...".
    #[serde(default)]
    pub basis: Option<String>,
}

/// An answer set that puts `model` in the top 3.
#[derive(Deserialize)]
pub struct Witness {
    pub model: String,
    pub answers: BTreeMap<String, Chosen>,
}

/// Reads data/scenarios.toml.
pub fn load() -> File {
    toml::from_str(include_str!("../../data/scenarios.toml")).expect("data/scenarios.toml parses")
}

/// The answer set of a scenario (complete: every shown question answered).
pub fn answers(map: &BTreeMap<String, Chosen>, context: &str) -> Answers {
    let mut a = Answers::empty(CATALOGUE.questions.len());
    for (q, chosen) in map {
        let qi = CATALOGUE
            .questions
            .iter()
            .position(|x| x.id == q)
            .unwrap_or_else(|| panic!("{context}: unknown question {q}"));
        let ids: Vec<&String> = match chosen {
            Chosen::One(id) => vec![id],
            Chosen::Many(ids) => ids.iter().collect(),
        };
        for ans in ids {
            let ai = CATALOGUE.questions[qi]
                .answers
                .iter()
                .position(|x| x.id == ans)
                .unwrap_or_else(|| panic!("{context}: unknown answer {q}.{ans}"));
            a.0[qi] |= 1 << ai;
        }
    }
    let before = a.clone();
    a.prune(&CATALOGUE);
    assert_eq!(a, before, "{context}: answers a question that is not shown");
    assert!(
        wizard::is_complete(&CATALOGUE, &a),
        "{context}: leaves a shown question unanswered"
    );
    a
}

/// The ids of the top 3 models for these answers.
#[allow(dead_code)]
pub fn top3(a: &Answers) -> Vec<&'static str> {
    wizard::rank(&CATALOGUE, a)
        .iter()
        .take(3)
        .map(|s| CATALOGUE.models[s.model].id)
        .collect()
}

/// Every valid answer set of question `q`: one answer, or for a question that takes several, up to that many
/// answers that are not "not sure".
pub fn choices(c: &Catalogue, q: usize) -> Vec<u16> {
    let question = &c.questions[q];
    let n = question.answers.len();
    (1u16..(1 << n))
        .filter(|&b| {
            let unsure = (0..n).any(|a| b & (1 << a) != 0 && question.answers[a].unsure);
            b.count_ones() == 1 || (!unsure && b.count_ones() <= u32::from(question.max_choices))
        })
        .collect()
}

/// A complete answer set of the real catalogue chosen by `seeds` (one per question).
pub fn complete(seeds: &[u32]) -> Answers {
    let c = &CATALOGUE;
    let mut a = Answers::empty(c.questions.len());
    for q in 0..c.questions.len() {
        if wizard::is_shown(c, &a, q) {
            let options = choices(c, q);
            a.0[q] = options[seeds[q] as usize % options.len()];
        }
    }
    a
}

/// Seeds for [`complete`], one per question.
pub fn seeds() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(any::<u32>(), CATALOGUE.questions.len())
}
