//! The bundled catalogue: all 27 models of Rubick's catalogue in his three categories, with complete cards.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::data::CATALOGUE;
use coordination_models::types::{Category, RelationKind, SourceKind};
use coordination_models::wizard::{self, Answers};

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
fn every_card_is_complete_and_links_rubicks_own_post_where_he_wrote_one() {
    let mut with_post = 0;
    for m in CATALOGUE.models {
        assert!(
            (2..=4).contains(&m.when_to_use.len()) && (2..=4).contains(&m.when_not.len()),
            "{}",
            m.id
        );
        assert!(!m.how_to_start.is_empty(), "{} has no first step", m.id);
        if let Some(p) = m.post {
            let post = CATALOGUE.source(p);
            assert_eq!(post.kind, SourceKind::Rubick, "{}", m.id);
            assert!(post.url.starts_with("https://"), "{}", m.id);
            with_post += 1;
        }
        if let Some(d) = m.draft {
            assert_eq!(CATALOGUE.source(d).kind, SourceKind::Draft, "{}", m.id);
        }
        for c in m.claims() {
            assert!(
                c.src
                    .iter()
                    .all(|&s| CATALOGUE.source(s).kind != SourceKind::Draft),
                "{}: a claim rests on an unread draft",
                m.id
            );
        }
    }
    // Rubick's own posts on a model: 10 in the blog-source copy, plus product strategy, the product council and
    // task forces.
    assert!(with_post >= 13, "only {with_post} cards link his own post");
}

/// Lower-case words of a text, for comparing wording.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn no_watch_out_repeats_a_when_not_of_its_card() {
    const RUN: usize = 5;
    for m in CATALOGUE.models {
        for w in m.watch_out {
            let ww = words(w.text);
            for n in m.when_not {
                let nw = words(n.text);
                for run in ww.windows(RUN) {
                    assert!(
                        !nw.windows(RUN).any(|x| x == run),
                        "{}: the watch-out repeats a when-not ({:?})",
                        m.id,
                        run.join(" ")
                    );
                }
            }
        }
    }
}

#[test]
fn pairings_shown_as_rubicks_cite_his_posts() {
    for m in CATALOGUE.models {
        for r in m.related {
            if r.kind == RelationKind::PairsWith {
                assert!(
                    r.src
                        .iter()
                        .any(|&s| CATALOGUE.source(s).kind == SourceKind::Rubick),
                    "{} pairs with {} without a Rubick source",
                    m.id,
                    CATALOGUE.models[r.target].id
                );
            }
        }
    }
}

#[test]
fn tiger_team_explains_rubicks_long_lived_meaning() {
    let tiger = &CATALOGUE.models[CATALOGUE.model_index("tiger-team").expect("tiger team")];
    let what: String = tiger.what.iter().map(|c| c.text.to_lowercase()).collect();
    assert!(what.contains("long-lived"), "{what}");
    let note = tiger
        .note
        .expect("tiger team needs a note on the usual meaning")
        .text
        .to_lowercase();
    // The cited page says such teams are assembled for a specific goal, not "for a limited time".
    assert!(note.contains("specific goal"), "{note}");
}

/// The most questions a reader sees, over every choice of problem (one symptom, or two).
fn longest_path(max_symptoms: u32) -> usize {
    let problem = &CATALOGUE.questions[0];
    let mut longest = 0;
    for bits in 1u16..(1 << problem.answers.len()) {
        if bits.count_ones() > max_symptoms {
            continue;
        }
        // Every later question shown by some answer: answer each gating question with each of its answers.
        fn deepest(q: usize, a: &mut Answers) -> usize {
            if q == CATALOGUE.questions.len() {
                return wizard::shown_questions(&CATALOGUE, a).len();
            }
            if !wizard::is_shown(&CATALOGUE, a, q) {
                return deepest(q + 1, a);
            }
            (0..CATALOGUE.questions[q].answers.len())
                .map(|x| {
                    a.0[q] = 1 << x;
                    let d = deepest(q + 1, a);
                    a.0[q] = 0;
                    d
                })
                .max()
                .unwrap_or(0)
        }
        let mut a = Answers::empty(CATALOGUE.questions.len());
        a.0[0] = bits;
        longest = longest.max(deepest(1, &mut a));
    }
    longest
}

#[test]
fn the_wizard_asks_few_questions_each_with_one_not_sure() {
    assert!(
        longest_path(1) <= 9,
        "one symptom can lead to {} questions",
        longest_path(1)
    );
    assert!(
        longest_path(2) <= 10,
        "two symptoms can lead to {} questions",
        longest_path(2)
    );
    for q in CATALOGUE.questions {
        assert_eq!(q.answers.iter().filter(|a| a.unsure).count(), 1, "{}", q.id);
    }
    assert_eq!(
        CATALOGUE.questions[0].id, "problem",
        "the first question asks what kind of problem this is"
    );
}

