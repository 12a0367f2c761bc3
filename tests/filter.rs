//! Search and filters: case-insensitive search over all text, facet semantics, and relax suggestions.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::data::CATALOGUE;
use coordination_models::filter::{
    Facet, Filters, Query, Relax, SearchIndex, fold_case, matching, relax_suggestions,
};
use proptest::prelude::*;

fn ids(found: &[usize]) -> Vec<&'static str> {
    found.iter().map(|&i| CATALOGUE.models[i].id).collect()
}

#[test]
fn search_is_case_insensitive_and_covers_detail_text() {
    let index = SearchIndex::new(CATALOGUE.models);
    let lower = matching(
        CATALOGUE.models,
        &index,
        &Query::new("security"),
        &Filters::default(),
    );
    let upper = matching(
        CATALOGUE.models,
        &index,
        &Query::new("SECURITY"),
        &Filters::default(),
    );
    assert_eq!(lower, upper);
    assert!(!lower.is_empty() && lower.len() < 27);
    // A word found only in the details (not in names or summaries) still matches.
    let tiger = CATALOGUE.model_index("tiger-team").unwrap();
    let note_word = "long-lived";
    assert!(
        matching(
            CATALOGUE.models,
            &index,
            &Query::new(note_word),
            &Filters::default()
        )
        .contains(&tiger)
    );
}

#[test]
fn every_word_must_match() {
    let index = SearchIndex::new(CATALOGUE.models);
    let one = matching(
        CATALOGUE.models,
        &index,
        &Query::new("liaison"),
        &Filters::default(),
    );
    let two = matching(
        CATALOGUE.models,
        &index,
        &Query::new("liaison rotation"),
        &Filters::default(),
    );
    assert!(two.len() <= one.len() && two.iter().all(|i| one.contains(i)));
    assert!(
        matching(
            CATALOGUE.models,
            &index,
            &Query::new("liaison zzzzqqq"),
            &Filters::default()
        )
        .is_empty()
    );
}

#[test]
fn values_of_one_facet_widen_and_facets_together_narrow() {
    let index = SearchIndex::new(CATALOGUE.models);
    let mut f = Filters::default();
    f.set(Facet::Category, 1, true);
    assert_eq!(
        matching(CATALOGUE.models, &index, &Query::default(), &f).len(),
        4
    );
    f.set(Facet::Category, 0, true);
    assert_eq!(
        matching(CATALOGUE.models, &index, &Query::default(), &f).len(),
        10
    );
    f.set(Facet::Reorg, 1, true);
    let both = matching(CATALOGUE.models, &index, &Query::default(), &f);
    assert!(both.iter().all(|&i| CATALOGUE.models[i].needs_reorg));
    assert_eq!(f.active().len(), 3);
}

#[test]
fn when_nothing_matches_suggestions_say_what_comes_back() {
    let index = SearchIndex::new(CATALOGUE.models);
    let mut f = Filters::default();
    f.set(Facet::Category, 1, true); // role-based
    f.set(Facet::Reorg, 1, true); // needs a reorg
    let q = Query::new("merged");
    assert!(
        matching(CATALOGUE.models, &index, &q, &f).is_empty(),
        "{:?}",
        ids(&matching(CATALOGUE.models, &index, &q, &f))
    );
    let s = relax_suggestions(CATALOGUE.models, &index, &q, &f);
    assert!(!s.is_empty());
    for (relax, n) in &s {
        let (q2, f2) = match relax {
            Relax::Search => (Query::default(), f),
            Relax::Filter(facet, v) => {
                let mut g = f;
                g.set(*facet, *v, false);
                (q.clone(), g)
            }
        };
        assert_eq!(matching(CATALOGUE.models, &index, &q2, &f2).len(), *n);
        assert!(*n > 0);
    }
    assert!(
        s.windows(2).all(|w| w[0].1 >= w[1].1),
        "best suggestion first"
    );
}

#[test]
fn facet_counts_say_what_ticking_each_value_would_show() {
    use coordination_models::filter::{facet_counts, searched};
    let index = SearchIndex::new(CATALOGUE.models);
    let mut f = Filters::default();
    f.set(Facet::Category, 0, true); // centralized
    let all = searched(&index, &Query::default());
    let counts = facet_counts(CATALOGUE.models, &all, &f);
    let count = |facet, v| counts.iter().find(|c| c.0 == facet && c.1 == v).unwrap().2;
    // A facet's own selection does not narrow its counts; the other facets' selections do.
    assert_eq!(
        (
            count(Facet::Category, 0),
            count(Facet::Category, 1),
            count(Facet::Category, 2)
        ),
        (6, 4, 17)
    );
    // A model may reach more than one scope (tenets: org-wide or one team), so the counts add up to at least 6.
    let scopes: usize = (0..3).map(|v| count(Facet::Scope, v)).sum();
    assert!(scopes >= 6, "{scopes}");
    for v in 0..3 {
        let mut g = f;
        g.set(Facet::Scope, v, true);
        assert_eq!(
            matching(CATALOGUE.models, &index, &Query::default(), &g).len(),
            count(Facet::Scope, v)
        );
    }
}

#[test]
fn sorting_by_key_is_stable() {
    let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
    coordination_models::sort::by_key(&mut items, |x| -x.0);
    assert_eq!(
        items.iter().map(|x| x.1).collect::<String>(),
        "acdbe",
        "higher keys first, ties keep their order"
    );
}

proptest! {
    /// The search's own substring test finds what `str::contains` finds: pieces of a card's text (accents and
    /// curly quotes included), with and without other characters after them.
    #[test]
    fn search_finds_what_str_contains_finds(m in 0..64usize, start in 0..4000usize, len in 1..12usize, tail in "\\PC{0,3}") {
        let index = SearchIndex::new(CATALOGUE.models);
        let m = m % CATALOGUE.models.len();
        let model = &CATALOGUE.models[m];
        let mut hay = String::from(model.name);
        for claim in model.claims() {
            hay.push('\n');
            hay.push_str(claim.text);
        }
        let hay = fold_case(&hay);
        let chars: Vec<char> = hay.chars().collect();
        let s = start % chars.len();
        let mut q: String = chars[s..(s + len).min(chars.len())].iter().collect();
        q.push_str(&tail);
        let expected = fold_case(&q).split_whitespace().all(|t| hay.contains(t));
        prop_assert_eq!(index.matches(m, &Query::new(&q)), expected);
    }
}