/// The catalogue decoded from the compact byte stream is, field by field, the compiler's reading of the data file.
#[test]
fn the_decoded_catalogue_is_the_data_file() {
    use catalogue_compiler::schema;
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/catalogue.toml"))
        .expect("data file");
    let c = catalogue_compiler::parse("data/catalogue.toml", &text).expect("valid data");
    let bytes = |v: &[usize]| {
        v.iter()
            .map(|&i| u8::try_from(i).unwrap())
            .collect::<Vec<u8>>()
    };
    let claim = |a: &schema::Claim, b: &coordination_models::types::Claim| {
        assert_eq!((a.text.as_str(), bytes(&a.src)), (b.text, b.src.to_vec()));
    };
    let claims = |a: &[schema::Claim], b: &[coordination_models::types::Claim]| {
        assert_eq!(a.len(), b.len());
        a.iter().zip(b).for_each(|(a, b)| claim(a, b));
    };
    let d = &*CATALOGUE;
    assert_eq!(c.sources.len(), d.sources.len());
    for (a, b) in c.sources.iter().zip(d.sources) {
        assert_eq!(
            (
                a.id.as_str(),
                a.kind as usize,
                a.author.as_str(),
                a.short.as_str()
            ),
            (b.id, b.kind as usize, b.author, b.short)
        );
        assert_eq!((a.title.as_str(), a.url.as_str()), (b.title, b.url));
    }
    assert_eq!(c.models.len(), d.models.len());
    for (a, b) in c.models.iter().zip(d.models) {
        assert_eq!((a.id.as_str(), a.name.as_str()), (b.id, b.name));
        assert_eq!(a.category, b.category as usize);
        assert_eq!(
            (a.post, a.draft),
            (b.post.map(usize::from), b.draft.map(usize::from))
        );
        claim(&a.summary, &b.summary);
        claims(&a.what, b.what);
        claims(&a.when_to_use, b.when_to_use);
        claims(&a.when_not, b.when_not);
        claims(&a.cost, b.cost);
        claim(&a.optimizes_for, &b.optimizes_for);
        claims(&a.watch_out, b.watch_out);
        claims(&a.how_to_start, b.how_to_start);
        assert_eq!(a.note.is_some(), b.note.is_some());
        if let (Some(x), Some(y)) = (&a.note, &b.note) {
            claim(x, y);
        }
        let scope: Vec<usize> = b.scope.iter().map(|&s| s as usize).collect();
        assert_eq!((&a.scope, a.duration), (&scope, b.duration as usize));
        assert_eq!(
            (a.needs_reorg, a.hard_dependency, bytes(&a.facet_src)),
            (b.needs_reorg, b.hard_dependency, b.facet_src.to_vec())
        );
        assert_eq!(a.related.len(), b.related.len());
        for (x, y) in a.related.iter().zip(b.related) {
            assert_eq!(
                (x.target, x.kind, bytes(&x.src), x.note.as_deref()),
                (y.target, y.kind as usize, y.src.to_vec(), y.note)
            );
        }
    }
    assert_eq!(c.questions.len(), d.questions.len());
    for (a, b) in c.questions.iter().zip(d.questions) {
        assert_eq!(
            (a.id.as_str(), a.prompt.as_str(), a.help.as_str()),
            (b.id, b.prompt, b.help)
        );
        assert_eq!(
            (a.max_choices, a.generic, a.only_if.as_slice()),
            (usize::from(b.max_choices), b.generic, b.only_if)
        );
        assert_eq!(a.answers.len(), b.answers.len());
        for (x, y) in a.answers.iter().zip(b.answers) {
            assert_eq!(
                (x.id.as_str(), x.label.as_str(), x.unsure),
                (y.id, y.label, y.unsure)
            );
            assert_eq!(x.effects.len(), y.effects.len());
            for (e, f) in x.effects.iter().zip(y.effects) {
                assert_eq!(
                    (e.model, e.delta, e.reason.as_str(), bytes(&e.src)),
                    (f.model, f.delta, f.reason, f.src.to_vec())
                );
            }
        }
    }
    assert_eq!(c.preferences.len(), d.preferences.len());
    for (a, b) in c.preferences.iter().zip(d.preferences) {
        let conditions = |v: &[schema::Condition]| -> Vec<(usize, Vec<usize>)> {
            v.iter().map(|w| (w.question, w.answers.clone())).collect()
        };
        let decoded = |v: &[coordination_models::types::Condition]| -> Vec<(usize, Vec<usize>)> {
            v.iter().map(|w| (w.question, w.answers.to_vec())).collect()
        };
        assert_eq!(conditions(&a.when), decoded(b.when));
        assert_eq!(conditions(&a.unless), decoded(b.unless));
        assert_eq!(
            (
                a.unless_why.as_deref().unwrap_or_default(),
                a.stated,
                a.prefer,
                a.over
            ),
            (b.unless_why, b.stated, b.prefer, b.over)
        );
        assert_eq!((a.why.as_str(), bytes(&a.src)), (b.why, b.src.to_vec()));
    }
    assert_eq!(c.signs.len(), d.signs.len());
    for (a, b) in c.signs.iter().zip(d.signs) {
        assert_eq!(
            (a.model, a.warning, a.ask.as_str()),
            (b.model, b.warning, b.ask)
        );
        claim(&a.means, &b.means);
        assert_eq!(a.tune.is_some(), b.tune.is_some());
        if let (Some(x), Some(y)) = (&a.tune, &b.tune) {
            claim(x, y);
        }
        assert_eq!(a.moves.as_ref().map(|m| m.to), b.moves.map(|m| m.0));
        if let (Some(x), Some((_, y))) = (&a.moves, &b.moves) {
            claim(&x.claim, y);
        }
    }
}
